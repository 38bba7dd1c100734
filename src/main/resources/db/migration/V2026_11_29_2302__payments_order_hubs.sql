-- The hubs an order travels between, so that only their operators (and admins) may refund it.
ALTER TABLE payments_payment ADD COLUMN origin_hub VARCHAR(10);
ALTER TABLE payments_payment ADD COLUMN destination_hub VARCHAR(10);

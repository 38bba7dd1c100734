-- Paying orders through providers.
-- idempotency_key: the buyer's Idempotency-Key of POST /api/v1/orders/{id}/payments, so a replay answers this payment.
-- seller_org_id: whose order it is, so the seller may see and partly refund it.
-- open_order_ref: the order while this payment is open (CREATED, PENDING) or SUCCESSFUL, NULL once it FAILED; the
-- unique constraint lets an order have at most one such payment at a time, so two concurrent "pay" clicks cannot both
-- charge the buyer (NULLs never collide, on H2 and PostgreSQL alike).
ALTER TABLE payments_payment ADD COLUMN idempotency_key VARCHAR(120);
ALTER TABLE payments_payment ADD COLUMN seller_org_id UUID;
ALTER TABLE payments_payment ADD COLUMN open_order_ref VARCHAR(100);
ALTER TABLE payments_payment ADD CONSTRAINT payments_payment_one_open UNIQUE (open_order_ref);

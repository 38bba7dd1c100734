-- The order a payout pays for, when it pays one (automatic payouts of an order's released share; buyer refunds).
-- A payout the seller asks for by hand pays out a balance and has none. The SMS that tells the seller the money was
-- sent names the order from it.
ALTER TABLE payments_payout ADD COLUMN order_id UUID;

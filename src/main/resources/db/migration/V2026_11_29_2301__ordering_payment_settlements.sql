-- Each provider payment an order was told about, once: PAID (it paid the order) or REFUSED (the order could not take
-- it any more — expired, cancelled, or already paid — so the payments module refunds it). The primary key makes a
-- redelivered "payment settled" event a no-op.
CREATE TABLE ordering_payment_settlement (
    payment_id UUID         NOT NULL PRIMARY KEY,
    order_id   UUID         NOT NULL,
    outcome    VARCHAR(10)  NOT NULL CHECK (outcome IN ('PAID', 'REFUSED')),
    reason     VARCHAR(300),
    settled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ordering_payment_settlement_order_idx ON ordering_payment_settlement (order_id);

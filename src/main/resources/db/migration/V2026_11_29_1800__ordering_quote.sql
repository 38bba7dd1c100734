-- Orders charge the landed cost: goods, freight, insurance, duty, taxes and fees in the buyer's currency, per line and
-- in total, the customs regime, and the whole trade quote the order was placed with (as JSON, so that the order can
-- always be explained exactly as the buyer saw it).
-- Orders placed before this change were priced goods only (pricing GOODS_ONLY): their freight, duty, taxes and fees
-- are zero and their total is their goods total, which is what they were charged. They keep no quote.

ALTER TABLE ordering_order ADD COLUMN freight_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order ADD COLUMN insurance_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order ADD COLUMN duty_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order ADD COLUMN taxes_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order ADD COLUMN fees_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order ADD COLUMN total_minor BIGINT;
ALTER TABLE ordering_order ADD COLUMN regime VARCHAR(40);
ALTER TABLE ordering_order ADD COLUMN quote_json VARCHAR(1000000);

UPDATE ordering_order SET total_minor = goods_total_minor;
ALTER TABLE ordering_order ALTER COLUMN total_minor SET NOT NULL;
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_charges CHECK (freight_minor >= 0 AND insurance_minor >= 0
    AND duty_minor >= 0 AND taxes_minor >= 0 AND fees_minor >= 0
    AND total_minor = goods_total_minor + freight_minor + insurance_minor + duty_minor + taxes_minor + fees_minor);
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_regime CHECK (regime IS NULL OR regime IN ('GENERAL_TRADE',
    'CROSS_BORDER_ECOMMERCE_RETAIL', 'EAC_CUSTOMS_UNION', 'AFCFTA'));

ALTER TABLE ordering_order_line ADD COLUMN freight_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order_line ADD COLUMN insurance_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order_line ADD COLUMN duty_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order_line ADD COLUMN taxes_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order_line ADD COLUMN fees_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ordering_order_line ADD COLUMN landed_total_minor BIGINT;

UPDATE ordering_order_line SET landed_total_minor = line_total_minor;
ALTER TABLE ordering_order_line ALTER COLUMN landed_total_minor SET NOT NULL;
ALTER TABLE ordering_order_line ADD CONSTRAINT ordering_order_line_charges CHECK (freight_minor >= 0 AND insurance_minor >= 0
    AND duty_minor >= 0 AND taxes_minor >= 0 AND fees_minor >= 0
    AND landed_total_minor = line_total_minor + freight_minor + insurance_minor + duty_minor + taxes_minor + fees_minor);

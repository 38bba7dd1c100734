-- Ordering: carts, orders with their price/FX/address snapshot, the status history and idempotency records.
-- Stock itself lives in catalog_lot (reserved there by one conditional update per lot).

-- A buyer's cart, in the database so that it survives restarts and is the same on every instance.
CREATE TABLE ordering_cart_line (
    id          UUID NOT NULL PRIMARY KEY,
    buyer_id    UUID NOT NULL,
    lot_id      UUID NOT NULL,
    corridor_id UUID NOT NULL,
    quantity    INT  NOT NULL CHECK (quantity >= 1),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ordering_cart_line_unique UNIQUE (buyer_id, lot_id, corridor_id)
);

-- One order = the lines of one seller on one corridor. Amounts: integer minor units; "currency" is the buyer's.
CREATE TABLE ordering_order (
    id                    UUID         NOT NULL PRIMARY KEY,
    number                VARCHAR(20)  NOT NULL UNIQUE,
    buyer_id              UUID         NOT NULL,
    buyer_organisation_id UUID         NOT NULL,
    buyer_name            VARCHAR(200) NOT NULL,
    seller_id             UUID         NOT NULL,
    seller_name           VARCHAR(200) NOT NULL,
    corridor_id           UUID         NOT NULL,
    origin_hub            VARCHAR(8)   NOT NULL,
    destination_hub       VARCHAR(8)   NOT NULL,
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('PLACED', 'PAID', 'ACCEPTED', 'SHIPPED', 'IN_CUSTOMS', 'CLEARED',
                                                     'DELIVERED', 'COMPLETED', 'EXPIRED', 'DECLINED', 'CANCELLED', 'REFUNDED')),
    currency              VARCHAR(3)   NOT NULL,
    goods_total_minor     BIGINT       NOT NULL CHECK (goods_total_minor >= 0),
    seller_currency       VARCHAR(3)   NOT NULL,
    seller_total_minor    BIGINT       NOT NULL CHECK (seller_total_minor >= 0),
    pricing               VARCHAR(40)  NOT NULL,
    delivery_name         VARCHAR(120) NOT NULL,
    delivery_phone        VARCHAR(20)  NOT NULL,
    delivery_line         VARCHAR(200) NOT NULL,
    delivery_city         VARCHAR(100) NOT NULL,
    delivery_region       VARCHAR(100) NOT NULL,
    delivery_postcode     VARCHAR(20),
    delivery_country      VARCHAR(2)   NOT NULL,
    placed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at               TIMESTAMP WITH TIME ZONE,
    payment_provider      VARCHAR(20),
    carrier               VARCHAR(100),
    tracking_number       VARCHAR(100),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INT          NOT NULL DEFAULT 0
);
CREATE INDEX ordering_order_buyer_idx ON ordering_order (buyer_id, placed_at);
CREATE INDEX ordering_order_seller_idx ON ordering_order (seller_id, status, placed_at);
CREATE INDEX ordering_order_origin_idx ON ordering_order (origin_hub, placed_at);
CREATE INDEX ordering_order_destination_idx ON ordering_order (destination_hub, placed_at);
CREATE INDEX ordering_order_expiry_idx ON ordering_order (status, expires_at);

-- The snapshot of each line as the buyer agreed to it; later price changes of the lot do not touch it.
CREATE TABLE ordering_order_line (
    order_id                UUID           NOT NULL REFERENCES ordering_order (id),
    line_no                 INT            NOT NULL CHECK (line_no >= 1),
    lot_id                  UUID           NOT NULL,
    lot_reference           VARCHAR(60)    NOT NULL,
    product_name            VARCHAR(200)   NOT NULL,
    hs_code                 VARCHAR(10)    NOT NULL,
    unit_of_sale            VARCHAR(120)   NOT NULL,
    quantity                INT            NOT NULL CHECK (quantity >= 1),
    seller_currency         VARCHAR(3)     NOT NULL,
    unit_price_seller_minor BIGINT         NOT NULL CHECK (unit_price_seller_minor > 0),
    line_total_seller_minor BIGINT         NOT NULL CHECK (line_total_seller_minor > 0),
    currency                VARCHAR(3)     NOT NULL,
    unit_price_minor        BIGINT         NOT NULL CHECK (unit_price_minor >= 0),
    line_total_minor        BIGINT         NOT NULL CHECK (line_total_minor >= 0),
    fx_rate                 NUMERIC(48,30) NOT NULL CHECK (fx_rate > 0),
    fx_date                 DATE           NOT NULL,
    fx_source               VARCHAR(700)   NOT NULL,
    fx_path                 VARCHAR(20)    NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX ordering_order_line_lot_idx ON ordering_order_line (lot_id);

-- Every status change: who, when, why. The first row of an order has from_status NULL (placed).
CREATE TABLE ordering_order_history (
    id            UUID         NOT NULL PRIMARY KEY,
    order_id      UUID         NOT NULL REFERENCES ordering_order (id),
    seq           INT          NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id UUID,
    actor_name    VARCHAR(200) NOT NULL,
    reason        VARCHAR(500),
    CONSTRAINT ordering_order_history_seq UNIQUE (order_id, seq)
);

-- Idempotency-Key records: the unique key is the concurrency control, so two replays racing each other cannot both
-- create an order. request_hash tells a true replay from a different request reusing a key.
CREATE TABLE ordering_idempotency (
    user_id         UUID        NOT NULL,
    operation       VARCHAR(60) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64) NOT NULL,
    order_id        UUID        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, operation, idempotency_key)
);

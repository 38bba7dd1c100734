-- Catalog: products (with texts in several languages), lots with provenance and stock, documents, and listings of
-- a lot on a corridor. Stock is a single column changed only by conditional updates; the CHECK is the last line of
-- defence against overselling.
CREATE TABLE catalog_product (
    id                 UUID         NOT NULL PRIMARY KEY,
    seller_id          UUID         NOT NULL,
    category           VARCHAR(30)  NOT NULL,
    hs_code            VARCHAR(10)  NOT NULL,
    unit_of_sale       VARCHAR(120) NOT NULL,
    net_weight_grams   BIGINT       NOT NULL CHECK (net_weight_grams > 0),
    gross_weight_grams BIGINT       NOT NULL CHECK (gross_weight_grams > 0),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CHECK (gross_weight_grams >= net_weight_grams)
);
CREATE INDEX catalog_product_seller_idx ON catalog_product (seller_id);

CREATE TABLE catalog_product_text (
    product_id  UUID          NOT NULL REFERENCES catalog_product (id),
    language    VARCHAR(5)    NOT NULL CHECK (language IN ('en', 'fr', 'rw', 'zh')),
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL,
    PRIMARY KEY (product_id, language)
);

CREATE TABLE catalog_lot (
    id                 UUID          NOT NULL PRIMARY KEY,
    product_id         UUID          NOT NULL REFERENCES catalog_product (id),
    seller_id          UUID          NOT NULL,
    reference          VARCHAR(60)   NOT NULL,
    quantity_total     INT           NOT NULL CHECK (quantity_total >= 0),
    available          INT           NOT NULL CHECK (available >= 0),
    price_minor        BIGINT        NOT NULL CHECK (price_minor > 0),
    currency           VARCHAR(3)    NOT NULL,
    min_order_quantity INT           NOT NULL CHECK (min_order_quantity >= 1),
    origin_country     VARCHAR(2)    NOT NULL,
    origin_region      VARCHAR(120)  NOT NULL,
    producer_name      VARCHAR(200)  NOT NULL,
    producer_kind      VARCHAR(30)   NOT NULL,
    harvested_on       DATE,
    process            VARCHAR(20),
    grade              VARCHAR(60),
    cup_score          NUMERIC(5, 2) CHECK (cup_score >= 0 AND cup_score <= 100),
    altitude_meters    INT           CHECK (altitude_meters >= 0 AND altitude_meters <= 6000),
    story              VARCHAR(4000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CHECK (available <= quantity_total),
    UNIQUE (seller_id, reference)
);
CREATE INDEX catalog_lot_product_idx ON catalog_lot (product_id);

CREATE TABLE catalog_lot_document (
    id               UUID         NOT NULL PRIMARY KEY,
    lot_id           UUID         NOT NULL REFERENCES catalog_lot (id),
    kind             VARCHAR(30)  NOT NULL,
    number           VARCHAR(80)  NOT NULL,
    issuer           VARCHAR(200) NOT NULL,
    issued_on        DATE         NOT NULL,
    expires_on       DATE,
    scheme           VARCHAR(30),
    origin_criterion VARCHAR(60),
    CHECK (expires_on IS NULL OR expires_on > issued_on)
);
CREATE INDEX catalog_lot_document_lot_idx ON catalog_lot_document (lot_id);

CREATE TABLE catalog_listing (
    id          UUID        NOT NULL PRIMARY KEY,
    lot_id      UUID        NOT NULL REFERENCES catalog_lot (id),
    corridor_id UUID        NOT NULL,
    status      VARCHAR(10) NOT NULL CHECK (status IN ('LISTED', 'PAUSED')),
    listed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (lot_id, corridor_id)
);
CREATE INDEX catalog_listing_corridor_idx ON catalog_listing (corridor_id, status);

-- Trade reference data (dated, sourced, editable by hub operators) and China's cross-border retail quota per buyer.
-- The shipped rows come from src/main/resources/trade/reference-data/*.csv, loaded at start-up by ref (a row already
-- present is never overwritten, so operators' corrections survive upgrades). Written once for PostgreSQL and H2.

CREATE TABLE trade_tariff_line (
    id          UUID          NOT NULL PRIMARY KEY,
    ref         VARCHAR(80)   NOT NULL UNIQUE,
    importer    VARCHAR(2)    NOT NULL,
    hs_code     VARCHAR(10)   NOT NULL,
    scheme      VARCHAR(20)   NOT NULL,
    rate        NUMERIC(7,4)  NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_to    DATE,
    legal_basis VARCHAR(500)  NOT NULL,
    source      VARCHAR(1000) NOT NULL,
    source_url  VARCHAR(500),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200)  NOT NULL,
    CONSTRAINT trade_tariff_line_rate CHECK (rate >= 0 AND rate <= 100),
    CONSTRAINT trade_tariff_line_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX trade_tariff_line_lookup_idx ON trade_tariff_line (importer, hs_code, scheme);

CREATE TABLE trade_tax_rule (
    id          UUID          NOT NULL PRIMARY KEY,
    ref         VARCHAR(80)   NOT NULL UNIQUE,
    importer    VARCHAR(2)    NOT NULL,
    hs_prefix   VARCHAR(10)   NOT NULL,
    tax         VARCHAR(20)   NOT NULL,
    rate        NUMERIC(7,4)  NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_to    DATE,
    legal_basis VARCHAR(500)  NOT NULL,
    source      VARCHAR(1000) NOT NULL,
    source_url  VARCHAR(500),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200)  NOT NULL,
    CONSTRAINT trade_tax_rule_rate CHECK (rate >= 0 AND rate <= 100),
    CONSTRAINT trade_tax_rule_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE trade_cbec_rule (
    id                    UUID          NOT NULL PRIMARY KEY,
    ref                   VARCHAR(80)   NOT NULL UNIQUE,
    importer              VARCHAR(2)    NOT NULL,
    currency              VARCHAR(3)    NOT NULL,
    per_order_limit_minor BIGINT        NOT NULL CHECK (per_order_limit_minor > 0),
    annual_limit_minor    BIGINT        NOT NULL CHECK (annual_limit_minor > 0),
    tax_factor            NUMERIC(5,4)  NOT NULL CHECK (tax_factor >= 0 AND tax_factor <= 1),
    tariff_rate           NUMERIC(7,4)  NOT NULL CHECK (tariff_rate >= 0 AND tariff_rate <= 100),
    valid_from            DATE          NOT NULL,
    valid_to              DATE,
    legal_basis           VARCHAR(500)  NOT NULL,
    source                VARCHAR(1000) NOT NULL,
    source_url            VARCHAR(500),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(200)  NOT NULL,
    CONSTRAINT trade_cbec_rule_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE trade_freight_rate (
    id                UUID          NOT NULL PRIMARY KEY,
    ref               VARCHAR(80)   NOT NULL UNIQUE,
    origin_hub        VARCHAR(8)    NOT NULL,
    destination_hub   VARCHAR(8)    NOT NULL,
    mode              VARCHAR(16)   NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    per_kg            NUMERIC(12,4) NOT NULL CHECK (per_kg >= 0),
    minimum_minor     BIGINT        NOT NULL CHECK (minimum_minor >= 0),
    insurance_rate    NUMERIC(7,4)  NOT NULL CHECK (insurance_rate >= 0 AND insurance_rate <= 100),
    valid_from        DATE          NOT NULL,
    valid_to          DATE,
    source            VARCHAR(1000) NOT NULL,
    source_url        VARCHAR(500),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(200)  NOT NULL,
    CONSTRAINT trade_freight_rate_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);

-- Who changed which reference-data row, when, and to what.
CREATE TABLE trade_change (
    id         UUID          NOT NULL PRIMARY KEY,
    entity     VARCHAR(20)   NOT NULL,
    entity_id  UUID          NOT NULL,
    action     VARCHAR(20)   NOT NULL,
    changed_by VARCHAR(200)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary    VARCHAR(4000) NOT NULL
);
CREATE INDEX trade_change_entity_idx ON trade_change (entity, entity_id);

-- China CBEC quota: one row per buyer and year holding what counts against the annual limit. Consuming is one
-- conditional UPDATE (used + amount <= limit), so two checkouts of the same buyer cannot both pass the limit.
CREATE TABLE trade_cbec_quota (
    buyer_id   UUID       NOT NULL,
    quota_year INT        NOT NULL,
    currency   VARCHAR(3) NOT NULL,
    used_minor BIGINT     NOT NULL CHECK (used_minor >= 0),
    PRIMARY KEY (buyer_id, quota_year)
);

-- One row per order that used quota: consume and restore are idempotent per order id.
CREATE TABLE trade_cbec_quota_use (
    order_id     UUID       NOT NULL PRIMARY KEY,
    buyer_id     UUID       NOT NULL,
    quota_year   INT        NOT NULL,
    amount_minor BIGINT     NOT NULL CHECK (amount_minor > 0),
    currency     VARCHAR(3) NOT NULL,
    consumed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    restored_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX trade_cbec_quota_use_buyer_idx ON trade_cbec_quota_use (buyer_id, quota_year);

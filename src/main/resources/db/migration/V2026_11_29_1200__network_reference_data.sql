-- The hub network: countries, trade blocs, hubs, corridors and FX rates. Every row is dated reference data with a
-- source, and carries who created and last changed it; network_change keeps one row per change (who, when, what).
-- Written once for PostgreSQL and H2 (MODE=PostgreSQL).

CREATE TABLE network_bloc (
    code        VARCHAR(16)  NOT NULL PRIMARY KEY,
    name        VARCHAR(160) NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    source      VARCHAR(300) NOT NULL,
    source_url  VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    CONSTRAINT network_bloc_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE network_country (
    code        VARCHAR(2)   NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    least_developed BOOLEAN  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    source      VARCHAR(300) NOT NULL,
    source_url  VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    CONSTRAINT network_country_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);

-- Names in other languages; English lives in network_country.name.
CREATE TABLE network_country_name (
    country_code VARCHAR(2)   NOT NULL REFERENCES network_country (code),
    lang         VARCHAR(8)   NOT NULL,
    name         VARCHAR(120) NOT NULL,
    PRIMARY KEY (country_code, lang)
);

-- Dated membership: leaving a bloc closes the row (valid_to) instead of deleting it.
CREATE TABLE network_country_bloc (
    country_code VARCHAR(2)   NOT NULL REFERENCES network_country (code),
    bloc_code    VARCHAR(16)  NOT NULL REFERENCES network_bloc (code),
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    source       VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    PRIMARY KEY (country_code, bloc_code, valid_from),
    CONSTRAINT network_country_bloc_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE network_hub (
    code         VARCHAR(8)   NOT NULL PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    city         VARCHAR(120) NOT NULL,
    country_code VARCHAR(2)   NOT NULL REFERENCES network_country (code),
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    source       VARCHAR(300) NOT NULL,
    source_url   VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(200) NOT NULL,
    CONSTRAINT network_hub_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX network_hub_by_country_idx ON network_hub (country_code);

CREATE TABLE network_corridor (
    id                   UUID         NOT NULL PRIMARY KEY,
    origin_hub           VARCHAR(8)   NOT NULL REFERENCES network_hub (code),
    destination_hub      VARCHAR(8)   NOT NULL REFERENCES network_hub (code),
    typical_transit_days INT          NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_to             DATE,
    source               VARCHAR(300) NOT NULL,
    source_url           VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(200) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(200) NOT NULL,
    CONSTRAINT network_corridor_distinct_ends CHECK (origin_hub <> destination_hub),
    CONSTRAINT network_corridor_transit_days CHECK (typical_transit_days BETWEEN 1 AND 120),
    CONSTRAINT network_corridor_validity CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT network_corridor_unique_route UNIQUE (origin_hub, destination_hub)
);

CREATE TABLE network_corridor_mode (
    corridor_id UUID        NOT NULL REFERENCES network_corridor (id),
    mode        VARCHAR(16) NOT NULL,
    PRIMARY KEY (corridor_id, mode)
);

CREATE TABLE network_corridor_regime (
    corridor_id UUID        NOT NULL REFERENCES network_corridor (id),
    regime      VARCHAR(40) NOT NULL,
    PRIMARY KEY (corridor_id, regime)
);

-- One unit of base is worth rate units of quote from effective_date until the next rate of the same pair.
CREATE TABLE network_fx_rate (
    id             UUID           NOT NULL PRIMARY KEY,
    base           VARCHAR(3)     NOT NULL,
    quote          VARCHAR(3)     NOT NULL,
    rate           NUMERIC(24,12) NOT NULL,
    effective_date DATE           NOT NULL,
    source         VARCHAR(300)   NOT NULL,
    source_url     VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(200)   NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(200)   NOT NULL,
    CONSTRAINT network_fx_rate_positive CHECK (rate > 0),
    CONSTRAINT network_fx_rate_distinct CHECK (base <> quote),
    CONSTRAINT network_fx_rate_unique_day UNIQUE (base, quote, effective_date)
);

CREATE TABLE network_change (
    id         UUID          NOT NULL PRIMARY KEY,
    entity     VARCHAR(20)   NOT NULL,
    entity_key VARCHAR(64)   NOT NULL,
    action     VARCHAR(20)   NOT NULL,
    changed_by VARCHAR(200)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary    VARCHAR(2000) NOT NULL
);
CREATE INDEX network_change_by_entity_idx ON network_change (entity, entity_key);

-- Storefront read model: one row per lot listed on a corridor (paused listings have no row). It holds what search
-- filters and sorts by, so a query touches one table: the seller's price and currency, category, process, origin,
-- cup score, the corridor (whose destination decides who sees the row), and the product's names and descriptions in
-- every language it has, already normalised into search tokens (lower case, accents removed, Chinese split into
-- single characters and pairs of characters), see SearchText. Availability is not copied: it changes with every
-- reservation, so the storefront reads it live from catalog_lot for the rows it shows. Maintained by SearchIndex
-- from catalog events, in the same transaction as the change.
CREATE TABLE catalog_search (
    lot_id         UUID          NOT NULL REFERENCES catalog_lot (id),
    corridor_id    UUID          NOT NULL,
    product_id     UUID          NOT NULL REFERENCES catalog_product (id),
    category       VARCHAR(30)   NOT NULL,
    process        VARCHAR(20),
    origin_country VARCHAR(2)    NOT NULL,
    region_key     VARCHAR(120)  NOT NULL,
    price_minor    BIGINT        NOT NULL CHECK (price_minor > 0),
    currency       VARCHAR(3)    NOT NULL,
    cup_score      NUMERIC(5, 2),
    listed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    name_tokens    VARCHAR(20000)  NOT NULL,
    body_tokens    VARCHAR(100000) NOT NULL,
    PRIMARY KEY (lot_id, corridor_id)
);
CREATE INDEX catalog_search_newest_idx ON catalog_search (corridor_id, listed_at);
CREATE INDEX catalog_search_price_idx ON catalog_search (corridor_id, currency, price_minor);
CREATE INDEX catalog_search_cup_idx ON catalog_search (corridor_id, cup_score);
CREATE INDEX catalog_search_product_idx ON catalog_search (product_id);
CREATE INDEX catalog_search_category_idx ON catalog_search (corridor_id, category);

-- Every currency a search row was ever priced in. A price filter in the buyer's currency is turned into one exact
-- range per seller currency; this small table says which currencies there are without scanning catalog_search.
-- Rows are never removed: a currency without lots only adds a branch that matches nothing.
CREATE TABLE catalog_search_currency (
    currency VARCHAR(3) NOT NULL PRIMARY KEY
);

-- The storefront's "has a valid certificate of origin" filter looks documents up by lot and kind.
CREATE INDEX catalog_lot_document_kind_idx ON catalog_lot_document (kind, lot_id);

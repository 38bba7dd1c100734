-- H2: indexes in the exact order of each storefront sort, within one corridor (and one seller currency for price),
-- so a search without words reads a page from an index and stops (see SearchQueries.browse). H2 reads an index
-- forwards only, so price has one index per direction. The (corridor, category) index goes: H2 would pick it for the
-- corridor alone and then sort every row of the corridor; the order indexes serve the corridor as well.
-- PostgreSQL's versions also carry the filter columns (INCLUDE), which H2 does not have.
DROP INDEX catalog_search_price_idx;
DROP INDEX catalog_search_newest_idx;
DROP INDEX catalog_search_cup_idx;
DROP INDEX catalog_search_category_idx;
CREATE INDEX catalog_search_price_order_idx ON catalog_search (corridor_id, currency, price_minor, lot_id);
CREATE INDEX catalog_search_price_desc_order_idx ON catalog_search (corridor_id, currency, price_minor DESC, lot_id);
CREATE INDEX catalog_search_newest_order_idx ON catalog_search (corridor_id, listed_at DESC, lot_id);
CREATE INDEX catalog_search_cup_order_idx ON catalog_search (corridor_id, cup_score DESC NULLS LAST, listed_at DESC, lot_id);

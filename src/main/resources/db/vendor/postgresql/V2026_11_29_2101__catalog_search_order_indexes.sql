-- PostgreSQL: indexes in the exact order of each storefront sort, within one corridor (and one seller currency for
-- price), so a search without words reads a page straight from an index and stops (see SearchQueries.browse). They
-- carry the filter columns (INCLUDE), so filters and counts are answered from the index alone, without visiting the
-- wide table rows (names, descriptions and the text vector make a row over 1 kB).
DROP INDEX catalog_search_price_idx;
DROP INDEX catalog_search_newest_idx;
DROP INDEX catalog_search_cup_idx;
CREATE INDEX catalog_search_price_order_idx ON catalog_search (corridor_id, currency, price_minor, lot_id)
    INCLUDE (category, process, origin_country, region_key);
CREATE INDEX catalog_search_newest_order_idx ON catalog_search (corridor_id, listed_at DESC, lot_id)
    INCLUDE (category, process, origin_country, region_key, currency, price_minor);
CREATE INDEX catalog_search_cup_order_idx ON catalog_search (corridor_id, cup_score DESC NULLS LAST, listed_at DESC, lot_id)
    INCLUDE (category, process, origin_country, region_key, currency, price_minor);

-- "Has a valid certificate of origin" per lot, from the index alone.
DROP INDEX catalog_lot_document_kind_idx;
CREATE INDEX catalog_lot_document_certificate_idx ON catalog_lot_document (lot_id, kind) INCLUDE (issued_on, expires_on);

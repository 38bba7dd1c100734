-- Sorting by price reads one index range per seller currency listed in catalog_search_currency (see SearchQueries),
-- so a row priced in a currency missing there would never be shown. The key makes that impossible: SearchIndex
-- remembers the currency before it writes the row. Currencies of rows written before this migration are added first.
INSERT INTO catalog_search_currency (currency)
SELECT DISTINCT s.currency FROM catalog_search s
WHERE NOT EXISTS (SELECT 1 FROM catalog_search_currency c WHERE c.currency = s.currency);

ALTER TABLE catalog_search ADD CONSTRAINT catalog_search_currency_fk FOREIGN KEY (currency) REFERENCES catalog_search_currency (currency);

-- What sellers write, in several languages: a product's unit of sale per language (next to its name and description;
-- NULL = not translated, the product's own unit_of_sale is shown) and a lot's story per language (catalog_lot.story
-- stays the story in the product's first language, as the seller first wrote it).
ALTER TABLE catalog_product_text ADD COLUMN unit_of_sale VARCHAR(120);

CREATE TABLE catalog_lot_story (
    lot_id   UUID          NOT NULL REFERENCES catalog_lot (id),
    language VARCHAR(5)    NOT NULL CHECK (language IN ('en', 'fr', 'rw', 'zh')),
    story    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (lot_id, language)
);

-- Product photos. A photo belongs to a product (lot_id NULL) or to one lot of it; at most 8 of each (checked by the
-- application under a lock on the product row). Only re-encoded JPEGs are kept, named by the SHA-256 of their bytes:
-- the card (320 x 240, at most 20 KB) and the detail (at most 1024 px). The bytes live in catalog_photo_file or in a
-- directory (isoko.photos.storage); a file is shared by every photo with the same bytes and never changes.
CREATE TABLE catalog_photo (
    id            UUID         NOT NULL PRIMARY KEY,
    product_id    UUID         NOT NULL REFERENCES catalog_product (id),
    lot_id        UUID         REFERENCES catalog_lot (id),
    position      INT          NOT NULL CHECK (position >= 0),
    format        VARCHAR(10)  NOT NULL,
    card_hash     VARCHAR(64)  NOT NULL,
    card_width    INT          NOT NULL,
    card_height   INT          NOT NULL,
    detail_hash   VARCHAR(64)  NOT NULL,
    detail_width  INT          NOT NULL,
    detail_height INT          NOT NULL,
    alt_en        VARCHAR(250),
    alt_fr        VARCHAR(250),
    alt_rw        VARCHAR(250),
    alt_zh        VARCHAR(250),
    uploaded_by   UUID         NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_photo_product_idx ON catalog_photo (product_id, position);
CREATE INDEX catalog_photo_lot_idx ON catalog_photo (lot_id, position);

CREATE TABLE catalog_photo_file (
    hash    VARCHAR(64) NOT NULL PRIMARY KEY,
    content BYTEA       NOT NULL,
    size    INT         NOT NULL
);

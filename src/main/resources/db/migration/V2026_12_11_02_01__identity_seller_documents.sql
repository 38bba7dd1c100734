-- A seller organisation's registration documents (certificate of incorporation, tax certificate, ...), which its hub
-- operator checks before verifying it. Every upload is a row; replacing a document keeps the old row with when and by
-- whom it was replaced (replaced_at IS NULL marks the current one of its kind). The bytes are kept once per SHA-256 of
-- their content in identity_document_file, which only the seller's organisation, its hub's operators and admins read.
CREATE TABLE identity_document_file (
    hash    VARCHAR(64) NOT NULL PRIMARY KEY,
    content BYTEA       NOT NULL,
    size    INT         NOT NULL
);

CREATE TABLE identity_seller_document (
    id               UUID         NOT NULL PRIMARY KEY,
    organisation_id  UUID         NOT NULL REFERENCES identity_organisation (id),
    kind             VARCHAR(40)  NOT NULL,
    content_type     VARCHAR(40)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    size             INT          NOT NULL,
    hash             VARCHAR(64)  NOT NULL REFERENCES identity_document_file (hash),
    uploaded_by      UUID         NOT NULL,
    uploaded_by_name VARCHAR(254) NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by_name VARCHAR(254),
    replaced_at      TIMESTAMP WITH TIME ZONE,
    review           VARCHAR(20)  NOT NULL,
    review_reason    VARCHAR(500),
    reviewed_by_name VARCHAR(254),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    version          INT          NOT NULL
);
CREATE INDEX identity_seller_document_org_idx ON identity_seller_document (organisation_id, kind, uploaded_at);

-- A buyer's saved delivery addresses (the account page's address book); checkout starts
-- from the default one. At most one default per buyer (kept by the application, which
-- clears the others in the same transaction).
CREATE TABLE ordering_saved_address (
    id          UUID         NOT NULL PRIMARY KEY,
    buyer_id    UUID         NOT NULL,
    name        VARCHAR(120) NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    line        VARCHAR(200) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100) NOT NULL,
    postcode    VARCHAR(20),
    is_default  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ordering_saved_address_buyer_idx ON ordering_saved_address (buyer_id, created_at);

-- The secret that permutes order numbers (OrderNumbers): the code is public, so a fixed permutation of the sequence
-- could be inverted to read how many orders the hub takes. One row, written with a random value on first use. (Not
-- "ordering_order_number_key": PostgreSQL already gave that name to the unique index on ordering_order.number.)
CREATE TABLE ordering_number_secret (
    id     INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    secret BIGINT NOT NULL
);

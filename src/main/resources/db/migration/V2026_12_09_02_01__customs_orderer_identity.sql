-- The orderer's identity for China's cross-border retail declarations, captured at checkout (issue 15). The name
-- and the resident ID number are stored encrypted (AES-256-GCM, "v1." + base64 of nonce and ciphertext); only the
-- masked number is in the clear. Erased (sealed values set to NULL) a configured time after the orders declared
-- with it were cleared or ended. Replaces the interim customs_buyer_identity table, whose rows (plain text, demo
-- data only) the application encrypts into this one at start and deletes.

CREATE TABLE customs_orderer_identity (
    id                 UUID          NOT NULL PRIMARY KEY,
    user_id            UUID          NOT NULL,
    id_type            VARCHAR(2)    NOT NULL,
    name_sealed        VARCHAR(1000),
    id_number_sealed   VARCHAR(200),
    id_number_masked   VARCHAR(30)   NOT NULL,
    source             VARCHAR(20)   NOT NULL CHECK (source IN ('CHECKOUT', 'DEMO', 'INTERIM')),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at          TIMESTAMP WITH TIME ZONE,
    CHECK ((erased_at IS NULL AND name_sealed IS NOT NULL AND id_number_sealed IS NOT NULL)
        OR (erased_at IS NOT NULL AND name_sealed IS NULL AND id_number_sealed IS NULL))
);

CREATE INDEX customs_orderer_identity_of_user ON customs_orderer_identity (user_id, created_at);

-- Which identity an order is declared with; ended_at: the order was cleared, or ended without import.
CREATE TABLE customs_order_orderer (
    order_id           UUID          NOT NULL PRIMARY KEY,
    identity_id        UUID          NOT NULL REFERENCES customs_orderer_identity (id),
    linked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE
);

CREATE INDEX customs_order_orderer_identity ON customs_order_orderer (identity_id);

-- Every change of an identity: saved, used for an order, erased.
CREATE TABLE customs_identity_event (
    id                 UUID          NOT NULL PRIMARY KEY,
    identity_id        UUID          NOT NULL REFERENCES customs_orderer_identity (id),
    event              VARCHAR(10)   NOT NULL CHECK (event IN ('SAVED', 'USED', 'ERASED')),
    order_id           UUID,
    actor              VARCHAR(200)  NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_identity_event_of ON customs_identity_event (identity_id, occurred_at);

-- The tax bill reference of a released declaration (customs' inventory number, under which the tax bill is issued).
ALTER TABLE customs_declaration ADD COLUMN tax_bill_ref VARCHAR(40);

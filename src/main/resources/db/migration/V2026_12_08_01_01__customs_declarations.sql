-- Customs: China cross-border retail import (9610). One declaration per parcel, its four signed CEB messages in an
-- outbox (sent after commit, retried with back-off), the receipts customs sent back (each applied once), and the
-- history of every change of a declaration's status.

CREATE TABLE customs_declaration (
    id                  UUID          NOT NULL PRIMARY KEY,
    parcel_id           UUID          NOT NULL UNIQUE,
    order_id            UUID          NOT NULL UNIQUE,
    country             VARCHAR(2)    NOT NULL,
    destination_hub     VARCHAR(8)    NOT NULL,
    order_no            VARCHAR(40)   NOT NULL UNIQUE,
    pay_transaction_id  VARCHAR(60)   NOT NULL,
    logistics_no        VARCHAR(40)   NOT NULL,
    cop_no              VARCHAR(40)   NOT NULL UNIQUE,
    buyer_name          VARCHAR(200)  NOT NULL,
    buyer_id_masked     VARCHAR(30)   NOT NULL,
    status              VARCHAR(12)   NOT NULL CHECK (status IN ('DECLARED', 'RELEASED', 'HELD', 'REJECTED', 'ERROR')),
    reason              VARCHAR(2000),
    declared_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_declaration_status ON customs_declaration (country, status, declared_at);

CREATE TABLE customs_outbox (
    id               UUID          NOT NULL PRIMARY KEY,
    declaration_id   UUID          NOT NULL REFERENCES customs_declaration (id),
    message_type     VARCHAR(6)    NOT NULL,
    seq              INT           NOT NULL,
    guid             VARCHAR(40)   NOT NULL UNIQUE,
    body             VARCHAR(200000) NOT NULL,
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'ACKNOWLEDGED', 'FAILED')),
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    UNIQUE (declaration_id, message_type)
);

CREATE INDEX customs_outbox_due ON customs_outbox (status, next_attempt_at);

CREATE TABLE customs_receipt (
    guid             VARCHAR(40)   NOT NULL PRIMARY KEY,
    declaration_id   UUID          REFERENCES customs_declaration (id),
    message_type     VARCHAR(6)    NOT NULL,
    reference        VARCHAR(60)   NOT NULL,
    return_status    VARCHAR(6)    NOT NULL,
    return_info      VARCHAR(2000) NOT NULL,
    return_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE customs_declaration_event (
    id               UUID          NOT NULL PRIMARY KEY,
    declaration_id   UUID          NOT NULL REFERENCES customs_declaration (id),
    status           VARCHAR(12)   NOT NULL,
    actor            VARCHAR(200)  NOT NULL,
    reason           VARCHAR(2000),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_declaration_event_of ON customs_declaration_event (declaration_id, occurred_at);

-- Interim source of the orderer's identity (real name and resident ID number) until checkout captures it
-- (issue 15): one row per buyer, filled by the demo data for the demo buyer in China.
CREATE TABLE customs_buyer_identity (
    user_id          UUID          NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    id_type          VARCHAR(2)    NOT NULL,
    id_number        VARCHAR(18)   NOT NULL,
    source           VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The China customs simulator's own records: the messages it accepted (by guid: a resent message is not declared
-- twice), the receipts it sent, and its own count of each buyer's cross-border purchases per year.
CREATE TABLE customs_sim_message (
    guid             VARCHAR(40)   NOT NULL PRIMARY KEY,
    message_type     VARCHAR(6)    NOT NULL,
    order_no         VARCHAR(40)   NOT NULL,
    body             VARCHAR(200000) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_sim_message_order ON customs_sim_message (order_no);

CREATE TABLE customs_sim_decision (
    order_no         VARCHAR(40)   NOT NULL PRIMARY KEY,
    return_status    VARCHAR(6)    NOT NULL,
    return_info      VARCHAR(2000) NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE customs_sim_receipt (
    guid             VARCHAR(40)   NOT NULL PRIMARY KEY,
    body             VARCHAR(200000) NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE customs_sim_buyer_year (
    id_number        VARCHAR(18)   NOT NULL,
    purchase_year    INT           NOT NULL,
    total_fen        BIGINT        NOT NULL,
    PRIMARY KEY (id_number, purchase_year)
);

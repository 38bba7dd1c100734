-- Customs (EAC corridors): one declaration per consignment and direction — the EXPORT entry at the origin (Rwanda
-- Revenue Authority) that must be released before the consignment departs, and the IMPORT entry at a Kenyan or Rwandan
-- destination hub. Each revision of an entry is one signed message in its own outbox (the China outbox is tied to the
-- per-parcel declarations by its foreign key); its goods lines and documents are those of the latest revision.
CREATE TABLE customs_entry (
    id               UUID          NOT NULL PRIMARY KEY,
    consignment_id   UUID          NOT NULL,
    direction        VARCHAR(6)    NOT NULL CHECK (direction IN ('EXPORT', 'IMPORT')),
    country          VARCHAR(2)    NOT NULL,
    hub              VARCHAR(8)    NOT NULL,
    origin_hub       VARCHAR(8)    NOT NULL,
    destination_hub  VARCHAR(8)    NOT NULL,
    master_waybill   VARCHAR(40)   NOT NULL,
    reference        VARCHAR(40)   NOT NULL UNIQUE,
    revision         INT           NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'RELEASED', 'QUERIED')),
    release_number   VARCHAR(40),
    reason           VARCHAR(2000),
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (consignment_id, direction)
);

CREATE INDEX customs_entry_queue ON customs_entry (country, status, submitted_at);

-- The goods of an entry's latest revision: one row per order line of each house waybill, with the house waybill's
-- weights and (import) the duty, VAT and other charges of the order's quote, in minor units of the currency.
CREATE TABLE customs_entry_line (
    id               UUID          NOT NULL PRIMARY KEY,
    entry_id         UUID          NOT NULL REFERENCES customs_entry (id),
    item_no          INT           NOT NULL,
    waybill          VARCHAR(30)   NOT NULL,
    order_id         UUID          NOT NULL,
    order_no         VARCHAR(40)   NOT NULL,
    exporter         VARCHAR(200)  NOT NULL,
    consignee_country VARCHAR(2)   NOT NULL,
    hs_code          VARCHAR(12)   NOT NULL,
    description      VARCHAR(300)  NOT NULL,
    quantity         INT           NOT NULL,
    value_minor      BIGINT        NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    net_grams        BIGINT        NOT NULL,
    gross_grams      BIGINT        NOT NULL,
    duty_minor       BIGINT,
    vat_minor        BIGINT,
    other_minor      BIGINT,
    charges_currency VARCHAR(3),
    UNIQUE (entry_id, item_no)
);

-- The documents an entry's house waybills carry or lack (commercial invoice, packing list, certificate of origin,
-- quality certificate), with the reference they were found under.
CREATE TABLE customs_entry_document (
    id               UUID          NOT NULL PRIMARY KEY,
    entry_id         UUID          NOT NULL REFERENCES customs_entry (id),
    waybill          VARCHAR(30)   NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    present          BOOLEAN       NOT NULL,
    reference        VARCHAR(200)
);

CREATE INDEX customs_entry_document_of ON customs_entry_document (entry_id);

CREATE TABLE customs_entry_event (
    id               UUID          NOT NULL PRIMARY KEY,
    entry_id         UUID          NOT NULL REFERENCES customs_entry (id),
    status           VARCHAR(10)   NOT NULL,
    actor            VARCHAR(200)  NOT NULL,
    reason           VARCHAR(2000),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_entry_event_of ON customs_entry_event (entry_id, occurred_at);

CREATE TABLE customs_entry_outbox (
    id               UUID          NOT NULL PRIMARY KEY,
    entry_id         UUID          NOT NULL REFERENCES customs_entry (id),
    revision         INT           NOT NULL,
    guid             VARCHAR(40)   NOT NULL UNIQUE,
    body             VARCHAR(200000) NOT NULL,
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'GAVE_UP')),
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    written_by       VARCHAR(40)   NOT NULL,
    UNIQUE (entry_id, revision)
);

CREATE INDEX customs_entry_outbox_due ON customs_entry_outbox (status, next_attempt_at);

-- Receipts from the authorities, each applied once (by its guid).
CREATE TABLE customs_entry_receipt (
    guid             VARCHAR(40)   NOT NULL PRIMARY KEY,
    entry_id         UUID          REFERENCES customs_entry (id),
    status           VARCHAR(10)   NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

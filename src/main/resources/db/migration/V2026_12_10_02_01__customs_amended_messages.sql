-- Customs (issue 15): a declaration may send a message again, amended (the seller corrects the waybill's weight: a new
-- CEB511 with a guid of its own). The outbox kept one message per declaration and type; it now keeps revisions
-- (0 = the message declared, 1, 2… the amendments). The table is made anew because the old unique constraint had no
-- name that H2 and PostgreSQL share. A message whose sending failed too many times is GAVE_UP (the operator sees it).
CREATE TABLE customs_outbox_v2 (
    id               UUID          NOT NULL PRIMARY KEY,
    declaration_id   UUID          NOT NULL REFERENCES customs_declaration (id),
    message_type     VARCHAR(6)    NOT NULL,
    revision         INT           NOT NULL DEFAULT 0,
    seq              INT           NOT NULL,
    guid             VARCHAR(40)   NOT NULL UNIQUE,
    body             VARCHAR(200000) NOT NULL,
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'ACKNOWLEDGED', 'FAILED', 'GAVE_UP')),
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    written_by       VARCHAR(40),
    UNIQUE (declaration_id, message_type, revision)
);

INSERT INTO customs_outbox_v2 (id, declaration_id, message_type, revision, seq, guid, body, status, attempts,
    next_attempt_at, sent_at, last_error, written_by)
SELECT id, declaration_id, message_type, 0, seq, guid, body, status, attempts, next_attempt_at, sent_at, last_error,
    written_by
FROM customs_outbox;

DROP TABLE customs_outbox;

ALTER TABLE customs_outbox_v2 RENAME TO customs_outbox;

CREATE INDEX customs_outbox_due ON customs_outbox (status, next_attempt_at);

CREATE INDEX customs_outbox_of ON customs_outbox (declaration_id, message_type, revision);

-- The seller's corrections of a declared waybill weight: who, when, from what to what, and the amended message.
CREATE TABLE customs_waybill_correction (
    id                UUID          NOT NULL PRIMARY KEY,
    declaration_id    UUID          NOT NULL REFERENCES customs_declaration (id),
    revision          INT           NOT NULL,
    previous_grams    BIGINT        NOT NULL,
    corrected_grams   BIGINT        NOT NULL CHECK (corrected_grams > 0),
    message_guid      VARCHAR(40)   NOT NULL,
    corrected_by      UUID          NOT NULL,
    corrected_by_name VARCHAR(200)  NOT NULL,
    corrected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (declaration_id, revision)
);

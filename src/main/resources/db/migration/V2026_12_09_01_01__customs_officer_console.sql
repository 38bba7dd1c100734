-- Customs officer console (issue 15). What the queue filters on, assessed once per declaration from its four
-- messages: the corridor's origin hub, the consignment the parcel flew in, and the risks (documents that disagree
-- by customs' match rules, a buyer declared for the first time, a value near the single-order limit).
CREATE TABLE customs_declaration_facts (
    declaration_id    UUID          NOT NULL PRIMARY KEY REFERENCES customs_declaration (id),
    origin_hub        VARCHAR(8)    NOT NULL,
    consignment_id    UUID,
    mismatch          BOOLEAN       NOT NULL,
    first_time_buyer  BOOLEAN       NOT NULL,
    near_limit        BOOLEAN       NOT NULL,
    findings          VARCHAR(4000),
    assessed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_declaration_facts_origin ON customs_declaration_facts (origin_hub);

-- Every decision an officer took on a declaration: who, when, what, and for a hold the reason and note (the
-- declaration's history in customs_declaration_event says the same in words).
CREATE TABLE customs_officer_decision (
    id                UUID          NOT NULL PRIMARY KEY,
    declaration_id    UUID          NOT NULL REFERENCES customs_declaration (id),
    action            VARCHAR(10)   NOT NULL CHECK (action IN ('RELEASE', 'HOLD', 'REJECT')),
    hold_reason       VARCHAR(30),
    note              VARCHAR(1000),
    officer_id        UUID          NOT NULL,
    officer_name      VARCHAR(200)  NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_officer_decision_of ON customs_officer_decision (declaration_id, decided_at);

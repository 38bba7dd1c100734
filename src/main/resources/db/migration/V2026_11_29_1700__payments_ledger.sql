-- Payments ledger, after TigerBeetle's data model. Accounts keep four counters that change only by conditional
-- updates; the CHECKs repeat the account rules as the last line of defence. Postings and transfers are insert-only:
-- a correction is a new, reversing posting.
CREATE TABLE payments_account (
    id                             UUID         NOT NULL PRIMARY KEY,
    kind                           VARCHAR(30)  NOT NULL,
    owner                          VARCHAR(120) NOT NULL,
    currency                       VARCHAR(3)   NOT NULL,
    debits_must_not_exceed_credits BOOLEAN      NOT NULL,
    debits_pending                 BIGINT       NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
    debits_posted                  BIGINT       NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_pending                BIGINT       NOT NULL DEFAULT 0 CHECK (credits_pending >= 0),
    credits_posted                 BIGINT       NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    created_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_account_key UNIQUE (kind, owner, currency),
    CONSTRAINT payments_account_debits_within_credits
        CHECK (debits_must_not_exceed_credits = FALSE OR debits_pending + debits_posted <= credits_posted)
);

CREATE TABLE payments_posting (
    id                  UUID          NOT NULL PRIMARY KEY,
    idempotency_key     VARCHAR(120)  NOT NULL,
    fingerprint         VARCHAR(64)   NOT NULL,
    code                VARCHAR(30)   NOT NULL,
    correlation_id      VARCHAR(120)  NOT NULL,
    operation_time      TIMESTAMP WITH TIME ZONE NOT NULL, -- when the business event happened
    posted_at           TIMESTAMP WITH TIME ZONE NOT NULL, -- when the ledger recorded it
    value_date          DATE          NOT NULL,            -- the day the money counts for
    fx_from             VARCHAR(3),
    fx_to               VARCHAR(3),
    fx_rate             NUMERIC(24, 12),
    fx_rate_date        DATE,
    fx_source           VARCHAR(300),
    fx_spread_rate      NUMERIC(9, 6),
    reverses_posting_id UUID REFERENCES payments_posting (id),
    CONSTRAINT payments_posting_idempotency UNIQUE (idempotency_key),
    CONSTRAINT payments_posting_reversed_once UNIQUE (reverses_posting_id)
);
CREATE INDEX payments_posting_correlation_idx ON payments_posting (correlation_id);

CREATE TABLE payments_transfer (
    id                UUID        NOT NULL PRIMARY KEY,
    posting_id        UUID        NOT NULL REFERENCES payments_posting (id),
    leg               INT         NOT NULL,
    debit_account_id  UUID        NOT NULL REFERENCES payments_account (id),
    credit_account_id UUID        NOT NULL REFERENCES payments_account (id),
    amount            BIGINT      NOT NULL CHECK (amount > 0),
    pending_amount    BIGINT      NOT NULL DEFAULT 0,
    currency          VARCHAR(3)  NOT NULL,
    code              VARCHAR(30) NOT NULL,
    phase             VARCHAR(15) NOT NULL CHECK (phase IN ('POSTED', 'PENDING', 'POST_PENDING', 'VOID_PENDING', 'EXPIRE_PENDING')),
    pending_id        UUID REFERENCES payments_transfer (id),
    timeout_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payments_transfer_leg UNIQUE (posting_id, leg),
    CONSTRAINT payments_transfer_two_accounts CHECK (debit_account_id <> credit_account_id),
    CONSTRAINT payments_transfer_resolution CHECK ((phase IN ('POSTED', 'PENDING')) = (pending_id IS NULL)),
    -- A hold is resolved (posted, voided or expired) by at most one transfer, whoever races for it.
    CONSTRAINT payments_transfer_resolves_once UNIQUE (pending_id)
);
CREATE INDEX payments_transfer_debit_idx ON payments_transfer (debit_account_id);
CREATE INDEX payments_transfer_credit_idx ON payments_transfer (credit_account_id);

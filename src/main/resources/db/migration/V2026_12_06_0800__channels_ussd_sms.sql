-- Channels: USSD callers (language, PIN hash, one-time code hash, lock-out), USSD sessions and the answer of
-- each hop (a retried request gets the stored answer; the request text, which carries the PIN, is never kept),
-- the SMS outbox (dedup_key: an event announced twice is sent once) and the opt-outs.
CREATE TABLE channels_ussd_subscriber (
    phone           VARCHAR(15)  NOT NULL PRIMARY KEY,
    language        VARCHAR(5),
    pin_hash        VARCHAR(100),
    code_hash       VARCHAR(100),
    code_expires_at TIMESTAMP WITH TIME ZONE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE channels_ussd_session (
    session_id VARCHAR(100) NOT NULL PRIMARY KEY,
    phone      VARCHAR(15)  NOT NULL,
    state      VARCHAR(20)  NOT NULL,
    data       VARCHAR(400) NOT NULL,
    hops       INT          NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX channels_ussd_session_updated_idx ON channels_ussd_session (updated_at);

CREATE TABLE channels_ussd_hop (
    session_id VARCHAR(100) NOT NULL,
    hop        INT          NOT NULL,
    answer     VARCHAR(400),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, hop)
);

CREATE TABLE channels_sms_outbox (
    id                  UUID          NOT NULL PRIMARY KEY,
    recipient           VARCHAR(15)   NOT NULL,
    message             VARCHAR(1000) NOT NULL,
    purpose             VARCHAR(30)   NOT NULL,
    dedup_key           VARCHAR(100)  UNIQUE,
    encoding            VARCHAR(10)   NOT NULL CHECK (encoding IN ('GSM_7', 'UCS_2')),
    segments            INT           NOT NULL,
    status              VARCHAR(20)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts            INT           NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    provider_message_id VARCHAR(100),
    provider_status     VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE
);
CREATE INDEX channels_sms_outbox_due_idx ON channels_sms_outbox (status, next_attempt_at);

-- Users who asked for no SMS notifications (one-time codes they ask for themselves are still sent).
CREATE TABLE channels_sms_opt_out (
    user_id       UUID NOT NULL PRIMARY KEY,
    opted_out_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Payments through providers. A row is written BEFORE the provider is called (its reference id is the provider's
-- X-Reference-Id / out_trade_no), so a crash between our commit and the provider's answer loses nothing: the
-- recovery job asks the provider about every request that never got an answer. Status changes are conditional
-- updates from an open state, so duplicate, late and out-of-order callbacks take effect exactly once.
CREATE TABLE payments_payment (
    id                      UUID          NOT NULL PRIMARY KEY,
    reference_id            UUID          NOT NULL,
    provider                VARCHAR(10)   NOT NULL CHECK (provider IN ('MOMO', 'WALLET')),
    order_ref               VARCHAR(100)  NOT NULL,
    payer_user_id           UUID,
    payer                   VARCHAR(20),
    amount_minor            BIGINT        NOT NULL CHECK (amount_minor > 0),
    currency                VARCHAR(3)    NOT NULL,
    status                  VARCHAR(12)   NOT NULL CHECK (status IN ('CREATED', 'PENDING', 'SUCCESSFUL', 'FAILED')),
    reason                  VARCHAR(60),
    provider_transaction_id VARCHAR(100),
    next_action             VARCHAR(20),
    redirect_url            VARCHAR(1000),
    qr_payload              VARCHAR(1000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    next_poll_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    poll_attempts           INT           NOT NULL DEFAULT 0,
    CONSTRAINT payments_payment_reference UNIQUE (reference_id)
);
CREATE INDEX payments_payment_open_idx ON payments_payment (status, next_poll_at);
CREATE INDEX payments_payment_order_idx ON payments_payment (order_ref);

CREATE TABLE payments_payout (
    id                      UUID          NOT NULL PRIMARY KEY,
    reference_id            UUID          NOT NULL,
    kind                    VARCHAR(15)   NOT NULL CHECK (kind IN ('SELLER_PAYOUT', 'BUYER_REFUND')),
    owner                   VARCHAR(120)  NOT NULL,
    payee                   VARCHAR(20)   NOT NULL,
    amount_minor            BIGINT        NOT NULL CHECK (amount_minor > 0),
    currency                VARCHAR(3)    NOT NULL,
    status                  VARCHAR(12)   NOT NULL CHECK (status IN ('CREATED', 'PENDING', 'SUCCESSFUL', 'FAILED')),
    reason                  VARCHAR(60),
    provider_transaction_id VARCHAR(100),
    hold_transfer_id        UUID          NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    next_poll_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    poll_attempts           INT           NOT NULL DEFAULT 0,
    CONSTRAINT payments_payout_reference UNIQUE (reference_id)
);
CREATE INDEX payments_payout_owner_idx ON payments_payout (owner, created_at);
CREATE INDEX payments_payout_open_idx ON payments_payout (status, next_poll_at);

-- Idempotency-Key of money-moving API calls: the first request's hash and the resource it created; a replay gets
-- that resource back, a different request under the same key is refused.
CREATE TABLE payments_idempotency (
    scope           VARCHAR(120) NOT NULL,
    idempotency_key VARCHAR(120) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    resource_id     UUID         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

-- Every callback received, kept for reconciliation and audit (also the rejected ones).
CREATE TABLE payments_callback (
    id           UUID         NOT NULL PRIMARY KEY,
    provider     VARCHAR(10)  NOT NULL,
    reference    VARCHAR(100) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(30)  NOT NULL,
    detail       VARCHAR(500)
);
CREATE INDEX payments_callback_reference_idx ON payments_callback (reference);

-- Buyer refunds paid back through the provider the buyer paid with, one row per escrow refund posting (refund_key).
-- The row and the ledger hold (refund payable -> in transit) commit together BEFORE the provider is called, so a
-- crash or a redelivered event finds the row and resumes it with the same provider keys instead of refunding twice:
-- mobile money through a disbursement transfer (payout_id, a payments_payout row of kind BUYER_REFUND, which holds and
-- settles the money itself), the wallet through its refund API (out_trade_no = trade_reference, out_request_no = id).
CREATE TABLE payments_refund (
    id                      UUID          NOT NULL PRIMARY KEY,
    refund_key              VARCHAR(120)  NOT NULL,
    order_ref               VARCHAR(100)  NOT NULL,
    amount_minor            BIGINT        NOT NULL CHECK (amount_minor > 0),
    currency                VARCHAR(3)    NOT NULL,
    status                  VARCHAR(12)   NOT NULL CHECK (status IN ('CREATED', 'PENDING', 'SUCCESSFUL', 'FAILED')),
    provider                VARCHAR(10)   CHECK (provider IN ('MOMO', 'WALLET')),
    payment_id              UUID,
    trade_reference         UUID,
    payout_id               UUID,
    hold_transfer_id        UUID,
    failure_reason          VARCHAR(60),
    provider_transaction_id VARCHAR(100),
    reason                  VARCHAR(500),
    requested_by            UUID,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    next_poll_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    poll_attempts           INT           NOT NULL DEFAULT 0,
    CONSTRAINT payments_refund_key UNIQUE (refund_key)
);
CREATE INDEX payments_refund_order_idx ON payments_refund (order_ref, created_at);
CREATE INDEX payments_refund_open_idx ON payments_refund (status, next_poll_at);
CREATE INDEX payments_refund_payment_idx ON payments_refund (payment_id);

-- SMS sent through Africa's Talking: what the provider charged, and the delivery reports it posts back.
ALTER TABLE channels_sms_outbox ADD COLUMN provider_cost_minor BIGINT;
ALTER TABLE channels_sms_outbox ADD COLUMN provider_cost_currency VARCHAR(3);
-- The latest delivery state (Sent, Submitted, Buffered, Success, Failed, Rejected, AbsentSubscriber, Expired).
ALTER TABLE channels_sms_outbox ADD COLUMN delivery_status VARCHAR(20);
ALTER TABLE channels_sms_outbox ADD COLUMN delivery_failure_reason VARCHAR(100);
ALTER TABLE channels_sms_outbox ADD COLUMN delivery_retry_count INT NOT NULL DEFAULT 0;
ALTER TABLE channels_sms_outbox ADD COLUMN delivery_reported_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX channels_sms_outbox_provider_message_idx ON channels_sms_outbox (provider_message_id);

-- Every delivery report received, in order: the history of a message's delivery. A report posted again
-- (same message, status and retry count) is recognised by the unique key and changes nothing.
CREATE TABLE channels_sms_delivery_report (
    provider_message_id VARCHAR(100) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    retry_count         INT          NOT NULL,
    phone_number        VARCHAR(20),
    network_code        VARCHAR(10),
    failure_reason      VARCHAR(100),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider_message_id, status, retry_count)
);

-- Polling of an open provider request stops after isoko.payments.poll.max-attempts polls: the request is then shown
-- in the reconciliation for an operator to resume, instead of being asked about forever.
ALTER TABLE payments_payment ADD COLUMN polling_stopped_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payments_payout ADD COLUMN polling_stopped_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payments_refund ADD COLUMN polling_stopped_at TIMESTAMP WITH TIME ZONE;

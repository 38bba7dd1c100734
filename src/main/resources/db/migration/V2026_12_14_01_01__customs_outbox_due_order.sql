-- Customs (issue 15): the outbox reads its due messages in the order they are sent (due time, then declaration, then
-- the declaration's message order). The index named only the due time, so when many messages fell due at the same
-- instant (a backlog after an outage; 800,000 in the clearance benchmark) every read sorted all of them to take the
-- next few hundred. With the whole order in the index a read walks it and stops at its limit.
DROP INDEX customs_outbox_due;

CREATE INDEX customs_outbox_due ON customs_outbox (status, next_attempt_at, declaration_id, seq);

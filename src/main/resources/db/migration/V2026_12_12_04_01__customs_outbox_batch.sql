-- Customs (issue 15): the outbox sends the due documents of one type together, several in one signed CEB message
-- (one envelope, one signature, one POST). Each document keeps its own row, guid, attempts and state; the row names the
-- guid of the last message it went in, so that customs' refusal of a whole message (a CEB900 naming that guid: its
-- signature did not verify) reaches every document in it.
ALTER TABLE customs_outbox ADD COLUMN batch_guid VARCHAR(40);

CREATE INDEX customs_outbox_batch ON customs_outbox (batch_guid);

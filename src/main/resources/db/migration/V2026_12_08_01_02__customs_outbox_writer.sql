-- Which running instance wrote an outbox message: it sends its own messages (signed with its key, to the endpoint it
-- was configured with); another instance takes them over only when they are long overdue (the writer died).
ALTER TABLE customs_outbox ADD COLUMN written_by VARCHAR(40);

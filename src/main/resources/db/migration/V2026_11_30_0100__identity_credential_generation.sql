-- One counter that every change to what an API token stands for (a token revoked, a user's roles replaced, an
-- organisation's verification decided) raises in the same transaction. Every instance polls it about once a second
-- and forgets the tokens it remembers when it moved (see AuthenticatedTokens), so a revocation counts on every instance
-- within a second or two while a remembered token costs no database access at all.
CREATE TABLE identity_credential_generation (
    id          INT     NOT NULL PRIMARY KEY CHECK (id = 1),
    generation  BIGINT  NOT NULL
);
INSERT INTO identity_credential_generation (id, generation) VALUES (1, 0);

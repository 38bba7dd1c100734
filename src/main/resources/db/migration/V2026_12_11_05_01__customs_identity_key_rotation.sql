-- Each run that sealed orderers' identities again with the current key (IdentityKeyRotation): which key, when, how
-- many were sealed again and how many opened with no configured key (left as they were).
CREATE TABLE customs_identity_key_rotation (
    id           UUID                     NOT NULL PRIMARY KEY,
    key_id       VARCHAR(8)               NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resealed     INTEGER                  NOT NULL CHECK (resealed >= 0),
    unreadable   INTEGER                  NOT NULL CHECK (unreadable >= 0)
);

CREATE INDEX customs_identity_key_rotation_at ON customs_identity_key_rotation (started_at);

-- Identity: organisations, users and roles, API tokens, sign-in throttling and the audit log.
CREATE TABLE identity_organisation (
    id                  UUID         NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(30)  NOT NULL CHECK (kind IN ('COOPERATIVE', 'SME', 'FARMER_GROUP', 'IMPORTER', 'CONSUMER',
                                                     'HUB_OPERATOR', 'CUSTOMS_AUTHORITY', 'LOGISTICS_PROVIDER', 'PLATFORM')),
    country_code        VARCHAR(2)   NOT NULL,
    hub_code            VARCHAR(8)   NOT NULL,
    phone               VARCHAR(15),
    verification        VARCHAR(20)  NOT NULL CHECK (verification IN ('PENDING', 'VERIFIED', 'REJECTED', 'NOT_REQUIRED')),
    verification_reason VARCHAR(500),
    verified_by         UUID,
    verified_at         TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT          NOT NULL DEFAULT 0
);
CREATE INDEX identity_organisation_hub_idx ON identity_organisation (hub_code, verification);

CREATE TABLE identity_user (
    id                 UUID         NOT NULL PRIMARY KEY,
    email              VARCHAR(254) NOT NULL UNIQUE,
    display_name       VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(100) NOT NULL,
    organisation_id    UUID         NOT NULL REFERENCES identity_organisation (id),
    preferred_language VARCHAR(5)   NOT NULL DEFAULT 'en',
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_user_organisation_idx ON identity_user (organisation_id);

CREATE TABLE identity_user_role (
    user_id UUID        NOT NULL REFERENCES identity_user (id),
    role    VARCHAR(20) NOT NULL CHECK (role IN ('BUYER', 'SELLER', 'HUB_OPERATOR', 'CUSTOMS_OFFICER', 'LOGISTICS_AGENT', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);

-- Only the SHA-256 of a token is kept; the token itself is shown once, when it is created.
CREATE TABLE identity_api_token (
    id           UUID         NOT NULL PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES identity_user (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_api_token_user_idx ON identity_api_token (user_id);

-- Failed sign-ins per key ("email:..." or "address:..."), shared by every instance behind the load balancer.
CREATE TABLE identity_login_throttle (
    throttle_key VARCHAR(300) NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);

CREATE TABLE identity_audit_event (
    id              UUID         NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    actor_user_id   UUID,
    actor           VARCHAR(254),
    organisation_id UUID,
    target          VARCHAR(254),
    remote_address  VARCHAR(64),
    details         VARCHAR(1000)
);
CREATE INDEX identity_audit_event_time_idx ON identity_audit_event (occurred_at);
CREATE INDEX identity_audit_event_action_idx ON identity_audit_event (action, occurred_at);

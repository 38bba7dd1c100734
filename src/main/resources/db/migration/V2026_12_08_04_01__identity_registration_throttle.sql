-- Registration attempts per client address ("address:...") and per login ("login:..." an e-mail or phone number),
-- counted in a fixed window, shared by every instance: registration must not answer "this e-mail has an account"
-- to a prober without limit.
CREATE TABLE identity_registration_throttle (
    throttle_key VARCHAR(300) NOT NULL PRIMARY KEY,
    attempts     INT          NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL
);

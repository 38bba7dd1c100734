-- Sign-in failures are now also counted per (address, account): "pair:<address> <e-mail>" needs up to
-- 5 + 45 (IPv6) + 1 + 254 (e-mail) characters.
ALTER TABLE identity_login_throttle ALTER COLUMN throttle_key SET DATA TYPE VARCHAR(400);

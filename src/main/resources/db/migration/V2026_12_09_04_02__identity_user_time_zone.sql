-- The time zone a user chose to read times in (an IANA id such as Africa/Kigali); NULL = their hub's zone.
ALTER TABLE identity_user ADD COLUMN time_zone VARCHAR(40);

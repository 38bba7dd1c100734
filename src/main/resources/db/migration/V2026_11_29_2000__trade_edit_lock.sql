-- One row per kind of trade reference data. Every edit first updates its kind's row, which holds a row lock until the
-- edit commits, so two operators saving rows of the same kind at once are checked for overlapping periods one after
-- the other: two overlapping rows can never both commit (that would stop the in-memory data from reloading).
CREATE TABLE trade_edit_lock (
    kind    VARCHAR(20) NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL
);
INSERT INTO trade_edit_lock (kind, version) VALUES ('tariff-line', 0);
INSERT INTO trade_edit_lock (kind, version) VALUES ('tax-rule', 0);
INSERT INTO trade_edit_lock (kind, version) VALUES ('cbec-rule', 0);
INSERT INTO trade_edit_lock (kind, version) VALUES ('freight-rate', 0);

-- The overlap checks and the operators' lists look rows up by their key.
CREATE INDEX trade_tax_rule_lookup_idx ON trade_tax_rule (importer, hs_prefix, tax);
CREATE INDEX trade_cbec_rule_lookup_idx ON trade_cbec_rule (importer);
CREATE INDEX trade_freight_rate_lookup_idx ON trade_freight_rate (origin_hub, destination_hub, mode);

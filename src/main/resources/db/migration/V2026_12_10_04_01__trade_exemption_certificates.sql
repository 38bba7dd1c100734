-- A buyer organisation's tax-exemption certificate (Rwanda's VAT exemption for machinery and capital goods of
-- registered processors): declared by the buyer, approved or refused by the hub operator of its hub. Only an approved
-- certificate valid on the quote's day waives the tax, on the HS codes of trade/reference-data/tax-exemptions.csv.
-- Each decision is recorded here (who, when, why) and in the audit log. Written once for PostgreSQL and H2.

CREATE TABLE trade_exemption_certificate (
    id                UUID          NOT NULL PRIMARY KEY,
    organisation_id   UUID          NOT NULL,
    organisation_name VARCHAR(200)  NOT NULL,
    hub               VARCHAR(10)   NOT NULL,
    importer          VARCHAR(2)    NOT NULL,
    condition_code    VARCHAR(60)   NOT NULL,
    number            VARCHAR(60)   NOT NULL,
    valid_from        DATE          NOT NULL,
    valid_to          DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    declared_by       UUID          NOT NULL,
    declared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        UUID,
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_reason   VARCHAR(500),
    CONSTRAINT trade_exemption_certificate_validity CHECK (valid_to > valid_from),
    CONSTRAINT trade_exemption_certificate_status CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
    CONSTRAINT trade_exemption_certificate_number UNIQUE (organisation_id, condition_code, number)
);
CREATE INDEX trade_exemption_certificate_org_idx ON trade_exemption_certificate (organisation_id, status);
CREATE INDEX trade_exemption_certificate_hub_idx ON trade_exemption_certificate (hub, status);

-- China's electronic tax bills (CEB816, 电子税单) received for released declarations: one row per tax bill number,
-- with customs' assessment (duty, VAT, consumption tax; fen) and the duty and taxes withheld from the buyer per the
-- quote. agrees = FALSE is shown to the hub operators (GET /api/v1/customs-tax-bills?agrees=false).
CREATE TABLE customs_tax_bill (
    id                  UUID          NOT NULL PRIMARY KEY,
    declaration_id      UUID          NOT NULL REFERENCES customs_declaration (id),
    guid                VARCHAR(40)   NOT NULL,
    tax_no              VARCHAR(50)   NOT NULL UNIQUE,
    invt_no             VARCHAR(40)   NOT NULL,
    status              VARCHAR(1)    NOT NULL,
    customs_tax_fen     BIGINT        NOT NULL,
    vat_fen             BIGINT        NOT NULL,
    consumption_tax_fen BIGINT        NOT NULL,
    withheld_fen        BIGINT        NOT NULL,
    agrees              BOOLEAN       NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customs_tax_bill_declaration ON customs_tax_bill (declaration_id);
CREATE INDEX customs_tax_bill_disagreeing ON customs_tax_bill (agrees, received_at);

-- A tax bill names the inventory number customs gave on release (kept as tax_bill_ref).
CREATE INDEX customs_declaration_tax_bill_ref ON customs_declaration (tax_bill_ref);

-- The simulated customs' side: the tax bill messages it sent (signed, as sent), apart from its receipts.
CREATE TABLE customs_sim_tax_bill (
    guid             VARCHAR(40)   NOT NULL PRIMARY KEY,
    body             VARCHAR(200000) NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

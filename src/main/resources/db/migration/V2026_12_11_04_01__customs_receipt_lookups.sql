-- A CEB412 receipt names its declaration by the payment transaction, a CEB512 by the waybill number
-- (CustomsReceipts -> DeclarationStore.answeredBy): without these indexes each such receipt read the whole
-- declaration table, so clearing N parcels cost O(N²) (the clearance benchmark, issue 15).
CREATE INDEX customs_declaration_pay_tx ON customs_declaration (pay_transaction_id);
CREATE INDEX customs_declaration_logistics_no ON customs_declaration (logistics_no);

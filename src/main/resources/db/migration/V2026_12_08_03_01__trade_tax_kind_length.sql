-- Kenya's import fees are tax rules of their own kinds (IMPORT_DECLARATION_FEE, RAILWAY_DEVELOPMENT_LEVY),
-- longer than the 20 characters the column allowed.
ALTER TABLE trade_tax_rule ALTER COLUMN tax SET DATA TYPE VARCHAR(40);

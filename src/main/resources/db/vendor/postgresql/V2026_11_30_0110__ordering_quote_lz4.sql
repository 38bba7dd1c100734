-- An order's landed-cost quote (quote_json, about 5 KB) is compressed out of line (TOAST). PostgreSQL's default pglz
-- took about 65 µs per order on the drop rush's hot path; lz4 (PostgreSQL 14+) compresses it about ten times faster
-- with a similar ratio. Only values written from now on are affected; older ones stay readable as they are.
ALTER TABLE ordering_order ALTER COLUMN quote_json SET COMPRESSION lz4;

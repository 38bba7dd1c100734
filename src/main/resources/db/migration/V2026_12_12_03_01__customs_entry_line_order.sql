-- The seller's order page reads the entries declaring an order's parcel through their lines.
CREATE INDEX customs_entry_line_order ON customs_entry_line (order_id);

-- The language of the authority's words when it queried an entry (BCP 47, from the receipt's xml:lang): the seller's
-- page shows those words as written, in that language, inside a page in the reader's language. NULL: not stated.
ALTER TABLE customs_entry ADD COLUMN reason_language VARCHAR(35);

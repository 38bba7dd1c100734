-- PostgreSQL only: full-text search over the storefront read model. The tokens are already normalised by the
-- application (see SearchText), so the 'simple' configuration only splits them; names weigh more than descriptions.
-- A GIN index answers "all these tokens, as prefixes" for Latin and Chinese text alike (Chinese is indexed as
-- single characters and character pairs, which also serves two-character queries that a trigram index cannot).
ALTER TABLE catalog_search ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', name_tokens), 'A') || setweight(to_tsvector('simple', body_tokens), 'B')
) STORED;
CREATE INDEX catalog_search_vector_idx ON catalog_search USING GIN (search_vector);

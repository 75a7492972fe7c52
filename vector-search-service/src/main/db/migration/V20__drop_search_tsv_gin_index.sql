-- phase: contract
-- V5's GIN index over chunks.search_tsv: keyword search reads the owner's postings (chunk_terms,
-- V15) since then, and a strict query checks search_tsv only on the chunks it scored, by id. Every
-- chunk written still paid for the GIN entries. Dropped concurrently after the rollout, when no pod
-- of a version before V15 (which matched words through it) is left.
DROP INDEX CONCURRENTLY IF EXISTS chunks_search_tsv_idx;

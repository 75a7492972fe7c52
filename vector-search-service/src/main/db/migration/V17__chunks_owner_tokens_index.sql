-- vector-search-service, version 17: BM25 needs the owner's chunk count and mean length per query;
-- with the chunks' lengths in the owner index it is an index-only scan instead of a read of every
-- chunk of the owner (scattered over the table: one page each). Built concurrently, so writes to
-- chunks continue; CONCURRENTLY cannot run in a transaction, hence a file of its own. It serves
-- every use of chunks_owner_idx (same leading column), which a later contract migration can drop.
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_owner_tokens_idx ON chunks (owner_id) INCLUDE (tokens);

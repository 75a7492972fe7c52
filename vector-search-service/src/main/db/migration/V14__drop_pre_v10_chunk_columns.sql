-- phase: contract
-- The columns no pod reads or writes any more: chunks.embedding and chunks.model_version (the
-- pre-V10 copy of a chunk's vector and its model; V10 moved them to chunk_vectors and embedding_models)
-- and chunks.tsv (V1's 'simple' tsvector, computed on every write, searched by nothing). A contract
-- migration: pods of the version before this one still clear embedding/model_version when a model
-- retires, so it runs once they are gone. Dropping a column only marks it dropped (no rewrite); the
-- lock it takes is brief.
ALTER TABLE chunks
    DROP COLUMN IF EXISTS tsv,
    DROP COLUMN IF EXISTS embedding,
    DROP COLUMN IF EXISTS model_version;

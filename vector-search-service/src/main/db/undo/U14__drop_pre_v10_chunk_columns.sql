-- phase: contract
-- The columns come back as V10 left them (nullable); the vectors stay in chunk_vectors, where every
-- version since V10 reads them, so the pre-V10 copies are not restored. tsv is recomputed for every
-- chunk (a table rewrite).
ALTER TABLE chunks
    ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED,
    ADD COLUMN IF NOT EXISTS embedding vector(384),
    ADD COLUMN IF NOT EXISTS model_version text;

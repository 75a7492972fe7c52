-- vector-search-service, version 10: vectors keyed by (model, chunk), and the models' lifecycle, so
-- the embedding model can change without a gap (docs/architecture.md, "Embedding models").
--
-- embedding_models: one row per model version that ever held vectors. building: the target, being
-- embedded in the background (reembed_cursor is how far the current pass has handed out chunks);
-- active: the one model queries read (at most one); retiring: replaced, its vectors being deleted
-- once every replica has stopped reading them; retired: no vector left. The partial unique indexes
-- keep at most one active and one building model.
CREATE TABLE IF NOT EXISTS embedding_models (
    model           text        PRIMARY KEY,
    state           text        NOT NULL CONSTRAINT embedding_models_state_check
                                CHECK (state IN ('building', 'active', 'retiring', 'retired')),
    reembed_cursor  bigint      NOT NULL DEFAULT 0,
    chunks_embedded bigint      NOT NULL DEFAULT 0,
    chunks_total    bigint,
    started_at      timestamptz NOT NULL DEFAULT now(),
    activated_at    timestamptz,
    retired_at      timestamptz,
    dropped_at      timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS embedding_models_one_active_idx ON embedding_models ((true)) WHERE state = 'active';
CREATE UNIQUE INDEX IF NOT EXISTS embedding_models_one_building_idx ON embedding_models ((true)) WHERE state = 'building';

-- chunk_vectors: a chunk's vector for one model. owner_id is the chunk's, repeated so the HNSW scan
-- (V11) filters on owner and model without a join. The primary key leads with the model (progress
-- counts, deleting a retired model's vectors, "which chunks lack the target's vector"); the chunk
-- index serves the cascade when chunks are replaced or deleted; the owner index the exact path the
-- planner takes for a small owner.
CREATE TABLE IF NOT EXISTS chunk_vectors (
    model     text        NOT NULL CONSTRAINT chunk_vectors_model_fk REFERENCES embedding_models (model),
    chunk_id  bigint      NOT NULL CONSTRAINT chunk_vectors_chunk_fk REFERENCES chunks (id) ON DELETE CASCADE,
    owner_id  text        NOT NULL,
    embedding vector(384) NOT NULL,
    CONSTRAINT chunk_vectors_pkey PRIMARY KEY (model, chunk_id)
);
CREATE INDEX IF NOT EXISTS chunk_vectors_chunk_idx ON chunk_vectors (chunk_id);
CREATE INDEX IF NOT EXISTS chunk_vectors_owner_model_idx ON chunk_vectors (owner_id, model);

-- The vectors chunks hold today move over with the model that made them: the model most chunks
-- have is active, any other retiring (its chunks get the active model's vector in the background).
INSERT INTO embedding_models (model, state, activated_at)
SELECT model_version,
       CASE WHEN row_number() OVER (ORDER BY count(*) DESC, model_version) = 1 THEN 'active' ELSE 'retiring' END,
       now()
FROM chunks GROUP BY model_version
ON CONFLICT (model) DO NOTHING;
UPDATE embedding_models SET retired_at = now() WHERE state = 'retiring' AND retired_at IS NULL;
INSERT INTO chunk_vectors (model, chunk_id, owner_id, embedding)
SELECT model_version, id, owner_id, embedding FROM chunks WHERE embedding IS NOT NULL
ON CONFLICT (model, chunk_id) DO NOTHING;

-- chunks.embedding and chunks.model_version are no longer written (NULL in new rows; the retiring
-- step clears them in old ones). Old pods keep writing them during the rollout, so they stay until
-- a contract migration drops them with their HNSW index.
ALTER TABLE chunks ALTER COLUMN embedding DROP NOT NULL;
ALTER TABLE chunks ALTER COLUMN model_version DROP NOT NULL;

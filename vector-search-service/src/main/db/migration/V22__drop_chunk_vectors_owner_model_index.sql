-- phase: contract
-- V10's index on chunk_vectors (owner_id, model): chunk_vectors_owner_vectors_idx (V18) has the same
-- key and holds the vectors too, so an owner's exact search never visits the table. Dropped
-- concurrently after the rollout, when no pod of a version before V18 is left.
DROP INDEX CONCURRENTLY IF EXISTS chunk_vectors_owner_model_idx;

-- phase: contract
-- V1's 'simple' full-text index over chunks.tsv: unused since keyword search moved to search_tsv
-- (V4/V5), yet every chunk written still paid for it. Dropped concurrently (no write is blocked),
-- after the rollout, when no pod of a version that could read it is left; V14 drops the column.
DROP INDEX CONCURRENTLY IF EXISTS chunks_tsv_idx;

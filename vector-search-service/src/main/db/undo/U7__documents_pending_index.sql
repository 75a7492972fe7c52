-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS documents_pending_idx;

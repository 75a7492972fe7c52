-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS documents_container_idx;

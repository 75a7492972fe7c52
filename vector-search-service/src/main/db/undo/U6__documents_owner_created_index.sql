-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS documents_owner_created_idx;

-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS chunks_id_document_idx;

-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS sessions_program_day_idx;

-- Sessions by program day: a day's completion looks up its sessions (program_day_id, template_id),
-- and deleting a day sets program_day_id NULL on its sessions (the foreign key's ON DELETE), which
-- without an index scans every session. Built without blocking writes, in a file of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS sessions_program_day_idx ON sessions (program_day_id, template_id) WHERE program_day_id IS NOT NULL;

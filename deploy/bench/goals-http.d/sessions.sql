-- pgbench: the first page (20) of a user's sessions, newest first.
\set u random(1, 100)
SELECT id, root_id, name, description, session_start, session_end, duration_minutes, total_duration_seconds, template_id,
       program_day_id, attributes, completed, completed_at, created_at, updated_at
FROM goals.sessions
WHERE owner_id = 'bench_' || lpad(:u::text, 3, '0') AND deleted_at IS NULL
ORDER BY coalesce(session_start, created_at) DESC, id DESC LIMIT 21;

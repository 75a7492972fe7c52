-- pgbench: what GET /api/goals/sessions?limit=20 runs (SessionRepository.list): the first page,
-- newest first, with each session's goal links.
\set u random(1, 100)
SELECT id, owner_id, root_id, name, description, session_start, session_end, duration_minutes, total_duration_seconds, template_id,
       program_day_id, attributes, completed, completed_at, created_at, updated_at,
       array(SELECT g.goal_id FROM goals.session_goals g WHERE g.session_id = sessions.id AND g.goal_type = 'short_term' ORDER BY g.created_at, g.goal_id),
       array(SELECT g.goal_id FROM goals.session_goals g WHERE g.session_id = sessions.id AND g.goal_type = 'immediate' ORDER BY g.created_at, g.goal_id)
FROM goals.sessions
WHERE owner_id = 'bench_' || lpad(:u::text, 3, '0') AND deleted_at IS NULL
ORDER BY coalesce(session_start, created_at) DESC, id DESC LIMIT 21;

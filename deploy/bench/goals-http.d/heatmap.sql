-- pgbench: a tree's heatmap for a calendar year: sessions and duration per day.
\set t random(1, 1000)
SELECT coalesce(session_start, created_at)::date AS day, count(*) AS sessions, sum(total_duration_seconds) AS seconds
FROM goals.sessions
WHERE owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND root_id = md5('goal-' || :t || '-0')::uuid
  AND deleted_at IS NULL
  AND coalesce(session_start, created_at) >= timestamptz '2026-01-01' AND coalesce(session_start, created_at) < timestamptz '2027-01-01'
GROUP BY 1 ORDER BY 1;

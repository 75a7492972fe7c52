-- pgbench: what GET /api/goals/analytics/heatmap?rootId=&year=2026 runs (AnalyticsRepository).
\set t random(1, 1000)
SELECT (coalesce(session_start, created_at) AT TIME ZONE 'UTC')::date AS day, count(*) AS sessions,
       coalesce(sum(total_duration_seconds), 0) AS seconds
FROM goals.sessions
WHERE owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND deleted_at IS NULL
  AND coalesce(session_start, created_at) >= timestamptz '2026-01-01 00:00Z' AND coalesce(session_start, created_at) < timestamptz '2027-01-01 00:00Z'
  AND root_id = md5('goal-' || :t || '-0')::uuid
GROUP BY 1 ORDER BY 1;

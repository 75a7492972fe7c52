-- pgbench: what GET /api/goals/analytics/activities/{id}/progress runs (AnalyticsRepository): one
-- statement: the activity row decides ownership (no row: 404), each of its metrics with, per instance
-- date, the top value and all values.
\set t random(1, 1000)
-- One of the five activities the tree practised (dataset.sql: activity (t + k) % 10, k = 0..4).
\set a (:t + random(0, 4)) % 10
WITH points AS MATERIALIZED (
  SELECT (i.created_at AT TIME ZONE 'UTC')::date AS day, v.metric_definition_id AS metric, max(v.value) AS top,
         array_agg(v.value ORDER BY i.created_at, i.id, v.set_index NULLS FIRST, v.id) AS all_values
  FROM goals.activity_instances i
  JOIN goals.metric_values v ON v.activity_instance_id = i.id AND v.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0')
  WHERE i.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND i.activity_definition_id = md5('act-' || :t || '-' || :a)::uuid
    AND i.deleted_at IS NULL
  GROUP BY 1, 2)
SELECT m.id, m.name, m.unit, m.is_top_set_metric, p.day, p.top, p.all_values
FROM goals.activity_definitions a
LEFT JOIN goals.metric_definitions m ON m.activity_id = a.id AND m.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND m.deleted_at IS NULL
LEFT JOIN points p ON p.metric = m.id
WHERE a.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND a.id = md5('act-' || :t || '-' || :a)::uuid AND a.deleted_at IS NULL
ORDER BY m.sort_order, m.name, m.id, p.day;

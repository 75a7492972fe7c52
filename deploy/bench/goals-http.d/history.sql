-- pgbench: an activity's history: its last 10 instances with their metric values.
\set t random(1, 1000)
\set a random(0, 9)
WITH recent AS (
  SELECT i.id, i.session_id, i.time_start, i.time_stop, i.duration_seconds, i.notes, i.created_at
  FROM goals.activity_instances i
  WHERE i.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0')
    AND i.activity_definition_id = md5('act-' || :t || '-' || :a)::uuid AND i.deleted_at IS NULL
  ORDER BY i.created_at DESC LIMIT 10)
SELECT r.*, v.metric_definition_id, v.split_definition_id, v.set_index, v.value
FROM recent r LEFT JOIN goals.metric_values v ON v.activity_instance_id = r.id
ORDER BY r.created_at DESC, v.metric_definition_id, v.set_index;

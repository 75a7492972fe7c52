-- pgbench: an activity's progress over time: per instance, the top value and every value per metric.
\set t random(1, 1000)
\set a random(0, 9)
SELECT i.created_at::date AS day, v.metric_definition_id, max(v.value) AS top, array_agg(v.value ORDER BY v.set_index) AS all_values
FROM goals.activity_instances i JOIN goals.metric_values v ON v.activity_instance_id = i.id
WHERE i.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0')
  AND i.activity_definition_id = md5('act-' || :t || '-' || :a)::uuid AND i.deleted_at IS NULL
GROUP BY 1, 2 ORDER BY 1, 2;

-- pgbench: what GET /api/goals/activities/{id}/history?limit=10 runs (InstanceRepository.history):
-- one statement: the activity row decides ownership (no row: 404), then the last 10 instances with
-- their session, metric values and notes.
\set t random(1, 1000)
-- One of the five activities the tree practised (dataset.sql: activity (t + k) % 10, k = 0..4).
\set a (:t + random(0, 4)) % 10
SELECT h.* FROM goals.activity_definitions a LEFT JOIN LATERAL (
  SELECT i.id, i.owner_id, i.root_id, i.session_id, i.activity_definition_id, i.sort_order, i.time_start, i.time_stop, i.duration_seconds,
         i.completed, i.created_at, i.updated_at,
         coalesce((SELECT json_agg(json_build_object('metricId', v.metric_definition_id, 'splitId', v.split_definition_id,
                     'setIndex', v.set_index, 'value', v.value) ORDER BY v.set_index NULLS FIRST, m.sort_order, sp.sort_order)
                   FROM goals.metric_values v JOIN goals.metric_definitions m ON m.id = v.metric_definition_id
                   LEFT JOIN goals.split_definitions sp ON sp.id = v.split_definition_id
                   WHERE v.activity_instance_id = i.id), '[]') AS metric_values,
         s.name AS session_name, coalesce(s.session_start, s.created_at) AS session_at,
         coalesce((SELECT json_agg(json_build_object('id', n.id, 'setIndex', n.set_index, 'content', n.content, 'createdAt', n.created_at)
                     ORDER BY n.created_at, n.id)
                   FROM goals.notes n WHERE n.activity_instance_id = i.id AND n.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0')
                     AND n.deleted_at IS NULL), '[]') AS notes
  FROM goals.activity_instances i LEFT JOIN goals.sessions s ON s.id = i.session_id
  WHERE i.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND i.activity_definition_id = md5('act-' || :t || '-' || :a)::uuid
    AND i.deleted_at IS NULL AND (s.id IS NULL OR s.deleted_at IS NULL)
  ORDER BY i.created_at DESC, i.id DESC LIMIT 10) h ON true
WHERE a.owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND a.id = md5('act-' || :t || '-' || :a)::uuid AND a.deleted_at IS NULL
ORDER BY h.created_at DESC, h.id DESC;

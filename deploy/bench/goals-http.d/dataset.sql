-- The goals benchmark dataset (issue 9: 100 users x 10 trees x 1,000 goals, 200,000 sessions,
-- 1,000,000 activity instances, 2,000,000 metric values), generated deterministically in SQL.
-- Tree t (1..1000) belongs to bench_((t - 1) % 100 + 1); its goal i (0..999) has id
-- md5('goal-t-i'), parent (i - 1) / 5 (a 5-ary tree: depth 0 UltimateGoal ... depth 5 MicroGoal).
-- Each tree has 10 activities with 2 metrics; session s (1..200,000) is in tree (s - 1) % 1000 + 1,
-- starts within the two years before 2026-11-01, holds 5 activity instances with one value per
-- metric each. Re-running inserts nothing twice (ON CONFLICT DO NOTHING).
SET search_path TO goals, public;
SET synchronous_commit = off;

CREATE TEMP TABLE bench_levels (depth int PRIMARY KEY, level text);
INSERT INTO bench_levels VALUES (0, 'UltimateGoal'), (1, 'LongTermGoal'), (2, 'MidTermGoal'), (3, 'ShortTermGoal'),
  (4, 'ImmediateGoal'), (5, 'MicroGoal');

-- depth(i) in a 5-ary heap: i = 0 -> 0, 1..5 -> 1, 6..30 -> 2, 31..155 -> 3, 156..780 -> 4, 781.. -> 5.
CREATE TEMP TABLE bench_goal_shape AS
SELECT i, CASE WHEN i = 0 THEN NULL ELSE (i - 1) / 5 END AS parent,
       CASE WHEN i = 0 THEN 0 WHEN i <= 5 THEN 1 WHEN i <= 30 THEN 2 WHEN i <= 155 THEN 3 WHEN i <= 780 THEN 4 ELSE 5 END AS depth
FROM generate_series(0, 999) i;

INSERT INTO goals (id, owner_id, root_id, parent_id, level, title, description, sort_order, completed_at, created_at, updated_at)
SELECT md5('goal-' || t || '-' || s.i)::uuid,
       'bench_' || lpad(((t - 1) % 100 + 1)::text, 3, '0'),
       md5('goal-' || t || '-0')::uuid,
       CASE WHEN s.parent IS NULL THEN NULL ELSE md5('goal-' || t || '-' || s.parent)::uuid END,
       l.level, 'Goal ' || t || '.' || s.i, 'Benchmark goal ' || s.i || ' of tree ' || t, s.i % 5,
       CASE WHEN (t + s.i) % 3 = 0 THEN timestamptz '2026-01-01' + ((t * 7 + s.i) % 300 || ' days')::interval END,
       timestamptz '2025-01-01' + (s.i || ' minutes')::interval, timestamptz '2025-01-01' + (s.i || ' minutes')::interval
FROM generate_series(1, 1000) t, bench_goal_shape s JOIN bench_levels l USING (depth)
ON CONFLICT DO NOTHING;

INSERT INTO activity_definitions (id, owner_id, root_id, name, has_sets, has_metrics, sort_order)
SELECT md5('act-' || t || '-' || a)::uuid, 'bench_' || lpad(((t - 1) % 100 + 1)::text, 3, '0'), md5('goal-' || t || '-0')::uuid,
       'Activity ' || a, a % 2 = 0, true, a
FROM generate_series(1, 1000) t, generate_series(0, 9) a
ON CONFLICT DO NOTHING;

INSERT INTO metric_definitions (id, owner_id, activity_id, name, unit, is_top_set_metric, sort_order)
SELECT md5('met-' || t || '-' || a || '-' || m)::uuid, 'bench_' || lpad(((t - 1) % 100 + 1)::text, 3, '0'),
       md5('act-' || t || '-' || a)::uuid, CASE m WHEN 1 THEN 'weight' ELSE 'reps' END, CASE m WHEN 1 THEN 'kg' ELSE 'reps' END,
       m = 1, m
FROM generate_series(1, 1000) t, generate_series(0, 9) a, generate_series(1, 2) m
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_sessions AS
SELECT s, (s - 1) % 1000 + 1 AS t,
       timestamptz '2026-11-01' - ((s::bigint * 317 % (730 * 24 * 60)) || ' minutes')::interval AS started
FROM generate_series(1, 200000) s;

INSERT INTO sessions (id, owner_id, root_id, name, session_start, session_end, total_duration_seconds, completed, completed_at,
                      created_at, updated_at)
SELECT md5('ses-' || s)::uuid, 'bench_' || lpad(((t - 1) % 100 + 1)::text, 3, '0'), md5('goal-' || t || '-0')::uuid,
       'Session ' || s, started, started + interval '50 minutes', 3000, s % 10 <> 0,
       CASE WHEN s % 10 <> 0 THEN started + interval '50 minutes' END, started, started
FROM bench_sessions
ON CONFLICT DO NOTHING;

INSERT INTO activity_instances (id, owner_id, root_id, session_id, activity_definition_id, sort_order, time_start, time_stop,
                                duration_seconds, completed, created_at, updated_at)
SELECT md5('ins-' || s || '-' || k)::uuid, 'bench_' || lpad(((t - 1) % 100 + 1)::text, 3, '0'), md5('goal-' || t || '-0')::uuid,
       md5('ses-' || s)::uuid, md5('act-' || t || '-' || ((s + k) % 10))::uuid, k,
       started + (k * 10 || ' minutes')::interval, started + (k * 10 + 8 || ' minutes')::interval, 480, true,
       started + (k * 10 || ' minutes')::interval, started + (k * 10 || ' minutes')::interval
FROM bench_sessions, generate_series(0, 4) k
ON CONFLICT DO NOTHING;

INSERT INTO metric_values (id, owner_id, activity_instance_id, metric_definition_id, set_index, value, created_at, updated_at)
SELECT md5('mv-' || s || '-' || k || '-' || m)::uuid, 'bench_' || lpad(((t - 1) % 100 + 1)::text, 3, '0'),
       md5('ins-' || s || '-' || k)::uuid, md5('met-' || t || '-' || ((s + k) % 10) || '-' || m)::uuid,
       CASE WHEN (s + k) % 2 = 0 THEN 0 END,
       CASE m WHEN 1 THEN 20 + abs(hashint8(s::bigint * 10 + k)) % 100 ELSE 1 + abs(hashint8(s::bigint * 10 + k + 5)) % 20 END,
       started + (k * 10 || ' minutes')::interval, started + (k * 10 || ' minutes')::interval
FROM bench_sessions, generate_series(0, 4) k, generate_series(1, 2) m
ON CONFLICT DO NOTHING;

ANALYZE goals, activity_definitions, metric_definitions, sessions, activity_instances, metric_values;

-- pgbench: the whole tree of 1,000 goals (one indexed lookup on owner + root).
\set t random(1, 1000)
SELECT id, owner_id, root_id, parent_id, level, title, description, sort_order, deadline, completed_at, created_at, updated_at
FROM goals.goals
WHERE owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND root_id = md5('goal-' || :t || '-0')::uuid
  AND deleted_at IS NULL;

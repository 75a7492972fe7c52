-- pgbench: what GET /api/goals/goals/{id}/tree runs (GoalRepository.treeOf): the goal's tree, one
-- indexed lookup on (owner, root); the service orders the 1,000 rows in memory and writes their JSON.
\set t random(1, 1000)

SELECT id, owner_id, root_id, parent_id, level, title, description, deadline, sort_order, completed_at, created_at, updated_at, deleted_at
FROM goals.goals WHERE owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND deleted_at IS NULL AND root_id =
  (SELECT root_id FROM goals.goals WHERE owner_id = 'bench_' || lpad(((:t - 1) % 100 + 1)::text, 3, '0') AND id = md5('goal-' || :t || '-0')::uuid AND deleted_at IS NULL);

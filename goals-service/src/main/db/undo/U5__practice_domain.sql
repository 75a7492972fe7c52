-- phase: contract
-- Undo of V5: removes sessions, activities, notes, templates, programs and targets (data included).
DROP TABLE IF EXISTS notes, metric_values, activity_instances, session_goals, sessions, program_day_templates,
    program_days, program_block_goals, program_blocks, programs, session_templates, goal_targets,
    split_definitions, metric_definitions, activity_definitions, activity_groups;
ALTER TABLE goals DROP COLUMN IF EXISTS deadline, DROP COLUMN IF EXISTS legacy_id;

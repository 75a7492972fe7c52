package dev.assistant.migration.importer.goals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Small goals.db files, one per legacy schema generation, built with sqlite-jdbc, each holding the
 * facts an import must respect: orphans of every kind, roots that point at themselves or are NULL,
 * sessions in three places, values only in JSON, hard-deleted metrics, invalid JSON, drift, soft
 * deletes and times that disagree.
 */
public final class LegacyGoalsFiles {

    private LegacyGoalsFiles() {}

    /**
     * v1: practice_sessions of their own; a missing parent, an unknown type, orphans, bad values.
     */
    public static Path v1(Path dir) throws SQLException {
        return create(
                dir.resolve("v1.db"),
                """
                CREATE TABLE goals (id TEXT PRIMARY KEY, type TEXT, name TEXT, description TEXT, deadline TEXT, completed BOOLEAN,
                                    created_at TEXT, parent_id TEXT, targets TEXT);
                CREATE TABLE practice_sessions (id TEXT PRIMARY KEY, name TEXT, description TEXT, completed BOOLEAN, created_at TEXT,
                                                root_id TEXT, session_data TEXT, duration_minutes INTEGER);
                CREATE TABLE practice_session_goals (id INTEGER PRIMARY KEY, practice_session_id TEXT, short_term_goal_id TEXT, created_at TEXT);
                CREATE TABLE session_templates (id TEXT PRIMARY KEY, name TEXT, description TEXT, root_id TEXT, created_at TEXT, template_data TEXT);
                CREATE TABLE activity_definitions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, created_at TEXT,
                                                   has_sets BOOLEAN, has_metrics BOOLEAN);
                CREATE TABLE metric_definitions (id TEXT PRIMARY KEY, activity_id TEXT, name TEXT, unit TEXT, created_at TEXT);
                CREATE TABLE activity_instances (id TEXT PRIMARY KEY, practice_session_id TEXT, activity_definition_id TEXT, created_at TEXT,
                                                 time_start TEXT, time_stop TEXT, duration_seconds INTEGER);
                CREATE TABLE metric_values (id TEXT PRIMARY KEY, activity_instance_id TEXT, metric_definition_id TEXT, value REAL);
                INSERT INTO goals VALUES
                  ('root', 'UltimateGoal', 'Chơi guitar 🎸', NULL, NULL, 0, '2025-01-01 10:00:00.123456', NULL, NULL),
                  ('lt', 'LongTermGoal', 'Learn songs', NULL, NULL, 0, '2025-01-01 10:01:00', 'root', NULL),
                  ('st', 'ShortTermGoal', 'Play Double Down', NULL, '2025-02-01 00:00:00.000000', 1, '2025-01-01 10:02:00', 'lt',
                   '[{"id": "t1", "activity_id": "act", "name": "Full song", "description": "", "metrics": [{"metric_id": "m-bpm", "value": 90}, {"metric_id": "m-gone", "value": 5}]}]'),
                  ('lost', 'MidTermGoal', 'Parent was deleted', NULL, NULL, 0, '2025-01-01 10:03:00', 'missing-parent', NULL),
                  ('weird', 'Wizard', 'Unknown type', NULL, NULL, 0, '2025-01-01 10:04:00', 'root', NULL);
                INSERT INTO practice_sessions VALUES
                  ('s1', 'Morning practice', NULL, 1, '2025-01-02 08:00:00', 'root', '{"sections": []}', 30),
                  ('s2', 'Broken data', NULL, 0, '2025-01-03 08:00:00', 'root', '{"sections": [', 10);
                INSERT INTO practice_session_goals VALUES (1, 's1', 'st', '2025-01-02 08:00:00'), (2, 's1', 'nope', '2025-01-02 08:00:00');
                INSERT INTO session_templates VALUES ('tpl', 'Standard', NULL, 'root', '2025-01-01 11:00:00', '{"sections": []}');
                INSERT INTO activity_definitions VALUES ('act', 'root', 'Double Down', NULL, '2025-01-01 10:05:00', 1, 1);
                INSERT INTO metric_definitions VALUES ('m-bpm', 'act', 'Tempo', 'bpm', '2025-01-01 10:05:01');
                INSERT INTO activity_instances VALUES
                  ('i1', 's1', 'act', '2025-01-02 08:05:00', '2025-01-02 08:05:00', '2025-01-02 08:15:00', 600),
                  ('i2', 's1', 'act-deleted', '2025-01-02 08:20:00', NULL, NULL, NULL),
                  ('i3', 's-gone', 'act', '2025-01-02 08:30:00', NULL, NULL, NULL);
                INSERT INTO metric_values VALUES
                  ('v1', 'i1', 'm-bpm', 90.0), ('v2', 'i1', 'm-gone', 5.0), ('v3', 'i2', 'm-gone-2', 7.5),
                  ('v4', 'i-gone', 'm-bpm', 1.0), ('v5', 'i1', 'm-bpm', 'fast');
                """);
    }

    /** v2: sessions are goals rows; root_id NULL on many rows; a non-root with NULL parent. */
    static Path v2(Path dir) throws SQLException {
        return create(
                dir.resolve("v2.db"),
                """
                CREATE TABLE goals (id TEXT PRIMARY KEY, type TEXT, name TEXT, description TEXT, deadline TEXT, completed BOOLEAN,
                                    created_at TEXT, parent_id TEXT, root_id TEXT, duration_minutes INTEGER, session_data TEXT, targets TEXT);
                CREATE TABLE practice_session_goals (practice_session_id TEXT, short_term_goal_id TEXT, PRIMARY KEY (practice_session_id, short_term_goal_id));
                CREATE TABLE activity_definitions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, created_at TEXT,
                                                   has_sets BOOLEAN, has_metrics BOOLEAN);
                CREATE TABLE metric_definitions (id TEXT PRIMARY KEY, activity_id TEXT, name TEXT, unit TEXT, created_at TEXT,
                                                 deleted_at TEXT, is_active BOOLEAN);
                CREATE TABLE activity_instances (id TEXT PRIMARY KEY, practice_session_id TEXT, activity_definition_id TEXT, created_at TEXT,
                                                 time_start TEXT, time_stop TEXT, duration_seconds INTEGER);
                CREATE TABLE metric_values (id TEXT PRIMARY KEY, activity_instance_id TEXT, metric_definition_id TEXT, value REAL);
                INSERT INTO goals VALUES
                  ('root', 'UltimateGoal', 'Chơi guitar 🎸', NULL, NULL, 0, '2025-01-01 10:00:00.123456', NULL, NULL, NULL, NULL, NULL),
                  ('lt', 'LongTermGoal', 'Learn songs (renamed)', NULL, NULL, 0, '2025-01-01 10:01:00', 'root', NULL, NULL, NULL, NULL),
                  ('st', 'ShortTermGoal', 'Play Double Down', NULL, '2025-02-01 00:00:00.000000', 1, '2025-01-01 10:02:00', 'lt', NULL, NULL, NULL,
                   '[{"id": "t1", "activity_id": "act", "name": "Full song", "description": "", "metrics": [{"metric_id": "m-bpm", "value": 90}, {"metric_id": "m-gone", "value": 5}]}]'),
                  ('mt2', 'MidTermGoal', 'No parent, but a root', NULL, NULL, 0, '2025-01-05 10:00:00', NULL, 'root', NULL, NULL, NULL),
                  ('s1', 'PracticeSession', 'Morning practice', NULL, NULL, 1, '2025-01-02 08:00:00', 'st', 'root', 30, '{"sections": []}', NULL),
                  ('s3', 'PracticeSession', 'Evening', NULL, NULL, 0, '2025-01-04 18:00:00', NULL, 's3', 15, NULL, NULL);
                INSERT INTO practice_session_goals VALUES ('s3', 'st');
                INSERT INTO activity_definitions VALUES ('act', 'root', 'Double Down', NULL, '2025-01-01 10:05:00', 1, 1);
                INSERT INTO metric_definitions VALUES ('m-bpm', 'act', 'Tempo', 'bpm', '2025-01-01 10:05:01', NULL, 1);
                INSERT INTO activity_instances VALUES ('i1', 's1', 'act', '2025-01-02 08:05:00', '2025-01-02 08:05:00', '2025-01-02 08:15:00', 600);
                INSERT INTO metric_values VALUES ('v1', 'i1', 'm-bpm', 90.0), ('v2', 'i1', 'm-gone', 5.0);
                """);
    }

    /**
     * v3, a drifted copy (no has_splits, group_id, split_definition_id): a root pointing at itself,
     * a soft-deleted goal, set values only in JSON, invalid JSON, programs, scheduled sessions; a
     * program whose weekly_schedule is the legacy block list (a block and a day also in the tables,
     * others only in the JSON, per-block weekly schedules, orphans), programs' own goal_ids (one
     * program without a block).
     */
    static Path v3(Path dir) throws SQLException {
        return create(
                dir.resolve("v3.db"),
                """
                CREATE TABLE goals (id TEXT PRIMARY KEY, type TEXT, name TEXT, description TEXT, deadline TEXT, completed BOOLEAN, created_at TEXT,
                                    parent_id TEXT, root_id TEXT, duration_minutes INTEGER, session_data TEXT, targets TEXT, updated_at TEXT,
                                    session_start TEXT, session_end TEXT, total_duration_seconds INTEGER, template_id TEXT, attributes TEXT,
                                    deleted_at TEXT, sort_order INTEGER);
                CREATE TABLE session_templates (id TEXT PRIMARY KEY, name TEXT, description TEXT, root_id TEXT, created_at TEXT, template_data TEXT,
                                                deleted_at TEXT, updated_at TEXT);
                CREATE TABLE activity_groups (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, created_at TEXT, sort_order INTEGER,
                                              deleted_at TEXT, updated_at TEXT);
                CREATE TABLE activity_definitions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, created_at TEXT, has_sets BOOLEAN,
                                                   has_metrics BOOLEAN, metrics_multiplicative BOOLEAN, deleted_at TEXT, updated_at TEXT);
                CREATE TABLE metric_definitions (id TEXT PRIMARY KEY, activity_id TEXT, name TEXT, unit TEXT, created_at TEXT, deleted_at TEXT,
                                                 is_active BOOLEAN, is_top_set_metric BOOLEAN, is_multiplicative BOOLEAN, root_id TEXT,
                                                 updated_at TEXT, sort_order INTEGER);
                CREATE TABLE split_definitions (id TEXT PRIMARY KEY, activity_id TEXT, name TEXT, "order" INTEGER, created_at TEXT, root_id TEXT,
                                                deleted_at TEXT, updated_at TEXT);
                CREATE TABLE activity_instances (id TEXT PRIMARY KEY, practice_session_id TEXT, activity_definition_id TEXT, created_at TEXT,
                                                 time_start TEXT, time_stop TEXT, duration_seconds INTEGER, root_id TEXT, deleted_at TEXT,
                                                 updated_at TEXT, sort_order INTEGER, completed BOOLEAN, notes TEXT, data TEXT);
                CREATE TABLE metric_values (id TEXT PRIMARY KEY, activity_instance_id TEXT, metric_definition_id TEXT, value REAL, root_id TEXT,
                                            updated_at TEXT, created_at TEXT);
                CREATE TABLE practice_session_goals (practice_session_id TEXT, short_term_goal_id TEXT);
                CREATE TABLE programs (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, start_date TEXT, end_date TEXT, created_at TEXT,
                                       updated_at TEXT, is_active BOOLEAN, goal_ids TEXT, weekly_schedule TEXT);
                CREATE TABLE program_blocks (id TEXT PRIMARY KEY, program_id TEXT, name TEXT, start_date TEXT, end_date TEXT, color TEXT, goal_ids TEXT);
                CREATE TABLE program_days (id TEXT PRIMARY KEY, block_id TEXT, date TEXT, day_number INTEGER, name TEXT, notes TEXT);
                CREATE TABLE scheduled_sessions (id TEXT PRIMARY KEY, day_id TEXT, session_template_id TEXT, is_completed BOOLEAN, completion_data TEXT);
                INSERT INTO goals (id, type, name, created_at, updated_at, parent_id, root_id, deleted_at, sort_order, completed) VALUES
                  ('r3', 'UltimateGoal', 'Calisthenics', '2025-03-01 09:00:00', '2025-03-01 09:00:00', NULL, 'r3', NULL, 0, 0),
                  ('c1', 'LongTermGoal', 'Front lever', '2025-03-01 09:01:00', '2025-03-01 09:30:00', 'r3', 'r3', '2025-03-01 09:30:00', 1, 0);
                INSERT INTO goals (id, type, name, created_at, updated_at, parent_id, root_id, session_start, session_end, total_duration_seconds,
                                   attributes, completed, duration_minutes) VALUES
                  ('ps', 'PracticeSession', 'Upper body', '2025-03-02 10:00:00', '2025-03-02 11:00:00', 'c1', 'r3', '2025-03-02T10:00:00.000Z',
                   '2025-03-02T11:00:00.000Z', 3600, '{"a": 1}', 1, 60);
                INSERT INTO session_templates VALUES ('tpl3', 'Upper', NULL, 'r3', '2025-03-01 09:00:00', '{"sections": []}', NULL, '2025-03-01 09:00:00');
                INSERT INTO activity_groups VALUES ('grp', 'r3', 'Strength', NULL, '2025-03-01 09:00:00', 0, NULL, '2025-03-01 09:00:00');
                INSERT INTO activity_definitions VALUES ('pull', 'r3', 'Pull ups', NULL, '2025-03-01 09:00:00', 1, 1, 0, NULL, '2025-03-01 09:00:00');
                INSERT INTO metric_definitions VALUES ('reps', 'pull', 'Reps', 'count', '2025-03-01 09:00:00', NULL, 1, 1, 0, 'r3', '2025-03-01 09:00:00', 0);
                INSERT INTO split_definitions VALUES ('left', 'pull', 'Left', 0, '2025-03-01 09:00:00', 'r3', NULL, '2025-03-01 09:00:00');
                INSERT INTO activity_instances VALUES
                  ('ai1', 'ps', 'pull', '2025-03-02 10:05:00', '2025-03-02 10:10:00', '2025-03-02 10:05:00', 300, 'r3', NULL, '2025-03-02 10:10:00', 0, 1, 'good form',
                   '{"sets": [{"metrics": [{"metric_id": "reps", "value": "8"}, {"metric_id": "weight-gone", "value": 20}]}, {"metrics": [{"metric_id": "reps", "value": 10}]}]}'),
                  ('ai2', 'ps', 'pull', '2025-03-02 10:20:00', NULL, NULL, NULL, 'r3', NULL, '2025-03-02 10:20:00', 1, 0, NULL, '{"sets": [');
                INSERT INTO metric_values VALUES ('mv1', 'ai2', 'reps', 12.0, 'r3', '2025-03-02 10:21:00', '2025-03-02 10:21:00');
                INSERT INTO programs VALUES ('prog', 'r3', 'March plan', NULL, '2025-03-01 00:00:00.000000', '2025-03-31 00:00:00.000000',
                                             '2025-03-01 09:00:00', '2025-03-01 09:00:00', 1, '["c1"]',
                                             '{"monday": ["tpl3"], "someday": ["tpl3"], "friday": ["tpl-gone"]}');
                INSERT INTO programs VALUES ('prog2', 'r3', 'April plan', NULL, '2025-04-01 00:00:00.000000', '2025-04-30 00:00:00.000000',
                                             '2025-03-20 09:00:00', '2025-03-20 09:00:00', 1, '["r3", "goal-gone"]',
                  '[{"id": "b2", "name": "Base", "startDate": "2025-04-01", "endDate": "2025-04-13", "color": "#00ff00", "goal_ids": [],
                     "weeklySchedule": {"monday": ["tpl3"], "daily": []},
                     "days": [{"id": "d2", "block_id": "b2", "day_number": 1, "name": "Day 1", "notes": null, "is_completed": false,
                               "templates": [{"id": "tpl3", "name": "Upper"}], "completed_sessions": []}]},
                    {"id": "jb", "name": "Peak", "startDate": "2025-04-14", "endDate": "2025-05-04", "color": "#0000ff", "goal_ids": ["c1", "goal-gone"],
                     "weeklySchedule": {"wednesday": ["tpl3"], "daily": ["tpl-gone"]},
                     "days": [{"id": "jd1", "day_number": 1, "name": "Test day", "notes": "max reps", "is_completed": true,
                               "templates": [{"id": "tpl3"}, {"id": "tpl-gone"}], "completed_sessions": ["ps"]}]},
                    "not a block"]');
                INSERT INTO programs VALUES ('prog3', 'r3', 'No blocks', NULL, '2025-05-01 00:00:00.000000', '2025-05-31 00:00:00.000000',
                                             '2025-04-20 09:00:00', '2025-04-20 09:00:00', 0, '["c1"]', '[]');
                INSERT INTO program_blocks VALUES ('b1', 'prog', 'Block 1', '2025-03-01', '2025-03-14', '#ff0000', '["c1"]'),
                                                  ('b2', 'prog2', 'Base', '2025-04-01', '2025-04-13', '#00ff00', NULL);
                INSERT INTO program_days VALUES ('d1', 'b1', '2025-03-03', 1, 'Day 1', NULL), ('d-orphan', 'b-gone', NULL, 2, 'Lost day', NULL),
                                                ('d2', 'b2', NULL, 1, 'Day 1', NULL);
                INSERT INTO scheduled_sessions VALUES ('sch1', 'd1', 'tpl3', 0, NULL);
                """);
    }

    /**
     * v4: sessions (one also in v1 and v2), session_goals, notes (one live under a deleted
     * session); times that disagree; soft-deleted rows; orphaned and unknown-type links.
     */
    static Path v4(Path dir) throws SQLException {
        return create(
                dir.resolve("v4.db"),
                """
                CREATE TABLE goals (id TEXT PRIMARY KEY, type TEXT, name TEXT, description TEXT, deadline TEXT, completed BOOLEAN, created_at TEXT,
                                    parent_id TEXT, root_id TEXT, duration_minutes INTEGER, session_data TEXT, targets TEXT, updated_at TEXT,
                                    session_start TEXT, session_end TEXT, total_duration_seconds INTEGER, template_id TEXT, attributes TEXT,
                                    deleted_at TEXT, sort_order INTEGER, program_day_id TEXT, completed_at TEXT);
                CREATE TABLE session_templates (id TEXT PRIMARY KEY, name TEXT, description TEXT, root_id TEXT, created_at TEXT, template_data TEXT,
                                                deleted_at TEXT, updated_at TEXT);
                CREATE TABLE activity_definitions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, created_at TEXT, has_sets BOOLEAN,
                                                   has_metrics BOOLEAN, metrics_multiplicative BOOLEAN, has_splits BOOLEAN, group_id TEXT,
                                                   deleted_at TEXT, updated_at TEXT);
                CREATE TABLE metric_definitions (id TEXT PRIMARY KEY, activity_id TEXT, name TEXT, unit TEXT, created_at TEXT, deleted_at TEXT,
                                                 is_active BOOLEAN, is_top_set_metric BOOLEAN, is_multiplicative BOOLEAN, root_id TEXT,
                                                 updated_at TEXT, sort_order INTEGER);
                CREATE TABLE sessions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, session_start TEXT, session_end TEXT,
                                       duration_minutes INTEGER, total_duration_seconds INTEGER, template_id TEXT, program_day_id TEXT,
                                       attributes TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT, completed BOOLEAN, completed_at TEXT);
                CREATE TABLE session_goals (session_id TEXT, goal_id TEXT, goal_type TEXT, created_at TEXT);
                CREATE TABLE activity_instances (id TEXT PRIMARY KEY, practice_session_id TEXT, activity_definition_id TEXT, created_at TEXT,
                                                 time_start TEXT, time_stop TEXT, duration_seconds INTEGER, root_id TEXT, deleted_at TEXT,
                                                 updated_at TEXT, sort_order INTEGER, completed BOOLEAN, notes TEXT, data TEXT, session_id TEXT);
                CREATE TABLE metric_values (id TEXT PRIMARY KEY, activity_instance_id TEXT, metric_definition_id TEXT, value REAL, root_id TEXT,
                                            updated_at TEXT, created_at TEXT, split_definition_id TEXT);
                CREATE TABLE notes (id TEXT PRIMARY KEY, root_id TEXT, context_type TEXT, context_id TEXT, session_id TEXT, activity_instance_id TEXT,
                                    activity_definition_id TEXT, set_index INTEGER, content TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT);
                CREATE TABLE program_day_templates (program_day_id TEXT, session_template_id TEXT, "order" INTEGER);
                INSERT INTO goals (id, type, name, created_at, updated_at, parent_id, root_id, completed, sort_order) VALUES
                  ('root4', 'UltimateGoal', 'Get strong', '2025-04-01 09:00:00', '2025-04-01 09:00:00', NULL, 'root4', 0, 0),
                  ('lt4', 'LongTermGoal', 'Pull ups', '2025-04-01 09:01:00', '2025-04-01 09:01:00', 'root4', 'root4', 0, 0),
                  ('st4', 'ShortTermGoal', '10 strict pull ups', '2025-04-01 12:00:00', '2025-04-01 11:00:00', 'lt4', NULL, 0, 0),
                  ('im4', 'ImmediateGoal', 'Warm up', '2025-04-01 12:01:00', '2025-04-01 12:01:00', 'st4', NULL, 0, 0);
                INSERT INTO session_templates VALUES ('tpl4', 'Pull day', NULL, 'root4', '2025-04-01 09:00:00', '{"sections": []}', NULL, '2025-04-01 09:00:00');
                INSERT INTO activity_definitions VALUES ('pull4', 'root4', 'Pull ups', NULL, '2025-04-01 09:00:00', 1, 1, 0, 0, NULL, NULL, '2025-04-01 09:00:00');
                INSERT INTO metric_definitions VALUES ('reps4', 'pull4', 'Reps', 'count', '2025-04-01 09:00:00', NULL, 1, 1, 0, 'root4', '2025-04-01 09:00:00', 0);
                INSERT INTO sessions VALUES
                  ('s1', 'root4', 'Morning practice', NULL, '2025-01-02 08:00:00', '2025-01-02 08:30:00', 30, 1800, NULL, NULL, '{"sections": []}',
                   '2025-01-02 08:00:00', '2025-01-02 08:30:00', NULL, 1, '2025-01-02 08:30:00'),
                  ('s4', 'root4', 'Evening session', 'Ghi chú ✍️', '2025-04-02 18:00:00', '2025-04-02 17:00:00', 60, 3600, 'tpl4', NULL, '{"k": "v"}',
                   '2025-04-02 18:00:00', '2025-04-02 19:00:00', NULL, 1, '2025-04-02 19:00:00'),
                  ('s5', 'root4', 'Deleted session', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   '2025-04-03 08:00:00', '2025-04-03 09:00:00', '2025-04-03 09:00:00', 0, NULL),
                  ('s6', 'root4', 'Timed', NULL, '2025-04-05 10:00:00', '2025-04-05 11:00:00', 60, 3600, NULL, NULL, NULL,
                   '2025-04-05 10:00:00', '2025-04-05 11:00:00', NULL, 0, NULL);
                INSERT INTO session_goals VALUES
                  ('s4', 'st4', 'short_term', '2025-04-02 18:00:00'), ('s4', 'im4', 'immediate', '2025-04-02 18:00:00'),
                  ('s4', 'gone', 'short_term', '2025-04-02 18:00:00'), ('s6', 'st4', 'weird_type', '2025-04-05 10:00:00');
                INSERT INTO activity_instances VALUES
                  ('ai4', NULL, 'pull4', '2025-04-05 10:05:00', '2025-04-05 12:00:00', '2025-04-05 12:10:00', 600, 'root4', NULL, '2025-04-05 12:10:00',
                   0, 1, NULL, NULL, 's6');
                INSERT INTO metric_values VALUES ('mv4', 'ai4', 'reps4', 10.0, 'root4', '2025-04-05 12:10:00', '2025-04-05 12:10:00', 'split-gone');
                INSERT INTO notes VALUES
                  ('n1', 'root4', 'session', 's4', 's4', NULL, NULL, NULL, 'Felt great 💪', '2025-04-02 19:00:00', '2025-04-02 19:00:00', NULL),
                  ('n2', 'root4', 'set', 'ai4', 's6', 'ai4', 'pull4', 1, 'Set 2 was hard', '2025-04-05 12:11:00', '2025-04-05 12:11:00', NULL),
                  ('n3', 'root4', 'activity_definition', 'pull4', NULL, NULL, 'pull4', NULL, 'Old cue', '2025-04-01 10:00:00',
                   '2025-04-01 10:00:00', '2025-04-04 10:00:00'),
                  ('n4', 'root4', 'mood', NULL, NULL, NULL, NULL, NULL, 'Unknown context', '2025-04-01 10:00:00', '2025-04-01 10:00:00', NULL),
                  ('n5', 'root4', 'session', 's5', 's5', NULL, NULL, NULL, 'Skipped', '2025-04-03 08:30:00', '2025-04-03 08:30:00', NULL);
                INSERT INTO program_day_templates VALUES ('day-gone', 'tpl4', 0);
                """);
    }

    private static Path create(Path file, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            for (String statement : script.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return file;
    }
}

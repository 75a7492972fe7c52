package dev.assistant.migration.plan;

/**
 * One statement of a pending migration, with what it will lock and touch.
 *
 * @param line line in its file
 * @param sql the statement, shortened to its first 160 characters
 * @param kind what the statement does (see StatementKind)
 * @param lock the lock it takes on its table
 * @param rewrites whether it rewrites the whole table
 * @param scans whether it reads the whole table while holding the lock
 * @param table the table it touches (null for none)
 * @param rowEstimate the planner's row estimate for that table now (null: table does not exist yet)
 * @param totalBytes table + indexes + TOAST size now (null: does not exist yet)
 */
public record PlannedStatement(
        int line,
        String sql,
        String kind,
        String lock,
        boolean rewrites,
        boolean scans,
        String table,
        Long rowEstimate,
        Long totalBytes) {}

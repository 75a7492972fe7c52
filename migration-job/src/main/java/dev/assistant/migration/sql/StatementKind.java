package dev.assistant.migration.sql;

/**
 * What a statement does to the table it touches, with the lock it takes (PostgreSQL 15 docs,
 * "Explicit Locking") and whether it rewrites or scans the table while holding it.
 */
public enum StatementKind {
    CREATE_TABLE("none (new table)", false, false),
    CREATE_INDEX("SHARE (blocks writes)", false, true),
    CREATE_INDEX_CONCURRENTLY("SHARE UPDATE EXCLUSIVE (reads and writes continue)", false, true),
    DROP_INDEX("ACCESS EXCLUSIVE", false, false),
    DROP_INDEX_CONCURRENTLY("SHARE UPDATE EXCLUSIVE", false, false),
    ADD_COLUMN("ACCESS EXCLUSIVE (brief, unless it rewrites)", false, false),
    ADD_COLUMN_REWRITE("ACCESS EXCLUSIVE", true, true),
    ALTER_COLUMN_TYPE("ACCESS EXCLUSIVE", true, true),
    SET_NOT_NULL("ACCESS EXCLUSIVE", false, true),
    ADD_CONSTRAINT("ACCESS EXCLUSIVE (SHARE ROW EXCLUSIVE for a foreign key)", false, true),
    ADD_CONSTRAINT_NOT_VALID("ACCESS EXCLUSIVE (brief, no scan)", false, false),
    VALIDATE_CONSTRAINT("SHARE UPDATE EXCLUSIVE", false, true),
    DROP_COLUMN("ACCESS EXCLUSIVE (brief)", false, false),
    DROP_TABLE("ACCESS EXCLUSIVE", false, false),
    RENAME("ACCESS EXCLUSIVE (brief)", false, false),
    ALTER_TABLE_OTHER("ACCESS EXCLUSIVE (most forms)", false, false),
    DATA_CHANGE("ROW EXCLUSIVE", false, true),
    NO_TABLE("none on tables", false, false),
    OTHER("unknown: review by hand", false, false);

    private final String lock;
    private final boolean rewrites;
    private final boolean scans;

    StatementKind(String lock, boolean rewrites, boolean scans) {
        this.lock = lock;
        this.rewrites = rewrites;
        this.scans = scans;
    }

    public String lock() {
        return lock;
    }

    public boolean rewrites() {
        return rewrites;
    }

    public boolean scans() {
        return scans;
    }
}

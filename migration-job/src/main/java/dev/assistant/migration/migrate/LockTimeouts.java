package dev.assistant.migration.migrate;

import java.sql.SQLException;

/** Recognises PostgreSQL's lock_not_available (55P03): the statement gave up waiting for a lock. */
final class LockTimeouts {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private LockTimeouts() {}

    static boolean isLockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getMessage() != null
                    && t.getMessage().contains("SQL State  : " + LOCK_NOT_AVAILABLE)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

package dev.assistant.migration.backup;

/** The backup that must precede a migration failed: the migration does not start. */
public class BackupFailedException extends RuntimeException {

    public BackupFailedException(String message) {
        super(message);
    }

    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.assistant.migration.migrate;

/** Another runner held the migration lock for longer than the configured bound. */
public class LockWaitTimeoutException extends RuntimeException {

    public LockWaitTimeoutException(String message) {
        super(message);
    }
}

package dev.assistant.migration.migrate;

import java.util.List;

/**
 * The machine-readable summary of one run, written as one JSON line to stdout and kept in the
 * run-history table.
 *
 * @param service the migration set
 * @param command migrate, status, rollback, baseline
 * @param phase expand or contract (migrate)
 * @param result success, up-to-date, pending, failed
 * @param fromVersion schema version before the run (null on an empty schema)
 * @param toVersion schema version after the run
 * @param applied versions applied (or undone, for rollback) by this run, in order
 * @param pending versions still pending after the run
 * @param deferredContract contract migrations left for {@code migrate --phase contract}
 * @param repaired what the run repaired before migrating (failed entries, invalid indexes)
 * @param backup the backup archive written before migrating, if any
 * @param lockWaitMillis time spent waiting for another runner
 * @param lockRetries attempts repeated after a lock_timeout
 * @param durationMillis wall time of the run
 * @param error the failure, when result is failed
 */
public record MigrationRun(
        String service,
        String command,
        String phase,
        String result,
        String fromVersion,
        String toVersion,
        List<String> applied,
        List<String> pending,
        List<String> deferredContract,
        List<String> repaired,
        String backup,
        long lockWaitMillis,
        int lockRetries,
        long durationMillis,
        String error) {

    public static MigrationRun failed(
            String service, String command, String phase, long durationMillis, String error) {
        return new MigrationRun(
                service,
                command,
                phase,
                "failed",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                0,
                0,
                durationMillis,
                error);
    }

    public boolean isFailure() {
        return "failed".equals(result);
    }
}

package dev.assistant.migration.core;

import java.util.List;

/**
 * The machine-readable summary of one run, written as one JSON line to stdout.
 *
 * @param service        the migration set
 * @param command        the command that ran (migrate, status)
 * @param result         "success", "up-to-date", "failed"
 * @param fromVersion    schema version before the run (null on an empty schema)
 * @param toVersion      schema version after the run
 * @param applied        versions applied by this run, in order
 * @param pending        versions still pending after the run
 * @param durationMillis wall time of the run
 * @param error          the failure, when result is "failed"
 */
public record MigrationRun(
        String service,
        String command,
        String result,
        String fromVersion,
        String toVersion,
        List<String> applied,
        List<String> pending,
        long durationMillis,
        String error) {
}

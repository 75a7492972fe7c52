package dev.assistant.migration.cli;

import java.time.Duration;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.migrate.MigrateOptions;
import picocli.CommandLine.Option;

/**
 * How long to wait, and for what: the options every command that takes the migration lock shares.
 */
public class SafetyOptions {

    @Option(
            names = "--lock-wait-seconds",
            defaultValue = "${env:MIGRATION_LOCK_WAIT_SECONDS:-300}",
            description =
                    "upper bound on waiting for another runner (default: ${DEFAULT-VALUE}; env MIGRATION_LOCK_WAIT_SECONDS)")
    long lockWaitSeconds;

    @Option(
            names = "--lock-timeout",
            defaultValue = "${env:MIGRATION_LOCK_TIMEOUT:-2s}",
            converter = DurationConverter.class,
            description =
                    "PostgreSQL lock_timeout of every statement: live traffic never queues behind a migration for longer (default: ${DEFAULT-VALUE})")
    Duration lockTimeout;

    @Option(
            names = "--statement-timeout",
            defaultValue = "${env:MIGRATION_STATEMENT_TIMEOUT:-1h}",
            converter = DurationConverter.class,
            description =
                    "PostgreSQL statement_timeout of every statement (default: ${DEFAULT-VALUE})")
    Duration statementTimeout;

    @Option(
            names = "--max-lock-retries",
            defaultValue = "${env:MIGRATION_MAX_LOCK_RETRIES:-10}",
            description =
                    "attempts after a lock_timeout, with back-off from 1 s doubling to 30 s (default: ${DEFAULT-VALUE})")
    int maxLockRetries;

    public MigrateOptions toOptions(Phase phase) {
        if (lockWaitSeconds < 1
                || maxLockRetries < 0
                || lockTimeout.isNegative()
                || lockTimeout.isZero()
                || statementTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "--lock-wait-seconds and --lock-timeout must be positive, --max-lock-retries at least 0");
        }
        return new MigrateOptions(
                phase,
                Duration.ofSeconds(lockWaitSeconds),
                lockTimeout,
                statementTimeout,
                maxLockRetries,
                Duration.ofSeconds(30));
    }
}

package dev.assistant.migration.migrate;

import java.time.Duration;

import dev.assistant.migration.core.Phase;

/**
 * How a run behaves.
 *
 * @param phase EXPAND applies only expand migrations (the init container); CONTRACT applies all
 * @param lockWaitLimit upper bound on waiting for another runner
 * @param lockTimeout PostgreSQL lock_timeout for every statement: live traffic never queues behind
 *     a migration's lock request for longer than this
 * @param statementTimeout PostgreSQL statement_timeout for every statement
 * @param maxLockRetries attempts after a lock_timeout before giving up
 * @param maxRetryBackoff longest pause between those attempts (exponential from 1 s)
 */
public record MigrateOptions(
        Phase phase,
        Duration lockWaitLimit,
        Duration lockTimeout,
        Duration statementTimeout,
        int maxLockRetries,
        Duration maxRetryBackoff) {

    public static MigrateOptions defaults() {
        return new MigrateOptions(
                Phase.EXPAND,
                Duration.ofSeconds(300),
                Duration.ofSeconds(2),
                Duration.ofHours(1),
                10,
                Duration.ofSeconds(30));
    }

    public MigrateOptions withPhase(Phase newPhase) {
        return new MigrateOptions(
                newPhase,
                lockWaitLimit,
                lockTimeout,
                statementTimeout,
                maxLockRetries,
                maxRetryBackoff);
    }
}

package dev.assistant.migration.cli;

import java.util.concurrent.Callable;

import dev.assistant.migration.backup.BackupFailedException;
import dev.assistant.migration.migrate.LockWaitTimeoutException;
import dev.assistant.migration.migrate.MigrationRun;
import org.jboss.logging.Logger;
import picocli.CommandLine.Mixin;

/**
 * What every command against one service's database shares: connection and output options, and one
 * mapping of failures to exit codes and a "failed" summary.
 */
public abstract class ServiceCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ServiceCommand.class);

    @Mixin ConnectionOptions connection;

    @Mixin Output output;

    /** Does the work; returns the exit code. */
    protected abstract int run() throws Exception;

    protected abstract String commandName();

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try {
            return run();
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (LockWaitTimeoutException | BackupFailedException | IllegalStateException e) {
            return fail(started, e.getMessage(), null);
        } catch (Exception e) {
            return fail(started, e.getMessage(), e);
        }
    }

    private int fail(long started, String message, Exception cause) {
        if (cause != null) {
            LOG.errorf(cause, "%s of %s failed", commandName(), connection.service);
        } else {
            LOG.errorf("%s of %s failed: %s", commandName(), connection.service, message);
        }
        output.print(
                MigrationRun.failed(
                        connection.service,
                        commandName(),
                        null,
                        (System.nanoTime() - started) / 1_000_000,
                        message),
                r -> commandName() + " " + r.service() + ": failed: " + r.error());
        return ExitCodes.FAILURE;
    }

    protected static String textOf(MigrationRun r) {
        return String.format(
                "%s %s: %s (version %s -> %s; applied %s; pending %s%s; lock wait %d ms, retries %d; %d ms)%s%s",
                r.command(),
                r.service(),
                r.result(),
                r.fromVersion(),
                r.toVersion(),
                r.applied(),
                r.pending(),
                r.deferredContract().isEmpty()
                        ? ""
                        : "; waiting for the contract phase " + r.deferredContract(),
                r.lockWaitMillis(),
                r.lockRetries(),
                r.durationMillis(),
                r.repaired().isEmpty() ? "" : "; repaired: " + r.repaired(),
                r.backup() == null ? "" : "; backup: " + r.backup());
    }
}

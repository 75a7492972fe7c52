package dev.assistant.migration.importer.goals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A few workers on threads of their own (each with its own database connection, typically), all
 * started at once and awaited; the first failure stops the others from taking more work and is
 * rethrown.
 */
final class Workers {

    /** One worker's loop; it takes its work from a queue the caller shares between them. */
    interface Task {
        void run(int worker, Stop stop) throws SQLException;
    }

    /** Whether another worker failed, so this one should take no more work. */
    interface Stop {
        boolean requested();
    }

    private Workers() {}

    static void run(int workers, Task task) throws SQLException {
        if (workers == 1) {
            task.run(0, () -> false);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Stop stop = () -> failure.get() != null;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            int worker = i;
            threads.add(
                    Thread.ofPlatform()
                            .name("import-goals-" + worker)
                            .start(
                                    () -> {
                                        try {
                                            task.run(worker, stop);
                                        } catch (Throwable t) {
                                            failure.compareAndSet(null, t);
                                        }
                                    }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the workers", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof SQLException sql) {
            throw sql;
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
    }
}

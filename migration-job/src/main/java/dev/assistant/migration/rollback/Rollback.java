package dev.assistant.migration.rollback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.core.MigrationScript;
import dev.assistant.migration.core.MigrationScripts;
import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.migrate.FlywayFactory;
import dev.assistant.migration.migrate.MigrateOptions;
import dev.assistant.migration.migrate.MigrationLock;
import dev.assistant.migration.migrate.MigrationRun;
import dev.assistant.migration.sql.SqlSplitter;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.logging.Logger;

/**
 * Undoes applied migrations down to a version with their paired undo scripts
 * (U&lt;version&gt;__*.sql beside the migrations, in db/undo/&lt;service&gt;/), newest first.
 * Refuses before changing anything when any undo script is missing. Each version is undone in one
 * transaction together with the removal of its row from Flyway's history, so a failure leaves the
 * schema at a consistent version from which the command can simply be run again.
 */
public final class Rollback {

    private static final Logger LOG = Logger.getLogger(Rollback.class);

    private final MigrationSet set;
    private final ConnectionSettings connection;

    public Rollback(MigrationSet set, ConnectionSettings connection) {
        this.set = set;
        this.connection = connection;
    }

    public MigrationRun to(String targetVersion, MigrateOptions options, Connection db)
            throws SQLException {
        long started = System.nanoTime();
        try (MigrationLock lock =
                MigrationLock.acquire(db, set.schema(), options.lockWaitLimit())) {
            MigrationInfoService info = FlywayFactory.flyway(set, connection, options).info();
            String from =
                    info.current() == null || info.current().getVersion() == null
                            ? null
                            : info.current().getVersion().getVersion();
            List<String> toUndo =
                    Arrays.stream(info.applied())
                            .filter(
                                    m ->
                                            m.getVersion() != null
                                                    && m.getState().isApplied()
                                                    && !m.getState().isFailed())
                            .map(MigrationInfo::getVersion)
                            .map(v -> v.getVersion())
                            .filter(
                                    v ->
                                            MigrationScripts.VERSION_ORDER.compare(v, targetVersion)
                                                    > 0)
                            .sorted(MigrationScripts.VERSION_ORDER.reversed())
                            .toList();
            Map<String, MigrationScript> undo =
                    MigrationScripts.undo(set.undoLocation()).stream()
                            .collect(
                                    Collectors.toMap(
                                            MigrationScript::version, Function.identity()));
            List<String> missing = toUndo.stream().filter(v -> !undo.containsKey(v)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(
                        "no undo script for version(s) "
                                + missing
                                + " in "
                                + set.undoLocation()
                                + ": refusing to roll back; nothing was changed");
            }
            List<String> undone = new ArrayList<>();
            for (String version : toUndo) {
                undoOne(db, undo.get(version), options);
                undone.add(version);
            }
            String to = undone.isEmpty() ? from : targetVersion;
            return new MigrationRun(
                    set.name(),
                    "rollback",
                    null,
                    undone.isEmpty() ? "up-to-date" : "success",
                    from,
                    to,
                    undone,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    lock.waitedMillis(),
                    0,
                    (System.nanoTime() - started) / 1_000_000,
                    null);
        }
    }

    private void undoOne(Connection db, MigrationScript script, MigrateOptions options)
            throws SQLException {
        LOG.infof(
                "%s: undoing version %s with %s", set.name(), script.version(), script.fileName());
        if (script.sql().toUpperCase(Locale.ROOT).contains("CONCURRENTLY")) {
            undoWithoutTransaction(db, script, options);
            return;
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("SET LOCAL search_path TO \"" + set.schema() + "\", public");
            s.execute("SET LOCAL lock_timeout = '" + options.lockTimeout().toMillis() + "ms'");
            for (var statement : SqlSplitter.split(script.sql())) {
                s.execute(statement.text());
            }
            forget(db, script.version());
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * CONCURRENTLY cannot run in a transaction: the statements run one by one, then the history row
     * goes. Undo scripts are retry-safe (IF EXISTS), so a failure half-way can simply be run again.
     */
    private void undoWithoutTransaction(
            Connection db, MigrationScript script, MigrateOptions options) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SET search_path TO \"" + set.schema() + "\", public");
            s.execute("SET lock_timeout = '" + options.lockTimeout().toMillis() + "ms'");
            for (var statement : SqlSplitter.split(script.sql())) {
                s.execute(statement.text());
            }
            forget(db, script.version());
        } finally {
            try (Statement reset = db.createStatement()) {
                reset.execute("RESET search_path; RESET lock_timeout");
            }
        }
    }

    private void forget(Connection db, String version) throws SQLException {
        try (PreparedStatement delete =
                db.prepareStatement(
                        "DELETE FROM \""
                                + set.schema()
                                + "\".flyway_schema_history WHERE version = ?")) {
            delete.setString(1, version);
            delete.executeUpdate();
        }
    }
}

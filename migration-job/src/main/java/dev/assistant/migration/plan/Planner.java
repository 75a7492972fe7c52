package dev.assistant.migration.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.assistant.migration.core.MigrationScript;
import dev.assistant.migration.core.MigrationScripts;
import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.lint.Linter;
import dev.assistant.migration.migrate.MigrationStatus;
import dev.assistant.migration.sql.ClassifiedStatement;
import dev.assistant.migration.sql.SqlSplitter;
import dev.assistant.migration.sql.StatementClassifier;

/**
 * Dry run: for every pending migration, in order, each statement's lock level, whether it rewrites
 * or scans its table, that table's current size and row estimate, and the file's lint findings.
 * Reads catalogs only; changes nothing.
 */
public final class Planner {

    private static final String TABLE_SIZE =
            """
            SELECT c.reltuples::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
            FROM pg_class c WHERE c.oid = to_regclass(?)""";

    private final MigrationSet set;
    private final Linter linter = new Linter();

    public Planner(MigrationSet set) {
        this.set = set;
    }

    public MigrationPlan plan(MigrationStatus status, Connection connection) throws SQLException {
        Map<String, MigrationScript> scripts =
                MigrationScripts.versioned(set.location()).stream()
                        .collect(Collectors.toMap(MigrationScript::version, Function.identity()));
        List<PlannedMigration> planned = new ArrayList<>();
        for (String version : status.pending()) {
            MigrationScript script = scripts.get(version);
            if (script != null) {
                planned.add(plan(script, connection));
            }
        }
        return new MigrationPlan(set.name(), status.currentVersion(), planned);
    }

    private PlannedMigration plan(MigrationScript script, Connection connection)
            throws SQLException {
        List<PlannedStatement> statements = new ArrayList<>();
        for (var statement : SqlSplitter.split(script.sql())) {
            ClassifiedStatement c = StatementClassifier.classify(statement);
            Long[] size = c.table() == null ? new Long[] {null, null} : size(connection, c.table());
            statements.add(
                    new PlannedStatement(
                            statement.line(),
                            shorten(statement.text()),
                            c.kind().name().toLowerCase(Locale.ROOT),
                            c.kind().lock(),
                            c.kind().rewrites(),
                            c.kind().scans(),
                            c.table(),
                            size[0],
                            size[1]));
        }
        return new PlannedMigration(
                script.version(),
                script.description(),
                script.fileName(),
                script.phase().name().toLowerCase(Locale.ROOT),
                statements,
                linter.lint(script.fileName(), script.sql()));
    }

    /** Unqualified names resolve in the service's schema, as they do when the migration runs. */
    private Long[] size(Connection connection, String table) throws SQLException {
        String qualified =
                table.contains(".") ? table : "\"" + set.schema() + "\".\"" + table + "\"";
        try (PreparedStatement s = connection.prepareStatement(TABLE_SIZE)) {
            s.setString(1, qualified);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? new Long[] {Math.max(0, rs.getLong("rows")), rs.getLong("bytes")}
                        : new Long[] {null, null};
            }
        }
    }

    private static String shorten(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}

package dev.assistant.migration.drift;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.migrate.FlywayFactory;
import dev.assistant.migration.migrate.MigrateOptions;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Compares the live schema with the schema its applied migrations should have produced. The
 * expected schema is built by migrating a scratch schema in the same database (to the same version,
 * so pending migrations are not drift; no extra database privileges needed), and both are read from
 * PostgreSQL's catalogs. The scratch schema is dropped afterwards, also on failure. Extensions are
 * database-wide, so they cannot differ between the two copies and are not compared.
 */
public final class DriftDetector {

    private static final Logger LOG = Logger.getLogger(DriftDetector.class);

    private final MigrationSet set;
    private final ConnectionSettings connection;

    public DriftDetector(MigrationSet set, ConnectionSettings connection) {
        this.set = set;
        this.connection = connection;
    }

    public DriftReport detect(MigrateOptions options, Connection db) throws SQLException {
        Flyway live = FlywayFactory.flyway(set, connection, options);
        var current = live.info().current();
        if (current == null || current.getVersion() == null) {
            throw new IllegalStateException(
                    "schema " + set.schema() + " has no applied migrations: nothing to compare");
        }
        String version = current.getVersion().getVersion();
        String scratch = scratchName();
        try {
            FlywayFactory.configure(set, scratch, connection, options)
                    .target(version)
                    .load()
                    .migrate();
            Map<String, String> expected = CatalogSnapshot.of(db, scratch);
            Map<String, String> actual = CatalogSnapshot.of(db, set.schema());
            return new DriftReport(set.name(), version, compare(expected, actual));
        } finally {
            try (Statement s = db.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS \"" + scratch + "\" CASCADE");
            } catch (SQLException e) {
                LOG.warnf("could not drop scratch schema %s: %s", scratch, e.getMessage());
            }
        }
    }

    static List<Difference> compare(Map<String, String> expected, Map<String, String> actual) {
        List<Difference> differences = new ArrayList<>();
        for (String key : new TreeSet<>(union(expected, actual))) {
            String kind = key.substring(0, key.indexOf(' '));
            String name = key.substring(key.indexOf(' ') + 1);
            String want = expected.get(key);
            String have = actual.get(key);
            if (have == null) {
                differences.add(new Difference(kind, name, "missing", want, null));
            } else if (want == null) {
                differences.add(new Difference(kind, name, "unexpected", null, have));
            } else if (!want.equals(have)) {
                differences.add(new Difference(kind, name, "changed", want, have));
            }
        }
        return differences;
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private String scratchName() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = set.schema() + "_drift_" + HexFormat.of().formatHex(random);
        return name.length() <= 63 ? name : name.substring(name.length() - 63);
    }
}

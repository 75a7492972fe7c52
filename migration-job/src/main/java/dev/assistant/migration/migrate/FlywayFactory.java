package dev.assistant.migration.migrate;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.core.MigrationSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** Flyway configured the one way this project uses it. */
public final class FlywayFactory {

    private FlywayFactory() {}

    public static FluentConfiguration configure(
            MigrationSet set,
            String schema,
            ConnectionSettings connection,
            MigrateOptions options) {
        FluentConfiguration configuration =
                Flyway.configure()
                        .dataSource(connection.jdbcUrl(), connection.user(), connection.password())
                        .locations(
                                (set.onFilesystem() ? "filesystem:" : "classpath:")
                                        + set.location())
                        .schemas(schema)
                        .defaultSchema(schema)
                        .createSchemas(true)
                        .validateMigrationNaming(true)
                        .cleanDisabled(true)
                        // Every statement, on every Flyway connection: bounded lock waits and run
                        // time; and a killed
                        // runner's statement is cancelled within seconds instead of running on
                        // without a client.
                        .initSql(
                                "SET lock_timeout = '"
                                        + options.lockTimeout().toMillis()
                                        + "ms'; SET statement_timeout = '"
                                        + options.statementTimeout().toMillis()
                                        + "ms'; SET client_connection_check_interval = '2s'; "
                                        + "SET application_name = 'migration-job'");
        // Flyway's default PostgreSQL lock holds a transaction open for the whole run, and CREATE
        // INDEX
        // CONCURRENTLY waits for every open transaction, including that one: the init-container
        // hang. A
        // session-level advisory lock holds no transaction. (Ours, MigrationLock, is taken first
        // anyway.)
        configuration
                .getPluginRegister()
                .getExact(PostgreSQLConfigurationExtension.class)
                .setTransactionalLock(false);
        return configuration;
    }

    public static Flyway flyway(
            MigrationSet set, ConnectionSettings connection, MigrateOptions options) {
        return configure(set, set.schema(), connection, options).load();
    }
}

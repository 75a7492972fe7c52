package dev.assistant.migration.cli;

import java.nio.file.Path;
import java.util.Map;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ServiceSchema;
import picocli.CommandLine.Option;

/**
 * Which migration set, and which database. Each setting is resolved in this order: the command-line
 * option, the service's own variable ({@code CHAT_DB_URL}, {@code CHAT_DB_USER}, {@code
 * CHAT_DB_PASSWORD}), then the generic one ({@code MIGRATION_DB_URL}, ...).
 */
public class ConnectionOptions {

    @Option(names = "--service", description = "chat, goals or search (required)")
    String service;

    @Option(
            names = "--migrations",
            paramLabel = "DIR",
            description =
                    "the service's migration folder: DIR/migration/V*.sql and DIR/undo/U*.sql (else MIGRATIONS_DIR)")
    Path migrations;

    @Option(
            names = "--db-url",
            description = "JDBC URL (else <SERVICE>_DB_URL, else MIGRATION_DB_URL)")
    String dbUrl;

    @Option(
            names = "--db-user",
            description = "database user (else <SERVICE>_DB_USER, else MIGRATION_DB_USER)")
    String dbUser;

    @Option(
            names = "--db-password",
            description =
                    "password (else <SERVICE>_DB_PASSWORD, else MIGRATION_DB_PASSWORD); prefer the variable, options show in process lists")
    String dbPassword;

    private Map<String, String> environment = System.getenv();

    public ServiceSchema serviceSchema() {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("missing --service (chat, goals or search)");
        }
        return ServiceSchema.fromName(service);
    }

    public MigrationSet migrationSet() {
        return MigrationSet.of(serviceSchema(), migrationsDir(migrations, environment));
    }

    /**
     * The option, else MIGRATIONS_DIR: where the image (or the checkout) keeps this service's
     * migrations.
     */
    static Path migrationsDir(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get("MIGRATIONS_DIR");
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            throw new IllegalArgumentException(
                    "missing --migrations DIR (or MIGRATIONS_DIR): the service's db folder");
        }
        return Path.of(fromEnvironment);
    }

    public ConnectionSettings connectionSettings() {
        ServiceSchema schema = serviceSchema();
        return new ConnectionSettings(
                resolve(dbUrl, schema, "URL"),
                resolve(dbUser, schema, "USER"),
                resolve(dbPassword, schema, "PASSWORD"));
    }

    /** For tests: resolve against a given environment instead of the process's. */
    ConnectionOptions withEnvironment(Map<String, String> environment) {
        this.environment = environment;
        return this;
    }

    private String resolve(String option, ServiceSchema schema, String key) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String own = environment.get(schema.envPrefix() + key);
        if (own != null && !own.isBlank()) {
            return own;
        }
        String generic = environment.get("MIGRATION_DB_" + key);
        if (generic != null && !generic.isBlank()) {
            return generic;
        }
        throw new IllegalArgumentException(
                "missing database "
                        + key.toLowerCase()
                        + ": set --db-"
                        + key.toLowerCase()
                        + ", "
                        + schema.envPrefix()
                        + key
                        + " or MIGRATION_DB_"
                        + key);
    }
}

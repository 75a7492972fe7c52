package dev.assistant.migration.core;

/**
 * A set of versioned migrations and where they apply.
 *
 * @param name          the service (or, in tests, any name)
 * @param schema        the PostgreSQL schema they run in; Flyway's history table lives there too
 * @param location      classpath folder of V&lt;version&gt;__&lt;description&gt;.sql files
 * @param undoLocation  classpath folder of the paired U&lt;version&gt;__&lt;description&gt;.sql undo files
 */
public record MigrationSet(String name, String schema, String location, String undoLocation) {

    public static MigrationSet of(ServiceSchema service) {
        return new MigrationSet(service.serviceName(), service.schema(),
                "db/migration/" + service.serviceName(), "db/undo/" + service.serviceName());
    }
}

package dev.assistant.migration.core;

import java.nio.file.Path;
import java.util.Map;

/** The services' own migrations, where their modules keep them (<module>/src/main/db). */
public final class ProjectMigrations {

    private static final Map<ServiceSchema, String> MODULES =
            Map.of(
                    ServiceSchema.CHAT,
                    "chat-service",
                    ServiceSchema.GOALS,
                    "goals-service",
                    ServiceSchema.SEARCH,
                    "vector-search-service");

    private ProjectMigrations() {}

    public static Path dir(ServiceSchema service) {
        String root = System.getProperty("assistant.repository.root", "..");
        return Path.of(root, MODULES.get(service), "src", "main", "db");
    }

    public static Path dir(String service) {
        return dir(ServiceSchema.fromName(service));
    }

    public static MigrationSet of(ServiceSchema service) {
        return MigrationSet.of(service, dir(service));
    }
}

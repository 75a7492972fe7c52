package dev.assistant.kit.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while the database schema is older than this build needs, i.e. while
 * migration-job has not yet applied the version named by assistant.schema.required-version. The
 * build derives that version from the service's own migrations (migration-job required-version) and
 * puts it on the classpath as META-INF/microprofile-config.properties: it is never kept by hand.
 */
@Readiness
@ApplicationScoped
public class SchemaVersionCheck implements AsyncHealthCheck {

    private static final String HIGHEST_APPLIED =
            """
            SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
            ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1""";

    @Inject Pool pool;

    @ConfigProperty(name = "assistant.schema.required-version")
    String requiredVersion;

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query(HIGHEST_APPLIED)
                .execute()
                .map(
                        rows -> {
                            var iterator = rows.iterator();
                            String applied =
                                    iterator.hasNext()
                                            ? iterator.next().getString("version")
                                            : null;
                            return response(applied);
                        })
                .onFailure()
                .recoverWithItem(
                        failure ->
                                HealthCheckResponse.named("schema")
                                        .down()
                                        .withData("required", requiredVersion)
                                        .withData(
                                                "error",
                                                "schema history unreadable: "
                                                        + failure.getMessage())
                                        .build());
    }

    private HealthCheckResponse response(String applied) {
        boolean current = applied != null && SchemaVersions.compare(applied, requiredVersion) >= 0;
        return HealthCheckResponse.named("schema")
                .status(current)
                .withData("required", requiredVersion)
                .withData("applied", applied == null ? "none" : applied)
                .build();
    }
}

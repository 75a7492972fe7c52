package dev.assistant.migration.metrics;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.assistant.migration.importer.ImportSummary;
import dev.assistant.migration.migrate.MigrationRun;
import org.jboss.logging.Logger;

/**
 * Pushes a run's metrics to a Prometheus Pushgateway (a job has no /metrics to scrape), grouped by
 * job="migration-job" and service. Best effort: a gateway that is down never fails a migration.
 */
public final class Pushgateway {

    private static final Logger LOG = Logger.getLogger(Pushgateway.class);

    private Pushgateway() {}

    public static void push(String gatewayUrl, MigrationRun run) {
        push(gatewayUrl, "/service/" + encode(run.service()), exposition(run));
    }

    /**
     * A legacy import's run, in its own group ({@code .../service/<service>/command/import}) so it
     * neither replaces nor is replaced by the service's migration runs.
     */
    public static void pushImport(String gatewayUrl, String service, ImportSummary report) {
        push(
                gatewayUrl,
                "/service/" + encode(service) + "/command/import",
                importExposition(report));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void push(String gatewayUrl, String group, String body) {
        String url = gatewayUrl.replaceAll("/+$", "") + "/metrics/job/migration-job" + group;
        try {
            HttpResponse<String> response =
                    HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build()
                            .send(
                                    HttpRequest.newBuilder(URI.create(url))
                                            .timeout(Duration.ofSeconds(5))
                                            .header("Content-Type", "text/plain; version=0.0.4")
                                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warnf(
                        "Pushgateway %s answered %d: %s",
                        url, response.statusCode(), response.body());
            }
        } catch (Exception e) {
            LOG.warnf("metrics not pushed to %s: %s", url, e.toString());
        }
    }

    /** An import's outcome: records per kind and outcome, duration, success. */
    static String importExposition(ImportSummary report) {
        boolean ok = report.ok();
        StringBuilder out = new StringBuilder();
        out.append(
                        "# HELP migration_job_import_records Records of the last import by kind and outcome\n")
                .append("# TYPE migration_job_import_records gauge\n");
        report.kinds().forEach((kind, counts) -> counts(out, kind, counts));
        out.append("migration_job_import_records{kind=\"any\",outcome=\"quarantined\"} ")
                .append((double) report.quarantined())
                .append('\n');
        String labels = "{command=\"import\",result=\"" + (ok ? "success" : "failed") + "\"}";
        return out.toString()
                + gauge(
                        "migration_job_import_duration_seconds",
                        "Wall time of the last import",
                        labels,
                        report.durationMillis() / 1000.0)
                + gauge(
                        "migration_job_import_success",
                        "1 if the last import was complete and verified, else 0",
                        labels,
                        ok ? 1 : 0)
                + gauge(
                        "migration_job_import_last_run_timestamp_seconds",
                        "When the last import finished",
                        labels,
                        System.currentTimeMillis() / 1000.0);
    }

    private static void counts(StringBuilder out, String kind, ImportSummary.Counts counts) {
        for (String[] outcome :
                new String[][] {
                    {"found", String.valueOf(counts.found())},
                    {"imported", String.valueOf(counts.imported())},
                    {"already_present", String.valueOf(counts.alreadyPresent())}
                }) {
            out.append("migration_job_import_records{kind=\"")
                    .append(kind)
                    .append("\",outcome=\"")
                    .append(outcome[0])
                    .append("\"} ")
                    .append(Double.parseDouble(outcome[1]))
                    .append('\n');
        }
    }

    /** Prometheus text exposition format. */
    static String exposition(MigrationRun run) {
        String labels = "{command=\"" + run.command() + "\",result=\"" + run.result() + "\"}";
        return gauge(
                        "migration_job_duration_seconds",
                        "Wall time of the last run",
                        labels,
                        run.durationMillis() / 1000.0)
                + gauge(
                        "migration_job_applied_migrations",
                        "Migrations applied by the last run",
                        labels,
                        run.applied().size())
                + gauge(
                        "migration_job_lock_wait_seconds",
                        "Time the last run waited for another runner",
                        labels,
                        run.lockWaitMillis() / 1000.0)
                + gauge(
                        "migration_job_lock_retries",
                        "Statements retried after lock_timeout in the last run",
                        labels,
                        run.lockRetries())
                + gauge(
                        "migration_job_pending_migrations",
                        "Expand migrations still pending after the last run",
                        labels,
                        run.pending().size())
                + gauge(
                        "migration_job_deferred_contract_migrations",
                        "Contract migrations waiting for migrate --phase contract",
                        labels,
                        run.deferredContract().size())
                + gauge(
                        "migration_job_success",
                        "1 if the last run succeeded",
                        labels,
                        run.isFailure() ? 0 : 1)
                + gauge(
                        "migration_job_last_run_timestamp_seconds",
                        "When the last run finished",
                        labels,
                        System.currentTimeMillis() / 1000.0);
    }

    private static String gauge(String name, String help, String labels, double value) {
        return "# HELP "
                + name
                + " "
                + help
                + "\n# TYPE "
                + name
                + " gauge\n"
                + name
                + labels
                + " "
                + value
                + "\n";
    }
}

package dev.assistant.migration.metrics;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import dev.assistant.migration.importer.chat.ChatImportReport;
import dev.assistant.migration.migrate.MigrationRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PushgatewayTest {

    private static final MigrationRun RUN =
            new MigrationRun(
                    "chat",
                    "migrate",
                    "expand",
                    "success",
                    null,
                    "2",
                    List.of("1", "2"),
                    List.of(),
                    List.of("3"),
                    List.of(),
                    null,
                    1500,
                    2,
                    830,
                    null);

    @Test
    void pushesTheRunAsPrometheusTextGroupedByService() throws Exception {
        AtomicReference<String> path = new AtomicReference<>();
        AtomicReference<String> method = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    path.set(exchange.getRequestURI().getPath());
                    method.set(exchange.getRequestMethod());
                    body.set(
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
        server.start();
        try {
            Pushgateway.push("http://127.0.0.1:" + server.getAddress().getPort() + "/", RUN);
        } finally {
            server.stop(0);
        }
        assertThat(method.get()).isEqualTo("PUT");
        assertThat(path.get()).isEqualTo("/metrics/job/migration-job/service/chat");
        assertThat(body.get())
                .contains(
                        "migration_job_applied_migrations{command=\"migrate\",result=\"success\"} 2.0")
                .contains(
                        "migration_job_lock_wait_seconds{command=\"migrate\",result=\"success\"} 1.5")
                .contains("migration_job_success{command=\"migrate\",result=\"success\"} 1.0")
                .contains(
                        "migration_job_pending_migrations{command=\"migrate\",result=\"success\"}"
                                + " 0.0")
                .contains(
                        "migration_job_deferred_contract_migrations{command=\"migrate\","
                                + "result=\"success\"} 1.0");
    }

    @Test
    void anImportIsItsOwnGroupWithRecordsPerKindAndOutcome() {
        ChatImportReport report =
                new ChatImportReport(
                        "/legacy",
                        false,
                        3,
                        new ChatImportReport.Counts(2, 1, 1),
                        new ChatImportReport.Counts(10, 10, 0),
                        new ChatImportReport.Counts(0, 0, 0),
                        new ChatImportReport.Counts(1, 1, 0),
                        0,
                        0,
                        List.of(),
                        List.of(),
                        new ChatImportReport.Verification(true, 2, 0, 1, List.of()),
                        1200,
                        8.3);
        assertThat(Pushgateway.importExposition(report.summary()))
                .contains(
                        "migration_job_import_records{kind=\"conversations\",outcome=\"already_present\"} 1.0")
                .contains(
                        "migration_job_import_records{kind=\"messages\",outcome=\"imported\"} 10.0")
                .contains("migration_job_import_records{kind=\"any\",outcome=\"quarantined\"} 0.0")
                .contains("migration_job_import_success{command=\"import\",result=\"success\"} 1.0")
                .contains(
                        "migration_job_import_duration_seconds{command=\"import\",result=\"success\"} 1.2");
    }

    @Test
    void anUnreachableGatewayNeverFailsTheRun() {
        Pushgateway.push("http://127.0.0.1:1", RUN);
    }
}

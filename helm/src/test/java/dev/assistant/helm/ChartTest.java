package dev.assistant.helm;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import static dev.assistant.helm.RenderedChart.env;
import static dev.assistant.helm.RenderedChart.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartTest {

    private static final Map<String, String> SERVICES =
            Map.of("chat", "chat", "goals", "goals", "search", "search");

    private static final String BODY_SIZE = "nginx.ingress.kubernetes.io/proxy-body-size";

    @Test
    void lintsCleanInStrictMode() {
        LintResult result = new Helm(RenderedChart.CHART).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void everyServiceRunsItsMigrationsAsInitContainerBeforeStarting() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of());
        assertThat(chart.ofKind("Deployment")).hasSize(3);
        for (String service : SERVICES.keySet()) {
            JsonNode pod =
                    chart.named("Deployment", "demo-" + service)
                            .path("spec")
                            .path("template")
                            .path("spec");
            JsonNode init = pod.path("initContainers").get(0);
            assertThat(init.path("name").asText()).isEqualTo("migrate");
            assertThat(init.path("image").asText())
                    .endsWith("/migration-job-" + service + ":0.1.0");
            assertThat(texts(init.path("args"))).containsExactly("migrate", "--service", service);
            assertThat(env(init, "MIGRATION_LOCK_WAIT_SECONDS").path("value").asText())
                    .isEqualTo("300");
            assertThat(env(init, "MIGRATION_DB_URL").path("value").asText())
                    .isEqualTo("jdbc:postgresql://postgresql:5432/" + service + "?sslmode=disable");
            // Passwords only ever come from Secrets; the init container migrates as the migrator.
            assertThat(
                            env(init, "MIGRATION_DB_PASSWORD")
                                    .path("valueFrom")
                                    .path("secretKeyRef")
                                    .path("name")
                                    .asText())
                    .isEqualTo("assistant-suite-" + service + "-migrator-db");

            JsonNode app = pod.path("containers").get(0);
            assertThat(app.path("startupProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/started");
            assertThat(app.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(app.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/ready");
            assertThat(app.path("securityContext").path("readOnlyRootFilesystem").asBoolean())
                    .isTrue();
            assertThat(app.path("securityContext").path("allowPrivilegeEscalation").asBoolean())
                    .isFalse();
            assertThat(env(app, "QUARKUS_DATASOURCE_PASSWORD").has("value")).isFalse();
            // X-Forwarded-* headers are believed from the ingress controller's range only.
            assertThat(env(app, "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").path("value").asText())
                    .isEqualTo("10.0.0.0/8,172.16.0.0/12,192.168.0.0/16");
            if (service.equals("chat")) {
                assertThat(env(app, "QUARKUS_REDIS_HOSTS").path("value").asText())
                        .isEqualTo("redis://redis:6379");
            }

            JsonNode svc = chart.named("Service", "demo-" + service);
            assertThat(svc.path("spec").path("ports").get(0).path("targetPort").asText())
                    .isEqualTo("http");
        }
    }

    @Test
    void ingressRoutesAreExactlyTheGatewayRouteTable() throws Exception {
        List<String[]> routes =
                Files.readAllLines(RenderedChart.CHART.resolve("files/gateway-routes.tsv")).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.split("\\s+"))
                        .toList();
        JsonNode paths =
                RenderedChart.render(Map.of())
                        .named("Ingress", "demo-gateway")
                        .path("spec")
                        .path("rules")
                        .get(0)
                        .path("http")
                        .path("paths");

        assertThat(paths).hasSize(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            assertThat(paths.get(i).path("path").asText()).isEqualTo(routes.get(i)[0]);
            assertThat(paths.get(i).path("pathType").asText()).isEqualTo("Prefix");
            assertThat(paths.get(i).path("backend").path("service").path("name").asText())
                    .isEqualTo("demo-" + routes.get(i)[1]);
        }
    }

    @Test
    void ingressPassesBodiesAsLargeAsTheServicesAccept() throws Exception {
        // ingress-nginx's default is 1m; chat accepts uploads up to 25 MiB (HTTP limit 30M).
        assertThat(ingressAnnotations(Map.of()).path(BODY_SIZE).asText()).isEqualTo("30m");
        assertThat(
                        ingressAnnotations(Map.of("ingress.maxBodySize", "64m"))
                                .path(BODY_SIZE)
                                .asText())
                .isEqualTo("64m");
        // Other annotations are kept, and an explicit one wins over ingress.maxBodySize.
        JsonNode explicit =
                ingressAnnotations(
                        Map.of(
                                "ingress.annotations.cert-manager\\.io/cluster-issuer",
                                "letsencrypt",
                                "ingress.annotations." + BODY_SIZE.replace(".", "\\."),
                                "100m"));
        assertThat(explicit.path(BODY_SIZE).asText()).isEqualTo("100m");
        assertThat(explicit.path("cert-manager.io/cluster-issuer").asText())
                .isEqualTo("letsencrypt");
        RenderedChart narrowed =
                RenderedChart.render(Map.of("ingress.trustedProxies", "10.42.0.0/16"));
        JsonNode app =
                narrowed.named("Deployment", "demo-chat")
                        .path("spec")
                        .path("template")
                        .path("spec")
                        .path("containers")
                        .get(0);
        assertThat(env(app, "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").path("value").asText())
                .isEqualTo("10.42.0.0/16");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("ingress.maxBodySize", "lots")))
                .hasMessageContaining("maxBodySize");
    }

    private static JsonNode ingressAnnotations(Map<String, Object> sets) throws Exception {
        return RenderedChart.render(sets)
                .named("Ingress", "demo-gateway")
                .path("metadata")
                .path("annotations");
    }

    @Test
    void disabledServiceHasNoDeploymentServiceOrRoute() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of("services.goals.enabled", false));
        assertThat(chart.ofKind("Deployment"))
                .extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("demo-chat", "demo-search");
        assertThat(chart.manifest).doesNotContain("/api/goals");
    }

    @Test
    void backupsAndTheContractPhaseAreOptIn() throws Exception {
        RenderedChart plain = RenderedChart.render(Map.of());
        assertThat(plain.ofKind("Job")).isEmpty();
        assertThat(plain.manifest).doesNotContain("MIGRATION_BACKUP_DIR");

        // As a Helm hook the Jobs are not part of the release manifest (helm runs them after the
        // upgrade)...
        assertThat(
                        RenderedChart.render(Map.of("migrationJob.contractPhase.enabled", true))
                                .ofKind("Job"))
                .isEmpty();
        // ...so inspect them rendered as plain Jobs, the form GitOps tools apply.
        RenderedChart full =
                RenderedChart.render(
                        Map.of(
                                "migrationJob.backup.enabled",
                                true,
                                "migrationJob.backup.claimName",
                                "backups",
                                "migrationJob.contractPhase.enabled",
                                true,
                                "migrationJob.contractPhase.hook",
                                false));
        // The release revision is part of the name: a re-sync creates a new Job rather than
        // patching a finished one (a Job's pod template is immutable).
        assertThat(full.ofKind("Job"))
                .extracting(j -> j.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder(
                        "demo-chat-contract-r1",
                        "demo-goals-contract-r1",
                        "demo-search-contract-r1");
        JsonNode job = full.named("Job", "demo-chat-contract-r1");
        assertThat(job.path("spec").path("ttlSecondsAfterFinished").asInt()).isEqualTo(86400);
        JsonNode container =
                job.path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(texts(container.path("args")))
                .containsExactly("migrate", "--service", "chat", "--phase", "contract");
        JsonNode init =
                full.named("Deployment", "demo-chat")
                        .path("spec")
                        .path("template")
                        .path("spec")
                        .path("initContainers")
                        .get(0);
        assertThat(env(init, "MIGRATION_BACKUP_DIR").path("value").asText()).isEqualTo("/backups");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("migrationJob.backup.enabled", true)))
                .hasMessageContaining("claimName)")
                .hasMessageContaining("is required when backups are enabled");
    }

    @Test
    void strictSchemaRejectsUnknownKeysAndWrongTypes() {
        assertThatThrownBy(() -> RenderedChart.render(Map.of("services.chat.replica", 3)))
                .hasMessageContaining("replica");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("database.port", "not-a-port")))
                .hasMessageContaining("port");
    }

    @Test
    void noObjectRepeatsAKeyInAnyMapping() throws Exception {
        // The parser itself must reject duplicates, or the check below proves nothing.
        assertThatThrownBy(() -> RenderedChart.parse("kind: X\nmetadata:\n  a: 1\n  a: 1\n"))
                .hasMessageContaining("Duplicate");
        for (Map<String, Object> variation : Variations.ALL.values()) {
            // Parsing (strict duplicate detection) is the assertion; every kind still renders.
            RenderedChart chart = RenderedChart.renderWithHooks(variation);
            assertThat(chart.objects).isNotEmpty();
            for (JsonNode o : chart.ofKind("Deployment")) {
                assertThat(
                                o.path("metadata")
                                        .path("labels")
                                        .path("app.kubernetes.io/instance")
                                        .asText())
                        .isEqualTo("demo");
            }
        }
    }
}

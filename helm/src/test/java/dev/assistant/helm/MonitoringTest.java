package dev.assistant.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * metrics.*: the ServiceMonitor, PrometheusRule and dashboard ConfigMaps render only when enabled,
 * from the chart's files (files/prometheus, files/dashboards: the same files promtool and
 * deploy/local/observe use), and every PromQL expression in them parses (promtool).
 */
class MonitoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILES = RenderedChart.CHART.resolve("files");
    private static final Path OPERATIONS =
            RenderedChart.CHART
                    .toAbsolutePath()
                    .getParent()
                    .getParent()
                    .resolve("docs/operations.md");
    private static final List<String> DASHBOARDS =
            List.of("chat", "goals", "migrations", "outbox-kafka", "overview", "search");

    @Test
    void nothingRendersByDefault() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of());
        assertThat(chart.ofKind("ServiceMonitor")).isEmpty();
        assertThat(chart.ofKind("PrometheusRule")).isEmpty();
        assertThat(chart.ofKind("ConfigMap")).isEmpty();
    }

    @Test
    void eachObjectRendersOnlyWhenItsSwitchIsOn() throws Exception {
        RenderedChart monitors =
                RenderedChart.render(Map.of("metrics.serviceMonitor.enabled", true));
        assertThat(monitors.ofKind("ServiceMonitor")).hasSize(1);
        assertThat(monitors.ofKind("PrometheusRule")).isEmpty();
        assertThat(monitors.ofKind("ConfigMap")).isEmpty();

        RenderedChart rules = RenderedChart.render(Map.of("metrics.prometheusRule.enabled", true));
        assertThat(rules.ofKind("PrometheusRule")).hasSize(1);
        assertThat(rules.ofKind("ServiceMonitor")).isEmpty();

        RenderedChart dashboards = RenderedChart.render(Map.of("metrics.dashboards.enabled", true));
        assertThat(dashboards.ofKind("ConfigMap")).hasSize(DASHBOARDS.size());
        assertThat(dashboards.ofKind("ServiceMonitor")).isEmpty();
        assertThat(dashboards.ofKind("PrometheusRule")).isEmpty();
    }

    @Test
    void serviceMonitorScrapesEveryEnabledServiceAsItsJob() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.MONITORING);
        JsonNode monitor = chart.named("ServiceMonitor", "demo-assistant-suite");
        JsonNode labels = monitor.path("metadata").path("labels");
        assertThat(labels.path("release").asText()).isEqualTo("kube-prometheus-stack");
        assertThat(labels.path("app.kubernetes.io/instance").asText()).isEqualTo("demo");

        JsonNode spec = monitor.path("spec");
        // job = chat | goals | search, as the rules and dashboards select.
        assertThat(spec.path("jobLabel").asText()).isEqualTo("app.kubernetes.io/name");
        assertThat(RenderedChart.texts(spec.path("namespaceSelector").path("matchNames")))
                .containsExactly("assistant");
        JsonNode endpoint = spec.path("endpoints").get(0);
        JsonNode scrape =
                RenderedChart.YAML.readTree(FILES.resolve("prometheus/scrape.yaml").toFile());
        assertThat(endpoint.path("path").asText())
                .isEqualTo(scrape.path("path").asText())
                .isEqualTo("/q/metrics");
        assertThat(endpoint.path("port").asText()).isEqualTo(scrape.path("port").asText());
        assertThat(endpoint.path("interval").asText()).isEqualTo("30s");
        assertThat(endpoint.has("scrapeTimeout")).isFalse();

        // The selector picks exactly the release's Services, and their port has the scraped name.
        List<String> selected = new ArrayList<>();
        for (JsonNode service : chart.ofKind("Service")) {
            if (selects(spec.path("selector"), service.path("metadata").path("labels"))) {
                selected.add(service.path("metadata").path("name").asText());
                assertThat(service.path("spec").path("ports").findValuesAsText("name"))
                        .contains(endpoint.path("port").asText());
            }
        }
        assertThat(selected).containsExactlyInAnyOrder("demo-chat", "demo-goals", "demo-search");

        RenderedChart withoutGoals =
                RenderedChart.render(
                        Map.of(
                                "metrics.serviceMonitor.enabled",
                                true,
                                "metrics.serviceMonitor.interval",
                                "15s",
                                "metrics.serviceMonitor.scrapeTimeout",
                                "10s",
                                "services.goals.enabled",
                                false));
        JsonNode spec2 = withoutGoals.named("ServiceMonitor", "demo-assistant-suite").path("spec");
        assertThat(
                        RenderedChart.texts(
                                spec2.path("selector")
                                        .path("matchExpressions")
                                        .get(0)
                                        .path("values")))
                .containsExactly("chat", "search");
        assertThat(spec2.path("endpoints").get(0).path("interval").asText()).isEqualTo("15s");
        assertThat(spec2.path("endpoints").get(0).path("scrapeTimeout").asText()).isEqualTo("10s");
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        var fields = selector.path("matchLabels").fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText())) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            assertThat(expression.path("operator").asText()).isEqualTo("In");
            if (!RenderedChart.texts(expression.path("values"))
                    .contains(labels.path(expression.path("key").asText()).asText())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void prometheusRuleIsTheRulesFileWithSeveritiesAndRunbooks() throws Exception {
        JsonNode file =
                RenderedChart.YAML.readTree(FILES.resolve("prometheus/rules.yaml").toFile());
        JsonNode rule =
                RenderedChart.render(Variations.MONITORING)
                        .named("PrometheusRule", "demo-assistant-suite");
        assertThat(rule.path("metadata").path("labels").path("release").asText())
                .isEqualTo("kube-prometheus-stack");
        assertThat(rule.path("spec").path("groups")).isEqualTo(file.path("groups"));

        Set<String> anchors = headingAnchors();
        Set<String> alerts = new TreeSet<>();
        for (JsonNode r : rule.path("spec").path("groups").findValues("rules")) {
            for (JsonNode alert : r) {
                String name = alert.path("alert").asText();
                assertThat(name).startsWith("Assistant");
                assertThat(alerts.add(name)).as("alert %s defined once", name).isTrue();
                assertThat(alert.path("labels").path("severity").asText())
                        .as(name)
                        .isIn("critical", "warning", "info");
                JsonNode annotations = alert.path("annotations");
                assertThat(annotations.path("summary").asText()).as(name).isNotBlank();
                assertThat(annotations.path("description").asText()).as(name).isNotBlank();
                assertThat(annotations.path("runbook_url").asText())
                        .as(name)
                        .isEqualTo("docs/operations.md#" + name.toLowerCase(Locale.ROOT));
                assertThat(anchors)
                        .as("docs/operations.md has a heading for the runbook of %s", name)
                        .contains(name.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(14);

        // promtool's unit tests cover every alert.
        String tests = Files.readString(FILES.resolve("prometheus/rules.test.yaml"));
        for (String alert : alerts) {
            assertThat(tests)
                    .as("rules.test.yaml tests %s", alert)
                    .contains("alertname: " + alert + "\n");
        }

        JsonNode published =
                RenderedChart.render(
                                Map.of(
                                        "metrics.prometheusRule.enabled",
                                        true,
                                        "metrics.prometheusRule.runbookBaseUrl",
                                        "https://git.example.com/suite/blob/main/docs/operations.md"))
                        .named("PrometheusRule", "demo-assistant-suite");
        assertThat(published.path("spec").findValuesAsText("runbook_url"))
                .hasSize(alerts.size())
                .allMatch(
                        u ->
                                u.startsWith(
                                        "https://git.example.com/suite/blob/main/docs/operations.md#assistant"));
    }

    /** GitHub-style anchors of the markdown headings of docs/operations.md. */
    private static Set<String> headingAnchors() throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : Files.readAllLines(OPERATIONS)) {
            if (line.startsWith("#")) {
                anchors.add(
                        line.replaceFirst("^#+\\s*", "")
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9 _-]", "")
                                .replace(' ', '-'));
            }
        }
        return anchors;
    }

    @Test
    void dashboardsAreGrafanaJsonConfigMapsForTheSidecar() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.MONITORING);
        List<JsonNode> maps = chart.ofKind("ConfigMap");
        assertThat(maps).hasSize(DASHBOARDS.size());
        Set<String> uids = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (JsonNode map : maps) {
            assertThat(map.path("metadata").path("labels").path("grafana_dashboard").asText())
                    .isEqualTo("1");
            assertThat(
                            map.path("metadata")
                                    .path("labels")
                                    .path("app.kubernetes.io/instance")
                                    .asText())
                    .isEqualTo("demo");
            names.add(map.path("metadata").path("name").asText());
            var data = map.path("data").fields();
            var entry = data.next();
            assertThat(data.hasNext()).isFalse();
            JsonNode dashboard = JSON.readTree(entry.getValue().asText());
            String file = entry.getKey().replaceFirst("^assistant-suite-", "");
            // The ConfigMap holds the file as it is.
            assertThat(dashboard)
                    .isEqualTo(JSON.readTree(FILES.resolve("dashboards/" + file).toFile()));
            assertThat(uids.add(dashboard.path("uid").asText())).isTrue();
            assertThat(dashboard.path("title").asText()).startsWith("Assistant suite / ");
            assertThat(dashboard.path("templating").path("list").findValuesAsText("name"))
                    .contains("datasource", "namespace");
            int panels = 0;
            for (JsonNode panel : dashboard.path("panels")) {
                if (panel.path("type").asText().equals("row")) {
                    continue;
                }
                panels++;
                assertThat(panel.path("datasource").path("uid").asText())
                        .isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asText()).isNotBlank();
                }
            }
            assertThat(panels).as(file).isGreaterThanOrEqualTo(5);
        }
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(
                        DASHBOARDS.stream()
                                .map(d -> "demo-assistant-suite-dashboard-" + d)
                                .toList());
        RenderedChart folder =
                RenderedChart.render(
                        Map.of(
                                "metrics.dashboards.enabled", true,
                                "metrics.dashboards.labels.grafana_dashboard", "yes",
                                "metrics.dashboards.annotations.grafana_folder", "Assistant"));
        for (JsonNode map : folder.ofKind("ConfigMap")) {
            assertThat(map.path("metadata").path("labels").path("grafana_dashboard").asText())
                    .isEqualTo("yes");
            assertThat(map.path("metadata").path("annotations").path("grafana_folder").asText())
                    .isEqualTo("Assistant");
        }
    }

    /** Every expression of the dashboards, Grafana's variables replaced as Grafana would. */
    static Map<String, String> dashboardQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : DASHBOARDS) {
            JsonNode dashboard =
                    JSON.readTree(FILES.resolve("dashboards/" + name + ".json").toFile());
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.put(
                            name
                                    + " / "
                                    + panel.path("title").asText()
                                    + " / "
                                    + target.path("refId").asText(),
                            target.path("expr")
                                    .asText()
                                    .replace("$__rate_interval", "1m")
                                    .replace("$namespace", ".*"));
                }
            }
        }
        return queries;
    }

    @Test
    void everyPromqlExpressionParsesAndTheRuleUnitTestsPass() throws Exception {
        Path promtool = Path.of(System.getProperty("promtool", "/usr/bin/promtool"));
        assumeThat(Files.isExecutable(promtool))
                .as("promtool (apt-get install prometheus) is needed to parse PromQL")
                .isTrue();
        Path work = Files.createTempDirectory("promql");
        Map<String, String> queries = dashboardQueries();
        assertThat(queries).hasSizeGreaterThan(50);
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        int i = 0;
        for (String expr : queries.values()) {
            rules.append("      - record: dashboard_query_")
                    .append(i++)
                    .append("\n        expr: ")
                    .append(JSON.writeValueAsString(expr))
                    .append('\n');
        }
        Path dashboards = work.resolve("dashboards.rules.yaml");
        Files.writeString(dashboards, rules);
        assertThat(run(promtool, "check", "rules", dashboards.toString())).contains("SUCCESS");
        assertThat(
                        run(
                                promtool,
                                "check",
                                "rules",
                                FILES.resolve("prometheus/rules.yaml").toString()))
                .contains("SUCCESS");
        assertThat(
                        run(
                                promtool,
                                "test",
                                "rules",
                                FILES.resolve("prometheus/rules.test.yaml").toString()))
                .contains("SUCCESS");
    }

    private static String run(Path promtool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    @Test
    void everySuiteMetricInRulesAndDashboardsIsDocumented() throws Exception {
        String docs = Files.readString(OPERATIONS);
        StringBuilder all =
                new StringBuilder(Files.readString(FILES.resolve("prometheus/rules.yaml")));
        dashboardQueries().values().forEach(all::append);
        Matcher m = Pattern.compile("\\b(assistant_[a-z_]+|migration_job_[a-z_]+)").matcher(all);
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!docs.contains(m.group(1).replaceAll("_(bucket|count|sum)$", ""))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("metrics used but not documented in docs/operations.md").isEmpty();
    }
}

package dev.assistant.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in NetworkPolicies: in from the ingress controller, monitoring and helm test; out to DNS and
 * the data stores.
 */
class NetworkPolicyTest {

    @Test
    void offByDefault() throws Exception {
        assertThat(RenderedChart.render(Map.of()).ofKind("NetworkPolicy")).isEmpty();
    }

    @Test
    void servicesAcceptOnlyTheControllerMonitoringAndTests() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of("networkPolicy.enabled", true));
        assertThat(chart.ofKind("NetworkPolicy")).hasSize(3);
        JsonNode spec = chart.named("NetworkPolicy", "demo-goals").path("spec");
        assertThat(
                        spec.path("podSelector")
                                .path("matchLabels")
                                .path("app.kubernetes.io/name")
                                .asText())
                .isEqualTo("goals");
        assertThat(RenderedChart.texts(spec.path("policyTypes")))
                .containsExactly("Ingress", "Egress");
        assertThat(spec.path("ingress")).hasSize(1);
        JsonNode from = spec.path("ingress").get(0).path("from");
        assertThat(from).hasSize(3);
        assertThat(
                        from.get(0)
                                .path("namespaceSelector")
                                .path("matchLabels")
                                .path("kubernetes.io/metadata.name")
                                .asText())
                .isEqualTo("ingress-nginx");
        assertThat(
                        from.get(1)
                                .path("podSelector")
                                .path("matchLabels")
                                .path("app.kubernetes.io/name")
                                .asText())
                .isEqualTo("prometheus");
        assertThat(
                        from.get(2)
                                .path("podSelector")
                                .path("matchLabels")
                                .path("app.kubernetes.io/component")
                                .asText())
                .isEqualTo("helm-test");
        assertThat(spec.path("ingress").get(0).path("ports").get(0).path("port").asInt())
                .isEqualTo(8080);
    }

    @Test
    void egressOnlyToDnsAndTheDataStores() throws Exception {
        RenderedChart chart =
                RenderedChart.render(
                        Map.of(
                                "networkPolicy.enabled",
                                true,
                                "networkPolicy.egress.postgresql.cidrs[0]",
                                "10.20.0.0/24",
                                "networkPolicy.egress.kafka.ports[0]",
                                9093,
                                "networkPolicy.egress.kafka.peers[0].namespaceSelector.matchLabels.name",
                                "kafka"));
        assertThat(ports(chart, "demo-chat"))
                .containsExactly("UDP/53,TCP/53", "TCP/5432", "TCP/9093", "TCP/6379");
        // Only chat uses Redis.
        assertThat(ports(chart, "demo-search"))
                .containsExactly("UDP/53,TCP/53", "TCP/5432", "TCP/9093");
        JsonNode egress = chart.named("NetworkPolicy", "demo-search").path("spec").path("egress");
        assertThat(
                        egress.get(0)
                                .path("to")
                                .get(0)
                                .path("podSelector")
                                .path("matchLabels")
                                .path("k8s-app")
                                .asText())
                .isEqualTo("kube-dns");
        assertThat(egress.get(1).path("to").get(0).path("ipBlock").path("cidr").asText())
                .isEqualTo("10.20.0.0/24");
        assertThat(
                        egress.get(2)
                                .path("to")
                                .get(0)
                                .path("namespaceSelector")
                                .path("matchLabels")
                                .path("name")
                                .asText())
                .isEqualTo("kafka");
    }

    @Test
    void contractJobsReachOnlyDnsAndPostgresql() throws Exception {
        RenderedChart chart =
                RenderedChart.render(
                        Map.of(
                                "networkPolicy.enabled",
                                true,
                                "migrationJob.contractPhase.enabled",
                                true,
                                "migrationJob.contractPhase.hook",
                                false));
        JsonNode spec = chart.named("NetworkPolicy", "demo-contract-migrations").path("spec");
        assertThat(spec.has("ingress")).isFalse();
        assertThat(ports(chart, "demo-contract-migrations"))
                .containsExactly("UDP/53,TCP/53", "TCP/5432");
        JsonNode jobLabels =
                chart.named("Job", "demo-chat-contract-r1")
                        .path("spec")
                        .path("template")
                        .path("metadata")
                        .path("labels");
        spec.path("podSelector")
                .path("matchLabels")
                .fields()
                .forEachRemaining(
                        e ->
                                assertThat(jobLabels.path(e.getKey()).asText())
                                        .isEqualTo(e.getValue().asText()));
        // The Job's pods never match a Service's selector.
        assertThat(jobLabels.path("app.kubernetes.io/name").asText()).isEqualTo("chat-contract");
    }

    private static List<String> ports(RenderedChart chart, String policy) {
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : chart.named("NetworkPolicy", policy).path("spec").path("egress")) {
            List<String> ports = new ArrayList<>();
            rule.path("ports")
                    .forEach(
                            p ->
                                    ports.add(
                                            p.path("protocol").asText()
                                                    + "/"
                                                    + p.path("port").asText()));
            rules.add(String.join(",", ports));
        }
        return rules;
    }
}

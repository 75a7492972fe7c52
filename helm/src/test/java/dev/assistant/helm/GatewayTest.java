package dev.assistant.helm;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingress edge cases, the Gateway API HTTPRoute, and NOTES.txt's routes and Secrets. */
class GatewayTest {

    private static final Map<String, Object> NO_SERVICES =
            Map.of(
                    "services.chat.enabled",
                    false,
                    "services.goals.enabled",
                    false,
                    "services.search.enabled",
                    false);

    @Test
    void noServiceNoIngressNoRoute() throws Exception {
        Map<String, Object> values = new HashMap<>(NO_SERVICES);
        values.put("httpRoute.enabled", true);
        values.put("httpRoute.parentRefs[0].name", "gw");
        RenderedChart chart = RenderedChart.render(values);
        assertThat(chart.ofKind("Ingress")).isEmpty();
        assertThat(chart.ofKind("HTTPRoute")).isEmpty();
        assertThat(chart.manifest).doesNotContain("paths: null");
    }

    @Test
    void tlsSecretNeedsAHost() throws Exception {
        assertThatThrownBy(
                        () ->
                                RenderedChart.render(
                                        Map.of("ingress.tlsSecret", "gw-tls", "ingress.host", "")))
                .hasMessageContaining("ingress.host is required when ingress.tlsSecret is set");
        JsonNode tls =
                RenderedChart.render(Map.of("ingress.tlsSecret", "gw-tls"))
                        .named("Ingress", "demo-gateway")
                        .path("spec")
                        .path("tls")
                        .get(0);
        assertThat(RenderedChart.texts(tls.path("hosts"))).containsExactly("assistant.example.com");
        // No host, no TLS: a catch-all rule without host.
        JsonNode rule =
                RenderedChart.render(Map.of("ingress.host", ""))
                        .named("Ingress", "demo-gateway")
                        .path("spec")
                        .path("rules")
                        .get(0);
        assertThat(rule.has("host")).isFalse();
        assertThat(rule.path("http").path("paths")).hasSize(3);
    }

    @Test
    void httpRouteCarriesTheSameRoutes() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.HTTP_ROUTE);
        assertThat(chart.ofKind("Ingress")).isEmpty();
        JsonNode route = chart.named("HTTPRoute", "demo-gateway");
        assertThat(route.path("apiVersion").asText()).isEqualTo("gateway.networking.k8s.io/v1");
        assertThat(route.path("spec").path("parentRefs").get(0).path("namespace").asText())
                .isEqualTo("gateways");
        assertThat(RenderedChart.texts(route.path("spec").path("hostnames")))
                .containsExactly("assistant.example.com");
        JsonNode rules = route.path("spec").path("rules");
        assertThat(rules.findValuesAsText("value"))
                .containsExactly("/api/chat", "/api/goals", "/api/search");
        assertThat(rules.get(1).path("backendRefs").get(0).path("name").asText())
                .isEqualTo("demo-goals");
        assertThat(rules.get(1).path("matches").get(0).path("path").path("type").asText())
                .isEqualTo("PathPrefix");

        Map<String, Object> withoutGoals = new java.util.HashMap<>(Variations.HTTP_ROUTE);
        withoutGoals.put("services.goals.enabled", false);
        assertThat(
                        RenderedChart.render(withoutGoals)
                                .named("HTTPRoute", "demo-gateway")
                                .path("spec")
                                .path("rules")
                                .findValuesAsText("value"))
                .containsExactly("/api/chat", "/api/search");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("httpRoute.enabled", true)))
                .hasMessageContaining("httpRoute.parentRefs is required");
    }

    @Test
    void notesListOnlyEnabledRoutesAndTheSecretsToCreate() {
        String notes = RenderedChart.notes(Map.of("services.goals.enabled", false));
        assertThat(notes).contains("http://assistant.example.com/api/chat  ->  demo-chat");
        assertThat(notes).contains("/api/search");
        assertThat(notes).doesNotContain("/api/goals").doesNotContain("goals_migrator");
        assertThat(notes).contains("assistant-suite-jwt (key public.pem)");
        assertThat(notes).contains("assistant-suite-chat-db (key password)");
        assertThat(notes).contains("assistant-suite-chat-migrator-db (key password)");
        assertThat(notes).contains("helm test demo");

        String secure = RenderedChart.notes(Variations.TLS_AND_SASL);
        assertThat(secure)
                .contains("pg-ca (key ca.crt)")
                .contains("kafka-client (keys username, password)")
                .contains("redis-auth (key password)")
                .contains("redis-ca (key ca.crt)");
        assertThat(RenderedChart.notes(Variations.HTTP_ROUTE))
                .contains("HTTPRoute demo-gateway on shared-gateway")
                .contains("/api/goals on assistant.example.com");
        assertThat(RenderedChart.notes(NO_SERVICES)).contains("No service is enabled");
    }
}

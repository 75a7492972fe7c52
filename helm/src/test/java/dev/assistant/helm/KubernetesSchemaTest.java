package dev.assistant.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every object the chart renders, for the defaults and each variation, plain and with its hooks,
 * validated strictly (unknown fields, required fields, types) against the API of each Kubernetes
 * release the suite targets. See {@link KubernetesSchemas} for where the schemas come from.
 */
class KubernetesSchemaTest {

    static final List<String> KUBERNETES = List.of("1.28", "1.30", "1.31");

    /** Custom resources: not in Kubernetes' own API, so no release schema to hold them to. */
    static final Map<String, String> CUSTOM_GROUPS =
            Map.of(
                    "gateway.networking.k8s.io",
                    "Gateway API CRD (installed with the gateway controller, not part of Kubernetes)",
                    "monitoring.coreos.com",
                    "Prometheus Operator CRD (not part of Kubernetes)");

    static Stream<Arguments> variations() {
        return Variations.ALL.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variations")
    void everyRenderedObjectIsValidInKubernetes128To131(String variation, Map<String, Object> sets)
            throws Exception {
        List<JsonNode> objects = new ArrayList<>(RenderedChart.render(sets).objects);
        List<JsonNode> withHooks = RenderedChart.renderWithHooks(sets).objects;
        objects.addAll(withHooks);
        assertThat(withHooks).isNotEmpty();

        List<String> failures = new ArrayList<>();
        Map<String, Integer> validated = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        for (String kubernetes : KUBERNETES) {
            if (variation.equals("sleepAction") && kubernetes.equals("1.28")) {
                // values.yaml: the kubelet's sleep action is for Kubernetes 1.30+ (alpha in 1.29).
                skipped.put("Kubernetes 1.28", "gracefulShutdown.useSleepAction is for 1.30+");
                continue;
            }
            KubernetesSchemas schemas = KubernetesSchemas.of(kubernetes);
            for (JsonNode object : objects) {
                String apiVersion = object.path("apiVersion").asText();
                String kind = object.path("kind").asText();
                String id =
                        apiVersion
                                + " "
                                + kind
                                + " "
                                + object.path("metadata").path("name").asText();
                String group =
                        apiVersion.contains("/")
                                ? apiVersion.substring(0, apiVersion.indexOf('/'))
                                : "";
                if (CUSTOM_GROUPS.containsKey(group)) {
                    skipped.put(apiVersion + " " + kind, CUSTOM_GROUPS.get(group));
                    continue;
                }
                if (schemas.schema(apiVersion, kind) == null) {
                    failures.add("Kubernetes " + kubernetes + " serves no " + id);
                    continue;
                }
                List<String> messages = schemas.validate(object);
                messages.forEach(
                        m -> failures.add("Kubernetes " + kubernetes + ", " + id + ": " + m));
                validated.merge(apiVersion + " " + kind, 1, Integer::sum);
            }
        }
        System.out.println(
                "["
                        + variation
                        + "] validated against Kubernetes "
                        + KUBERNETES
                        + ": "
                        + validated
                        + (skipped.isEmpty() ? "" : "; skipped " + skipped));
        assertThat(failures).as(variation).isEmpty();
        assertThat(validated).containsKeys("apps/v1 Deployment", "v1 Service");
    }

    private static ObjectNode deployment() throws Exception {
        return (ObjectNode)
                RenderedChart.render(Map.of()).named("Deployment", "demo-chat").deepCopy();
    }

    @Test
    void validatorRejectsAnUnknownField() throws Exception {
        for (String kubernetes : KUBERNETES) {
            ObjectNode deployment = deployment();
            assertThat(KubernetesSchemas.of(kubernetes).validate(deployment)).isEmpty();
            ((ObjectNode) deployment.path("spec")).put("replicasX", 2);
            assertThat(KubernetesSchemas.of(kubernetes).validate(deployment))
                    .as(kubernetes)
                    .anyMatch(m -> m.contains("replicasX"));

            ObjectNode container = deployment();
            ((ObjectNode) container.at("/spec/template/spec/containers/0"))
                    .put("imagePullPolicyX", "Always");
            assertThat(KubernetesSchemas.of(kubernetes).validate(container))
                    .as(kubernetes)
                    .anyMatch(m -> m.contains("imagePullPolicyX"));
        }
    }

    @Test
    void validatorRejectsAWrongTypeAndAMissingRequiredField() throws Exception {
        for (String kubernetes : KUBERNETES) {
            ObjectNode wrongType = deployment();
            ((ObjectNode) wrongType.path("spec")).put("replicas", "three");
            assertThat(KubernetesSchemas.of(kubernetes).validate(wrongType))
                    .as(kubernetes)
                    .anyMatch(m -> m.contains("replicas"));

            ObjectNode noName = deployment();
            ((ObjectNode) noName.at("/spec/template/spec/containers/0")).remove("name");
            assertThat(KubernetesSchemas.of(kubernetes).validate(noName))
                    .as(kubernetes)
                    .anyMatch(m -> m.contains("name"));

            ObjectNode noSelector = deployment();
            ((ObjectNode) noSelector.path("spec")).remove("selector");
            assertThat(KubernetesSchemas.of(kubernetes).validate(noSelector))
                    .as(kubernetes)
                    .anyMatch(m -> m.contains("selector"));
        }
    }

    @Test
    void intOrStringTakesBothAndNothingElse() throws Exception {
        for (String kubernetes : KUBERNETES) {
            KubernetesSchemas schemas = KubernetesSchemas.of(kubernetes);
            ObjectNode service =
                    (ObjectNode)
                            RenderedChart.render(Map.of()).named("Service", "demo-chat").deepCopy();
            ObjectNode port = (ObjectNode) service.at("/spec/ports/0");
            port.put("targetPort", 8080);
            assertThat(schemas.validate(service)).isEmpty();
            port.put("targetPort", "http");
            assertThat(schemas.validate(service)).isEmpty();
            port.put("targetPort", true);
            assertThat(schemas.validate(service)).as(kubernetes).isNotEmpty();
        }
    }

    @Test
    void aKindTheReleaseDoesNotServeHasNoSchema() throws Exception {
        KubernetesSchemas schemas = KubernetesSchemas.of("1.28");
        assertThat(schemas.schema("apps/v1", "Deployment")).isNotNull();
        assertThat(schemas.schema("extensions/v1beta1", "Deployment")).isNull();
        assertThat(schemas.schema("policy/v1beta1", "PodDisruptionBudget")).isNull();
        assertThat(schemas.schema("gateway.networking.k8s.io/v1", "HTTPRoute")).isNull();
    }
}

package dev.assistant.helm;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.assistant.helm.RenderedChart.HOOK_STAND_IN;
import static dev.assistant.helm.RenderedChart.envSecret;
import static dev.assistant.helm.RenderedChart.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Hooks: helm test pods and the contract-phase Job as a post-upgrade hook. */
class HooksTest {

    @Test
    void helmTestChecksReadinessOfEveryEnabledService() throws Exception {
        RenderedChart chart =
                RenderedChart.renderWithHooks(Map.of("services.goals.enabled", false));
        assertThat(chart.ofKind("Pod"))
                .extracting(p -> p.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("demo-chat-test-ready", "demo-search-test-ready");
        JsonNode pod = chart.named("Pod", "demo-search-test-ready");
        assertThat(pod.path("metadata").path("annotations").path(HOOK_STAND_IN).asText())
                .isEqualTo("test");
        JsonNode curl = pod.path("spec").path("containers").get(0);
        assertThat(curl.path("image").asText()).isEqualTo("docker.io/curlimages/curl:8.11.1");
        assertThat(texts(curl.path("args")))
                .contains("--fail")
                .last()
                .isEqualTo("http://demo-search/q/health/ready");
        assertThat(pod.path("spec").path("restartPolicy").asText()).isEqualTo("Never");
        assertThat(pod.path("spec").path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("metadata").path("labels").path("app.kubernetes.io/component").asText())
                .isEqualTo("helm-test");

        RenderedChart mirrored =
                RenderedChart.renderWithHooks(
                        Map.of(
                                "tests.image.registry",
                                "mirror.local",
                                "tests.image.repository",
                                "tools/curl",
                                "tests.image.tag",
                                "v1"));
        assertThat(
                        mirrored.named("Pod", "demo-chat-test-ready")
                                .path("spec")
                                .path("containers")
                                .get(0)
                                .path("image")
                                .asText())
                .isEqualTo("mirror.local/tools/curl:v1");
        assertThat(RenderedChart.renderWithHooks(Map.of("tests.enabled", false)).ofKind("Pod"))
                .isEmpty();
    }

    @Test
    void authenticatedRoundTripOnlyWithATokenSecret() throws Exception {
        assertThat(RenderedChart.renderWithHooks(Map.of()).ofKind("Pod"))
                .extracting(p -> p.path("metadata").path("name").asText())
                .doesNotContain("demo-chat-test-auth");
        RenderedChart chart =
                RenderedChart.renderWithHooks(Variations.ALL.get("helmTestWithToken"));
        JsonNode curl =
                chart.named("Pod", "demo-chat-test-auth").path("spec").path("containers").get(0);
        assertThat(envSecret(curl, "TEST_TOKEN")).isEqualTo("suite-test-token/token");
        assertThat(texts(curl.path("args")))
                .contains("Authorization: Bearer $(TEST_TOKEN)")
                .last()
                .isEqualTo("http://demo-chat/api/chat/me");
    }

    @Test
    void contractJobIsAPostUpgradeHookNamedPerRevision() throws Exception {
        RenderedChart chart = RenderedChart.renderWithHooks(Variations.CONTRACT_PHASE);
        JsonNode job = chart.named("Job", "demo-search-contract-r1");
        assertThat(job.path("metadata").path("annotations").path(HOOK_STAND_IN).asText())
                .isEqualTo("post-upgrade");
        assertThat(job.path("spec").path("ttlSecondsAfterFinished").asInt()).isEqualTo(86400);
        JsonNode pod = job.path("spec").path("template").path("spec");
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo("demo-assistant-suite");
        // Per-service backup claims (a ReadWriteOnce claim per service) or one shared claim.
        assertThat(claim(pod)).isEqualTo("search-backups");
        assertThat(
                        claim(
                                chart.named("Job", "demo-chat-contract-r1")
                                        .path("spec")
                                        .path("template")
                                        .path("spec")))
                .isEqualTo("suite-backups");
        assertThat(claim(chart.pod("search"))).isEqualTo("search-backups");
    }

    private static String claim(JsonNode pod) {
        for (JsonNode v : pod.path("volumes")) {
            if (v.path("name").asText().equals("backups")) {
                return v.path("persistentVolumeClaim").path("claimName").asText();
            }
        }
        throw new AssertionError("no backups volume in " + pod);
    }
}

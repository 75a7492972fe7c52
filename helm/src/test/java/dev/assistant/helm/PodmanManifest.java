package dev.assistant.helm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The chart's Deployments as {@code podman kube play} runs them on one machine ({@code
 * deploy/local/suite kube up}): rendered by helm-java with the given values, then adapted where
 * podman 4.3 differs from a cluster, and nowhere else:
 *
 * <ul>
 *   <li>only Deployments: podman has no Services, Ingress, PDBs, HPAs, NetworkPolicies or
 *       ServiceAccounts (the local nginx gateway stands in for the Service and Ingress);
 *   <li>the host's network, so pods reach the local PostgreSQL, Kafka and Redis on 127.0.0.1 (each
 *       service on its own {@code containerPort}; declared ports go, probes name the number);
 *   <li>restartPolicy OnFailure: with Always, podman 4.3 restarts a finished init container forever
 *       and never starts the main one (containers/podman#16343, fixed in 4.6);
 *   <li>scheduling hints (affinity, topology spread) dropped: one node;
 *   <li>a secret volume becomes a folder of the same files under {@code secrets.dir} (system
 *       property): podman 4.3 crashes on secret volumes; environment variables from Secrets
 *       (secretKeyRef) stay as they are, resolved from podman secrets.
 * </ul>
 *
 * Usage: {@code PodmanManifest OUTPUT key=value...} (helm --set syntax; system property chart.dir
 * names the chart).
 */
public final class PodmanManifest {

    private PodmanManifest() {}

    /**
     * On the host's network podman 4.3 refuses declared container ports ("PortMappings can only be
     * used with Bridge or slirp4netns networking"): they go, and the probes name the number.
     */
    private static void portsAsNumbers(ObjectNode container) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (JsonNode port : container.path("ports")) {
            named.put(port.path("name").asText(), port.path("containerPort").asInt());
        }
        container.remove("ports");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            if (get.path("port").isTextual() && named.containsKey(get.path("port").asText())) {
                ((ObjectNode) get).put("port", named.get(get.path("port").asText()));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> sets = new LinkedHashMap<>();
        for (String set : List.of(args).subList(1, args.length)) {
            int eq = set.indexOf('=');
            sets.put(set.substring(0, eq), set.substring(eq + 1));
        }
        RenderedChart chart = RenderedChart.render(sets);
        String secretFiles = System.getProperty("secrets.dir");
        ObjectMapper yaml =
                new ObjectMapper(
                        YAMLFactory.builder()
                                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                                .build());
        StringBuilder out = new StringBuilder();
        for (JsonNode deployment : chart.ofKind("Deployment")) {
            ObjectNode pod = (ObjectNode) deployment.path("spec").path("template").path("spec");
            pod.put("hostNetwork", true);
            pod.put("restartPolicy", "OnFailure");
            pod.remove(List.of("affinity", "topologySpreadConstraints", "serviceAccountName"));
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("secret")) {
                    // podman 4.3 crashes on secret volumes (a nil secrets manager in
                    // VolumeFromSecret): the Secret's files come from a folder instead.
                    String name = volume.path("secret").path("secretName").asText();
                    ObjectNode hostPath = ((ObjectNode) volume).putObject("hostPath");
                    hostPath.put("path", Path.of(secretFiles, name).toString());
                    hostPath.put("type", "Directory");
                    ((ObjectNode) volume).remove("secret");
                }
            }
            for (JsonNode container : pod.path("containers")) {
                portsAsNumbers((ObjectNode) container);
            }
            out.append("---\n").append(yaml.writeValueAsString(deployment));
        }
        Files.writeString(Path.of(args[0]), out.toString());
    }
}

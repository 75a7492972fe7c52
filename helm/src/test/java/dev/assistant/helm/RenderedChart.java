package dev.assistant.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.TemplateCommand;

/**
 * The chart rendered by helm template (helm-java), as parsed Kubernetes objects. Parsing rejects a
 * key repeated in one mapping (kustomize and GitOps post-renderers do).
 */
final class RenderedChart {

    static final Path CHART = Path.of(System.getProperty("chart.dir", "assistant-suite"));

    /** Stands in for helm.sh/hook in {@link #renderWithHooks}, so hooks render as objects. */
    static final String HOOK_STAND_IN = "rendered-hook.assistant.dev/hook";

    static final ObjectMapper YAML =
            new ObjectMapper(
                            YAMLFactory.builder()
                                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                    .build())
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    final String manifest;
    final List<JsonNode> objects;

    private RenderedChart(String manifest) throws IOException {
        this.manifest = manifest;
        this.objects = parse(manifest);
    }

    static List<JsonNode> parse(String manifest) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(manifest)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && doc.has("kind")) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    static RenderedChart render(Map<String, Object> sets) throws Exception {
        return render(CHART, sets);
    }

    private static RenderedChart render(Path chart, Map<String, Object> sets) throws Exception {
        TemplateCommand template =
                new Helm(chart)
                        .template()
                        .withName("demo")
                        .withNamespace("assistant")
                        // The oldest Kubernetes the chart supports (Chart.yaml kubeVersion).
                        .withKubeVersion("1.25.0");
        sets.forEach(template::set);
        return new RenderedChart(template.call());
    }

    /**
     * helm template leaves hooks (helm test pods, the contract Job as a hook) out of its output.
     * This renders a copy of the chart whose helm.sh/hook annotations are renamed to {@link
     * #HOOK_STAND_IN}, so the hooks come out as ordinary objects, their hook kind kept in that
     * annotation.
     */
    static RenderedChart renderWithHooks(Map<String, Object> sets) throws Exception {
        Path copy = Files.createTempDirectory("chart-with-hooks").resolve(CHART.getFileName());
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    String text = Files.readString(source);
                    if (source.getParent().getFileName().toString().equals("templates")) {
                        text = text.replace("helm.sh/hook:", HOOK_STAND_IN + ":");
                    }
                    Files.writeString(target, text);
                }
            }
        }
        return render(copy, sets);
    }

    /** NOTES.txt as helm install prints it (a client-only dry run). */
    static String notes(Map<String, Object> sets) {
        InstallCommand install =
                new Helm(CHART)
                        .install()
                        .withName("demo")
                        .withNamespace("assistant")
                        .withKubeVersion("1.25.0")
                        .dryRun()
                        .clientOnly();
        sets.forEach(install::set);
        String output = install.call().getOutput();
        int notes = output.indexOf("NOTES:");
        return notes < 0 ? "" : output.substring(notes);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no " + kind + " " + name + " in:\n" + manifest));
    }

    /** The pod spec of Deployment demo-{service}. */
    JsonNode pod(String service) {
        return named("Deployment", "demo-" + service).path("spec").path("template").path("spec");
    }

    /** The service container of Deployment demo-{service}. */
    JsonNode app(String service) {
        return pod(service).path("containers").get(0);
    }

    /** The migrate init container of Deployment demo-{service}. */
    JsonNode init(String service) {
        return pod(service).path("initContainers").get(0);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static JsonNode env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.path("name").asText())) {
                return e;
            }
        }
        throw new AssertionError("no env " + name + " in " + container);
    }

    static boolean hasEnv(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    static String envValue(JsonNode container, String name) {
        return env(container, name).path("value").asText();
    }

    /** The Secret an env var reads, as "name/key". */
    static String envSecret(JsonNode container, String name) {
        JsonNode ref = env(container, name).path("valueFrom").path("secretKeyRef");
        return ref.path("name").asText() + "/" + ref.path("key").asText();
    }
}

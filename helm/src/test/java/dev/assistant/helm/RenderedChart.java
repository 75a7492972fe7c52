package dev.assistant.helm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/** The chart rendered by helm template (helm-java), as parsed Kubernetes objects. */
final class RenderedChart {

    static final Path CHART = Path.of(System.getProperty("chart.dir", "assistant-suite"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String manifest;
    final List<JsonNode> objects;

    private RenderedChart(String manifest) throws Exception {
        this.manifest = manifest;
        this.objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(manifest)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && doc.has("kind")) {
                    objects.add(doc);
                }
            }
        }
    }

    static RenderedChart render(Map<String, Object> sets) throws Exception {
        TemplateCommand template =
                new Helm(CHART)
                        .template()
                        .withName("demo")
                        .withNamespace("assistant")
                        // The oldest Kubernetes the chart supports (Chart.yaml kubeVersion).
                        .withKubeVersion("1.25.0");
        sets.forEach(template::set);
        return new RenderedChart(template.call());
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
}

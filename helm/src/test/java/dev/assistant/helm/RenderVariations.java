package dev.assistant.helm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the chart rendered for every documented variation (the defaults among them; hooks
 * included), one manifest per variation, for tools outside the JVM to check:
 * deploy/local/chart-check runs kubectl kustomize over each (what GitOps post-renderers do).
 *
 * <p>Usage: {@code RenderVariations OUTPUT_DIR} (system property chart.dir names the chart).
 */
public final class RenderVariations {

    private RenderVariations() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, Map<String, Object>> variation : Variations.ALL.entrySet()) {
            write(out, variation.getKey(), variation.getValue());
        }
    }

    private static void write(Path out, String name, Map<String, Object> values) throws Exception {
        Files.writeString(
                out.resolve(name + ".yaml"), RenderedChart.renderWithHooks(values).manifest);
    }
}

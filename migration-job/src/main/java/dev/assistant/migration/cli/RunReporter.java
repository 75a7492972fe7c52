package dev.assistant.migration.cli;

import java.io.PrintStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assistant.migration.core.MigrationRun;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the run summary: one JSON line on stdout (logs go to stderr, so stdout stays
 * machine-readable), or a short readable line with {@code --output text}.
 */
@ApplicationScoped
public class RunReporter {

    private final ObjectMapper json;

    public RunReporter(ObjectMapper json) {
        this.json = json;
    }

    public void report(MigrationRun run, OutputFormat format, PrintStream out) {
        if (format == OutputFormat.JSON) {
            out.println(toJson(run));
        } else {
            out.printf("%s %s: %s (version %s -> %s, applied %s, pending %s, %d ms)%s%n",
                    run.command(), run.service(), run.result(), run.fromVersion(), run.toVersion(),
                    run.applied(), run.pending(), run.durationMillis(),
                    run.error() == null ? "" : " error: " + run.error());
        }
    }

    private String toJson(MigrationRun run) {
        try {
            return json.writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise run summary", e);
        }
    }

    public enum OutputFormat { JSON, TEXT }
}

package dev.assistant.migration.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Option;

/**
 * --output: JSON (one document on stdout, for machines; the default) or TEXT (for people). Logs go
 * to stderr, so stdout stays parseable.
 */
public class Output {

    public enum Format {
        JSON,
        TEXT
    }

    @Option(
            names = "--output",
            defaultValue = "json",
            description = "json or text (default: ${DEFAULT-VALUE})")
    String format;

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public <T> void print(T result, Function<T, String> asText) {
        print(result, asText, System.out);
    }

    <T> void print(T result, Function<T, String> asText, PrintStream out) {
        out.println(format() == Format.TEXT ? asText.apply(result) : json(result));
    }

    Format format() {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--output must be json or text, not '" + format + "'");
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}

package dev.assistant.kit.testing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of a service's OpenAPI document: a method on a path template. */
public record ApiOperation(String method, String template, JsonNode node) {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    public String name() {
        return method + " " + template;
    }

    /** Whether the path names one resource ({@code /things/{id}}). */
    public boolean idAddressed() {
        return template.contains("{");
    }

    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The template with every path parameter replaced by {@code value}. */
    public String pathWith(String value) {
        return PATH_PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(value));
    }

    /** The first media type the request body is documented in, if it takes one. */
    public Optional<String> requestMediaType() {
        var names = node.path("requestBody").path("content").fieldNames();
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }

    public Iterable<JsonNode> parameters() {
        return node.path("parameters");
    }
}

package dev.assistant.kit.testing.openapi;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;

/**
 * Builds, for any operation, the request a well-behaved client would send: path parameters from
 * {@link Fixtures}, the required query parameters, and the smallest body the schema accepts (its
 * required properties, each with a value of its type, format and bounds), unless the fixtures give
 * one.
 */
final class ValidRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiDocument document;
    private final Fixtures fixtures;

    ValidRequests(ApiDocument document, Fixtures fixtures) {
        this.document = document;
        this.fixtures = fixtures;
    }

    /** The path with the fixture's id in each parameter, or empty when a fixture is missing. */
    Optional<String> path(ApiOperation operation) {
        String[] segments = operation.template().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String id = fixtures.id(segments[i - 1]);
                if (id == null) {
                    return Optional.empty();
                }
                segment = id;
            }
            path.append('/').append(segment);
        }
        return Optional.of(path.toString());
    }

    RequestSpecification apply(ApiOperation operation, RequestSpecification request) {
        for (JsonNode parameter : operation.parameters()) {
            if ("query".equals(parameter.path("in").asText())
                    && parameter.path("required").asBoolean()) {
                request.queryParam(
                        parameter.path("name").asText(),
                        sample(document.resolve(parameter.path("schema"))).asText());
            }
        }
        Optional<String> mediaType = operation.requestMediaType();
        if (mediaType.isEmpty()) {
            return request;
        }
        if (mediaType.get().startsWith("multipart/")) {
            return multipart(operation, request);
        }
        String body = fixtures.body(operation);
        if (body == null) {
            JsonNode schema =
                    operation
                            .node()
                            .path("requestBody")
                            .path("content")
                            .path(mediaType.get())
                            .path("schema");
            body = sample(document.resolve(schema)).toString();
        }
        return request.contentType(mediaType.get()).body(body);
    }

    /** Each required part: a small text file for binary parts, a sample value otherwise. */
    private RequestSpecification multipart(ApiOperation operation, RequestSpecification request) {
        JsonNode schema =
                document.resolve(
                        operation
                                .node()
                                .path("requestBody")
                                .path("content")
                                .path(operation.requestMediaType().orElseThrow())
                                .path("schema"));
        request.contentType("multipart/form-data");
        for (JsonNode required : schema.path("required")) {
            String part = required.asText();
            JsonNode partSchema = document.resolve(schema.path("properties").path(part));
            if ("binary".equals(partSchema.path("format").asText())
                    || ApiDocument.type(partSchema).isEmpty()) {
                request.multiPart(
                        part,
                        "sample.txt",
                        "a sample file".getBytes(StandardCharsets.UTF_8),
                        "text/plain");
            } else {
                request.multiPart(part, sample(partSchema).asText());
            }
        }
        return request;
    }

    /** The smallest value {@code schema} accepts. */
    JsonNode sample(JsonNode schema) {
        schema = document.resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        if (schema.has("default")) {
            return schema.path("default");
        }
        return switch (ApiDocument.type(schema)) {
            case "integer", "number" ->
                    NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 1L);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> array(schema);
            case "object" -> object(schema);
            case "string" -> NODES.textNode(string(schema));
            default -> schema.has("properties") ? object(schema) : NODES.textNode(string(schema));
        };
    }

    private ArrayNode array(JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
            array.add(sample(schema.path("items")));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (JsonNode required : schema.path("required")) {
            object.set(
                    required.asText(), sample(schema.path("properties").path(required.asText())));
        }
        return object;
    }

    private static String string(JsonNode schema) {
        String sample =
                switch (schema.path("format").asText()) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "uuid" -> "00000000-0000-4000-8000-000000000000";
                    default -> "sample";
                };
        int min = schema.path("minLength").asInt(0);
        return sample.length() >= min ? sample : sample + "x".repeat(min - sample.length());
    }
}

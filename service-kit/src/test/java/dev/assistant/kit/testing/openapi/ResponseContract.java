package dev.assistant.kit.testing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.response.Response;

/**
 * Checks a response against what the OpenAPI document promises for its operation: the status is
 * documented, the media type is one documented for that status (or there is no body where none is
 * documented), and a JSON body validates against the documented schema (JSON Schema 2020-12, which
 * OpenAPI 3.1 schemas are). What a generated client would trip over, found before a client does.
 */
public final class ResponseContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** JSON Schema 2020-12, told that OpenAPI's own keywords beside a schema are not assertions. */
    private static final JsonSchemaFactory SCHEMAS =
            JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V202012,
                    factory ->
                            factory.metaSchema(
                                    JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                                            .keyword(new NonValidationKeyword("components"))
                                            .keyword(new NonValidationKeyword("example"))
                                            .build()));

    private final ApiDocument document;
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();

    public ResponseContract(ApiDocument document) {
        this.document = document;
    }

    /** Every way {@code response} departs from the document; empty when it keeps to it. */
    public List<String> violations(ApiOperation operation, Response response) {
        List<String> violations = new ArrayList<>();
        JsonNode documented = operation.node().path("responses").path(status(response));
        if (documented.isMissingNode()) {
            violations.add("status " + response.statusCode() + " is not documented");
            return violations;
        }
        byte[] body = response.asByteArray();
        JsonNode content = documented.path("content");
        if (content.isEmpty()) {
            if (body.length > 0) {
                violations.add("a body, but the document declares none for this status");
            }
            return violations;
        }
        String mediaType = mediaType(response.contentType());
        String key = documentedMediaType(content, mediaType);
        if (key == null) {
            violations.add(
                    "media type '"
                            + mediaType
                            + "' is not among the documented "
                            + iterable(content.fieldNames()));
            return violations;
        }
        JsonNode schema = content.path(key).path("schema");
        if (isJson(mediaType) && !schema.isMissingNode()) {
            validate(schema, body, violations);
        }
        return violations;
    }

    private void validate(JsonNode schema, byte[] body, List<String> violations) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (Exception e) {
            violations.add("body is not JSON: " + e.getMessage());
            return;
        }
        for (ValidationMessage message : compiled(schema).validate(value)) {
            violations.add("schema: " + message.getMessage());
        }
    }

    /** The schema, with the document's components beside it so its {@code $ref}s resolve. */
    private JsonSchema compiled(JsonNode schema) {
        return compiled.computeIfAbsent(
                schema,
                s -> {
                    ObjectNode root = JSON.createObjectNode();
                    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.setAll((ObjectNode) s.deepCopy());
                    root.set("components", document.components());
                    return SCHEMAS.getSchema(root);
                });
    }

    private static String status(Response response) {
        return String.valueOf(response.statusCode());
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase();
    }

    /**
     * The documented media type that covers {@code actual} ({@code type/*} and {@code * /*} too).
     */
    private static String documentedMediaType(JsonNode content, String actual) {
        for (String key : iterable(content.fieldNames())) {
            String documented = key.toLowerCase();
            if (documented.equals(actual)
                    || documented.equals("*/*") && !actual.isEmpty()
                    || documented.endsWith("/*")
                            && actual.startsWith(
                                    documented.substring(0, documented.length() - 1))) {
                return key;
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}

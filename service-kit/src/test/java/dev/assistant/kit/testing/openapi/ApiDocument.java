package dev.assistant.kit.testing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;

/** A service's live OpenAPI document ({@code /q/openapi}), read as clients read it. */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Fetches the document from the service {@code service} points at. */
    public static ApiDocument fetch(RequestSpecification service) {
        String json =
                service.queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException("the service's OpenAPI document is not JSON", e);
        }
    }

    /** Every operation under {@code /api/}, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        root.path("paths")
                .fields()
                .forEachRemaining(
                        path -> {
                            if (path.getKey().startsWith("/api/")) {
                                path.getValue()
                                        .fields()
                                        .forEachRemaining(
                                                op -> {
                                                    if (METHODS.contains(op.getKey())) {
                                                        operations.add(
                                                                new ApiOperation(
                                                                        op.getKey().toUpperCase(),
                                                                        path.getKey(),
                                                                        op.getValue()));
                                                    }
                                                });
                            }
                        });
        return operations;
    }

    /** The schema a {@code $ref} points at, or the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        String prefix = "#/components/schemas/";
        return ref.startsWith(prefix)
                ? root.path("components").path("schemas").path(ref.substring(prefix.length()))
                : schema;
    }

    public JsonNode components() {
        return root.path("components");
    }

    /** The JSON type of a schema (3.1 allows {@code ["string", "null"]}). */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText("");
    }
}

package dev.assistant.kit.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Drives a running service from its own live OpenAPI document ({@code /q/openapi}): every
 * operation, so a new route is covered without anyone adding it here. For each it sends what
 * careless and hostile clients send (no token; query parameters of the wrong type or with NUL;
 * bodies that are not JSON, are the wrong shape, are nested 5,000 deep, or carry NUL and
 * wrong-typed values in each declared field) and reports every answer that breaks the rules: a 5xx;
 * a 4xx that is not problem+json; a 400 that does not name the field at fault; a status the
 * document does not list for the operation.
 */
public final class OpenApiFuzzer {

    /** One broken rule: which operation, what was sent, what came back. */
    public record Finding(String operation, String probe, int status, String problem) {
        @Override
        public String toString() {
            return operation + " [" + probe + "] -> " + status + ": " + problem;
        }
    }

    private final JsonNode document;
    private final String userBearer;
    private final String adminBearer;
    private String bearer;
    private final List<Finding> findings = new ArrayList<>();
    private int requests;

    private OpenApiFuzzer(JsonNode document, String userBearer, String adminBearer) {
        this.document = document;
        this.userBearer = userBearer;
        this.adminBearer = adminBearer;
    }

    /**
     * Runs every probe against the service RestAssured points at, as a user; an operation that
     * refuses the user (403: a role it lacks) is probed as an admin instead.
     */
    public static Result run(String userBearer, String adminBearer) {
        try {
            String json =
                    given().queryParam("format", "json")
                            .get("/q/openapi")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            OpenApiFuzzer fuzzer =
                    new OpenApiFuzzer(new ObjectMapper().readTree(json), userBearer, adminBearer);
            fuzzer.all();
            return new Result(fuzzer.requests, fuzzer.findings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the service's OpenAPI document", e);
        }
    }

    public record Result(int requests, List<Finding> findings) {}

    private void all() {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue()
                    .fields()
                    .forEachRemaining(
                            op -> {
                                if (List.of("get", "post", "put", "patch", "delete")
                                        .contains(op.getKey())) {
                                    operation(
                                            op.getKey().toUpperCase(),
                                            path.getKey(),
                                            op.getValue());
                                }
                            });
        }
    }

    private void operation(String method, String template, JsonNode op) {
        String name = method + " " + template;
        String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String mediaType =
                op.path("requestBody").path("content").fieldNames().hasNext()
                        ? op.path("requestBody").path("content").fieldNames().next()
                        : null;
        RequestSpecification anonymous = given();
        if (mediaType != null) {
            anonymous.contentType(
                    mediaType.startsWith("multipart/") ? mediaType + "; boundary=x" : mediaType);
        }
        check(name, "no token", op, anonymous.request(method, path), 401, null);
        bearer = userBearer;
        if (!"DELETE".equals(method)
                && given().header("Authorization", userBearer).request(method, path).statusCode()
                        == 403) {
            bearer = adminBearer;
        }
        for (JsonNode parameter : op.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String param = parameter.path("name").asText();
            String type = type(parameter.path("schema"));
            if (type.equals("integer")
                    || type.equals("number")
                    || type.equals("boolean")
                    || "uuid".equals(parameter.path("schema").path("format").asText())) {
                check(
                        name,
                        param + "=abc",
                        op,
                        authed().queryParam(param, "abc").request(method, path),
                        400,
                        param);
            }
            if (type.equals("integer")
                    && "int32".equals(parameter.path("schema").path("format").asText())) {
                check(
                        name,
                        param + "=2^31",
                        op,
                        authed().queryParam(param, "2147483648").request(method, path),
                        400,
                        param);
            }
            if (type.equals("string")
                    && !"uuid".equals(parameter.path("schema").path("format").asText())) {
                check(
                        name,
                        param + " with NUL",
                        op,
                        authed().queryParam(param, "a\u0000b").request(method, path),
                        400,
                        param);
            }
        }
        JsonNode body =
                op.path("requestBody").path("content").path("application/json").path("schema");
        if (body.isMissingNode()) {
            return;
        }
        for (String raw : List.of("[]", "{", "", "[".repeat(5000) + "]".repeat(5000))) {
            String probe =
                    raw.length() > 20
                            ? "5000-deep nesting"
                            : "body " + (raw.isEmpty() ? "(empty)" : raw);
            check(name, probe, op, json(raw).request(method, path), 400, "body");
        }
        JsonNode schema = resolve(body);
        schema.path("properties")
                .fields()
                .forEachRemaining(
                        property -> {
                            String field = property.getKey();
                            String type = type(resolve(property.getValue()));
                            String wrong =
                                    switch (type) {
                                        case "string" -> "{\"x\":1}";
                                        case "integer", "number" -> "\"abc\"";
                                        case "boolean" -> "\"maybe\"";
                                        case "array" -> "\"notarray\"";
                                        case "object" -> "[]";
                                        default -> null;
                                    };
                            if (wrong != null) {
                                check(
                                        name,
                                        field + " of the wrong type",
                                        op,
                                        json("{\"" + field + "\":" + wrong + "}")
                                                .request(method, path),
                                        400,
                                        field);
                            }
                            if (type.equals("string")) {
                                check(
                                        name,
                                        field + " with NUL",
                                        op,
                                        json("{\"" + field + "\":\"a\\u0000b\"}")
                                                .request(method, path),
                                        400,
                                        field);
                                check(
                                        name,
                                        field + " with a lone surrogate",
                                        op,
                                        json("{\"" + field + "\":\"a\\ud800b\"}")
                                                .request(method, path),
                                        400,
                                        field);
                            }
                        });
    }

    private RequestSpecification authed() {
        return given().header("Authorization", bearer).urlEncodingEnabled(true);
    }

    private RequestSpecification json(String body) {
        return authed().contentType("application/json").body(body);
    }

    /**
     * @param expected the status the probe should get (a 400 also accepts 404 where the path names
     *     a resource that does not exist, which a service may check first)
     * @param field the field or parameter a 400 must name, or null
     */
    private void check(
            String operation,
            String probe,
            JsonNode op,
            Response response,
            int expected,
            String field) {
        requests++;
        int status = response.statusCode();
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            findings.add(
                    new Finding(operation, probe, status, "server error: " + response.asString()));
            return;
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            findings.add(
                    new Finding(
                            operation,
                            probe,
                            status,
                            "not problem+json but '" + contentType + "'"));
        }
        if (!op.path("responses").has(String.valueOf(status))) {
            findings.add(
                    new Finding(
                            operation, probe, status, "status not documented for the operation"));
        }
        boolean acceptable =
                status == expected || (expected == 400 && status == 404 && operation.contains("{"));
        if (!acceptable) {
            findings.add(
                    new Finding(
                            operation,
                            probe,
                            status,
                            "expected " + expected + ": " + response.asString()));
            return;
        }
        if (status == 400 && field != null) {
            List<String> named = response.jsonPath().getList("violations.field");
            boolean names =
                    named != null
                            && named.stream()
                                    .anyMatch(
                                            f ->
                                                    f.equals(field)
                                                            || f.startsWith(field + ".")
                                                            || f.startsWith(field + "["));
            if (!names) {
                findings.add(
                        new Finding(
                                operation,
                                probe,
                                status,
                                "does not name '" + field + "': " + response.asString()));
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components")
                    .path("schemas")
                    .path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** The JSON type of a schema (3.1 allows ["string", "null"]). */
    private static String type(JsonNode schema) {
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

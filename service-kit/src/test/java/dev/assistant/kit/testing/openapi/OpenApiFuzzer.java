package dev.assistant.kit.testing.openapi;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Drives a running service from its own live OpenAPI document: every operation, so a new route is
 * covered without anyone adding it here. For each it sends what careless and hostile clients send
 * (no token; query parameters of the wrong type or with NUL; bodies that are not JSON, are the
 * wrong shape, are nested 5,000 deep, or carry NUL, lone surrogates and wrong-typed values in each
 * declared field) and reports every answer that breaks the rules: a 5xx; a 4xx that is not
 * problem+json; a 400 that does not name the field at fault; a response the document does not
 * describe (status, media type, schema). Runs against the service or through the gateway.
 */
public final class OpenApiFuzzer {

    private final ApiDocument document;
    private final ResponseContract contract;
    private final Target target;
    private final String userBearer;
    private final String adminBearer;
    private final Findings findings = new Findings();
    private String bearer;

    private OpenApiFuzzer(
            ApiDocument document, Target target, String userBearer, String adminBearer) {
        this.document = document;
        this.contract = new ResponseContract(document);
        this.target = target;
        this.userBearer = userBearer;
        this.adminBearer = adminBearer;
    }

    /**
     * Runs every probe as a user; an operation that refuses the user (403: a role it lacks) is
     * probed as an admin instead.
     */
    public static Findings run(
            ApiDocument document, Target target, String userBearer, String adminBearer) {
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, target, userBearer, adminBearer);
        document.operations().forEach(fuzzer::operation);
        return fuzzer.findings;
    }

    private void operation(ApiOperation op) {
        String path = op.pathWith(UUID.randomUUID().toString());
        RequestSpecification anonymous = target.request();
        op.requestMediaType()
                .ifPresent(
                        mediaType ->
                                anonymous.contentType(
                                        mediaType.startsWith("multipart/")
                                                ? mediaType + "; boundary=x"
                                                : mediaType));
        check(op, "no token", anonymous.request(op.method(), path), 401, null);
        bearer = userBearer;
        if (!"DELETE".equals(op.method())
                && target.request()
                                .header("Authorization", userBearer)
                                .request(op.method(), path)
                                .statusCode()
                        == 403) {
            bearer = adminBearer;
        }
        for (JsonNode parameter : op.parameters()) {
            if ("query".equals(parameter.path("in").asText())) {
                queryParameter(op, path, parameter);
            }
        }
        JsonNode body =
                op.node()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
        if (!body.isMissingNode()) {
            body(op, path, document.resolve(body));
        }
    }

    private void queryParameter(ApiOperation op, String path, JsonNode parameter) {
        String param = parameter.path("name").asText();
        JsonNode schema = document.resolve(parameter.path("schema"));
        String type = ApiDocument.type(schema);
        boolean uuid = "uuid".equals(schema.path("format").asText());
        if (type.equals("integer") || type.equals("number") || type.equals("boolean") || uuid) {
            check(op, param + "=abc", op.method(), path, param, "abc");
        }
        if (type.equals("integer") && "int32".equals(schema.path("format").asText())) {
            check(op, param + "=2^31", op.method(), path, param, "2147483648");
        }
        if (type.equals("string") && !uuid) {
            check(op, param + " with NUL", op.method(), path, param, "a\u0000b");
        }
    }

    private void check(
            ApiOperation op, String probe, String method, String path, String param, String value) {
        check(op, probe, authed().queryParam(param, value).request(method, path), 400, param);
    }

    private void body(ApiOperation op, String path, JsonNode schema) {
        for (String raw : List.of("[]", "{", "", "[".repeat(5000) + "]".repeat(5000))) {
            String probe =
                    raw.length() > 20
                            ? "5000-deep nesting"
                            : "body " + (raw.isEmpty() ? "(empty)" : raw);
            check(op, probe, json(raw).request(op.method(), path), 400, "body");
        }
        schema.path("properties")
                .fields()
                .forEachRemaining(
                        property -> {
                            String field = property.getKey();
                            String type = ApiDocument.type(document.resolve(property.getValue()));
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
                                field(op, path, field, "of the wrong type", wrong);
                            }
                            if (type.equals("string")) {
                                field(op, path, field, "with NUL", "\"a\\u0000b\"");
                                field(op, path, field, "with a lone surrogate", "\"a\\ud800b\"");
                            }
                        });
    }

    private void field(ApiOperation op, String path, String field, String what, String value) {
        check(
                op,
                field + " " + what,
                json("{\"" + field + "\":" + value + "}").request(op.method(), path),
                400,
                field);
    }

    private RequestSpecification authed() {
        return target.request().header("Authorization", bearer);
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
            ApiOperation op, String probe, Response response, int expected, String field) {
        findings.sent();
        int status = response.statusCode();
        if (status >= 500) {
            findings.add(op, probe, response, "server error: " + response.asString());
            return;
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            findings.add(op, probe, response, "not problem+json but '" + contentType + "'");
        }
        contract.violations(op, response).forEach(v -> findings.add(op, probe, response, v));
        boolean acceptable =
                status == expected || (expected == 400 && status == 404 && op.idAddressed());
        if (!acceptable) {
            findings.add(op, probe, response, "expected " + expected + ": " + response.asString());
            return;
        }
        if (status == 400 && field != null && !namesField(response, field)) {
            findings.add(
                    op, probe, response, "does not name '" + field + "': " + response.asString());
        }
    }

    private static boolean namesField(Response response, String field) {
        List<String> named = response.jsonPath().getList("violations.field");
        return named != null
                && named.stream()
                        .anyMatch(
                                f ->
                                        f.equals(field)
                                                || f.startsWith(field + ".")
                                                || f.startsWith(field + "["));
    }
}

package dev.assistant.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document say what its operations really answer: every error they can
 * return, as {@code application/problem+json} with its schema (the services' errors all come from
 * the same places: service-kit and the problem extension). Creating operations declare their 201
 * and its body themselves ({@code @APIResponseSchema(responseCode = "201")}: the generator cannot
 * know a status set at run time). Runs on the generated document (mp.openapi.filter, set by
 * service-kit's defaults).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/HttpProblem";
    private static final String VALIDATION_PROBLEM = "#/components/schemas/HttpValidationProblem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) -> {
                            if (path.startsWith("/api/")) {
                                item.getOperations()
                                        .forEach(
                                                (method, operation) ->
                                                        describe(path, method, operation));
                            }
                        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        problem(
                responses,
                "400",
                "The request is invalid: violations name each field or parameter at fault",
                VALIDATION_PROBLEM,
                hasBody || hasParameters);
        problem(
                responses,
                "401",
                "No valid bearer token (missing, expired, forged, or without sub)",
                PROBLEM,
                true);
        problem(
                responses,
                "403",
                "The token lacks the role, or the account is deactivated",
                PROBLEM,
                true);
        problem(
                responses,
                "404",
                "No such resource for this user (another user's looks the same)",
                PROBLEM,
                path.contains("{"));
        problem(responses, "405", "Method not allowed on this path (see Allow)", PROBLEM, true);
        problem(responses, "413", "The body is larger than this service accepts", PROBLEM, hasBody);
        problem(
                responses,
                "415",
                "The body's media type is not one this operation reads",
                PROBLEM,
                hasBody);
        problem(
                responses,
                "500",
                "Unexpected failure; the detail carries a reference to the log",
                PROBLEM,
                true);
        problem(
                responses,
                "503",
                "A dependency the service cannot work without is down; try again later",
                PROBLEM,
                true);
    }

    private static void problem(
            APIResponses responses,
            String status,
            String description,
            String schema,
            boolean applies) {
        if (!applies) {
            return;
        }
        APIResponse response =
                responses.hasAPIResponse(status)
                        ? responses.getAPIResponse(status)
                        : OASFactory.createAPIResponse().description(description);
        response.content(
                OASFactory.createContent()
                        .addMediaType(
                                PROBLEM_JSON,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(schema))));
        responses.addAPIResponse(status, response);
    }
}

package dev.assistant.kit.testing.openapi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * Every operation of a service's live OpenAPI document, driven with real resources (the {@link
 * Fixtures} one user owns), so a new route is covered without anyone adding it here:
 *
 * <ol>
 *   <li>as <b>another user</b>: each operation that addresses one of the owner's resources answers
 *       404 problem+json, exactly as for an id that does not exist (role-gated operations answer
 *       403 whatever the id, and are counted as such);
 *   <li>then as the <b>owner</b>, with valid requests (reads, then writes, then deletes, children
 *       before parents): each answers 2xx, which proves the other user's attempts changed and
 *       deleted nothing, and each success validates against the documented response.
 * </ol>
 */
public final class OwnershipCheck {

    private final ApiDocument document;
    private final ResponseContract contract;
    private final ValidRequests valid;
    private final Target target;
    private final Findings findings = new Findings();

    private OwnershipCheck(ApiDocument document, Fixtures fixtures, Target target) {
        this.document = document;
        this.contract = new ResponseContract(document);
        this.valid = new ValidRequests(document, fixtures);
        this.target = target;
    }

    /**
     * @param document the service's OpenAPI document ({@link ApiDocument#fetch})
     * @param owner the bearer of the user who owns the fixtures
     * @param admin a bearer with the admin role, for the operations that need it
     * @param intruder the bearer of another user
     */
    public static Findings run(
            ApiDocument document,
            Target target,
            Fixtures fixtures,
            String owner,
            String admin,
            String intruder) {
        OwnershipCheck check = new OwnershipCheck(document, fixtures, target);
        check.asIntruder(intruder);
        check.asOwner(owner, admin);
        return check.findings;
    }

    private void asIntruder(String intruder) {
        for (ApiOperation operation : document.operations()) {
            if (!operation.idAddressed()) {
                continue;
            }
            Optional<String> path = valid.path(operation);
            if (path.isEmpty()) {
                findings.add(operation, "fixtures", null, "no fixture id for a path parameter");
                continue;
            }
            Response response = send(operation, path.get(), intruder);
            if (response.statusCode() == 403
                    && send(operation, operation.pathWith(UUID.randomUUID().toString()), intruder)
                                    .statusCode()
                            == 403) {
                continue; // needs a role the user lacks, whatever the id
            }
            expect(operation, "another user's resource", response, 404);
        }
    }

    private void asOwner(String owner, String admin) {
        List<ApiOperation> ordered =
                document.operations().stream().sorted(OwnershipCheck.byEffect()).toList();
        for (ApiOperation operation : ordered) {
            Optional<String> path = valid.path(operation);
            if (path.isEmpty()) {
                continue; // reported by the intruder pass
            }
            Response response = send(operation, path.get(), owner);
            if (response.statusCode() == 403) {
                response = send(operation, path.get(), admin);
            }
            expect(operation, "the owner's valid request", response, 200);
        }
    }

    /**
     * Reads first, then writes, then deletes; among deletes the deepest path first (a message
     * before its conversation) and a path without parameters (the account itself) last.
     */
    private static Comparator<ApiOperation> byEffect() {
        return Comparator.<ApiOperation>comparingInt(
                        op ->
                                switch (op.method()) {
                                    case "GET" -> 0;
                                    case "DELETE" -> 2;
                                    default -> 1;
                                })
                .thenComparingInt(
                        op ->
                                op.method().equals("DELETE")
                                        ? (op.idAddressed() ? -op.pathParameters().size() : 1)
                                        : 0);
    }

    private Response send(ApiOperation operation, String path, String bearer) {
        findings.sent();
        return valid.apply(operation, target.request().header("Authorization", bearer))
                .request(operation.method(), path);
    }

    /** {@code expected} 200 accepts any 2xx. */
    private void expect(ApiOperation operation, String probe, Response response, int expected) {
        int status = response.statusCode();
        boolean met = expected == 200 ? status / 100 == 2 : status == expected;
        if (!met) {
            findings.add(
                    operation,
                    probe,
                    response,
                    "expected "
                            + (expected == 200 ? "2xx" : expected)
                            + ": "
                            + response.asString());
            return;
        }
        if (status >= 400
                && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            findings.add(operation, probe, response, "not problem+json");
        }
        contract.violations(operation, response)
                .forEach(v -> findings.add(operation, probe, response, v));
    }
}

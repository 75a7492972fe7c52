package dev.assistant.kit.testing.openapi;

import java.util.List;

/**
 * The OpenAPI fuzzer through the gateway, as clients meet the suite: each service's document from
 * the service itself, every request through the gateway. Run by {@code deploy/local/e2e-test}:
 *
 * <pre>
 * GatewayFuzz GATEWAY_URL USER_BEARER ADMIN_BEARER SERVICE_URL...
 * </pre>
 *
 * Prints one line per service and every finding; exits 1 when anything was found.
 */
public final class GatewayFuzz {

    private GatewayFuzz() {}

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println(
                    "usage: GatewayFuzz GATEWAY_URL USER_BEARER ADMIN_BEARER SERVICE_URL...");
            System.exit(2);
        }
        Target gateway = Target.at(args[0]);
        int found = 0;
        for (String service : List.of(args).subList(3, args.length)) {
            ApiDocument document = ApiDocument.fetch(Target.at(service).request());
            Findings findings = OpenApiFuzzer.run(document, gateway, args[1], args[2]);
            System.out.printf(
                    "%s via %s: %d operations, %d requests, %d findings%n",
                    service,
                    args[0],
                    document.operations().size(),
                    findings.requests(),
                    findings.list().size());
            findings.list().forEach(f -> System.out.println("  " + f));
            found += findings.list().size();
        }
        System.exit(found == 0 ? 0 : 1);
    }
}

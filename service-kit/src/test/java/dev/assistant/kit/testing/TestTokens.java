package dev.assistant.kit.testing;

import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Real RS256 tokens, signed with the test key pair the %test profile verifies against. */
public final class TestTokens {

    public static final String ISSUER = "https://assistant-suite.local/issuer";

    private TestTokens() {}

    public static String forUser(String userId) {
        return Jwt.issuer(ISSUER).subject(userId).upn(userId).groups(Set.of("user")).sign();
    }

    public static String bearer(String userId) {
        return "Bearer " + forUser(userId);
    }

    /** With extra claims (email, preferred_username, name, groups...). */
    public static String bearer(String userId, Map<String, Object> claims) {
        var builder = Jwt.issuer(ISSUER).subject(userId).upn(userId).groups(Set.of("user"));
        claims.forEach(builder::claim);
        return "Bearer " + builder.sign();
    }

    /**
     * Signed and valid, but naming no user: no {@code sub} (an admin's groups, to test 401 before
     * 403).
     */
    public static String bearerWithoutSubject() {
        return "Bearer " + Jwt.issuer(ISSUER).upn("nobody").groups(Set.of("user", "admin")).sign();
    }

    /** A user with the admin role. */
    public static String adminBearer(String userId) {
        return "Bearer "
                + Jwt.issuer(ISSUER)
                        .subject(userId)
                        .upn(userId)
                        .groups(Set.of("user", "admin"))
                        .sign();
    }
}

package dev.assistant.kit.security;

import dev.assistant.kit.input.CleanText;
import dev.assistant.kit.problem.InvalidField;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller, as the gateway's bearer token names them: {@code sub} is the user id that owns rows.
 */
@RequestScoped
public class CurrentUser {

    @Inject JsonWebToken token;

    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new AuthenticationFailedException("token has no subject");
        }
        return claim("sub", subject);
    }

    /** A text claim the service stores, held to the same rule as any other text it stores. */
    public static String claim(String name, String value) {
        String problem = value == null ? null : CleanText.problem(value);
        if (problem != null) {
            throw InvalidField.of(name, "token", problem);
        }
        return value;
    }
}

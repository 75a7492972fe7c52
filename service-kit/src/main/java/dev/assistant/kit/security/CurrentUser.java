package dev.assistant.kit.security;

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
        return subject;
    }
}

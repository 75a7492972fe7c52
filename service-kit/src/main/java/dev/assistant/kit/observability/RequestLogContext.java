package dev.assistant.kit.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every log line of a request carries (the JSON log's {@code mdc}): {@code requestId} (the
 * gateway's X-Request-Id, or a new one, echoed in the response) and {@code user}, the caller's id
 * hashed (SHA-256, first 16 hex digits): enough to follow one user's requests, never the id itself,
 * and never a token or any content.
 */
public class RequestLogContext {

    static final String REQUEST_ID = "X-Request-Id";

    @Inject CurrentIdentityAssociation identity;

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> enter(ContainerRequestContext request) {
        String id = request.getHeaderString(REQUEST_ID);
        if (id == null || id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9._-]+")) {
            id = UUID.randomUUID().toString();
        }
        request.setProperty(REQUEST_ID, id);
        MDC.put("requestId", id);
        return identity.getDeferredIdentity()
                .invoke(
                        caller -> {
                            if (!caller.isAnonymous()) {
                                MDC.put("user", hash(caller.getPrincipal().getName()));
                            }
                        })
                .replaceWithVoid()
                .onFailure()
                .recoverWithNull();
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle(REQUEST_ID, id);
        }
    }

    static String hash(String userId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

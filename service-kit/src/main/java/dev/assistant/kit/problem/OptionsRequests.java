package dev.assistant.kit.problem;

import java.util.Set;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code OPTIONS} on an API path with the methods that path itself answers (RFC 9110
 * §9.3.7), from the same {@link AllowedMethods} a 405 names. The REST layer's own answer lists the
 * methods of every route its resource class declares, sibling paths' included. Like every other
 * request to the API, it needs a valid token.
 */
public class OptionsRequests {

    @Inject AllowedMethods allowedMethods;

    @Inject CurrentIdentityAssociation identity;

    /** The answer, or a null item to let the request through (not OPTIONS, or no such route). */
    @ServerRequestFilter(preMatching = true)
    public Uni<RestResponse<Void>> answer(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"OPTIONS".equals(request.getMethod()) || !path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        Set<String> allowed = allowedMethods.forPath(path);
        if (allowed.isEmpty()) {
            return Uni.createFrom().nullItem(); // no such route: the REST layer's 404
        }
        return identity.getDeferredIdentity()
                .map(
                        caller -> {
                            if (caller.isAnonymous()) {
                                throw new UnauthorizedException();
                            }
                            return RestResponse.ResponseBuilder.<Void>noContent()
                                    .header("Allow", String.join(", ", allowed))
                                    .build();
                        });
    }
}

package dev.assistant.kit.account;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses every request of a user an admin deactivated (403), in the services that mirror
 * chat-service's account state ({@code assistant.accounts.mirror-deactivation=true}; chat-service
 * enforces its own, authoritative copy). Requests without a token pass on to the authentication
 * checks as before.
 */
public class DeactivatedAccountFilter {

    @Inject CurrentIdentityAssociation identity;

    @Inject AccountAccess access;

    @ConfigProperty(name = "assistant.accounts.mirror-deactivation", defaultValue = "false")
    boolean enabled;

    @ServerRequestFilter
    public Uni<Void> refuseDeactivated(ContainerRequestContext request) {
        if (!enabled || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity()
                .onFailure()
                .recoverWithNull()
                .chain(
                        who -> {
                            if (who == null
                                    || who.isAnonymous()
                                    || !(who.getPrincipal() instanceof JsonWebToken token)
                                    || token.getSubject() == null) {
                                return Uni.createFrom().voidItem();
                            }
                            return access.isActive(token.getSubject())
                                    .invoke(
                                            active -> {
                                                if (!active) {
                                                    throw HttpProblem.builder()
                                                            .withStatus(403)
                                                            .withTitle("Forbidden")
                                                            .withDetail(
                                                                    "this account is deactivated")
                                                            .build();
                                                }
                                            })
                                    .replaceWithVoid();
                        });
    }
}

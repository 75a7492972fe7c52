package dev.assistant.chat.user;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/chat/me: the caller's own profile. */
@Path("/api/chat/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "me")
public class MeResource {

    @Inject ActiveUser user;

    @Inject ProfileService profiles;

    @Inject AccountEraser eraser;

    @GET
    public Uni<ProfileResponse> get() {
        return user.id().chain(profiles::get).map(ProfileResponse::from);
    }

    @PATCH
    public Uni<ProfileResponse> update(@Valid @NotNull ProfilePatch patch) {
        return user.id().chain(id -> profiles.update(id, patch)).map(ProfileResponse::from);
    }

    /** Erases all of the caller's chat data and tells every other service to erase theirs. */
    @DELETE
    public Uni<RestResponse<Void>> erase() {
        return user.id().chain(eraser::erase).replaceWith(RestResponse.noContent());
    }
}

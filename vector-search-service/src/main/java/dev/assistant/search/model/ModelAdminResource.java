package dev.assistant.search.model;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/search/admin: for the role admin only (403 for everyone else). */
@Path("/api/search/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class ModelAdminResource {

    @Inject ModelSwitchService service;

    /**
     * The embedding models and the switch: state, chunks done of total for the target model, rate
     * and time left. A switch starts by configuring another model (assistant.embedding.model).
     */
    @GET
    @Path("/embedding")
    public Uni<SwitchStatus> embedding() {
        return service.status();
    }
}

package dev.assistant.goals.template;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session template as the API shows it; templateData is returned as stored. */
public record TemplateResponse(
        UUID id,
        UUID rootId,
        String name,
        @Schema(nullable = true) String description,
        @Schema(implementation = TemplateData.class) Map<String, Object> templateData,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static TemplateResponse from(SessionTemplate template) {
        return new TemplateResponse(
                template.id,
                template.rootId,
                template.name,
                template.description,
                template.templateData,
                template.createdAt,
                template.updatedAt);
    }
}

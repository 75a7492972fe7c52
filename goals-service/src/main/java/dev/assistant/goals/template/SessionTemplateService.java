package dev.assistant.goals.template;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistant.goals.goal.TreeRoots;
import dev.assistant.kit.problem.InvalidField;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Session template use cases: a template belongs to one of the caller's trees. */
@ApplicationScoped
public class SessionTemplateService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    @Inject TreeRoots roots;

    @Inject SessionTemplateRepository repository;

    @Inject TreeReferenceRepository references;

    @Inject ObjectMapper json;

    @WithTransaction
    public Uni<SessionTemplate> create(String ownerId, TemplateRequest request) {
        return requireOwnedRoot(ownerId, request.rootId())
                .chain(() -> requireActivities(ownerId, request.rootId(), request.templateData()))
                .chain(
                        () -> {
                            OffsetDateTime now = OffsetDateTime.now();
                            SessionTemplate template = new SessionTemplate();
                            template.id = UUID.randomUUID();
                            template.ownerId = ownerId;
                            template.rootId = request.rootId();
                            template.name = request.name();
                            template.description = request.description();
                            template.templateData = stored(request.templateData());
                            template.createdAt = now;
                            template.updatedAt = now;
                            return repository.persist(template);
                        });
    }

    @WithSession
    public Uni<SessionTemplate> get(String ownerId, UUID id) {
        return owned(ownerId, id);
    }

    @WithSession
    public Uni<List<SessionTemplate>> list(String ownerId, UUID rootId) {
        return repository.listOwned(ownerId, rootId);
    }

    @WithTransaction
    public Uni<SessionTemplate> update(String ownerId, UUID id, TemplatePatch patch) {
        return owned(ownerId, id)
                .call(
                        template ->
                                patch.templateData() == null
                                        ? Uni.createFrom().voidItem()
                                        : requireActivities(
                                                ownerId, template.rootId, patch.templateData()))
                .invoke(
                        template -> {
                            if (patch.name() != null) {
                                template.name = patch.name();
                            }
                            if (patch.description() != null) {
                                template.description = patch.description();
                            }
                            if (patch.templateData() != null) {
                                template.templateData = stored(patch.templateData());
                            }
                            template.updatedAt = OffsetDateTime.now();
                        });
    }

    /** Soft delete: sessions made from it keep their link, program days stop listing it. */
    @WithTransaction
    public Uni<Void> delete(String ownerId, UUID id) {
        return owned(ownerId, id)
                .invoke(
                        template -> {
                            template.deletedAt = OffsetDateTime.now();
                            template.updatedAt = template.deletedAt;
                        })
                .replaceWithVoid();
    }

    private Uni<SessionTemplate> owned(String ownerId, UUID id) {
        return repository
                .findOwned(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new TemplateNotFoundException(id));
    }

    private Uni<Void> requireOwnedRoot(String ownerId, UUID rootId) {
        return roots.require(ownerId, rootId);
    }

    /** Every activity the sections name must be one of the caller's definitions in the tree. */
    private Uni<Void> requireActivities(String ownerId, UUID rootId, TemplateData data) {
        List<UUID> named = new ArrayList<>();
        data.sections().forEach(s -> s.activitiesOrEmpty().forEach(a -> named.add(a.activityId())));
        return references
                .activitiesIn(ownerId, rootId, named)
                .chain(
                        found -> {
                            for (int i = 0; i < data.sections().size(); i++) {
                                List<TemplateData.Activity> activities =
                                        data.sections().get(i).activitiesOrEmpty();
                                for (int j = 0; j < activities.size(); j++) {
                                    if (!found.contains(activities.get(j).activityId())) {
                                        return Uni.createFrom()
                                                .failure(
                                                        InvalidField.of(
                                                                "templateData.sections["
                                                                        + i
                                                                        + "].activities["
                                                                        + j
                                                                        + "].activity_id",
                                                                "body",
                                                                "no such activity in this tree"));
                                    }
                                }
                            }
                            return Uni.createFrom().voidItem();
                        });
    }

    private Map<String, Object> stored(TemplateData data) {
        return json.convertValue(data, JSON_OBJECT);
    }
}

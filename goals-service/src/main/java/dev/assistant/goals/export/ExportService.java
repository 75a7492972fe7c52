package dev.assistant.goals.export;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/** A whole tree out as JSON, and such a JSON in again as a new tree of the caller's. */
@ApplicationScoped
public class ExportService {

    @Inject ExportRepository repository;

    @Inject ObjectMapper json;

    /** The tree the goal belongs to, with everything under it (soft-deleted rows included). */
    public Uni<TreeExport> export(String ownerId, UUID goalId) {
        return repository
                .export(ownerId, goalId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("goal " + goalId + " not found"))
                .map(this::toExport);
    }

    private TreeExport toExport(String tables) {
        try {
            ObjectNode document = (ObjectNode) json.readTree(tables);
            document.put("format", TreeExport.FORMAT);
            document.put("version", TreeExport.VERSION);
            document.put("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            return json.treeToValue(document, TreeExport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export query returned invalid JSON", e);
        }
    }

    /** The export as a new tree of the caller's: new ids everywhere, in one transaction. */
    public Uni<ImportResult> importTree(String ownerId, TreeExport export) {
        if (export.version() != TreeExport.VERSION) {
            return Uni.createFrom()
                    .failure(
                            InvalidField.of(
                                    "version", "body", "only version " + TreeExport.VERSION));
        }
        JsonNode tree = json.valueToTree(export);
        ImportPlan.Imported plan;
        try {
            plan = ImportPlan.of(tree);
        } catch (RuntimeException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        Map<String, String> rows = new LinkedHashMap<>();
        plan.rows().forEach((table, array) -> rows.put(table, array.toString()));
        return repository
                .insert(ownerId, plan.rootId(), rows)
                .map(counts -> new ImportResult(plan.rootId(), counts))
                .onFailure(ExportService::isIntegrityViolation)
                .transform(
                        failure ->
                                InvalidField.of(
                                        "body",
                                        "body",
                                        "breaks a rule of the data: "
                                                + ((PgException) failure).getConstraint()));
    }

    /** A CHECK or NOT NULL the export broke (class 23), e.g. a session ending before it starts. */
    private static boolean isIntegrityViolation(Throwable failure) {
        return failure instanceof PgException pg
                && pg.getSqlState() != null
                && pg.getSqlState().startsWith("23");
    }
}

package dev.assistant.search.model;

import java.time.OffsetDateTime;

import io.vertx.mutiny.sqlclient.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of embedding_models (as the admin endpoint shows it). */
public record ModelRow(
        String model,
        ModelState state,
        long chunksEmbedded,
        @Schema(nullable = true) Long chunksTotal,
        OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime activatedAt,
        @Schema(nullable = true) OffsetDateTime retiredAt,
        @Schema(nullable = true) OffsetDateTime droppedAt) {

    static final String COLUMNS =
            "model, state, chunks_embedded, chunks_total, started_at, activated_at, retired_at,"
                    + " dropped_at";

    static ModelRow of(Row row) {
        return new ModelRow(
                row.getString("model"),
                ModelState.valueOf(row.getString("state")),
                row.getLong("chunks_embedded"),
                row.getLong("chunks_total"),
                row.getOffsetDateTime("started_at"),
                row.getOffsetDateTime("activated_at"),
                row.getOffsetDateTime("retired_at"),
                row.getOffsetDateTime("dropped_at"));
    }
}

package dev.assistant.search.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model switch as an operator sees it (GET /api/search/admin/embedding).
 *
 * @param state switching (a model is being built), retiring (the old vectors are being deleted) or
 *     steady
 * @param configuredModel this replica's assistant.embedding.model
 * @param done chunks with a vector of the target (the model being built, else the active one)
 * @param total all chunks
 * @param ratePerSecond chunks per second the target gained over the last minute (this replica's
 *     view of all replicas' work)
 * @param etaSeconds remaining chunks at that rate; null while nothing moves
 */
public record SwitchStatus(
        String state,
        String configuredModel,
        @Schema(nullable = true) String activeModel,
        @Schema(nullable = true) String targetModel,
        long done,
        long total,
        double ratePerSecond,
        @Schema(nullable = true) Long etaSeconds,
        List<ModelRow> models) {

    static SwitchStatus of(
            String configuredModel,
            ModelSet set,
            VectorRepository.Progress progress,
            double rate,
            List<ModelRow> rows) {
        boolean retiring = rows.stream().anyMatch(r -> r.state() == ModelState.retiring);
        String state = set.building() != null ? "switching" : retiring ? "retiring" : "steady";
        long remaining = Math.max(0, progress.total() - progress.done());
        Long eta =
                remaining == 0
                        ? Long.valueOf(0)
                        : rate > 0 ? (long) Math.ceil(remaining / rate) : null;
        return new SwitchStatus(
                state,
                configuredModel,
                set.active(),
                set.building() != null ? set.building() : set.active(),
                progress.done(),
                progress.total(),
                rate,
                eta,
                rows);
    }
}

package dev.assistant.chat.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Search across one user's messages: word matches first, ranked; when they find fewer than the
 * limit and fuzzy matching is on, trigram matches (typos) fill the rest, each message once.
 */
@ApplicationScoped
public class MessageSearchService {

    @Inject MessageSearchRepository repository;

    public Uni<List<MessageSearchHit>> search(String ownerId, MessageSearchQuery query) {
        return repository
                .fullText(ownerId, query)
                .chain(
                        exact -> {
                            // Typos: when words alone find too little, add trigram matches.
                            if (!query.fuzzy() || exact.size() >= query.limit()) {
                                return Uni.createFrom().item(exact);
                            }
                            return repository
                                    .fuzzy(ownerId, query)
                                    .map(similar -> merge(exact, similar, query.limit()));
                        });
    }

    private static List<MessageSearchHit> merge(
            List<MessageSearchHit> exact, List<MessageSearchHit> similar, int limit) {
        List<MessageSearchHit> merged = new ArrayList<>(exact);
        Set<UUID> seen = new HashSet<>();
        exact.forEach(h -> seen.add(h.messageId()));
        for (MessageSearchHit hit : similar) {
            if (merged.size() >= limit) {
                break;
            }
            if (seen.add(hit.messageId())) {
                merged.add(hit);
            }
        }
        return merged;
    }
}

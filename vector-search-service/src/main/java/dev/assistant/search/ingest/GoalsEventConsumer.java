package dev.assistant.search.ingest;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.GoalDeleted;
import dev.assistant.events.goals.GoalsEvents.NoteDeleted;
import dev.assistant.kit.inbox.TransientFailureRetry;
import dev.assistant.search.document.DocumentIndexer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Indexes what users write in goals-service from its events (topic assistant.goals.events): goals
 * and notes; removes them when deleted. A restored goal is indexed again (its restored event
 * carries its state). Sessions are not indexed ({@link GoalsDocuments} says why). Erasure comes
 * from chat-service's user.deleted ({@link ChatEventConsumer}) and covers these documents too. Runs
 * on the indexing worker pool as {@link ChatEventConsumer} does.
 */
@ApplicationScoped
public class GoalsEventConsumer {

    @Inject DocumentIndexer indexer;

    @Inject TransientFailureRetry retry;

    private IndexingRoutes routes;

    @PostConstruct
    void declareRoutes() {
        routes =
                new IndexingRoutes(indexer, retry)
                        .indexes(GoalsEvents.GOAL_CREATED, GoalsDocuments::goal)
                        .indexes(GoalsEvents.GOAL_UPDATED, GoalsDocuments::goal)
                        .indexes(GoalsEvents.GOAL_COMPLETED, GoalsDocuments::goal)
                        .indexes(GoalsEvents.GOAL_RESTORED, GoalsDocuments::goal)
                        .removes(
                                GoalsEvents.GOAL_DELETED,
                                GoalDeleted::ownerId,
                                deleted -> GoalsDocuments.goal(deleted.goalId()))
                        .indexes(GoalsEvents.NOTE_SAVED, GoalsDocuments::note)
                        .removes(
                                GoalsEvents.NOTE_DELETED,
                                NoteDeleted::ownerId,
                                deleted -> GoalsDocuments.note(deleted.noteId()));
    }

    @Incoming("goals-events")
    @Blocking(value = "indexing", ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        routes.dispatch(record);
    }
}

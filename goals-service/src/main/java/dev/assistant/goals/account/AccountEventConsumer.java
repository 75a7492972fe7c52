package dev.assistant.goals.account;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.kit.account.AccountAccess;
import dev.assistant.kit.inbox.EventRoutes;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.kit.inbox.TransientFailureRetry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Erases a user's goals when the user erased their account (chat-service's user.deleted, topic
 * assistant.chat.events). Every other event type is skipped, so chat-service can add events without
 * breaking this consumer. Runs on a worker thread: retries back off by sleeping.
 */
@ApplicationScoped
public class AccountEventConsumer {

    @Inject AccountEraser eraser;

    @Inject TransientFailureRetry retry;

    @Inject AccountAccess access;

    private final EventRoutes routes =
            new EventRoutes()
                    .on(
                            ChatEvents.USER_DELETED,
                            (event, deleted) -> eraser.erase(event, deleted.userId()))
                    .on(
                            ChatEvents.USER_ACCESS_CHANGED,
                            (event, change) -> access.applyOnce(event, change));

    @Incoming("chat-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        routes.dispatch(IncomingEvent.from(record), retry);
    }
}

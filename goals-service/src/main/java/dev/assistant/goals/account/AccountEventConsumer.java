package dev.assistant.goals.account;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.UserAccessChanged;
import dev.assistant.events.chat.ChatEvents.UserDeleted;
import dev.assistant.kit.account.AccountAccess;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.kit.inbox.TransientFailureRetry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Erases a user's goals when the user erased their account (chat-service's user.deleted, topic
 * assistant.chat.events). Every other event type is skipped, so chat-service can add events without
 * breaking this consumer. Runs on a worker thread: retries back off by sleeping.
 */
@ApplicationScoped
public class AccountEventConsumer {

    private static final Logger LOG = Logger.getLogger(AccountEventConsumer.class);

    @Inject AccountEraser eraser;

    @Inject TransientFailureRetry retry;

    @Inject AccountAccess access;

    @Incoming("chat-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().equals(ChatEvents.USER_DELETED.name())) {
            UserDeleted deleted = event.payload(ChatEvents.USER_DELETED);
            retry.run(event, () -> eraser.erase(event, deleted.userId()));
        } else if (event.type().equals(ChatEvents.USER_ACCESS_CHANGED.name())) {
            UserAccessChanged change = event.payload(ChatEvents.USER_ACCESS_CHANGED);
            retry.run(event, () -> access.applyOnce(event, change));
        } else {
            LOG.debugf("skipping event type %s (%s)", event.type(), event.id());
        }
    }
}

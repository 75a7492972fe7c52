package dev.assistant.kit.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;

import dev.assistant.events.EventType;
import org.jboss.logging.Logger;

/**
 * A consumer's event types and what each does, in one table: {@link #dispatch} reads the event's
 * payload as its contract type and runs the effect through {@link TransientFailureRetry}; an event
 * type the consumer does not handle is skipped (logged at debug), as the contract allows.
 *
 * <pre>{@code
 * EventRoutes routes = new EventRoutes()
 *     .on(ChatEvents.USER_DELETED, (event, deleted) -> eraser.erase(event, deleted.userId()));
 * }</pre>
 */
public final class EventRoutes {

    private static final Logger LOG = Logger.getLogger(EventRoutes.class);

    private record Route<P extends Record>(
            EventType<P> type, BiPredicate<IncomingEvent, P> effect) {
        boolean apply(IncomingEvent event, TransientFailureRetry retry) {
            P payload = event.payload(type);
            retry.run(event, () -> effect.test(event, payload));
            return true;
        }
    }

    private final Map<String, Route<?>> routes = new HashMap<>();

    /**
     * @param effect applies the event once (true) or finds it already applied (false: a duplicate)
     */
    public <P extends Record> EventRoutes on(
            EventType<P> type, BiPredicate<IncomingEvent, P> effect) {
        routes.put(type.name(), new Route<>(type, effect));
        return this;
    }

    public void dispatch(IncomingEvent event, TransientFailureRetry retry) {
        Route<?> route = routes.get(event.type());
        if (route == null) {
            LOG.debugf("skipping event type %s (%s)", event.type(), event.id());
            return;
        }
        route.apply(event, retry);
    }
}

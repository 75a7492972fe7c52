package dev.assistant.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.goals.GoalsEvents;

/**
 * Every event type of the suite, by name: what consumers dispatch on and docs/events.md is checked
 * against.
 */
public final class EventCatalog {

    /** Per producing service, in the order docs/events.md lists them. */
    public static final Map<String, List<EventType<?>>> BY_TOPIC =
            orderedMap(ChatEvents.TOPIC, ChatEvents.ALL, GoalsEvents.TOPIC, GoalsEvents.ALL);

    private static final Map<String, EventType<?>> BY_NAME =
            BY_TOPIC.values().stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {}

    private static Map<String, List<EventType<?>>> orderedMap(
            String firstTopic,
            List<EventType<?>> first,
            String secondTopic,
            List<EventType<?>> second) {
        Map<String, List<EventType<?>>> topics = new LinkedHashMap<>();
        topics.put(firstTopic, first);
        topics.put(secondTopic, second);
        return Collections.unmodifiableMap(topics);
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<EventType<?>> all() {
        return BY_TOPIC.values().stream().flatMap(List::stream).toList();
    }
}

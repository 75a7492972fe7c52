package dev.assistant.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One event type of the suite's contract: its CloudEvents {@code type} (versioned by suffix), the
 * producing service ({@code source}), the aggregate it is about, and its typed payload. Producers
 * build the payload record and consumers read the same record, so a field cannot be renamed or
 * dropped on one side only.
 *
 * @param name CloudEvents type:
 *     dev.assistant.&lt;service&gt;.&lt;aggregate&gt;.&lt;change&gt;.v&lt;N&gt;
 * @param source CloudEvents source: the producing service, e.g. /assistant-suite/chat-service
 * @param aggregateType what changed (memory, conversation, ...); with the aggregate id, the
 *     CloudEvents subject
 * @param payloadType the payload record (the CloudEvents data, JSON)
 * @param aggregateIdField the payload field holding the aggregate id: the Kafka key, so one
 *     aggregate's events stay in order
 * @param ownerField the payload field holding the user the data belongs to
 * @param description one line for docs/events.md
 */
public record EventType<P extends Record>(
        String name,
        String source,
        String aggregateType,
        Class<P> payloadType,
        String aggregateIdField,
        String ownerField,
        String description) {

    public EventType {
        List<String> fields = fields(payloadType);
        if (!fields.contains(aggregateIdField) || !fields.contains(ownerField)) {
            throw new IllegalArgumentException(
                    name
                            + ": "
                            + payloadType.getSimpleName()
                            + " has no field "
                            + aggregateIdField
                            + " or "
                            + ownerField);
        }
    }

    /** The payload's field names, in declaration order (the JSON's order too). */
    public List<String> fields() {
        return fields(payloadType);
    }

    public String aggregateId(P payload) {
        return String.valueOf(valueOf(payload, aggregateIdField));
    }

    public String ownerId(P payload) {
        return String.valueOf(valueOf(payload, ownerField));
    }

    /** The CloudEvents subject of one event: {@code <aggregate type>/<aggregate id>}. */
    public String subject(String aggregateId) {
        return aggregateType + "/" + aggregateId;
    }

    private static List<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Each payload type's component accessors, looked up once (every outbox row reads two). */
    private static final ClassValue<Map<String, Method>> ACCESSORS =
            new ClassValue<>() {
                @Override
                protected Map<String, Method> computeValue(Class<?> type) {
                    return Arrays.stream(type.getRecordComponents())
                            .collect(
                                    Collectors.toUnmodifiableMap(
                                            RecordComponent::getName,
                                            RecordComponent::getAccessor));
                }
            };

    private static Object valueOf(Record payload, String field) {
        try {
            return ACCESSORS.get(payload.getClass()).get(field).invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + field + " of " + payload.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

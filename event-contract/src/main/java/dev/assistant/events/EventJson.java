package dev.assistant.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of event payloads. Every field is always written (null included), times as RFC
 * 3339 UTC strings. Consumers read tolerantly (unknown fields are ignored, so a producer may add a
 * field without breaking them); {@link #readStrict} is for contract tests.
 */
public final class EventJson {

    private static final ObjectMapper WRITER = base().build();
    private static final ObjectMapper TOLERANT =
            base().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ObjectMapper STRICT =
            base().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .build();

    private EventJson() {}

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.ALWAYS);
    }

    public static String write(Record payload) {
        try {
            return WRITER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "payload " + payload.getClass().getSimpleName() + " is not serializable", e);
        }
    }

    /**
     * A consumer's read: unknown fields ignored, required fields checked by the payload record.
     *
     * @throws MalformedEventException when the JSON is not this payload
     */
    public static <P extends Record> P read(EventType<P> type, String json) {
        return read(TOLERANT, type, json);
    }

    /** A contract test's read: every field present, none unknown. */
    public static <P extends Record> P readStrict(EventType<P> type, String json) {
        return read(STRICT, type, json);
    }

    private static <P extends Record> P read(ObjectMapper mapper, EventType<P> type, String json) {
        try {
            return mapper.readValue(json, type.payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(type.name() + ": " + originalMessage(e), e);
        }
    }

    private static String originalMessage(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}

package dev.assistant.goals.goal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A list of {@link GoalResponse} as JSON, byte for byte what Jackson's object mapping writes for it
 * (GoalJsonTest holds the two equal), but written field by field with the application mapper's own
 * generator (the same escaping) into one buffer. It is for the whole tree, the API's largest answer
 * (about 330 bytes per goal, trees of 1,000 goals): there Jackson's per-object serializers and its
 * java.time formatting took 40% of the service's CPU, and its 8 KB flushes left as ~40 separate
 * chunked writes; one buffer goes out as one response with a Content-Length.
 */
@ApplicationScoped
class GoalJson {

    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString ROOT_ID = new SerializedString("rootId");
    private static final SerializableString PARENT_ID = new SerializedString("parentId");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString DESCRIPTION = new SerializedString("description");
    private static final SerializableString DEADLINE = new SerializedString("deadline");
    private static final SerializableString SORT_ORDER = new SerializedString("sortOrder");
    private static final SerializableString COMPLETED = new SerializedString("completed");
    private static final SerializableString COMPLETED_AT = new SerializedString("completedAt");
    private static final SerializableString CREATED_AT = new SerializedString("createdAt");
    private static final SerializableString UPDATED_AT = new SerializedString("updatedAt");

    /** A goal's JSON is about 330 bytes; a little more avoids growing the buffer. */
    private static final int BYTES_PER_GOAL = 360;

    @Inject ObjectMapper mapper;

    Buffer array(List<GoalResponse> goals) {
        ByteBuf bytes = Unpooled.buffer(2 + goals.size() * BYTES_PER_GOAL);
        OutputStream out = new ByteBufOutputStream(bytes);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (GoalResponse goal : goals) {
                write(json, goal);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: not expected
        }
        return Buffer.buffer(bytes);
    }

    /** The record's components in declaration order, as Jackson's bean serializer writes them. */
    private static void write(JsonGenerator json, GoalResponse goal) throws IOException {
        json.writeStartObject();
        json.writeFieldName(ID);
        json.writeString(goal.id().toString());
        json.writeFieldName(ROOT_ID);
        json.writeString(goal.rootId().toString());
        json.writeFieldName(PARENT_ID);
        writeNullable(json, goal.parentId() == null ? null : goal.parentId().toString());
        json.writeFieldName(LEVEL);
        json.writeString(goal.level().name());
        json.writeFieldName(TITLE);
        json.writeString(goal.title());
        json.writeFieldName(DESCRIPTION);
        writeNullable(json, goal.description());
        json.writeFieldName(DEADLINE);
        writeNullable(json, goal.deadline() == null ? null : goal.deadline().toString());
        json.writeFieldName(SORT_ORDER);
        json.writeNumber(goal.sortOrder());
        json.writeFieldName(COMPLETED);
        json.writeBoolean(goal.completed());
        json.writeFieldName(COMPLETED_AT);
        writeInstant(json, goal.completedAt());
        json.writeFieldName(CREATED_AT);
        writeInstant(json, goal.createdAt());
        json.writeFieldName(UPDATED_AT);
        writeInstant(json, goal.updatedAt());
        json.writeEndObject();
    }

    private static void writeNullable(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void writeInstant(JsonGenerator json, OffsetDateTime time) throws IOException {
        if (time == null) {
            json.writeNull();
        } else {
            json.writeString(IsoInstant.format(time));
        }
    }
}

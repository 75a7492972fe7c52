package dev.assistant.events;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/events.md lists every event type with exactly the fields its payload record has. The catalog
 * section is generated from the definitions: run this test with -Devents.doc.write=true to rewrite
 * it after changing an event; without it, any difference fails the build.
 */
class EventCatalogDocTest {

    static final String BEGIN =
            "<!-- BEGIN generated from event-contract (EventCatalogDocTest) -->";
    static final String END = "<!-- END generated -->";

    @Test
    void theEventsPageListsEveryTypeWithExactlyItsFields() throws IOException {
        Path doc = Path.of(System.getProperty("events.doc", "../docs/events.md"));
        String page = Files.readString(doc);
        assertThat(page).contains(BEGIN).contains(END);
        String generated = BEGIN + "\n" + render() + END;
        String current = page.substring(page.indexOf(BEGIN), page.indexOf(END) + END.length());
        if (Boolean.getBoolean("events.doc.write")) {
            Files.writeString(doc, page.replace(current, generated));
            return;
        }
        assertThat(current)
                .as("docs/events.md is out of date; rerun with -Devents.doc.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everyTypeNameIsVersionedUniqueAndNamesItsAggregateFields() {
        List<EventType<?>> all = EventCatalog.all();
        assertThat(all)
                .extracting(EventType::name)
                .doesNotHaveDuplicates()
                .allMatch(n -> n.matches("dev\\.assistant\\.[a-z]+(\\.[a-z-]+)+\\.v\\d+"));
        assertThat(all)
                .allSatisfy(
                        t -> assertThat(t.fields()).contains(t.aggregateIdField(), t.ownerField()));
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        EventCatalog.BY_TOPIC.forEach(
                (topic, types) -> {
                    out.append("\n### Topic `")
                            .append(topic)
                            .append("` (source `")
                            .append(types.getFirst().source())
                            .append("`)\n\n");
                    out.append(
                            "| type | subject | payload fields | meaning |\n|---|---|---|---|\n");
                    for (EventType<?> t : types) {
                        out.append("| `")
                                .append(t.name())
                                .append("` | `")
                                .append(t.aggregateType())
                                .append("/<")
                                .append(t.aggregateIdField())
                                .append(">` | ")
                                .append(fields(t.payloadType()))
                                .append(" | ")
                                .append(t.description())
                                .append(" |\n");
                    }
                });
        return out.append('\n').toString();
    }

    private static String fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> "`" + c.getName() + "`: " + typeName(c))
                .collect(Collectors.joining(", "));
    }

    private static String typeName(RecordComponent c) {
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p && p.getRawType() == List.class) {
            return simple((Class<?>) p.getActualTypeArguments()[0]) + "[]";
        }
        return simple(c.getType());
    }

    private static String simple(Class<?> type) {
        if (type == UUID.class) {
            return "uuid";
        } else if (type == Instant.class) {
            return "time";
        } else if (type == LocalDate.class) {
            return "date";
        } else if (type == int.class || type == long.class) {
            return "integer";
        } else if (type == Integer.class || type == Long.class) {
            return "integer or null";
        } else if (type == boolean.class) {
            return "boolean";
        } else if (Map.class.isAssignableFrom(type)) {
            return "object";
        }
        return "string";
    }
}

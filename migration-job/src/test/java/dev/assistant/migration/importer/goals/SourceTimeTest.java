package dev.assistant.migration.importer.goals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written reading of the tracker's usual timestamps gives exactly what the formatter
 * gives, and leaves every other form (and every wrong value) to it.
 */
class SourceTimeTest {

    @Test
    void theUsualFormsReadAsTheFormatterReadsThem() {
        for (String text :
                List.of(
                        "2025-12-21 22:52:28",
                        "2025-12-21T22:52:28",
                        "2025-12-21 22:52:28.4",
                        "2025-12-21 22:52:28.44",
                        "2025-12-21 22:52:28.442831",
                        "2025-12-21 22:52:28.442831123",
                        "2024-02-29 00:00:00.000000",
                        "0001-01-01 00:00:00",
                        "9999-12-31 23:59:59.999999")) {
            assertThat(SourceTime.fastLocal(text))
                    .as(text)
                    .isEqualTo(LocalDateTime.parse(text.replace(' ', 'T')));
        }
    }

    @Test
    void otherFormsAndWrongValuesAreLeftToTheFormatter() {
        for (String text :
                List.of(
                        "2025-12-21",
                        "2025-12-21 22:52",
                        "2025-12-21 22:52:28.",
                        "2025-12-21 22:52:28,44",
                        "2025-13-21 22:52:28",
                        "2025-02-30 10:00:00",
                        "2025-12-21 24:00:00",
                        "2025-12-2x 22:52:28",
                        "2025-12-21 22:52:28.1234567890",
                        "2025/12/21 22:52:28")) {
            assertThat(SourceTime.fastLocal(text)).as(text).isNull();
        }
    }

    @Test
    void parsingKeepsItsResultsForEveryForm() throws Exception {
        SourceTime newYork = new SourceTime(ZoneId.of("America/New_York"), null);
        assertThat(newYork.parse("2025-12-21 22:52:28.442831"))
                .isEqualTo(OffsetDateTime.parse("2025-12-22T03:52:28.442831Z"));
        assertThat(newYork.parse("2025-12-21"))
                .isEqualTo(OffsetDateTime.parse("2025-12-21T05:00:00Z"));
        assertThat(newYork.parse("2025-12-21T22:52:28.000Z"))
                .isEqualTo(OffsetDateTime.parse("2025-12-21T22:52:28Z"));
        assertThat(newYork.parse("2025-12-21T22:52:28+01:00"))
                .isEqualTo(OffsetDateTime.parse("2025-12-21T21:52:28Z"));
        assertThat(newYork.parse("2025-12-21 22:52:28-05:00"))
                .isEqualTo(OffsetDateTime.parse("2025-12-22T03:52:28Z"));
        assertThat(SourceTime.UTC.parse("2025-12-21 22:52"))
                .isEqualTo(OffsetDateTime.of(2025, 12, 21, 22, 52, 0, 0, ZoneOffset.UTC));
        assertThatThrownBy(() -> SourceTime.UTC.parse("2025-02-30 10:00:00"))
                .isInstanceOf(SourceTime.Unparseable.class)
                .hasMessage("'2025-02-30 10:00:00' is not a timestamp");
        assertThatThrownBy(() -> SourceTime.UTC.parse("yesterday"))
                .isInstanceOf(SourceTime.Unparseable.class);
    }
}

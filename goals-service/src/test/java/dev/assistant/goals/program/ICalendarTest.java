package dev.assistant.goals.program;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTest {

    @Test
    void foldsAt75OctetsWithoutSplittingACharacter() {
        String value = "SUMMARY:" + "ế🎻".repeat(40);
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, value);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(3);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
            assertThat(lines[i]).doesNotContain("\uFFFD");
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(value + "\r\n");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
    }

    @Test
    void aShortLineIsNotFolded() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "x".repeat(75));
        assertThat(out.toString()).isEqualTo("x".repeat(75) + "\r\n");
    }
}

package dev.assistant.goals.goal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** IsoInstant against what Jackson uses for timestamps: ISO_OFFSET_DATE_TIME in UTC. */
class IsoInstantTest {

    private static final DateTimeFormatter JACKSON =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    @Test
    void writesWhatJacksonWritesForEveryKindOfFraction() {
        SplittableRandom random = new SplittableRandom(9);
        int[] nanoSteps = {0, 1, 10, 1_000, 100_000, 1_000_000, 100_000_000, 500_000_000};
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_000_000_000L, 253_402_300_799L + 86_400L * 400);
            int nanos = random.nextInt(1_000_000_000);
            int step = nanoSteps[i % nanoSteps.length];
            nanos = step == 0 ? 0 : nanos / step * step;
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18, 19) * 3600);
            OffsetDateTime time = Instant.ofEpochSecond(second, nanos).atOffset(offset);
            assertThat(IsoInstant.format(time)).as("%s", time).isEqualTo(JACKSON.format(time));
        }
    }

    @Test
    void examples() {
        assertThat(IsoInstant.format(OffsetDateTime.parse("2026-01-04T08:00:00+02:00")))
                .isEqualTo("2026-01-04T06:00:00Z");
        assertThat(IsoInstant.format(OffsetDateTime.parse("2026-01-04T08:00:00.120Z")))
                .isEqualTo("2026-01-04T08:00:00.12Z");
        assertThat(IsoInstant.format(OffsetDateTime.parse("0999-12-31T23:59:59.000001Z")))
                .isEqualTo("0999-12-31T23:59:59.000001Z");
    }
}

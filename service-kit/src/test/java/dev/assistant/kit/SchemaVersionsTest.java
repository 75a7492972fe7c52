package dev.assistant.kit;

import dev.assistant.kit.health.SchemaVersions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaVersionsTest {

    @Test
    void comparesNumericallyPartByPart() {
        assertThat(SchemaVersions.compare("10", "9")).isPositive();
        assertThat(SchemaVersions.compare("1.1", "1")).isPositive();
        assertThat(SchemaVersions.compare("1", "2")).isNegative();
        assertThat(SchemaVersions.compare("2.0", "2")).isZero();
    }
}

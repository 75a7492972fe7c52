package dev.assistant.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.assistant.kit.health.SchemaVersions;

class SchemaVersionsTest {

    @Test
    void comparesNumericallyPartByPart() {
        assertThat(SchemaVersions.compare("10", "9")).isPositive();
        assertThat(SchemaVersions.compare("1.1", "1")).isPositive();
        assertThat(SchemaVersions.compare("1", "2")).isNegative();
        assertThat(SchemaVersions.compare("2.0", "2")).isZero();
    }
}

package dev.assistant.migration.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where {@code import chat} quarantines by default: the suite's state folder, never the cwd. */
class ImportChatCommandTest {

    private static final Instant NOW = Instant.parse("2025-11-05T08:09:10Z");

    @Test
    void quarantineDefaultsToTheStateFolder() {
        assertThat(
                        ImportOptions.defaultQuarantine(
                                "chat",
                                Map.of(
                                        "MIGRATION_STATE_DIR",
                                        "/var/lib/migration",
                                        "SUITE_STATE_DIR",
                                        "/srv/suite/.local"),
                                "/home/me",
                                NOW))
                .isEqualTo(Path.of("/var/lib/migration/import/chat-quarantine-20251105T080910Z"));
        assertThat(
                        ImportOptions.defaultQuarantine(
                                "chat",
                                Map.of(
                                        "MIGRATION_STATE_DIR",
                                        " ",
                                        "SUITE_STATE_DIR",
                                        "/srv/.local"),
                                "/home/me",
                                NOW))
                .isEqualTo(Path.of("/srv/.local/import/chat-quarantine-20251105T080910Z"));
        assertThat(ImportOptions.stateDir(Map.of("XDG_STATE_HOME", "/home/me/.state"), "/home/me"))
                .isEqualTo(Path.of("/home/me/.state/assistant-suite"));
        assertThat(ImportOptions.stateDir(Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/.local/state/assistant-suite"));
    }
}

package dev.assistant.migration.cli;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionOptionsTest {

    private static ConnectionOptions options(String service, Map<String, String> env) {
        ConnectionOptions options = new ConnectionOptions();
        options.service = service;
        return options.withEnvironment(env);
    }

    @Test
    void serviceVariablesWinOverGenericOnes() {
        var settings =
                options(
                                "chat",
                                Map.of(
                                        "CHAT_DB_URL",
                                        "jdbc:postgresql://db/chat",
                                        "MIGRATION_DB_URL",
                                        "jdbc:postgresql://db/other",
                                        "MIGRATION_DB_USER",
                                        "generic",
                                        "CHAT_DB_PASSWORD",
                                        "secret"))
                        .connectionSettings();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db/chat");
        assertThat(settings.user()).isEqualTo("generic");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void commandLineOptionsWinOverVariables() {
        ConnectionOptions options =
                options(
                        "goals",
                        Map.of(
                                "GOALS_DB_URL",
                                "jdbc:postgresql://env/goals",
                                "GOALS_DB_USER",
                                "u",
                                "GOALS_DB_PASSWORD",
                                "p"));
        options.dbUrl = "jdbc:postgresql://cli/goals";
        assertThat(options.connectionSettings().jdbcUrl()).isEqualTo("jdbc:postgresql://cli/goals");
    }

    @Test
    void missingSettingNamesEveryWayToProvideIt() {
        assertThatThrownBy(() -> options("search", Map.of()).connectionSettings())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--db-url")
                .hasMessageContaining("SEARCH_DB_URL")
                .hasMessageContaining("MIGRATION_DB_URL");
    }

    @Test
    void unknownServiceIsAUsageError() {
        assertThatThrownBy(() -> options("billing", Map.of()).serviceSchema())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chat, goals, search");
    }
}

package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.core.SharedSql;
import org.junit.jupiter.api.Test;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox and inbox DDL exists once (event-contract's db/lib) and services include it. */
class SharedPartsTest {

    /**
     * Flyway checksums of chat's migrations as databases recorded them before the outbox DDL moved
     * into shared parts. Equal checksums mean existing databases validate and migrate on: the
     * refactoring changed no applied migration.
     */
    private static final Map<String, Integer> CHAT_CHECKSUMS_BEFORE_SHARED_PARTS =
            Map.of(
                    "1",
                    1224457694,
                    "2",
                    -1224348804,
                    "3",
                    1555218474,
                    "4",
                    -1998791772,
                    "5",
                    -83863718,
                    "6",
                    1848120337,
                    "7",
                    445705534);

    @Test
    void chatsAppliedMigrationsKeepTheirChecksumsWithTheOutboxIncluded() throws Exception {
        MigrationSet set = ProjectMigrations.of(ServiceSchema.CHAT);
        ScratchDatabase.dropSchema(set.schema());
        new Migrator(set, SETTINGS).migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);

        Map<String, Integer> recorded = new LinkedHashMap<>();
        try (Connection c = ScratchDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT version, checksum FROM chat.flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                recorded.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertThat(recorded).containsAllEntriesOf(CHAT_CHECKSUMS_BEFORE_SHARED_PARTS);
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM pg_trigger WHERE tgname = 'outbox_wake_relay'"
                                        // chat's own: other tests leave goals' outbox (V8) behind
                                        + " AND tgrelid = 'chat.outbox'::regclass"))
                .isEqualTo(1);
    }

    @Test
    void anIncludeIsReplacedByThePartAndAnUnknownPartIsAnError() {
        String expanded =
                SharedSql.expand(
                        "SELECT 1;\n-- include: inbox/1_processed_events.sql\nSELECT 2;\n");
        assertThat(expanded)
                .contains("CREATE TABLE IF NOT EXISTS processed_events")
                .startsWith("SELECT 1;\n")
                .endsWith("SELECT 2;\n");
        assertThatThrownBy(() -> SharedSql.expand("-- include: outbox/nope.sql"))
                .hasMessageContaining("no shared SQL part");
        assertThatThrownBy(() -> SharedSql.expand("-- include: ../secrets.sql"))
                .hasMessageContaining("outside");
    }
}

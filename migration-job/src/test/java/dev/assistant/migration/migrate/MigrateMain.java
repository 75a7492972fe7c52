package dev.assistant.migration.migrate;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ScratchDatabase;

/** A plain process that runs one migration set: the kill -9 test starts and kills it. */
public final class MigrateMain {

    private MigrateMain() {}

    public static void main(String[] args) {
        MigrationSet set = ScratchDatabase.testSet(args[0]);
        new Migrator(set, ScratchDatabase.SETTINGS)
                .migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
    }
}

package dev.assistant.migration.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.assistant.migration.core.MigrationScript;
import dev.assistant.migration.core.MigrationScripts;
import dev.assistant.migration.core.Phase;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code required-version}: the schema version a service build needs, derived from its own
 * migrations so it is never kept by hand. It is the newest expand-phase migration: contract-phase
 * files run after every pod runs the new code, so the new code cannot wait for them. Each service's
 * build writes it as the service's {@code assistant.schema.required-version}, which its readiness
 * check compares with the database.
 */
@Command(
        name = "required-version",
        mixinStandardHelpOptions = true,
        description =
                "Print (or write as a config property) the schema version a service's code needs, from its migrations.")
public class RequiredVersionCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(RequiredVersionCommand.class);
    static final String PROPERTY = "assistant.schema.required-version";

    @Option(
            names = "--migrations",
            paramLabel = "DIR",
            required = true,
            description = "the service's db folder (DIR/migration/V*.sql)")
    Path migrations;

    @Option(
            names = "--write",
            paramLabel = "FILE",
            description = "write '" + PROPERTY + "=<version>' to this properties file")
    Path target;

    @Override
    public Integer call() {
        List<MigrationScript> scripts =
                MigrationScripts.versioned(migrations.resolve("migration").toString());
        String version =
                scripts.stream()
                        .filter(s -> s.phase() == Phase.EXPAND)
                        .map(MigrationScript::version)
                        .reduce((a, b) -> b)
                        .orElse(null);
        if (version == null) {
            LOG.errorf("no expand-phase migrations in %s/migration", migrations);
            return ExitCodes.USAGE;
        }
        if (target == null) {
            System.out.println(version);
            return ExitCodes.SUCCESS;
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(
                    target,
                    "# Generated from "
                            + migrations
                            + " by migration-job required-version; do not edit.\n"
                            + PROPERTY
                            + "="
                            + version
                            + "\n",
                    StandardCharsets.UTF_8);
            return ExitCodes.SUCCESS;
        } catch (IOException e) {
            LOG.errorf("cannot write %s: %s", target, e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}

package dev.assistant.migration.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dev.assistant.migration.importer.goals.GoalsImportReport;
import dev.assistant.migration.importer.goals.GoalsImporter;
import dev.assistant.migration.importer.goals.SourceTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code import goals --source goals.db --owner USER}: one legacy fractal-goals SQLite file (any
 * schema generation) into goals-service, owned by USER. Re-runnable: ids are deterministic, so a
 * second run changes nothing, a killed run is finished by the next, and a second file with the same
 * records finds them (identical: no-op; different: reported, the first kept). Exit 0 when
 * everything was imported and verified, 3 when rows were quarantined, 1 when verification found a
 * difference or the run failed.
 */
@Command(
        name = "goals",
        mixinStandardHelpOptions = true,
        description =
                "Import a legacy fractal-goals SQLite database (goals.db, any schema generation) into goals-service.")
public class ImportGoalsCommand extends ServiceCommand {

    @Option(
            names = "--source",
            required = true,
            paramLabel = "FILE",
            description = "the goals.db file")
    Path source;

    @Option(
            names = "--owner",
            required = true,
            paramLabel = "USER",
            description = "the account (JWT subject) that will own every row")
    String owner;

    @Option(
            names = "--source-zone",
            defaultValue = "UTC",
            paramLabel = "ZONE",
            description =
                    "time zone of the file's naive timestamps before the app switched to UTC, e.g. America/New_York (default: ${DEFAULT-VALUE})")
    String sourceZone;

    @Option(
            names = "--utc-since",
            paramLabel = "LOCAL_DATETIME",
            description =
                    "the moment (as the file wrote it, e.g. 2026-01-05T00:00) from which naive timestamps are UTC;"
                            + " without it every naive timestamp is read in --source-zone")
    String utcSince;

    @Option(
            names = "--writers",
            defaultValue = "" + GoalsImporter.DEFAULT_WRITERS,
            paramLabel = "N",
            description =
                    "database connections writing each table's batches side by side (default: ${DEFAULT-VALUE});"
                            + " a killed run loses at most one batch per writer, which the next run writes")
    int writers;

    @Mixin ImportOptions imports;

    @Override
    protected String commandName() {
        return "import goals";
    }

    @Override
    protected int run() throws Exception {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("--source: " + source + " is not a file");
        }
        if (owner.isBlank()) {
            throw new IllegalArgumentException("--owner must not be blank");
        }
        connection.service = "goals";
        GoalsImportReport report =
                new GoalsImporter(
                                connection.connectionSettings(),
                                connection.serviceSchema().schema(),
                                System.err,
                                writers)
                        .run(
                                source,
                                owner.strip(),
                                sourceTime(),
                                imports.quarantineDir("goals"),
                                imports.dryRun);
        output.print(report, ImportGoalsCommand::text);
        return imports.finish("goals", report, report.summary());
    }

    SourceTime sourceTime() {
        ZoneId zone;
        try {
            zone = ZoneId.of(sourceZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "--source-zone: '" + sourceZone + "' is not a time zone");
        }
        if (utcSince == null || utcSince.isBlank()) {
            return new SourceTime(zone, null);
        }
        try {
            return new SourceTime(zone, LocalDateTime.parse(utcSince.strip().replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--utc-since: '" + utcSince + "' is not a date-time like 2026-01-05T00:00");
        }
    }

    private static String text(GoalsImportReport r) {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        "import goals %s%s for %s: generation %s%s; ",
                        r.source(),
                        r.dryRun() ? " (dry run)" : "",
                        r.owner(),
                        r.generation(),
                        r.drift().isEmpty()
                                ? ""
                                : " (drift: " + String.join(", ", r.drift()) + ")"));
        r.tables()
                .forEach(
                        (table, c) ->
                                out.append(
                                        String.format(
                                                "%s %d / %d new / %d present / %d conflicting; ",
                                                table,
                                                c.rows(),
                                                c.imported(),
                                                c.alreadyPresent(),
                                                c.conflicting())));
        out.append(
                String.format(
                        "recovered %d; quarantined %d; time flags %d; warnings %d; verification %s; %d ms (%.0f rows/s)",
                        r.recovered().size(),
                        r.quarantined().size(),
                        r.timeFlags().size(),
                        r.warnings().size(),
                        r.verification() == null
                                ? "skipped"
                                : r.verification().ok()
                                        ? "ok"
                                        : "FAILED " + r.verification().mismatches(),
                        r.durationMillis(),
                        r.rowsPerSecond()));
        return out.toString();
    }
}

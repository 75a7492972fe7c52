package dev.assistant.migration.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.assistant.migration.importer.ImportSummary;
import dev.assistant.migration.metrics.Pushgateway;
import picocli.CommandLine.Option;

/**
 * What every {@code import <system>} command shares: dry run, where the quarantine goes, the report
 * file, the Pushgateway; and one rule for the exit code (0 complete and verified, 3 records
 * quarantined, 1 verification found a difference).
 */
public class ImportOptions {

    @Option(names = "--dry-run", description = "read and report, write nothing")
    boolean dryRun;

    @Option(
            names = "--quarantine",
            paramLabel = "DIR",
            description =
                    "where unimportable records go, with REPORT.json (default: <state>/import/<system>-quarantine-<time>,"
                            + " <state> being MIGRATION_STATE_DIR, else SUITE_STATE_DIR, else"
                            + " XDG_STATE_HOME/assistant-suite, else ~/.local/state/assistant-suite)")
    Path quarantine;

    @Option(names = "--report", description = "also write the JSON report to this file")
    Path reportFile;

    @Option(
            names = "--pushgateway-url",
            defaultValue = "${env:MIGRATION_PUSHGATEWAY_URL}",
            description =
                    "push the import's metrics to this Prometheus Pushgateway (env MIGRATION_PUSHGATEWAY_URL)")
    String pushgatewayUrl;

    Path quarantineDir(String system) {
        return quarantine != null
                ? quarantine
                : defaultQuarantine(
                        system, System.getenv(), System.getProperty("user.home"), Instant.now());
    }

    /**
     * Writes the report file, pushes the metrics (not for a dry run), and answers the exit code.
     */
    int finish(String service, Object report, ImportSummary summary) throws IOException {
        if (reportFile != null) {
            Files.writeString(reportFile, Output.json(report));
        }
        if (pushgatewayUrl != null && !pushgatewayUrl.isBlank() && !dryRun) {
            Pushgateway.pushImport(pushgatewayUrl, service, summary);
        }
        if (!summary.verified()) {
            return ExitCodes.FAILURE;
        }
        return summary.quarantined() == 0 ? ExitCodes.SUCCESS : ExitCodes.FINDINGS;
    }

    /**
     * {@code <state>/import/<system>-quarantine-<time>}: the suite's state folder (where
     * deploy/local keeps its own, SUITE_STATE_DIR), not wherever the command happened to be
     * started.
     */
    static Path defaultQuarantine(
            String system, Map<String, String> environment, String home, Instant now) {
        return stateDir(environment, home)
                .resolve("import")
                .resolve(
                        system
                                + "-quarantine-"
                                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                        .withZone(ZoneOffset.UTC)
                                        .format(now));
    }

    /**
     * MIGRATION_STATE_DIR, else SUITE_STATE_DIR, else XDG_STATE_HOME/assistant-suite, else
     * ~/.local/state/assistant-suite (the XDG default).
     */
    static Path stateDir(Map<String, String> environment, String home) {
        for (String variable : new String[] {"MIGRATION_STATE_DIR", "SUITE_STATE_DIR"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        String xdg = environment.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "assistant-suite");
        }
        return Path.of(home, ".local", "state", "assistant-suite");
    }
}

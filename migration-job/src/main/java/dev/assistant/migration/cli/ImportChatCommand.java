package dev.assistant.migration.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.assistant.migration.importer.chat.ChatImportReport;
import dev.assistant.migration.importer.chat.ChatImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code import chat --source DIR}: the legacy chatbot's JSON tree into chat-service. Re-runnable:
 * ids are deterministic, so a second run changes nothing and a killed run simply starts again. Exit
 * 0 when everything was imported and verified, 3 when records were quarantined, 1 when verification
 * found a difference or the run failed.
 */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description =
                "Import the legacy chatbot's data (conversations, memories, generated images) into chat-service.")
public class ImportChatCommand extends ServiceCommand {

    @Option(
            names = "--source",
            required = true,
            description = "the legacy tree (containing data/ and/or Storage/)")
    Path source;

    @Option(
            names = "--default-owner",
            defaultValue = "legacy",
            description = "owner of records that name none (default: ${DEFAULT-VALUE})")
    String defaultOwner;

    @Mixin ImportOptions imports;

    @Option(
            names = "--parallel",
            description =
                    "writers on their own connections (default: the number of cores, at most 4)")
    Integer parallel;

    @Override
    protected String commandName() {
        return "import chat";
    }

    @Override
    protected int run() throws Exception {
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("--source: " + source + " is not a directory");
        }
        if (defaultOwner.isBlank()) {
            throw new IllegalArgumentException("--default-owner must not be blank");
        }
        connection.service = "chat";
        Path quarantineDir = imports.quarantineDir("chat");
        ChatImportReport report =
                new ChatImporter(
                                connection.connectionSettings(),
                                connection.serviceSchema().schema(),
                                System.err)
                        .run(source, defaultOwner, quarantineDir, imports.dryRun, writers());
        output.print(report, ImportChatCommand::text);
        return imports.finish("chat", report, report.summary());
    }

    private int writers() {
        int value =
                parallel != null
                        ? parallel
                        : Math.min(4, Runtime.getRuntime().availableProcessors());
        if (value < 1 || value > 16) {
            throw new IllegalArgumentException("--parallel must be 1 to 16");
        }
        return value;
    }

    private static String text(ChatImportReport r) {
        return String.format(
                "import chat %s%s: conversations %d found / %d imported / %d already present; messages %d / %d / %d; "
                        + "memories %d / %d / %d; files %d / %d / %d (%d without content); branches linked %d; quarantined %d; warnings %d; "
                        + "verification %s; "
                        + "%d ms (%.0f messages/s)",
                r.source(),
                r.dryRun() ? " (dry run)" : "",
                r.conversations().found(),
                r.conversations().imported(),
                r.conversations().alreadyPresent(),
                r.messages().found(),
                r.messages().imported(),
                r.messages().alreadyPresent(),
                r.memories().found(),
                r.memories().imported(),
                r.memories().alreadyPresent(),
                r.files().found(),
                r.files().imported(),
                r.files().alreadyPresent(),
                r.filesWithoutContent(),
                r.branchesLinked(),
                r.quarantined().size(),
                r.warnings().size(),
                r.verification() == null
                        ? "skipped"
                        : r.verification().ok() ? "ok" : "FAILED " + r.verification().mismatches(),
                r.durationMillis(),
                r.messagesPerSecond());
    }
}

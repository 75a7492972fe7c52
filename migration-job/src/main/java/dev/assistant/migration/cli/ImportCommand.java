package dev.assistant.migration.cli;

import picocli.CommandLine.Command;

/** {@code import <system>}: bring a legacy system's data in. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a legacy system's data.",
        subcommands = {ImportChatCommand.class, ImportGoalsCommand.class})
public class ImportCommand {}

package dev.assistant.migration.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** Entry point: {@code migration-job <command> --service chat|goals|search}. */
@TopCommand
@Command(
        name = "migration-job",
        mixinStandardHelpOptions = true,
        description = "Applies and inspects the assistant-suite services' schema migrations.",
        subcommands = {
            MigrateCommand.class,
            StatusCommand.class,
            PlanCommand.class,
            LintCommand.class,
            DriftCommand.class,
            RollbackCommand.class,
            BaselineCommand.class,
            BackupCommand.class,
            ImportCommand.class,
            RequiredVersionCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (or nothing to do)",
            "1:failure",
            "2:usage error",
            "3:findings (lint violations, drift, pending migrations under status --check)"
        })
public class MigrationJobCommand {}

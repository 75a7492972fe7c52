package dev.assistant.migration.cli;

/** Process exit codes, the same for every command (documented in docs/migrations.md). */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int FINDINGS = 3;

    private ExitCodes() {}
}

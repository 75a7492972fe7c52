package dev.assistant.migration.lint;

/**
 * One lint finding.
 *
 * @param rule the rule's name (after squawk's where squawk has the rule)
 * @param file the migration file
 * @param line 1-based line of the offending statement
 * @param why why the statement is dangerous
 * @param fix the safe alternative
 */
public record Finding(String rule, String file, int line, String why, String fix) {

    public String toText() {
        return file + ":" + line + ": " + rule + ": " + why + "\n    fix: " + fix;
    }
}

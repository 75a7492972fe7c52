package dev.assistant.migration.sql;

import java.util.List;

/**
 * One statement of a migration file.
 *
 * @param text the statement as written, without its terminating semicolon
 * @param normalized upper-cased, comments removed, string literals blanked, white space folded:
 *     what rules and the classifier match against
 * @param line 1-based line of the statement's first token in its file
 * @param comments the comments inside or right before the statement (for suppressions)
 */
public record SqlStatement(String text, String normalized, int line, List<String> comments) {}

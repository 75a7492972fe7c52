package dev.assistant.migration.lint;

import java.util.List;
import java.util.Set;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.sql.ClassifiedStatement;

/**
 * What a rule may know beyond the statement itself.
 *
 * @param phase the file's phase (drops and renames are fine in contract migrations)
 * @param statements every statement of the file, in order
 * @param tablesCreated tables created earlier in this file: new and empty, so locking them is
 *     harmless
 * @param index position of the statement being checked
 */
public record LintContext(
        Phase phase, List<ClassifiedStatement> statements, Set<String> tablesCreated, int index) {

    public boolean isNewTable(String table) {
        return table != null && tablesCreated.contains(table);
    }

    public boolean earlierStatementMatches(String regex) {
        return statements.subList(0, index).stream()
                .anyMatch(s -> s.statement().normalized().matches(regex));
    }
}

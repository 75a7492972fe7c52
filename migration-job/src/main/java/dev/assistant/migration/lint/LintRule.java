package dev.assistant.migration.lint;

import dev.assistant.migration.sql.ClassifiedStatement;

/** One zero-downtime safety rule. */
public interface LintRule {

    /** Stable name, used in findings and in suppression comments. */
    String name();

    /** Why a violation is dangerous. */
    String why();

    /** The safe alternative. */
    String fix();

    boolean violatedBy(ClassifiedStatement statement, LintContext context);
}

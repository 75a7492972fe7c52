package dev.assistant.migration.lint;

import java.util.function.BiPredicate;

import dev.assistant.migration.sql.ClassifiedStatement;

/** A rule defined by its texts and a predicate; see {@link Rules} for the catalogue. */
record Rule(
        String name,
        String why,
        String fix,
        BiPredicate<ClassifiedStatement, LintContext> predicate)
        implements LintRule {

    @Override
    public boolean violatedBy(ClassifiedStatement statement, LintContext context) {
        return predicate.test(statement, context);
    }
}

package dev.assistant.migration.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.sql.ClassifiedStatement;
import dev.assistant.migration.sql.SqlSplitter;
import dev.assistant.migration.sql.StatementClassifier;
import dev.assistant.migration.sql.StatementKind;

/**
 * Static analysis of migration SQL for zero-downtime safety. A finding is suppressed by a comment
 * in or right before the statement that names the rule and gives a reason: {@code -- lint:ignore
 * require-concurrent-index-creation: table has 40 rows, lock is instant}. A suppression without a
 * reason does not count.
 */
public final class Linter {

    private static final Pattern SUPPRESSION =
            Pattern.compile("^lint:ignore\\s+([a-z0-9,\\s-]+?)\\s*:\\s*(\\S.*)$");

    private final List<LintRule> rules;

    public Linter() {
        this(Rules.ALL);
    }

    public Linter(List<LintRule> rules) {
        this.rules = rules;
    }

    public List<Finding> lint(String file, String sql) {
        Phase phase = Phase.of(sql);
        List<ClassifiedStatement> statements =
                SqlSplitter.split(sql).stream().map(StatementClassifier::classify).toList();
        Set<String> created = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ClassifiedStatement statement = statements.get(i);
            LintContext context = new LintContext(phase, statements, Set.copyOf(created), i);
            Set<String> suppressed = suppressedRules(statement);
            for (LintRule rule : rules) {
                if (!suppressed.contains(rule.name()) && rule.violatedBy(statement, context)) {
                    findings.add(
                            new Finding(
                                    rule.name(),
                                    file,
                                    statement.statement().line(),
                                    rule.why(),
                                    rule.fix()));
                }
            }
            if (statement.kind() == StatementKind.CREATE_TABLE) {
                created.add(statement.table());
            }
        }
        return findings;
    }

    private static Set<String> suppressedRules(ClassifiedStatement statement) {
        Set<String> names = new HashSet<>();
        for (String comment : statement.statement().comments()) {
            Matcher m = SUPPRESSION.matcher(comment.strip());
            if (m.matches()) {
                for (String name : m.group(1).split("[,\\s]+")) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }
}

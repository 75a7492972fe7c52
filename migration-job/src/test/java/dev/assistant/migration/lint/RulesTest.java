package dev.assistant.migration.lint;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** For every rule: SQL that must trigger it and SQL that must not. Table "t" already exists. */
class RulesTest {

    private final Linter linter = new Linter();

    static Stream<Arguments> cases() {
        String longName = "a".repeat(64);
        return Stream.of(
                Arguments.of(
                        "require-concurrent-index-creation",
                        "CREATE INDEX IF NOT EXISTS t_a_idx ON t (a);",
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON t (a);"),
                Arguments.of(
                        "require-concurrent-index-creation",
                        "CREATE UNIQUE INDEX IF NOT EXISTS t_a_key ON public.t (a);",
                        "CREATE TABLE IF NOT EXISTS n (a text); CREATE INDEX IF NOT EXISTS n_a_idx ON n (a);"),
                Arguments.of(
                        "require-concurrent-index-deletion",
                        "DROP INDEX IF EXISTS t_a_idx;",
                        "DROP INDEX CONCURRENTLY IF EXISTS t_a_idx;"),
                Arguments.of(
                        "ban-concurrent-index-creation-in-transaction",
                        "BEGIN; CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON t (a); COMMIT;",
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON t (a);"),
                Arguments.of(
                        "adding-required-field",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS b text NOT NULL;",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS b text NOT NULL DEFAULT 'x';"),
                Arguments.of(
                        "adding-field-with-default",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS u uuid DEFAULT gen_random_uuid();",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS c timestamptz DEFAULT now();"),
                Arguments.of(
                        "changing-column-type",
                        "ALTER TABLE t ALTER COLUMN a TYPE bigint;",
                        "ALTER TABLE t ALTER COLUMN a SET DEFAULT 0;"),
                Arguments.of(
                        "adding-not-nullable-field",
                        "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
                        "ALTER TABLE t VALIDATE CONSTRAINT t_a_not_null; ALTER TABLE t ALTER COLUMN a SET NOT NULL;"),
                Arguments.of(
                        "constraint-missing-not-valid",
                        "ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);",
                        "ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;"),
                Arguments.of(
                        "adding-foreign-key-constraint",
                        "ALTER TABLE t ADD CONSTRAINT t_u_fk FOREIGN KEY (u) REFERENCES users (id);",
                        "ALTER TABLE t ADD CONSTRAINT t_u_fk FOREIGN KEY (u) REFERENCES users (id) NOT VALID;"),
                Arguments.of(
                        "disallowed-unique-constraint",
                        "ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);",
                        "ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_idx;"),
                Arguments.of(
                        "ban-drop-column",
                        "ALTER TABLE t DROP COLUMN IF EXISTS a;",
                        "-- phase: contract\nALTER TABLE t DROP COLUMN IF EXISTS a;"),
                Arguments.of(
                        "ban-drop-table",
                        "DROP TABLE IF EXISTS t;",
                        "-- phase: contract\nDROP TABLE IF EXISTS t;"),
                Arguments.of(
                        "renaming-column",
                        "ALTER TABLE t RENAME COLUMN a TO b;",
                        "-- phase: contract\nALTER TABLE t RENAME COLUMN a TO b;"),
                Arguments.of(
                        "renaming-table",
                        "ALTER TABLE t RENAME TO t2;",
                        "-- phase: contract\nALTER TABLE t RENAME TO t2;"),
                Arguments.of(
                        "prefer-timestamptz",
                        "CREATE TABLE IF NOT EXISTS n (id bigint, at timestamp);",
                        "CREATE TABLE IF NOT EXISTS n (id bigint, at timestamptz, b timestamp with time zone);"),
                Arguments.of(
                        "prefer-timestamptz",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS at timestamp(3) without time zone;",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS at timestamptz;"),
                Arguments.of(
                        "prefer-bigint-over-int",
                        "CREATE TABLE IF NOT EXISTS n (id int PRIMARY KEY);",
                        "CREATE TABLE IF NOT EXISTS n (id bigint PRIMARY KEY, position int NOT NULL);"),
                Arguments.of(
                        "prefer-bigint-over-int",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS owner integer REFERENCES owners (id);",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS owner bigint;"),
                Arguments.of(
                        "prefer-bigint-over-smallint",
                        "CREATE TABLE IF NOT EXISTS n (id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
                        "CREATE TABLE IF NOT EXISTS n (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, level smallint);"),
                Arguments.of(
                        "prefer-text-field",
                        "CREATE TABLE IF NOT EXISTS n (name varchar(100));",
                        "CREATE TABLE IF NOT EXISTS n (name text CHECK (char_length(name) <= 100));"),
                Arguments.of(
                        "prefer-text-field",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS code char(2);",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS code text;"),
                Arguments.of(
                        "prefer-identity",
                        "CREATE TABLE IF NOT EXISTS n (id bigserial PRIMARY KEY);",
                        "CREATE TABLE IF NOT EXISTS n (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"),
                Arguments.of(
                        "prefer-robust-stmts",
                        "CREATE TABLE n (id bigint);",
                        "CREATE TABLE IF NOT EXISTS n (id bigint);"),
                Arguments.of(
                        "prefer-robust-stmts",
                        "ALTER TABLE t ADD COLUMN b text;",
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS b text;"),
                Arguments.of(
                        "prefer-robust-stmts",
                        "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);",
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON t (a);"),
                Arguments.of(
                        "identifier-too-long",
                        "CREATE TABLE IF NOT EXISTS n (" + longName + " text);",
                        "CREATE TABLE IF NOT EXISTS n (" + longName.substring(1) + " text);"),
                Arguments.of(
                        "identifier-too-long",
                        "CREATE TABLE IF NOT EXISTS n (\"" + "é".repeat(32) + "\" text);",
                        "CREATE TABLE IF NOT EXISTS n (\"" + "é".repeat(31) + "\" text);"),
                Arguments.of(
                        "transaction-nesting",
                        "BEGIN; ALTER TABLE t ALTER COLUMN a SET DEFAULT 1; COMMIT;",
                        "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1;"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void ruleTriggersOnDangerousSqlOnly(String rule, String dangerous, String safe) {
        assertThat(rules(dangerous)).as("findings for: %s", dangerous).contains(rule);
        assertThat(rules(safe)).as("findings for: %s", safe).doesNotContain(rule);
    }

    @Test
    void everyRuleHasACase() {
        List<String> covered = cases().map(a -> (String) a.get()[0]).distinct().toList();
        assertThat(covered)
                .containsExactlyInAnyOrderElementsOf(
                        Rules.ALL.stream().map(LintRule::name).toList());
    }

    @Test
    void suppressionNeedsTheRuleNameAndAReason() {
        String suppressed =
                "-- lint:ignore require-concurrent-index-creation: t has 12 rows, the lock is instant\n"
                        + "CREATE INDEX IF NOT EXISTS t_a_idx ON t (a);";
        String withoutReason =
                "-- lint:ignore require-concurrent-index-creation\nCREATE INDEX IF NOT EXISTS t_a_idx ON t (a);";
        String otherRule =
                "-- lint:ignore prefer-text-field: not this one\nCREATE INDEX IF NOT EXISTS t_a_idx ON t (a);";
        assertThat(rules(suppressed)).doesNotContain("require-concurrent-index-creation");
        assertThat(rules(withoutReason)).contains("require-concurrent-index-creation");
        assertThat(rules(otherRule)).contains("require-concurrent-index-creation");
    }

    @Test
    void findingNamesFileLineWhyAndFix() {
        List<Finding> findings =
                linter.lint(
                        "V7__index.sql",
                        "-- adds an index\n\nCREATE INDEX IF NOT EXISTS t_a_idx\n  ON t (a);\n");
        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.rule()).isEqualTo("require-concurrent-index-creation");
                            assertThat(f.file()).isEqualTo("V7__index.sql");
                            assertThat(f.line()).isEqualTo(3);
                            assertThat(f.why()).contains("SHARE lock");
                            assertThat(f.fix()).contains("CONCURRENTLY");
                        });
    }

    private List<String> rules(String sql) {
        return linter.lint("V1__test.sql", sql).stream().map(Finding::rule).toList();
    }
}

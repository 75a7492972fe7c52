package dev.assistant.migration.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.sql.ClassifiedStatement;
import dev.assistant.migration.sql.StatementKind;

import static dev.assistant.migration.sql.StatementClassifier.IDENT;

/**
 * The rule catalogue. Names follow squawk's where squawk has the rule, so people recognise them;
 * documented with examples in docs/migrations.md.
 */
public final class Rules {

    private static final Pattern INT_KEY_COLUMN =
            Pattern.compile("^(" + IDENT + ") (INT|INTEGER|INT4)\\b(.*)$");
    private static final Pattern SMALLINT_KEY_COLUMN =
            Pattern.compile("^(" + IDENT + ") (SMALLINT|INT2)\\b(.*)$");
    private static final Pattern KEY_MARKERS =
            Pattern.compile("\\b(PRIMARY KEY|IDENTITY|REFERENCES)\\b");
    private static final Pattern IDENTIFIER_TOKEN =
            Pattern.compile("\"([^\"]+)\"|\\b([A-Z_][A-Z0-9_$]*)\\b");

    public static final List<LintRule> ALL =
            List.of(
                    new Rule(
                            "require-concurrent-index-creation",
                            "CREATE INDEX without CONCURRENTLY holds a SHARE lock: every write to the table waits until the index is built.",
                            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ..., alone in its migration file (it cannot run in a transaction).",
                            (s, c) ->
                                    s.kind() == StatementKind.CREATE_INDEX
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "require-concurrent-index-deletion",
                            "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table: reads and writes wait.",
                            "DROP INDEX CONCURRENTLY IF EXISTS ..., alone in its migration file.",
                            (s, c) -> s.kind() == StatementKind.DROP_INDEX),
                    new Rule(
                            "ban-concurrent-index-creation-in-transaction",
                            "CONCURRENTLY cannot run inside a transaction block; mixed with other statements the migration fails or, worse, is run in a transaction by the tool.",
                            "Put each CREATE/DROP INDEX CONCURRENTLY in a migration file of its own, without BEGIN/COMMIT.",
                            (s, c) -> concurrently(s) && (c.statements().size() > 1)),
                    new Rule(
                            "adding-required-field",
                            "Adding a NOT NULL column without a default fails on a table with rows, and old code that inserts without it breaks.",
                            "Add the column nullable (or with a constant default), backfill in batches, then add a NOT VALID CHECK, VALIDATE it, and SET NOT NULL.",
                            (s, c) ->
                                    addsColumn(s)
                                            && s.statement().normalized().contains("NOT NULL")
                                            && !s.statement().normalized().contains(" DEFAULT ")
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "adding-field-with-default",
                            "A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval()) rewrites the whole table under an ACCESS EXCLUSIVE lock.",
                            "Add the column without a default, set the default in a separate statement (applies to new rows only), backfill old rows in batches.",
                            (s, c) ->
                                    s.kind() == StatementKind.ADD_COLUMN_REWRITE
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "changing-column-type",
                            "Changing a column's type usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, and breaks old code.",
                            "Add a new column of the new type, write both, backfill in batches, switch reads, drop the old column in a contract migration.",
                            (s, c) ->
                                    s.kind() == StatementKind.ALTER_COLUMN_TYPE
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "adding-not-nullable-field",
                            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated CHECK (col IS NOT NULL) already proves it.",
                            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL (instant); then drop the check.",
                            (s, c) ->
                                    s.kind() == StatementKind.SET_NOT_NULL
                                            && !c.isNewTable(s.table())
                                            && !c.earlierStatementMatches(
                                                    ".*VALIDATE CONSTRAINT.*")),
                    new Rule(
                            "constraint-missing-not-valid",
                            "Adding a CHECK constraint validates every row while holding an ACCESS EXCLUSIVE lock.",
                            "ADD CONSTRAINT ... NOT VALID (instant), then VALIDATE CONSTRAINT in a later statement (SHARE UPDATE EXCLUSIVE: reads and writes continue).",
                            (s, c) ->
                                    s.kind() == StatementKind.ADD_CONSTRAINT
                                            && s.statement().normalized().contains(" CHECK")
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "adding-foreign-key-constraint",
                            "Adding a foreign key scans the table and locks both tables against writes until every row is checked.",
                            "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT separately.",
                            (s, c) ->
                                    (s.kind() == StatementKind.ADD_CONSTRAINT
                                                    || s.kind() == StatementKind.ADD_COLUMN)
                                            && s.statement()
                                                    .normalized()
                                                    .matches(".*\\b(FOREIGN KEY|REFERENCES)\\b.*")
                                            && !s.statement().normalized().contains("NOT VALID")
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "disallowed-unique-constraint",
                            "Adding a UNIQUE or PRIMARY KEY constraint builds its index while blocking writes.",
                            "CREATE UNIQUE INDEX CONCURRENTLY first (own file), then ADD CONSTRAINT ... UNIQUE USING INDEX (instant).",
                            (s, c) ->
                                    s.kind() == StatementKind.ADD_CONSTRAINT
                                            && s.statement()
                                                    .normalized()
                                                    .matches(".*\\b(UNIQUE|PRIMARY KEY)\\b.*")
                                            && !s.statement().normalized().contains("USING INDEX")
                                            && !c.isNewTable(s.table())),
                    new Rule(
                            "ban-drop-column",
                            "Old pods still read and write the column while the rollout runs; dropping it breaks them.",
                            "Stop using the column in code first; drop it in a contract migration (-- phase: contract) once no old pods run.",
                            (s, c) ->
                                    s.kind() == StatementKind.DROP_COLUMN
                                            && c.phase() == Phase.EXPAND),
                    new Rule(
                            "ban-drop-table",
                            "Old pods may still use the table during the rollout; data is gone for good.",
                            "Drop it in a contract migration (-- phase: contract), after a backup, once no code uses it.",
                            (s, c) ->
                                    s.kind() == StatementKind.DROP_TABLE
                                            && c.phase() == Phase.EXPAND),
                    new Rule(
                            "renaming-column",
                            "Old pods use the old name during the rollout and fail.",
                            "Add the new column, write both, backfill, switch reads, drop the old one in a contract migration.",
                            (s, c) ->
                                    s.kind() == StatementKind.RENAME
                                            && s.statement()
                                                    .normalized()
                                                    .matches(
                                                            ".*\\bRENAME (COLUMN )?(?!TO\\b)"
                                                                    + IDENT
                                                                    + " TO .*")
                                            && c.phase() == Phase.EXPAND),
                    new Rule(
                            "renaming-table",
                            "Old pods use the old name during the rollout and fail.",
                            "Create the new table (or a view with the new name), move code over, then rename or drop in a contract migration.",
                            (s, c) ->
                                    s.kind() == StatementKind.RENAME
                                            && s.statement()
                                                    .normalized()
                                                    .matches(".*\\bRENAME TO .*")
                                            && c.phase() == Phase.EXPAND),
                    new Rule(
                            "prefer-timestamptz",
                            "timestamp without time zone stores wall-clock time with no zone: values shift when a session's TimeZone differs.",
                            "Use timestamptz.",
                            (s, c) ->
                                    definesColumns(s)
                                            && s.statement()
                                                    .normalized()
                                                    .matches(
                                                            ".*\\bTIMESTAMP\\b(\\s*\\(\\d+\\))?(?! WITH TIME ZONE).*")),
                    new Rule(
                            "prefer-bigint-over-int",
                            "A 32-bit key runs out at 2.1 billion; changing the type later rewrites the table.",
                            "Use bigint (or uuid) for primary keys, identities and foreign keys.",
                            (s, c) -> definesColumns(s) && hasKeyColumn(s, INT_KEY_COLUMN)),
                    new Rule(
                            "prefer-bigint-over-smallint",
                            "A 16-bit key runs out at 32,767.",
                            "Use bigint (or uuid) for primary keys, identities and foreign keys.",
                            (s, c) -> definesColumns(s) && hasKeyColumn(s, SMALLINT_KEY_COLUMN)),
                    new Rule(
                            "prefer-text-field",
                            "varchar(n) and char(n) enforce a length that changing later takes an ACCESS EXCLUSIVE lock (and char pads).",
                            "Use text, with a CHECK (char_length(col) <= n) constraint if a limit is really needed.",
                            (s, c) ->
                                    definesColumns(s)
                                            && s.statement()
                                                    .normalized()
                                                    .matches(
                                                            ".*\\b(VARCHAR|CHAR|CHARACTER|BPCHAR)\\b.*")),
                    new Rule(
                            "prefer-identity",
                            "serial creates a sequence the column does not own cleanly (grants, dumps, ownership surprises).",
                            "Use bigint GENERATED ALWAYS AS IDENTITY.",
                            (s, c) ->
                                    definesColumns(s)
                                            && s.statement()
                                                    .normalized()
                                                    .matches(
                                                            ".*\\b(SMALLSERIAL|SERIAL|BIGSERIAL|SERIAL2|SERIAL4|SERIAL8)\\b.*")),
                    new Rule(
                            "prefer-robust-stmts",
                            "A statement that fails when re-run turns a half-applied migration (a killed run, a non-transactional file) into a manual repair.",
                            "Use IF NOT EXISTS / IF EXISTS so a re-run is a no-op.",
                            (s, c) -> !retrySafe(s)),
                    new Rule(
                            "identifier-too-long",
                            "PostgreSQL silently truncates identifiers longer than 63 bytes: two names can collide, and later statements miss the object.",
                            "Use a name of at most 63 bytes (UTF-8).",
                            (s, c) -> hasLongIdentifier(s)),
                    new Rule(
                            "transaction-nesting",
                            "Each migration already runs in a transaction; BEGIN/COMMIT inside it ends that transaction early or is ignored.",
                            "Remove BEGIN/COMMIT/ROLLBACK; split the file if parts must run separately.",
                            (s, c) ->
                                    s.statement()
                                            .normalized()
                                            .matches(
                                                    "^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK)\\b.*")));

    private Rules() {}

    private static boolean concurrently(ClassifiedStatement s) {
        return s.kind() == StatementKind.CREATE_INDEX_CONCURRENTLY
                || s.kind() == StatementKind.DROP_INDEX_CONCURRENTLY;
    }

    private static boolean addsColumn(ClassifiedStatement s) {
        return s.kind() == StatementKind.ADD_COLUMN || s.kind() == StatementKind.ADD_COLUMN_REWRITE;
    }

    private static boolean definesColumns(ClassifiedStatement s) {
        return s.kind() == StatementKind.CREATE_TABLE
                || addsColumn(s)
                || s.kind() == StatementKind.ALTER_COLUMN_TYPE;
    }

    /** A column of the given type that is a primary key, identity or foreign key. */
    private static boolean hasKeyColumn(ClassifiedStatement s, Pattern typedColumn) {
        for (String definition : columnDefinitions(s)) {
            Matcher m = typedColumn.matcher(definition.strip());
            if (m.find() && KEY_MARKERS.matcher(m.group(3)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * CREATE TABLE's parenthesised list split at top-level commas, or ALTER TABLE ... ADD COLUMN's
     * definition.
     */
    private static List<String> columnDefinitions(ClassifiedStatement s) {
        String sql = s.statement().normalized();
        if (addsColumn(s)) {
            return List.of(sql.replaceFirst("^.*?\\bADD (COLUMN )?(IF NOT EXISTS )?", ""));
        }
        int open = sql.indexOf('(');
        int close = sql.lastIndexOf(')');
        if (open < 0 || close < open) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char ch = sql.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(sql.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(sql.substring(start, close));
        return parts;
    }

    private static boolean retrySafe(ClassifiedStatement s) {
        String sql = s.statement().normalized();
        if (sql.matches(
                "^CREATE (UNIQUE )?INDEX.*|^CREATE (UNLOGGED )?TABLE.*|^CREATE (SCHEMA|EXTENSION|SEQUENCE)\\b.*")) {
            return sql.contains("IF NOT EXISTS");
        }
        if (sql.matches("^DROP (TABLE|INDEX|SCHEMA|EXTENSION|SEQUENCE|VIEW|TYPE|FUNCTION)\\b.*")) {
            return sql.contains("IF EXISTS");
        }
        if (addsColumn(s)) {
            return sql.matches(".*\\bADD (COLUMN )?IF NOT EXISTS\\b.*");
        }
        if (s.kind() == StatementKind.DROP_COLUMN) {
            return sql.matches(".*\\bDROP (COLUMN )?IF EXISTS\\b.*");
        }
        return true;
    }

    private static boolean hasLongIdentifier(ClassifiedStatement s) {
        Matcher m = IDENTIFIER_TOKEN.matcher(s.statement().normalized());
        while (m.find()) {
            String identifier = m.group(1) != null ? m.group(1) : m.group(2);
            if (identifier.getBytes(StandardCharsets.UTF_8).length > 63) {
                return true;
            }
        }
        return false;
    }
}

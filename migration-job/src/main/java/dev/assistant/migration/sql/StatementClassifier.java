package dev.assistant.migration.sql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the DDL forms that matter for locking from a statement's normalized text. Not a full
 * parser: a form it does not know is OTHER, which plan shows as "review by hand".
 */
public final class StatementClassifier {

    /**
     * An identifier, optionally schema-qualified, quoted or not (normalized text is upper case).
     */
    public static final String IDENT =
            "(?:\"[^\"]+\"|[A-Z_][A-Z0-9_$]*)(?:\\.(?:\"[^\"]+\"|[A-Z_][A-Z0-9_$]*))?";

    private static final Pattern CREATE_TABLE =
            Pattern.compile(
                    "^CREATE (?:UNLOGGED |TEMP |TEMPORARY )?TABLE (?:IF NOT EXISTS )?("
                            + IDENT
                            + ")");
    private static final Pattern CREATE_INDEX =
            Pattern.compile(
                    "^CREATE (?:UNIQUE )?INDEX (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:"
                            + IDENT
                            + " )?ON (?:ONLY )?("
                            + IDENT
                            + ")");
    private static final Pattern DROP_INDEX =
            Pattern.compile("^DROP INDEX (CONCURRENTLY )?(?:IF EXISTS )?(" + IDENT + ")");
    private static final Pattern ALTER_TABLE =
            Pattern.compile("^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(" + IDENT + ") (.*)$");
    private static final Pattern DROP_TABLE =
            Pattern.compile("^DROP TABLE (?:IF EXISTS )?(" + IDENT + ")");
    private static final Pattern DATA =
            Pattern.compile("^(?:INSERT INTO|UPDATE|DELETE FROM) (?:ONLY )?(" + IDENT + ")");
    private static final Pattern NO_TABLE =
            Pattern.compile(
                    "^(?:CREATE|DROP|ALTER) (?:SCHEMA|EXTENSION|TYPE|FUNCTION|OR REPLACE FUNCTION|SEQUENCE|DOMAIN)\\b|^(?:COMMENT|GRANT|REVOKE|SET|SELECT)\\b");
    private static final Pattern VOLATILE_DEFAULT =
            Pattern.compile(
                    "DEFAULT (?:\\(?\\s*)?(?:RANDOM|GEN_RANDOM_UUID|UUID_GENERATE_V[14]|CLOCK_TIMESTAMP|TIMEOFDAY|NEXTVAL)\\s*\\(");

    private StatementClassifier() {}

    public static ClassifiedStatement classify(SqlStatement statement) {
        String sql = statement.normalized();
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).find()) {
            return of(statement, StatementKind.CREATE_TABLE, m.group(1));
        }
        if ((m = CREATE_INDEX.matcher(sql)).find()) {
            return of(
                    statement,
                    m.group(1) != null
                            ? StatementKind.CREATE_INDEX_CONCURRENTLY
                            : StatementKind.CREATE_INDEX,
                    m.group(2));
        }
        if ((m = DROP_INDEX.matcher(sql)).find()) {
            return of(
                    statement,
                    m.group(1) != null
                            ? StatementKind.DROP_INDEX_CONCURRENTLY
                            : StatementKind.DROP_INDEX,
                    m.group(2));
        }
        if ((m = ALTER_TABLE.matcher(sql)).find()) {
            return of(statement, alterKind(m.group(2)), m.group(1));
        }
        if ((m = DROP_TABLE.matcher(sql)).find()) {
            return of(statement, StatementKind.DROP_TABLE, m.group(1));
        }
        if ((m = DATA.matcher(sql)).find()) {
            return of(statement, StatementKind.DATA_CHANGE, m.group(1));
        }
        if (NO_TABLE.matcher(sql).find()) {
            return of(statement, StatementKind.NO_TABLE, null);
        }
        return of(statement, StatementKind.OTHER, null);
    }

    private static StatementKind alterKind(String action) {
        if (action.startsWith("ADD COLUMN")
                || (action.startsWith("ADD ")
                        && !action.startsWith("ADD CONSTRAINT")
                        && !action.matches(
                                "^ADD (?:PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY|EXCLUDE)\\b.*"))) {
            return VOLATILE_DEFAULT.matcher(action).find()
                    ? StatementKind.ADD_COLUMN_REWRITE
                    : StatementKind.ADD_COLUMN;
        }
        if (action.matches(".*\\bALTER (?:COLUMN )?" + IDENT + " (?:SET DATA )?TYPE\\b.*")) {
            return StatementKind.ALTER_COLUMN_TYPE;
        }
        if (action.matches(".*\\bSET NOT NULL\\b.*")) {
            return StatementKind.SET_NOT_NULL;
        }
        if (action.startsWith("ADD ")) {
            return action.contains("NOT VALID")
                    ? StatementKind.ADD_CONSTRAINT_NOT_VALID
                    : StatementKind.ADD_CONSTRAINT;
        }
        if (action.startsWith("VALIDATE CONSTRAINT")) {
            return StatementKind.VALIDATE_CONSTRAINT;
        }
        if (action.startsWith("DROP COLUMN")
                || action.matches("^DROP (?!CONSTRAINT)" + IDENT + ".*")) {
            return StatementKind.DROP_COLUMN;
        }
        if (action.startsWith("RENAME")) {
            return StatementKind.RENAME;
        }
        return StatementKind.ALTER_TABLE_OTHER;
    }

    private static ClassifiedStatement of(
            SqlStatement statement, StatementKind kind, String table) {
        return new ClassifiedStatement(statement, kind, table == null ? null : unquote(table));
    }

    /** Table names as PostgreSQL folds them: unquoted parts lower case, quoted parts verbatim. */
    static String unquote(String identifier) {
        StringBuilder out = new StringBuilder();
        for (String part : identifier.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(
                    part.startsWith("\"")
                            ? part.substring(1, part.length() - 1)
                            : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}

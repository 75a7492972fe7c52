package dev.assistant.migration.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits PostgreSQL migration SQL into statements, aware of comments (-- and nested block
 * comments), single-quoted strings, quoted identifiers and dollar-quoted bodies, so a semicolon in
 * any of those does not end a statement. Keeps each statement's first line for findings.
 */
public final class SqlSplitter {

    private SqlSplitter() {}

    public static List<SqlStatement> split(String sql) {
        return new Scanner(sql).statements();
    }

    private static final class Scanner {
        private final String sql;
        private final List<SqlStatement> statements = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder normalized = new StringBuilder();
        private List<String> comments = new ArrayList<>();
        private int pos;
        private int line = 1;
        private int statementLine = -1;

        Scanner(String sql) {
            this.sql = sql;
        }

        List<SqlStatement> statements() {
            while (pos < sql.length()) {
                char c = sql.charAt(pos);
                if (c == '-' && peek(1) == '-') {
                    lineComment();
                } else if (c == '/' && peek(1) == '*') {
                    blockComment();
                } else if (c == '\'') {
                    quoted('\'', true);
                } else if (c == '"') {
                    quoted('"', false);
                } else if (c == '$' && dollarTag() != null) {
                    dollarQuoted(dollarTag());
                } else if (c == ';') {
                    pos++;
                    finishStatement();
                } else {
                    plain(c);
                }
            }
            finishStatement();
            return statements;
        }

        private char peek(int offset) {
            int i = pos + offset;
            return i < sql.length() ? sql.charAt(i) : '\0';
        }

        private void plain(char c) {
            if (!Character.isWhitespace(c)) {
                markStart();
            }
            text.append(c);
            appendNormalized(Character.isWhitespace(c) ? ' ' : Character.toUpperCase(c));
            advance(c);
        }

        private void lineComment() {
            int end = sql.indexOf('\n', pos);
            end = end < 0 ? sql.length() : end;
            comments.add(sql.substring(pos + 2, end).strip());
            pos = end;
        }

        private void blockComment() {
            int depth = 0;
            int start = pos;
            do {
                if (sql.startsWith("/*", pos)) {
                    depth++;
                    pos += 2;
                } else if (sql.startsWith("*/", pos)) {
                    depth--;
                    pos += 2;
                } else {
                    advance(sql.charAt(pos));
                }
            } while (depth > 0 && pos < sql.length());
            String body = sql.substring(start, pos);
            comments.add(body.substring(2, Math.max(2, body.length() - 2)).strip());
            appendNormalized(' ');
        }

        /**
         * Strings are blanked in the normalized form ('' stays as a marker); identifiers keep their
         * text.
         */
        private void quoted(char quote, boolean blank) {
            markStart();
            int start = pos;
            pos++;
            while (pos < sql.length()) {
                char c = sql.charAt(pos);
                if (c == quote && peek(1) == quote) {
                    pos += 2;
                } else if (c == quote) {
                    pos++;
                    break;
                } else {
                    advance(c);
                }
            }
            String literal = sql.substring(start, pos);
            text.append(literal);
            if (blank) {
                normalized.append("''");
            } else {
                normalized.append(literal); // a quoted identifier keeps its case
            }
        }

        private String dollarTag() {
            int end = pos + 1;
            while (end < sql.length()
                    && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                end++;
            }
            return end < sql.length() && sql.charAt(end) == '$'
                    ? sql.substring(pos, end + 1)
                    : null;
        }

        private void dollarQuoted(String tag) {
            markStart();
            int close = sql.indexOf(tag, pos + tag.length());
            int end = close < 0 ? sql.length() : close + tag.length();
            String body = sql.substring(pos, end);
            body.chars().filter(ch -> ch == '\n').forEach(ch -> line++);
            text.append(body);
            appendNormalized("$$");
            pos = end;
        }

        private void advance(char c) {
            if (c == '\n') {
                line++;
            }
            pos++;
        }

        private void markStart() {
            if (statementLine < 0) {
                statementLine = line;
            }
        }

        private void appendNormalized(char c) {
            if (c == ' '
                    && (normalized.isEmpty()
                            || normalized.charAt(normalized.length() - 1) == ' ')) {
                return;
            }
            normalized.append(c);
        }

        private void appendNormalized(String s) {
            normalized.append(s.toUpperCase(Locale.ROOT));
        }

        private void finishStatement() {
            String body = text.toString().strip();
            if (!body.isEmpty()) {
                statements.add(
                        new SqlStatement(
                                body,
                                normalized.toString().strip(),
                                statementLine,
                                List.copyOf(comments)));
                comments = new ArrayList<>();
            }
            text.setLength(0);
            normalized.setLength(0);
            statementLine = -1;
        }
    }
}

package dev.assistant.migration.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code -- include: <part>} lines in a service's migration files with the shared SQL the
 * event-contract module ships under {@code db/lib/} (the outbox and inbox tables every publishing
 * or consuming service needs). The include line is replaced by the part's text, so Flyway's
 * checksum covers the expanded SQL: changing an applied part is detected like changing the file.
 * Parts, like migrations, are never edited once released; a change is a new part in a new
 * migration.
 */
public final class SharedSql {

    private static final Pattern INCLUDE = Pattern.compile("(?m)^--\\s*include:\\s*(\\S+)\\s*$");
    private static final String LIBRARY = "db/lib/";

    private SharedSql() {}

    public static String expand(String sql) {
        Matcher m = INCLUDE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(part(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String part(String name) {
        if (name.contains("..")) {
            throw new IllegalArgumentException("include outside " + LIBRARY + ": " + name);
        }
        try (InputStream in =
                SharedSql.class.getClassLoader().getResourceAsStream(LIBRARY + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no shared SQL part " + LIBRARY + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIBRARY + name, e);
        }
    }
}

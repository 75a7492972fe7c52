package dev.assistant.migration.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zero-downtime rollouts split schema changes in two. EXPAND migrations (the default) only add: old
 * and new code both work against the result, so the init container applies them before new pods
 * start. CONTRACT migrations remove or rename what old code still uses; they run only with {@code
 * migrate --phase contract}, once no old pods run. A file declares its phase in a comment: {@code
 * -- phase: contract}.
 */
public enum Phase {
    EXPAND,
    CONTRACT;

    private static final Pattern MARKER =
            Pattern.compile("(?im)^\\s*--\\s*phase:\\s*(expand|contract)\\s*$");

    public static Phase of(String sql) {
        Matcher m = MARKER.matcher(sql);
        return m.find() ? valueOf(m.group(1).toUpperCase(Locale.ROOT)) : EXPAND;
    }

    public static Phase parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown phase '" + value + "' (expected expand or contract)");
        }
    }
}

package dev.assistant.events.outbox;

import java.util.Locale;

/**
 * Which queue an outbox row waits in. The relay serves {@code live} rows (users' requests) first,
 * so a million imported rows in {@code bulk} never delay a user's next event; a live event still
 * waits for earlier bulk events of its own aggregate, which keeps per-aggregate order.
 */
public enum Lane {
    LIVE,
    BULK;

    /** The value stored in outbox.lane. */
    public String sqlValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.assistant.migration.core;

/** Where and as whom to connect. {@link #toString()} never shows the password. */
public record ConnectionSettings(String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        return "ConnectionSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
    }
}

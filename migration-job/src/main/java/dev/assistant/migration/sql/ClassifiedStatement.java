package dev.assistant.migration.sql;

/** A statement with what it does and the table it touches (null for none or unknown). */
public record ClassifiedStatement(SqlStatement statement, StatementKind kind, String table) {}

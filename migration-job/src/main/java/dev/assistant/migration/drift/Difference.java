package dev.assistant.migration.drift;

/**
 * One way the live schema differs from what its applied migrations produce.
 *
 * @param object table, column, index, constraint or sequence
 * @param name e.g. memories.title, memories_owner_created_idx
 * @param change missing (expected, not in the database), unexpected (in the database, not expected)
 *     or changed
 * @param expected the definition the migrations produce (null when unexpected)
 * @param actual the definition in the database (null when missing)
 */
public record Difference(
        String object, String name, String change, String expected, String actual) {

    public String toText() {
        return switch (change) {
            case "missing" -> object + " " + name + " is missing (expected: " + expected + ")";
            case "unexpected" ->
                    object + " " + name + " is not in the migrations (found: " + actual + ")";
            default -> object + " " + name + " differs: expected " + expected + ", found " + actual;
        };
    }
}

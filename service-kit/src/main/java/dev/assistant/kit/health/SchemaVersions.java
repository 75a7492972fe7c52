package dev.assistant.kit.health;

/** Flyway versions are dot-separated integers: 1 &lt; 1.1 &lt; 2 &lt; 10 (not string order). */
public final class SchemaVersions {

    private SchemaVersions() {}

    public static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}

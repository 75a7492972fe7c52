package dev.assistant.migration.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Legacy ids to new ids, deterministically (name-based UUIDs): the same legacy record always gets
 * the same id, so a re-run inserts nothing twice and a killed run can simply start again.
 */
public final class LegacyIds {

    /** The namespace of {@link #goals}: a fixed random UUID, never to change. */
    static final UUID GOALS_NAMESPACE = UUID.fromString("5c1f7e0a-93b2-4c4e-9d0e-6b1f2a7c3d11");

    private LegacyIds() {}

    /** The chat import's ids (version 3, as they have always been computed: never change it). */
    public static UUID of(String kind, String legacyKey) {
        return UUID.nameUUIDFromBytes(
                ("assistant-suite:legacy-chat:" + kind + ":" + legacyKey)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The goals import's ids: UUID version 5 of (owner, table, legacy id), so two owners importing
     * the same file get distinct rows and one owner importing two copies finds the same row.
     */
    public static UUID goals(String owner, String table, String legacyId) {
        return v5(GOALS_NAMESPACE, owner + '\u001f' + table + '\u001f' + legacyId);
    }

    /** RFC 9562 name-based UUID, SHA-1 (version 5). */
    static UUID v5(UUID namespace, String name) {
        byte[] hash;
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bytes(namespace));
            hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
            lsb = (lsb << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static byte[] bytes(UUID uuid) {
        byte[] out = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (msb >>> (8 * (7 - i)));
            out[i + 8] = (byte) (lsb >>> (8 * (7 - i)));
        }
        return out;
    }
}

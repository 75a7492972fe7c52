package dev.assistant.kit.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A client's file name, made safe to keep and to send back (chat's files, search's documents). */
public final class UploadNames {

    private UploadNames() {}

    /**
     * The name as uploaded, without directories or control characters, at most 255 characters;
     * {@code fallback} when nothing usable is left.
     */
    public static String safe(String name, String fallback) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = fallback;
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    /** RFC 6266: an ASCII fallback and the exact UTF-8 name (Vietnamese, emoji). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "'");
        return "attachment; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

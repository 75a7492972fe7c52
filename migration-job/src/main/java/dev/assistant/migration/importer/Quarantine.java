package dev.assistant.migration.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What could not be imported, kept with its reason: whole files are copied under the quarantine
 * folder (same relative path), single records (one message of a conversation) are written as JSON
 * next to them; REPORT.json lists every entry. Nothing is dropped silently. In a dry run nothing is
 * written, but the entries are still reported.
 */
public final class Quarantine {

    public record Entry(String source, String record, String reason) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path sourceRoot;
    private final Path directory;
    private final boolean dryRun;
    private final List<Entry> entries = new ArrayList<>();

    public Quarantine(Path sourceRoot, Path directory, boolean dryRun) {
        this.sourceRoot = sourceRoot;
        this.directory = directory;
        this.dryRun = dryRun;
    }

    public synchronized void file(Path source, String reason) {
        String relative = sourceRoot.relativize(source).toString();
        entries.add(new Entry(relative, null, reason));
        if (!dryRun && Files.exists(source)) {
            copy(source, directory.resolve("files").resolve(relative));
        }
    }

    public synchronized void record(Path source, String pointer, JsonNode record, String reason) {
        String relative = sourceRoot.relativize(source).toString();
        entries.add(new Entry(relative, pointer, reason));
        if (!dryRun) {
            write(
                    directory
                            .resolve("records")
                            .resolve(relative + pointer.replace('/', '_') + ".json"),
                    record);
        }
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes REPORT.json (also when empty, so an operator sees the run looked). */
    public synchronized void writeReport() {
        if (!dryRun) {
            write(directory.resolve("REPORT.json"), JSON.valueToTree(entries));
        }
    }

    private static void copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quarantine " + source, e);
        }
    }

    private static void write(Path target, JsonNode json) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, JSON.writeValueAsString(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}

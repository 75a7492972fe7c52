package dev.assistant.migration.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads migration files from a classpath folder (a directory in tests, a folder inside the uber-jar
 * in production) or from a filesystem path, sorted by version. Used where no database is needed
 * (lint, phases) and for undo files, which Flyway's community edition does not read.
 */
public final class MigrationScripts {

    private static final Pattern NAME = Pattern.compile("^([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql$");

    private MigrationScripts() {}

    public static List<MigrationScript> versioned(String location) {
        return read(location, "V");
    }

    public static List<MigrationScript> undo(String location) {
        return read(location, "U");
    }

    /** Versions compare numerically part by part: 1 &lt; 1.1 &lt; 2 &lt; 10. */
    public static final Comparator<String> VERSION_ORDER =
            (a, b) -> {
                String[] l = a.split("[._]");
                String[] r = b.split("[._]");
                for (int i = 0; i < Math.max(l.length, r.length); i++) {
                    long x = i < l.length ? Long.parseLong(l[i]) : 0;
                    long y = i < r.length ? Long.parseLong(r[i]) : 0;
                    if (x != y) {
                        return Long.compare(x, y);
                    }
                }
                return 0;
            };

    private static List<MigrationScript> read(String location, String prefix) {
        List<MigrationScript> scripts = new ArrayList<>();
        withFolder(
                location,
                folder -> {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.forEach(
                                file -> {
                                    Matcher m = NAME.matcher(file.getFileName().toString());
                                    if (m.matches() && m.group(1).equals(prefix)) {
                                        String sql = readString(file);
                                        scripts.add(
                                                new MigrationScript(
                                                        m.group(2).replace('_', '.'),
                                                        m.group(3).replace('_', ' '),
                                                        file.getFileName().toString(),
                                                        sql,
                                                        Phase.of(sql)));
                                    }
                                });
                    }
                });
        scripts.sort(Comparator.comparing(MigrationScript::version, VERSION_ORDER));
        return scripts;
    }

    private interface FolderAction {
        void accept(Path folder) throws IOException;
    }

    /** A missing folder means no scripts, not an error (a service without undo files, say). */
    private static void withFolder(String location, FolderAction action) {
        try {
            Path direct = Path.of(location);
            if (Files.isDirectory(direct)) {
                action.accept(direct);
                return;
            }
            URL url = Thread.currentThread().getContextClassLoader().getResource(location);
            if (url == null) {
                return;
            }
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                withJarFolder(uri, action);
            } else {
                action.accept(Path.of(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations in " + location, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad location " + location, e);
        }
    }

    /** Uses the jar's file system if one is open already, else opens (and closes) its own. */
    private static void withJarFolder(URI uri, FolderAction action) throws IOException {
        FileSystem owned = null;
        try {
            try {
                owned = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                owned = null;
            }
            action.accept(Path.of(uri));
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }

    private static String readString(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

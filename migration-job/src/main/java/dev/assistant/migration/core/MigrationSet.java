package dev.assistant.migration.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A set of versioned migrations and where they apply.
 *
 * @param name the service (or, in tests, any name)
 * @param schema the PostgreSQL schema they run in; Flyway's history table lives there too
 * @param location folder (filesystem path or classpath folder) of
 *     V&lt;version&gt;__&lt;description&gt;.sql files
 * @param undoLocation folder of the paired U&lt;version&gt;__&lt;description&gt;.sql undo files
 */
public record MigrationSet(String name, String schema, String location, String undoLocation) {

    /**
     * A service's migrations as its module keeps them ({@code <dir>/migration/V*.sql}, {@code
     * <dir>/undo/U*.sql}), with shared parts expanded ({@link SharedSql}) into a private temporary
     * copy that every command then reads.
     */
    public static MigrationSet of(ServiceSchema service, Path migrationsDir) {
        Path migrations = migrationsDir.resolve("migration");
        if (!Files.isDirectory(migrations)) {
            throw new IllegalArgumentException(
                    "no migration folder "
                            + migrations
                            + " (--migrations points at the service's db folder)");
        }
        try {
            Path copy = Files.createTempDirectory("migrations-" + service.serviceName() + "-");
            copy.toFile().deleteOnExit();
            Path expanded = expandInto(migrations, copy.resolve("migration"));
            Path undo = expandInto(migrationsDir.resolve("undo"), copy.resolve("undo"));
            return new MigrationSet(
                    service.serviceName(), service.schema(), expanded.toString(), undo.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations in " + migrationsDir, e);
        }
    }

    /** True when the location is a filesystem folder (else a classpath folder). */
    public boolean onFilesystem() {
        return Files.isDirectory(Path.of(location));
    }

    private static Path expandInto(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        target.toFile().deleteOnExit();
        if (!Files.isDirectory(source)) {
            return target;
        }
        List<Path> files;
        try (var list = Files.list(source)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".sql")).toList();
        }
        for (Path file : files) {
            Path out = target.resolve(file.getFileName().toString());
            Files.writeString(out, SharedSql.expand(Files.readString(file)));
            out.toFile().deleteOnExit();
        }
        return target;
    }
}

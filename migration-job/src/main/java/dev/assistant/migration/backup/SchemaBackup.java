package dev.assistant.migration.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.core.MigrationSet;
import org.jboss.logging.Logger;
import org.postgresql.Driver;

/**
 * A pg_dump custom-format archive of one service's schema (structure and data), named {@code
 * <service>-v<version>-<UTC time>.dump}. Written to a temporary name and renamed when complete, so
 * a partial archive never looks like a backup. Restore with {@code pg_restore --dbname=...
 * <archive>}.
 */
public final class SchemaBackup {

    private static final Logger LOG = Logger.getLogger(SchemaBackup.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SchemaBackup() {}

    public static Path create(
            BackupSettings settings,
            ConnectionSettings connection,
            MigrationSet set,
            String version) {
        try {
            Files.createDirectories(settings.directory());
            String name =
                    set.name()
                            + "-v"
                            + (version == null ? "0" : version)
                            + "-"
                            + STAMP.format(Instant.now())
                            + ".dump";
            Path archive = settings.directory().resolve(name);
            Path partial = settings.directory().resolve(name + ".partial");
            long started = System.nanoTime();
            runPgDump(settings, connection, set.schema(), partial);
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
            LOG.infof(
                    "backup of schema %s written to %s (%d KiB, %d ms)",
                    set.schema(),
                    archive,
                    Files.size(archive) / 1024,
                    (System.nanoTime() - started) / 1_000_000);
            applyRetention(settings, set.name());
            return archive;
        } catch (IOException e) {
            throw new BackupFailedException("backup failed: " + e.getMessage(), e);
        }
    }

    private static void runPgDump(
            BackupSettings settings, ConnectionSettings connection, String schema, Path file)
            throws IOException {
        Properties url = Driver.parseURL(connection.jdbcUrl(), null);
        if (url == null) {
            throw new BackupFailedException(
                    "cannot parse " + connection.jdbcUrl() + " for pg_dump");
        }
        ProcessBuilder pb =
                new ProcessBuilder(
                        settings.pgDump(),
                        "--format=custom",
                        "--no-owner",
                        "--schema=" + schema,
                        "--file=" + file,
                        "--host=" + url.getProperty("PGHOST"),
                        "--port=" + url.getProperty("PGPORT"),
                        "--username=" + connection.user(),
                        url.getProperty("PGDBNAME"));
        // The password goes through the environment, never the command line (visible in ps).
        pb.environment()
                .put("PGPASSWORD", connection.password() == null ? "" : connection.password());
        pb.redirectErrorStream(true);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new BackupFailedException(
                    "cannot run "
                            + settings.pgDump()
                            + " (install postgresql-client or set --pg-dump): "
                            + e.getMessage(),
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
                Files.deleteIfExists(file);
                throw new BackupFailedException("pg_dump failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new BackupFailedException("interrupted during backup", e);
        }
    }

    private static void applyRetention(BackupSettings settings, String service) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(settings.directory())) {
            archives =
                    files.filter(
                                    p ->
                                            p.getFileName().toString().startsWith(service + "-v")
                                                    && p.toString().endsWith(".dump"))
                            .sorted(Comparator.comparing(SchemaBackup::modified).reversed())
                            .toList();
        }
        for (Path old : archives.stream().skip(Math.max(1, settings.retention())).toList()) {
            Files.deleteIfExists(old);
            LOG.infof(
                    "deleted old backup %s (retention %d)",
                    old.getFileName(), settings.retention());
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}

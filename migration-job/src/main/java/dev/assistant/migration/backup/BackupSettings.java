package dev.assistant.migration.backup;

import java.nio.file.Path;

/**
 * Backups before migrating: enabled when a directory is given (--backup-dir or
 * MIGRATION_BACKUP_DIR).
 *
 * @param directory where archives go (a mounted volume in Kubernetes)
 * @param retention archives kept per service; older ones are deleted after a successful backup
 * @param pgDump the pg_dump executable (its major version must be at least the server's)
 */
public record BackupSettings(Path directory, int retention, String pgDump) {}

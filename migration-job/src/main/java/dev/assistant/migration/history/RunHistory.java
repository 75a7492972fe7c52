package dev.assistant.migration.history;

import java.net.InetAddress;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.migrate.MigrationRun;
import org.jboss.logging.Logger;

/**
 * One row per run in migration_job.runs: who ran what, when, how long it waited and what it did. A
 * schema of its own, so it never shows up in a service's schema, its drift report or its dumps.
 * Best effort: a run whose history cannot be written still reports its own result.
 */
public final class RunHistory {

    private static final Logger LOG = Logger.getLogger(RunHistory.class);
    private static final String DDL =
            """
            CREATE SCHEMA IF NOT EXISTS migration_job;
            CREATE TABLE IF NOT EXISTS migration_job.runs (
                id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                service        text        NOT NULL,
                command        text        NOT NULL,
                phase          text,
                result         text        NOT NULL,
                from_version   text,
                to_version     text,
                applied        text[]      NOT NULL,
                lock_wait_ms   bigint      NOT NULL,
                lock_retries   integer     NOT NULL,
                duration_ms    bigint      NOT NULL,
                error          text,
                host           text,
                summary        jsonb       NOT NULL,
                finished_at    timestamptz NOT NULL DEFAULT now()
            )""";
    private static final String INSERT =
            """
            INSERT INTO migration_job.runs (service, command, phase, result, from_version, to_version, applied,
                lock_wait_ms, lock_retries, duration_ms, error, host, summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";

    private RunHistory() {}

    public static void record(ConnectionSettings settings, MigrationRun run, String summaryJson) {
        try (Connection c =
                DriverManager.getConnection(
                        settings.jdbcUrl(), settings.user(), settings.password())) {
            try (Statement s = c.createStatement()) {
                s.execute(DDL);
            }
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                Array applied = c.createArrayOf("text", run.applied().toArray());
                s.setString(1, run.service());
                s.setString(2, run.command());
                s.setString(3, run.phase());
                s.setString(4, run.result());
                s.setString(5, run.fromVersion());
                s.setString(6, run.toVersion());
                s.setArray(7, applied);
                s.setLong(8, run.lockWaitMillis());
                s.setInt(9, run.lockRetries());
                s.setLong(10, run.durationMillis());
                s.setString(11, run.error());
                s.setString(12, hostName());
                s.setString(13, summaryJson);
                s.executeUpdate();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("run not recorded in migration_job.runs: %s", e.getMessage());
        }
    }

    private static String hostName() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return null;
        }
    }
}

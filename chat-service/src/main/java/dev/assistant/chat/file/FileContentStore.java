package dev.assistant.chat.file;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Where file bytes live, addressed by (owner, sha256) so identical uploads of one user share one
 * copy. PostgreSQL now ({@link PostgresFileContentStore}); an object store can implement the same.
 */
public interface FileContentStore {

    /** Stores the bytes unless this owner already has content with this hash. */
    Uni<Void> store(SqlConnection tx, String ownerId, String sha256, Buffer content);

    /** {@code length} bytes from {@code offset} (0-based); null when absent. */
    Uni<Buffer> read(String ownerId, String sha256, long offset, long length);

    /** Removes the content once no file of the owner refers to it any more. */
    Uni<Void> releaseIfUnused(SqlConnection tx, String ownerId, String sha256);
}

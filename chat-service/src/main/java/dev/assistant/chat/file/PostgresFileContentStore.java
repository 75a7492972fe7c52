package dev.assistant.chat.file;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** File content in the file_contents table (bytea, stored uncompressed so ranges are cheap). */
@ApplicationScoped
public class PostgresFileContentStore implements FileContentStore {

    @Inject Pool pool;

    @Override
    public Uni<Void> store(SqlConnection tx, String ownerId, String sha256, Buffer content) {
        return tx.preparedQuery(
                        """
                INSERT INTO file_contents (owner_id, sha256, size_bytes, content) VALUES ($1, $2, $3, $4)
                ON CONFLICT (owner_id, sha256) DO NOTHING""")
                .execute(Tuple.of(ownerId, sha256, (long) content.length(), content.getDelegate()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Buffer> read(String ownerId, String sha256, long offset, long length) {
        // substring() is 1-based.
        return pool.preparedQuery(
                        "SELECT substring(content FROM $3 FOR $4) AS part FROM file_contents WHERE owner_id = $1 AND sha256 = $2")
                .execute(Tuple.of(ownerId, sha256, (int) (offset + 1), (int) length))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getBuffer("part"));
    }

    @Override
    public Uni<Void> releaseIfUnused(SqlConnection tx, String ownerId, String sha256) {
        return tx.preparedQuery(
                        """
                DELETE FROM file_contents c WHERE c.owner_id = $1 AND c.sha256 = $2
                AND NOT EXISTS (SELECT 1 FROM files f WHERE f.owner_id = $1 AND f.sha256 = $2)""")
                .execute(Tuple.of(ownerId, sha256))
                .replaceWithVoid();
    }
}

package dev.assistant.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.assistant.search.support.SearchApi;
import dev.assistant.search.support.SearchRows;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user whose chunks are a tiny fraction of the index still gets k results. Another user's chunks
 * say exactly what the query says, thousands of times over (near copies), so a nearest-neighbour
 * list cut before the owner filter would hold only theirs. Whichever plan PostgreSQL picks, the
 * owner filter applies before the k are cut: the HNSW scan with the filter inside pgvector 0.8's
 * iterative scan, or (for an owner this selective, as EXPLAIN shows here) the owner index and an
 * exact sort.
 */
@QuarkusTest
class FilteredSearchTest {

    private static final int CROWD_COPIES = 400;

    @Inject Pool pool;

    @Test
    void aTinyFractionOfTheIndexStillGivesKHits() {
        SearchApi user = SearchApi.newUser();
        SearchApi crowd = SearchApi.newUser();
        List<String> ids = new ArrayList<>();
        List<String> crowds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(
                    user.upload(
                            "r" + i + ".txt",
                            "Note " + i + ": the tail rotor shook in the hover test."));
            crowds.add(
                    crowd.upload("c" + i + ".txt", "Helicopter rotor vibration measurements " + i));
        }
        ids.forEach(user::awaitIndexed);
        crowds.forEach(crowd::awaitIndexed);
        String crowdOwner = ownerOf(crowds.getFirst());
        copyChunks(crowdOwner, CROWD_COPIES);

        SearchRows rows = new SearchRows(pool);
        String owner = ownerOf(ids.get(0));
        long mine = rows.count("SELECT count(*) FROM chunks WHERE owner_id = $1", owner);
        long all = rows.count("SELECT count(*) FROM chunks WHERE owner_id <> $1", "");
        assertThat((double) mine / all).isLessThan(0.01);

        List<String> hits =
                user.request()
                        .queryParam("q", "helicopter rotor vibration measurements")
                        .queryParam("mode", "semantic")
                        .queryParam("limit", 10)
                        .queryParam("minScore", -1)
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("hits.documentId");
        assertThat(hits).hasSize(10).allMatch(ids::contains);
    }

    private String ownerOf(String documentId) {
        return pool.preparedQuery("SELECT owner_id FROM documents WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(documentId)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString(0);
    }

    /** The crowd's chunks, copied with a little noise, into one more document of theirs. */
    private void copyChunks(String crowdOwner, int copies) {
        UUID document = UUID.randomUUID();
        pool.preparedQuery(
                        "INSERT INTO documents (id, owner_id, source, source_ref, sha256)"
                                + " VALUES ($1, $2, 'test.crowd', $1::text, '')")
                .execute(Tuple.of(document, crowdOwner))
                .await()
                .indefinitely();
        pool.preparedQuery(
                        """
                        WITH source AS (
                            SELECT c.content, c.tokens, c.search_tsv, v.model, v.embedding,
                                   row_number() OVER () AS n
                            FROM chunks c JOIN chunk_vectors v ON v.chunk_id = c.id
                            JOIN embedding_models m ON m.model = v.model AND m.state = 'active'
                            CROSS JOIN generate_series(1, $3) g
                            WHERE c.owner_id = $2),
                        copied AS (
                            INSERT INTO chunks (document_id, owner_id, chunk_index, content, content_hash,
                                                tokens, search_tsv)
                            SELECT $1, $2, n, content, '', tokens, search_tsv FROM source
                            RETURNING id, chunk_index)
                        INSERT INTO chunk_vectors (model, chunk_id, owner_id, embedding)
                        SELECT s.model, c.id, $2,
                               (SELECT array_agg(x + (random() - 0.5) * 0.02) FROM unnest(s.embedding::real[]) x)::vector
                        FROM copied c JOIN source s ON s.n = c.chunk_index""")
                .execute(Tuple.of(document, crowdOwner, copies))
                .await()
                .indefinitely();
    }
}

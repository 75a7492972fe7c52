-- HNSW recall@10 against an exact scan, filtered by owner, on the 225 Cranfield query vectors
-- (query i searches user bench_((i mod 100) + 1): each user's 1,000 chunks, 1 % of the index).
-- bench_top10(owner, query, how): the owner's 10 nearest chunks,
--   exact      - sequential scan and sort (no index can be used): the truth;
--   hnsw-EF    - the HNSW index forced (no sequential scan, no sort), iterative scan in relaxed
--                order, hnsw.ef_search = EF, LIMIT 10;
--   service    - the statement as the service runs it (planner's choice, ef_search 400, LIMIT 400),
--                the 10 best by score.
SET search_path = search, public;
CREATE OR REPLACE FUNCTION pg_temp.bench_top10(owner text, query vector, how text) RETURNS bigint[]
LANGUAGE plpgsql AS $$
DECLARE
    result bigint[];
    n int := CASE WHEN how = 'service' THEN 400 ELSE 10 END;
BEGIN
    PERFORM set_config('enable_seqscan', (how IN ('exact', 'service'))::text, true);
    PERFORM set_config('enable_indexscan', (how <> 'exact')::text, true);
    PERFORM set_config('enable_bitmapscan', (how = 'service')::text, true);
    PERFORM set_config('enable_sort', (how IN ('exact', 'service'))::text, true);
    PERFORM set_config('hnsw.iterative_scan', 'relaxed_order', true);
    PERFORM set_config('hnsw.ef_search', CASE WHEN how LIKE 'hnsw-%' THEN split_part(how, '-', 2) ELSE '400' END, true);
    EXECUTE 'SELECT (array_agg(chunk_id ORDER BY d))[1:10] FROM (
                 SELECT v.chunk_id, v.embedding <=> $2 AS d FROM chunk_vectors v
                 WHERE v.owner_id = $1 AND v.model = (SELECT model FROM embedding_models WHERE state = ''active'')
                 ORDER BY v.embedding <=> $2 LIMIT ' || n || ') s'
        INTO result USING owner, query;
    RETURN result;
END $$;

WITH q AS (SELECT id, 'bench_' || lpad(((id % 100) + 1)::text, 3, '0') AS owner, embedding FROM public.bench_queries),
     truth AS (SELECT id, owner, embedding, pg_temp.bench_top10(owner, embedding, 'exact') AS exact FROM q),
     found AS (SELECT how, cardinality(ARRAY(SELECT unnest(pg_temp.bench_top10(owner, embedding, how))
                                             INTERSECT SELECT unnest(exact))) AS hits, cardinality(exact) AS wanted
               FROM truth, unnest(ARRAY['hnsw-40', 'hnsw-100', 'hnsw-400', 'service']) how)
SELECT how, round(sum(hits)::numeric / sum(wanted), 3) AS recall_at_10, count(*) AS queries
FROM found GROUP BY how ORDER BY how;

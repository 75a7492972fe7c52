-- SearchRepository.keyword: BM25 over the owner's keyword postings (chunk_terms; k1 1.2, b 0.75,
-- headings twice). The service runs this and the semantic statement at once on two connections;
-- here one after the other.
SELECT (array_agg(id ORDER BY score DESC))[1:10]::text AS kids FROM (
WITH q AS (SELECT array_agg(lexeme) AS lexemes FROM unnest(to_tsvector('english', :qt))),
terms AS MATERIALIZED (
    SELECT p.chunk_id, p.document_id, p.chunk_tokens, p.lexeme,
           p.occurrences + (2::float8 - 1) * p.heading_occurrences AS tf
    FROM search.chunk_terms p, q WHERE p.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND p.lexeme = ANY (q.lexemes)),
frequency AS MATERIALIZED (SELECT lexeme, count(*) AS df FROM terms GROUP BY lexeme),
owner_stats AS MATERIALIZED (
    SELECT count(*)::float8 AS chunks, greatest(avg(tokens), 1)::float8 AS mean_tokens
    FROM search.chunks WHERE owner_id = 'bench_' || lpad(:u::text, 3, '0')),
scored AS (
    SELECT t.chunk_id, t.document_id,
           sum(ln(1 + (s.chunks - f.df + 0.5) / (f.df + 0.5))
               * t.tf * (1.2::float8 + 1)
               / (t.tf + 1.2::float8 * (1 - 0.75::float8 + 0.75::float8 * t.chunk_tokens / s.mean_tokens))) AS score
    FROM terms t JOIN frequency f USING (lexeme) CROSS JOIN owner_stats s
    GROUP BY t.chunk_id, t.document_id)
SELECT s.chunk_id AS id, s.score
FROM scored s JOIN search.documents d ON d.id = s.document_id
WHERE d.owner_id = 'bench_' || lpad(:u::text, 3, '0')
ORDER BY s.score DESC, s.chunk_id LIMIT 400) s \gset

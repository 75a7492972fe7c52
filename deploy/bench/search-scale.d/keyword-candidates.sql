-- SearchRepository.keyword: BM25 over the owner's chunks (k1 1.2, b 0.75, headings twice). The
-- service runs this and the semantic statement at once on two connections; here one after the other.
SELECT (array_agg(id ORDER BY score DESC))[1:10]::text AS kids FROM (
WITH q AS (
    SELECT array_agg(lexeme) AS lexemes, coalesce(nullif(replace(websearch_to_tsquery('english', :qt)::text, ' & ', ' | '), '')::tsquery, ''::tsquery) AS any_word, coalesce(nullif(replace(websearch_to_tsquery('english', :qt)::text, ' & ', ' | '), '')::tsquery, ''::tsquery) AS query
    FROM unnest(to_tsvector('english', :qt))),
matching AS (
    SELECT c.id, c.document_id, c.tokens, c.search_tsv, c.search_tsv @@ q.query AS wanted
    FROM search.chunks c, q WHERE c.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND c.search_tsv @@ q.any_word),
terms AS (
    SELECT m.id, m.document_id, m.tokens, m.wanted, t.lexeme,
           cardinality(t.positions) + (2::float8 - 1) * coalesce(cardinality(array_positions(t.weights, 'A')), 0) AS tf
    FROM matching m, q, unnest(m.search_tsv) t
    WHERE t.lexeme = ANY (q.lexemes)),
frequency AS MATERIALIZED (SELECT lexeme, count(*) AS df FROM terms GROUP BY lexeme),
owner_stats AS MATERIALIZED (
    SELECT count(*)::float8 AS chunks, greatest(avg(tokens), 1)::float8 AS mean_tokens
    FROM search.chunks WHERE owner_id = 'bench_' || lpad(:u::text, 3, '0'))
SELECT t.id, t.document_id,
       sum(ln(1 + (s.chunks - f.df + 0.5) / (f.df + 0.5))
           * t.tf * (1.2::float8 + 1) / (t.tf + 1.2::float8 * (1 - 0.75::float8 + 0.75::float8 * t.tokens / s.mean_tokens))) AS score
FROM terms t JOIN frequency f USING (lexeme) CROSS JOIN owner_stats s
     JOIN search.documents d ON d.id = t.document_id
WHERE t.wanted AND d.owner_id = 'bench_' || lpad(:u::text, 3, '0')
GROUP BY t.id, t.document_id ORDER BY score DESC, t.id LIMIT 400) s \gset

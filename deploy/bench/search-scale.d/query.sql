-- pgbench, the first part of every search-scale script: a random user and one of the 225 Cranfield
-- queries, its vector as the service embedded it and its text (one primary-key read, counted in the
-- latency; the service embeds the query text instead).
\set u random(1, 100)
\set q random(1, 225)
SELECT embedding::text AS qv, (SELECT model FROM search.embedding_models WHERE state = 'active') AS model, query AS qt
FROM public.bench_queries WHERE id = :q \gset

-- SearchService.page -> SearchRepository.details: the page's 10 chunks with their snippets
-- (ts_headline), the first 10 of :ids then :kids.
SELECT c.id, c.document_id, d.source, d.source_ref, d.title, c.chunk_type, c.section_path, c.page, c.chunk_index,
       ts_headline('english', c.content, q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
FROM search.chunks c JOIN search.documents d ON d.id = c.document_id,
     (SELECT coalesce(nullif(replace(websearch_to_tsquery('english', :qt)::text, ' & ', ' | '), '')::tsquery, ''::tsquery) AS query) q
WHERE c.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND c.id = ANY((:ids::bigint[] || :kids::bigint[])[1:10]);

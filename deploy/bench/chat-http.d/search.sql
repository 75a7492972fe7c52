-- pgbench: what GET /api/chat/messages/search?q=<word> runs (full text; 20 results suffice, so no fuzzy pass).
\set u random(1, 100)
\set w random(1, 40)
WITH q AS (SELECT websearch_to_tsquery('simple', (ARRAY['coffee','train','hanoi','hue','river','lake','temple','market','noodle','pho',
        'rice','tea','bike','rain','street','city','mountain','beach','kafka','postgres','redis','vector','search','index','query',
        'cache','server','memory','goal','session','note','project','meeting','report','budget','plan','time','person','year','world'])[:w]) AS query),
hits AS (
    SELECT m.id, m.conversation_id, m.sequence, m.role, m.model, m.created_at, m.content, ts_rank_cd(m.search, q.query) AS score
    FROM chat.messages m, q
    WHERE m.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND m.search @@ q.query
    ORDER BY score DESC, m.created_at DESC LIMIT 20)
SELECT hits.*, ts_headline('simple', hits.content, q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2')
FROM hits, q ORDER BY score DESC, created_at DESC;

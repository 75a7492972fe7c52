-- pgbench: what GET /api/chat/conversations runs (first page, uncached).
\set u random(1, 100)
SELECT id, owner_id, title, tags, template, archived, pinned, parent_id, branched_from_sequence, metadata, message_count, last_sequence,
       last_message_at, created_at, updated_at
FROM chat.conversations WHERE owner_id = 'bench_' || lpad(:u::text, 3, '0') ORDER BY updated_at DESC, id DESC LIMIT 21;

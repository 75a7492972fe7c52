-- pgbench: what GET /api/chat/conversations/{id}?recentMessages=50 runs (uncached).
\set c random(1, 10000)
SELECT id, owner_id, title, tags, template, archived, pinned, parent_id, branched_from_sequence, metadata, message_count, last_sequence,
       last_message_at, created_at, updated_at
FROM chat.conversations WHERE owner_id = 'bench_' || lpad(((:c - 1) % 100 + 1)::text, 3, '0') AND id = md5('conv' || :c)::uuid;
SELECT id, conversation_id, owner_id, sequence, role, content, model, edited, original_content, metadata, created_at, updated_at
FROM chat.messages WHERE owner_id = 'bench_' || lpad(((:c - 1) % 100 + 1)::text, 3, '0') AND conversation_id = md5('conv' || :c)::uuid
  AND sequence < 9223372036854775807 ORDER BY sequence DESC LIMIT 51;

-- The chat benchmark dataset (issue: 100 users, 10,000 conversations, 1,000,000 messages,
-- 20,000 memories), generated deterministically in SQL: conversation c has id md5('conv' || c),
-- owner bench_(c % 100 + 1), 100 messages. Message text is 12-30 words drawn (by hash, not random())
-- from a mixed English/Vietnamese vocabulary, so full-text search has realistic selectivity.
SET search_path TO chat, public;
SET synchronous_commit = off;

CREATE TEMP TABLE vocab AS
SELECT array_agg(w ORDER BY ord) AS words, count(*)::int AS n FROM unnest(string_to_array(
  'time person year way day thing man world life hand part child eye woman place work week case point government company number group problem fact '
  || 'be have do say get make go know take see come think look want give use find tell ask work seem feel try leave call '
  || 'good new first last long great little own other old right big high different small large next early young important few public bad same able '
  || 'coffee train hanoi hue saigon river lake temple market noodle pho banh rice tea bike motorbike rain sun street city village mountain beach '
  || 'kafka postgres redis vector search index query cache server client memory goal session note project deadline meeting report budget plan '
  || 'xin chào cảm ơn bạn tôi người nhà đường phố hồ gươm cà phê sữa đá bánh mì phở bò trà đá xe máy mưa nắng sông núi biển chợ', ' '))
  WITH ORDINALITY AS t(w, ord);

INSERT INTO users (id, username, display_name)
SELECT 'bench_' || lpad(u::text, 3, '0'), 'bench_' || lpad(u::text, 3, '0'), 'Bench user ' || u FROM generate_series(1, 100) u
ON CONFLICT DO NOTHING;

INSERT INTO conversations (id, owner_id, title, tags, message_count, last_sequence, last_message_at, created_at, updated_at)
SELECT md5('conv' || c)::uuid, 'bench_' || lpad(((c - 1) % 100 + 1)::text, 3, '0'),
       'Conversation ' || c || ' about ' || v.words[1 + abs(hashint4(c)) % v.n],
       ARRAY['topic' || (c % 20)], 100, 100, now() - (c || ' seconds')::interval,
       now() - (c || ' minutes')::interval, now() - (c || ' seconds')::interval
FROM generate_series(1, 10000) c, vocab v
ON CONFLICT DO NOTHING;

INSERT INTO messages (id, conversation_id, owner_id, sequence, role, content, model, created_at, updated_at)
SELECT md5('msg' || c || '-' || s)::uuid, md5('conv' || c)::uuid, 'bench_' || lpad(((c - 1) % 100 + 1)::text, 3, '0'), s,
       CASE WHEN s % 2 = 1 THEN 'user' ELSE 'assistant' END,
       (SELECT string_agg(v.words[1 + abs(hashint8(c::bigint * 100000 + s * 100 + g)) % v.n], ' ')
        FROM generate_series(1, 12 + (c + s) % 19) g),
       CASE WHEN s % 2 = 0 THEN 'gemini' END,
       now() - ((10000 - c) || ' minutes')::interval + (s || ' seconds')::interval,
       now() - ((10000 - c) || ' minutes')::interval + (s || ' seconds')::interval
FROM generate_series(1, 10000) c, generate_series(1, 100) s, vocab v
ON CONFLICT DO NOTHING;

INSERT INTO memories (id, owner_id, title, content, importance, tags)
SELECT md5('mem' || m)::uuid, 'bench_' || lpad(((m - 1) % 100 + 1)::text, 3, '0'), 'Memory ' || m,
       'Remember ' || v.words[1 + abs(hashint4(m)) % v.n] || ' and ' || v.words[1 + abs(hashint4(m * 7)) % v.n], 1 + m % 10, ARRAY['bench']
FROM generate_series(1, 20000) m, vocab v
ON CONFLICT DO NOTHING;

ANALYZE users, conversations, messages, memories;

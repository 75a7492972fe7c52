-- The mixed read workload: 80% open a conversation, 20% list a user's conversations, both Zipf
-- (a few hot conversations and users, a long tail): what the cache is for. Search has its own row.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local c = zipf_conversation()
  if math.random() < 0.8 then return conversation_request(c) end
  return list_request(c.user)
end

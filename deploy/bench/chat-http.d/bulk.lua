-- POST 1000 messages in one request to bench_001's conversations, in turn.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
local parts = {}
for i = 1, 1000 do
  parts[i] = string.format('{"role":"%s","content":"Bulk message %d: the quick brown fox jumps over the lazy dog near hồ gươm"}',
    (i % 2 == 1) and "user" or "assistant", i)
end
local body = '{"messages":[' .. table.concat(parts, ",") .. ']}'
local n = 0
request = function()
  n = n + 1
  local c = conversations[1 + ((n * 100) % #conversations)]
  local headers = auth(c.user)
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/chat/conversations/" .. c.id .. "/messages/bulk", headers, body)
end

-- The mixed read workload plus searches: 70% conversation (Zipf), 20% list, 10% search.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local r = math.random()
  if r < 0.7 then return conversation_request(zipf_conversation()) end
  if r < 0.9 then return list_request(math.random(1, 100)) end
  return search_request(math.random(1, 100))
end

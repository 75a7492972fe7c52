dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local t = random_tree()
  return wrk.format("GET", "/api/goals/sessions?limit=20", auth(t.user))
end

dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local t = random_tree()
  return wrk.format("GET", "/api/goals/activities/" .. random_activity(t) .. "/history?limit=10", auth(t.user))
end

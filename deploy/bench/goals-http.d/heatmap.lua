dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local t = random_tree()
  return wrk.format("GET", "/api/goals/analytics/heatmap?rootId=" .. t.root .. "&year=2026", auth(t.user))
end

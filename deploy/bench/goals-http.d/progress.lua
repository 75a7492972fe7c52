dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local t = random_tree()
  return wrk.format("GET", "/api/goals/analytics/activities/" .. random_activity(t) .. "/progress", auth(t.user))
end

dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function()
  local t = random_tree()
  return wrk.format("GET", "/api/goals/goals/" .. t.root .. "/tree", auth(t.user))
end

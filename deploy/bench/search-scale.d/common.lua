-- Shared by the wrk scripts: bench-data.lua (written by search-scale) gives tokens[user] (100
-- users) and queries[i] (the 225 Cranfield queries, URL-encoded). Each request: a random user, a
-- random query, the first page of 10 hits.
dofile(os.getenv("BENCH_DATA"))

function search(mode)
  local user = math.random(1, #tokens)
  local q = queries[math.random(1, #queries)]
  return wrk.format("GET", "/api/search?mode=" .. mode .. "&limit=10&q=" .. q,
    { ["Authorization"] = "Bearer " .. tokens[user] })
end

dofile(os.getenv("BENCH_DIR") .. "/../lib/wrk-report.lua")

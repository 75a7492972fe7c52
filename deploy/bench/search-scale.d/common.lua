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

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d p50_ms=%.3f p99_ms=%.3f rps=%.1f\n", summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end

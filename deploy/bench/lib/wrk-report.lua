-- Shared by the wrk scripts of every HTTP benchmark (loaded by their common.lua): a random seed per
-- thread, and the one RESULT line http-bench.sh's run_wrk reads.
function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d p50_ms=%.3f p99_ms=%.3f rps=%.1f\n", summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end

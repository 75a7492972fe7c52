dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function() return search("semantic") end

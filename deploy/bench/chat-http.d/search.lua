dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function() return search_request(math.random(1, 100)) end

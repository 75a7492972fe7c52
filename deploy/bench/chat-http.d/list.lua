dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function() return list_request(math.random(1, 100)) end

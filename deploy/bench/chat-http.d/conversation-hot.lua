dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function() return conversation_request(conversations[1]) end

dofile(os.getenv("BENCH_DIR") .. "/common.lua")
request = function() return conversation_request(uniform_conversation()) end

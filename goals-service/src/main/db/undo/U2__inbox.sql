-- phase: contract
-- Undo of V2: removes the inbox (a replay of the events would apply them again; erasing twice is
-- harmless).
DROP TABLE IF EXISTS processed_events;

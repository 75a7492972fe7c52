-- phase: contract
-- Undo of V8: removes the outbox (unpublished events included).
DROP TRIGGER IF EXISTS outbox_wake_relay ON outbox;
DROP FUNCTION IF EXISTS outbox_wake_relay();
DROP TABLE IF EXISTS outbox_relay_lease;
DROP TABLE IF EXISTS outbox;

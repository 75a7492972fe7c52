-- The W3C traceparent of the request that wrote the event (null for imports and untraced writes):
-- the relay publishes the event as a child of that request's trace, so one trace follows a request
-- through the outbox and Kafka into every consumer.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS trace_parent text;

-- Outbox relay, without a long transaction: the relay that holds this lease publishes (one at a
-- time, so replicas never interleave); it reads a batch, sends it to Kafka with no transaction
-- open, then stamps it. A lease that is not renewed expires, and another replica takes over.
CREATE TABLE IF NOT EXISTS outbox_relay_lease (
    name        text        PRIMARY KEY,
    holder      text        NOT NULL,
    expires_at  timestamptz NOT NULL
);

-- Wakes the relays (LISTEN <schema>_outbox) when rows commit, whoever wrote them: the service,
-- another replica, a one-statement bulk insert or an importer. PostgreSQL delivers a notification
-- only when its transaction commits, and once per transaction however many rows it inserted.
CREATE OR REPLACE FUNCTION outbox_wake_relay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_TABLE_SCHEMA || '_outbox', '');
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER outbox_wake_relay AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_wake_relay();

-- Outbox lanes: events of live requests ('live') and of bulk work such as imports ('bulk'). The
-- relay serves the live lane first, so a million imported messages do not delay a user's next
-- event. Constant default: no table rewrite.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS lane text NOT NULL DEFAULT 'live';

-- Users an admin deactivated, as chat-service announced it (user.access-changed): every service that
-- serves users refuses their requests (403) while a row says inactive. The newest change wins, by the
-- time it happened, so a late or replayed event never undoes a newer one.
CREATE TABLE IF NOT EXISTS account_access (
    user_id     text        PRIMARY KEY,
    active      boolean     NOT NULL,
    changed_at  timestamptz NOT NULL
);

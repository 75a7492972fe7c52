-- A long migration for the kill test: sleeps as long as the test's control table says.
CREATE TABLE IF NOT EXISTS slow_things (id bigint PRIMARY KEY);
SELECT pg_sleep(coalesce((SELECT seconds FROM mt_control.sleep LIMIT 1), 0));

CREATE TABLE IF NOT EXISTS things (id bigint PRIMARY KEY, label text);

# infra: PostgreSQL, Redis and Kafka for local runs and tests. Sourced by deploy/local/suite.
#
# A PostgreSQL or Redis that was already running is reused and left running by 'down'; what
# this script started itself it records under .local/run/ and stops again.

# psql as the cluster's superuser: over the socket as the postgres OS user (Debian's default
# peer auth), else over TCP as postgres (trust or PGPASSWORD).
pg_admin() {
  export PGOPTIONS="-c client_min_messages=warning"
  if id postgres >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d "${PGADMIN_DB:-postgres}" "$@"
  else
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "${PGADMIN_DB:-postgres}" "$@"
  fi
}

infra_up() {
  local started; started=$(now)
  ensure_state_dirs
  load_secrets
  postgres_up
  redis_up
  kafka_up
  ok "infrastructure up ($(elapsed "$started") s): PostgreSQL :$PG_PORT, Redis :$REDIS_PORT, Kafka :$KAFKA_PORT"
}

infra_down() {
  stop_process kafka
  if [ -f "$STATE/run/redis.started" ]; then
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || stop_process redis
    rm -f "$STATE/run/redis.started" "$(pid_file redis)"; ok "stopped Redis"
  fi
  if [ -f "$STATE/run/postgres.started" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(cat "$STATE/run/postgres.started")" main stop && ok "stopped PostgreSQL"
    rm -f "$STATE/run/postgres.started"
  fi
}

infra_status() {
  port_open "$PG_PORT" && echo "postgres  up    :$PG_PORT$( [ -f "$STATE/run/postgres.started" ] && echo ' (started by suite)' || echo ' (reused)')" || echo "postgres  down"
  port_open "$REDIS_PORT" && echo "redis     up    :$REDIS_PORT$( [ -f "$STATE/run/redis.started" ] && echo ' (started by suite)' || echo ' (reused)')" || echo "redis     down"
  is_running kafka && echo "kafka     up    :$KAFKA_PORT (pid $(cat "$(pid_file kafka)"))" || echo "kafka     down"
}

postgres_up() {
  if ! port_open "$PG_PORT"; then
    local major=15
    [ -d "/etc/postgresql/$major/main" ] || die "PostgreSQL is not running on :$PG_PORT and cluster $major/main does not exist (run: suite deps)"
    log "starting PostgreSQL $major/main"
    pg_ctlcluster --skip-systemctl-redirect "$major" main start
    echo "$major" > "$STATE/run/postgres.started"
    wait_until "PostgreSQL" 60 port_open "$PG_PORT" || die "PostgreSQL did not start"
  fi
  wait_until "PostgreSQL to accept connections" 60 pg_admin -c 'SELECT 1' || die "PostgreSQL does not accept connections"
  local s
  for s in "${SERVICES[@]}"; do
    ensure_database "$s" "$(db_password "$s")"
    # Test databases: separate from the dev ones so tests never touch a running suite's data.
    ensure_database "${s}_test" "${s}_test"
  done
  # Scratch database for migration-job's own tests (they drop and re-create schemas in it).
  ensure_database migration_test migration_test
  ok "PostgreSQL: databases ${SERVICES[*]} (+ *_test) with one owner each"
}

# ensure_database NAME PASSWORD: role and database NAME owned by it; the extensions the
# migrations use are created here by the superuser (a platform prerequisite, as in production:
# pgvector is not a trusted extension), so migrations only need CREATE EXTENSION IF NOT EXISTS.
ensure_database() {
  local name="$1" password="$2"
  pg_admin -v name="$name" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'name') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'name') \gexec
SQL
  PGADMIN_DB="$name" pg_admin -c 'CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS btree_gin;'
}

redis_up() {
  if port_open "$REDIS_PORT"; then ok "Redis answers on :$REDIS_PORT"; return; fi
  mkdir -p "$STATE/redis"
  log "starting Redis on :$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$STATE/redis" --logfile "$STATE/logs/redis.log" --pidfile "$(pid_file redis)"
  touch "$STATE/run/redis.started"
  wait_until "Redis" 30 redis_ping || die "Redis did not start (see $STATE/logs/redis.log)"
  ok "Redis started"
}

redis_ping() { [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }

kafka_up() {
  if is_running kafka && port_open "$KAFKA_PORT"; then ok "Kafka answers on :$KAFKA_PORT"; return; fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by a process this suite did not start (set SUITE_KAFKA_PORT)"
  find_jdk
  local dir="$STATE/kafka"
  [ -s "$dir/classpath.txt" ] || deps_kafka
  mkdir -p "$dir/data"
  sed -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" -e "s|@DATA_DIR@|$dir/data|g" \
    "$ROOT/deploy/local/kafka/server.properties.template" > "$dir/server.properties"
  local java_opts=(-Xms256m -Xmx512m -XX:+UseSerialGC -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.properties")
  if [ ! -f "$dir/data/meta.properties" ]; then
    log "formatting Kafka storage (once)"
    "$(java_bin)" "${java_opts[@]}" -cp "$(cat "$dir/classpath.txt")" kafka.tools.StorageTool format \
      -t "$(openssl rand -base64 16 | tr '+/' '-_' | tr -d '=' | cut -c1-22)" -c "$dir/server.properties" \
      >> "$STATE/logs/kafka.log" 2>&1 || die "Kafka storage format failed (see $STATE/logs/kafka.log)"
  fi
  log "starting Kafka $KAFKA_VERSION (KRaft) on :$KAFKA_PORT"
  nohup "$(java_bin)" "${java_opts[@]}" -cp "$(cat "$dir/classpath.txt")" kafka.Kafka "$dir/server.properties" \
    >> "$STATE/logs/kafka.log" 2>&1 &
  echo $! > "$(pid_file kafka)"
  wait_until "Kafka" 90 kafka_ready || die "Kafka did not start in 90 s (see $STATE/logs/kafka.log)"
  ok "Kafka started"
}

kafka_ready() { is_running kafka && port_open "$KAFKA_PORT"; }

# Shared by the HTTP benchmarks (chat-http, goals-http): a separate service instance on its own
# benchmark database, wrk for the service, pgbench for the same SQL run directly, and the results
# table. The caller sets: SERVICE (chat|goals|search), PORT_BENCH, DB, DURATION, BENCH_DIR, WORK and sources
# deploy/local/lib/{common,deps,infra,services}.sh first.

# migrate_bench_database: the service's own migrations on the benchmark database, both phases (no
# older copy of the service uses a benchmark database).
migrate_bench_database() {
  ensure_database "$DB" "$DB"
  MIGRATION_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" MIGRATION_DB_USER=$DB MIGRATION_DB_PASSWORD=$DB \
    "$(java_bin)" $MIGRATION_JVM_OPTS -jar "$(migration_jar)" migrate --service "$SERVICE" --migrations "$(migrations_dir "$SERVICE")" \
      --phase contract >/dev/null 2>&1
}

psql_bench() { PGPASSWORD=$DB psql -X -q -At -h "$PG_HOST" -p "$PG_PORT" -U $DB -d $DB -v ON_ERROR_STOP=1 "$@"; }

# start_bench_service [ENV=VALUE...]: the service on PORT_BENCH against DB, its own outbox topic;
# extra environment (e.g. ASSISTANT_CACHE_ENABLED=false) as arguments.
start_bench_service() {
  stop_process "$SERVICE-bench" >/dev/null 2>&1 || true
  (
    export QUARKUS_HTTP_PORT=$PORT_BENCH QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$PG_HOST:$PG_PORT/$DB" \
      QUARKUS_DATASOURCE_USERNAME=$DB QUARKUS_DATASOURCE_PASSWORD=$DB KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
      QUARKUS_REDIS_HOSTS="redis://127.0.0.1:$REDIS_PORT" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/jwt/public.pem" \
      MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" QUARKUS_LOG_LEVEL=WARN
    # Its own outbox topic, if it publishes (an MP_MESSAGING_* variable for a channel the service
    # does not have would declare one without a connector, and the service would not start).
    if grep -q '^mp.messaging.outgoing.outbox' "$ROOT/${MODULE[$SERVICE]}/src/main/resources/application.properties"; then
      export MP_MESSAGING_OUTGOING_OUTBOX_TOPIC="bench.$SERVICE.events"
    fi
    for assignment in "$@"; do export "${assignment?}"; done
    exec nohup "$(java_bin)" ${BENCH_JAVA_OPTS:-$JAVA_SERVICE_OPTS} -jar "$(runner_jar "$SERVICE")" >> "$STATE/logs/$SERVICE-bench.log" 2>&1
  ) &
  echo $! > "$(pid_file "$SERVICE-bench")"
  wait_until "$SERVICE-service (bench)" 120 curl -sf -o /dev/null "http://127.0.0.1:$PORT_BENCH/q/health/ready" \
    || die "bench $SERVICE-service did not start (see $STATE/logs/$SERVICE-bench.log)"
}

stop_bench_service() { stop_process "$SERVICE-bench" >/dev/null 2>&1 || true; }

# run_wrk SCRIPT THREADS CONNECTIONS -> "p50 p99 rps errors"
run_wrk() {
  wrk -t"$2" -c"$3" -d"${DURATION}s" --latency -s "$BENCH_DIR/$1" "http://127.0.0.1:$PORT_BENCH" 2>&1 \
    | awk '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print v["p50_ms"], v["p99_ms"], v["rps"], v["errors"] }'
}

# run_pgbench SQL_FILE -> "p50 p99 tps" at one client, prepared statements (as the services run
# them), from per-transaction latencies.
run_pgbench() {
  rm -f "$WORK"/pgbench_log*
  PGPASSWORD=$DB pgbench -n -M prepared -c 1 -T "$DURATION" -f "$BENCH_DIR/$1" -l --log-prefix="$WORK/pgbench_log" \
    -h "$PG_HOST" -p "$PG_PORT" -U $DB $DB > "$WORK/pgbench.out" 2>&1
  cat "$WORK"/pgbench_log* | awk '{ print $3 / 1000 }' | sort -n | awk '{ a[NR] = $1 } END {
    printf "%.3f %.3f %.1f\n", a[int(NR * 0.50) + 1], a[int(NR * 0.99) + 1], NR / '"$DURATION"' }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

results_table() {
  results="$WORK/results.txt"
  : > "$results"
  echo "$1, $(nproc) cores, ${DURATION}s per scenario, $(date -u +%FT%TZ)" | tee -a "$results"
  row "scenario" "p50 ms" "p99 ms" "req/s" "notes"
}
row() { printf '%-44s %10s %10s %10s   %s\n' "$@" | tee -a "$results"; }

# compare NAME WRK_SCRIPT SQL_FILE [TARGET_P50_MS]: the scenario through HTTP next to its SQL.
compare() {
  local p50 p99 rps err q50 q99 qps verdict=""
  read -r p50 p99 rps err < <(run_wrk "$2" 1 1)
  read -r q50 q99 qps < <(run_pgbench "$3")
  if [ -n "${4:-}" ]; then
    verdict=$(awk -v a="$p50" -v t="$4" -v b="$q50" 'BEGIN { printf "target p50 <= %s ms: %s; within 1.5x SQL: %s", t, (a <= t ? "met" : "MISSED"), (a <= 1.5 * b ? "yes" : "NO") }')
  fi
  row "$1" "$p50" "$p99" "$rps" "SQL p50 $q50 ms p99 $q99 ms (ratio $(ratio "$p50" "$q50")x), errors $err${verdict:+; $verdict}"
}

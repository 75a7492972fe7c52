# services: build, migrate, start and stop the suite's own processes. Sourced by deploy/local/suite.

MVNW="$ROOT/mvnw"

# --- build -----------------------------------------------------------------------------------
runner_jar() { echo "$ROOT/${MODULE[$1]}/target/quarkus-app/quarkus-run.jar"; }
migration_jar() { ls "$ROOT"/migration-job/target/migration-job-*-runner.jar 2>/dev/null | head -1; }
# A service's own migrations (V*.sql, undo/U*.sql) live beside its code; migration-job applies them.
migrations_dir() { echo "$ROOT/${MODULE[$1]}/src/main/db"; }

# Builds when a source or POM is newer than the last successful build (or with --force).
build_all() {
  find_jdk
  local stamp="$STATE/build/last-build"
  ensure_state_dirs
  if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ -n "$(migration_jar)" ] && all_runners_exist \
     && [ -z "$(find "$ROOT/pom.xml" "$ROOT"/*/pom.xml "$ROOT"/*/src/main -newer "$stamp" -type f -print -quit)" ]; then
    ok "build is up to date"; return
  fi
  local started; started=$(now)
  log "building all modules (./mvnw -B package -DskipTests)"
  "$MVNW" -B -q package -DskipTests -Dquarkus.analytics.disabled=true > "$STATE/logs/build.log" 2>&1 \
    || { tail -40 "$STATE/logs/build.log" >&2; die "build failed (full log: $STATE/logs/build.log)"; }
  touch "$stamp"
  ok "built in $(elapsed "$started") s"
}

all_runners_exist() { local s; for s in "${SERVICES[@]}"; do [ -f "$(runner_jar "$s")" ] || return 1; done; }

# --- per-service configuration (the same variables the Helm chart sets) ------------------------
service_env() {
  local s="$1"
  echo "QUARKUS_HTTP_PORT=${PORT[$s]}"
  echo "QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$PG_HOST:$PG_PORT/$s"
  echo "QUARKUS_DATASOURCE_USERNAME=$s"
  echo "QUARKUS_DATASOURCE_PASSWORD=$(db_password "$s")"
  echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT"
  echo "QUARKUS_REDIS_HOSTS=redis://127.0.0.1:$REDIS_PORT"
  echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$STATE/jwt/public.pem"
  echo "MP_JWT_VERIFY_ISSUER=$JWT_ISSUER"
  # SUITE_OTLP_ENDPOINT: export traces there (OTLP over HTTP), as the chart's tracing.* does.
  if [ -n "${SUITE_OTLP_ENDPOINT:-}" ]; then
    echo "QUARKUS_OTEL_SDK_DISABLED=false"
    echo "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=$SUITE_OTLP_ENDPOINT"
    echo "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf"
    echo "QUARKUS_OTEL_BSP_SCHEDULE_DELAY=200ms"
  fi
}

# A service is migrated here only while no copy of it runs (start_service), so no old code needs
# what its contract migrations drop: both phases apply at once (Kubernetes defers the contract phase
# to the post-upgrade hook).
migrate_service() {
  local s="$1" started; started=$(now)
  local jar; jar=$(migration_jar); [ -n "$jar" ] || die "migration-job is not built (run: suite build)"
  if ! MIGRATION_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$s" MIGRATION_DB_USER="$s" MIGRATION_DB_PASSWORD="$(db_password "$s")" \
       "$(java_bin)" $MIGRATION_JVM_OPTS -jar "$jar" migrate --service "$s" --migrations "$(migrations_dir "$s")" --phase contract \
       > "$STATE/logs/migrate-$s.log" 2>&1; then
    tail -20 "$STATE/logs/migrate-$s.log" >&2
    die "migration of $s failed (log: $STATE/logs/migrate-$s.log)"
  fi
  ok "migrated $s ($(elapsed "$started") s): $(grep -o '"result":"[^"]*"' "$STATE/logs/migrate-$s.log" | tail -1)"
}

start_service() {
  local s="$1"
  if is_running "$s"; then ok "$s already running (pid $(cat "$(pid_file "$s")"))"; return; fi
  port_open "${PORT[$s]}" && die "port ${PORT[$s]} is taken by a process this suite did not start"
  migrate_service "$s"
  log "starting $s on :${PORT[$s]}"
  (
    while IFS= read -r kv; do export "${kv?}"; done < <(service_env "$s")
    exec nohup "$(java_bin)" $JAVA_SERVICE_OPTS -jar "$(runner_jar "$s")" \
      >> "$STATE/logs/$s.log" 2>&1
  ) &
  echo $! > "$(pid_file "$s")"
  date +%s.%N > "$STATE/run/$s.start-time"
}

# JVM options of every service process (the chart uses the same in JAVA_OPTS).
JAVA_SERVICE_OPTS="-Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError --add-opens java.base/java.lang=ALL-UNNAMED"

service_ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORT[$1]}/q/health/ready")" = 200 ]; }

wait_ready() {
  local s="$1"
  wait_until "$s to be ready" 180 service_ready_or_dead "$s" || die "$s not ready in 180 s (log: $STATE/logs/$s.log)"
  is_running "$s" || { tail -30 "$STATE/logs/$s.log" >&2; die "$s exited during start-up (log: $STATE/logs/$s.log)"; }
  local start_time; start_time=$(cat "$STATE/run/$s.start-time" 2>/dev/null || now)
  ok "$s ready in $(elapsed "$start_time") s, RSS $(rss_mb "$s") MB"
}

# Stop waiting early if the process died.
service_ready_or_dead() { ! is_running "$1" || service_ready "$1"; }

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$(cat "$(pid_file "$1")")/status" 2>/dev/null || echo "?"; }

# --- gateway ---------------------------------------------------------------------------------
nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

# Routes come from the chart's route table (path prefix, service), so local and Kubernetes agree.
render_gateway_config() {
  local dir="$STATE/nginx" conf="$STATE/nginx/nginx.conf"
  mkdir -p "$dir/tmp"
  {
    cat <<EOF
# Generated by deploy/local/suite from helm/assistant-suite/files/gateway-routes.tsv. Do not edit.
worker_processes 1;
EOF
    # Request bodies over client_body_buffer_size (16 KB) and large responses are buffered in the
    # temp folders below, which the worker writes. Started by root, nginx would run its worker as
    # "nobody", who may not enter .local (a private checkout or home): run it as .local's owner.
    # (Without root, master and worker are this user already and nginx would ignore "user".)
    if [ "$(id -u)" = 0 ]; then
      printf 'user %s %s;\n' "$(stat -c %U "$STATE")" "$(stat -c %G "$STATE")"
    fi
    cat <<EOF
pid $(pid_file gateway);
error_log $STATE/logs/gateway-error.log warn;
events { worker_connections 1024; }
http {
  map \$http_x_request_id \$suite_request_id { default \$http_x_request_id; "" \$request_id; }
  log_format suite '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time rid=\$suite_request_id';
  access_log $STATE/logs/gateway-access.log suite;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  # The services' HTTP body limit (quarkus.http.limits.max-body-size=30M; chat uploads are at most
  # 25 MiB). The chart's Ingress sets the same (ingress.maxBodySize).
  client_max_body_size 30m;
  server_tokens off;
EOF
    local s
    for s in "${SERVICES[@]}"; do
      printf '  upstream %s { server 127.0.0.1:%s; keepalive 32; }\n' "$s" "${PORT[$s]}"
    done
    cat <<EOF
  server {
    listen 127.0.0.1:$GATEWAY_PORT;

    # The original request as the services see it: Host keeps the client's port, so a 201's
    # Location (http://127.0.0.1:$GATEWAY_PORT/api/...) points back through the gateway. The services
    # believe these headers from 127.0.0.1 only (quarkus.http.proxy.trusted-proxies). This gateway
    # is the outermost proxy: X-Forwarded-For is the peer's address, never a client-sent value.
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-Host \$http_host;
    proxy_set_header X-Forwarded-Port \$server_port;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header X-Forwarded-For \$remote_addr;
    # One id per request in the gateway's access log and every service log line (their "mdc"):
    # the client's X-Request-Id if it sent one, else nginx's own.
    proxy_set_header X-Request-Id \$suite_request_id;

EOF
    local prefix service
    while read -r prefix service; do
      [[ -z "$prefix" || "$prefix" == \#* ]] && continue
      # By path element, like a Kubernetes Prefix path: /api/chat and /api/chat/..., not /api/chatty.
      printf '    location ~ ^%s(/|$) { proxy_pass http://%s; }\n' "$prefix" "$service"
    done < "$ROUTES_FILE"
    cat <<'EOF'
    location / { return 404; }

    # Errors nginx answers itself (no route, a method it refuses, a body over the limit, a service
    # down or too slow) are RFC 9457 problem+json like the services' own (types in docs/api.md). A
    # service's own errors pass through untouched (proxy_intercept_errors stays off).
EOF
    local status slug title detail
    while IFS='|' read -r status slug title detail; do
      printf '    error_page %s @%s;\n    location @%s {\n      default_type application/problem+json;\n' \
        "$status" "$slug" "$slug"
      printf '      return %s '"'"'{"type":"https://assistant-suite.dev/problems/%s","title":"%s","status":%s,"detail":"%s"}'"'"';\n    }\n' \
        "$status" "$slug" "$title" "$status" "$detail"
    done <<'PAGES'
400|bad-request|Bad Request|The gateway could not read the request.
404|not-found|Not Found|No service routes this path.
405|method-not-allowed|Method Not Allowed|The gateway does not pass this method on.
408|request-timeout|Request Timeout|The request did not arrive in time.
411|length-required|Length Required|The request body needs a length.
413|payload-too-large|Payload Too Large|The request body is larger than the gateway accepts (30 MiB).
414|uri-too-long|URI Too Long|The request line is longer than the gateway accepts.
500|internal|Internal Server Error|The gateway failed to handle the request.
501|not-implemented|Not Implemented|The gateway does not support this request.
502|bad-gateway|Bad Gateway|The service for this path is not reachable; try again shortly.
503|unavailable|Service Unavailable|The service for this path is unavailable; try again shortly.
504|gateway-timeout|Gateway Timeout|The service for this path did not answer in time.
PAGES
    cat <<'EOF'
  }
}
EOF
  } > "$conf"
  echo "$conf"
}

gateway_up() {
  if is_running gateway; then ok "gateway already running on :$GATEWAY_PORT"; return; fi
  port_open "$GATEWAY_PORT" && die "port $GATEWAY_PORT is taken by a process this suite did not start (set SUITE_GATEWAY_PORT)"
  local conf; conf=$(render_gateway_config)
  "$(nginx_bin)" -t -q -c "$conf" -p "$STATE/nginx" 2>>"$STATE/logs/gateway-error.log" || die "invalid gateway config ($conf)"
  "$(nginx_bin)" -c "$conf" -p "$STATE/nginx"
  wait_until "gateway" 20 port_open "$GATEWAY_PORT" || die "gateway did not start (see $STATE/logs/gateway-error.log)"
  ok "gateway on :$GATEWAY_PORT"
}

gateway_down() {
  is_running gateway || { rm -f "$(pid_file gateway)"; return 0; }
  "$(nginx_bin)" -c "$STATE/nginx/nginx.conf" -p "$STATE/nginx" -s quit 2>/dev/null || true
  local i; for i in $(seq 1 20); do is_running gateway || break; sleep 0.25; done
  stop_process gateway
  ok "stopped gateway"
}

# --- suite commands --------------------------------------------------------------------------
everything_running() {
  local s
  for s in "${SERVICES[@]}"; do is_running "$s" && service_ready "$s" || return 1; done
  is_running gateway && is_running kafka
}

suite_up() {
  local started; started=$(now)
  ensure_state_dirs
  if everything_running; then
    ok "everything is already running; nothing to do"
    print_usage_hints; return
  fi
  deps_install
  infra_up
  build_all
  ensure_jwt_keys
  local s
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${SERVICES[@]}"; do wait_ready "$s"; done
  gateway_up
  ok "suite up in $(elapsed "$started") s"
  print_usage_hints
}

print_usage_hints() {
  local token; token=$(jwt_token alice)
  cat <<EOF

  Gateway:   http://127.0.0.1:$GATEWAY_PORT   (/api/chat, /api/goals, /api/search)
  Services:  chat :${PORT[chat]}  goals :${PORT[goals]}  search :${PORT[search]}   (each: /q/health, /q/metrics, /q/openapi)
  Logs:      deploy/local/suite logs chat|goals|search|gateway|kafka

  Token for user "alice" (12 h; another: deploy/local/suite token USER [--admin]):
  export TOKEN=$token

  curl -s -X POST http://127.0.0.1:$GATEWAY_PORT/api/chat/memories -H "Authorization: Bearer \$TOKEN" \\
       -H 'Content-Type: application/json' -d '{"title":"Kafka","content":"Our broker runs in KRaft mode","importance":7}'
  curl -s "http://127.0.0.1:$GATEWAY_PORT/api/search?q=which+mode+does+the+broker+use" -H "Authorization: Bearer \$TOKEN"
  curl -s http://127.0.0.1:$GATEWAY_PORT/api/goals/goals -H "Authorization: Bearer \$TOKEN"
EOF
}

suite_down() {
  gateway_down
  local s
  for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do stop_process "${SERVICES[$i]}"; done
  infra_down
  ok "suite down"
}

suite_status() {
  infra_status
  local s
  for s in "${SERVICES[@]}"; do
    if is_running "$s"; then
      printf '%-9s %-5s :%s pid %s, RSS %s MB, %s\n' "$s" up "${PORT[$s]}" "$(cat "$(pid_file "$s")")" "$(rss_mb "$s")" \
        "$(service_ready "$s" && echo ready || echo 'NOT ready')"
    else printf '%-9s down\n' "$s"; fi
  done
  is_running gateway && echo "gateway   up    :$GATEWAY_PORT" || echo "gateway   down"
}

suite_logs() {
  local f="$STATE/logs/$1.log"
  [ -f "$f" ] || die "no log $f (one of: $(cd "$STATE/logs" 2>/dev/null && ls | sed 's/\.log$//' | tr '\n' ' '))" 2
  if [ -t 1 ]; then tail -n 200 -f "$f"; else cat "$f"; fi
}

suite_test() {
  local started; started=$(now)
  deps_install
  test_deps
  infra_up
  log "running ./mvnw -B verify (unit and integration tests against the real infrastructure)"
  local mvn_log="$STATE/logs/test-maven.log"
  set -o pipefail
  "$MVNW" -B verify -Dquarkus.analytics.disabled=true \
    -Dtest.kafka.bootstrap="127.0.0.1:$KAFKA_PORT" -Dtest.db.port="$PG_PORT" 2>&1 | tee "$mvn_log"
  touch "$STATE/build/last-build"
  log "running the end-to-end test through the gateway"
  local e2e_log="$STATE/logs/test-e2e.log" e2e_status=0
  "$ROOT/deploy/local/e2e-test" 2>&1 | tee "$e2e_log" || e2e_status=$?
  # One request's trace across the services (tracing on, a minimal OTLP receiver).
  log "following one request's trace across the services (deploy/local/trace-check)"
  local trace_log="$STATE/logs/test-trace.log" trace_status=0
  "$ROOT/deploy/local/trace-check" 2>&1 | tee "$trace_log" || trace_status=$?
  suite_down >/dev/null 2>&1 || true
  # The same end-to-end test against the chart's pods (images built here, podman kube play), and
  # an upgrade with a pending migration; then the pods go again.
  log "running the chart's pods (suite kube test)"
  local kube_log="$STATE/logs/test-kube.log" kube_status=0
  ( ( kube_test ); status=$?; kube_down; exit "$status" ) 2>&1 | tee "$kube_log" || kube_status=$?
  log "checking the chart as kustomize takes it (deploy/local/chart-check)"
  local chart_log="$STATE/logs/test-chart.log" chart_status=0
  "$ROOT/deploy/local/chart-check" 2>&1 | tee "$chart_log" || chart_status=$?
  print_test_totals "$mvn_log" "$e2e_log" "$trace_log" "$kube_log" "$chart_log"
  [ "$e2e_status" -eq 0 ] || die "end-to-end test failed (log: $e2e_log)"
  [ "$trace_status" -eq 0 ] || die "trace check failed (log: $trace_log)"
  [ "$kube_status" -eq 0 ] || die "kube test failed (log: $kube_log)"
  [ "$chart_status" -eq 0 ] || die "chart check failed (log: $chart_log)"
  ok "all tests passed in $(elapsed "$started") s"
}

# What only the tests need: promtool (Debian's prometheus package) for the chart's rule and
# dashboard query checks (helm MonitoringTest). Idempotent; needs root to install.
test_deps() {
  command -v promtool >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "promtool is missing (as root: apt-get install prometheus)"
  log "installing Debian's prometheus (for promtool)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null \
    || die "could not install prometheus"
}

# One closing line for the whole run: Surefire's per-module totals plus the end-to-end checks.
print_test_totals() {
  awk '
    /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ && !/ -- in / {
      line = $0; gsub(/[^0-9]+/, " ", line); split(line, v, " ")
      run += v[1]; failed += v[2] + v[3]; skipped += v[4]
    }
    /^e2e: [0-9]+ passed, [0-9]+ failed$/ { run += $2 + $4; failed += $4 }
    /^(PASS|FAIL): (upgrade|kustomize|trace)/ { run += 1; if ($1 == "FAIL:") failed += 1 }
    END { printf "\ntests: %d passed, %d failed, %d skipped\n", run - failed - skipped, failed, skipped }
  ' "$@"
}

# shellcheck shell=bash
# The chart's pods, run for real on this machine: the chart rendered by helm-java with values
# pointing at the local PostgreSQL, Kafka and Redis (PodmanManifest adapts what podman 4.3 cannot
# take), played by podman from the images "suite images" built. What podman cannot express
# (Services, Ingress, PDBs, HPAs, NetworkPolicies) is stood in for by the local nginx gateway, which
# routes to each pod's port exactly as it routes to the JVMs "suite up" starts.

kube_manifest_file() { echo "$STATE/kube/manifest.yaml"; }

# helm module's test classes (PodmanManifest, RenderVariations), compiled when changed, and their class path.
helm_renderer_classpath() {
  local cp="$STATE/build/helm.classpath"
  if [ ! -f "$cp" ] || [ ! -d "$ROOT/helm/target/test-classes" ] \
     || [ -n "$(find "$ROOT/helm/pom.xml" "$ROOT/helm/src" -newer "$cp" -type f -print -quit)" ]; then
    "$MVNW" -q -B test-compile dependency:build-classpath -pl helm -Dmdep.includeScope=test \
      -Dmdep.outputFile="$cp" > "$STATE/logs/helm-classpath.log" 2>&1 || die "could not build the chart renderer (log: $STATE/logs/helm-classpath.log)"
  fi
  echo "$ROOT/helm/target/test-classes:$(cat "$cp")"
}

# kube_render OUTPUT [key=value...]: the chart's Deployments for podman, with the local values.
kube_render() {
  local out="$1"; shift
  local sets=(
    "image.registry=$IMAGE_PREFIX" "image.tag=$(app_version)" "image.pullPolicy=Never"
    "database.host=$PG_HOST" "database.port=$PG_PORT"
    "kafka.bootstrapServers=127.0.0.1:$KAFKA_PORT" "redis.hosts=redis://127.0.0.1:$REDIS_PORT"
    "jwt.issuer=$JWT_ISSUER" "ingress.enabled=false"
  )
  local s
  for s in "${SERVICES[@]}"; do
    # One replica per service on its usual port; the suite's infra has one role per service, so
    # it migrates too (services.<s>.database.migrator.user="": documented as not least privilege).
    sets+=("services.$s.replicas=1" "services.$s.containerPort=${PORT[$s]}" "services.$s.database.migrator.user=")
  done
  mkdir -p "$(dirname "$out")"
  "$(java_bin)" -Dchart.dir="$ROOT/helm/assistant-suite" -Dsecrets.dir="$STATE/kube/secret-files" -cp "$(helm_renderer_classpath)" \
    dev.assistant.helm.PodmanManifest "$out" "${sets[@]}" "$@" > "$STATE/logs/kube-render.log" 2>&1 \
    || { tail -20 "$STATE/logs/kube-render.log" >&2; die "rendering the chart failed"; }
}

# The Secrets the chart reads, as podman secrets (a JSON map of base64 values: what kube play
# resolves secretKeyRef and secret volumes from).
kube_secret() {
  local name="$1"; shift
  local json="{" sep="" key file
  while [ $# -gt 0 ]; do
    key="$1" file="$2"; shift 2
    json+="$sep\"$key\":\"$(base64 -w0 < "$file")\""; sep=","
  done
  podman secret rm "$name" >/dev/null 2>&1 || true
  printf '%s}' "$json" | podman secret create "$name" - >/dev/null
}

kube_secrets() {
  local s tmp; tmp=$(mktemp -d)
  for s in "${SERVICES[@]}"; do
    printf '%s' "$(db_password "$s")" > "$tmp/$s"
    kube_secret "assistant-suite-$s-db" password "$tmp/$s"
  done
  rm -rf "$tmp"
  kube_secret assistant-suite-jwt public.pem "$STATE/jwt/public.pem"
  # Secret volumes as folders (PodmanManifest): only the JWT public key, which is not secret.
  mkdir -p "$STATE/kube/secret-files/assistant-suite-jwt"
  install -m 0644 "$STATE/jwt/public.pem" "$STATE/kube/secret-files/assistant-suite-jwt/public.pem"
}

kube_pods_ready() { local s; for s in "${SERVICES[@]}"; do service_ready "$s" || return 1; done; }

kube_up() {
  local started; started=$(now)
  find_jdk
  ensure_state_dirs
  images_deps
  infra_up
  ensure_jwt_keys
  load_secrets
  local s name missing=
  for name in "${MODULE[@]}" migration-job-chat migration-job-goals migration-job-search; do
    podman image exists "$IMAGE_PREFIX/$name:$(app_version)" || missing=1
  done
  [ -z "$missing" ] || suite_images
  # The pods take the services' ports: stop the JVMs "suite up" may have started.
  for s in "${SERVICES[@]}"; do stop_process "$s" >/dev/null 2>&1 || true; done
  kube_secrets
  kube_render "$(kube_manifest_file)"
  log "playing the chart's Deployments (podman kube play, host network)"
  podman kube play --replace "$(kube_manifest_file)" > "$STATE/logs/kube-play.log" 2>&1 \
    || { tail -20 "$STATE/logs/kube-play.log" >&2; die "podman kube play failed"; }
  wait_until "the pods to be ready (migrations in their init containers first)" 300 kube_pods_ready \
    || { podman pod ps >&2; die "pods not ready in 300 s (podman logs <container>; $STATE/logs/kube-play.log)"; }
  gateway_up
  ok "kube up in $(elapsed "$started") s: the chart's pods behind the gateway http://127.0.0.1:$GATEWAY_PORT"
  podman pod ps --format '  {{.Name}}  {{.Status}}  {{.NumberOfContainers}} containers' | sort
}

kube_down() {
  images_deps
  gateway_down
  [ -f "$(kube_manifest_file)" ] && podman kube down "$(kube_manifest_file)" >/dev/null 2>&1 || true
  local s
  for s in "${SERVICES[@]}"; do podman secret rm "assistant-suite-$s-db" >/dev/null 2>&1 || true; done
  podman secret rm assistant-suite-jwt >/dev/null 2>&1 || true
  ok "kube down (pods, secrets and the gateway removed; infrastructure left running: suite infra down)"
}

chat_sql_kube() { PGPASSWORD="$(db_password chat)" psql -X -q -At -h "$PG_HOST" -p "$PG_PORT" -U chat -d chat -c "$1" 2>/dev/null; }

# An upgrade as a cluster does it: a new chat version whose migration image carries one pending
# expand migration (a nullable column, with its undo), two replicas of it starting at once (two
# releases on their own ports: on one host network, one port per pod) while the old pod keeps
# serving. Expect: the migration applied exactly once (the other init container waits on the
# lock, then finds nothing pending), both new pods ready, the old pod answering throughout.
# Afterwards the new pods go and the migration is rolled back (its undo), leaving the suite as it was.
kube_upgrade_check() {
  local tag; tag="$(app_version)-upgrade"
  local ctx="$STATE/images/migration-job-chat-upgrade" work="$STATE/kube/upgrade"
  rm -rf "$ctx" "$work"; mkdir -p "$ctx" "$work"
  cp "$(migration_jar)" "$ctx/migration-job-runner.jar"
  cp -r "$(migrations_dir chat)" "$ctx/migrations"
  local next; next=$(( $(ls "$ctx/migrations/migration" | sed -n 's/^V\([0-9]*\)__.*/\1/p' | sort -n | tail -1) + 1 ))
  printf -- '-- The kube upgrade check'"'"'s pending migration (never committed): expand-only.\nALTER TABLE conversations ADD COLUMN IF NOT EXISTS kube_upgrade_check text;\n' \
    > "$ctx/migrations/migration/V${next}__kube_upgrade_check.sql"
  printf 'ALTER TABLE conversations DROP COLUMN IF EXISTS kube_upgrade_check;\n' > "$ctx/migrations/undo/U${next}__kube_upgrade_check.sql"
  podman build --quiet -f "$ROOT/deploy/containers/Containerfile.migration" \
    --build-arg BASE_IMAGE="$IMAGE_PREFIX/java-base:$(app_version)" --label org.opencontainers.image.version="$tag" \
    -t "$IMAGE_PREFIX/migration-job-chat:$tag" "$ctx" >/dev/null || { echo "FAIL: could not build the upgrade's migration image"; return 1; }
  podman tag "$IMAGE_PREFIX/chat-service:$(app_version)" "$IMAGE_PREFIX/chat-service:$tag"
  local r port
  for r in a b; do
    port=$([ "$r" = a ] && echo 18181 || echo 18182)
    # Its own Deployment name, so podman makes it its own pod.
    kube_render "$work/$r.yaml" "image.tag=$tag" "services.chat.containerPort=$port" \
      services.goals.enabled=false services.search.enabled=false
    sed -i "s/name: \"demo-chat\"/name: \"upgrade-$r-chat\"/" "$work/$r.yaml"
  done
  : > "$work/old-pod.status"
  local token; token=$(jwt_token upgrade-check)
  ( while [ ! -f "$work/stop" ]; do
      curl -s -o /dev/null -m 2 -w '%{http_code}\n' "http://127.0.0.1:${PORT[chat]}/api/chat/conversations" \
        -H "Authorization: Bearer $token" >> "$work/old-pod.status" || true
      sleep 0.2
    done ) & local poller=$!
  local started; started=$(now)
  podman kube play "$work/a.yaml" > "$work/a.log" 2>&1 & local pa=$!
  podman kube play "$work/b.yaml" > "$work/b.log" 2>&1 & local pb=$!
  wait "$pa" "$pb"
  local ready=1
  wait_until "both upgraded replicas" 240 sh -c 'curl -sf -o /dev/null http://127.0.0.1:18181/q/health/ready && curl -sf -o /dev/null http://127.0.0.1:18182/q/health/ready' || ready=
  local took; took=$(elapsed "$started")
  touch "$work/stop"; wait "$poller" 2>/dev/null || true
  local applied old_total old_failed
  applied=$(chat_sql_kube "SELECT count(*) FROM chat.flyway_schema_history WHERE version = '$next' AND success")
  old_total=$(wc -l < "$work/old-pod.status"); old_failed=$(grep -vc '^200$' "$work/old-pod.status" || true)
  podman kube down "$work/a.yaml" >/dev/null 2>&1 || true
  podman kube down "$work/b.yaml" >/dev/null 2>&1 || true
  ( export MIGRATION_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/chat" MIGRATION_DB_USER=chat MIGRATION_DB_PASSWORD="$(db_password chat)"
    "$(java_bin)" $MIGRATION_JVM_OPTS -jar "$(migration_jar)" rollback --service chat --migrations "$ctx/migrations" --to $((next - 1)) ) \
    > "$work/rollback.log" 2>&1 || echo "WARN: rollback of V$next failed (log: $work/rollback.log)"
  if [ -n "$ready" ] && [ "$applied" = 1 ] && [ "$old_failed" = 0 ] && [ "$old_total" -gt 0 ]; then
    echo "PASS: upgrade with a pending migration: two new replicas started at once, V$next applied once, both ready in ${took} s; the old pod answered all $old_total requests meanwhile (rolled back afterwards)"
  else
    echo "FAIL: upgrade check: ready=${ready:-no}, V$next applied $applied time(s), old pod failed $old_failed of $old_total requests"
    return 1
  fi
}

kube_test() {
  local started; started=$(now)
  kube_up
  local status=0
  log "end-to-end test through the gateway, against the chart's pods"
  E2E_EXTERNAL=1 "$ROOT/deploy/local/e2e-test" 2>&1 | tee "$STATE/logs/kube-e2e.log" || status=1
  log "upgrade check: a pending migration, two new replicas at once, the old pod serving"
  kube_upgrade_check | tee "$STATE/logs/kube-upgrade.log" || status=1
  [ "$status" = 0 ] && ok "kube test passed in $(elapsed "$started") s" || die "kube test failed (logs: $STATE/logs/kube-e2e.log, kube-upgrade.log)"
}

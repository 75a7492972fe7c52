# shellcheck shell=bash
# The chart's pods, run for real on this machine: the chart rendered by helm-java with values
# pointing at the local PostgreSQL, Kafka and Redis (PodmanManifest adapts what podman 4.3 cannot
# take), played by podman from the images "suite images" built. What podman cannot express
# (Services, Ingress, PDBs, HPAs, NetworkPolicies) is stood in for by the local nginx gateway, which
# routes to each pod's port exactly as it routes to the JVMs "suite up" starts.

KUBE_RELEASE=local
kube_manifest_file() { echo "$STATE/kube/manifest.yaml"; }

# helm module's test classes (PodmanManifest) and their class path.
helm_renderer_classpath() {
  local cp="$STATE/build/helm.classpath"
  if [ ! -f "$cp" ] || [ "$ROOT/helm/pom.xml" -nt "$cp" ] || [ ! -d "$ROOT/helm/target/test-classes" ]; then
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

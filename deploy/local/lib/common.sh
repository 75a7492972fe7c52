# Shared helpers for deploy/local/suite. Sourced, never executed.

# The services, in start order: short name, Maven module, HTTP port.
SERVICES=(chat goals search)
declare -A MODULE=([chat]=chat-service [goals]=goals-service [search]=vector-search-service)
declare -A PORT=([chat]=8081 [goals]=8082 [search]=8083)
GATEWAY_PORT="${SUITE_GATEWAY_PORT:-8080}"
# The one route table: the Helm chart's Ingress and the local nginx are both generated from it.
ROUTES_FILE="$ROOT/helm/assistant-suite/files/gateway-routes.tsv"

PG_HOST=127.0.0.1
PG_PORT="${SUITE_PG_PORT:-5432}"
REDIS_PORT="${SUITE_REDIS_PORT:-6379}"
KAFKA_PORT="${SUITE_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${SUITE_KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_VERSION=4.1.1

if [ -t 1 ] && [ -z "${CI:-}" ]; then BOLD=$'\e[1m'; DIM=$'\e[2m'; RED=$'\e[31m'; GREEN=$'\e[32m'; RESET=$'\e[0m'
else BOLD=; DIM=; RED=; GREEN=; RESET=; fi

log()  { printf '%s[suite]%s %s\n' "$BOLD" "$RESET" "$*" >&2; }
ok()   { printf '%s[suite]%s %s✓%s %s\n' "$BOLD" "$RESET" "$GREEN" "$RESET" "$*" >&2; }
warn() { printf '%s[suite]%s %swarning:%s %s\n' "$BOLD" "$RESET" "$RED" "$RESET" "$*" >&2; }
die()  { printf '%s[suite]%s %serror:%s %s\n' "$BOLD" "$RESET" "$RED" "$RESET" "$1" >&2; exit "${2:-1}"; }

ensure_state_dirs() { mkdir -p "$STATE"/{logs,pids,run,build,jwt}; }

# Seconds since the epoch with millisecond precision, for durations in summaries.
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'; }

# wait_until DESCRIPTION TIMEOUT_SECONDS COMMAND...: polls every 0.5 s, reports progress every 10 s.
wait_until() {
  local what="$1" timeout="$2"; shift 2
  local start; start=$(date +%s)
  local next_report=$((start + 10))
  until "$@" >/dev/null 2>&1; do
    local t; t=$(date +%s)
    if (( t - start >= timeout )); then return 1; fi
    if (( t >= next_report )); then log "still waiting for $what ($((t - start)) s of at most $timeout s)"; next_report=$((t + 10)); fi
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- JDK -------------------------------------------------------------------------------------
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }'; }

# Finds a JDK >= 21 (JAVA_HOME, then /usr/lib/jvm, then PATH) and exports JAVA_HOME.
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    local major; major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$candidate"; return 0; fi
  done
  if command -v javac >/dev/null; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    local major; major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  die "no JDK 21 or newer found (checked \$JAVA_HOME, /usr/lib/jvm/*, PATH).
  Install one, e.g. Eclipse Temurin 21 or 25 (on Debian 12 the distribution's openjdk-17 is too old),
  then set JAVA_HOME to it or place it under /usr/lib/jvm."
}

java_bin() { echo "$JAVA_HOME/bin/java"; }

# migration-job is a short-lived CLI that every pod start pays for: C1 only and the serial GC start
# it about 200 ms faster (docs/benchmarks.md). The chart's init container uses the same options.
MIGRATION_JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# --- processes we start ----------------------------------------------------------------------
pid_file() { echo "$STATE/pids/$1.pid"; }

is_running() {
  local f; f=$(pid_file "$1")
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# stop_process NAME: TERM, wait up to 30 s, then KILL; removes the pid file.
stop_process() {
  local name="$1" f pid
  f=$(pid_file "$name")
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then warn "$name did not stop in 30 s; killing it"; kill -9 "$pid" 2>/dev/null || true; fi
    ok "stopped $name"
  fi
  rm -f "$f"
}

# --- secrets and tokens ----------------------------------------------------------------------
# Local database passwords: generated once, kept in .local/secrets.env (never committed).
load_secrets() {
  ensure_state_dirs
  local f="$STATE/secrets.env"
  if [ ! -f "$f" ]; then
    # In a subshell: a umask left at 077 would make every folder created later private to this
    # user (.local/nginx included, which nginx's worker must enter).
    (umask 077; { for s in "${SERVICES[@]}"; do echo "DB_PASSWORD_${s^^}=$(openssl rand -hex 16)"; done; } > "$f")
  fi
  # shellcheck disable=SC1090
  source "$f"
}
db_password() { local v="DB_PASSWORD_${1^^}"; echo "${!v}"; }

ensure_jwt_keys() {
  ensure_state_dirs
  if [ ! -f "$STATE/jwt/private.pem" ]; then
    (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt/private.pem" 2>/dev/null)
    openssl pkey -in "$STATE/jwt/private.pem" -pubout -out "$STATE/jwt/public.pem"
  fi
}

JWT_ISSUER="${SUITE_JWT_ISSUER:-https://assistant-suite.local/issuer}"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# jwt_token USER [--admin]: RS256 token, valid 12 h, signed with the local dev key.
jwt_token() {
  local user="$1" groups='["user"]'
  [ "${2:-}" = "--admin" ] && groups='["user","admin"]'
  [[ "$user" =~ ^[A-Za-z0-9._@-]{1,64}$ ]] || die "USER must be 1-64 characters of [A-Za-z0-9._@-]" 2
  ensure_jwt_keys
  local iat exp header payload signature
  iat=$(date +%s); exp=$((iat + 12 * 3600))
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"local-dev"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","preferred_username":"%s","email":"%s@example.test","groups":%s,"iat":%d,"exp":%d,"jti":"%s"}' \
    "$JWT_ISSUER" "$user" "$user" "$user" "$user" "$groups" "$iat" "$exp" "$(openssl rand -hex 8)" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$STATE/jwt/private.pem" -binary | b64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

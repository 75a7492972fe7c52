# deps: install what is missing, skip what is present. Sourced by deploy/local/suite.
#
# Reuses a PostgreSQL and a Redis that already answer on their default ports and never
# reconfigures them; installs packages only when a command or file is really missing.

PGVECTOR_MIN=0.8.0
APT_UPDATED=

apt_install() {
  [ "$(id -u)" = 0 ] || die "missing packages ($*) and not root: run 'sudo deploy/local/suite deps' once"
  if [ -z "$APT_UPDATED" ]; then log "apt-get update"; apt-get update -qq; APT_UPDATED=1; fi
  log "installing: $*"
  # RUNLEVEL=1 keeps Debian's maintainer scripts from starting daemons (nginx on :80, say):
  # the suite starts what it needs itself, on its own ports.
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

deps_install() {
  local started; started=$(now)
  ensure_state_dirs
  find_jdk; ok "JDK $(java_major "$(java_bin)") at $JAVA_HOME"
  deps_tools
  deps_postgresql
  deps_pgvector
  deps_redis
  deps_nginx
  deps_kafka
  ok "dependencies ready ($(elapsed "$started") s)"
}

deps_tools() {
  local missing=()
  command -v openssl >/dev/null || missing+=(openssl)
  command -v curl >/dev/null || missing+=(curl)
  command -v make >/dev/null || missing+=(make)
  command -v gcc >/dev/null || missing+=(gcc)
  command -v dpkg-source >/dev/null || missing+=(dpkg-dev)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

# The PostgreSQL major version the suite works with: the one running on PG_PORT, else 15.
pg_major() {
  if port_open "$PG_PORT" && command -v psql >/dev/null; then
    pg_admin -Atc "SELECT current_setting('server_version_num')::int / 10000" 2>/dev/null && return
  fi
  echo 15
}

deps_postgresql() {
  if port_open "$PG_PORT"; then
    ok "PostgreSQL answers on :$PG_PORT (reused)"
  elif have_pkg postgresql-15; then
    ok "PostgreSQL 15 installed"
  else
    apt_install postgresql-15 postgresql-client-15
  fi
  local major; major=$(pg_major)
  have_pkg "postgresql-server-dev-$major" || apt_install "postgresql-server-dev-$major"
  [ -f "/usr/share/postgresql/$major/extension/pg_trgm.control" ] || apt_install "postgresql-contrib" 
  ok "PostgreSQL $major server headers and pg_trgm present"
}

# pgvector is not packaged for Debian 12; Debian 13's source package builds here against the
# local server headers (about five seconds). Only a deb-src line is added, never a binary one.
deps_pgvector() {
  local major pg_config sharedir installed
  major=$(pg_major)
  pg_config="/usr/lib/postgresql/$major/bin/pg_config"
  sharedir=$("$pg_config" --sharedir)
  installed=$(awk -F"'" '/default_version/ { print $2 }' "$sharedir/extension/vector.control" 2>/dev/null || true)
  if [ -n "$installed" ] && version_ge "$installed" "$PGVECTOR_MIN"; then
    ok "pgvector $installed installed"; return
  fi
  [ "$(id -u)" = 0 ] || die "pgvector is missing and not root: run 'sudo deploy/local/suite deps' once"
  add_trixie_source_line
  local build="$STATE/build/pgvector"
  rm -rf "$build"; mkdir -p "$build"
  log "fetching the pgvector source package"
  (cd "$build" && apt-get source -qq pgvector >/dev/null 2>&1) || die "apt-get source pgvector failed"
  local src; src=$(find "$build" -maxdepth 1 -mindepth 1 -type d -name 'pgvector-*' | head -1)
  [ -n "$src" ] || die "pgvector source not found under $build"
  log "building $(basename "$src") against PostgreSQL $major"
  make -s -C "$src" USE_PGXS=1 PG_CONFIG="$pg_config" >/dev/null
  make -s -C "$src" USE_PGXS=1 PG_CONFIG="$pg_config" install >/dev/null
  installed=$(awk -F"'" '/default_version/ { print $2 }' "$sharedir/extension/vector.control")
  version_ge "$installed" "$PGVECTOR_MIN" || die "built pgvector $installed, need >= $PGVECTOR_MIN"
  ok "pgvector $installed built and installed"
}

# Adds a deb-src entry for Debian 13 that reuses this machine's configured Debian mirror.
add_trixie_source_line() {
  local list=/etc/apt/sources.list.d/assistant-suite-trixie-src.sources
  [ -f "$list" ] && return
  local uri
  uri=$(awk '/^URIs:/ { u = $2 } /^Suites:/ && / bookworm( |$)/ && u != "" { print u; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$uri" ] || die "could not find this machine's Debian mirror in /etc/apt/sources.list{,.d}"
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" > "$list"
  APT_UPDATED=
  log "apt-get update (with the trixie deb-src line)"; apt-get update -qq; APT_UPDATED=1
}

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]; }

deps_redis() {
  if port_open "$REDIS_PORT"; then ok "Redis answers on :$REDIS_PORT (reused)"; return; fi
  command -v redis-server >/dev/null || apt_install redis-server
  ok "Redis installed"
}

deps_nginx() {
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx-light
  ok "nginx installed"
}

# Kafka 4 (KRaft) from Maven Central: the jars and their classpath, resolved once by Maven.
deps_kafka() {
  local dir="$STATE/kafka" cp_file="$STATE/kafka/classpath.txt" pom="$ROOT/deploy/local/kafka/pom.xml"
  mkdir -p "$dir"
  if [ -s "$cp_file" ] && [ "$cp_file" -nt "$pom" ]; then ok "Kafka $KAFKA_VERSION jars present"; return; fi
  log "resolving Kafka $KAFKA_VERSION from Maven Central"
  "$ROOT/mvnw" -q -B -f "$pom" dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dkafka.version="$KAFKA_VERSION" >/dev/null \
    || die "could not resolve Kafka jars (see: $ROOT/mvnw -f $pom dependency:build-classpath)"
  ok "Kafka $KAFKA_VERSION jars resolved"
}

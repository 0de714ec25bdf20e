# Keycloak 26.7.3 from its Maven Central distribution, built once and started optimized on 127.0.0.1, realm imported from
# deploy/keycloak/taizhang-realm.json (re-imported when that file changes).

KEYCLOAK_VERSION=26.7.3
# The master realm's bootstrap admin. Keycloak listens on 127.0.0.1 only; the default admin/admin suits a
# developer's machine and nothing else (set TAIZHANG_KEYCLOAK_ADMIN_PASSWORD before the first `up`, or after a
# realm change, which recreates Keycloak's database).
KEYCLOAK_ADMIN_PASSWORD=${TAIZHANG_KEYCLOAK_ADMIN_PASSWORD:-admin}
REALM_FILE=$REPO_DIR/deploy/keycloak/taizhang-realm.json

keycloak_java_home() {
  local candidate version
  for candidate in "$STACK_JAVA_HOME" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$(jdk_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then echo "$candidate"; return; fi
  done
  die "Keycloak needs a JDK 21 or newer: install one under /usr/lib/jvm or set JAVA_HOME"
}

keycloak_home() {
  local home=$STATE_DIR/keycloak
  if [ ! -x "$home/bin/kc.sh" ]; then
    step keycloak "fetching Keycloak $KEYCLOAK_VERSION from Maven Central" >&2
    local downloads=$STATE_DIR/downloads
    mvnw -N -f "$REPO_DIR/.mvn/wrapper/bootstrap.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" -DoutputDirectory="$downloads" >/dev/null
    rm -rf "$home" "$STATE_DIR/keycloak-$KEYCLOAK_VERSION"
    tar xzf "$downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$STATE_DIR"
    mv "$STATE_DIR/keycloak-$KEYCLOAK_VERSION" "$home"
    rm -f "$downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  fi
  echo "$home"
}

# A changed realm file is imported afresh: --import-realm skips realms that already exist. The console's login
# client names the console's addresses (port 8080 in the file), moved to TAIZHANG_CONSOLE_PORT.
keycloak_realm() {
  local home=$1 realm sum
  realm=$(sed -e "s#http://127\.0\.0\.1:8080#http://127.0.0.1:$CONSOLE_PORT#g" \
    -e "s#http://localhost:8080#http://localhost:$CONSOLE_PORT#g" "$REALM_FILE")
  sum=$(sha256sum <<<"$realm" | cut -d' ' -f1)
  if [ "$(cat "$home/data/import/.sha256" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$home/data/h2"
    mkdir -p "$home/data/import"
    printf '%s\n' "$realm" >"$home/data/import/taizhang-realm.json"
    echo "$sum" >"$home/data/import/.sha256"
  fi
}

# Build-time options of Keycloak (kc.sh build): fixed once, so that every start is `start --optimized` and
# skips the few seconds of Quarkus augmentation start-dev does on each start. dev-file is start-dev's H2 database.
KEYCLOAK_BUILD_OPTIONS=(--db=dev-file --cache=local --health-enabled=false --metrics-enabled=false)

# Runs kc.sh build when the distribution has not been built with these options yet (a new download, a change).
keycloak_build() {
  local home=$1 stamp=$1/lib/.taizhang-build
  [ "$(cat "$stamp" 2>/dev/null)" = "${KEYCLOAK_BUILD_OPTIONS[*]}" ] && return
  step keycloak "building the optimized server (once)"
  JAVA_HOME=$(keycloak_java_home) "$home/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTIONS[@]}" \
    >"$LOGS_DIR/keycloak-build.log" 2>&1 || die "kc.sh build failed: see $LOGS_DIR/keycloak-build.log"
  echo "${KEYCLOAK_BUILD_OPTIONS[*]}" >"$stamp"
}

# Starts Keycloak and returns at once: keycloak_wait waits. Its JVM (21 or newer) keeps a class-data archive of
# what it loaded (cds_options: written when it stops, used from the next start on), and runs C1 only: its start
# took 41 CPU-seconds with C2 compiling beside it and 23 without, on two cores that five other JVMs start on too, and
# the few logins of a local stack do not need C2's code.
keycloak_up() {
  local home
  already_running keycloak "$STATE_DIR/keycloak" "$KEYCLOAK_PORT" && return
  require_free_port "$KEYCLOAK_PORT" TAIZHANG_KEYCLOAK_PORT
  home=$(keycloak_home)
  keycloak_realm "$home"
  keycloak_build "$home"
  # The realm is imported once per change of its file: even when the realm exists, an import reads the file and
  # compares the whole model (seconds of a start).
  local import=()
  if [ ! -d "$home/data/h2" ] || [ "$(cat "$home/data/import/.imported" 2>/dev/null)" != "$(cat "$home/data/import/.sha256")" ]; then
    import=(--import-realm)
    KEYCLOAK_IMPORTING=$home/data/import
  fi
  local java_home
  java_home=$(keycloak_java_home)
  rm -f "$home/data/keycloak.jsa" # the archive of earlier versions of this script, which the JVM kept refusing
  # --cache=local again at start: in this version the build's value does not reach `start --optimized`, which
  # otherwise forms a JGroups cluster (certificates made at each start, ports 7800 and 57800 on every interface).
  JAVA_HOME=$java_home KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
    JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1 $(CDS_JAVA=$java_home/bin/java cds_options keycloak "$home/lib" \
      -XX:TieredStopAtLevel=1)" \
    start_process keycloak "$home/bin/kc.sh" start --optimized --cache=local --http-enabled=true --hostname-strict=false \
    --http-port "$KEYCLOAK_PORT" --http-host 127.0.0.1 "${import[@]}"
}

keycloak_wait() {
  wait_until "Keycloak" "$(start_timeout keycloak 120)" keycloak http_ok "$KEYCLOAK_REALM_URL/.well-known/openid-configuration"
  if [ -n "${KEYCLOAK_IMPORTING:-}" ]; then
    cp "$KEYCLOAK_IMPORTING/.sha256" "$KEYCLOAK_IMPORTING/.imported"
    KEYCLOAK_IMPORTING=
  fi
  step keycloak "UP on port $KEYCLOAK_PORT"
}

keycloak_down() { stop_process keycloak "$STATE_DIR/keycloak"; }

keycloak_status() {
  status_line keycloak "$STATE_DIR/keycloak" "http_ok $KEYCLOAK_REALM_URL/.well-known/openid-configuration"
}

# PostgreSQL from the machine's server binaries: its own data directory and port, one database and role
# per service. As root it runs as the postgres OS user, since PostgreSQL refuses root.

SERVICE_DATABASES=(plan_service assignment_service reminder_service reporting_service)

pg_bindir() {
  if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then echo "$PG_BINDIR"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  die "PostgreSQL server binaries not found: apt-get install -y postgresql (or set PG_BINDIR)"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The data lives in the state folder; as root, where the postgres user cannot reach the checkout (a home
# directory, say), the state folder links to a directory it can reach.
pg_dir() {
  local dir=$STATE_DIR/postgres
  if [ ! -e "$dir" ]; then
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      chown postgres:postgres "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        rmdir "$dir"
        local outside
        outside=$(mktemp -d /var/tmp/taizhang-postgres.XXXXXX)
        chown postgres:postgres "$outside"
        ln -s "$outside" "$dir"
      fi
    fi
  fi
  echo "$dir"
}

psql_admin() {
  as_postgres "$(pg_bindir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$(pg_dir)" -p "$PG_PORT" -U postgres -d postgres "$@"
}

postgres_up() {
  already_running postgres "$(pg_dir)/data" "$PG_PORT" && return
  local bin dir
  bin=$(pg_bindir)
  dir=$(pg_dir)
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    echo postgres | as_postgres tee "$dir/pw" >/dev/null
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pw" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --no-locale >"$LOGS_DIR/postgres-initdb.log" 2>&1 \
      || die "initdb failed: see $LOGS_DIR/postgres-initdb.log"
  fi
  require_free_port "$PG_PORT" TAIZHANG_PG_PORT
  : >"$LOGS_DIR/postgres.log"
  [ "$(id -u)" = 0 ] && chown postgres "$LOGS_DIR/postgres.log"
  # Shared buffers as the province overlay's (deploy/k8s/overlays/province): with PostgreSQL's default of 128 MB the
  # province fan-out (bench/run scale) spent a fifth of PostgreSQL's CPU reading index pages back from the page cache
  # and writing dirty ones out (perf, bench/README). Pages are only taken as they are used: the demo touches little.
  # pg_prewarm's worker writes down which pages the buffers hold at a stop and reads them back after the start, in the
  # background: the first province fan-out after a `stack up` otherwise met empty buffers (bench/README "Province
  # scale"). Only where the server's package has it.
  local prewarm=""
  [ -f "$bin/../lib/pg_prewarm.so" ] && prewarm="-c shared_preload_libraries=pg_prewarm"
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$LOGS_DIR/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 \
      -c shared_buffers=${TAIZHANG_PG_SHARED_BUFFERS:-2GB} $prewarm" start >/dev/null \
    || die "PostgreSQL did not start: see $LOGS_DIR/postgres.log"
  head -n 1 "$dir/data/postmaster.pid" >"$PIDS_DIR/postgres.pid"
  postgres_databases
  step postgres "UP on port $PG_PORT"
}

postgres_databases() {
  local db names
  names=$(printf "'%s'," "${SERVICE_DATABASES[@]}")
  # One query when all are there (every start but the first); each psql is a connection and a process.
  [ "$(psql_admin -tA -c "SELECT (SELECT count(*) FROM pg_roles WHERE rolname IN (${names%,})) +
    (SELECT count(*) FROM pg_database WHERE datname IN (${names%,}))")" = $((2 * ${#SERVICE_DATABASES[@]})) ] && return
  for db in "${SERVICE_DATABASES[@]}"; do
    psql_admin -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$db'" | grep -q 1 \
      || psql_admin -c "CREATE ROLE $db LOGIN PASSWORD '$db'"
    psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
      || psql_admin -c "CREATE DATABASE $db OWNER $db"
  done
}

postgres_down() {
  local dir
  dir=$(pg_dir)
  if running_pid postgres "$dir/data" >/dev/null; then
    as_postgres "$(pg_bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    step postgres "stopped"
  fi
  rm -f "$PIDS_DIR/postgres.pid"
}

postgres_status() {
  status_line postgres "$(pg_dir)/data" "psql_admin -c 'SELECT 1'"
}

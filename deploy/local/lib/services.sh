# The four Quarkus services and the console, built once with ./mvnw (again only when their sources change)
# and started as jars: the services against the stack's PostgreSQL, Kafka and Keycloak, the console (which
# keeps nothing but its users' sessions) against Keycloak and the services' APIs.

SERVICES=(plan-service assignment-service reminder-service reporting-service console)
# A second reminder-service on the same database, for the system tests' "two instances at once": never
# started by `up`, only by name (stack start|stop|kill reminder-service-2); `down` and `status` include it.
EXTRA_SERVICES=(reminder-service-2)

# The module a service runs: reminder-service-2 is reminder-service's jar with its own port, pid and log.
service_module() {
  case $1 in
    reminder-service-2) echo reminder-service ;;
    *) echo "$1" ;;
  esac
}

service_port() {
  case $1 in
    plan-service) echo "$PLAN_PORT" ;;
    assignment-service) echo "$ASSIGNMENT_PORT" ;;
    reminder-service) echo "$REMINDER_PORT" ;;
    reporting-service) echo "$REPORTING_PORT" ;;
    reminder-service-2) echo "$REMINDER2_PORT" ;;
    console) echo "$CONSOLE_PORT" ;;
  esac
}

# Where a service answers /q/* (health, metrics, OpenAPI, Swagger UI): its port + MANAGEMENT_PORT_OFFSET.
service_management_port() { echo $(($(service_port "$1") + MANAGEMENT_PORT_OFFSET)); }

service_ready_url() { echo "http://127.0.0.1:$(service_management_port "$1")/q/health/ready"; }

# The variable that moves a service's port: TAIZHANG_PLAN_PORT, …, TAIZHANG_REMINDER2_PORT, TAIZHANG_CONSOLE_PORT.
service_port_variable() {
  case $1 in
    reminder-service-2) echo TAIZHANG_REMINDER2_PORT ;;
    *) echo "TAIZHANG_$(tr a-z A-Z <<<"${1%%-*}")_PORT" ;;
  esac
}

# Each service and the console must stay within 256 MiB resident (issue #20), at rest and under load. What a
# service's JVM uses beside the heap, from NMT (jcmd <pid> VM.native_memory summary; bench/README "Footprint"):
# metaspace and class space, code cache, compiler arenas, thread stacks, GC structures, Netty's direct buffers.
# The serial collector keeps no extra threads or remembered sets; the heap is capped below what the others leave.
# TAIZHANG_SERVICE_JAVA_OPTS adds options (e.g. -XX:NativeMemoryTracking=summary to look again).
#
# The JIT: C1 alone, for every service. C2's optimised code, its profiles and its compiler arenas cost
# assignment-service 58 MiB resident at rest and kept it over 256 MiB under the progress load (bench/README
# "Footprint"); their work waits on PostgreSQL and Kafka, not on compiled code, and the console's on the services (C1
# alone starts it in 3.5 CPU-seconds instead of 5.8). reporting-service kept C2 for the province views it computes
# until its compilations under the progress load took it to 259-269 MiB (233-235 with C1 alone) and the CPU they took
# held the load's rate at 27-57 reports/s against 66-94. Its cost: the province dashboard's unit page p50
# 143 -> 218-228 ms, at its 300 ms target (bench/README "Province scale").
#
# The metaspace cap: JDK 25 sizes the class space, and with it the buffer that assembles a service's ahead-of-time
# cache at its recording run's exit, at 80 % of MaxMetaspaceSize. At 160m that buffer was 128 MiB, which the services'
# caches (130-135 MiB) overflowed by a few bytes ("Unable to allocate from 'ro' region"), so a `down` kept no cache for
# some of them and the next start recorded again. The cap bounds a leak only; the services use 10 MB at most.
SERVICE_JVM_OPTS="-XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
  -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000 \
  -XX:TieredStopAtLevel=1"

# The heap's ceiling; the heap itself grows only as far as the live data needs (the free ratios above), so a
# high ceiling costs nothing at rest. reporting-service computes a plan's views from all its assignments at once:
# a province plan of 100,000 (bench/run scale) needs more than 256 MB while it is computed; plan-service holds such
# a plan's 100,000 unit mentions and its event's JSON while it publishes it (128 MB ran out); the others stay small.
service_heap() {
  case $(service_module "$1") in
    reporting-service) echo "${TAIZHANG_REPORTING_HEAP:-512m}" ;;
    # A province plan's event (100,000 unit mentions, up to 16 MB) and the province's directory are in memory at
    # once while it is assigned: at 128m assignment-service's poll of the next such plan ran out of heap and its
    # plans channel stopped (bench/run scale, a second fan-out). The heap grows only when such a plan comes.
    plan-service | assignment-service) echo 256m ;;
    *) echo 128m ;;
  esac
}


service_jar() { echo "$REPO_DIR/$(service_module "$1")/target/quarkus-app/quarkus-run.jar"; }

services_build() {
  local service stale=""
  for service in "${SERVICES[@]}"; do
    local jar
    jar=$(service_jar "$service")
    if [ ! -f "$jar" ] || [ -n "$(find "$REPO_DIR/$service/src/main" "$REPO_DIR/events/src/main" "$REPO_DIR/$service/pom.xml" \
      "$REPO_DIR/pom.xml" -newer "$jar" -print -quit)" ]; then
      stale=yes
    fi
  done
  if [ -n "$stale" ]; then
    step services "building the jars (./mvnw package)"
    (cd "$REPO_DIR" && mvnw package -DskipTests -Dspotless.check.skip=true >"$LOGS_DIR/build.log" 2>&1) \
      || die "build failed: see $LOGS_DIR/build.log"
  fi
}

# Starts every service (and the console) not running yet and returns at once: services_wait waits for them.
# They need PostgreSQL (Flyway migrates at start) and, for readiness, Kafka; Keycloak only at the first request
# (Quarkus OIDC connects lazily when it is not there yet), so they start while it does.
services_start() {
  local service
  SERVICES_PENDING=()
  for service in "${SERVICES[@]}"; do
    already_running "$service" "$(service_jar "$service")" "$(service_port "$service")" && continue
    require_free_port "$(service_port "$service")" "$(service_port_variable "$service")"
    require_free_port "$(service_management_port "$service")" "$(service_port_variable "$service")"
    SERVICES_PENDING+=("$service")
  done
  for service in "${SERVICES_PENDING[@]}"; do
    service_start "$service"
  done
}

# Waits until every service services_start started is ready (all start together; the slowest sets the time).
services_wait() {
  local service
  for service in "${SERVICES_PENDING[@]}"; do
    wait_until "$service" "$(start_timeout "$service" 90)" "$service" http_ok "$(service_ready_url "$service")"
    step "$service" "UP on port $(service_port "$service")"
  done
}

# The services that started with no ahead-of-time cache of theirs (after a build, or with other JVM options) ran
# recording one: each is stopped as soon as it is ready, which writes the cache from what its start loaded, and
# started again from it. A cache recorded over a whole run also held what that run happened to load once (the demo
# data's import, a province's fan-out), and every later start kept it resident: assignment-service's was 153 MB
# against 136, 212-220 MiB at rest against 203-210, 265-267 under the progress load against 252-258 (bench/README
# "Footprint"). Classes a start does not need are loaded when first used, and only those.
services_train() {
  local service recorded=()
  for service in "${SERVICES_PENDING[@]}"; do
    [ -f "$PIDS_DIR/$service.cds" ] && recorded+=("$service")
  done
  [ ${#recorded[@]} -gt 0 ] || return 0
  step services "writing the ahead-of-time caches of ${recorded[*]} from their start (once per build)"
  services_stop "${recorded[@]}"
  SERVICES_PENDING=("${recorded[@]}")
  for service in "${recorded[@]}"; do
    service_start "$service"
  done
  services_wait
}

service_start() {
  local service=$1 settings
  mapfile -t settings < <(service_settings "$service")
  (
    export PORT="$(service_port "$service")" MANAGEMENT_PORT="$(service_management_port "$service")" \
      MANAGEMENT_HOST=127.0.0.1 OIDC_AUTH_SERVER_URL="$KEYCLOAK_REALM_URL" "${settings[@]}"
    # glibc gives each thread that allocates natively an arena of its own (up to 8 per core); two are enough.
    export MALLOC_ARENA_MAX=2
    local options jar
    jar=$(service_jar "$service")
    # shellcheck disable=SC2206 # the options are words
    options=($SERVICE_JVM_OPTS "-Xmx$(service_heap "$service")" ${TAIZHANG_SERVICE_JAVA_OPTS:-})
    start_process "$service" "$JAVA" "${options[@]}" "$(cds_options "$service" "$(dirname "$jar")" "${options[@]}")" \
      -jar "$jar"
  )
}

# What a service needs besides its ports and Keycloak, one NAME=value a line: the console the services'
# APIs and the public dashboard (its login client and secret are the realm's local defaults); a service its
# database (one database and role per module) and Kafka.
service_settings() {
  local db
  case $(service_module "$1") in
    console)
      printf '%s\n' "PLAN_API_URL=http://127.0.0.1:$PLAN_PORT" "ASSIGNMENT_API_URL=http://127.0.0.1:$ASSIGNMENT_PORT" \
        "REMINDER_API_URL=http://127.0.0.1:$REMINDER_PORT" "REPORTING_API_URL=http://127.0.0.1:$REPORTING_PORT" \
        "DASHBOARD_URL=http://127.0.0.1:$REPORTING_PORT" ;;
    *)
      db=$(service_module "$1")
      db=${db//-/_}
      # Reminders tick every 10 s here rather than every minute (the bench and the system tests wait for a
      # tick). Webhooks may reach 127.0.0.2, where the system tests run their receivers, and no other internal
      # address: 127.0.0.1, where this stack's services, PostgreSQL and Kafka listen, stays refused.
      # SMS go to Tencent Cloud's API as stood in on 127.0.0.2:$SMS_STANDIN_PORT, with made-up local credentials
      # that the stand-in checks the signature with; robot messages link to this stack's console.
      printf '%s\n' "DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$db" "DB_USER=$db" "DB_PASSWORD=$db" \
        "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT" SMTP_MOCK=true "REMINDER_TICK=${REMINDER_TICK:-10s}" \
        "WEBHOOK_ALLOWED_HOSTS=${WEBHOOK_ALLOWED_HOSTS:-127.0.0.2}" \
        "CONSOLE_PUBLIC_URL=http://127.0.0.1:$CONSOLE_PORT" SMS_PROVIDER=tencent \
        "SMS_ENDPOINT=http://127.0.0.2:$SMS_STANDIN_PORT" SMS_SECRET_ID=AKIDlocalstack0000000000000000000000 \
        SMS_SECRET_KEY=local-stack-sms-secret-key SMS_APP_ID=1400000000 SMS_SIGN_NAME=Taizhang \
        SMS_TEMPLATE_ID=1000000 SMS_PARAM_MAX_CHARS=40 ;;
  esac
}

# Succeeds when every service `up` started still runs.
services_all_running() {
  local service
  for service in "${SERVICES[@]}"; do
    running_pid "$service" "$(service_jar "$service")" >/dev/null || return 1
  done
}

services_down() { services_stop "${EXTRA_SERVICES[@]}" "${SERVICES[@]}"; }

# Stops the services named, all at once: a JVM may spend seconds writing its ahead-of-time cache as it exits
# (cds_options). Waits for those stops only: a bare `wait` in `up` would wait for Keycloak, Kafka and PostgreSQL,
# started by the same shell.
services_stop() {
  local service stopping=()
  for service in "$@"; do
    stop_process "$service" "$(service_jar "$service")" &
    stopping+=($!)
  done
  [ ${#stopping[@]} -eq 0 ] || wait "${stopping[@]}"
}

services_status() {
  local service
  for service in "${SERVICES[@]}"; do
    status_line "$service" "$(service_jar "$service")" \
      "http_ok $(service_ready_url "$service")"
  done
  for service in "${EXTRA_SERVICES[@]}"; do
    running_pid "$service" "$(service_jar "$service")" >/dev/null || continue
    status_line "$service" "$(service_jar "$service")" \
      "http_ok $(service_ready_url "$service")"
  done
}

# Kills a service at once (SIGKILL, no shutdown hooks), as a crash would: for the system tests' faults.
service_kill() {
  local service=$1 pid
  if pid=$(running_pid "$service" "$(service_jar "$service")"); then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    cds_discard "$service"
    step "$service" "killed (pid $pid)"
  fi
  rm -f "$PIDS_DIR/$service.pid"
}

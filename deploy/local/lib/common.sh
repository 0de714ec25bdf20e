# Shared settings and helpers of the local stack: ports, folders, process bookkeeping, waiting.

REPO_DIR=$(cd "$LOCAL_DIR/../.." && pwd)
STATE_DIR=${TAIZHANG_STATE_DIR:-$LOCAL_DIR/.state}
LOGS_DIR=$STATE_DIR/logs
PIDS_DIR=$STATE_DIR/pids

PG_PORT=${TAIZHANG_PG_PORT:-15432}
KAFKA_PORT=${TAIZHANG_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${TAIZHANG_KAFKA_CONTROLLER_PORT:-9093}
KEYCLOAK_PORT=${TAIZHANG_KEYCLOAK_PORT:-8180}
PLAN_PORT=${TAIZHANG_PLAN_PORT:-8081}
ASSIGNMENT_PORT=${TAIZHANG_ASSIGNMENT_PORT:-8082}
REMINDER_PORT=${TAIZHANG_REMINDER_PORT:-8083}
REPORTING_PORT=${TAIZHANG_REPORTING_PORT:-8084}
REMINDER2_PORT=${TAIZHANG_REMINDER2_PORT:-8093}
CONSOLE_PORT=${TAIZHANG_CONSOLE_PORT:-8080}
# Where reminder-service sends SMS: a stand-in of Tencent Cloud SMS on 127.0.0.2 that the system tests run
# (ReminderChannelsSystemTest); nothing listens there otherwise, and SMS deliveries are retried, then fail.
SMS_STANDIN_PORT=${TAIZHANG_SMS_STANDIN_PORT:-8099}
KEYCLOAK_REALM_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/taizhang"
# Each service (and the console) serves /q/health, /q/metrics, /q/openapi and /q/swagger-ui on its management
# port, its API port + 10000 (plan-service 18081, the console 18080), as production keeps them off the API port.
MANAGEMENT_PORT_OFFSET=10000

# The JDK every JVM of the stack is built and run with: TAIZHANG_JAVA_HOME, else the newest JDK under /usr/lib/jvm,
# else the one of the java on the PATH. The newest, because from JDK 25 on a start maps an ahead-of-time cache of its
# previous run (linked classes and method profiles, not only parsed ones): plan-service started in 3.7 CPU-seconds
# from it against 5.5 from JDK 17's class-data archive (bench/README "Footprint").
jdk_version() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }

stack_java_home() {
  local best="" best_version=0 candidate version
  if [ -n "${TAIZHANG_JAVA_HOME:-}" ]; then echo "$TAIZHANG_JAVA_HOME"; return; fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(jdk_version "$candidate")
    if [ -n "$version" ] && [ "$version" -gt "$best_version" ]; then best=$candidate best_version=$version; fi
  done
  if [ -z "$best" ] && command -v java >/dev/null; then best=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); fi
  echo "$best"
}

STACK_JAVA_HOME=$(stack_java_home)
JAVA=$STACK_JAVA_HOME/bin/java

say() { printf '%s\n' "$*"; }
step() { printf '  %-20s %s\n' "$1" "$2"; }
die() { printf 'stack: %s\n' "$*" >&2; exit 1; }

prepare_state() {
  mkdir -p "$LOGS_DIR" "$PIDS_DIR" "$STATE_DIR/downloads"
  command -v curl >/dev/null || die "curl not found: apt-get install -y curl"
  [ -x "$JAVA" ] || die "java not found: apt-get install -y openjdk-17-jdk-headless (or set TAIZHANG_JAVA_HOME)"
}

mvnw() { JAVA_HOME=$STACK_JAVA_HOME "$REPO_DIR/mvnw" -q -B "$@"; }

# The pid `up` recorded for a process, if that process still runs and is still ours (its command line
# names the marker), so that `down` never signals a recycled pid.
running_pid() {
  local name=$1 marker=$2 pid
  [ -f "$PIDS_DIR/$name.pid" ] || return 1
  pid=$(cat "$PIDS_DIR/$name.pid")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
  echo "$pid"
}

# Starts a command in the background with its own log, in a new session so that `down` can stop its
# whole process group.
start_process() {
  local name=$1; shift
  : >"$LOGS_DIR/$name.log"
  setsid nohup "$@" >>"$LOGS_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS_DIR/$name.pid"
}

stop_process() {
  local name=$1 marker=$2 pid
  if pid=$(running_pid "$name" "$marker"); then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    # A JVM writing its ahead-of-time cache assembles it as it exits (a second JVM, 10-20 s on two cores).
    local waits=60
    [ -f "$PIDS_DIR/$name.cds" ] && waits=480
    for _ in $(seq 1 "$waits"); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || true
      cds_discard "$name"
    else
      cds_keep "$name"
    fi
    step "$name" "stopped (pid $pid)"
  fi
  rm -f "$PIDS_DIR/$name.pid"
}

# Class-data sharing: a JVM maps the classes an earlier run of the same program loaded, already parsed and verified,
# from an archive instead of loading them again, a third of a service's start in CPU-seconds (bench/README
# "Footprint"); from JDK 25 on, the archive is an ahead-of-time cache, which also keeps them linked and keeps the
# earlier run's method profiles, another third. cds_options <name> <class path folder> <JVM options…> prints the option
# that uses the archive of that JVM, those options and that class path, or, when there is none yet, the one that writes
# it as the run exits. It is written as .part and kept by stop_process only when the run stopped cleanly, so a killed
# run never leaves half an archive; a rebuilt jar, other options or another JDK name another archive, and the old one
# is removed. The JVM is $CDS_JAVA, or the stack's.
cds_options() {
  local name=$1 folder=$2 java digest archive aot=""
  shift 2
  java=$(readlink -f "${CDS_JAVA:-$JAVA}")
  if [ "$(jdk_version "$(dirname "$(dirname "$java")")")" -ge 25 ] 2>/dev/null; then aot=yes; fi
  digest=$({
    printf '%s\n' "$@"
    stat -c '%n %s %Y' "$java" "$(dirname "$java")/../lib/modules"
    find "$folder" -type f -printf '%P %s %T@\n' | sort
  } | sha1sum | cut -c1-12)
  archive=$STATE_DIR/cds/$name/$digest.jsa
  [ -z "$aot" ] || archive=$STATE_DIR/cds/$name/$digest.aot
  if [ -s "$archive" ]; then
    if [ -n "$aot" ]; then echo "-XX:AOTCache=$archive"; else echo "-XX:SharedArchiveFile=$archive"; fi
  else
    rm -rf "$STATE_DIR/cds/$name"
    mkdir -p "$STATE_DIR/cds/$name"
    echo "$archive" >"$PIDS_DIR/$name.cds"
    if [ -n "$aot" ]; then echo "-XX:AOTCacheOutput=$archive.part"; else echo "-XX:ArchiveClassesAtExit=$archive.part"; fi
  fi
}

cds_keep() {
  local pending=$PIDS_DIR/$1.cds archive
  [ -f "$pending" ] || return 0
  archive=$(cat "$pending")
  rm -f "$pending"
  if [ -s "$archive.part" ]; then mv -f "$archive.part" "$archive"; fi
}

cds_discard() {
  local pending=$PIDS_DIR/$1.cds
  [ -f "$pending" ] || return 0
  rm -f "$(cat "$pending").part" "$pending"
}

# The CPU-seconds (user and system) each process of the stack has used so far, with its children (kc.sh runs
# Keycloak's JVM, PostgreSQL its backends), one "name seconds" a line: what a start costs the machine's cores.
cpu_seconds() {
  local file pid ticks
  ticks=$(getconf CLK_TCK)
  for file in "$PIDS_DIR"/*.pid; do
    pid=$(cat "$file")
    [ -r "/proc/$pid/stat" ] || continue
    # Fields after the command's closing parenthesis: utime, stime, cutime and cstime are the 12th to 15th.
    { cat "/proc/$pid/stat"; for child in $(pgrep -P "$pid"); do cat "/proc/$child/stat" 2>/dev/null; done; } \
      | sed 's/.*) //' | awk -v name="$(basename "$file" .pid)" -v ticks="$ticks" \
        '{ sum += $12 + $13 + $14 + $15 } END { printf "%s %.1f\n", name, sum / ticks }'
  done
}

# How long a start may take, in seconds: three times <base> while the JVM also records its ahead-of-time cache (its
# first start after a build, or with other options or another JDK), which costs about twice the CPU of a plain start.
start_timeout() { if [ -f "$PIDS_DIR/$1.cds" ]; then echo $(($2 * 3)); else echo "$2"; fi; }

# wait_until <what> <timeout seconds> <log name> <command…>: polls the command until it succeeds.
wait_until() {
  local what=$1 timeout=$2 log=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      say "stack: $what not ready after ${timeout}s; last lines of $LOGS_DIR/$log.log:" >&2
      tail -n 30 "$LOGS_DIR/$log.log" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 5 "$1"; }

status_line() {
  local name=$1 marker=$2 check=$3 pid
  if pid=$(running_pid "$name" "$marker"); then
    if eval "$check" >/dev/null 2>&1; then step "$name" "UP (pid $pid)"; else step "$name" "STARTING or UNHEALTHY (pid $pid)"; fi
  else
    step "$name" "DOWN"
  fi
}

# Succeeds, saying so, when the process `up` started before still runs.
already_running() {
  local name=$1 marker=$2 port=$3
  running_pid "$name" "$marker" >/dev/null || return 1
  step "$name" "already running on port $port"
}

# Fails with the variable to set when something else listens on the port.
require_free_port() {
  if port_open "$1"; then die "port $1 is taken by another process: set $2"; fi
}

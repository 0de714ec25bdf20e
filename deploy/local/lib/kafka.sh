# Apache Kafka 4.3.1 from Maven Central artifacts (deploy/local/pom.xml): one KRaft broker+controller,
# storage formatted on first start, the services' topics created with their partition counts.

KAFKA_TOPICS=("taizhang.plans.v1:3" "taizhang.assignments.v1:6" "taizhang.reminders.v1:3")

kafka_libs() {
  local libs=$STATE_DIR/kafka-libs
  if [ ! -f "$libs/.complete" ]; then
    step kafka "fetching the broker's jars from Maven Central" >&2
    rm -rf "$libs"
    mvnw -f "$LOCAL_DIR/pom.xml" dependency:copy-dependencies -DoutputDirectory="$libs" >/dev/null
    touch "$libs/.complete"
  fi
  echo "$libs"
}

# The broker's JVM (not one of the services the 256 MiB target counts) and the short-lived tools run C1 only: C2
# compiling beside five other starting JVMs cost the broker's start 12 CPU-seconds instead of 7, and a local
# broker's few messages a second do not need its code. The broker starts from its class-data archive (cds_options).
KAFKA_JVM_OPTS="-Xmx512m -XX:TieredStopAtLevel=1"

kafka_java() {
  "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$(kafka_libs)/*" "$@"
}

kafka_config() {
  local dir=$STATE_DIR/kafka
  mkdir -p "$dir"
  sed -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" -e "s#@DATA@#$dir/data#g" \
    "$LOCAL_DIR/kafka/server.properties" >"$dir/server.properties"
  echo "$dir/server.properties"
}

# Starts the broker (formatting its storage on the first start) and returns at once: kafka_ready waits.
kafka_start() {
  local config
  already_running kafka "kafka.Kafka" "$KAFKA_PORT" && return
  require_free_port "$KAFKA_PORT" TAIZHANG_KAFKA_PORT
  config=$(kafka_config)
  if [ ! -f "$STATE_DIR/kafka/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid | tail -n 1)
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >"$LOGS_DIR/kafka-format.log" 2>&1 \
      || die "Kafka storage format failed: see $LOGS_DIR/kafka-format.log"
  fi
  # shellcheck disable=SC2086 # the options are words
  start_process kafka "$JAVA" $KAFKA_JVM_OPTS "$(cds_options kafka "$(kafka_libs)" $KAFKA_JVM_OPTS)" \
    -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$(kafka_libs)/*" kafka.Kafka "$config"
  KAFKA_STARTED=yes
}

# Waits for the broker and creates the topics it lacks.
kafka_ready() {
  [ "${KAFKA_STARTED:-}" = yes ] || return 0
  wait_until "Kafka" "$(start_timeout kafka 60)" kafka port_open "$KAFKA_PORT"
  kafka_topics
  step kafka "UP on port $KAFKA_PORT"
  KAFKA_STARTED=
}

kafka_up() {
  kafka_start
  kafka_ready
}

# Succeeds when every topic already has its partitions on disk: then the services may start before the
# broker answers (their clients retry) without a consumer auto-creating a topic with the wrong partition count.
kafka_topics_exist() {
  local topic
  for topic in "${KAFKA_TOPICS[@]}"; do
    [ -d "$STATE_DIR/kafka/data/${topic%%:*}-$((${topic##*:} - 1))" ] || return 1
  done
}

# A topic already on disk is skipped: each TopicCommand is a JVM start of its own (2-3 s).
kafka_topics() {
  local topic
  for topic in "${KAFKA_TOPICS[@]}"; do
    [ -d "$STATE_DIR/kafka/data/${topic%%:*}-$((${topic##*:} - 1))" ] && continue
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --create \
      --if-not-exists --topic "${topic%%:*}" --partitions "${topic##*:}" --replication-factor 1 \
      >>"$LOGS_DIR/kafka-topics.log" 2>&1 || die "Cannot create topic ${topic%%:*}: see $LOGS_DIR/kafka-topics.log"
  done
}

kafka_down() { stop_process kafka "kafka.Kafka"; }

kafka_status() { status_line kafka "kafka.Kafka" "port_open $KAFKA_PORT"; }

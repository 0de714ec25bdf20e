# Demo data of the local stack, loaded through the public API as the office would: the demo city's unit
# directory and the demo plans in deploy/local/demo, imported and published. What exists already is kept.

DEMO_DIR=$LOCAL_DIR/demo
DEMO_PLANS=(
  "city-plan-one-cell-per-line.txt|2026年宣城市政务公开重点工作任务分工（一）"
  "city-plan-rows-with-lead-and-status.txt|2026年宣城市政务公开重点工作任务分工（二）"
  "city-plan-rows-with-section-column.txt|2026年宣城市政务公开重点工作任务分工（三）"
)

# Loads the demo once per database: a later `up` on the same PostgreSQL data, with the same demo files, skips it (two
# to four seconds of requests to services that have just started), and what the users changed or deleted since stays
# as they left it. Removing $STATE_DIR/demo-loaded loads it again (what is there already is kept).
demo_up() {
  local token stamp
  stamp=$(demo_stamp)
  if [ "$(cat "$STATE_DIR/demo-loaded" 2>/dev/null)" = "$stamp" ]; then
    step demo "loaded into this database before (remove $STATE_DIR/demo-loaded to load it again)"
    return
  fi
  token=$(cmd_token office)
  demo_units "$token"
  demo_plans "$token"
  echo "$stamp" >"$STATE_DIR/demo-loaded"
}

# The demo files and the identity of the database's data directory (made afresh by initdb).
demo_stamp() {
  { cat "$DEMO_DIR"/units.ndjson "$DEMO_DIR"/*.txt; stat -c '%i %Y' "$(pg_dir)/data/PG_VERSION"; } | sha1sum | cut -c1-12
}

# The demo city's directory (宣城市, its departments, three counties, two towns); units already there stay.
demo_units() {
  local token=$1 line added=0 code
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$line" "http://127.0.0.1:$ASSIGNMENT_PORT/api/units")
    case $code in
      201) added=$((added + 1)) ;;
      409) ;;
      *) die "demo: adding unit failed ($code): $line" ;;
    esac
  done <"$DEMO_DIR/units.ndjson"
  step demo "$added unit(s) added to the directory"
}

demo_plans() {
  local token=$1 entry file title plan_id loaded=0
  for entry in "${DEMO_PLANS[@]}"; do
    file=${entry%%|*}
    title=${entry##*|}
    if curl -fsS -G -H "Authorization: Bearer $token" "http://127.0.0.1:$PLAN_PORT/api/plans" \
      --data-urlencode "q=$title" | grep -q '"total":[1-9]'; then
      continue
    fi
    plan_id=$(curl -fsS -H "Authorization: Bearer $token" -F "file=@$DEMO_DIR/$file" -F year=2026 \
      -F regionCode=341800 -F regionName=宣城市 -F level=CITY -F "title=$title" \
      "http://127.0.0.1:$PLAN_PORT/api/plans/import" | sed -n 's/^{"plan":{"id":"\([^"]*\)".*/\1/p')
    [ -n "$plan_id" ] || die "demo: importing $file failed"
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"defaultDeadline":"年底前"}' "http://127.0.0.1:$PLAN_PORT/api/plans/$plan_id/publish" \
      || die "demo: publishing $file failed"
    loaded=$((loaded + 1))
  done
  step demo "$loaded plan(s) imported and published, $((${#DEMO_PLANS[@]} - loaded)) already there"
}

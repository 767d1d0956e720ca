#!/usr/bin/env bash
# bench/run.sh: thesisbot side by side with a bare Bolt for Java app and a minimal bolt-js app, same machine,
# same load; then the JMH micro-benchmarks. Writes bench/results/<UTC date>.json, prints a table, and its
# last line is:
#   bench ack_p99_ms=X bare_p99_ms=X boltjs_p99_ms=X ratio_vs_bare=X ratio_vs_boltjs=X e2e_p99_ms=X errors=N missing=N duplicates=N
#
# Knobs (environment):
#   BENCH_RATE=50 BENCH_SECONDS=60       the main comparison: app_mention events/s and seconds, all three targets
#   BENCH_WARMUP_SECONDS=60              warm-up at BENCH_RATE before measuring (each target, discarded; JFR showed
#                                        the bot's C2 compiler still busy 20 s in)
#   BENCH_HIGH_RATE=100 BENCH_HIGH_SECONDS=60   issue 7's ack benchmark (all three targets; thesisbot answers meanwhile)
#   BENCH_MIXED_SECONDS=30               thesisbot: numeric and narrative questions alternating, at BENCH_RATE
#   BENCH_SLASH_SECONDS=30 BENCH_API_SECONDS=30   thesisbot: /scenario numeric acks, POST /api/ask numeric, at BENCH_RATE
#   BENCH_GRACE_SECONDS=10               how long to wait for replies after a phase before counting them missing
#   BENCH_JMH=1                          0 skips JMH; BENCH_JMH_ARGS overrides its settings
#   BENCH_JFR=0                          1 records the thesisbot run with JFR into bench/results/<stamp>-thesisbot.jfr
#   BENCH_SKIP_BUILD=0                   1 reuses target/ as built
#   BENCH_TARGETS="thesisbot bare boltjs floor-javalin floor-node"   which targets to run (the summary line needs
#                                        the first three; the two floors are plain HTTP servers, for reference)
#   BENCH_THESISBOT_PHASES / BENCH_COMPARE_PHASES   override the phase lists (name:workload:rate:seconds ...)
#   BENCH_STAMP=<UTC yyyy-mm-dd>         the results file name
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RATE=${BENCH_RATE:-50}
SECS=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP_SECONDS:-60}
HIGH_RATE=${BENCH_HIGH_RATE:-100}
HIGH_SECS=${BENCH_HIGH_SECONDS:-60}
MIXED_SECS=${BENCH_MIXED_SECONDS:-30}
SLASH_SECS=${BENCH_SLASH_SECONDS:-30}
API_SECS=${BENCH_API_SECONDS:-30}
GRACE=${BENCH_GRACE_SECONDS:-10}
RUN_JMH=${BENCH_JMH:-1}
JMH_ARGS=${BENCH_JMH_ARGS:-"-f 1 -wi 3 -w 2s -i 5 -r 2s -bm sample -tu us"}
JFR=${BENCH_JFR:-0}
STAMP=${BENCH_STAMP:-$(date -u +%Y-%m-%d)}
OUT="bench/results/$STAMP.json"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-bench.XXXXXX")

# Shared by the load generator (signs) and every target (verifies). Bench-only values, not real credentials.
export SLACK_SIGNING_SECRET="bench-signing-secret-4f2a9c1d7e"
export SLACK_BOT_TOKEN="xoxb-0000-bench-token"
export THESISBOT_API_TOKEN="bench-api-token-7d1e4b"
JAVA_FLAGS=(-Dfile.encoding=UTF-8)   # the same for thesisbot and the bare Bolt app

PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

log() { printf '\n== %s\n' "$*"; }

free_port() {
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

# --- build ---------------------------------------------------------------------------------------------
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  log "build: mvn -q -B -DskipTests package (also compiles the test classes: load generator, baselines, JMH)"
  mvn -q -B -DskipTests package
  mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/bench.cp)"

HAVE_NODE=0
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  log "bolt-js baseline: npm ci in bench/boltjs ($(node --version))"
  (cd bench/boltjs && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && HAVE_NODE=1
else
  echo "node/npm not found: the bolt-js baseline is skipped (boltjs_p99_ms=NA)"
fi

# --- one target under load -------------------------------------------------------------------------------
# run_target NAME READY_PATH REPLIES(0|1) "PHASES" COMMAND...
run_target() {
  local name=$1 ready=$2 replies=$3 phases=$4; shift 4
  local port fake_file lg_pid tgt_pid rc
  port=$(free_port)
  fake_file="$WORK/$name.fake-url"
  local args=(--target "$name" --url "http://127.0.0.1:$port" --ready-path "$ready" --fake-url-file "$fake_file"
              --grace-seconds "$GRACE" --out "$WORK/$name.json")
  [ "$replies" = 1 ] && args+=(--replies)
  for p in $phases; do args+=(--phase "$p"); done
  log "$name on 127.0.0.1:$port  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  java -cp "$CP" org.thesisbot.bench.LoadGenerator "${args[@]}" &
  lg_pid=$!; PIDS+=("$lg_pid")
  for _ in $(seq 1 300); do [ -f "$fake_file" ] && break; sleep 0.1; done
  [ -f "$fake_file" ] || { echo "the load generator did not start its fake Slack"; return 1; }
  SLACK_API_URL=$(cat "$fake_file") PORT=$port "$@" >"$WORK/$name.log" 2>&1 &
  tgt_pid=$!; PIDS+=("$tgt_pid")
  rc=0; wait "$lg_pid" || rc=$?
  if ! kill -0 "$tgt_pid" 2>/dev/null; then
    echo "WARNING: $name exited before the load ended; last log lines:"; tail -5 "$WORK/$name.log"
  fi
  kill "$tgt_pid" 2>/dev/null || true
  wait "$tgt_pid" 2>/dev/null || true
  [ "$rc" = 0 ] || { echo "load generator failed for $name (exit $rc); target log: $WORK/$name.log"; return "$rc"; }
}

TARGETS=${BENCH_TARGETS:-"thesisbot bare boltjs floor-javalin floor-node"}
COMPARE="warmup:mention-numeric:$RATE:$WARMUP main:mention-numeric:$RATE:$SECS high:mention-numeric:$HIGH_RATE:$HIGH_SECS"
THESISBOT_PHASES="warmup:mention-numeric:$RATE:$WARMUP main:mention-numeric:$RATE:$SECS \
mixed:mention-mixed:$RATE:$MIXED_SECS high:mention-numeric:$HIGH_RATE:$HIGH_SECS \
slash:slash-numeric:$RATE:$SLASH_SECS api:api-numeric:$RATE:$API_SECS"
COMPARE=${BENCH_COMPARE_PHASES:-$COMPARE}
FLOOR="warmup:mention-numeric:$RATE:$WARMUP main:mention-numeric:$RATE:$SECS"
THESISBOT_PHASES=${BENCH_THESISBOT_PHASES:-$THESISBOT_PHASES}
wanted() { [[ " $TARGETS " == *" $1 "* ]]; }

TB_FLAGS=("${JAVA_FLAGS[@]}")
if [ "$JFR" = 1 ]; then
  mkdir -p bench/results
  TB_FLAGS+=("-XX:StartFlightRecording=filename=$ROOT/bench/results/$STAMP-thesisbot.jfr,settings=profile,dumponexit=true")
fi

# (a) thesisbot itself, as shipped: the jar, Slack over HTTP, the Web API pointed at the fake.
wanted thesisbot && run_target thesisbot /health 1 "$THESISBOT_PHASES" java "${TB_FLAGS[@]}" -jar target/thesisbot.jar
# (b) the Bolt floor: Bolt for Java with default settings on the same Javalin adapter, acking and doing nothing.
wanted bare && run_target bare /health 0 "$COMPARE" java "${JAVA_FLAGS[@]}" -cp "$ROOT/target/thesisbot.jar:$ROOT/target/test-classes" \
  org.thesisbot.bench.BareBoltApp
# (c) what a team would otherwise pick: bolt-js with ExpressReceiver, acking and doing nothing.
if [ "$HAVE_NODE" = 1 ] && wanted boltjs; then
  run_target boltjs /health 0 "$COMPARE" node bench/boltjs/app.js
fi
# Reference floors: the bare HTTP servers under the two stacks (empty 200, no Bolt, no signature check).
wanted floor-javalin && run_target floor-javalin /health 0 "$FLOOR" java "${JAVA_FLAGS[@]}" \
  -cp "$ROOT/target/thesisbot.jar:$ROOT/target/test-classes" org.thesisbot.bench.JavalinFloorApp
if [ "$HAVE_NODE" = 1 ] && wanted floor-node; then
  run_target floor-node /health 0 "$FLOOR" node bench/boltjs/floor.js
fi

# --- JMH --------------------------------------------------------------------------------------------------
if [ "$RUN_JMH" = 1 ]; then
  log "JMH: $JMH_ARGS  (brain: interpreter+calculator, router, RoutingAssistant.ask; grounding: retrieval, extractive writer)"
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main 'org\.thesisbot\.bench\..*' -e EmbeddingModelsBenchmark $JMH_ARGS \
    -jvmArgsAppend "-Dfile.encoding=UTF-8 -DTHESISBOT_LOG_LEVEL=WARN" -rf json -rff "$WORK/jmh.json" >"$WORK/jmh.log" 2>&1 \
    || { echo "JMH failed; see $WORK/jmh.log"; tail -20 "$WORK/jmh.log"; }
  grep -E '^Benchmark|·p0.99 |:p0.99 ' "$WORK/jmh.log" | head -40 || true
fi

# --- report -----------------------------------------------------------------------------------------------
log "report"
mkdir -p bench/results
java -cp "$CP" org.thesisbot.bench.BenchReport --work "$WORK" --out "$OUT" \
  --meta "cores=$(nproc)" \
  --meta "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
  --meta "memory=$(free -g | awk '/Mem:/ {print $2 " GiB"}')" \
  --meta "os=$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)" \
  --meta "java=$(java -version 2>&1 | head -1)" \
  --meta "node=$( [ "$HAVE_NODE" = 1 ] && node --version || echo none)" \
  --meta "bolt_java=$(grep -m1 '<bolt.version>' pom.xml | sed 's/.*>\(.*\)<.*/\1/')" \
  --meta "bolt_js=$( [ "$HAVE_NODE" = 1 ] && node -p "require('./bench/boltjs/node_modules/@slack/bolt/package.json').version" || echo none)" \
  --meta "load_average_at_end=$(cut -d' ' -f1-3 /proc/loadavg)" \
  --meta "rate_per_s=$RATE" --meta "seconds=$SECS" --meta "warmup_seconds=$WARMUP" \
  --meta "high_rate_per_s=$HIGH_RATE" --meta "high_seconds=$HIGH_SECS" --meta "grace_seconds=$GRACE" \
  --meta "jmh_args=$JMH_ARGS" \
  --meta "note=load generator, target and fake Slack Web API share the same cores"

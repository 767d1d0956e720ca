#!/usr/bin/env bash
# bench/run.sh: thesisbot side by side with fair baselines (a bare Bolt for Java app and a minimal bolt-js app, each
# posting one canned reply per event through its SDK's normal client) and with ack-only floors, on one machine,
# in repeated interleaved rounds; then capacity (the open-loop rate stepped until end-to-end p99 > 100 ms); then
# the JMH micro-benchmarks. Writes bench/results/<UTC date>.json, prints tables, and its last line is:
#   bench ack_p99_ms=X bare_p99_ms=X boltjs_p99_ms=X ratio_vs_bare=X ratio_vs_boltjs=X e2e_p99_ms=X errors=N
#         missing=N duplicates=N rounds=N ratio_vs_bare_reply=X ratio_vs_boltjs_reply=X capacity_per_s=X
#         capacity_ratio_vs_bare_reply=X capacity_ratio_vs_boltjs_reply=X
# (one line). Latency figures are the median over the rounds of each round's p99; a ratio marked "(noise)" is one
# whose two min-max spreads overlap.
#
# Knobs (environment):
#   BENCH_QUICK=0                        1: a smoke run under 5 minutes (3 short rounds, no floors, extras or JMH,
#                                        coarse capacity); the same summary line, worth less
#   BENCH_ROUNDS=5                       rounds of the interleaved comparisons (A B C A B C ...)
#   BENCH_RATE=50 BENCH_SECONDS=20       "main": app_mention events/s and measured seconds per round, every target
#   BENCH_HIGH_RATE=100 BENCH_HIGH_SECONDS=20   "high": the same at 100/s, the replying targets only (the
#                                        numeric e2e target, and issue 7's ack benchmark)
#   BENCH_ROUND_WARMUP_SECONDS=5         before every measured window, the same load (discarded)
#   BENCH_WARMUP_RATE=100 BENCH_WARMUP_SECONDS=30   once per target before the rounds (JIT), the same for all
#   BENCH_EXTRA_SECONDS=20               thesisbot alone, once: mixed questions, /scenario acks, POST /api/ask
#   BENCH_CAPACITY=1                     0 skips capacity
#   BENCH_CAPACITY_RATES="50 100 200 400 800 1600 3200"  BENCH_CAPACITY_SECONDS=15  BENCH_CAPACITY_REFINE=2
#   BENCH_CAPACITY_LIMIT_MS=100          a step fails when e2e p99 exceeds this (or on an error/missing/busy reply)
#   BENCH_GRACE_SECONDS=10               how long to wait for replies after a phase before counting them missing
#   BENCH_PIN=1                          with >= 2 cores and taskset: load generator (and its fake Slack) on core 0,
#                                        every target on core 1; 0 leaves scheduling to the OS
#   BENCH_JMH=1                          0 skips JMH; BENCH_JMH_ARGS overrides its settings
#   BENCH_JFR=0                          1 records thesisbot and bare-reply with JFR into bench/results/<stamp>-*.jfr
#   BENCH_SKIP_BUILD=0                   1 reuses target/ as built
#   BENCH_TARGETS="thesisbot bare-reply boltjs-reply bare boltjs floor-javalin floor-node"   which targets run
#   BENCH_STAMP=<UTC yyyy-mm-dd>         the results file name
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
T0=$(date +%s)

QUICK=${BENCH_QUICK:-0}
if [ "$QUICK" = 1 ]; then
  D_ROUNDS=3; D_SECS=4; D_HIGH_SECS=4; D_ROUND_WARM=1; D_WARM_SECS=5; D_EXTRA=0; D_JMH=0
  D_RATES="100 400 1600"; D_CAP_SECS=3; D_REFINE=0
  D_TARGETS="thesisbot bare-reply boltjs-reply bare boltjs"
else
  D_ROUNDS=5; D_SECS=20; D_HIGH_SECS=20; D_ROUND_WARM=5; D_WARM_SECS=30; D_EXTRA=20; D_JMH=1
  D_RATES="50 100 200 400 800 1600 3200"; D_CAP_SECS=15; D_REFINE=2
  D_TARGETS="thesisbot bare-reply boltjs-reply bare boltjs floor-javalin floor-node"
fi
ROUNDS=${BENCH_ROUNDS:-$D_ROUNDS}
RATE=${BENCH_RATE:-50}
SECS=${BENCH_SECONDS:-$D_SECS}
HIGH_RATE=${BENCH_HIGH_RATE:-100}
HIGH_SECS=${BENCH_HIGH_SECONDS:-$D_HIGH_SECS}
ROUND_WARM=${BENCH_ROUND_WARMUP_SECONDS:-$D_ROUND_WARM}
WARM_RATE=${BENCH_WARMUP_RATE:-100}
WARM_SECS=${BENCH_WARMUP_SECONDS:-$D_WARM_SECS}
EXTRA_SECS=${BENCH_EXTRA_SECONDS:-$D_EXTRA}
CAPACITY=${BENCH_CAPACITY:-1}
CAP_RATES=${BENCH_CAPACITY_RATES:-$D_RATES}
CAP_SECS=${BENCH_CAPACITY_SECONDS:-$D_CAP_SECS}
CAP_REFINE=${BENCH_CAPACITY_REFINE:-$D_REFINE}
CAP_LIMIT=${BENCH_CAPACITY_LIMIT_MS:-100}
GRACE=${BENCH_GRACE_SECONDS:-10}
PIN=${BENCH_PIN:-1}
RUN_JMH=${BENCH_JMH:-$D_JMH}
JMH_ARGS=${BENCH_JMH_ARGS:-"-f 1 -wi 3 -w 2s -i 5 -r 2s -bm sample -tu us"}
JFR=${BENCH_JFR:-0}
TARGETS=${BENCH_TARGETS:-$D_TARGETS}
STAMP=${BENCH_STAMP:-$(date -u +%Y-%m-%d)}
OUT="bench/results/$STAMP.json"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-bench.XXXXXX")
mkdir -p "$WORK/pids"

. bench/lib.sh
bench_secrets
export THESISBOT_API_TOKEN="bench-api-token-7d1e4b"
JAVA_FLAGS=(-Dfile.encoding=UTF-8)   # the same for thesisbot and the Bolt for Java baselines

log() { printf '\n== %s\n' "$*"; }
wanted() { [[ " $TARGETS " == *" $1 "* ]]; }

# Machine-wide CPU busy (all processes, all cores) since the previous call: shows how loaded the machine was.
PREV_STAT=""
cpu_busy_since_last() {
  local now; now=$(head -1 /proc/stat)
  if [ -n "$PREV_STAT" ]; then
    awk -v a="$PREV_STAT" -v b="$now" 'BEGIN { n = split(a, x, " "); split(b, y, " "); t = 0;
      for (i = 2; i <= n; i++) t += y[i] - x[i]; idle = (y[5] - x[5]) + (y[6] - x[6]);
      if (t > 0) printf "%.0f%%", 100 * (t - idle) / t; else printf "?" }'
  else
    printf "n/a"
  fi
  PREV_STAT=$now
}
cpu_busy_since_last >/dev/null

# --- pinning --------------------------------------------------------------------------------------------
bench_pin "load generator and fake Slack on core 0, every target on core 1"

# --- build ---------------------------------------------------------------------------------------------
bench_build   # also compiles the test classes: load generator, baselines, JMH
BOLT_CP="$ROOT/target/thesisbot.jar:$ROOT/target/test-classes"

HAVE_NODE=0
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  log "bolt-js baselines: npm ci in bench/boltjs ($(node --version))"
  (cd bench/boltjs && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && HAVE_NODE=1
else
  echo "node/npm not found: the bolt-js baselines are skipped (NA in the summary)"
fi
if [ "$HAVE_NODE" = 0 ]; then
  TARGETS=$(echo " $TARGETS " | sed 's/ boltjs-reply / /; s/ boltjs / /; s/ floor-node / /')
fi

# --- the targets, all started before the load and kept up for the whole run ------------------------------
start_target() {  # start_target NAME COMMAND... (environment prefixes via env)
  local name=$1; shift
  local port; port=$(free_port)
  SLACK_API_URL=$FAKE_URL PORT=$port "${TGT_PIN[@]}" "$@" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid"); echo "$pid" >"$WORK/pids/$name.pid"
  LG_ARGS+=(--target "$name=http://127.0.0.1:$port")
  echo "  $name: pid $pid, 127.0.0.1:$port"
}

jfr_flags() {  # jfr_flags NAME
  [ "$JFR" = 1 ] && echo "-XX:StartFlightRecording=filename=$ROOT/bench/results/$STAMP-$1.jfr,settings=profile,dumponexit=true"
}

log "load generator: fake Slack Web API first (its URL goes to every target)  [pinning: $PINNING]"
FAKE_FILE="$WORK/fake.url"
LG_ARGS=(--fake-url-file "$FAKE_FILE" --pid-dir "$WORK/pids" --clock-ticks "$(getconf CLK_TCK 2>/dev/null || echo 100)"
         --target-core "$TARGET_CORE" --grace-seconds "$GRACE" --out "$WORK/loadgen.json")
# The targets need the fake's URL when they start and the load generator needs the targets' ports: the script picks
# the fake's port here, the generator binds it, and waits (up to 4 minutes) until every target answers /health.
FAKE_PORT=$(free_port)
FAKE_URL="http://127.0.0.1:$FAKE_PORT/api/"
LG_ARGS+=(--fake-port "$FAKE_PORT")
mkdir -p bench/results
log "targets: $TARGETS"
if wanted thesisbot; then start_target thesisbot java "${JAVA_FLAGS[@]}" $(jfr_flags thesisbot) -jar target/thesisbot.jar; fi
if wanted bare-reply; then
  start_target bare-reply env BENCH_REPLY=1 java "${JAVA_FLAGS[@]}" $(jfr_flags bare-reply) -cp "$BOLT_CP" org.thesisbot.bench.BareBoltApp
fi
if wanted boltjs-reply; then start_target boltjs-reply env BENCH_REPLY=1 node bench/boltjs/app.js; fi
if wanted bare; then start_target bare java "${JAVA_FLAGS[@]}" -cp "$BOLT_CP" org.thesisbot.bench.BareBoltApp; fi
if wanted boltjs; then start_target boltjs node bench/boltjs/app.js; fi
if wanted floor-javalin; then
  start_target floor-javalin java "${JAVA_FLAGS[@]}" -cp "$BOLT_CP" org.thesisbot.bench.JavalinFloorApp
fi
if wanted floor-node; then start_target floor-node node bench/boltjs/floor.js; fi

# --- the plan --------------------------------------------------------------------------------------------
REPLYING=$(for t in thesisbot bare-reply boltjs-reply; do if wanted "$t"; then printf '%s,' "$t"; fi; done | sed 's/,$//')
ALL=$(for t in $TARGETS; do printf '%s,' "$t"; done | sed 's/,$//')
if [ -n "$REPLYING" ]; then LG_ARGS+=(--replies "$REPLYING"); fi
LG_ARGS+=(--initial-warmup "mention-numeric:$WARM_RATE:$WARM_SECS" --rounds "$ROUNDS" --round-warmup-seconds "$ROUND_WARM")
LG_ARGS+=(--compare "main:mention-numeric:$RATE:$SECS@$ALL")
if [ -n "$REPLYING" ]; then LG_ARGS+=(--compare "high:mention-numeric:$HIGH_RATE:$HIGH_SECS@$REPLYING"); fi
if wanted thesisbot && [ "$EXTRA_SECS" -gt 0 ]; then
  LG_ARGS+=(--extra "thesisbot@mixed:mention-mixed:$RATE:$EXTRA_SECS" --extra "thesisbot@slash:slash-numeric:$RATE:$EXTRA_SECS"
            --extra "thesisbot@api:api-numeric:$RATE:$EXTRA_SECS")
fi
if [ "$CAPACITY" = 1 ]; then
  if wanted thesisbot; then
    LG_ARGS+=(--capacity thesisbot-numeric=thesisbot:mention-numeric --capacity thesisbot-narrative=thesisbot:mention-narrative)
  fi
  if wanted bare-reply; then LG_ARGS+=(--capacity bare-reply=bare-reply:mention-numeric); fi
  if wanted boltjs-reply; then LG_ARGS+=(--capacity boltjs-reply=boltjs-reply:mention-numeric); fi
  LG_ARGS+=(--capacity-rates "$(echo "$CAP_RATES" | tr ' ' ',')" --capacity-seconds "$CAP_SECS"
            --capacity-refine "$CAP_REFINE" --capacity-e2e-limit-ms "$CAP_LIMIT")
fi

log "load: $ROUNDS rounds; main ${RATE}/s x ${SECS} s; high ${HIGH_RATE}/s x ${HIGH_SECS} s; round warm-up ${ROUND_WARM} s; \
initial warm-up ${WARM_RATE}/s x ${WARM_SECS} s; capacity $([ "$CAPACITY" = 1 ] && echo "$CAP_RATES x ${CAP_SECS} s" || echo off) \
(load average: $(cut -d' ' -f1-3 /proc/loadavg))"
cpu_busy_since_last >/dev/null
"${LG_PIN[@]}" java -cp "$CP" org.thesisbot.bench.RoundsLoadGenerator "${LG_ARGS[@]}" | tee "$WORK/loadgen.log" &
LG_PID=$!; PIDS+=("$LG_PID")
rc=0; wait "$LG_PID" || rc=$?
LOAD_BUSY=$(cpu_busy_since_last)
for t in $TARGETS; do
  pid=$(cat "$WORK/pids/$t.pid")
  if ! kill -0 "$pid" 2>/dev/null; then echo "WARNING: $t exited before the load ended; last log lines:"; tail -5 "$WORK/$t.log"; fi
  kill "$pid" 2>/dev/null || true
done
for t in $TARGETS; do wait "$(cat "$WORK/pids/$t.pid")" 2>/dev/null || true; done
[ "$rc" = 0 ] || { echo "load generator failed (exit $rc); target logs in $WORK"; exit "$rc"; }

# --- JMH --------------------------------------------------------------------------------------------------
JMH_BUSY="n/a"
if [ "$RUN_JMH" = 1 ]; then
  log "JMH: $JMH_ARGS  (brain: reading+calculator, router, RoutingAssistant.ask; a Slack reply: question to posted form; grounding: retrieval, extractive writer; charts: bench/charts.sh)"
  cpu_busy_since_last >/dev/null
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main 'org\.thesisbot\.(bench\.(BrainBenchmark|grounding\.)|slack\.SlackReplyBenchmark).*' -e EmbeddingModelsBenchmark $JMH_ARGS \
    -jvmArgsAppend "-Dfile.encoding=UTF-8 -DTHESISBOT_LOG_LEVEL=WARN" -rf json -rff "$WORK/jmh.json" >"$WORK/jmh.log" 2>&1 \
    || { echo "JMH failed; see $WORK/jmh.log"; tail -20 "$WORK/jmh.log"; }
  JMH_BUSY=$(cpu_busy_since_last)
  grep -E '^Benchmark|·p0.99 |:p0.99 ' "$WORK/jmh.log" | head -40 || true
fi

# --- report -----------------------------------------------------------------------------------------------
log "report"
java -cp "$CP" org.thesisbot.bench.BenchReport --work "$WORK" --out "$OUT" \
  --meta "mode=$([ "$QUICK" = 1 ] && echo quick || echo full)" \
  --meta "cores=$(nproc)" \
  --meta "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
  --meta "memory=$(free -g | awk '/Mem:/ {print $2 " GiB"}')" \
  --meta "os=$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)" \
  --meta "java=$(java -version 2>&1 | head -1)" \
  --meta "gc=$("${TGT_PIN[@]}" java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 ~ /^Use(Serial|G1|Parallel|Z|Shenandoah)GC$/ && $4 == "true" {print $2}' | head -1) (the JVM's own choice on the targets' cores; the same flags for every JVM target)" \
  --meta "node=$( [ "$HAVE_NODE" = 1 ] && node --version || echo none)" \
  --meta "bolt_java=$(grep -m1 '<bolt.version>' pom.xml | sed 's/.*>\(.*\)<.*/\1/')" \
  --meta "bolt_js=$( [ "$HAVE_NODE" = 1 ] && node -p "require('./bench/boltjs/node_modules/@slack/bolt/package.json').version" || echo none)" \
  --meta "pinning=$PINNING" \
  --meta "machine_cpu_busy_during_load=$LOAD_BUSY" --meta "machine_cpu_busy_during_jmh=$JMH_BUSY" \
  --meta "load_average_at_end=$(cut -d' ' -f1-3 /proc/loadavg)" \
  --meta "rounds=$ROUNDS" --meta "rate_per_s=$RATE" --meta "seconds=$SECS" --meta "round_warmup_seconds=$ROUND_WARM" \
  --meta "high_rate_per_s=$HIGH_RATE" --meta "high_seconds=$HIGH_SECS" \
  --meta "initial_warmup=${WARM_RATE}/s x ${WARM_SECS} s" --meta "grace_seconds=$GRACE" \
  --meta "capacity=$([ "$CAPACITY" = 1 ] && echo "rates $CAP_RATES, ${CAP_SECS} s a step, $CAP_REFINE refinements, e2e p99 limit $CAP_LIMIT ms" || echo off)" \
  --meta "jmh_args=$([ "$RUN_JMH" = 1 ] && echo "$JMH_ARGS" || echo off)" \
  --meta "wall_seconds=$(( $(date +%s) - T0 ))"

#!/usr/bin/env bash
# bench/state.sh: what shared state costs, and whether restarts lose or repeat anything.
#
# Three configurations, all started before the load and kept up for the whole run:
#   memory  one replica, state in memory (the default)
#   redis   one replica, state in Redis (THESISBOT_REDIS_URL)
#   two     two replicas on one Redis, requests spread over both in turn (a load balancer)
# measured ONE AT A TIME, in interleaved rounds (memory redis two, memory redis two, ...) by one load generator,
# so no configuration's load disturbs another's figures and slow drifts of the machine hit all three alike.
# Load, two kinds, each reported as its own rows: signed app_mention events with numeric questions, each opening a
# thread ("main"), and follow-ups (BENCH_FOLLOWUPS=1): signed message events replying without a mention in a thread
# that config's bot answered, a numeric follow-up that reads the thread's figures and writes its new state (with two
# replicas, every other one reaches the replica that did not answer the thread). Open loop at BENCH_RATE/s.
# First an initial warm-up that settles each config before anything is measured: mentions, then follow-ups, at
# BENCH_WARMUP_RATE/s for BENCH_WARMUP_SECONDS (BENCH_WARMUP_FOLLOWUP_SECONDS) per replica, in blocks of
# BENCH_WARMUP_BLOCK_SECONDS whose p99s are printed, going on while a block's p99 is still under 0.85x the block's
# before, up to BENCH_WARMUP_MAX_SECONDS per replica (the report says "settled" or "STILL FALLING"). Why so long:
# in the 50/s runs of session 6 and 7, each replica's p99 was still falling after 8,000-12,000 requests (the rounds'
# p99 fell 16.8 -> 7.4 ms, 8.2 -> 3.6 ms); 250/s x 80 s gives each replica 20,000 mentions before the first round.
# Then every round runs each config for BENCH_ROUND_WARMUP_SECONDS (discarded) and BENCH_SECONDS measured: ack
# latency (until the HTTP response) and end-to-end latency (until the reply reaches the fake Slack Web API), both
# from the scheduled send time. Reported per config: the median over the rounds of each round's figure, with
# min-max, and the drift of e2e p99 from the first half of the rounds to the second (near 0 when warm); and what
# Redis adds: per round, redis minus memory (they ran seconds apart), median and min-max over the rounds.
# With BENCH_PIN=1 (default, >= 2 cores and taskset): load generator, fake Slack and Redis on core 0, every
# replica on core 1 (Redis sits where another machine would be; the bot's core is shared with nothing).
# Then restarts: two replicas on one Redis under BENCH_RESTART_RATE events/s while replica A is restarted
# BENCH_RESTARTS times (SIGTERM, wait for it to exit, start, wait for /ready). A request a replica refuses is
# delivered again to the other one, as Slack behind a load balancer would; every event must get exactly one reply.
# The load stops a few seconds after the last restart.
#
# BENCH_PART=latency: the latency comparison alone, for issue 13's "Redis adds under 1 ms to end-to-end p99" (numeric
# mentions). No restarts, no JMH, no follow-ups (BENCH_FOLLOWUPS=1 adds them, doubling the rounds' time). The same
# three configurations, pinning and settling warm-up (at most BENCH_WARMUP_MAX_SECONDS=100 per replica), then many
# rounds whose order turns by one each round (memory redis two, redis two memory, two memory redis, ...): 12 rounds of
# 2 s re-warm + 40 s measured at 50/s per configuration, 2,000 mentions each, so each round's p99 is its 20th slowest
# reply. Reported besides the usual tables: each configuration's ack and e2e p50/p99 pooled over all rounds, and the
# per-round paired differences of e2e p99 (redis minus memory, two minus memory) with their median, a bootstrap 95%
# interval (seeded; PairedRounds), a sign-test interval as a check, and the rounds under 1 ms; the verdict is "met" only
# when the bootstrap interval's upper bound is under 1 ms. Writes bench/results/state-latency-<BENCH_STAMP>.json; the
# last line is
#   bench-state-latency rounds=N per_round=N e2e_p99_pooled_ms memory=X redis=X two=X
#   redis_adds_p99_ms=X ci95=X..X under_1ms=K/N verdict=met|not_shown|missed two_adds_p99_ms=... load_problems=N
# Duration: build ~2 min (BENCH_SKIP_BUILD=1 after a build skips it), start ~1 min, warm-up 5.5-7 min, rounds
# 12 x 3 x 42.5 s = 25.5 min: about 33-35 minutes, 31-33 without the build.
#
# Writes bench/results/state-<BENCH_STAMP>.json, prints the tables; the last lines are
#   bench-state e2e_p99_ms memory=X redis=X two=X redis_adds_ms=X redis_adds_range_ms=X..X ack_p99_ms memory=X
#   redis=X two=X load_problems=N restarts=N duplicates=N missing=N errors=N
#   bench-state-followups e2e_p99_ms memory=X redis=X two=X redis_adds_ms=X redis_adds_range_ms=X..X ack_p99_ms ...
# Duration: build ~2 min; warm-up 8 min (up to 21 if p99 keeps falling); rounds BENCH_ROUNDS x 2.5 min (x 1.25
# without follow-ups); restarts ~5 min; JMH ~1.5 min. BENCH_ROUNDS=9 BENCH_JMH=0: about 40 minutes.
#
# Knobs: BENCH_PART=all (or latency: defaults then BENCH_SECONDS=40 BENCH_ROUND_WARMUP_SECONDS=2 BENCH_ROUNDS=12
#        BENCH_FOLLOWUPS=0 BENCH_WARMUP_MAX_SECONDS=100 BENCH_JMH=0, order turned each round, no restarts)
#        BENCH_RATE=50 BENCH_SECONDS=20 BENCH_ROUND_WARMUP_SECONDS=5 BENCH_ROUNDS=5 BENCH_FOLLOWUPS=1
#        BENCH_WARMUP_RATE=250 BENCH_WARMUP_SECONDS=80 BENCH_WARMUP_FOLLOWUP_SECONDS=40 BENCH_WARMUP_BLOCK_SECONDS=20
#        BENCH_WARMUP_MAX_SECONDS=160
#        BENCH_RESTARTS=20 BENCH_RESTART_RATE=20 BENCH_GRACE_SECONDS=15 BENCH_PIN=1 BENCH_SKIP_BUILD=0
#        BENCH_STAMP=<yyyy-mm-dd> BENCH_RESTARTS_ONLY=0 BENCH_ROUNDS_ONLY=0 BENCH_JFR=0 (1: a JFR profile of each
#        replica into the work directory)
#        BENCH_JMH=1 (0 skips DedupeBenchmark: claim latency of the in-memory dedupe set, Caffeine vs the old set)
#        BENCH_REDIS_NICE= (a niceness, e.g. -10: Redis at that priority, so that the load generator and fake Slack on
#        its core do not hold up its replies, as on a host of its own; bench/lib.sh says why Redis is raised rather
#        than the harness lowered; recorded as redis_nice in the JSON)
# Needs redis-server (apt-get install -y redis-server).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PART=${BENCH_PART:-all}
case "$PART" in
  all) D_SECS=20; D_ROUND_WARM=5; D_ROUNDS=5; D_FOLLOWUPS=1; D_WARMUP_MAX=160; D_JMH=1; ROTATE=() ;;
  latency) D_SECS=40; D_ROUND_WARM=2; D_ROUNDS=12; D_FOLLOWUPS=0; D_WARMUP_MAX=100; D_JMH=0; ROTATE=(--rotate) ;;
  *) echo "BENCH_PART is all (the default) or latency, not '$PART'"; exit 2 ;;
esac
RATE=${BENCH_RATE:-50}
SECS=${BENCH_SECONDS:-$D_SECS}
ROUND_WARM=${BENCH_ROUND_WARMUP_SECONDS:-$D_ROUND_WARM}
ROUNDS=${BENCH_ROUNDS:-$D_ROUNDS}
WARMUP=${BENCH_WARMUP_SECONDS:-80}
WARMUP_RATE=${BENCH_WARMUP_RATE:-250}
WARMUP_FOLLOWUPS=${BENCH_WARMUP_FOLLOWUP_SECONDS:-40}
WARMUP_BLOCK=${BENCH_WARMUP_BLOCK_SECONDS:-20}
WARMUP_MAX=${BENCH_WARMUP_MAX_SECONDS:-$D_WARMUP_MAX}
FOLLOWUPS=${BENCH_FOLLOWUPS:-$D_FOLLOWUPS}
JMH=${BENCH_JMH:-$D_JMH}
RESTARTS=${BENCH_RESTARTS:-20}
RESTART_RATE=${BENCH_RESTART_RATE:-20}
GRACE=${BENCH_GRACE_SECONDS:-15}
PIN=${BENCH_PIN:-1}
JFR=${BENCH_JFR:-0}
STAMP=${BENCH_STAMP:-$(date -u +%Y-%m-%d)}
OUT="bench/results/state-$STAMP.json"
[ "$PART" = latency ] && OUT="bench/results/state-latency-$STAMP.json"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-bench-state.XXXXXX")
mkdir -p "$WORK/pids"

. bench/lib.sh
bench_secrets
JAVA_FLAGS=(-Dfile.encoding=UTF-8)

command -v redis-server >/dev/null 2>&1 || { echo "bench/state.sh needs redis-server (apt-get install -y redis-server)"; exit 3; }

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_UTC=$(date -u +%Y-%m-%dT%H:%M:%SZ)

wait_ready() {   # wait_ready PORT PID: until GET /ready answers 200 (or the process is gone)
  for _ in $(seq 1 900); do
    kill -0 "$2" 2>/dev/null || return 1
    if ( exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
         && head -n 1 <&3 | grep -q ' 200 ' ) 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# --- pinning --------------------------------------------------------------------------------------------
bench_pin "load generator, fake Slack and Redis on core 0, every replica on core 1"
bench_build

# The embedding index, built once into the shared cache (replicas starting together would all build it).
THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" java "${JAVA_FLAGS[@]}" -jar target/thesisbot.jar ask "What stake does \$50B buy?" >/dev/null

# One Redis for the whole run: loopback, no persistence, its own directory.
REDIS_PORT=$(free_port)
bench_redis redis-server "$REDIS_PORT" "${LG_PIN[@]}"
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"

# start_replica NAME PORT FAKE_URL REDIS_URL(or "") PREFIX  -> pid in $STARTED
start_replica() {
  local name=$1 port=$2 fake=$3 redis=$4 prefix=$5 jfr=()
  [ "$JFR" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$WORK/$name.jfr,settings=profile,dumponexit=true")
  env PORT="$port" SLACK_API_URL="$fake" THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" \
      ${redis:+THESISBOT_REDIS_URL=$redis} THESISBOT_STATE_REDIS_KEY_PREFIX="$prefix" \
      "${TGT_PIN[@]}" java "${JAVA_FLAGS[@]}" "${jfr[@]}" -jar target/thesisbot.jar >>"$WORK/$name.log" 2>&1 &
  STARTED=$!; PIDS+=("$STARTED")
}

# --- memory, redis and two: one at a time, interleaved rounds ------------------------------------------------
DONE_ROUNDS=0
if [ "${BENCH_RESTARTS_ONLY:-0}" != 1 ]; then
  LOADS=1; [ "$FOLLOWUPS" = 1 ] && LOADS=2
  log "rounds: memory, redis, two one at a time${ROTATE:+, the order turned by one each round}; $ROUNDS rounds of ${ROUND_WARM} s warm-up + ${SECS} s at ${RATE}/s each ($((SECS * RATE)) requests a configuration a round; rounds about $(( ROUNDS * LOADS * 3 * (ROUND_WARM + SECS + 1) / 60 )) min after a warm-up of about $(( LOADS == 2 ? (4 * (WARMUP + WARMUP_FOLLOWUPS)) / 60 : (4 * WARMUP) / 60 ))-$(( 4 * WARMUP_MAX * LOADS / 60 )) min) [pinning: $PINNING; Redis: $REDIS_NICING]"
  WARM_ARGS=(--initial-warmup "mention-numeric:$WARMUP_RATE:$WARMUP" --warmup-per-replica
             --warmup-block-seconds "$WARMUP_BLOCK" --warmup-max-seconds "$WARMUP_MAX")
  COMPARE_ARGS=(--compare "main:mention-numeric:$RATE:$SECS@memory,redis,two")
  if [ "$FOLLOWUPS" = 1 ]; then
    WARM_ARGS+=(--initial-warmup "followup-numeric:$WARMUP_RATE:$WARMUP_FOLLOWUPS")
    COMPARE_ARGS+=(--compare "followup:followup-numeric:$RATE:$SECS@memory,redis,two")
  fi
  FAKE_FILE="$WORK/fake.url"
  declare -A URLS
  LG_ARGS=()
  for config in memory redis two; do
    n=1; [ "$config" = two ] && n=2
    URLS[$config]=""
    for i in $(seq 1 "$n"); do p=$(free_port); URLS[$config]+="${URLS[$config]:+,}http://127.0.0.1:$p"; done
    LG_ARGS+=(--target "$config=${URLS[$config]}")
  done
  "${LG_PIN[@]}" java -cp "$CP" org.thesisbot.bench.RoundsLoadGenerator "${LG_ARGS[@]}" --replies memory,redis,two \
    --fake-url-file "$FAKE_FILE" --pid-dir "$WORK/pids" --clock-ticks "$(getconf CLK_TCK 2>/dev/null || echo 100)" \
    --target-core "$TARGET_CORE" --grace-seconds "$GRACE" --out "$WORK/loadgen.json" \
    "${WARM_ARGS[@]}" --rounds "$ROUNDS" "${ROTATE[@]}" --round-warmup-seconds "$ROUND_WARM" "${COMPARE_ARGS[@]}" \
    | tee "$WORK/loadgen.log" &
  LG=$!; PIDS+=("$LG")
  for _ in $(seq 1 300); do [ -f "$FAKE_FILE" ] && break; sleep 0.1; done
  FAKE=$(cat "$FAKE_FILE")
  REPLICAS=()
  for config in memory redis two; do
    redis=""; [ "$config" != memory ] && redis=$REDIS_URL
    i=0; : >"$WORK/pids/$config.pid"
    for url in ${URLS[$config]//,/ }; do
      start_replica "$config-$i" "${url##*:}" "$FAKE" "$redis" "bench-$config:"
      echo "$STARTED" >>"$WORK/pids/$config.pid"; REPLICAS+=("$STARTED"); i=$((i + 1))
    done
  done
  rc=0; wait "$LG" || rc=$?
  for pid in "${REPLICAS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ "$rc" = 0 ] || { echo "the load generator failed (exit $rc): $WORK/loadgen.log"; exit "$rc"; }
  DONE_ROUNDS=$ROUNDS
fi

# --- restarts under load --------------------------------------------------------------------------------
DONE_RESTARTS=0
if [ "${BENCH_ROUNDS_ONLY:-0}" != 1 ] && [ "$PART" != latency ]; then
  RESTART_SECS=$(( RESTARTS * 30 + 60 ))   # an upper bound: the load stops (stop file) 5 s after the last restart
  log "restarts: two replicas on one Redis, $RESTART_RATE events/s, replica A restarted $RESTARTS times"
  fake_file="$WORK/restarts.fake-url"; STOP="$WORK/restarts.stop"
  PA=$(free_port); PB=$(free_port)
  "${LG_PIN[@]}" java -cp "$CP" org.thesisbot.bench.LoadGenerator --target restarts --url "http://127.0.0.1:$PA" \
    --url "http://127.0.0.1:$PB" --failover --ready-path /ready --fake-url-file "$fake_file" --grace-seconds "$GRACE" \
    --out "$WORK/restarts.json" --stop-file "$STOP" --replies --phase "restarts:mention-numeric:$RESTART_RATE:$RESTART_SECS" &
  LG=$!; PIDS+=("$LG")
  for _ in $(seq 1 300); do [ -f "$fake_file" ] && break; sleep 0.1; done
  FAKE=$(cat "$fake_file")
  start_replica restarts-a "$PA" "$FAKE" "$REDIS_URL" "bench-restarts:"; A=$STARTED
  start_replica restarts-b "$PB" "$FAKE" "$REDIS_URL" "bench-restarts:"; B=$STARTED
  wait_ready "$PA" "$A"; wait_ready "$PB" "$B"
  sleep 5
  for r in $(seq 1 "$RESTARTS"); do
    kill -0 "$LG" 2>/dev/null || break
    t0=$(date +%s%N)
    kill -TERM "$A"; wait "$A" 2>/dev/null || true
    t1=$(date +%s%N)
    start_replica restarts-a "$PA" "$FAKE" "$REDIS_URL" "bench-restarts:"; A=$STARTED
    wait_ready "$PA" "$A" || { echo "replica A did not come back after restart $r"; break; }
    t2=$(date +%s%N)
    DONE_RESTARTS=$r
    printf 'restart %2d: stopped in %d ms, ready again in %d ms\n' "$r" $(( (t1 - t0) / 1000000 )) $(( (t2 - t1) / 1000000 ))
    sleep 2
  done
  sleep 5; touch "$STOP"
  rc=0; wait "$LG" || rc=$?
  kill "$A" "$B" 2>/dev/null || true
  [ "$rc" = 0 ] || { echo "load generator failed for the restarts (exit $rc)"; exit "$rc"; }
fi

# --- the dedupe set on the ack path (issue 10, item 18): Caffeine against the hand-written set it replaced ----
if [ "$JMH" = 1 ]; then
  log "JMH: DedupeBenchmark (claim latency near the cap, sample mode)"
  java -cp "$CP" org.openjdk.jmh.Main 'DedupeBenchmark' -f 1 -wi 2 -w 5s -i 3 -r 10s -bm sample -tu us \
    -rf json -rff "$WORK/jmh-dedupe.json" >"$WORK/jmh-dedupe.log" 2>&1 || echo "JMH failed: $WORK/jmh-dedupe.log"
  grep -E '^DedupeBenchmark.*(p0.50|p0.99|p0.999|p1.00) ' "$WORK/jmh-dedupe.log" || true
fi

# --- report -----------------------------------------------------------------------------------------------
log "report"
mkdir -p bench/results
[ -f "$WORK/loadgen.json" ] || echo '{}' >"$WORK/loadgen.json"
java -cp "$CP" org.thesisbot.bench.StateBenchReport --loadgen "$WORK/loadgen.json" --restarts-json "$WORK/restarts.json" \
  --jmh "$WORK/jmh-dedupe.json" --out "$OUT" --restarts "$DONE_RESTARTS" --part "$PART" \
  --meta "started_utc=$STARTED_UTC" --meta "finished_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  --meta "cores=$(nproc)" \
  --meta "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
  --meta "memory=$(free -g | awk '/Mem:/ {print $2 " GiB"}')" \
  --meta "os=$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)" \
  --meta "java=$(java -version 2>&1 | head -1)" \
  --meta "redis=$(redis-server --version | cut -d' ' -f3)" \
  --meta "load_average_at_start=$LOAD_AT_START" --meta "load_average_at_end=$(cut -d' ' -f1-3 /proc/loadavg)" \
  --meta "part=$PART" \
  --meta "method=memory, redis and two measured one at a time in interleaved rounds ($([ "$PART" = latency ] && echo "the order turned by one each round: memory redis two, redis two memory, two memory redis, ..." || echo "memory redis two, ...")), one load generator" \
  --meta "pinning=$PINNING" \
  --meta "redis_nice=$REDIS_NICING" \
  --meta "rate_per_s=$RATE" --meta "seconds=$SECS" --meta "round_warmup_seconds=$ROUND_WARM" --meta "rounds=$DONE_ROUNDS" \
  --meta "initial_warmup=per replica: mentions ${WARMUP} s, follow-ups ${WARMUP_FOLLOWUPS} s (if BENCH_FOLLOWUPS=1: $FOLLOWUPS) at ${WARMUP_RATE}/s, blocks of ${WARMUP_BLOCK} s, on while p99 < 0.85x the block before, up to ${WARMUP_MAX} s" \
  --meta "restart_rate_per_s=$RESTART_RATE" --meta "grace_seconds=$GRACE"
echo "work files (logs, load generator JSON): $WORK"

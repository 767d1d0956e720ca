#!/usr/bin/env bash
# bench/state.sh: what shared state costs, and whether restarts lose or repeat anything.
#
# Side by side, at the same time, repeated BENCH_REPEATS times:
#   memory  one replica, state in memory (the default)
#   redis   one replica, state in Redis (THESISBOT_REDIS_URL)
#   two     two replicas on one Redis, requests spread over both in turn (a load balancer)
# Each has its own load generator; all three hold their first phase until one common start time, so they send
# the same schedule at the same moment and share whatever else the machine is doing (this machine is shared:
# comparing runs taken minutes apart measured the neighbours more than Redis). Load: signed app_mention events
# with numeric questions, open loop at BENCH_RATE/s per config, BENCH_WARMUP_SECONDS of warm-up then
# BENCH_SECONDS measured: ack latency (until the HTTP response) and end-to-end latency (until the reply reaches
# the fake Slack Web API), both from the scheduled send time.
# Then restarts: two replicas on one Redis under BENCH_RESTART_RATE events/s while replica A is restarted
# BENCH_RESTARTS times (SIGTERM, wait for it to exit, start, wait for /ready). A request a replica refuses is
# delivered again to the other one, as Slack behind a load balancer would; every event must get exactly one reply.
#
# Writes bench/results/state-<UTC date>.json, prints a table; the last line is
#   bench-state e2e_p99_ms memory=X redis=X two=X redis_adds_ms=X ack_p99_ms memory=X redis=X two=X ... restarts=N duplicates=N missing=N errors=N
#
# Knobs: BENCH_RATE=20 BENCH_SECONDS=60 BENCH_WARMUP_SECONDS=30 BENCH_REPEATS=3 BENCH_RESTARTS=20
#        BENCH_RESTART_RATE=20 BENCH_GRACE_SECONDS=15 BENCH_SKIP_BUILD=0 BENCH_STAMP=<yyyy-mm-dd>
# Needs redis-server (apt-get install -y redis-server).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RATE=${BENCH_RATE:-20}
SECS=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP_SECONDS:-30}
REPEATS=${BENCH_REPEATS:-3}
RESTARTS=${BENCH_RESTARTS:-20}
RESTART_RATE=${BENCH_RESTART_RATE:-20}
GRACE=${BENCH_GRACE_SECONDS:-15}
STAMP=${BENCH_STAMP:-$(date -u +%Y-%m-%d)}
OUT="bench/results/state-$STAMP.json"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-bench-state.XXXXXX")

export SLACK_SIGNING_SECRET="bench-signing-secret-4f2a9c1d7e"
export SLACK_BOT_TOKEN="xoxb-0000-bench-token"
JAVA_FLAGS=(-Dfile.encoding=UTF-8)

command -v redis-server >/dev/null 2>&1 || { echo "bench/state.sh needs redis-server (apt-get install -y redis-server)"; exit 3; }

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

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  log "build: mvn -q -B -DskipTests package"
  mvn -q -B -DskipTests package
  mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/bench.cp)"

# The embedding index, built once into the shared cache (replicas starting together would all build it).
THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" java "${JAVA_FLAGS[@]}" -jar target/thesisbot.jar ask "What stake does \$50B buy?" >/dev/null

# One Redis for the whole run: loopback, no persistence, its own directory.
REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" \
  --logfile "$WORK/redis.log" --daemonize no &
REDIS_PID=$!; PIDS+=("$REDIS_PID")
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && break; sleep 0.05; done
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"

# start_replica NAME PORT FAKE_URL REDIS_URL(or "") PREFIX  -> pid in $STARTED
start_replica() {
  local name=$1 port=$2 fake=$3 redis=$4 prefix=$5
  env PORT="$port" SLACK_API_URL="$fake" THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" \
      ${redis:+THESISBOT_REDIS_URL=$redis} THESISBOT_STATE_REDIS_KEY_PREFIX="$prefix" \
      java "${JAVA_FLAGS[@]}" -jar target/thesisbot.jar >>"$WORK/$name.log" 2>&1 &
  STARTED=$!; PIDS+=("$STARTED")
}

# run_repeat RUN: the three configs at once, their load generators starting together
run_repeat() {
  local run=$1 start_at config fake_file prefix redis n i p rc=0
  local lgs=() replicas=()
  start_at=$(( $(date +%s%3N) + 120000 ))   # two minutes for every replica to start on a busy machine
  log "run $run of $REPEATS: memory, redis and two at once, common start in 120 s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  for config in memory redis two; do
    fake_file="$WORK/$config-$run.fake-url"; prefix="bench-$config-$run:"
    redis=""; [ "$config" != memory ] && redis=$REDIS_URL
    n=1; [ "$config" = two ] && n=2
    local ports=() urls=()
    for i in $(seq 1 "$n"); do p=$(free_port); ports+=("$p"); urls+=(--url "http://127.0.0.1:$p"); done
    java -cp "$CP" org.thesisbot.bench.LoadGenerator --target "$config-$run" "${urls[@]}" --ready-path /ready \
      --fake-url-file "$fake_file" --grace-seconds "$GRACE" --out "$WORK/$config-$run.json" --replies \
      --start-at "$start_at" --phase "warmup:mention-numeric:$RATE:$WARMUP" --phase "main:mention-numeric:$RATE:$SECS" &
    lgs+=($!); PIDS+=($!)
    for _ in $(seq 1 300); do [ -f "$fake_file" ] && break; sleep 0.1; done
    for i in $(seq 0 $((n - 1))); do
      start_replica "$config-$run-$i" "${ports[$i]}" "$(cat "$fake_file")" "$redis" "$prefix"
      replicas+=("$STARTED")
    done
  done
  for pid in "${lgs[@]}"; do wait "$pid" || rc=$?; done
  for pid in "${replicas[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ "$rc" = 0 ] || { echo "a load generator failed in run $run (exit $rc)"; return "$rc"; }
}

for run in $(seq 1 "$REPEATS"); do
  run_repeat "$run"
done

# --- restarts under load --------------------------------------------------------------------------------
RESTART_SECS=$(( RESTARTS * 15 + 20 ))
log "restarts: two replicas on one Redis, $RESTART_RATE events/s for up to $RESTART_SECS s, replica A restarted $RESTARTS times"
fake_file="$WORK/restarts.fake-url"
PA=$(free_port); PB=$(free_port)
java -cp "$CP" org.thesisbot.bench.LoadGenerator --target restarts --url "http://127.0.0.1:$PA" --url "http://127.0.0.1:$PB" \
  --failover --ready-path /ready --fake-url-file "$fake_file" --grace-seconds "$GRACE" --out "$WORK/restarts.json" \
  --replies --phase "restarts:mention-numeric:$RESTART_RATE:$RESTART_SECS" &
LG=$!; PIDS+=("$LG")
for _ in $(seq 1 300); do [ -f "$fake_file" ] && break; sleep 0.1; done
FAKE=$(cat "$fake_file")
start_replica restarts-a "$PA" "$FAKE" "$REDIS_URL" "bench-restarts:"; A=$STARTED
start_replica restarts-b "$PB" "$FAKE" "$REDIS_URL" "bench-restarts:"; B=$STARTED
wait_ready "$PA" "$A"; wait_ready "$PB" "$B"
sleep 5
DONE_RESTARTS=0
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
echo "$DONE_RESTARTS" > "$WORK/restarts.count"
rc=0; wait "$LG" || rc=$?
kill "$A" "$B" 2>/dev/null || true
[ "$rc" = 0 ] || { echo "load generator failed for the restarts (exit $rc)"; exit "$rc"; }

# --- report -----------------------------------------------------------------------------------------------
mkdir -p bench/results
java -cp "$CP" org.thesisbot.bench.StateBenchReport --work "$WORK" --out "$OUT" --repeats "$REPEATS" \
  --restarts "$DONE_RESTARTS" \
  --meta "cores=$(nproc)" \
  --meta "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
  --meta "memory=$(free -g | awk '/Mem:/ {print $2 " GiB"}')" \
  --meta "os=$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)" \
  --meta "java=$(java -version 2>&1 | head -1)" \
  --meta "redis=$(redis-server --version | cut -d' ' -f3)" \
  --meta "load_average_at_end=$(cut -d' ' -f1-3 /proc/loadavg)" \
  --meta "rate_per_s=$RATE" --meta "seconds=$SECS" --meta "warmup_seconds=$WARMUP" --meta "repeats=$REPEATS" \
  --meta "restart_rate_per_s=$RESTART_RATE" --meta "grace_seconds=$GRACE" \
  --meta "note=load generator, replicas, Redis and the fake Slack Web API share the same cores"
echo "work files (logs, per-run JSON): $WORK"

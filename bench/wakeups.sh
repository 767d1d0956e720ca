#!/usr/bin/env bash
# bench/wakeups.sh: which threads of a replica run for an answered mention, and how often they are woken or have the
# core taken from them, with state in memory and in Redis. Counts, unlike latencies, hardly depend on how busy the
# machine is, so this can be run on a shared machine: a thread woken once per question is woken once per question.
#
# Two replicas, both up for the whole run, pinned to core 1 (the load generator, fake Slack and Redis to core 0, as in
# state.sh): memory and redis (THESISBOT_REDIS_URL). One load generator warms both up, then measures them one at a time
# in interleaved rounds of signed numeric app_mention events (open loop). When the rounds begin and when they end, every
# thread's /proc/PID/task/TID/schedstat (run and wait time, times scheduled in) and context switches (voluntary: it
# slept and was woken; involuntary: the core was taken from it) are read; ThreadWakeups prints the difference per
# answered mention and thread name, cut to 15 characters by Linux (slack-answer: the answer workers; redis-health: the Redis
# health probe, and until session 10 lettuce-nioEven: Redis I/O; state-maintenan: the state caches' upkeep;
# CompletableFutu(reDelayScheduler): their expiry timers). The last line is
#   bench-wakeups scheduled_in memory=X redis=X woken memory=X redis=X worker_preempted memory=X redis=X
# About 6 minutes with the defaults (after a build; 7-8 on a busy machine).
#
# Knobs: BENCH_RATE=20 BENCH_SECONDS=50 BENCH_ROUNDS=2 BENCH_WARMUP_RATE=100 BENCH_WARMUP_SECONDS=40 BENCH_PIN=1
#        BENCH_SKIP_BUILD=0
# Needs redis-server and Linux' /proc.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RATE=${BENCH_RATE:-20}
SECS=${BENCH_SECONDS:-50}
ROUNDS=${BENCH_ROUNDS:-2}
WARMUP_RATE=${BENCH_WARMUP_RATE:-100}
WARMUP=${BENCH_WARMUP_SECONDS:-40}
PIN=${BENCH_PIN:-1}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-bench-wakeups.XXXXXX")

. bench/lib.sh
bench_secrets
command -v redis-server >/dev/null 2>&1 || { echo "bench/wakeups.sh needs redis-server (apt-get install -y redis-server)"; exit 3; }
[ -r /proc/self/schedstat ] || { echo "bench/wakeups.sh needs Linux' /proc/PID/task/TID/schedstat"; exit 3; }

bench_pin "load generator, fake Slack and Redis on core 0, both replicas on core 1"
bench_build

THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" java -Dfile.encoding=UTF-8 -jar target/thesisbot.jar ask "What stake does \$50B buy?" >/dev/null

REDIS_PORT=$(free_port)
"${LG_PIN[@]}" redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" \
  --logfile "$WORK/redis.log" --daemonize no &
PIDS+=($!)
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && break; sleep 0.05; done

FAKE_PORT=$(free_port); PM=$(free_port); PR=$(free_port)
declare -A PID_OF
for config in memory redis; do
  port=$PM; redis=""
  [ "$config" = redis ] && { port=$PR; redis="redis://127.0.0.1:$REDIS_PORT/0"; }
  env PORT="$port" SLACK_API_URL="http://127.0.0.1:$FAKE_PORT/api/" THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" \
      ${redis:+THESISBOT_REDIS_URL=$redis} "${TGT_PIN[@]}" java -Dfile.encoding=UTF-8 -jar target/thesisbot.jar \
      >"$WORK/$config.log" 2>&1 &
  PID_OF[$config]=$!; PIDS+=($!)
done

snapshot() {   # snapshot PID FILE: one line per thread: tid, name, schedstat, voluntary and involuntary switches
  local t
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\t%s\t%s\t%s\n' "${t##*/}" "$(cat "$t/comm" 2>/dev/null)" "$(cat "$t/schedstat" 2>/dev/null)" \
      "$(awk '/^voluntary_ctxt_switches/ {print $2}' "$t/status" 2>/dev/null)" \
      "$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' "$t/status" 2>/dev/null)"
  done >"$2"
}

echo "wake-ups: memory and redis replicas on core 1; warm-up ${WARMUP} s at ${WARMUP_RATE}/s each, then $ROUNDS rounds of ${SECS} s at ${RATE}/s each"
"${LG_PIN[@]}" java -cp "$CP" org.thesisbot.bench.RoundsLoadGenerator --fake-port "$FAKE_PORT" \
  --target "memory=http://127.0.0.1:$PM" --target "redis=http://127.0.0.1:$PR" --replies memory,redis \
  --out "$WORK/loadgen.json" --rounds-start-file "$WORK/rounds.start" \
  --initial-warmup "mention-numeric:$WARMUP_RATE:$WARMUP" --rounds "$ROUNDS" \
  --compare "main:mention-numeric:$RATE:$SECS@memory,redis" >"$WORK/loadgen.log" 2>&1 &
LG=$!; PIDS+=("$LG")
while [ ! -s "$WORK/rounds.start" ]; do
  kill -0 "$LG" 2>/dev/null || { echo "the load generator failed: $WORK/loadgen.log"; exit 1; }
  sleep 0.05
done
for config in memory redis; do snapshot "${PID_OF[$config]}" "$WORK/$config-before.tsv"; done
rc=0; wait "$LG" || rc=$?
for config in memory redis; do snapshot "${PID_OF[$config]}" "$WORK/$config-after.tsv"; done
[ "$rc" = 0 ] || { echo "the load generator failed (exit $rc): $WORK/loadgen.log"; exit "$rc"; }
grep -h "\] main " "$WORK/loadgen.log" || true
java -cp "$CP" org.thesisbot.bench.ThreadWakeups --loadgen "$WORK/loadgen.json" --snapshots "$WORK"
echo "work files: $WORK"

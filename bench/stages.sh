#!/usr/bin/env bash
# bench/stages.sh: where an answered Slack mention's time goes, stage by stage, with state in memory and in Redis.
#
# Two replicas, both up for the whole run: memory (state in process) and redis (THESISBOT_REDIS_URL), each started
# with -Dthesisbot.stages=FILE, which makes it write one line per answered question: the time from the question
# reaching the intake to the end of each stage (admission sent or decided, worker started, draft computed, admission
# decided, answer computed or kept with its state saved, reply posted); see src/main/java/org/thesisbot/slack/Stages.java.
# The load is state.sh's: signed numeric app_mention events, open loop at BENCH_RATE/s, one configuration at a time in
# alternating rounds (memory redis, memory redis, ...) by one load generator, replicas pinned to core 1 and the load
# generator, fake Slack and Redis to core 0 (BENCH_PIN=1; BENCH_REDIS_ALONE=1 gives Redis core 0 to itself and puts
# the load generator and fake Slack on core 1 with the replicas). The initial warm-up's lines are left out of the table.
# With BENCH_INTERLEAVE=1 every configuration is loaded at the same time instead (see below).
#
# Prints, per stage, p50 / p99 in microseconds for each configuration ("until X": from the intake to the end of X;
# "own PATH A>B": the stage's own time on that path, drafted = answer computed while the admission was out), then where
# the slowest 1% by "posted" spent their time (each own stage's median among them / among all questions), then the
# load generator's own ack and end-to-end figures per round and pooled over all rounds (org.thesisbot.bench.PooledLoad:
# per configuration ack and e2e p50 / p99, the pooled e2e p99 minus memory's, and the per-round paired differences
# with a bootstrap interval), then the stages outside the bot (org.thesisbot.bench.EdgeSummary: each measured event's
# stage line joined with the load generator's record of it, on the host's one monotonic clock: the load generator's
# send lag, its request's way to the bot's endpoint, the signature check and Bolt's parsing before the intake, the
# bot's own stages until the answer is computed, the post's way to the fake Slack; e2e, and "outside" = e2e minus the
# bot's own stages; then the fake's handling and the answer's way back, which the bot's "posted" includes and e2e does
# not; and where the slowest 1% by e2e spent it), and the Redis replica's round trips by op; the stage table's last line is
#   bench-stages n memory=N redis=N posted_p50_us memory=X redis=X posted_p99_us memory=X redis=X
# and the pooled load generator table's
#   bench-stages-loadgen main rounds=N n memory=N redis=N ack_p50_ms memory=X redis=X ack_p99_ms ... e2e_p50_ms ...
#   e2e_p99_ms memory=X redis=X e2e_p99_minus_memory_ms redis=X
#   missing memory=N redis=N duplicates memory=N redis=N order=interleaved|rotated|fixed
# and the outside table's
#   bench-edges n memory=N redis=N e2e_p99_us memory=X redis=X outside_p99_us memory=X redis=X
# With BENCH_OUT=FILE the three tables are also written there. Defaults: a few minutes; a smoke run, e.g.
#   BENCH_RATE=20 BENCH_SECONDS=5 BENCH_ROUNDS=2 BENCH_WARMUP_SECONDS=10 BENCH_SKIP_BUILD=1 bash bench/stages.sh
# Issue 13's "Redis adds under 1 ms to e2e p99", both replicas at once, 20 paired blocks of 30 s (~12 min after the build):
#   BENCH_INTERLEAVE=1 BENCH_REDIS_NICE=-10 BENCH_ROUNDS=20 BENCH_SECONDS=30 BENCH_ROUND_WARMUP_SECONDS=0 bash bench/stages.sh
# and with Redis on a core of its own instead, the harness with the replicas: the same with BENCH_REDIS_ALONE=1 (below).
#
# BENCH_WORKLOAD=followup-numeric measures follow-ups instead (message events without a mention in threads the replica
# answered, which read and write the thread's state): the initial warm-up then opens threads with mentions first.
# The initial warm-up (state.sh's settling options: BENCH_WARMUP_RATE, BENCH_WARMUP_BLOCK_SECONDS,
# BENCH_WARMUP_MAX_SECONDS) is left out of the table: the load generator writes when the rounds begin.
#
# Knobs: BENCH_RATE=50 BENCH_SECONDS=20 BENCH_ROUND_WARMUP_SECONDS=5 BENCH_ROUNDS=3 BENCH_WARMUP_SECONDS=30
#        BENCH_WARMUP_RATE=BENCH_RATE BENCH_WARMUP_BLOCK_SECONDS=0 (one block) BENCH_WARMUP_MAX_SECONDS=0
#        BENCH_GRACE_SECONDS=10 BENCH_PIN=1 BENCH_SKIP_BUILD=0 BENCH_OUT= BENCH_WORKLOAD=mention-numeric
#        BENCH_JFR=0 (1: a JFR recording of each replica, settings=profile, into the work directory)
#        BENCH_REDIS_ON_TARGET_CORE=0 (1: a third configuration, redis1, whose own Redis runs on the replicas' core 1
#        rather than on core 0 with the load generator and fake Slack: what the placement of Redis costs)
#        BENCH_REDIS_ALONE=0 (1: another placement. Redis alone on core 0; the load generator, the fake Slack (in the
#        load generator's process) and every replica on core 1, so that Redis' replies do not wait behind the harness
#        on core 0, as with Redis on a host of its own; the harness then competes with the replicas for core 1, in every
#        configuration alike. The Redis of BENCH_BASELINE_JAR's "base" is on core 0 too, redis1 of
#        BENCH_REDIS_ON_TARGET_CORE stays on core 1. The load generator's other-on-target-core figure then includes
#        the load generator and fake Slack themselves. Needs pinning: with BENCH_PIN=0, one core or no taskset the
#        bench stops rather than run another placement. The rounds' log line says the placement, in [pinning: ...])
#        BENCH_ROTATE=0 (1: the order of the configurations turns by one each round, as state.sh's latency part)
#        BENCH_INTERLEAVE=0 (1: A/B at the same time. Every round loads all the configurations at once, each at
#        BENCH_RATE/s (core 1 then serves twice the events): time is cut into slots of 1/BENCH_RATE s, and each slot sends
#        one event to each configuration, 1/(2 x BENCH_RATE) s apart, in an order drawn per slot from a seeded
#        SplittableRandom (RoundsLoadGenerator.interleaved), so both see the same moment-to-moment machine noise. Each
#        round's BENCH_SECONDS is then one time block, one pair: the pooled table says "blocks", and the paired line is
#        redis minus memory's e2e p99 in the same block, its median and bootstrap 95% interval (PairedRounds).
#        BENCH_ROTATE does nothing then; BENCH_ROUND_WARMUP_SECONDS=0 is fine, as no round switches configuration)
#        BENCH_BASELINE_JAR= (a jar: a configuration "base", a Redis replica running that build on a Redis of its own,
#        to compare two builds side by side in one run)
#        BENCH_REDIS_NICE= (a niceness, e.g. -10: every redis-server of the run at that priority, so that the load
#        generator and fake Slack on its core do not hold up its replies, as on a host of its own; bench/lib.sh says
#        why Redis is raised rather than the harness lowered; the rounds' log line says what was done)
# Needs redis-server (apt-get install -y redis-server).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RATE=${BENCH_RATE:-50}
SECS=${BENCH_SECONDS:-20}
ROUND_WARM=${BENCH_ROUND_WARMUP_SECONDS:-5}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP_SECONDS:-30}
GRACE=${BENCH_GRACE_SECONDS:-10}
PIN=${BENCH_PIN:-1}
WORKLOAD=${BENCH_WORKLOAD:-mention-numeric}
WARMUP_RATE=${BENCH_WARMUP_RATE:-$RATE}
WARM_ARGS=(--initial-warmup "mention-numeric:$WARMUP_RATE:$WARMUP" --warmup-per-replica
           --warmup-block-seconds "${BENCH_WARMUP_BLOCK_SECONDS:-0}" --warmup-max-seconds "${BENCH_WARMUP_MAX_SECONDS:-0}")
if [ "$WORKLOAD" != mention-numeric ]; then
  WARM_ARGS+=(--initial-warmup "$WORKLOAD:$WARMUP_RATE:$WARMUP")
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-bench-stages.XXXXXX")
mkdir -p "$WORK/pids"

. bench/lib.sh
bench_secrets

command -v redis-server >/dev/null 2>&1 || { echo "bench/stages.sh needs redis-server (apt-get install -y redis-server)"; exit 3; }

case "${BENCH_REDIS_ALONE:-0}" in
  1) bench_pin "BENCH_REDIS_ALONE=1: Redis alone on core 0; load generator, fake Slack and both replicas on core 1" redis-alone ;;
  0) bench_pin "load generator, fake Slack and Redis on core 0, both replicas on core 1" ;;
  *) echo "BENCH_REDIS_ALONE is 0 or 1, not '$BENCH_REDIS_ALONE'" >&2; exit 2 ;;
esac
bench_build

THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" java -jar target/thesisbot.jar ask "What stake does \$50B buy?" >/dev/null

REDIS_PORT=$(free_port)
bench_redis redis-server "$REDIS_PORT" "${REDIS_PIN[@]}"
CONFIGS=(memory redis)
if [ "${BENCH_REDIS_ON_TARGET_CORE:-0}" = 1 ]; then
  # a third configuration, redis1: a Redis replica whose Redis runs on the replicas' core instead of the load generator's
  REDIS1_PORT=$(free_port)
  bench_redis redis-server-redis1 "$REDIS1_PORT" "${TGT_PIN[@]}"
  CONFIGS+=(redis1)
fi
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  # a configuration "base": a Redis replica running another build (A/B in one run), with its own Redis on core 0
  BASE_PORT=$(free_port)
  bench_redis redis-server-base "$BASE_PORT" "${REDIS_PIN[@]}"
  CONFIGS+=(base)
fi

if [ "${BENCH_INTERLEAVE:-0}" = 1 ]; then
  log "rounds: ${CONFIGS[*]} at the same time, events interleaved in a seeded-random order; $ROUNDS rounds (paired blocks) of ${ROUND_WARM} s warm-up + ${SECS} s at ${RATE}/s to each [pinning: $PINNING; Redis: $REDIS_NICING]"
else
  log "rounds: ${CONFIGS[*]} one at a time; $ROUNDS rounds of ${ROUND_WARM} s warm-up + ${SECS} s at ${RATE}/s each [pinning: $PINNING; Redis: $REDIS_NICING]"
fi
declare -A PORTS; TARGETS=()
for config in "${CONFIGS[@]}"; do PORTS[$config]=$(free_port); TARGETS+=(--target "$config=http://127.0.0.1:${PORTS[$config]}"); done
PR=${PORTS[redis]}
LIST=$(IFS=,; echo "${CONFIGS[*]}")
ROTATE_ARG=(); [ "${BENCH_ROTATE:-0}" = 1 ] && ROTATE_ARG=(--rotate)
[ "${BENCH_INTERLEAVE:-0}" = 1 ] && ROTATE_ARG=(--interleave)
"${LG_PIN[@]}" java -cp "$CP" org.thesisbot.bench.RoundsLoadGenerator \
  "${TARGETS[@]}" --replies "$LIST" \
  --fake-url-file "$WORK/fake.url" --pid-dir "$WORK/pids" --clock-ticks "$(getconf CLK_TCK 2>/dev/null || echo 100)" \
  --target-core "$TARGET_CORE" --grace-seconds "$GRACE" --out "$WORK/loadgen.json" --events-out "$WORK/events.tsv" \
  "${WARM_ARGS[@]}" --rounds-start-file "$WORK/rounds.start" --rounds "$ROUNDS" "${ROTATE_ARG[@]}" \
  --round-warmup-seconds "$ROUND_WARM" \
  --compare "main:$WORKLOAD:$RATE:$SECS@$LIST" >"$WORK/loadgen.log" 2>&1 &
LG=$!; PIDS+=("$LG")
for _ in $(seq 1 300); do [ -f "$WORK/fake.url" ] && break; sleep 0.1; done
FAKE=$(cat "$WORK/fake.url")
REPLICAS=()
for config in "${CONFIGS[@]}"; do
  port=${PORTS[$config]}; redis=""
  [ "$config" = redis ] && redis="redis://127.0.0.1:$REDIS_PORT/0"
  [ "$config" = redis1 ] && redis="redis://127.0.0.1:$REDIS1_PORT/0"
  jar=target/thesisbot.jar
  [ "$config" = base ] && { redis="redis://127.0.0.1:$BASE_PORT/0"; jar=$BENCH_BASELINE_JAR; }
  jfr=(); [ "${BENCH_JFR:-0}" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$WORK/$config.jfr,settings=profile,dumponexit=true")
  env PORT="$port" SLACK_API_URL="$FAKE" THESISBOT_GROUNDING_CACHE_DIR="$WORK/cache" ${redis:+THESISBOT_REDIS_URL=$redis} \
    "${TGT_PIN[@]}" java -Dfile.encoding=UTF-8 "${jfr[@]}" "-Dthesisbot.stages=$WORK/$config.tsv" -jar "$jar" \
    >>"$WORK/$config.log" 2>&1 &
  echo "$!" >"$WORK/pids/$config.pid"; REPLICAS+=("$!"); PIDS+=("$!")
done
rc=0; wait "$LG" || rc=$?
# the redis replica's round trips by op: admit (the script), set (the thread's state, written after the post)
curl -s "http://127.0.0.1:$PR/metrics" | grep -E '^thesisbot_state_redis_(latency|wait)_seconds_(count|sum|max)' >"$WORK/redis-ops.txt" || true
for pid in "${REPLICAS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done   # flushes the stage files
[ "$rc" = 0 ] || { echo "the load generator failed (exit $rc): $WORK/loadgen.log"; exit "$rc"; }

log "stages of $WORKLOAD (µs from the question reaching the intake; the initial warm-up left out)"
SUMMARY=(); for config in "${CONFIGS[@]}"; do SUMMARY+=("$config=$WORK/$config.tsv"); done
java -cp "$CP" org.thesisbot.bench.StageSummary --since-file "$WORK/rounds.start" "${SUMMARY[@]}" \
  | tee "$WORK/stages.txt"
echo
echo "load generator (ms; per round, from the scheduled send):"
grep -F -e "] main " -e "warm-up" "$WORK/loadgen.log" || true
echo
java -cp "$CP" org.thesisbot.bench.PooledLoad "$WORK/loadgen.json" | tee "$WORK/loadgen-pooled.txt"
echo
log "outside the bot: the measured rounds' events, the load generator's and fake Slack's instants against the replicas' stages"
SUMMARY=(); for config in "${CONFIGS[@]}"; do SUMMARY+=("$config=$WORK/$config.tsv"); done
java -cp "$CP" org.thesisbot.bench.EdgeSummary --events "$WORK/events.tsv" --phase main "${SUMMARY[@]}" \
  | tee "$WORK/edges.txt"
echo
echo "Redis round trips of the redis replica, whole run (op=\"admit\": the admission script; op=\"set\": the thread's"
echo "state, written once the answer is posted):"
grep '^thesisbot_state_redis_latency_seconds_count' "$WORK/redis-ops.txt" | sed 's/^thesisbot_state_redis_latency_seconds_count/  /'
echo "Replies a worker waited for, after its own work (op=\"admit\": the admission after the draft): count, total and"
echo "longest wait in seconds:"
grep '^thesisbot_state_redis_wait_seconds' "$WORK/redis-ops.txt" | sed 's/^thesisbot_state_redis_wait_seconds/  /'
[ -n "${BENCH_OUT:-}" ] && cat "$WORK/stages.txt" "$WORK/loadgen-pooled.txt" "$WORK/edges.txt" >"$BENCH_OUT"
echo "work files (stage lines, logs, load generator JSON): $WORK"

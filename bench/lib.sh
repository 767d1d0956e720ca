# bench/lib.sh: the helpers the bench scripts share. Sourced (". bench/lib.sh") by a script that has already done
# `set -euo pipefail` and `cd` to the repository root; it runs nothing but sets:
#   ROOT          the repository root (absolute)
#   PIDS, a trap  every pid added to PIDS (PIDS+=($!)) is killed when the script exits
#   free_port     prints a free loopback TCP port
#   log MESSAGE   "== MESSAGE  [time UTC, load average]" after a blank line
#   bench_secrets exports the bench-only Slack signing secret and bot token (not real credentials), shared by the
#                 load generator, which signs, and every target, which verifies
#   bench_pin WHAT [redis-alone]  with PIN=1 (BENCH_PIN, default 1), 2+ cores and taskset: LG_PIN=(taskset -c 0),
#                 REDIS_PIN=(taskset -c 0), TGT_PIN=(taskset -c 1), TARGET_CORE=1 and PINNING="WHAT (taskset)"; else
#                 empty pins, TARGET_CORE=-1 and PINNING saying why not. With "redis-alone" (stages.sh's
#                 BENCH_REDIS_ALONE=1) Redis gets core 0 to itself: REDIS_PIN=(taskset -c 0), LG_PIN=(taskset -c 1)
#                 (the load generator and its in-process fake Slack join the targets on core 1), TGT_PIN=(taskset -c 1),
#                 TARGET_CORE=1; it stops the bench (exit 2) when it cannot pin, rather than run another placement
#   bench_build [MAVEN ARGS]  unless BENCH_SKIP_BUILD=1: the jar and the test classes (mvn package) and the test
#                 classpath (target/bench.cp); then bench_cp
#   bench_cp      CP: the test and main classes and the test classpath (target/bench.cp, written when missing)
#   bench_redis NAME PORT [PIN...]  starts a redis-server for the bench on 127.0.0.1:PORT (no persistence, its files
#                 NAME.rdb and NAME.log in $WORK) under PIN (e.g. "${LG_PIN[@]}"), at niceness BENCH_REDIS_NICE when set,
#                 adds it to PIDS, waits until it takes connections and checks its niceness; sets REDIS_STARTED (pid).
#                 REDIS_NICING says what was done, for the bench's log and JSON.
#
# BENCH_REDIS_NICE=N (empty by default: unchanged, niceness inherited): every redis-server of stages.sh and state.sh
# runs at niceness N (nice -n N; below 0 needs root or CAP_SYS_NICE, and the bench stops if the niceness did not
# take). Why: on a 2-core box Redis shares core 0 with the load generator and the fake Slack Web API (the replicas
# have core 1), and a busy harness delays Redis' replies to the replicas: the slowest 1% of the Redis replica's
# mentions waited ~2 ms for the admission script's reply (bench/results/stages-2026-12-02-s12-placement.txt), time a
# deployment, where Redis does not share a CPU with Slack's traffic source, does not have. Redis at a higher priority
# (e.g. -10) comes close to Redis on a host of its own: it runs as soon as a request arrives. The harness is not
# lowered instead (no BENCH_LG_NICE) because its clock is the measurement: at a lower priority the load generator
# sends late and the fake Slack reads replies late behind anything else on core 0, in every configuration alike,
# and a stall of its own would show up as the bot's latency. A higher-priority Redis delays the harness only by
# Redis' own CPU (tens of µs per op), and only in the configurations that use Redis: any error it leaves counts
# against Redis, not for it. It applies to every redis-server the benches start, including redis1 of
# BENCH_REDIS_ON_TARGET_CORE=1, which then outranks the replica it shares core 1 with. stages.sh's BENCH_REDIS_ALONE=1
# is the other way to the same end: Redis on core 0 by itself, and the harness moved to the replicas' core 1.

ROOT=${ROOT:-$(pwd)}

PIDS=()
bench_cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
}
trap bench_cleanup EXIT

free_port() {
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

log() { printf '\n== %s  [%s UTC, load average %s]\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

bench_secrets() {
  export SLACK_SIGNING_SECRET="bench-signing-secret-4f2a9c1d7e"
  export SLACK_BOT_TOKEN="xoxb-0000-bench-token"
}

bench_pin() {
  PIN=${PIN:-${BENCH_PIN:-1}}
  local placement=${2:-}
  LG_PIN=(); TGT_PIN=(); REDIS_PIN=(); TARGET_CORE=-1
  if [ "$PIN" = 1 ] && command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
    if [ "$placement" = redis-alone ]; then
      REDIS_PIN=(taskset -c 0); LG_PIN=(taskset -c 1)
    else
      REDIS_PIN=(taskset -c 0); LG_PIN=(taskset -c 0)
    fi
    TGT_PIN=(taskset -c 1); TARGET_CORE=1
    PINNING="$1 (taskset)"
  else
    PINNING="none (BENCH_PIN=$PIN, $(nproc) cores, taskset $(command -v taskset >/dev/null && echo present || echo absent))"
    if [ "$placement" = redis-alone ]; then
      echo "BENCH_REDIS_ALONE=1 needs pinning (BENCH_PIN=1, 2+ cores, taskset); here: $PINNING" >&2
      exit 2
    fi
  fi
}

bench_build() {
  if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
    echo "== build: mvn -q -B -DskipTests $* package (the bot, and the test classes the benches run)"
    mvn -q -B -DskipTests "$@" package
    mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
  fi
  bench_cp
}

bench_cp() {
  [ -f target/bench.cp ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
  CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/bench.cp)"
}

bench_redis() {
  local name=$1 port=$2 nicing=()
  shift 2
  if [ -n "${BENCH_REDIS_NICE:-}" ]; then
    [[ "$BENCH_REDIS_NICE" =~ ^-?[0-9]+$ ]] && [ "$BENCH_REDIS_NICE" -ge -20 ] && [ "$BENCH_REDIS_NICE" -le 19 ] \
      || { echo "BENCH_REDIS_NICE is a niceness from -20 to 19, not '$BENCH_REDIS_NICE'" >&2; exit 2; }
    nicing=(nice -n "$BENCH_REDIS_NICE")
  fi
  "$@" "${nicing[@]}" redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" \
    --dbfilename "$name.rdb" --logfile "$WORK/$name.log" --daemonize no 2>>"$WORK/$name.log" &
  REDIS_STARTED=$!; PIDS+=("$REDIS_STARTED")
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
  local ni
  ni=$(ps -o ni= -p "$REDIS_STARTED" | tr -d ' ')
  if [ -n "${BENCH_REDIS_NICE:-}" ] && [ "$ni" != "$BENCH_REDIS_NICE" ]; then
    echo "redis-server $name runs at niceness '$ni', not BENCH_REDIS_NICE=$BENCH_REDIS_NICE (below 0 needs root or CAP_SYS_NICE): $WORK/$name.log" >&2
    exit 3
  fi
  if [ -n "${BENCH_REDIS_NICE:-}" ]; then REDIS_NICING="niceness $ni (BENCH_REDIS_NICE=$BENCH_REDIS_NICE)"
  else REDIS_NICING="niceness $ni (inherited; BENCH_REDIS_NICE unset)"; fi
  echo "Redis $name on port $port: pid $REDIS_STARTED, ${*:-not pinned}, niceness $ni"
}

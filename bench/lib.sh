# bench/lib.sh: the helpers the bench scripts share. Sourced (". bench/lib.sh") by a script that has already done
# `set -euo pipefail` and `cd` to the repository root; it runs nothing but sets:
#   ROOT          the repository root (absolute)
#   PIDS, a trap  every pid added to PIDS (PIDS+=($!)) is killed when the script exits
#   free_port     prints a free loopback TCP port
#   log MESSAGE   "== MESSAGE  [time UTC, load average]" after a blank line
#   bench_secrets exports the bench-only Slack signing secret and bot token (not real credentials), shared by the
#                 load generator, which signs, and every target, which verifies
#   bench_pin WHAT  with PIN=1 (BENCH_PIN, default 1), 2+ cores and taskset: LG_PIN=(taskset -c 0),
#                 TGT_PIN=(taskset -c 1), TARGET_CORE=1 and PINNING="WHAT (taskset)"; else empty pins, TARGET_CORE=-1
#                 and PINNING saying why not
#   bench_build [MAVEN ARGS]  unless BENCH_SKIP_BUILD=1: the jar and the test classes (mvn package) and the test
#                 classpath (target/bench.cp); then bench_cp
#   bench_cp      CP: the test and main classes and the test classpath (target/bench.cp, written when missing)

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
  LG_PIN=(); TGT_PIN=(); TARGET_CORE=-1
  if [ "$PIN" = 1 ] && command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
    LG_PIN=(taskset -c 0); TGT_PIN=(taskset -c 1); TARGET_CORE=1
    PINNING="$1 (taskset)"
  else
    PINNING="none (BENCH_PIN=$PIN, $(nproc) cores, taskset $(command -v taskset >/dev/null && echo present || echo absent))"
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

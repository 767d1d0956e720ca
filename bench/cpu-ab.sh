#!/usr/bin/env bash
# bench/cpu-ab.sh: CPU per answered numeric mention, two builds of thesisbot side by side (and bare Bolt + reply for
# reference), in interleaved rounds under the same open-loop load, from each target process's /proc utime+stime.
# For checking a change's CPU cost against the build before it, on a machine that may be shared: CPU time is far
# less disturbed by other load than latency is. Not a capacity figure (bench/run.sh is that).
#
#   bash bench/cpu-ab.sh BEFORE.jar BEFORE_HOME [AFTER.jar AFTER_HOME]
#
# BEFORE_HOME / AFTER_HOME: the directory each jar runs in (its config/, documents/, prompts/); AFTER defaults to
# target/thesisbot.jar in this checkout. Prints one line per target and round, then the medians.
# Knobs: CPU_AB_RATE=300 (events/s), CPU_AB_SECONDS=20, CPU_AB_ROUNDS=3, CPU_AB_WARMUP_SECONDS=5,
#        CPU_AB_INITIAL_WARMUP=mention-numeric:200:30, CPU_AB_TARGETS="before after bare-reply",
#        CPU_AB_JFR=0 (1: JFR profile of each thesisbot into $CPU_AB_OUT/<name>.jfr), CPU_AB_OUT=<temp dir>,
#        CPU_AB_JAVA_FLAGS (extra flags for the thesisbot JVMs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BEFORE_JAR=$(realpath "$1"); BEFORE_HOME=$(realpath "$2")
AFTER_JAR=$(realpath "${3:-target/thesisbot.jar}"); AFTER_HOME=$(realpath "${4:-.}")
RATE=${CPU_AB_RATE:-300}; SECS=${CPU_AB_SECONDS:-20}; ROUNDS=${CPU_AB_ROUNDS:-3}; WARM=${CPU_AB_WARMUP_SECONDS:-5}
INITIAL=${CPU_AB_INITIAL_WARMUP:-mention-numeric:200:30}
TARGETS=${CPU_AB_TARGETS:-before after bare-reply}
OUT=${CPU_AB_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-cpu-ab.XXXXXX")}
mkdir -p "$OUT/pids"
. bench/lib.sh
bench_cp
bench_secrets
export THESISBOT_API_TOKEN="bench-api-token-7d1e4b"

PIN=1 bench_pin "load generator and fake Slack on core 0, every target on core 1"; CORE=$TARGET_CORE
FAKE_PORT=$(free_port); FAKE_URL="http://127.0.0.1:$FAKE_PORT/api/"
LG_ARGS=(--fake-port "$FAKE_PORT" --pid-dir "$OUT/pids" --clock-ticks "$(getconf CLK_TCK 2>/dev/null || echo 100)"
         --target-core "$CORE" --grace-seconds 10 --out "$OUT/loadgen.json")
start() {  # start NAME DIR COMMAND...
  local name=$1 dir=$2; shift 2
  local port; port=$(free_port)
  (cd "$dir" && SLACK_API_URL=$FAKE_URL PORT=$port exec "${TGT_PIN[@]}" "$@") >"$OUT/$name.log" 2>&1 &
  PIDS+=("$!"); echo "$!" >"$OUT/pids/$name.pid"
  LG_ARGS+=(--target "$name=http://127.0.0.1:$port")
}
jfr() { [ "${CPU_AB_JFR:-0}" = 1 ] && echo "-XX:StartFlightRecording=filename=$OUT/$1.jfr,settings=profile,dumponexit=true" || true; }
# shellcheck disable=SC2206
EXTRA=(${CPU_AB_JAVA_FLAGS:-})
for t in $TARGETS; do
  case $t in
    before) start before "$BEFORE_HOME" java -Dfile.encoding=UTF-8 "${EXTRA[@]}" $(jfr before) -jar "$BEFORE_JAR" ;;
    after) start after "$AFTER_HOME" java -Dfile.encoding=UTF-8 "${EXTRA[@]}" $(jfr after) -jar "$AFTER_JAR" ;;
    bare-reply) start bare-reply "$ROOT" env BENCH_REPLY=1 java -Dfile.encoding=UTF-8 -cp "$AFTER_JAR:$ROOT/target/test-classes" org.thesisbot.bench.BareBoltApp ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
done
ALL=$(echo $TARGETS | tr ' ' ',')
echo "cpu-ab: $ROUNDS rounds x $SECS s at $RATE/s on $ALL (load average $(cut -d' ' -f1-3 /proc/loadavg)); work dir $OUT"
"${LG_PIN[@]}" java -cp "$CP" org.thesisbot.bench.RoundsLoadGenerator "${LG_ARGS[@]}" --replies "$ALL" \
  --initial-warmup "$INITIAL" --rounds "$ROUNDS" --round-warmup-seconds "$WARM" \
  --compare "cpu:mention-numeric:$RATE:$SECS@$ALL" >"$OUT/loadgen.log" 2>&1
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()
echo "cpu-ab: done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
jq -r '.comparisons[0].targets | to_entries[] | .key as $k | .value.rounds[]
  | "\($k)\tcpu_ms_per_event=\(.target_cpu_s_per_1000)\tack_p50=\(.ack.p50_ms)\te2e_p50=\(.e2e.p50_ms)\terrors=\(.errors)\tmissing=\(.missing)\tother_load_on_core=\(.other_load_on_target_core_pct)"' \
  "$OUT/loadgen.json" 2>/dev/null || jq '.comparisons[0].targets' "$OUT/loadgen.json"

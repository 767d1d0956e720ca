#!/usr/bin/env bash
# bench/sources.sh: issue 12's numbers for the source corpus, on this machine, repeated.
#   1. start to ready with the shipped documents: the real jar, wall time from process start to the first
#      200 from GET /ready (and the bot's own "ready in N ms" log line), 3 starts with a warm embedding cache
#   2. SourcesBench (one fresh JVM per run, 3 runs): 200 generated documents, index built cold (empty cache),
#      built again warm (a restart), and 5 reloads of one changed document
#   3. NarrativeAt200Benchmark (JMH, sample time): a whole narrative answer at 200 documents, p50/p99
# Targets: ready <= 3 s; cold < 60 s; warm < 5 s; reload < 2 s; narrative p99 < 20 ms.
# Knobs: SOURCES_RUNS=3, SOURCES_JMH=1, BENCH_SKIP_BUILD=0
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${SOURCES_RUNS:-3}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
. bench/lib.sh
bench_build

echo "== start to ready (shipped documents, warm cache)"
for i in $(seq 1 $((RUNS + 1))); do
  P=$(free_port); LOG=$(mktemp)
  start=$(date +%s%N)
  PORT=$P THESISBOT_SOURCES_WATCH=false java -Dfile.encoding=UTF-8 -jar target/thesisbot.jar >"$LOG" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$P/ready" >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  own=$(grep -o 'ready in [0-9]* ms' "$LOG" | tail -1)
  if [ "$i" = 1 ]; then echo "  (first start fills the embedding cache; not counted)"; else
    echo "  start_to_ready_ms=$(( (end - start) / 1000000 )) (log: $own)"; fi
  rm -f "$LOG"
done

echo "== 200 generated documents: cold index, warm index, reload of one changed document"
for i in $(seq 1 "$RUNS"); do
  java -cp "$CP" org.thesisbot.bench.sources.SourcesBench 200 2>/dev/null | grep '^sources-bench'
done

if [ "${SOURCES_JMH:-1}" = "1" ]; then
  echo "== narrative answer at 200 documents (JMH sample time, ms)"
  java -cp "$CP" org.openjdk.jmh.Main NarrativeAt200Benchmark -f 1 -wi 3 -w 3s -i 5 -r 3s -bm sample -tu ms 2>/dev/null \
    | grep -E 'narrativeAnswer([·:]p0.50|[·:]p0.99|[·:]p1.00| )|^Benchmark'
fi

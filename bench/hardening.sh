#!/usr/bin/env bash
# bench/hardening.sh: issue 10's measurements on a real bot process (see the class comment of
# src/test/java/org/thesisbot/bench/HardeningBench.java for the method of each):
#   cpu       worst-case CPU of the nastiest numeric inputs             target: each under 50 ms
#   ack       ack p99 while 300 slow LLM questions are queued            target: under 100 ms
#   threads   threads after 100 abandoned streams                        target: baseline within deadline + 5 s
#   restarts  questions lost over 20 SIGTERM restarts under load         target: zero acked and unanswered
# Writes bench/results/<UTC date>-hardening.json and prints it, after the machine it ran on.
#
# Knobs: HARDENING_ONLY=cpu,ack,threads,restarts  HARDENING_RESTARTS=20  HARDENING_ACK_RUNS=2
#        BENCH_SKIP_BUILD=1 (reuse target/)
# Needs: JDK 17, Maven, Linux (/proc). About 12 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STAMP=${BENCH_STAMP:-$(date -u +%Y-%m-%d)}
OUT="bench/results/$STAMP-hardening.json"
mkdir -p bench/results

. bench/lib.sh
bench_build

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), \
$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dfile.encoding=UTF-8 -cp "$CP" org.thesisbot.bench.HardeningBench --out "$OUT" \
  --only "${HARDENING_ONLY:-cpu,ack,threads,restarts}" --restarts "${HARDENING_RESTARTS:-20}" \
  --ack-runs "${HARDENING_ACK_RUNS:-2}"
echo "== results in $OUT (load average now $(cut -d' ' -f1-3 /proc/loadavg))"

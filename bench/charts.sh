#!/usr/bin/env bash
# bench/charts.sh: issue 11's numbers, on this machine.
#   - JMH (sample time): a 15x15 grid computed exactly (target p99 < 5 ms), heat map PNGs (target p99 < 150 ms),
#     the other charts and the tornado for reference;
#   - memory over N charts (default 1,000): heap after full GC and RSS every 100 charts (target: flat).
# Knobs: BENCH_CHARTS_JMH_ARGS (default "-f 1 -wi 3 -w 3s -i 5 -r 3s"), BENCH_CHARTS_N (1000), BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
echo "load average: $(cat /proc/loadavg)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "== JMH"
java -cp "$CP" org.openjdk.jmh.Main 'org\.thesisbot\.bench\.charts\.ChartsBenchmark' -bm sample -tu ms \
  ${BENCH_CHARTS_JMH_ARGS:--f 1 -wi 3 -w 3s -i 5 -r 3s} -jvmArgsAppend "-DTHESISBOT_LOG_LEVEL=WARN" \
  -rf json -rff target/charts-jmh.json > target/charts-jmh.log 2>&1 || { tail -30 target/charts-jmh.log; exit 1; }
grep -E '^Benchmark|·p0.50 |·p0.99 |:p0.50 |:p0.99 ' target/charts-jmh.log
echo "== wall time and CPU time per operation, side by side (3 rounds; load average printed)"
java -Xmx512m -Djava.awt.headless=true -cp "$CP" org.thesisbot.bench.charts.ChartsLatency 3
echo "== memory over ${BENCH_CHARTS_N:-1000} charts (-Xmx256m)"
java -Xmx256m -Djava.awt.headless=true -cp "$CP" org.thesisbot.bench.charts.ChartsMemory "${BENCH_CHARTS_N:-1000}"

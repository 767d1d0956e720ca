#!/bin/bash
# alternate old/new BrainBenchmark runs, 3 rounds, each pinned to core 1
for r in 1 2 3; do for b in old new; do
  cd /tmp/bench-$b
  CP="$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench.cp)"
  echo "round $r $b ($(git rev-parse --short HEAD)) start $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)" >> /tmp/brainab3/log
  taskset -c 1 java -cp "$CP" org.openjdk.jmh.Main 'org\.thesisbot\.bench\.BrainBenchmark.*' -rf json -rff /tmp/brainab3/$b-$r.json > /tmp/brainab3/$b-$r.txt 2>&1
done; done
echo "done $(date +%T)" >> /tmp/brainab3/log

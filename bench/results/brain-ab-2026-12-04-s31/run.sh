#!/bin/bash
# alternate old/new BrainBenchmark runs, 3 rounds
for r in 1 2 3; do for b in old new; do
  cd /tmp/bench-$b
  CP="$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench.cp)"
  echo "round $r $b start $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)" >> /tmp/brainab2/log
  taskset -c 1 java -cp "$CP" org.openjdk.jmh.Main 'org\.thesisbot\.bench\.BrainBenchmark.*' -rf json -rff /tmp/brainab2/$b-$r.json > /tmp/brainab2/$b-$r.txt 2>&1
done; done
echo done >> /tmp/brainab2/log

#!/usr/bin/env bash
# bench/brain-ab.sh: the JMH BrainBenchmark on two builds of thesisbot side by side, alternated old, new, old, new … for
# three rounds, each pinned to one core, so that both builds see the same machine.
#
#   bash bench/brain-ab.sh OLD_CHECKOUT NEW_CHECKOUT OUT_DIR [CORE]
#
# Each checkout must have run `mvn -o test-compile` and hold its test classpath in target/bench.cp
# (`mvn -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test`). Writes
# OUT_DIR/{old,new}-{1,2,3}.json (JMH's JSON) and OUT_DIR/log (each run's start, commit and load average).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '5,9p' "$0" >&2; exit 2; }
old=$(cd "$1" && pwd); new=$(cd "$2" && pwd); mkdir -p "$3"; out=$(cd "$3" && pwd); core=${4:-1}
for r in 1 2 3; do
  for b in old new; do
    dir=$old; [ "$b" = new ] && dir=$new
    cp="$dir/target/test-classes:$dir/target/classes:$(cat "$dir/target/bench.cp")"
    echo "round $r $b ($(git -C "$dir" rev-parse --short HEAD)) start $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)" >> "$out/log"
    taskset -c "$core" java -cp "$cp" org.openjdk.jmh.Main 'org\.thesisbot\.bench\.BrainBenchmark.*' \
      -rf json -rff "$out/$b-$r.json" > "$out/$b-$r.txt" 2>&1
    rm -f "$out/$b-$r.txt"
  done
done
echo "done $(date +%T)" >> "$out/log"

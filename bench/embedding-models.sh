#!/usr/bin/env bash
# bench/embedding-models.sh: the bundled embedding models (grounding.embedding_model) side by side, as shipped
# (the jar built with -Pembedding-models so it holds all three): start to ready with an empty embedding cache
# (cold) and with the cache the cold start wrote (warm), resident memory at ready and after 40 narrative
# questions through /api/ask, and the jar's size per model. The models take turns within each round, so a
# busy machine slows them alike; medians over the rounds are printed last.
# Usage: bash bench/embedding-models.sh [ROUNDS=3]   (BENCH_SKIP_BUILD=1 reuses target/thesisbot.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
MODELS=${BENCH_MODELS:-"minilm bge-small e5-small"}
. bench/lib.sh
bench_build -Pembedding-models
JAR=target/thesisbot.jar
unzip -l "$JAR" | grep e5-small-v2-q.onnx >/dev/null || { echo "the jar lacks the other models: build with -Pembedding-models" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thesisbot-models.XXXXXX")
PID=""
bench_cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; }   # the one replica running, if any
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

# one start: prints "ready_ms rss_ready_mb rss_after_mb"
start() {
  local model=$1 cache=$2 port t0 t1
  port=$(free_port)
  t0=$(date +%s%N)
  THESISBOT_GROUNDING_EMBEDDING_MODEL=$model THESISBOT_GROUNDING_CACHE_DIR=$cache PORT=$port \
    java -jar "$JAR" >"$WORK/$model.log" 2>&1 &
  PID=$!
  until curl -sf "localhost:$port/ready" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -5 "$WORK/$model.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  local ready_rss; ready_rss=$(rss "$PID")
  python3 - "$port" <<'PY'
import json, sys, urllib.request
qs = ["why is amazon investing in openai", "what are the risks for amazon?", "what should investors watch?",
      "explain circular financing", "is anthropic ok with this?", "what's the make-or-break date",
      "why would both partners be annoyed", "what is the indiana campus for"]
for i in range(40):
    body = json.dumps({"question": qs[i % len(qs)] + " (%d)" % i}).encode()
    req = urllib.request.Request("http://localhost:%s/api/ask" % sys.argv[1], body, {"Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
PY
  echo "$(( (t1 - t0) / 1000000 )) $ready_rss $(rss "$PID")"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
printf '%-10s %5s %14s %14s %14s %14s\n' model round cold_ready_ms warm_ready_ms rss_ready_mb rss_after_mb
for r in $(seq 1 "$ROUNDS"); do
  for m in $MODELS; do
    cache="$WORK/cache-$m-$r"
    read -r cold _ _ < <(start "$m" "$cache")
    read -r warm rss_ready rss_after < <(start "$m" "$cache")
    printf '%-10s %5d %14d %14d %14d %14d\n' "$m" "$r" "$cold" "$warm" "$rss_ready" "$rss_after" | tee -a "$WORK/rows"
  done
done
echo "medians over $ROUNDS rounds (load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
for m in $MODELS; do
  awk -v m="$m" '$1 == m {c[n+0]=$3; w[n+0]=$4; a[n+0]=$5; b[n+0]=$6; n++}
    function med(x, n,   i, j, t) { for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
                                  return n % 2 ? x[int(n / 2)] : (x[n / 2 - 1] + x[n / 2]) / 2 }
    END { printf "%-10s cold_ready_ms=%d warm_ready_ms=%d rss_ready_mb=%d rss_after_mb=%d\n", m, med(c, n), med(w, n), med(a, n), med(b, n) }' "$WORK/rows"
done
echo "jar: $(du -m "$JAR" | cut -f1) MB with all three models; each model's share (compressed):"
unzip -v "$JAR" | awk '/all-minilm-l6-v2-q|bge-small-en-v1.5-q|e5-small-v2-q/ {split($8, p, "-"); s[$8 ~ /minilm/ ? "minilm" : $8 ~ /bge/ ? "bge-small" : "e5-small"] += $3}
  END { for (k in s) printf "  %-10s %.1f MB\n", k, s[k] / 1048576 }'

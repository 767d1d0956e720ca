#!/usr/bin/env bash
# Start-to-ready time and resident memory after N mixed questions (issue 5).
# Usage: bash bench/rss.sh [N=1000]   (needs target/thesisbot.jar; run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
PORT="${BENCH_PORT:-3987}"
JAR=target/thesisbot.jar
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
t0=$(date +%s%N)
PORT=$PORT java ${BENCH_JAVA_OPTS:-} -jar "$JAR" > /tmp/thesisbot-rss.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/ready" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat /tmp/thesisbot-rss.log; exit 1; }
  sleep 0.05
done
t1=$(date +%s%N)
echo "start_to_ready_ms=$(( (t1 - t0) / 1000000 ))"
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }
echo "rss_at_ready_mb=$(rss)"
python3 - "$PORT" "$N" <<'PY'
import json, sys, urllib.request, time
port, n = sys.argv[1], int(sys.argv[2])
qs = ["What stake would $50B buy at $830B?", "irr if openai is worth $1.5T", "compare the scenarios",
      "why is amazon investing in openai", "what are the risks for amazon?", "what should investors watch?",
      "Is 40% of capex too much, and why is Amazon willing?", "breakeven capture share at a 40% margin",
      "explain circular financing", "what's the weather in paris", "what about at $1T?", "and in the bull case?",
      "help", "How much did Microsoft put into OpenAI?", "tell me about the Indiana campus"]
codes = {}
lat = []
for i in range(n):
    q = qs[i % len(qs)]
    body = json.dumps({"question": q, "thread": "rss-%d" % (i // 5)}).encode()
    req = urllib.request.Request("http://localhost:%s/api/ask" % port, body, {"Content-Type": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req) as r:
            r.read(); codes[r.status] = codes.get(r.status, 0) + 1
    except urllib.error.HTTPError as e:
        codes[e.code] = codes.get(e.code, 0) + 1
    lat.append((time.perf_counter() - t) * 1000)
lat.sort()
print("questions=%d status=%s p50_ms=%.1f p99_ms=%.1f" % (n, codes, lat[len(lat)//2], lat[int(len(lat)*0.99)-1]))
PY
echo "rss_after_mb=$(rss)"

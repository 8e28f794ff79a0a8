#!/usr/bin/env bash
# Intake throughput, three servers side by side in one run, same load tool (wrk: light on CPU, which matters on a
# 2-core machine where the load generator shares the cores), same 2-alert payload,
# concurrency 16, 10 s each:
#   1. AlertRouter POST /api/v1/alerts (validation + durable SQLite commit, synchronous=FULL)
#   2. Alertmanager 0.25 POST /api/v2/alerts with the same two alerts
#   3. a bare Kestrel endpoint that only deserializes the same JSON and answers 202 (the ceiling)
# Usage: bench/intake.sh [seconds] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-10}
CONCURRENCY=${2:-16}
command -v wrk >/dev/null && command -v prometheus-alertmanager >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk prometheus-alertmanager >/dev/null; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release -v q -nologo bench/BareIntake >/dev/null
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
write_webhook "$work/webhook.json"
cat > "$work/v2.json" <<JSON
[{"labels":{"alertname":"HighLatency","instance":"web-1:8080","service":"checkout","severity":"critical"},"annotations":{"summary":"p99 above 2s"},"startsAt":"$now","generatorURL":"http://prometheus:9090/graph"},
 {"labels":{"alertname":"HighLatency","instance":"web-2:8080","service":"checkout","severity":"critical"},"annotations":{"summary":"p99 above 2s"},"startsAt":"$now","generatorURL":"http://prometheus:9090/graph"}]
JSON
printf 'route:\n  receiver: r\nreceivers:\n  - name: r\n' > "$work/am.yml"
mkdir -p "$work/config"; cp "$work/am.yml" "$work/config/alertmanager.yml"


(cd "$work" && exec dotnet "$OLDPWD/src/AlertRouter/bin/Release/net10.0/AlertRouter.dll" \
  --AlertRouter:ApiUrl=http://127.0.0.1:18180 --AlertRouter:OpsUrl=http://127.0.0.1:19195 \
  --AlertRouter:ConfigPaths="$work/config" --AlertRouter:Sqlite:Path="$work/ar.db" \
  --Logging:LogLevel:Default=Warning >"$work/ar.log" 2>&1) & pids+=($!)
prometheus-alertmanager --config.file="$work/am.yml" --storage.path="$work/am" --web.listen-address=127.0.0.1:19193 \
  --cluster.listen-address= --log.level=warn >"$work/am.log" 2>&1 & pids+=($!)
(ASPNETCORE_URLS=http://127.0.0.1:18181 exec dotnet bench/BareIntake/bin/Release/net10.0/BareIntake.dll >"$work/bare.log" 2>&1) & pids+=($!)
wait_http http://127.0.0.1:19195/health/ready; wait_http http://127.0.0.1:19193/-/ready
for _ in $(seq 1 100); do code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @"$work/webhook.json" http://127.0.0.1:18181/api/v1/alerts || true); [ "$code" = 202 ] && break; sleep 0.1; done

cat > "$work/post.lua" <<'LUA'
local f = io.open(os.getenv("BODY"), "rb"); wrk.body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
-- UNIQUE=1: every request carries a new instance label, so nothing is a duplicate and every request is a write.
local unique, template, n = os.getenv("UNIQUE") == "1", wrk.body, 0
setup = function(thread) thread:set("tid", tostring(math.random(1, 1e9))) end
request = function()
  if not unique then return wrk.format() end
  n = n + 1
  return wrk.format(nil, nil, nil, (template:gsub("web%-(%d):8080", "web-%1-" .. tid .. "-" .. n)))
end
local codes = {}
response = function(status) codes[status] = (codes[status] or 0) + 1 end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format(" errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
LUA

run() { # name url body -> "name rps p50 p99 errors"
  UNIQUE=$MODE BODY="$3" wrk -t2 -c "$CONCURRENCY" -d 6s -s "$work/post.lua" "$2" >/dev/null 2>&1   # warm-up (JIT tiers up)
  local r; r=$(UNIQUE=$MODE BODY="$3" wrk -t2 -c "$CONCURRENCY" -d "${DURATION}s" --latency -s "$work/post.lua" "$2" | awk '/^RESULT/{print $2, $3, $4, $5}')
  printf '%-34s %10s %10s %10s   %s\n' "$1" $r
}

echo "intake benchmark: ${DURATION}s per server, concurrency ${CONCURRENCY}, 2 alerts per request, cores: $(nproc), shared with wrk"
for MODE in 0 1; do
  if [ "$MODE" = 0 ]; then
    echo; echo "== the same 2-alert payload every time (Alertmanager HA/retry redeliveries: all but the first are duplicates)"
  else
    echo; echo "== a new alert pair every request (every request is a durable write)"
  fi
  printf '%-34s %10s %10s %10s   %s\n' server req/s p50_ms p99_ms non-2xx/errors
  ar=$(run "AlertRouter (durable commit)" http://127.0.0.1:18180/api/v1/alerts "$work/webhook.json"); echo "$ar"
  am=$(run "Alertmanager 0.25 /api/v2/alerts" http://127.0.0.1:19193/api/v2/alerts "$work/v2.json"); echo "$am"
  bare=$(run "bare Kestrel (deserialize only)" http://127.0.0.1:18181/api/v1/alerts "$work/webhook.json"); echo "$bare"
  awk -v a="$(echo "$ar" | awk '{print $(NF-3)}')" -v m="$(echo "$am" | awk '{print $(NF-3)}')" -v b="$(echo "$bare" | awk '{print $(NF-3)}')" \
    'BEGIN{printf "AlertRouter / Alertmanager = %.2fx (target >= 2)\nAlertRouter / bare Kestrel = %.2fx (target >= 0.5)\n", a/m, a/b}'
done

#!/usr/bin/env bash
# Scale-out benchmark: intake and delivery throughput with 1, 2 and 3 AlertRouter replicas on one PostgreSQL 15
# (started here from Debian's postgresql package, fsync on, as in production).
#   intake:   N replicas, wrk posting a new 2-alert webhook per request (every request a durable write), the load
#             split evenly over the replicas; with group commit (Postgres:IntakeBatch=64) and without (=1).
#   delivery: NOTIFICATIONS notifications queued beforehand, then N replicas drain the queue to a webhook sink
#             (bench/BareIntake answering 202); rate = notifications / (last delivered_at - first delivered_at).
#             Twice: a sink that answers at once (CPU-bound: what the store and the replicas cost per notification),
#             and one that answers after 100 ms like a real receiver, with LaneConcurrency 4 (a small bulkhead
#             per replica, so sends, not CPU, are the limit: what more replicas add then).
# Everything shares this machine's cores (wrk, the sink, PostgreSQL and the replicas): compare the ratios within
# one run, not absolute numbers across machines. The load average at the start is printed for that reason.
# Usage: bench/scaling.sh [seconds] [connections] [notifications]   (ONLY=intake or ONLY=delivery runs one half)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-10}
CONNECTIONS=${2:-32}
NOTIFICATIONS=${3:-3000}
PG=/usr/lib/postgresql/15/bin
command -v wrk >/dev/null && [ -x $PG/initdb ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk postgresql >/dev/null; }

work=$(mktemp -d)
chmod 755 "$work" # the postgres user must reach its data folder inside
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/pg/data/postmaster.pid" ] && runuser -u postgres -- $PG/pg_ctl -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# PostgreSQL: a private cluster owned by the postgres user (initdb refuses root).
PGPORT=$(free_port)
mkdir -p "$work/pg" && chown -R postgres:postgres "$work/pg"
runuser -u postgres -- $PG/initdb -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- $PG/pg_ctl -D "$work/pg/data" -l "$work/pg/log" -w \
  -o "-p $PGPORT -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qAt "$@"; }
conn() { echo "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=$1;Maximum Pool Size=40"; }

dotnet build -c Release -v q -nologo src/AlertRouter >/dev/null
dotnet build -c Release -v q -nologo bench/BareIntake >/dev/null
AR="$PWD/src/AlertRouter/bin/Release/net10.0/AlertRouter.dll"
SINK_PORT=$(free_port)
SLOW_PORT=$(free_port)
(ASPNETCORE_URLS=http://127.0.0.1:$SINK_PORT exec dotnet bench/BareIntake/bin/Release/net10.0/BareIntake.dll >"$work/sink.log" 2>&1) & pids+=($!)
(SINK_DELAY_MS=100 ASPNETCORE_URLS=http://127.0.0.1:$SLOW_PORT exec dotnet bench/BareIntake/bin/Release/net10.0/BareIntake.dll >"$work/slow.log" 2>&1) & pids+=($!)

mkdir -p "$work/config"
cat > "$work/config/alertmanager.yml" <<YAML
route:
  receiver: sink
  group_by: [alertname, instance]
  group_wait: GROUP_WAIT
  group_interval: 5m
receivers:
  - name: sink
    webhook_configs: [{url: "http://127.0.0.1:SINK_PORT/api/v1/alerts"}]
YAML

replicas=()  # "pid api ops" per running replica
start_replicas() { # count db group_wait sink-port extra-settings...
  local count=$1 db=$2 wait=$3 sink=$4; shift 4
  mkdir -p "$work/config-$wait-$sink"
  sed "s/GROUP_WAIT/$wait/; s/SINK_PORT/$sink/" "$work/config/alertmanager.yml" > "$work/config-$wait-$sink/alertmanager.yml"
  replicas=()
  for i in $(seq 1 "$count"); do
    local api ops; api=$(free_port); ops=$(free_port)
    (cd "$work" && exec dotnet "$AR" --AlertRouter:ApiUrl=http://127.0.0.1:$api --AlertRouter:OpsUrl=http://127.0.0.1:$ops \
      --AlertRouter:ConfigPaths="$work/config-$wait-$sink" --AlertRouter:Store=postgres --AlertRouter:Postgres:ConnectionString="$(conn "$db")" \
      --AlertRouter:ReplicaId="r$i" --Logging:LogLevel:Default=Warning "$@" >"$work/r$i-$db.log" 2>&1) &
    pids+=($!); replicas+=("$! $api $ops")
  done
  for r in "${replicas[@]}"; do set -- $r; wait_http "http://127.0.0.1:$3/health/ready"; done
}
stop_replicas() { # a replica that exited on its own is reported with the end of its log
  for r in "${replicas[@]}"; do set -- $r
    if ! kill "$1" 2>/dev/null; then echo "replica $1 had exited:" >&2; tail -5 "$work"/r*.log >&2; fi
    wait "$1" 2>/dev/null || true
  done
  replicas=()
}
# CPU used so far (utime + stime from /proc, in hundredths of a second): by this cluster's postgres processes, and by the replicas.
ticks() { cat "${@/%//stat}" 2>/dev/null | awk '{s+=$14+$15} END {print s+0}'; }
cpu_postgres() { local pm; pm=$(head -1 "$work/pg/data/postmaster.pid"); ticks "/proc/$pm" $(pgrep -P "$pm" | sed 's|^|/proc/|'); }
cpu_replicas() { local list=(); for r in "${replicas[@]}"; do set -- $r; list+=("/proc/$1"); done; ticks "${list[@]}"; }

write_webhook "$work/webhook.json"
cat > "$work/post.lua" <<'LUA'
-- Every request carries new instance labels, so every request is a durable write of two new alerts.
local f = io.open(os.getenv("BODY"), "rb"); wrk.body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
local template, n = wrk.body, 0
setup = function(thread) thread:set("tid", tostring(math.random(1, 1e9))) end
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, (template:gsub("web%-(%d):8080", "web-%1-" .. tid .. "-" .. n)))
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
LUA

intake() { # replicas intake-batch -> "rps p50 p99 errors pgCPU arCPU"
  local n=$1 batch=$2 db="intake_$1_$2"
  psql_ -c "CREATE DATABASE $db"
  start_replicas "$n" "$db" 30s "$SINK_PORT" --AlertRouter:Postgres:IntakeBatch="$batch" --AlertRouter:Delivery:Enabled=false
  local per=$(( (CONNECTIONS + n - 1) / n )) jobs=()
  for r in "${replicas[@]}"; do set -- $r
    BODY="$work/webhook.json" wrk -t1 -c "$per" -d 3s -s "$work/post.lua" "http://127.0.0.1:$2/api/v1/alerts" >/dev/null 2>&1 & jobs+=($!)
  done
  wait "${jobs[@]}"
  local pg0 ar0; pg0=$(cpu_postgres); ar0=$(cpu_replicas); jobs=()
  for r in "${replicas[@]}"; do set -- $r
    BODY="$work/webhook.json" wrk -t1 -c "$per" -d "${DURATION}s" --latency -s "$work/post.lua" "http://127.0.0.1:$2/api/v1/alerts" \
      | awk '/^RESULT/{print $2, $3, $4, $5}' > "$work/wrk-$2" & jobs+=($!)
  done
  wait "${jobs[@]}"
  local pg1 ar1; pg1=$(cpu_postgres); ar1=$(cpu_replicas)
  cat "$work"/wrk-* | awk -v pg=$((pg1 - pg0)) -v ar=$((ar1 - ar0)) -v d="$DURATION" \
    '{rps+=$1; if ($2>p50) p50=$2; if ($3>p99) p99=$3; err+=$4} END {printf "%.0f %.1f %.1f %d %.0f%% %.0f%%\n", rps, p50, p99, err, pg/d, ar/d}'
  rm -f "$work"/wrk-*
  stop_replicas
}

delivery() { # replicas sink-port lane-concurrency count -> "notifications/s span_s pgCPU arCPU"
  local n=$1 sink=$2 lanes=$3 count=$4 db="delivery_$1_$2"
  psql_ -c "CREATE DATABASE $db"
  # Queue the notifications: one intake-only replica, group_wait 0s, one group per webhook.
  start_replicas 1 "$db" 0s "$sink" --AlertRouter:Delivery:Enabled=false
  set -- ${replicas[0]}
  /usr/bin/python3 - "$2" "$count" "$work/webhook.json" <<'PY'
import concurrent.futures, sys, urllib.request
port, count, template = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read()
def post(i):
    body = template.replace("web-1:8080", f"q-{i}").replace("web-2:8080", f"q-{i}").encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/alerts", data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
with concurrent.futures.ThreadPoolExecutor(16) as pool:
    list(pool.map(post, range(count)))
PY
  for _ in $(seq 1 600); do [ "$(psql_ -d "$db" -c "SELECT count(*) FROM notifications")" -ge "$count" ] && break; sleep 0.2; done
  stop_replicas
  # Hold the queue until every replica is up, so they all start draining together.
  local start=$(( ($(date +%s) + 62135596800 + 12) * 10000000 ))
  psql_ -d "$db" -c "UPDATE notifications SET next_attempt_at = $start"
  start_replicas "$n" "$db" 0s "$sink" --AlertRouter:Dispatcher:Enabled=false --AlertRouter:Delivery:LaneConcurrency="$lanes"
  local pg0 ar0; pg0=$(cpu_postgres); ar0=$(cpu_replicas)
  for _ in $(seq 1 1200); do [ "$(psql_ -d "$db" -c "SELECT count(*) FROM notifications WHERE state <> 'delivered'")" -eq 0 ] && break; sleep 0.25; done
  local pg1 ar1; pg1=$(cpu_postgres); ar1=$(cpu_replicas)
  psql_ -d "$db" -F ' ' -c "SELECT count(*), (max(delivered_at) - min(delivered_at)) / 1e7 FROM notifications WHERE state = 'delivered'" \
    | awk -v pg=$((pg1 - pg0)) -v ar=$((ar1 - ar0)) '{printf "%.0f %.2f %.1f %.1f\n", $1 / $2, $2, pg / 100, ar / 100}'
  stop_replicas
}

echo "scaling benchmark: $(nproc) cores shared by wrk, the sink, PostgreSQL 15 and the replicas; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${ONLY:-intake}" = intake ]; then
echo "intake: ${DURATION}s per run, $CONNECTIONS connections split over the replicas, a new 2-alert webhook per request"
printf '%-9s %-13s %10s %8s %8s %7s %12s %12s\n' replicas group-commit webhooks/s p50_ms p99_ms errors postgres_cpu replicas_cpu
declare -A rps
for n in 1 2 3; do
  for batch in 64 1; do
    intake "$n" "$batch" > "$work/result"; read -r r p50 p99 err pgc arc < "$work/result"
    rps[$n-$batch]=$r
    printf '%-9s %-13s %10s %8s %8s %7s %12s %12s\n' "$n" "$([ "$batch" = 1 ] && echo off || echo "on ($batch)")" "$r" "$p50" "$p99" "$err" "$pgc" "$arc"
  done
done
awk -v a="${rps[1-64]}" -v b="${rps[2-64]}" -v c="${rps[3-64]}" -v d="${rps[1-1]}" -v e="${rps[3-1]}" 'BEGIN {
  printf "intake scaling (group commit on): 2 replicas %.2fx, 3 replicas %.2fx of one\n", b/a, c/a
  printf "group commit on/off: 1 replica %.2fx, 3 replicas %.2fx\n", a/d, c/e }'
fi
[ "${ONLY:-delivery}" = delivery ] || exit 0

for mode in fast slow; do
  if [ "$mode" = fast ]; then port=$SINK_PORT lanes=16 count=$NOTIFICATIONS label="sink answers at once, LaneConcurrency 16 per replica"
  else port=$SLOW_PORT lanes=4 count=$((NOTIFICATIONS / 3)) label="sink answers after 100 ms, LaneConcurrency 4 per replica"; fi
  echo
  echo "delivery: $count queued notifications drained to a webhook sink ($label)"
  printf '%-9s %16s %8s %14s %14s\n' replicas notifications/s span_s postgres_cpu_s replicas_cpu_s
  declare -A dps
  for n in 1 2 3; do
    delivery "$n" "$port" "$lanes" "$count" > "$work/result"; read -r d span pgc arc < "$work/result"
    dps[$n]=$d
    printf '%-9s %16s %8s %14s %14s\n' "$n" "$d" "$span" "$pgc" "$arc"
  done
  awk -v a="${dps[1]}" -v b="${dps[2]}" -v c="${dps[3]}" 'BEGIN { printf "delivery scaling: 2 replicas %.2fx, 3 replicas %.2fx of one\n", b/a, c/a }'
done

# Shared by the benchmark scripts (sourced, not run).

# The 2-alert Alertmanager webhook v4 payload every intake benchmark posts, with startsAt = now.
write_webhook() {
  local now; now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  cat > "$1" <<JSON
{"receiver":"bench","status":"firing","alerts":[
 {"status":"firing","labels":{"alertname":"HighLatency","instance":"web-1:8080","service":"checkout","severity":"critical"},"annotations":{"summary":"p99 above 2s"},"startsAt":"$now","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus:9090/graph","fingerprint":""},
 {"status":"firing","labels":{"alertname":"HighLatency","instance":"web-2:8080","service":"checkout","severity":"critical"},"annotations":{"summary":"p99 above 2s"},"startsAt":"$now","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus:9090/graph","fingerprint":""}],
 "groupLabels":{"alertname":"HighLatency"},"commonLabels":{"alertname":"HighLatency"},"commonAnnotations":{},"externalURL":"http://am:9093","version":"4","groupKey":"{}:{alertname=\"HighLatency\"}","truncatedAlerts":0}
JSON
}

# Waits up to 30 s for an HTTP endpoint to answer 2xx.
wait_http() { for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "not ready: $1" >&2; exit 1; }

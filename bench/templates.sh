#!/usr/bin/env bash
# Go-template benchmark (BenchmarkDotNet, TemplateRenderBenchmark), pinned to one core with `taskset -c 0`:
#   - the default Slack title + text for a 10-alert group, renders/s with allocations (goal: >= 50,000/s on one core);
#   - the default email html for the same group;
#   - parse + compile of a 200-line template file (paid once per config load, never per notification).
# Prints BenchmarkDotNet's table, one line per benchmark, and the Slack figure as a ratio of the 50,000/s goal.
#   bench/templates.sh [BenchmarkDotNet options...]
set -euo pipefail
cd "$(dirname "$0")/.."
goal=50000
log=$(mktemp /tmp/alertrouter-templates-bench.XXXXXX)
trap 'rm -f "$log"' EXIT

# Built first on every core; then measured in process (no second build under the pin) on core 0 alone.
dotnet build -c Release bench/AlertRouter.Benchmarks -nologo -v q >"$log" 2>&1 || { cat "$log"; exit 1; }
taskset -c 0 dotnet run -c Release --no-build --project bench/AlertRouter.Benchmarks -- --filter '*TemplateRender*' \
  --inProcess --warmupCount 3 --iterationCount 10 "$@" 2>&1 | tee "$log" |
  grep -E '^\| |^// \* (Summary|Warnings)' || true

# Program.cs prints "DESCRIPTION: N evaluations/s (M ns/op, B B/op)" per benchmark.
lines=$(grep -E ' evaluations/s ' "$log") || { echo "templates.sh: no benchmark result" >&2; exit 1; }
echo
echo "Go templates, one core (taskset -c 0):"
echo "$lines" | tr -d "'" | sed -E 's/^(.*): ([0-9,]+) evaluations\/s \(([0-9.]+) ns\/op, ([0-9]+) B\/op\)$/  \1: \2 per second, \3 ns, \4 B allocated/'
slack=$(echo "$lines" | tr -d "'" | grep '^slack default' | sed -E 's/^.*: ([0-9,]+) evaluations.*$/\1/' | tr -d ,)
awk -v s="$slack" -v g="$goal" 'BEGIN { printf "  slack renders/s vs the %d/s goal: %.2fx (%s)\n", g, s / g, (s >= g) ? "met" : "NOT met" }'

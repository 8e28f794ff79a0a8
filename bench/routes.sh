#!/usr/bin/env bash
# Route-evaluation benchmark: a 20-label alert on a 501-node route tree with regex matchers.
# Prints BenchmarkDotNet's table, then one "evaluations/s" line per benchmark. Target: >= 1,000,000 evaluations/s.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/AlertRouter.Benchmarks -- --filter '*RouteEvaluation*' "$@" 2>&1 | tee /tmp/alertrouter-bench.log |
  grep -E '^\| |evaluations/s|^// \* (Summary|Warnings)' || true
grep -q 'evaluations/s' /tmp/alertrouter-bench.log

#!/usr/bin/env bash
# Pipeline benchmark (issue 4): 100,000 active alerts in 10,000 groups through intake, routing, grouping and flush
# decisions on the default SQLite store, then the same alerts held by Alertmanager 0.25 for its resident memory.
# Usage: bench/pipeline.sh [groups=10000] [alerts per group=10] [sustained seconds=15]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v prometheus-alertmanager >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus-alertmanager >/dev/null; }
dotnet build -c Release -v q -nologo bench/PipelineBench >/dev/null
cd bench/PipelineBench
exec dotnet bin/Release/net10.0/PipelineBench.dll "${1:-10000}" "${2:-10}" "${3:-15}" 2>&1 | grep -v '^{'

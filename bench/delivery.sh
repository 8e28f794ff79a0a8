#!/usr/bin/env bash
# Delivery throughput and decision→sink latency of the Release AlertRouter against a fast local webhook sink.
#   1. drain: N notifications queued (delivery off), then a delivery-only replica drains them; every completion is a
#      durable SQLite write (synchronous=FULL). Target >= 2,000 notifications/s.
#   2. live: the whole pipeline (intake → flush → queue → sink) with alerts posted at a steady rate, then in a burst;
#      p50/p90/p99 from the flush's decision (the notification's createdAt) to the sink receiving it.
# Usage: bench/delivery.sh [drain_count=20000] [live_count=5000] [live_rate=500] [--AlertRouter:X=Y ...]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release -v q -nologo src/AlertRouter >/dev/null
dotnet build -c Release -v q -nologo bench/DeliveryBench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet bench/DeliveryBench/bin/Release/net10.0/DeliveryBench.dll src/AlertRouter/bin/Release/net10.0/AlertRouter.dll "$work" "$@"

#!/usr/bin/env bash
# Fuzzes the targets of fuzz/AlertRouter.Fuzz with afl-fuzz (AFL++ from Debian) through SharpFuzz, SECONDS each
# (default 60), one after the other, and prints one line per target: executions, exec/s, corpus size, crashes, hangs.
# A crash is replayed with its exception printed; any crash or hang makes the script exit 1.
#   bench/fuzz.sh [SECONDS] [TARGET...]        e.g. nice -n 19 bench/fuzz.sh 900 re2
# Env: FUZZ_OUT (default artifacts/fuzz), FUZZ_HANG_MS (per-input limit, default 5000).
# Installs afl++ when it is missing (as root, as CI runs). How to read and keep findings: docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
hang_ms=${FUZZ_HANG_MS:-5000}
project=fuzz/AlertRouter.Fuzz
mkdir -p "${FUZZ_OUT:-artifacts/fuzz}"
out=$(cd "${FUZZ_OUT:-artifacts/fuzz}" && pwd)

if ! command -v afl-fuzz >/dev/null; then
  echo "fuzz.sh: installing afl++"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi

# Fuzz an instrumented copy of the host; the normal build output stays uninstrumented (replay uses it).
dotnet build "$project" -c Release -nologo -v q >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
plain="$project/bin/Release/net10.0"
bin="$out/bin"
rm -rf "$bin"
cp -r "$plain" "$bin"
(cd fuzz && dotnet tool restore >/dev/null &&
  for dll in AlertRouter.dll YamlDotNet.dll; do dotnet tool run sharpfuzz "$bin/$dll" >/dev/null; done)

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(dotnet "$plain/AlertRouter.Fuzz.dll" list)

stat_of() { awk -F' *: ' -v k="$1" '$1 == k { print $2 }' "$2" 2>/dev/null; }

findings=0
summary=$(printf '%-17s %8s %11s %7s %7s %8s %6s' target seconds executions exec/s corpus crashes hangs)
for target in "${targets[@]}"; do
  dir="$out/$target"
  rm -rf "$dir"
  mkdir -p "$dir"
  dict=()
  [ -f "$project/dictionaries/$target.dict" ] && dict=(-x "$project/dictionaries/$target.dict")
  echo "fuzz.sh: $target for ${seconds}s"
  set +e
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    FUZZ_HANG_MS="$hang_ms" FUZZ_HANG_DIR="$dir/hangs" \
    afl-fuzz -i "$project/corpus/$target" -o "$dir" -V "$seconds" -t $((hang_ms * 4)) -m none "${dict[@]}" \
    -- dotnet "$bin/AlertRouter.Fuzz.dll" fuzz "$target" >"$dir/afl.log" 2>&1
  rc=$?
  set -e

  # The host exits on a hang (after saving the input to hangs/); a process that died otherwise (stack overflow)
  # leaves its input in .cur_input.
  mkdir -p "$dir/hangs"
  if [ $rc -ne 0 ] && [ -z "$(ls -A "$dir/hangs")" ]; then
    if [ -f "$dir/default/.cur_input" ]; then
      cp "$dir/default/.cur_input" "$dir/hangs/died-$(sha256sum "$dir/default/.cur_input" | cut -c1-16)"
    fi
    echo "fuzz.sh: afl-fuzz exited with $rc for $target:"
    tail -n 15 "$dir/afl.log"
  fi

  stats="$dir/default/fuzzer_stats"
  crashes=$(find "$dir/default/crashes" -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(($(find "$dir/hangs" -type f | wc -l) + $(find "$dir/default/hangs" -name 'id:*' 2>/dev/null | wc -l)))
  if [ $rc -ne 0 ] && [ "$hangs" -eq 0 ]; then hangs=1; fi
  summary+=$'\n'$(printf '%-17s %8s %11s %7s %7s %8s %6s' "$target" "$(stat_of run_time "$stats")" "$(stat_of execs_done "$stats")" \
    "$(stat_of execs_per_sec "$stats")" "$(stat_of corpus_count "$stats")" "$crashes" "$hangs")
  found=0
  for input in "$dir"/default/crashes/id:* "$dir"/hangs/*; do
    [ -f "$input" ] || continue
    found=$((found + 1))
    echo "fuzz.sh: finding in $target: $input"
    timeout 60 dotnet "$plain/AlertRouter.Fuzz.dll" replay "$target" "$input" | head -n 40 || true
  done
  [ $rc -eq 0 ] || [ $found -gt 0 ] || found=1
  findings=$((findings + found))
done

echo "$summary"
echo "fuzz.sh: $findings finding(s); inputs and afl-fuzz logs under $out"
[ "$findings" -eq 0 ]

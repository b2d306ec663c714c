#!/usr/bin/env bash
# Runs the fuzz targets one after another, each for SECONDS, from the seeds
# (seeds.mjs) plus the corpus each run grows. Exits non-zero on any finding;
# the input that caused it is in BUILD/fuzz-artifacts/.
#   tests/fuzz/run.sh BUILD SECONDS [TARGET...]     TARGET: json markdown body render options
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$1 seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json markdown body render options)

node tests/fuzz/seeds.mjs "$build/seeds"
mkdir -p "$build/fuzz-artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$build/fuzz-corpus/$t"
  log="$build/fuzz-artifacts/$t.log"
  echo "fuzz_$t: ${seconds}s"
  if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -dict=tests/fuzz/broadsheet.dict -artifact_prefix="$build/fuzz-artifacts/$t-" -print_final_stats=1 \
      "$build/fuzz-corpus/$t" "$build/seeds/$t" > "$log" 2>&1; then
    grep -E "^stat::number_of_executed_units|^Done" "$log" | sed "s/^/  /"
  else
    failed+=("$t")
    echo "  FINDING: see $log and $build/fuzz-artifacts/$t-*"
    grep -E "ERROR|SUMMARY|oracle|  offset|runtime error" "$log" | head -20 | sed "s/^/  /"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}"
  exit 1
fi
echo "fuzz: no findings"

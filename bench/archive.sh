#!/bin/sh
# Articles per second of `broadsheet render --out-dir` on a generated archive
# (bench/gen-archive.mjs): a fresh render with 1 and with 2 jobs, three runs
# each, then a run where every page is up to date. A report, never a test.
#   bench/archive.sh [COUNT=10000] [BROADSHEET=build/native/broadsheet]
#   SITE=/dev/shm/site bench/archive.sh    # write the pages to memory, not disk
set -eu
count=${1:-10000}
bin=${2:-build/native/broadsheet}
tmp=$(mktemp -d)
site=${SITE:-$tmp/site}
trap 'rm -rf "$tmp" "$site"' EXIT
node bench/gen-archive.mjs "$tmp/archive" "$count"
echo "broadsheet check (parse and render, nothing written), 2 jobs:"
/usr/bin/time -f "  %e s wall, %U s user, %S s sys" "$bin" check "$tmp/archive" --jobs 2
for jobs in 1 2; do
  echo "broadsheet render --out-dir $site --jobs $jobs (fresh):"
  for run in 1 2 3; do
    rm -rf "$site"
    /usr/bin/time -f "  %e s wall, %U s user, %S s sys" "$bin" render "$tmp/archive" --out-dir "$site" --jobs "$jobs"
  done
done
echo "broadsheet render --out-dir $site (every page up to date):"
/usr/bin/time -f "  %e s wall, %U s user, %S s sys" "$bin" render "$tmp/archive" --out-dir "$site"

#!/usr/bin/env bash
# Builds the same synthetic bulletin cold with Bantin and with Hugo, alternating runs,
# and reports the median wall time, the median peak memory and Bantin's share of Hugo's.
#
#   bench/run.sh [N ...]        (default: 1000 10000)
#   RUNS=5 bench/run.sh 10000   (runs per tool, default 3)
#   TOOLS=bantin bench/run.sh 100000   (Bantin only)
#   SETTLE=0 bench/run.sh 10000   (seconds to wait after deleting the previous output, default 65)
#
# Each run deletes the previous output first. On ext4 without a journal, inodes freed in the
# last minute are skipped when new files are made (recently_deleted() in fs/ext4/ialloc.c),
# and making 25,000 files right after deleting 25,000 then costs both tools 10 s or more of
# kernel time. The wait lets the file system settle so that the tools, not that, are compared.
#
# Needs Debian's hugo (apt-get install hugo) and GNU time (/usr/bin/time, apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
settle="${SETTLE:-65}"
tools="${TOOLS:-bantin hugo}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work="${BENCH_DIR:-/tmp/bantin-bench}"

swift build -c release --product bantin >/dev/null
bantin="$PWD/.build/release/bantin"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); $(hugo version 2>/dev/null | cut -d' ' -f1-2)"
echo
echo "| articles | tool | median wall (s) | median peak memory (MB) | files |"
echo "|---:|---|---:|---:|---:|"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for n in "${sizes[@]}"; do
  [ -d "$work/$n/bantin/content" ] || python3 bench/generate.py "$n" "$work/$n" >/dev/null
  declare -A times=() memory=()
  for ((run = 1; run <= runs; run++)); do
    for tool in $tools; do
      log="$(mktemp)"
      if [ "$tool" = bantin ]; then
        rm -rf "$work/$n/bantin/public" "$work/$n/bantin/.bantin-cache"
        sync; sleep "$settle"; /usr/bin/time -f "%e %M" -o "$log" "$bantin" build "$work/$n/bantin" >/dev/null 2>&1
        files=$(find "$work/$n/bantin/public" -type f | wc -l)
      else
        rm -rf "$work/$n/hugo/public" "$work/$n/hugo/resources"
        sync; sleep "$settle"; (cd "$work/$n/hugo" && /usr/bin/time -f "%e %M" -o "$log" hugo --quiet >/dev/null 2>&1)
        files=$(find "$work/$n/hugo/public" -type f | wc -l)
      fi
      read -r seconds kb < "$log"
      rm -f "$log"
      times[$tool]+="$seconds "
      memory[$tool]+="$((kb / 1024)) "
      eval "files_$tool=$files"
    done
  done
  for tool in $tools; do
    t=$(echo "${times[$tool]}" | tr ' ' '\n' | grep . | median)
    m=$(echo "${memory[$tool]}" | tr ' ' '\n' | grep . | median)
    eval "f=\$files_$tool"
    echo "| $n | $tool | $t | $m | $f |"
    eval "median_$tool=$t; mem_$tool=$m"
  done
  if [[ " $tools " == *" hugo "* && " $tools " == *" bantin "* ]]; then
    echo "| $n | Bantin ÷ Hugo | $(awk "BEGIN {printf \"%.2f\", $median_bantin / $median_hugo}") | $(awk "BEGIN {printf \"%.2f\", $mem_bantin / $mem_hugo}") | |"
  fi
  unset times memory
done

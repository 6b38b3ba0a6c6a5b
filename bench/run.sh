#!/usr/bin/env bash
# Builds the same synthetic bulletin cold with Bantin and with Hugo, alternating runs,
# and reports the median wall time, the median peak memory and Bantin's share of Hugo's.
#
#   bench/run.sh [N ...]        (default: 1000 10000)
#   RUNS=5 bench/run.sh 10000   (runs per tool, default 3)
#   TOOLS=bantin bench/run.sh 100000   (Bantin only)
#   SEED=7 bench/run.sh 10000   (the corpus of another shape that generate.py --seed 7 makes)
#
# Each run writes into a new, empty output folder, and the outputs are deleted only once every
# run of a size is done. On ext4 without a journal, an inode freed in the last minute (the
# last six minutes while its block of the inode table is waiting to be written back) is
# skipped when a new file is made (recently_deleted() in fs/ext4/ialloc.c), and each skip
# costs a look-up: making the files of a run right after deleting those of the last one cost
# both tools several times the kernel time of making them anywhere else. Delete the outputs
# of an earlier benchmark some minutes before starting another.
#
# Needs Debian's hugo (apt-get install hugo) and GNU time (/usr/bin/time, apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
tools="${TOOLS:-bantin hugo}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work="${BENCH_DIR:-/tmp/bantin-bench}"
seed="${SEED:-}"

swift build -c release --product bantin >/dev/null
bantin="$PWD/.build/release/bantin"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); $(hugo version 2>/dev/null | cut -d' ' -f1-2)"
echo
[ -z "$seed" ] || echo "corpus: generate.py --seed $seed"
echo "| articles | tool | median wall (s) | median peak memory (MB) | files | MB of files |"
echo "|---:|---|---:|---:|---:|---:|"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for n in "${sizes[@]}"; do
  corpus="$work/$n${seed:+-seed$seed}"
  [ -d "$corpus/bantin/content" ] || python3 bench/generate.py "$n" "$corpus" ${seed:+--seed "$seed"} >/dev/null
  declare -A times=() memory=()
  for ((run = 1; run <= runs; run++)); do
    for tool in $tools; do
      log="$(mktemp)"
      out="$corpus/out-$tool-$run"
      rm -rf "$out"
      if [ "$tool" = bantin ]; then
        rm -rf "$corpus/bantin/.bantin-cache"
        /usr/bin/time -f "%e %M" -o "$log" "$bantin" build "$corpus/bantin" --output "$out" >/dev/null 2>&1
      else
        rm -rf "$corpus/hugo/resources"
        (cd "$corpus/hugo" && /usr/bin/time -f "%e %M" -o "$log" hugo --quiet --destination "$out" >/dev/null 2>&1)
      fi
      files=$(find "$out" -type f | wc -l)
      bytes=$(find "$out" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1000000}')
      read -r seconds kb < "$log"
      rm -f "$log"
      times[$tool]+="$seconds "
      memory[$tool]+="$((kb / 1024)) "
      eval "files_$tool=$files; bytes_$tool=$bytes"
    done
  done
  for tool in $tools; do
    t=$(echo "${times[$tool]}" | tr ' ' '\n' | grep . | median)
    m=$(echo "${memory[$tool]}" | tr ' ' '\n' | grep . | median)
    eval "f=\$files_$tool; b=\$bytes_$tool"
    echo "| $n | $tool | $t | $m | $f | $b |"
    eval "median_$tool=$t; mem_$tool=$m"
  done
  if [[ " $tools " == *" hugo "* && " $tools " == *" bantin "* ]]; then
    echo "| $n | Bantin ÷ Hugo | $(awk "BEGIN {printf \"%.2f\", $median_bantin / $median_hugo}") | $(awk "BEGIN {printf \"%.2f\", $mem_bantin / $mem_hugo}") | | |"
  fi
  unset times memory
  rm -rf "$corpus"/out-*
done

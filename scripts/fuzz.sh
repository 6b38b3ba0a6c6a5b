#!/usr/bin/env bash
# Fuzzes Bantin's parsers with libFuzzer: front matter and articles, fact blocks, the schema,
# the gazetteer, Vietnamese numbers and dates, Markdown, free pages and whole sites built in memory.
#
#   scripts/fuzz.sh [SECONDS] [PARSER...]
#
# Runs each parser (default: all of them) for SECONDS (default 60), one after the other.
# Parsers: article facts schema gazetteer numbers markdown site siteConfig page siteFiles.
# The seed corpus is made from the example site (content/**, site.yaml) and fuzz/seeds/ into
# fuzz/corpus/<parser>/, which grows from run to run. Crashes, timeouts (5 s) and broken
# invariants are saved in fuzz/crashes/; replay one with
#   ASAN_OPTIONS=detect_leaks=0 fuzz/.build/release/BantinFuzz fuzz/crashes/<file>
# and keep it as a regression test in Tests/Fixtures/fuzz-regressions/ (see README, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
shift || true
parsers=("$@")
if [ ${#parsers[@]} -eq 0 ]; then
  parsers=(article facts schema gazetteer numbers markdown site siteConfig page siteFiles)
fi

# The parser's number is the first byte of each of its inputs (FuzzTarget.Parser).
number_of() {
  case "$1" in
    article) echo 0 ;; facts) echo 1 ;; schema) echo 2 ;; gazetteer) echo 3 ;; numbers) echo 4 ;;
    markdown) echo 5 ;; site) echo 6 ;; siteConfig) echo 7 ;; page) echo 8 ;; siteFiles) echo 9 ;;
    *) echo "unknown parser '$1'" >&2; exit 64 ;;
  esac
}
for parser in "${parsers[@]}"; do number_of "$parser" >/dev/null; done

scripts/install-deps.sh

# The fuzz package depends on this one by path and builds with coverage and AddressSanitizer;
# lld links it (gold cannot link libFuzzer's driver with Swift here).
echo "building the fuzzer…" >&2
swift build --package-path fuzz -c release --product BantinFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld 2>&1 | { grep -v -e "unhandled" -e "CMakeLists.txt" >&2 || true; }
fuzzer="$root/fuzz/.build/release/BantinFuzz"

# Writes one seed: the parser's byte, then the bytes, named by their hash so seeds are not doubled.
write_seed() { # parser-number corpus-folder < bytes
  local tmp name
  tmp=$(mktemp)
  { printf "\\x$(printf %02x "$1")"; cat; } > "$tmp"
  name=$(sha1sum "$tmp" | cut -c1-16)
  mv "$tmp" "$2/seed-$name"
}

articles=$(find content -name '*.md' -path 'content/articles/*' | sort)
make_seeds() { # parser corpus-folder
  local parser=$1 folder=$2 n
  n=$(number_of "$parser")
  case "$parser" in
    article|site|markdown|page)
      for file in $articles; do write_seed "$n" "$folder" < "$file"; done ;;
    facts)
      for file in $articles; do
        # Each fact block's YAML, one seed per block.
        awk -v out="$folder/.block" 'BEGIN{n=0} /^```facts/{inside=1; n++; next} /^```/{inside=0; next} inside{print > (out n)}' "$file"
        for block in "$folder"/.block*; do [ -f "$block" ] && write_seed "$n" "$folder" < "$block" && rm -f "$block"; done
      done ;;
    schema) write_seed "$n" "$folder" < content/schema.yaml ;;
    gazetteer) write_seed "$n" "$folder" < content/localities.yaml ;;
    siteConfig) write_seed "$n" "$folder" < site.yaml ;;
    numbers)
      # Every quoted number, date and period the example writes.
      grep -ohE '"[-0-9.,]+"|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:+Z-]+)?|[0-9]{4}-[0-9]{4}' $articles | sort -u | while read -r value; do
        printf '%s' "${value//\"/}" | write_seed "$n" "$folder"
      done ;;
    siteFiles)
      # The example's site.yaml, schema and gazetteer with one article at a time.
      for file in $articles; do
        { for part in site.yaml content/schema.yaml content/localities.yaml "$file"; do printf '==> %s\n' "$part"; cat "$part"; done; } \
          | write_seed "$n" "$folder"
      done ;;
  esac
  # Hand-written seeds against the fuzzer's own gazetteer and schema; articles serve the pipeline too.
  local seeds=("fuzz/seeds/$parser")
  case "$parser" in site|markdown) seeds+=(fuzz/seeds/article) ;; esac
  for dir in "${seeds[@]}"; do
    [ -d "$dir" ] || continue
    for file in "$dir"/*; do [ -f "$file" ] && write_seed "$n" "$folder" < "$file"; done
  done
}

mkdir -p fuzz/crashes
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
# The Swift backtracer and AddressSanitizer both want the crash; the sanitizer report is the useful one.
export SWIFT_BACKTRACE=enable=no
status=0
for parser in "${parsers[@]}"; do
  corpus="fuzz/corpus/$parser"
  mkdir -p "$corpus"
  make_seeds "$parser" "$corpus"
  echo "fuzzing $parser for ${seconds}s…" >&2
  if ! BANTIN_FUZZ_PARSER="$parser" "$fuzzer" \
      -max_total_time="$seconds" -timeout=5 -rss_limit_mb=4096 -max_len=65536 \
      -dict=fuzz/bantin.dict -artifact_prefix="fuzz/crashes/$parser-" -print_final_stats=1 \
      "$corpus" 2> "fuzz/crashes/.last-$parser.log"; then
    status=1
    echo "fuzz: $parser found a problem; see fuzz/crashes/ and fuzz/crashes/.last-$parser.log" >&2
    grep -E "^(==|SUMMARY|Fatal error|.*invariant broken)" "fuzz/crashes/.last-$parser.log" | head -20 >&2 || true
  else
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|Done [0-9]+ runs" "fuzz/crashes/.last-$parser.log" | sed "s/^/  $parser: /" >&2 || true
  fi
done
exit $status

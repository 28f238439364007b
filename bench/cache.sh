#!/usr/bin/env bash
# Benchmark: a build from the build cache after one edit, beside a cold build and Hugo's full build.
#
#   bash bench/cache.sh [N]            (default: 10000; the corpus of bench/run.sh, made if missing)
#
# Environment (all optional): SEED=42, BENCH_DIR=/tmp/antq-bench, RUNS=1 (rounds of all scenarios),
# OUT=bench/results-cache.md, HUGO=1 (0: leave Hugo out).
#
# On a private copy of the corpus, each round runs, each into the same output folder:
#   cold-no-cache  --no-cache, new output folder (what the cache costs a first build)
#   cold      no cache yet, new output folder (the cache is deleted first): writes the cache
#   none      nothing edited
#   text      a paragraph added to one document
#   title     one document's title changed
#   glossary-definition    the first definition of the glossary changed (the project's glossary
#                          is copied in first): bodies do not show definitions
#   glossary-expansion-AN  the first expansion changed, that of "AN" ("an ninh"), a word of
#                          nearly every document: the worst case, most bodies are rendered again
# and, if Hugo is installed (apt-get install hugo), Hugo's full build of the same documents.
# Every scenario's output is checked against a clean `--no-cache` build of the same source once
# per round (diff -r): a fast build that publishes something else would not count.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-10000}
SEED=${SEED:-42}
BENCH_DIR=${BENCH_DIR:-/tmp/antq-bench}
RUNS=${RUNS:-1}
HUGO=${HUGO:-1}
OUT=${OUT:-$ROOT/bench/results-cache.md}
log() { printf '[cache-bench] %s\n' "$*" >&2; }

[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
[ -f target/antq-site.jar ] || mvn -q -B -DskipTests package
CORPUS="$BENCH_DIR/$N"
if [ ! -f "$CORPUS/content/_data/site.yaml" ]; then
  log "generating the $N-document corpus"
  java bench/CorpusGenerator.java --seed "$SEED" --docs "$N" --out "$CORPUS"
fi
WORK="$BENCH_DIR/cache-$N"
rm -rf "$WORK"; mkdir -p "$WORK"
cp target/antq-site.jar "$WORK/antq-site.jar"
cp -r "$CORPUS/content" "$CORPUS/themes" "$WORK/"
cp content/_data/glossary.yaml "$WORK/content/_data/glossary.yaml"
SITE="$WORK/site"
DOC=$(ls "$WORK/content/van-ban" | sort | sed -n "$((N / 2))p")
RESULTS="$WORK/runs.tsv"; : > "$RESULTS"

# run NAME CMD...: one timed run: wall s, CPU s, peak RSS MB
run() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" >"$WORK/log-$name.txt" 2>&1
  read -r wall user sys rss < "$WORK/time.txt"
  printf '%s\t%s\t%.1f\t%d\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" >> "$RESULTS"
  log "$name: ${wall} s"
}
BUILD=(java -jar "$WORK/antq-site.jar" build --source "$WORK" --out "$SITE")
check_same() {
  rm -rf "$WORK/clean"
  java -jar "$WORK/antq-site.jar" build --no-cache --source "$WORK" --out "$WORK/clean" >/dev/null 2>&1
  diff -r -q "$SITE" "$WORK/clean" >/dev/null || { echo "$1: the cached build differs from a clean build" >&2; exit 1; }
  rm -rf "$WORK/clean"
}

for ((r = 1; r <= RUNS; r++)); do
  rm -rf "$WORK/.antq-cache" "$SITE" "$WORK/nocache"
  run cold-no-cache java -jar "$WORK/antq-site.jar" build --no-cache --source "$WORK" --out "$WORK/nocache"
  rm -rf "$WORK/nocache"
  run cold "${BUILD[@]}"
  run none "${BUILD[@]}"
  printf '\n\nĐoạn thêm ở vòng %d về an ninh, trật tự.\n' "$r" >> "$WORK/content/van-ban/$DOC"
  run text "${BUILD[@]}"
  sed -i "0,/^title: /s/^title: \"/title: \"(sửa $r) /" "$WORK/content/van-ban/$DOC"
  run title "${BUILD[@]}"
  sed -i "0,/definition: \"/s/definition: \"/definition: \"(sửa $r) /" "$WORK/content/_data/glossary.yaml"
  run glossary-definition "${BUILD[@]}"
  sed -i "0,/expansion: \"/s/expansion: \"/expansion: \"(sửa $r) /" "$WORK/content/_data/glossary.yaml"
  run glossary-expansion-AN "${BUILD[@]}"
  check_same "round $r"
  if [ "$HUGO" = 1 ] && command -v hugo >/dev/null; then
    rm -rf "$WORK/hugo-out"
    run hugo hugo --quiet --source "$CORPUS/hugo" --destination "$WORK/hugo-out"
    rm -rf "$WORK/hugo-out"
  fi
done

{
  echo "# Build cache benchmark ($N documents)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, jar sha256 $(sha256sum "$WORK/antq-site.jar" | cut -c1-12), runs=$RUNS"
  echo
  echo "| scenario | wall s | CPU s | peak RSS MB |"
  echo "|---|---:|---:|---:|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$RESULTS"
} > "$OUT"
cat "$OUT"

#!/usr/bin/env bash
# Memory on a large real-shaped corpus: the imported legal texts (as bench/real.sh imports
# them) repeated under new numbers to MB megabytes of Markdown (bench/repeat-corpus.py), then
# `build --no-cache` and `check` with the launcher's default heap (java -jar, no options), each
# measured with /usr/bin/time -v: wall, CPU, peak RSS of the process tree (the launcher's
# child JVM is the larger), exit code, pages built.
#
#   bash bench/memory.sh            # MB=500
#   MB=250 bash bench/memory.sh
#
# Environment: CORPUS (../shared/corpus/van-ban-phap-luat), MB (500), BENCH_DIR
# (/tmp/antq-bench-memory), JAR (target/antq-site.jar), OUT (bench/results-memory.md).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpus/van-ban-phap-luat}
MB=${MB:-500}
BENCH_DIR=${BENCH_DIR:-/tmp/antq-bench-memory}
OUT=${OUT:-bench/results-memory.md}
log() { printf '[memory] %s\n' "$*" >&2; }
[ -x /usr/bin/time ] || { apt-get update -qq; apt-get install -y -qq time >/dev/null; }
[ -f target/antq-site.jar ] || mvn -q -B -DskipTests package
mkdir -p "$BENCH_DIR"
JAR="$BENCH_DIR/antq-site.jar"
cp "${JAR_FROM:-target/antq-site.jar}" "$JAR"
KEY=$( { sha256sum "$JAR" | cut -c1-16; find "$CORPUS" themes content -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum bench/repeat-corpus.py; echo "$MB"; } | sha256sum | cut -c1-12)
SRC="$BENCH_DIR/src-$KEY"
if [ ! -f "$SRC/.done" ]; then
  rm -rf "$BENCH_DIR"/src-* "$BENCH_DIR/import"
  mkdir -p "$BENCH_DIR/import"
  cp -r themes content "$BENCH_DIR/import/"
  log "importing $CORPUS"
  java -jar "$JAR" import "$CORPUS" --source "$BENCH_DIR/import" > "$BENCH_DIR/import.log" 2>&1 \
    || { tail -5 "$BENCH_DIR/import.log" >&2; exit 1; }
  python3 bench/repeat-corpus.py "$BENCH_DIR/import" "$SRC" --mb "$MB" > "$BENCH_DIR/repeat.log"
  touch "$SRC/.done"
fi
log "$(cat "$BENCH_DIR/repeat.log")"
TMPDIR_RUN="$BENCH_DIR/tmp"; mkdir -p "$TMPDIR_RUN"
measure() {  # measure NAME CMD...
  local name=$1; shift
  local tf="$BENCH_DIR/time-$name.txt" lf="$BENCH_DIR/$name.log" rc=0 peak_tmp=0
  /usr/bin/time -v -o "$tf" env ANTQ_TIMINGS=1 JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$TMPDIR_RUN" "$@" > "$lf" 2>&1 || rc=$?
  # the scratch file is unlinked when opened: the build prints its size
  peak_tmp=$(sed -n 's/^\[spill\] \([0-9]*\) bytes$/\1/p' "$lf" | tail -1)
  local wall user sys rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$tf"); sys=$(sed -n 's/.*System time (seconds): //p' "$tf")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
  printf '| %s | %s | %.0f | %.0f | %.0f | %s | %s |\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" \
    "$(echo "${peak_tmp:-0} / 1000000" | bc)" "$rc" "$(grep -E 'Đã dựng|Kiểm tra xong|hết bộ nhớ|không thành công' "$lf" | tail -1 | cut -c1-120)" >> "$BENCH_DIR/rows.md"
  log "$name: rc=$rc wall=${wall}s rss=$((rss / 1024))MB"
}
: > "$BENCH_DIR/rows.md"
rm -rf "$BENCH_DIR/site"
measure build java -jar "$JAR" build --no-cache --source "$SRC" --out "$BENCH_DIR/site"
measure check java -jar "$JAR" check --source "$SRC"
{
  echo "# Memory: $MB MB of real-shaped Markdown, default heap"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | sed -n 1p); jar sha256 $(sha256sum "$JAR" | cut -c1-12).  "
  echo "Source: $(cat "$BENCH_DIR/repeat.log" | sed "s|$BENCH_DIR/||")."
  echo "Output: $(find "$BENCH_DIR/site" -type f | wc -l) files, $(du -sb "$BENCH_DIR/site" | cut -f1) bytes."
  echo
  echo '| command | wall s | CPU s | peak RSS MB | scratch file MB | exit | last line |'
  echo '|---|---:|---:|---:|---:|---|---|'
  cat "$BENCH_DIR/rows.md"
} | tee "$OUT"

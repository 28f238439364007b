#!/usr/bin/env bash
# Benchmark: antq-site vs Hugo on the same generated corpus.
#
#   bash bench/run.sh [N...]          (default: 1000 10000)
#
# Environment (all optional):
#   SEED=42            corpus seed
#   RUNS=3             measured runs per tool (after WARMUP warm-up runs)
#   WARMUP=1
#   BENCH_DIR=/tmp/antq-bench   corpora and outputs go to BENCH_DIR/N
#   JAVA_OPTS=""       extra JVM flags for our build (recorded in the results)
#   OUT=bench/results-latest.md
#   OUTPUTS=fresh      fresh: every run writes into a new, empty folder, and all of them are
#                      deleted when the benchmark ends; delete: the tool's last output is
#                      deleted right before each run (the condition of the runs before 2026-11-23)
#
# Each measured run starts from an empty output folder. Runs of the two tools alternate
# (ours, hugo, ours, hugo, ...) so a passing load on the machine hits both alike.
#
# Why "fresh" by default: on an ext4 file system without a journal (this machine's disk),
# the kernel will not reuse an inode freed in the last 1 to 6 minutes, and checks each such
# inode again for every file it creates in that block group. Deleting 20,000-35,000 files
# right before a build then makes the build's file creation cost system time that grows
# from run to run (BENCHMARKS.md), a cost of the benchmark's own clean-up, not of either
# tool's work; with a journal (ext4's default), or on xfs, btrfs or tmpfs, it does not
# happen. A first build, as on a fresh CI checkout, writes into a new folder like this.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SEED=${SEED:-42}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
BENCH_DIR=${BENCH_DIR:-/tmp/antq-bench}
JAVA_OPTS=${JAVA_OPTS:-}
OUTPUTS=${OUTPUTS:-fresh}
case "$OUTPUTS" in fresh|delete) ;; *) echo "OUTPUTS must be fresh or delete" >&2; exit 2 ;; esac
OUT=${OUT:-$ROOT/bench/results-latest.md}
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 10000); fi

log() { printf '[bench] %s\n' "$*" >&2; }

# ---- tools -----------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  apt-get install -y -qq "$@" >/dev/null
}
command -v hugo >/dev/null 2>&1 || { log "installing hugo"; apt_install hugo; }
[ -x /usr/bin/time ] || { log "installing time"; apt_install time; }
command -v python3 >/dev/null 2>&1 || { log "installing python3"; apt_install python3; }

if [ ! -f target/antq-site.jar ]; then
  log "building target/antq-site.jar"
  mvn -q -B -DskipTests package
fi
mkdir -p "$BENCH_DIR"
# a private copy: target/ may be rebuilt while the benchmark runs (by another shell or a
# test run), so wait until the jar is a complete archive that has not changed for 5 s
jar_ok() { python3 -c 'import sys, zipfile; sys.exit(zipfile.ZipFile(sys.argv[1]).testzip() is not None)' "$1" 2>/dev/null; }
JAR="$BENCH_DIR/antq-site.jar"
for ((try = 0; ; try++)); do
  before=$(stat -c '%Y %s' target/antq-site.jar 2>/dev/null || true)
  sleep 5
  if [ -n "$before" ] && [ "$before" = "$(stat -c '%Y %s' target/antq-site.jar 2>/dev/null)" ]; then
    cp target/antq-site.jar "$JAR.tmp"
    if jar_ok "$JAR.tmp" && [ "$before" = "$(stat -c '%Y %s' target/antq-site.jar)" ]; then mv "$JAR.tmp" "$JAR"; break; fi
  fi
  [ "$try" -ge 24 ] && { echo "target/antq-site.jar is missing, changing or not a valid jar (is a build running?)" >&2; exit 1; }
  log "target/antq-site.jar is being rebuilt: waiting"
done
JAR_SHA=$(sha256sum "$JAR" | cut -c1-12)
JAR_DATE=$(date -u -r target/antq-site.jar '+%Y-%m-%d %H:%M UTC')

# ---- machine ---------------------------------------------------------------
RESULTS="$BENCH_DIR/runs.tsv"
META="$BENCH_DIR/meta.txt"
: > "$RESULTS"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc=$(nproc)"
  echo "cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "jvm_runtime=$(java -version 2>&1 | sed -n 2p)"
  echo "hugo=$(hugo version 2>/dev/null | head -1)"
  echo "java_opts=${JAVA_OPTS:-(none)}"
  echo "outputs=$OUTPUTS"
  echo "jar=target/antq-site.jar sha256 $JAR_SHA, built $JAR_DATE"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "seed=$SEED"
  echo "runs=$RUNS"
  echo "warmup=$WARMUP"
} > "$META"

# ---- helpers ---------------------------------------------------------------
# busy CPU time of the whole machine so far, in clock ticks
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
HZ=$(getconf CLK_TCK)

# percentage of all CPUs busy over one second (nothing of ours runs while this measures)
cpu_busy() {
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat)
  sleep 1
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat)
  echo "$a $b" | awk '{ t = $4 - $2; printf "%d", (t > 0 ? 100 * ($3 - $1) / t : 0) }'
}

# waits (at most QUIET_MAX seconds) until other processes leave the CPUs nearly idle
QUIET_MAX=${QUIET_MAX:-300}
BUSY=0
wait_quiet() {
  local waited=0
  BUSY=$(cpu_busy)
  while [ "$BUSY" -gt 15 ] && [ "$waited" -lt "$QUIET_MAX" ]; do
    [ "$waited" = 0 ] && log "machine busy (${BUSY}% CPU used by other processes): waiting up to ${QUIET_MAX}s"
    sleep 4
    waited=$((waited + 5))
    BUSY=$(cpu_busy)
  done
}

# run TOOL N RUN DIR CMD...: one timed run, a line in runs.tsv
timed() {
  local tool=$1 n=$2 run=$3 dir=$4; shift 4
  local tf="$dir/time-$tool-$run.txt" lf="$dir/log-$tool-$run.txt" rc=0
  wait_quiet
  local b0 b1
  b0=$(busy_ticks)
  /usr/bin/time -v -o "$tf" "$@" >"$lf" 2>&1 || rc=$?
  b1=$(busy_ticks)
  local wall user sys rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf" \
         | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$tf")
  sys=$(sed -n 's/.*System time (seconds): //p' "$tf")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
  # CPU used by other processes during the run, in % of all CPUs (a shared machine)
  local other
  other=$(awk -v b="$((b1 - b0))" -v hz="$HZ" -v u="${user:-0}" -v s="${sys:-0}" -v w="${wall:-0}" -v c="$(nproc)" \
    'BEGIN { o = (w > 0) ? 100 * (b / hz - u - s) / (w * c) : 0; printf "%d", (o < 0 ? 0 : o) }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$run" "$rc" "$wall" "$user" "$sys" "$rss" "$BUSY" "$other" >> "$RESULTS"
  log "$tool N=$n run $run: rc=$rc wall=${wall}s cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')s rss=$((rss / 1024))MB (CPU used by other processes: ${BUSY}% before, ${other}% during)"
  return 0
}

# output folder of a run: a new one per run (fresh), or the same one emptied (delete)
output() {
  local side=$1 run=$2 dir=$3
  if [ "$OUTPUTS" = fresh ]; then echo "$dir/runs/$side-$run"; else echo "$dir/$side"; fi
}

# outputs of earlier benchmarks are moved aside now and deleted at the end, so that no mass
# deletion happens right before a measured run (see OUTPUTS above)
TRASH="$BENCH_DIR/.trash-$$"
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
set_aside() { [ -e "$1" ] && mv "$1" "$TRASH/$(date +%s%N)"; return 0; }

ours() {
  local n=$1 run=$2 dir=$3 out
  out=$(output site "$run" "$dir")
  rm -rf "$out" "$dir"/.site.staging-* "$dir"/.site.old-* "$dir"/runs/.site-*
  # shellcheck disable=SC2086
  # ANTQ_TIMINGS: the log gets the time of each phase and the build JVM's command line
  timed ours "$n" "$run" "$dir" env ANTQ_TIMINGS=1 java $JAVA_OPTS -jar "$JAR" build --no-cache --source "$dir" --out "$out"
}

theirs() {
  local n=$1 run=$2 dir=$3 out
  out=$(output hugo-public "$run" "$dir")
  rm -rf "$out"
  timed hugo "$n" "$run" "$dir" hugo --source "$dir/hugo" --destination "$out" --quiet
}

# ---- per size --------------------------------------------------------------
GEN_HASH=$(cat bench/CorpusGenerator.java content/van-ban/*.md | sha256sum | cut -c1-16)
for n in "${SIZES[@]}"; do
  dir="$BENCH_DIR/$n"
  stamp="seed=$SEED docs=$n generator+pool=$GEN_HASH"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "generating corpus N=$n into $dir"
    mkdir -p "$dir"
    rm -f "$dir/.stamp"
    java bench/CorpusGenerator.java --seed "$SEED" --docs "$n" --out "$dir" --content content/van-ban --themes themes >&2
    echo "$stamp" > "$dir/.stamp"
  else
    log "corpus N=$n already generated ($stamp)"
    # always build with the project's current theme
    rm -rf "$dir/themes" && cp -r themes "$dir/themes"
  fi
  rm -f "$dir"/time-*.txt "$dir"/log-*.txt
  set_aside "$dir/runs"
  if [ "$OUTPUTS" = fresh ]; then set_aside "$dir/site"; set_aside "$dir/hugo-public"; fi
  mkdir -p "$dir/runs"
  for ((i = 1; i <= WARMUP; i++)); do
    ours "$n" "w$i" "$dir"
    theirs "$n" "w$i" "$dir"
  done
  for ((i = 1; i <= RUNS; i++)); do
    ours "$n" "$i" "$dir"
    theirs "$n" "$i" "$dir"
  done
  # outputs of the last run
  {
    echo "n=$n"
    sed -n 's/^markdown_bytes=/markdown_bytes=/p; s/^hugo_markdown_bytes=/hugo_markdown_bytes=/p' "$dir/corpus.properties"
    echo "md_files=$(find "$dir/content/van-ban" -name '*.md' | wc -l)"
    for side in site hugo-public; do
      out=$(output "$side" "$RUNS" "$dir")
      if [ -d "$out" ]; then
        echo "$side.bytes=$(du -sb "$out" | cut -f1)"
        echo "$side.html=$(find "$out" -name '*.html' | wc -l)"
        echo "$side.files=$(find "$out" -type f | wc -l)"
      fi
    done
    site=$(output site "$RUNS" "$dir")
    if [ -d "$site" ]; then
      # search index: site/search/ or any file named search* (0 when there is none yet)
      s=$( { find "$site" -type f \( -path "$site/search/*" -o -name 'search*' \) -printf '%s\n'; echo 0; } | awk '{ s += $1 } END { print s }')
      c=$(find "$site" -type f \( -path "$site/search/*" -o -name 'search*' \) | wc -l)
      echo "site.search_bytes=$s"
      echo "site.search_files=$c"
    fi
    last="$dir/log-ours-$RUNS.txt"
    echo "ours.summary=$(grep -E 'Đã dựng|không thành công' "$last" | tail -1)"
    echo "ours.errors=$(grep -c ': error:' "$last" || true)"
    grep ': error:' "$last" | head -20 | sed 's/^/ours.error_line=/' || true
    if ! grep -q ': error:' "$last" && ! grep -qE 'Đã dựng' "$last"; then
      # a crash rather than content errors: keep the end of the output
      grep -v '^…' "$last" | tail -8 | sed 's/^/ours.error_line=/' || true
    fi
    grep -h ': warning:' "$last" | sed 's/^.*: warning: //' | sort | uniq -c | sort -rn | head -5 \
      | sed 's/^ *\([0-9]*\) /ours.warning=\1× /' || true
  } > "$dir/outputs.txt"
done
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$META"
# the command the launcher started the build with (heap, collector, JIT, class data archive)
echo "jvm_flags=$(grep -h '^\[launch\]' "$BENCH_DIR/${SIZES[-1]}/log-ours-$RUNS.txt" | head -1 | sed 's/^\[launch\] //')" >> "$META"

python3 bench/report.py "$META" "$RESULTS" "${SIZES[@]/#/$BENCH_DIR/}" | tee "$OUT"
log "written $OUT"
# the runs' outputs go now that nothing is measured (the last ones stay, to look at)
if [ "$OUTPUTS" = fresh ]; then
  for n in "${SIZES[@]}"; do
    for f in "$BENCH_DIR/$n"/runs/*; do
      case "$(basename "$f")" in site-"$RUNS"|hugo-public-"$RUNS") ;; *) rm -rf "$f" ;; esac
    done
  done
fi

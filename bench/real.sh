#!/usr/bin/env bash
# Benchmark on real content: the Vietnamese legal texts of ../shared/corpus/van-ban-phap-luat
# (290 Jekyll Markdown files, 61 MB), imported by our importer, built by antq-site and by Hugo,
# beside the floor (flexmark alone rendering the same bodies, bench/FlexmarkFloor.java).
#
#   bash bench/real.sh
#
# Environment (all optional):
#   CORPUS=../shared/corpus/van-ban-phap-luat   the Jekyll folder to import
#   RUNS=3            measured runs of each tool (after WARMUP warm-up runs each)
#   WARMUP=1
#   WARM_ROUNDS=5     rounds of the warm floor (one JVM, bench/FlexmarkFloor.java --warm N)
#   EDIT=1            0: leave out the warm one-edit build
#   EDIT_CHECK=1      0: do not check the one-edit build's output against a clean build
#   BENCH_DIR=/tmp/antq-bench-real
#   QUIET_MAX=120     before each run, wait at most this many seconds for idle CPUs
#   OUT=bench/results-real.md
#
# Steps:
# 1. The source: `cp -r themes content SRC/ && antq-site import CORPUS --source SRC` (the
#    project's own pages and 8 documents, plus 166 imported documents and 124 pages), once per
#    jar, corpus, themes/content and generator: cached in BENCH_DIR/src-KEY (KEY = sha256 of the
#    jar, the corpus files, themes/, content/ and bench/CorpusGenerator.java).
# 2. The Hugo site of that source: `java bench/CorpusGenerator.java --hugo-only --from SRC
#    --out BENCH_DIR/hugo-KEY` (the synthetic benchmark's theme, front matter mapped as there).
# 3. FlexmarkFloor compiled once with javac (so that no run pays for compiling the source).
# 4. WARMUP rounds, then RUNS rounds, each round in this order, each run into a new empty folder
#    (OUTPUTS=fresh in bench/run.sh explains why), after waiting for quiet CPUs:
#      ours          java -jar antq-site.jar build --no-cache --source SRC --out NEW   (cold: no cache)
#      hugo          hugo --source HUGO --destination NEW --quiet
#      floor         FlexmarkFloor SRC/content with the JVM options our launcher gave the build
#                    (read from its "[launch]" line: heap, collector, JIT; not the class archive)
#      floor-default FlexmarkFloor SRC/content with the JVM's defaults
#    then once: floor-warm, FlexmarkFloor --warm WARM_ROUNDS with the launcher's options: its
#    last round is the warm floor (compiled code, sized heap); the other rounds are in the log.
# 5. Warm one-edit (as bench/cache.sh): a copy of SRC, `build` with the cache into a fixed output
#    folder twice (cache-cold, cache-none), one paragraph appended to one document (the middle of
#    content/van-ban/ by name), `build` again: warm-edit. Its output is then compared (diff -r)
#    with a clean --no-cache build of the edited source.
# Every run is measured with /usr/bin/time -v: wall, user+sys CPU and peak RSS of the whole
# process tree. `java -jar` relaunches itself in a child JVM (HeapLauncher): the child's CPU is
# included (it is waited for), and the peak RSS time -v reports is the larger of the launcher's
# (~50 MB) and the child's (checked by sampling /proc/PID/status VmHWM: equal to the child's),
# not their sum.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPUS=${CORPUS:-../shared/corpus/van-ban-phap-luat}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
WARM_ROUNDS=${WARM_ROUNDS:-5}
EDIT=${EDIT:-1}
EDIT_CHECK=${EDIT_CHECK:-1}
BENCH_DIR=${BENCH_DIR:-/tmp/antq-bench-real}
QUIET_MAX=${QUIET_MAX:-120}
OUT=${OUT:-$ROOT/bench/results-real.md}
log() { printf '[real] %s\n' "$*" >&2; }

[ -d "$CORPUS" ] || { echo "no corpus folder $CORPUS" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)
export DEBIAN_FRONTEND=noninteractive
command -v hugo >/dev/null 2>&1 || { apt-get update -qq; apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq; apt-get install -y -qq time >/dev/null; }
[ -f target/antq-site.jar ] || mvn -q -B -DskipTests package
mkdir -p "$BENCH_DIR"
# a private copy of the jar (target/ may be rebuilt meanwhile)
JAR="$BENCH_DIR/antq-site.jar"
cp target/antq-site.jar "$JAR.tmp"
python3 -c 'import sys, zipfile; sys.exit(zipfile.ZipFile(sys.argv[1]).testzip() is not None)' "$JAR.tmp" \
  || { echo "target/antq-site.jar is not a valid jar (being rebuilt?)" >&2; exit 1; }
mv "$JAR.tmp" "$JAR"
JAR_SHA=$(sha256sum "$JAR" | cut -c1-12)

# ---- source, Hugo site, floor ------------------------------------------------
CORPUS_SHA=$(cd "$CORPUS" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)
INPUTS_SHA=$( { find themes content -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum bench/CorpusGenerator.java; } | sha256sum | cut -c1-12)
KEY="$JAR_SHA-$CORPUS_SHA-$INPUTS_SHA"
SRC="$BENCH_DIR/src-$KEY"
HUGO_SITE="$BENCH_DIR/hugo-$KEY"
if [ ! -f "$SRC/.done" ]; then
  log "importing $CORPUS into $SRC"
  rm -rf "$BENCH_DIR"/src-* "$BENCH_DIR"/hugo-*
  mkdir -p "$SRC"
  cp -r themes content "$SRC/"
  java -jar "$JAR" import "$CORPUS" --source "$SRC" > "$BENCH_DIR/import.log" 2>&1 \
    || { tail -5 "$BENCH_DIR/import.log" >&2; echo "import failed" >&2; exit 1; }
  java bench/CorpusGenerator.java --hugo-only --from "$SRC" --out "$HUGO_SITE" 2> "$BENCH_DIR/hugo-site.log"
  touch "$SRC/.done"
else
  log "source already imported: $SRC"
fi
log "$(grep -E '^Nhập xong' "$BENCH_DIR/import.log" | tail -1)"
FLOOR_CLASSES="$BENCH_DIR/floor-classes"
rm -rf "$FLOOR_CLASSES"; mkdir -p "$FLOOR_CLASSES"
javac -nowarn -cp "$JAR" -d "$FLOOR_CLASSES" bench/FlexmarkFloor.java

# ---- measuring (as bench/run.sh) --------------------------------------------------
RESULTS="$BENCH_DIR/runs.tsv"; : > "$RESULTS"
LOGS="$BENCH_DIR/logs"; rm -rf "$LOGS"; mkdir -p "$LOGS"
RUNS_DIR="$BENCH_DIR/runs"
TRASH="$BENCH_DIR/.trash-$$"
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
[ -e "$RUNS_DIR" ] && mv "$RUNS_DIR" "$TRASH/runs"
[ -e "$BENCH_DIR/edit" ] && mv "$BENCH_DIR/edit" "$TRASH/edit"
mkdir -p "$RUNS_DIR"
HZ=$(getconf CLK_TCK)
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
cpu_busy() {
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat)
  sleep 1
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat)
  echo "$a $b" | awk '{ t = $4 - $2; printf "%d", (t > 0 ? 100 * ($3 - $1) / t : 0) }'
}
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
# timed TOOL RUN CMD...: one measured run, a line in runs.tsv, the output in logs/TOOL-RUN.txt
timed() {
  local tool=$1 run=$2; shift 2
  local tf="$LOGS/time-$tool-$run.txt" lf="$LOGS/$tool-$run.txt" rc=0 b0 b1 wall user sys rss other
  wait_quiet
  b0=$(busy_ticks)
  /usr/bin/time -v -o "$tf" "$@" >"$lf" 2>&1 || rc=$?
  b1=$(busy_ticks)
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf" \
         | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$tf")
  sys=$(sed -n 's/.*System time (seconds): //p' "$tf")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
  other=$(awk -v b="$((b1 - b0))" -v hz="$HZ" -v u="${user:-0}" -v s="${sys:-0}" -v w="${wall:-0}" -v c="$(nproc)" \
    'BEGIN { o = (w > 0) ? 100 * (b / hz - u - s) / (w * c) : 0; printf "%d", (o < 0 ? 0 : o) }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$run" "$rc" "$wall" "$user" "$sys" "$rss" "$BUSY" "$other" >> "$RESULTS"
  log "$tool run $run: rc=$rc wall=${wall}s cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')s rss=$((rss / 1024))MB (other processes: ${BUSY}% before, ${other}% during)"
}

FLOOR_OPTS=""
ours() {
  local run=$1 out="$RUNS_DIR/ours-$1"
  timed ours "$run" env ANTQ_TIMINGS=1 java -jar "$JAR" build --no-cache --source "$SRC" --out "$out"
  if [ -z "$FLOOR_OPTS" ]; then
    # the launcher's JVM options, less its own property and the class data archive
    FLOOR_OPTS=$(grep -m1 '^\[launch\]' "$LOGS/ours-$run.txt" | sed -n 's/^\[launch\] [^ ]*java \(.*\) -cp .*/\1/p' | tr ' ' '\n' \
      | grep -v -e '^-Dantq\.' -e '^-Xlog:cds' -e 'ArchiveClassesAtExit' -e 'SharedArchiveFile' | tr '\n' ' ' | sed 's/ $//')
    [ -n "$FLOOR_OPTS" ] || { echo "no [launch] line in $LOGS/ours-$run.txt" >&2; exit 1; }
    log "launcher's JVM options (the floor's): $FLOOR_OPTS"
  fi
}
hugo_run() { timed hugo "$1" hugo --source "$HUGO_SITE" --destination "$RUNS_DIR/hugo-$1" --quiet; }
# shellcheck disable=SC2086
floor() { timed floor "$1" java $FLOOR_OPTS -cp "$JAR:$FLOOR_CLASSES" FlexmarkFloor "$SRC/content"; }
floor_default() { timed floor-default "$1" java -cp "$JAR:$FLOOR_CLASSES" FlexmarkFloor "$SRC/content"; }

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= WARMUP; i++)); do ours "w$i"; hugo_run "w$i"; floor "w$i"; floor_default "w$i"; done
for ((i = 1; i <= RUNS; i++)); do ours "$i"; hugo_run "$i"; floor "$i"; floor_default "$i"; done
# shellcheck disable=SC2086
timed floor-warm 1 java $FLOOR_OPTS -cp "$JAR:$FLOOR_CLASSES" FlexmarkFloor "$SRC/content" --warm "$WARM_ROUNDS"

# ---- warm one-edit --------------------------------------------------------------
EDIT_DIR="$BENCH_DIR/edit"
EDIT_DOC=""
if [ "$EDIT" = 1 ]; then
  mkdir -p "$EDIT_DIR"
  cp -r "$SRC/content" "$SRC/themes" "$EDIT_DIR/"
  n=$(find "$EDIT_DIR/content/van-ban" -maxdepth 1 -name '*.md' | wc -l)
  EDIT_DOC=$(find "$EDIT_DIR/content/van-ban" -maxdepth 1 -name '*.md' -printf '%f\n' | sort | sed -n "$(( (n + 1) / 2 ))p")
  CACHED=(env ANTQ_TIMINGS=1 java -jar "$JAR" build --source "$EDIT_DIR" --out "$EDIT_DIR/site")
  timed cache-cold 1 "${CACHED[@]}"
  timed cache-none 1 "${CACHED[@]}"
  printf '\n\nĐoạn thêm để đo lần dựng lại sau một sửa đổi: an ninh, trật tự.\n' >> "$EDIT_DIR/content/van-ban/$EDIT_DOC"
  timed warm-edit 1 "${CACHED[@]}"
  if [ "$EDIT_CHECK" = 1 ]; then
    java -jar "$JAR" build --no-cache --source "$EDIT_DIR" --out "$EDIT_DIR/clean" > "$LOGS/edit-clean.txt" 2>&1
    if diff -r -q "$EDIT_DIR/site" "$EDIT_DIR/clean" > "$LOGS/edit-diff.txt" 2>&1; then
      echo same > "$EDIT_DIR/check"
    else
      echo "differs: $(wc -l < "$LOGS/edit-diff.txt") entries (logs/edit-diff.txt)" > "$EDIT_DIR/check"
      log "the one-edit build differs from a clean build: see $LOGS/edit-diff.txt"
    fi
    rm -rf "$EDIT_DIR/clean"
  fi
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- outputs of the last run ----------------------------------------------------
OUTPUTS="$BENCH_DIR/outputs.tsv"; : > "$OUTPUTS"
describe() {  # describe NAME DIR
  local name=$1 d=$2 bytes files html largest sfiles sbytes
  [ -d "$d" ] || return 0
  bytes=$(du -sb "$d" | cut -f1)
  files=$(find "$d" -type f | wc -l)
  html=$(find "$d" -type f -name '*.html' | wc -l)
  largest=$(find "$d" -type f -name '*.html' -printf '%s\t%P\n' | awk -F'\t' '$1 > m { m = $1; l = $0 } END { print l }')
  if [ -d "$d/search" ]; then
    sfiles=$(find "$d/search" -type f | wc -l)
    sbytes=$( { find "$d/search" -type f -printf '%s\n'; echo 0; } | awk '{ s += $1 } END { print s }')
  else sfiles=0; sbytes=0; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$bytes" "$files" "$html" "$largest" "$sfiles" "$sbytes" >> "$OUTPUTS"
}
describe ours "$RUNS_DIR/ours-$RUNS"
describe hugo "$RUNS_DIR/hugo-$RUNS"
[ "$EDIT" = 1 ] && describe warm-edit "$EDIT_DIR/site"

META="$BENCH_DIR/meta.txt"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc=$(nproc)"
  echo "cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | sed -n 1p)"
  echo "mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java=$(java -version 2>&1 | sed -n 1p)"
  echo "hugo=$(hugo version 2>/dev/null | sed -n 1p)"
  echo "jar=$JAR_SHA"
  echo "corpus=$CORPUS (sha $CORPUS_SHA): $(find "$CORPUS" -name '*.md' | wc -l) Markdown files, $(du -sb "$CORPUS" | cut -f1) bytes"
  echo "import=$(grep -E '^Nhập xong' "$BENCH_DIR/import.log" | tail -1)"
  echo "src_md=$(find "$SRC/content" -name '*.md' | wc -l) Markdown files, $(find "$SRC/content" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }') bytes ($(find "$SRC/content/van-ban" -maxdepth 1 -name '*.md' | wc -l) in content/van-ban/)"
  echo "hugo_site=$(sed -n 's/^hugo site from [^:]*: //p' "$BENCH_DIR/hugo-site.log" | sed 's/ → .*//')"
  echo "floor_opts=$FLOOR_OPTS"
  echo "launch=$(grep -h -m1 '^\[launch\]' "$LOGS/ours-$RUNS.txt" | sed 's/^\[launch\] //')"
  echo "ours_summary=$(grep -E 'Đã dựng|không thành công' "$LOGS/ours-$RUNS.txt" | tail -1)"
  echo "ours_errors=$(grep -c ': error:' "$LOGS/ours-$RUNS.txt" || true)"
  echo "ours_warnings=$(grep -c ': warning:' "$LOGS/ours-$RUNS.txt" || true)"
  echo "edit_doc=$EDIT_DOC"
  echo "edit_check=$(cat "$EDIT_DIR/check" 2>/dev/null || echo 'not checked')"
  [ "$EDIT" = 1 ] && echo "edit_summary=$(grep -E 'Đã dựng|không thành công' "$LOGS/warm-edit-1.txt" | tail -1)"
  echo "load_start=$LOAD_START"
  echo "load_end=$LOAD_END"
  echo "runs=$RUNS"
  echo "warmup=$WARMUP"
  echo "warm_rounds=$WARM_ROUNDS"
} > "$META"
# the floor's own lines (rounds: wall and CPU inside the JVM, without start-up)
for f in "$LOGS"/floor*-*.txt; do
  printf '%s\t' "$(basename "$f" .txt)"; grep -E '^round [0-9]+:' "$f" | tr '\n' '|'; echo
done > "$BENCH_DIR/floor-rounds.tsv"

python3 - "$META" "$RESULTS" "$OUTPUTS" "$BENCH_DIR/floor-rounds.tsv" <<'PY' | tee "$OUT"
import re, statistics, sys
meta = dict(l.rstrip('\n').split('=', 1) for l in open(sys.argv[1], encoding='utf-8') if '=' in l)
runs = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8') if l.strip()]
outs = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(sys.argv[3], encoding='utf-8') if l.strip())}
rounds = {}
for l in open(sys.argv[4], encoding='utf-8'):
    name, _, rest = l.rstrip('\n').partition('\t')
    rounds[name] = [(int(m.group(1)), int(m.group(2))) for m in re.finditer(r'wall (\d+) ms, process CPU (\d+) ms', rest)]

def measured(tool):
    return [r for r in runs if r[0] == tool and not r[1].startswith('w')]
def med(xs): return statistics.median(xs) if xs else float('nan')
rows = {}
for tool in ['ours', 'hugo', 'floor', 'floor-default', 'floor-warm', 'cache-cold', 'cache-none', 'warm-edit']:
    rs = measured(tool)
    if not rs: continue
    rows[tool] = dict(
        wall=med([float(r[3]) for r in rs]), cpu=med([float(r[4]) + float(r[5]) for r in rs]),
        rss=med([int(r[6]) / 1024 for r in rs]), each=[float(r[3]) for r in rs],
        rc=sorted({r[2] for r in rs}), busy=[(r[7], r[8]) for r in rs])
# the warm floor: its last round, inside the JVM (wall and CPU of that round only)
if 'floor-warm' in rows and rounds.get('floor-warm-1'):
    w, c = rounds['floor-warm-1'][-1]
    rows['floor-warm'].update(wall=w / 1000, cpu=c / 1000, each=[x[0] / 1000 for x in rounds['floor-warm-1']], inside=True)

labels = {
    'ours': 'ours, cold (`build --no-cache`)', 'hugo': 'Hugo', 'floor': 'floor, cold (launcher\'s JVM options)',
    'floor-default': 'floor, cold (JVM defaults)', 'floor-warm': f"floor, warm (round {meta.get('warm_rounds')} of {meta.get('warm_rounds')} in one JVM)",
    'cache-cold': 'ours, cache being written (`build`, no cache yet)', 'cache-none': 'ours, cache, nothing edited',
    'warm-edit': 'ours, warm one-edit (`build` with the cache, one paragraph added)'}
def mb(b): return f"{int(b) / 1e6:.1f}"
print('# Real-content benchmark: imported legal texts, antq-site vs Hugo vs flexmark alone\n')
print(f"{meta['date']}, {meta['nproc']} CPUs ({meta['cpu']}), {meta['mem']}; {meta['java']}; {meta['hugo']}; jar sha256 {meta['jar']}.  ")
print(f"Corpus: {meta['corpus']}.  ")
print(f"Import: {meta['import']}  ")
print(f"Source built: {meta['src_md']}; Hugo site: {meta['hugo_site']}.  ")
print(f"Our build: {meta['ours_summary']} ({meta['ours_errors']} errors, {meta['ours_warnings']} warnings).  ")
print(f"Load average {meta['load_start']} at start, {meta['load_end']} at end; runs={meta['runs']} after warmup={meta['warmup']} each, alternating, each into a new empty folder.\n")
print('| run | wall s (median) | wall s, each run | CPU user+sys s | peak RSS MB | exit |')
print('|---|---:|---|---:|---:|---|')
for k, r in rows.items():
    each = ', '.join(f'{x:.2f}' for x in r['each'])
    busy = [int(b) for _, b in r['busy']]
    flag = f" (others used up to {max(busy)}% of the CPUs)" if busy and max(busy) >= 10 else ''
    rss = f"{r['rss']:.0f}" + (' (whole JVM)' if r.get('inside') else '')
    print(f"| {labels[k]} | {r['wall']:.2f} | {each}{flag} | {r['cpu']:.2f} | {rss} | {','.join(r['rc'])} |")
print()
print('The warm floor row: wall and CPU of the last round inside the JVM (no start-up); "each run" lists every round.')
print('The cold floor rows include JVM start-up (the floor\'s own numbers without it are below).\n')
print('| output | size MB | files | HTML files | largest HTML file | search files (`search/`) | search MB |')
print('|---|---:|---:|---:|---|---:|---:|')
for k, name in [('ours', 'ours'), ('hugo', 'Hugo'), ('warm-edit', 'ours, after the one-edit build')]:
    if k in outs:
        o = outs[k]
        print(f"| {name} | {mb(o[1])} | {o[2]} | {o[3]} | `{o[5]}` ({int(o[4]):,} bytes) | {o[6]} | {mb(o[7])} |")
print()
def ratio(a, b, key):
    if a in rows and b in rows and rows[b][key] > 0: return f"{rows[a][key] / rows[b][key]:.2f}"
    return 'n/a'
print('| ratio | wall | CPU | peak RSS |')
print('|---|---:|---:|---:|')
for a, b, name in [('ours', 'floor', 'ours / floor (cold, same JVM options)'), ('ours', 'floor-default', 'ours / floor (cold, JVM defaults)'),
                   ('ours', 'floor-warm', 'ours / warm floor'), ('ours', 'hugo', 'ours / Hugo'),
                   ('floor', 'hugo', 'floor (cold) / Hugo'), ('warm-edit', 'hugo', 'warm one-edit / Hugo'),
                   ('warm-edit', 'ours', 'warm one-edit / ours cold')]:
    print(f"| {name} | {ratio(a, b, 'wall')} | {ratio(a, b, 'cpu')} | {ratio(a, b, 'rss') if 'floor-warm' not in (a, b) else 'n/a'} |")
print()
print('The floor\'s rounds inside its JVM (wall ms / process CPU ms, start-up excluded):\n')
for name, rs in sorted(rounds.items()):
    print(f"- {name}: " + '; '.join(f'{w} / {c}' for w, c in rs))
print()
print(f"Floor JVM options (the launcher's, less the class archive): `{meta['floor_opts']}`  ")
print(f"Our build's launch line: `{meta['launch']}`  ")
if meta.get('edit_doc'):
    print(f"One-edit: a paragraph appended to `content/van-ban/{meta['edit_doc']}`; {meta.get('edit_summary', '')}; output compared with a clean `--no-cache` build of the edited source: {meta['edit_check']}.")
PY
log "written $OUT"
# the runs' outputs go now that nothing is measured (the last ones stay, to look at)
for f in "$RUNS_DIR"/*; do
  case "$(basename "$f")" in ours-"$RUNS"|hugo-"$RUNS") ;; *) rm -rf "$f" ;; esac
done

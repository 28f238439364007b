#!/usr/bin/env bash
# Where does our build spend its time? One build of the corpus BENCH_DIR/N (made by
# bench/run.sh or bench/CorpusGenerator.java) with a JFR recording and a `jcmd Thread.print`
# every INTERVAL seconds; prints a summary (bench/profile.py) and writes it to OUT.
#
#   bash bench/profile.sh [N]        (default 10000)
#
# Environment: BENCH_DIR=/tmp/antq-bench, INTERVAL=2, JAVA_OPTS="", OUT=bench/profile-latest.md
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
BENCH_DIR=${BENCH_DIR:-/tmp/antq-bench}
INTERVAL=${INTERVAL:-2}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-bench/profile-latest.md}
DIR="$BENCH_DIR/$N"
[ -f "$DIR/content/_data/site.yaml" ] || { echo "no corpus in $DIR: run bash bench/run.sh $N first" >&2; exit 2; }
[ -f target/antq-site.jar ] || mvn -q -B -DskipTests package
PROF="$BENCH_DIR/profile-$N"
rm -rf "$PROF" "$DIR/site-profile"
mkdir -p "$PROF"
cp target/antq-site.jar "$PROF/antq-site.jar"

start=$(date +%s.%N)
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:StartFlightRecording=filename="$PROF/build.jfr",settings=profile \
  -jar "$PROF/antq-site.jar" build --source "$DIR" --out "$DIR/site-profile" >"$PROF/build.log" 2>&1 &
pid=$!
i=0
while kill -0 "$pid" 2>/dev/null; do
  sleep "$INTERVAL"
  i=$((i + 1))
  jcmd "$pid" Thread.print >"$PROF/threads-$(printf %04d $i).txt" 2>/dev/null || rm -f "$PROF/threads-$(printf %04d $i).txt"
done
rc=0
wait "$pid" || rc=$?
end=$(date +%s.%N)
rm -rf "$DIR/site-profile"

{
  echo "# Profile of one antq-site build, N=$N"
  echo
  echo "Exit code $rc, $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s wall with JFR and thread dumps every ${INTERVAL} s" \
       "($(nproc) CPUs; JAVA_OPTS: ${JAVA_OPTS:-none})."
  echo "Build output: \`$(grep -E 'Đã dựng|không thành công' "$PROF/build.log" | tail -1)\`"
  echo
  echo '```'
  if ls "$PROF"/threads-*.txt >/dev/null 2>&1; then python3 bench/profile.py threads "$PROF"/threads-*.txt; fi
  if [ -f "$PROF/build.jfr" ]; then
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$PROF/build.jfr" | python3 bench/profile.py jfr
    echo "## GC (JFR)"
    echo
    jfr print --events jdk.GarbageCollection "$PROF/build.jfr" \
      | awk '/name = /{n[$3]++} /sumOfPauses = /{v=$3; u=$4; if (u ~ /^ms/) s+=v; else if (u ~ /^s/) s+=v*1000} END {for (k in n) printf "%s collections: %d\n", k, n[k]; printf "total pause: %.0f ms\n", s}'
    jfr print --events jdk.GCHeapSummary "$PROF/build.jfr" \
      | awk '/heapUsed = /{gsub(/[^0-9.]/, "", $3); u=$3; unit=$4; if (unit ~ /GB/) u*=1024; if (unit ~ /kB/) u/=1024; if (u > m) m = u} END {printf "max heap used after/before a GC: %.0f MB\n", m}'
  fi
  echo '```'
} | tee "$OUT"
echo "raw data in $PROF" >&2

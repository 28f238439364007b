#!/usr/bin/env bash
# Every page kind opened as a phone on a slow link would: the synthetic corpus of bench/run.sh
# (default 10,000 documents) with the project's checklists and glossary added, built, then
# opened in Chromium at 360 px, Fast 3G (1.6 Mbps, 150 ms), CPU slowed 4× (PhoneProfileBench).
#
#   bash bench/phone.sh [N]
#
# Environment: BENCH_DIR=/tmp/antq-bench (the corpus, made by bench/run.sh if missing),
# OUT=bench/results-phone.md
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
BENCH_DIR=${BENCH_DIR:-/tmp/antq-bench}
OUT=${OUT:-bench/results-phone.md}
SRC="$BENCH_DIR/phone-$N"
[ -d "$BENCH_DIR/$N/content" ] || java bench/CorpusGenerator.java --seed 42 --docs "$N" --out "$BENCH_DIR/$N" --content content/van-ban --themes themes
[ -f target/antq-site.jar ] || mvn -q -B -DskipTests package
rm -rf "$SRC" && mkdir -p "$SRC"
cp -r "$BENCH_DIR/$N/content" themes "$SRC/"
mkdir -p "$SRC/content/tu-kiem-tra" && cp content/tu-kiem-tra/an-toan-antt-co-quan.md content/tu-kiem-tra/mo-hinh-4-ro-6-ro.md "$SRC/content/tu-kiem-tra/"
cp content/_data/glossary.yaml "$SRC/content/_data/"
java -jar target/antq-site.jar build --no-cache --source "$SRC" --out "$SRC/site" 2>&1 | tail -3 >&2
{
  echo "# Phone profile: every page kind of the $N-document synthetic site"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs; $(chromium --version); jar sha256 $(sha256sum target/antq-site.jar | cut -c1-12)."
  echo "Chromium at 360 px, Fast 3G (1.6 Mbps down, 750 kbps up, 150 ms), CPU slowed 4×, cache off; served on 127.0.0.1 under a sub-path."
  echo
  mvn -q -B test -Dtest=PhoneProfileBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.site="$SRC/site" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | grep '^|\|^$'
} > "$OUT"
cat "$OUT"

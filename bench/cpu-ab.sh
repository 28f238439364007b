#!/bin/bash
# CPU of two builds run side by side: A and B start together on the same corpus, so a drift of
# the machine's speed (which moves whole runs by 15-35% here) hits both alike; the ratio of
# their CPU times (user + system) compares the work each does, JIT and GC included. It does
# not measure parallelism (both share the two cores); use bench/run.sh for wall time.
#
# usage: bench/cpu-ab.sh ROUNDS [optsA] [optsB]
#   JAR=target/antq-site.jar JARB=(JAR)   the jars of A and B
#   SRC=/tmp/antq-bench/10000             the corpus (made by bench/run.sh)
#   ENVA= ENVB=                           extra environment, e.g. ENVB="ANTQ_HEAP=1700m"
# An A/A run (same jar, same options) gave ratios within 1-3% of 1.0 on this machine.
set -euo pipefail
ROUNDS=${1:-3}; A=${2:-}; B=${3:-}
JA=${JAR:-target/antq-site.jar}; JB=${JARB:-$JA}
SRC=${SRC:-/tmp/antq-bench/10000}
OUTDIR=$(mktemp -d)
trap 'rm -rf "$OUTDIR"' EXIT
for r in $(seq "$ROUNDS"); do
  rm -rf "$OUTDIR"/a "$OUTDIR"/b
  ( env ${ENVA:-} /usr/bin/time -f "%e %U %S %M" java $A -jar "$JA" build --source "$SRC" --out "$OUTDIR/a/site" >/dev/null 2>"$OUTDIR/a.err" ) &
  ( env ${ENVB:-} /usr/bin/time -f "%e %U %S %M" java $B -jar "$JB" build --source "$SRC" --out "$OUTDIR/b/site" >/dev/null 2>"$OUTDIR/b.err" ) &
  wait
  python3 - "$(tail -1 "$OUTDIR/a.err")" "$(tail -1 "$OUTDIR/b.err")" <<'PY'
import sys
a, b = (x.split() for x in sys.argv[1:3])
ca, cb = float(a[1]) + float(a[2]), float(b[1]) + float(b[2])
print(f"A wall {a[0]} s cpu {ca:.2f} s rss {int(a[3]) // 1024} MB | B wall {b[0]} s cpu {cb:.2f} s rss {int(b[3]) // 1024} MB | B/A cpu {cb / ca:.3f}")
PY
done

#!/usr/bin/env bash
# Size of what a checklist page downloads: the shared runtime plus each compiled checklist,
# raw and gzipped (-9). Run from the repository root after building the site.
set -euo pipefail
site=${1:-site}
runtime=$(ls "$site"/assets/js/checklist.*.js)
rt_raw=$(wc -c < "$runtime"); rt_gz=$(gzip -9 -c "$runtime" | wc -c)
printf '| file | raw bytes | gzip bytes | runtime + this checklist, gzip |\n|---|---|---|---|\n'
printf '| %s | %d | %d | |\n' "runtime $(basename "$runtime")" "$rt_raw" "$rt_gz"
for f in "$site"/assets/checklists/*.js; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  printf '| %s | %d | %d | %d |\n' "$(basename "$f")" "$raw" "$gz" $((rt_gz + gz))
done

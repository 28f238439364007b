#!/usr/bin/env bash
# Size of what a checklist page downloads: the shared runtime (rules, storage, page script)
# plus each compiled checklist, raw and gzipped (-9). Run from the repository root after
# building the site.
set -euo pipefail
site=${1:-site}
rt_raw=0; rt_gz=0
printf '| file | raw bytes | gzip bytes | runtime + this checklist, gzip |\n|---|---|---|---|\n'
for part in checklist-rules checklist-store checklist; do
  f=$(ls "$site"/assets/js/$part.*.js | grep -E "/$part\.[0-9a-f]{10}\.js$")
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  rt_raw=$((rt_raw + raw)); rt_gz=$((rt_gz + gz))
  printf '| runtime %s | %d | %d | |\n' "$(basename "$f")" "$raw" "$gz"
done
printf '| runtime, all three | %d | %d | |\n' "$rt_raw" "$rt_gz"
for f in "$site"/assets/checklists/*.js; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  printf '| %s | %d | %d | %d |\n' "$(basename "$f")" "$raw" "$gz" $((rt_gz + gz))
done

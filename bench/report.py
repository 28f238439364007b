#!/usr/bin/env python3
"""Markdown report of bench/run.sh: python3 bench/report.py META RUNS_TSV DIR..."""
import statistics
import sys
from pathlib import Path


def props(path):
    out = {}
    p = Path(path)
    if not p.exists():
        return out
    for line in p.read_text(encoding="utf-8").splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            if k in out:
                out[k] = out[k] + "\n" + v
            else:
                out[k] = v
    return out


def fmt(x, digits=2):
    return "–" if x is None else f"{x:.{digits}f}"


meta = props(sys.argv[1])
rows = []
for line in Path(sys.argv[2]).read_text().splitlines():
    f = line.split("\t")
    n, tool, run, rc, wall, user, sys_, rss = f[:8]
    busy = int(f[8]) if len(f) > 8 and f[8] else None
    other = int(f[9]) if len(f) > 9 and f[9] else None
    rows.append(dict(n=int(n), tool=tool, run=run, rc=int(rc), wall=float(wall or 0),
                     cpu=float(user or 0) + float(sys_ or 0), rss=int(rss or 0) / 1024, busy=busy, other=other))


def run_note(r):
    """A measured run's wall time, flagged when other processes used the CPUs meanwhile."""
    flags = []
    if (r["other"] or 0) >= 10:
        flags.append(f"others used {r['other']}% of the CPUs during it")
    elif r["other"] is None and (r["busy"] or 0) >= 10:
        flags.append(f"{r['busy']}% busy before")
    return fmt(r["wall"]) + (f" ({'; '.join(flags)})" if flags else "")
dirs = sys.argv[3:]

print("# Benchmark: antq-site vs Hugo\n")
print(f"Run {meta.get('date', '?')} by `bash bench/run.sh`. Each number is the median of "
      f"{meta.get('runs', '?')} measured runs after {meta.get('warmup', '?')} warm-up run(s), each from an empty "
      "output folder; the two tools' runs alternate.\n")
outputs = meta.get("outputs", "delete")
print("Output folders: " + ("each run writes into a new folder; all are deleted after the last run "
      "(`OUTPUTS=fresh`, see bench/run.sh)." if outputs == "fresh" else
      "each tool's last output is deleted right before its run (`OUTPUTS=delete`).") + "\n")
print("| machine | |")
print("|---|---|")
for k, label in (("nproc", "CPUs (nproc)"), ("cpu", "CPU"), ("mem", "memory"), ("java", "Java"),
                 ("jvm_runtime", "JVM"), ("java_opts", "JVM options given (JAVA_OPTS)"),
                 ("jvm_flags", "build JVM (the launcher's child, last run)"), ("hugo", "Hugo"), ("jar", "antq-site jar"),
                 ("seed", "corpus seed"), ("load_start", "load average at start"),
                 ("load_end", "load average at end")):
    if k in meta:
        print(f"| {label} | `{meta[k]}` |" if k in ("jvm_flags", "java_opts") else f"| {label} | {meta[k]} |")
print()

summary = []
print("| N | Markdown | tool | wall (s) | CPU user+sys (s) | peak RSS (MB) | output (MB) | HTML files | search index | wall of each run (s) |")
print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---|")
notes = []
for d in dirs:
    o = props(Path(d) / "outputs.txt")
    if not o:
        continue
    n = int(o["n"])
    md_mb = int(o.get("markdown_bytes", 0)) / 1e6
    med = {}
    for tool, side in (("ours", "site"), ("hugo", "hugo-public")):
        runs = [r for r in rows if r["n"] == n and r["tool"] == tool and not r["run"].startswith("w")]
        ok = [r for r in runs if r["rc"] == 0]
        name = "antq-site" if tool == "ours" else "Hugo"
        if not ok:
            rcs = ",".join(str(r["rc"]) for r in runs)
            print(f"| {n} | {md_mb:.1f} MB | {name} | FAILED (exit {rcs}) | | | | | | |")
            med[tool] = None
            continue
        wall = statistics.median(r["wall"] for r in ok)
        cpu = statistics.median(r["cpu"] for r in ok)
        rss = statistics.median(r["rss"] for r in ok)
        med[tool] = (wall, cpu, rss)
        out_mb = int(o.get(f"{side}.bytes", 0)) / 1e6
        html = o.get(f"{side}.html", "–")
        search = "–"
        if tool == "ours":
            sb = int(o.get("site.search_bytes", 0))
            search = f"{sb / 1e3:.0f} kB in {o.get('site.search_files', 0)} files" if sb else "0 (none built)"
        each = ", ".join(run_note(r) for r in runs)
        print(f"| {n} | {md_mb:.1f} MB | {name} | {fmt(wall)} | {fmt(cpu)} | {rss:.0f} | {out_mb:.1f} | {html} | {search} | {each} |")
    if med.get("ours") and med.get("hugo"):
        summary.append((n, [a / b if b else None for a, b in zip(med["ours"], med["hugo"])]))
    if o.get("ours.summary"):
        notes.append(f"- N={n}: antq-site says: `{o['ours.summary']}`")
    for w in (o.get("ours.warning") or "").splitlines():
        if w:
            notes.append(f"- N={n}: antq-site warning: {w}")
    errs = int(o.get("ours.errors", "0") or 0)
    lines = (o.get("ours.error_line") or "").splitlines()
    if errs:
        notes.append(f"- N={n}: antq-site reported {errs} error lines; first ones:")
    elif lines:
        notes.append(f"- N={n}: antq-site failed; end of its output:")
    for e in lines:
        notes.append(f"  - `{e}`")

print()
print("| N | wall ours/Hugo | CPU ours/Hugo | peak RSS ours/Hugo |")
print("|---:|---:|---:|---:|")
for n, (w, c, r) in summary:
    print(f"| {n} | **{fmt(w, 2)}×** | {fmt(c, 2)}× | {fmt(r, 2)}× |")
print()
if notes:
    print("Notes from the last measured run:\n")
    print("\n".join(notes))
    print()
print("Wall = elapsed time of the whole process (JVM start included); CPU = user + system time of all "
      "threads; peak RSS = maximum resident set size (`/usr/bin/time -v`); output = `du -sb` of the output "
      "folder. Hugo builds the same documents with a minimal theme of the same pages (documents, register, "
      "search page, taxonomies and terms, home, 404; HTML only). See bench/README.md.")

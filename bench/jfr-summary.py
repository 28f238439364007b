#!/usr/bin/env python3
"""Summarise `jfr print --events jdk.ExecutionSample --stack-depth 64 FILE` output.

Prints, by share of CPU samples: the hottest leaf methods, the innermost antq-site
method on each stack (what our code was doing), and the build phase (the vn.antq.site
method called from Build.run or the page kind rendered by SiteRenderer).
usage: jfr print --events jdk.ExecutionSample --stack-depth 64 r.jfr | python3 bench/jfr-summary.py [TOP]
"""
import re
import sys
from collections import Counter

top = int(sys.argv[1]) if len(sys.argv) > 1 else 15
leaf, ours, phase, threads = Counter(), Counter(), Counter(), Counter()
total = 0


def method(frame):
    return re.sub(r"\(.*", "", frame.strip())


def flush(thread, frames):
    global total
    if not frames:
        return
    total += 1
    threads[re.sub(r"-\d+$", "-N", thread)] += 1
    leaf[method(frames[0])] += 1
    own = next((method(f) for f in frames if "vn.antq.site." in f), "(no antq-site frame: JVM/startup/GC)")
    ours[own] += 1
    ph = "(other)"
    site = [method(f) for f in frames if "vn.antq.site." in f]
    # outermost antq-site frame below Build.run / SiteRenderer.render tells the phase
    for i, f in enumerate(site):
        if f.endswith("Build.run") and i > 0:
            ph = site[i - 1]
            break
    for f in site:
        if re.search(r"SiteRenderer\.(lambda\$render\$\d+|render)$", f):
            continue
        if ".SiteRenderer." in f:
            ph = f
    phase[ph] += 1


thread, frames, in_stack = "", [], False
for line in sys.stdin:
    s = line.strip()
    if s.startswith("jdk.ExecutionSample"):
        flush(thread, frames)
        thread, frames, in_stack = "", [], False
    elif s.startswith("sampledThread"):
        m = re.search(r'"(.*?)"', s)
        thread = m.group(1) if m else "?"
    elif s.startswith("stackTrace = ["):
        in_stack = True
    elif s == "]":
        in_stack = False
    elif in_stack and s and s != "...":
        frames.append(s)
flush(thread, frames)

if not total:
    sys.exit("no samples")
for title, c in (("threads", threads), ("phase (antq-site method under Build.run / SiteRenderer)", phase),
                 ("innermost antq-site method", ours), ("leaf method (self time)", leaf)):
    print(f"\n{title}: {total} samples")
    for k, v in c.most_common(top):
        print(f"  {100.0 * v / total:5.1f}%  {k}")

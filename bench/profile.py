#!/usr/bin/env python3
"""Where does an antq-site build spend its time? Summarises stack samples.

  python3 bench/profile.py threads DUMP...   # files of `jcmd PID Thread.print`
  jfr print --events jdk.ExecutionSample --stack-depth 64 r.jfr | python3 bench/profile.py jfr

For the build's own threads (main, ForkJoinPool workers) it prints, by share of samples:
how many were running, the build phase (the antq-site method called from Build.run, or
the SiteRenderer method of the page kind being rendered), the innermost antq-site method
on the stack, and the leaf method (self time).
"""
import re
import signal
import sys
from collections import Counter

TOP = 15


def method(frame):
    f = frame.strip()
    f = re.sub(r"^at ", "", f)
    f = re.sub(r"\(.*", "", f)
    return f.replace("java.base@17.0.15/", "")


def phase_of(frames):
    # frames of generated lambda classes ("BodyRenderer$$Lambda$219/0x...accept") say nothing more
    site = [method(f) for f in frames if "vn.antq.site." in f and "$$Lambda$" not in f]
    if not site:
        return "(no antq-site frame: JVM, GC, class loading)"
    ph = None
    for i, f in enumerate(site):
        if f.endswith("Build.run"):
            ph = site[i - 1] if i > 0 else "vn.antq.site.Build.run"
            break
    if ph is None:
        # a parallel-stream worker: its stack starts at the task, not at Build.run
        ph = site[-1]
        if ph.startswith("vn.antq.site.cli."):
            ph = "(startup: command line)"
    for f in site:
        if ".SiteRenderer." in f and not re.search(r"\.(render|lambda\$render\$\d+)$", f):
            ph = f  # outermost page-kind method wins
    return re.sub(r"\.lambda\$(\w+)\$\d+$", r".\1 (parallel task)", ph)


def summarise(samples, title):
    """samples: list of (thread, state, frames) for the build's threads."""
    states, phase, ours, leaf = Counter(), Counter(), Counter(), Counter()
    running = [s for s in samples if s[1] == "RUNNABLE" and s[2]]
    for t, st, fr in samples:
        states[f"{re.sub(r'-[0-9]+$', '-N', t)} {st}"] += 1
    for t, st, fr in running:
        phase[phase_of(fr)] += 1
        ours[next((method(f) for f in fr if "vn.antq.site." in f), "(no antq-site frame)")] += 1
        leaf[method(fr[0])] += 1
    print(f"## {title}\n")
    print(f"{len(samples)} thread samples, {len(running)} running.\n")
    for name, c, base in (("thread states", states, len(samples)),
                          ("phase (running samples)", phase, len(running)),
                          ("innermost antq-site method (running samples)", ours, len(running)),
                          ("leaf method, self time (running samples)", leaf, len(running))):
        print(f"{name}:")
        for k, v in c.most_common(TOP):
            print(f"  {100.0 * v / max(base, 1):5.1f}%  {k}")
        print()


def build_thread(name):
    return name == "main" or name.startswith("ForkJoinPool")


def from_thread_dumps(files):
    samples = []
    for path in files:
        text = open(path, encoding="utf-8", errors="replace").read()
        for block in re.split(r"\n\s*\n", text):
            lines = block.strip().splitlines()
            if not lines or not lines[0].startswith('"'):
                continue
            name = lines[0].split('"')[1]
            if not build_thread(name):
                continue
            m = re.search(r"java.lang.Thread.State: (\w+)", block)
            state = m.group(1) if m else "?"
            frames = [l.strip() for l in lines if l.strip().startswith("at ")]
            samples.append((name, state, frames))
    return samples


def from_jfr(stream):
    samples, thread, frames, in_stack = [], "", [], False
    for line in stream:
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            if frames and build_thread(thread):
                samples.append((thread, "RUNNABLE", frames))
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
    if frames and build_thread(thread):
        samples.append((thread, "RUNNABLE", frames))
    return samples


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if len(sys.argv) >= 3 and sys.argv[1] == "threads":
        summarise(from_thread_dumps(sys.argv[2:]), f"jcmd Thread.print, {len(sys.argv) - 2} dumps")
    elif len(sys.argv) == 2 and sys.argv[1] == "jfr":
        summarise(from_jfr(sys.stdin), "JFR execution samples")
    else:
        sys.exit(__doc__)

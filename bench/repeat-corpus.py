#!/usr/bin/env python3
"""A large real-shaped corpus for memory benchmarks: an imported source (bench/real.sh's
SRC, or any antq-site source) with its texts repeated under new numbers until the Markdown
reaches a size.

    python3 bench/repeat-corpus.py SRC OUT --mb 500

Copy k (k >= 1) of each document in content/van-ban/ gets the number "N-Bk" (and its slug, if it has one, "S-bk"), the title
"... (bản k)" and the file name "NAME-bk.md"; copy k of every other page folder under
content/ whose name starts with "van-ban-" goes to "FOLDER-bk/" with "(bản k)" added to
each title. Copy 0 is the source itself. Copies are made in rounds until the Markdown under
OUT/content reaches --mb megabytes (10^6 bytes), so each text appears about as often as
the others; links inside copies point at their originals, which still exist.
"""
import argparse, os, re, shutil, sys

NUMBER = re.compile(r'(?m)^number: "([^"]*)"$')
SLUG = re.compile(r'(?m)^slug: *"?([^"\n]+?)"?$')
TITLE = re.compile(r'(?m)^title: "((?:[^"\\]|\\.)*)"$')

def renamed(text, k, number):
    if not text.startswith('---\n'):
        return text
    end = text.find('\n---\n', 4)
    if end < 0:
        return text
    head, body = text[:end], text[end:]
    if number:
        head = NUMBER.sub(lambda m: 'number: "%s-B%d"' % (m.group(1), k), head, count=1)
        head = SLUG.sub(lambda m: 'slug: "%s-b%d"' % (m.group(1), k), head, count=1)
    head = TITLE.sub(lambda m: 'title: "%s (bản %d)"' % (m.group(1), k), head, count=1)
    return head + body

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src'); ap.add_argument('out')
    ap.add_argument('--mb', type=float, default=500)
    a = ap.parse_args()
    target = int(a.mb * 1e6)
    if os.path.exists(a.out):
        sys.exit('%s exists: give a new folder' % a.out)
    shutil.copytree(a.src, a.out, ignore=shutil.ignore_patterns('.antq-cache', 'site', '.done'))
    content = os.path.join(a.out, 'content')
    docs = sorted(f for f in os.listdir(os.path.join(content, 'van-ban')) if f.endswith('.md'))
    folders = sorted(d for d in os.listdir(content) if d.startswith('van-ban-') and os.path.isdir(os.path.join(content, d)))
    total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(content) for f in fs if f.endswith('.md'))
    base = total
    k = 0
    while total < target:
        k += 1
        for f in docs:
            if total >= target: break
            text = open(os.path.join(content, 'van-ban', f), encoding='utf-8').read()
            copy = renamed(text, k, True).encode('utf-8')
            open(os.path.join(content, 'van-ban', '%s-b%d.md' % (f[:-3], k)), 'wb').write(copy)
            total += len(copy)
        for d in folders:
            for root, _, files in os.walk(os.path.join(content, d)):
                rel = os.path.relpath(root, content)
                dest = os.path.join(content, '%s-b%d' % (d, k), os.path.relpath(rel, d))
                for f in sorted(files):
                    if total >= target or not f.endswith('.md'): continue
                    text = open(os.path.join(root, f), encoding='utf-8').read()
                    copy = renamed(text, k, False).encode('utf-8')
                    os.makedirs(dest, exist_ok=True)
                    open(os.path.join(dest, f), 'wb').write(copy)
                    total += len(copy)
    n = sum(1 for r, _, fs in os.walk(content) for f in fs if f.endswith('.md'))
    print('%s: %d Markdown files, %d bytes (source %d bytes, %d rounds of copies)' % (a.out, n, total, base, k))

main()

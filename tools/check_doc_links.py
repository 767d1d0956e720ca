#!/usr/bin/env python3
"""Checks that every relative link and anchor in README.md and docs/*.md resolves (GitHub-style heading anchors,
plus <a id="…"> anchors). Usage: python3 tools/check_doc_links.py; exits 1 and lists the broken links."""
import glob, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def slug(heading):
    s = heading.strip().lower()
    s = re.sub(r'[^\w\- ]', '', s)  # GitHub drops punctuation except hyphens and underscores
    return s.replace(' ', '-')


def anchors(path):
    out, seen, fence = set(), {}, False
    for line in open(path, encoding='utf-8'):
        if line.startswith('```'):
            fence = not fence
        if fence:
            continue
        m = re.match(r'#{1,6} (.*)', line)
        if m:
            base = slug(m.group(1))
            n = seen.get(base, 0)
            seen[base] = n + 1
            out.add(base if n == 0 else f'{base}-{n}')
        out.update(re.findall(r'<a id="([^"]+)"', line))
    return out


def links(path):
    text, fence = [], False
    for line in open(path, encoding='utf-8'):
        if line.startswith('```'):
            fence = not fence
            continue
        if not fence:
            text.append(re.sub(r'`[^`]*`', '', line))
    return re.findall(r'\]\(([^)\s]+)\)', ''.join(text))


bad = []
files = [os.path.join(ROOT, 'README.md')] + sorted(glob.glob(os.path.join(ROOT, 'docs', '*.md')))
for f in files:
    for target in links(f):
        if re.match(r'[a-z]+:', target):
            continue
        path, _, frag = target.partition('#')
        dest = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
        if not os.path.exists(dest):
            bad.append(f'{os.path.relpath(f, ROOT)}: {target}: no such file')
        elif frag and dest.endswith('.md') and frag not in anchors(dest):
            bad.append(f'{os.path.relpath(f, ROOT)}: {target}: no such anchor')
print('\n'.join(bad) if bad else f'all links resolve in {len(files)} files')
sys.exit(1 if bad else 0)

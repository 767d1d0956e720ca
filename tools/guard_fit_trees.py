#!/usr/bin/env python3
"""Tree models on the grounding guard's recorded signals, scored leave-one-fixture-file-out.

Reads target/guard-features.tsv and target/guard-pairs.tsv, written by
    mvn -q -o test -Dtest=GuardFitProbe -Dguardfit=true
and needs scikit-learn (Debian: apt-get install python3-sklearn; run with /usr/bin/python3).
For each fixture file in turn, gradient-boosted trees and random forests are fitted on the sentences of the other
files that reached the guard's support decision (both labels weighed equally) and scored on the held-out file; a pair
is kept when any of its judged sentences is kept, or when the guard kept it without a support decision, and pairs
dropped before it (citations, figures, leaks) stay dropped. Prints bad dropped / faithful kept per held-out file,
today's guard first. An experiment, not part of the build (docs/evaluation.md, "A learned combination, tried").
"""
import csv
import sys

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier

SETS = ["sentences.tsv", "more.tsv", "blind.tsv", "blind2.tsv", "blind3.tsv"]
RULES = {"names", "negation", "reversals", "advice", "persons", "meta", "overclaims", "events", "additions",
         "too_novel", "rules_drop"}


def main(directory="target"):
    rows = list(csv.DictReader(open(f"{directory}/guard-features.tsv"), delimiter="\t"))
    pairs = list(csv.DictReader(open(f"{directory}/guard-pairs.tsv"), delimiter="\t"))
    names = list(rows[0].keys())[6:]
    x = np.array([[float(r[n]) for n in names] for r in rows])
    y = np.array([r["label"] == "faithful" for r in rows])
    sets = np.array([r["set"] for r in rows])
    pair_of = [(r["set"], r["id"]) for r in rows]

    def rates(kept, held):
        bad = [p for p in pairs if p["set"] == held and p["label"] == "bad"]
        good = [p for p in pairs if p["set"] == held and p["label"] == "faithful"]
        dropped = sum(1 for p in bad if not kept(p))
        keep = sum(1 for p in good if kept(p))
        return f"{100 * dropped / len(bad):5.1f} / {100 * keep / len(good):5.1f}"

    def today(p):
        return p["old_kept"] == "true"

    print(f"{'model':30s}" + "".join(f"{s:>16s}" for s in SETS))
    print(f"{'today':30s}" + "".join(f"{rates(today, s):>16s}" for s in SETS))
    general = [i for i, n in enumerate(names) if n not in RULES]
    everything = list(range(len(names)))
    models = []
    for depth in (1, 2, 3):
        for cols, label in ((everything, "all"), (general, "general")):
            models.append((f"boosted depth {depth}, {label}", cols,
                           lambda d=depth: GradientBoostingClassifier(n_estimators=100, max_depth=d, learning_rate=0.05,
                                                                      subsample=0.8, random_state=1)))
    for cols, label in ((everything, "all"), (general, "general")):
        models.append((f"forest, {label}", cols,
                       lambda: RandomForestClassifier(300, min_samples_leaf=5, random_state=1)))
    for title, cols, make in models:
        line = f"{title:30s}"
        for held in SETS:
            train = sets != held
            w = np.where(y[train], 0.5 / y[train].mean(), 0.5 / (1 - y[train].mean()))
            model = make()
            model.fit(x[train][:, cols], y[train], sample_weight=w)
            p = model.predict_proba(x[:, cols])[:, 1]
            kept_sentence = {}
            for i, key in enumerate(pair_of):
                if sets[i] == held:
                    kept_sentence[key] = kept_sentence.get(key, False) or p[i] >= 0.5

            def kept(pair):
                return pair["kept_without_judge"] == "true" or kept_sentence.get((pair["set"], pair["id"]), False)

            line += f"{rates(kept, held):>16s}"
        print(line)


if __name__ == "__main__":
    main(*sys.argv[1:])

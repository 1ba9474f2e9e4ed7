#!/usr/bin/env python3
"""Trains the extractor's confidence model (Sources/EntenteIngest/Confidence.swift) and reports how
well it is calibrated on sets it was not trained on.

    Scripts/train-confidence.py --entente .build/release/entente \
        --train DIR[:WEIGHT]... [--test DIR...] [--write]

Each DIR is a corpus-format set: DIR/articles/*.txt and DIR/gold/*.json (../shared/corpus/README.md).
The script runs `entente extract --features` on each set, labels every extracted event right or
wrong by the strict matching of ../shared/tools/score-events (an event is right when the maximum
matching pairs it with a gold event), fits an L2-regularised logistic regression by Newton's method
(deterministic: no sampling, fixed iterations) on the --train sets, and prints, for the training
sets pooled and each --test set: the area under the ROC curve of the rules' own confidence and of
the model, the Brier score, and a calibration table. --write regenerates
Sources/EntenteIngest/Generated/Confidence+Weights.swift from the fitted weights.
Needs numpy.
"""
import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIGHTS = os.path.join(ROOT, "Sources/EntenteIngest/Generated/Confidence+Weights.swift")
L2 = 1.0
ITERATIONS = 50


def load_scorer(path):
    spec = importlib.util.spec_from_loader("score_events", loader=None)
    module = importlib.util.module_from_spec(spec)
    source = open(path, encoding="utf-8").read()
    exec(source.split("\ndef main")[0], module.__dict__)
    return module


def extract(entente, directory, work):
    """Runs the extractor over DIR/articles with --features; returns the events' and the features' directories."""
    out, features = os.path.join(work, "out"), os.path.join(work, "features")
    articles = sorted(os.path.join(directory, "articles", name) for name in os.listdir(os.path.join(directory, "articles"))
                      if name.endswith(".txt"))
    subprocess.run([entente, "extract", *articles, "--out", out, "--features", features], check=True,
                   stdout=subprocess.DEVNULL)
    return out, features


def labelled(scorer, entente, directory):
    """The feature rows of every event the extractor finds in the set, each labelled 1 (right) or 0."""
    with tempfile.TemporaryDirectory() as work:
        out, features = extract(entente, directory, work)
        rows, labels, golds, names = [], [], 0, None
        for name in sorted(os.listdir(os.path.join(directory, "gold"))):
            if not name.endswith(".json"):
                continue
            gold = scorer.load(os.path.join(directory, "gold", name))
            golds += len(gold)
            stem = name[:-5]
            if not os.path.exists(os.path.join(out, name)):
                continue
            predicted = scorer.load(os.path.join(out, name))
            lines = open(os.path.join(features, stem + ".tsv"), encoding="utf-8").read().splitlines()
            names = lines[0].split("\t")
            assert len(lines) - 1 == len(predicted), f"{stem}: {len(lines) - 1} feature rows for {len(predicted)} events"
            right = set(scorer.max_matching(gold, predicted, True).values())
            for index, line in enumerate(lines[1:]):
                rows.append([float(value) for value in line.split("\t")])
                labels.append(1.0 if index in right else 0.0)
        return names, np.array(rows, dtype=float).reshape(len(rows), len(names or [])), np.array(labels), golds


def fit(x, y, w):
    design = np.hstack([x, np.ones((len(x), 1))])
    weights = np.zeros(design.shape[1])
    penalty = np.r_[np.ones(len(weights) - 1), 0.0] * L2
    for _ in range(ITERATIONS):
        p = 1 / (1 + np.exp(-design @ weights))
        gradient = design.T @ (w * (p - y)) + penalty * weights
        hessian = design.T @ (design * (w * p * (1 - p))[:, None]) + np.diag(penalty)
        weights -= np.linalg.solve(hessian, gradient)
    return weights


def probability(weights, x):
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ weights)))


def auc(y, score):
    """The probability that a right event scores above a wrong one (ties count half)."""
    right, wrong = score[y == 1], score[y == 0]
    if len(right) == 0 or len(wrong) == 0:
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return above / (len(right) * len(wrong))


def report(title, names, weights, x, y, golds):
    if len(y) == 0:
        print(f"\n{title}: no events extracted, {golds} gold")
        return
    p = np.round(probability(weights, x), 2)
    rule = x[:, [names.index(f"rule={value}") for value in ("0.3", "0.4", "0.5", "0.6")]] @ np.array([0.3, 0.4, 0.5, 0.6])
    right = int(y.sum())
    print(f"\n{title}: {len(y)} events extracted, {right} right, {golds} gold "
          f"(strict F1 {2 * right / (len(y) + golds):.3f})")
    print(f"  area under ROC: rules' confidence {auc(y, rule):.3f}, model {auc(y, p):.3f}")
    print(f"  Brier score: rules' confidence {np.mean((rule - y) ** 2):.3f}, model {np.mean((p - y) ** 2):.3f}")
    dropped = ", ".join(f"below {t}: {2 * y[p >= t].sum() / ((p >= t).sum() + golds):.3f}" for t in (0.1, 0.2, 0.3))
    print(f"  strict F1 if the events scored below a threshold were dropped: {dropped}")
    print("  confidence    events  mean confidence  right")
    for low in (0.0, 0.2, 0.4, 0.6, 0.8):
        chosen = (p >= low) & (p < low + 0.2 if low < 0.8 else p <= 1.0)
        if chosen.sum():
            print(f"  {low:.1f}–{low + 0.2:.1f}    {int(chosen.sum()):>6}  {p[chosen].mean():>15.2f}  {y[chosen].mean():>5.2f}")


def write(names, weights):
    lines = ["// GENERATED by Scripts/train-confidence.py — retrain, do not edit.", "",
             "extension Confidence {",
             "    /// One weight per feature of ``featureNames``, then the intercept.",
             "    static let weights: [Double] = ["]
    for name, weight in zip(names + ["intercept"], weights):
        lines.append(f"        {weight:.6f},  // {name}")
    lines += ["    ]", "}", ""]
    open(WEIGHTS, "w", encoding="utf-8").write("\n".join(lines))
    print(f"\nwrote {os.path.relpath(WEIGHTS, ROOT)}")


def weighted(argument):
    """"DIR:WEIGHT" as (DIR, WEIGHT); a path whose last colon is followed by no number is a path with weight 1."""
    path, _, weight = argument.rpartition(":")
    try:
        value = float(weight)
    except ValueError:
        return argument, 1.0
    if not path or not (0 < value < float("inf")):
        raise SystemExit(f"--train {argument}: the weight after ':' must be a positive number")
    return path, value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entente", default=os.path.join(ROOT, ".build/release/entente"))
    parser.add_argument("--scorer", default=os.path.join(ROOT, "../shared/tools/score-events"))
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--test", nargs="*", default=[])
    parser.add_argument("--write", action="store_true")
    arguments = parser.parse_args()
    scorer = load_scorer(arguments.scorer)
    # "DIR:3" counts each event of DIR three times: a small set written to the corpus's conventions
    # weighs as much as the larger outside ones.
    train = [weighted(d) for d in arguments.train]
    sets = [labelled(scorer, arguments.entente, directory) for directory, _ in train]
    # (A set where the extractor found nothing adds no row.)
    kept = [(s, weight) for s, (_, weight) in zip(sets, train) if len(s[2])]
    if not kept:
        raise SystemExit("the extractor found no event in the training sets: nothing to train on")
    names = kept[0][0][0]
    x = np.vstack([s[1] for s, _ in kept])
    y = np.concatenate([s[2] for s, _ in kept])
    weights = fit(x, y, np.concatenate([np.full(len(s[2]), weight) for s, weight in kept]))
    report(f"training sets pooled ({len(arguments.train)})", names, weights, x, y, sum(s[3] for s in sets))
    tests = [labelled(scorer, arguments.entente, directory) for directory in arguments.test]
    for directory, (_, tx, ty, golds) in zip(arguments.test, tests):
        report(f"test {directory}", names, weights, tx, ty, golds)
    if len(tests) > 1:
        found = [t for t in tests if len(t[2])]
        report(f"test sets pooled ({len(tests)})", names, weights,
               np.vstack([t[1] for t in found]) if found else np.zeros((0, len(names))),
               np.concatenate([t[2] for t in tests]), sum(t[3] for t in tests))
    if arguments.write:
        write(names, weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reference baseline for the local intent model: the plain scikit-learn pipeline the model's targets were set against.

Dev tooling only (not shipped, not run by tests). It mirrors that reference point -- TF-IDF of word 1-2-grams
plus character 2-5-grams (char_wb), sublinear tf, horizontally stacked, into a multinomial logistic regression -- so
that our held-out splits can be compared with the official Banking77 test split the issue quotes (91.5% accuracy,
86.8% coverage at 97% precision there). If the same pipeline scores lower on our split, our split is harder, and
our targets should be read with that in mind.

The metrics follow `studio eval-intent` (server/ai/intent/evaluate.ts and calibration.ts) exactly:
  - accuracy: top class vs truth over all test rows, no abstention;
  - coverage at 97% precision: over the thresholds 0.00, 0.01, ..., 0.99 on the top-class probability, the FIRST
    (lowest) threshold whose precision over answered rows (probability >= threshold) is at least 97% with coverage > 0;
    coverage = answered rows / all test rows. Precision of an empty answer set counts as 1, as in calibration.ts.

Run (Python 3.10+; scikit-learn in a throwaway venv):
  python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn
  npx tsx --conditions=react-server server/ai/intent/dev/write-splits.ts /tmp/intent-splits     # seed 77 split as text,category CSVs
  /tmp/skl/bin/python server/ai/intent/dev/sklearn-reference.py \\
      --train /tmp/intent-splits/banking77-train.csv --test /tmp/intent-splits/banking77-test.csv --C 1 10
For another split seed, write the CSVs from `banking77Split(seed)` in dev/splits.ts the same way write-splits.ts does.
Prints one JSON line per C.
"""

import argparse
import csv
import json
import time

from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

TARGET_PRECISION = 0.97
THRESHOLDS = [i / 100 for i in range(100)]  # calibration.ts CURVE_THRESHOLDS


def read_rows(path):
    """text,category CSV, trimmed, empty rows dropped -- as labelled-csv.ts reads it."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = [((r.get("text") or "").strip(), (r.get("category") or "").strip()) for r in csv.DictReader(f)]
    rows = [r for r in rows if r[0] and r[1]]
    return [t for t, _ in rows], [c for _, c in rows]


def coverage_at_precision(top_prob, correct):
    """(threshold, coverage) where precision first reaches the target, or (None, None)."""
    n = len(top_prob)
    for t in THRESHOLDS:
        answered = [ok for p, ok in zip(top_prob, correct) if p >= t]
        precision = 1.0 if not answered else sum(answered) / len(answered)
        coverage = len(answered) / n if n else 0.0
        if precision >= TARGET_PRECISION and coverage > 0:
            return t, coverage
    return None, None


def run(train_texts, train_labels, test_texts, test_labels, C):
    started = time.perf_counter()
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    x_train = hstack([word.fit_transform(train_texts), char.fit_transform(train_texts)]).tocsr()
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(x_train, train_labels)
    train_seconds = time.perf_counter() - started

    x_test = hstack([word.transform(test_texts), char.transform(test_texts)]).tocsr()
    proba = model.predict_proba(x_test)
    top = proba.argmax(axis=1)
    predicted = model.classes_[top]
    top_prob = proba.max(axis=1).tolist()
    correct = [p == a for p, a in zip(predicted, test_labels)]
    threshold, coverage = coverage_at_precision(top_prob, correct)
    return {
        "C": C,
        "trainRows": len(train_texts),
        "testRows": len(test_texts),
        "accuracy": sum(correct) / len(correct),
        "coverageAtPrecision97": coverage,
        "thresholdAtPrecision97": threshold,
        "trainSeconds": round(train_seconds, 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", required=True, help="text,category CSV to fit on")
    parser.add_argument("--test", required=True, help="text,category CSV to measure on")
    parser.add_argument("--C", type=float, nargs="+", default=[1.0], help="inverse regularisation strength(s) to try")
    args = parser.parse_args()
    train_texts, train_labels = read_rows(args.train)
    test_texts, test_labels = read_rows(args.test)
    for C in args.C:
        print(json.dumps(run(train_texts, train_labels, test_texts, test_labels, C)), flush=True)


if __name__ == "__main__":
    main()

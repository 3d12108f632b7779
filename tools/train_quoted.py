#!/usr/bin/env python3
"""Learns the weights of the quoted-phrase LinearModel (quoted-initiative-weights.tsv): which quoted phrases name an initiative.

Input: the output of org.countygraph.extract.QuotedPhraseDump over development documents (one quoted phrase per
line: file, phrase, text after it, features), and each document's gold annotation (FILE.tsv beside FILE.txt, the
dev-news format). A phrase is positive when a gold initiative of its document has it as a name or alias (quotes
set aside), or is it followed by the words after the quotes (“某某”工程).

Model: logistic regression over the binary features, L2-regularised, fitted by full-batch gradient descent
(numpy). Features seen fewer than --min-count times are dropped. Prints a five-fold cross-validation by document
(precision and recall of the phrases scored at or above each threshold, next to the rules' own choice) and writes
the weights, one 'feature<TAB>weight' per line, to --out.

Usage: tools/train_quoted.py DUMP.tsv --out src/main/resources/org/countygraph/model/quoted-initiative-weights.tsv
"""
import argparse, collections, math, random, re, sys
import numpy as np

QUOTES = '“”‘’"「」『』'

def gold_names(txt_path):
    names = set()
    try:
        with open(txt_path[:-4] + '.tsv', encoding='utf-8') as f:
            for line in f:
                if line.startswith('initiative\t'):
                    names.update(n.strip() for n in line.rstrip('\n').split('\t')[1].split('|'))
    except FileNotFoundError:
        pass
    return names

def label(phrase, after, names):
    bare = {n.strip(QUOTES) for n in names}
    if phrase in bare:
        return 1
    for n in names:  # “某某”工程: the gold name is the quoted phrase and the words after it
        if n[:1] in QUOTES and n[1:].startswith(phrase) and len(n) > len(phrase) + 2:
            rest = n[len(phrase) + 2:]
            if after.startswith(rest):
                return 1
    return 0

def rule_positive(feats):
    f = set(feats)
    if 'campaignWordAfter' in f or 'numberPattern' in f or 'endsInCampaignWord' in f:
        return True
    long = any(x in f for x in ('len=15+',))
    return ('parallel' in f or 'launched' in f) and not long

def fit(X, y, l2, iters=400, lr=0.5):
    w = np.zeros(X.shape[1])
    n = len(y)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (p - y) / n + l2 * w
        g[0] -= l2 * w[0]  # the bias is not regularised
        w -= lr * g
    return w

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dump')
    ap.add_argument('--out')
    ap.add_argument('--l2', type=float, default=0.002)
    ap.add_argument('--min-count', type=int, default=3)
    ap.add_argument('--drop', default='', help='comma-separated feature prefixes to leave out (f1=,l2=)')
    a = ap.parse_args()
    rows = []
    golds = {}
    with open(a.dump, encoding='utf-8') as f:
        for line in f:
            file, phrase, after, feats = line.rstrip('\n').split('\t')
            if file not in golds:
                golds[file] = gold_names(file)
            drop = [d for d in a.drop.split(',') if d]
            kept = [x for x in feats.split() if not any(x.startswith(d) for d in drop)]
            rows.append((file, kept, label(phrase, after, golds[file]), phrase))
    counts = collections.Counter(x for r in rows for x in set(r[1]))
    vocab = ['bias'] + sorted(k for k, c in counts.items() if c >= a.min_count and k != 'bias')
    index = {k: i for i, k in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for x in r[1]:
            if x in index:
                X[i, index[x]] = 1
    y = np.array([r[2] for r in rows], dtype=float)
    print(f'{len(rows)} phrases, {int(y.sum())} initiatives, {len(vocab)} features', file=sys.stderr)
    files = sorted(golds)
    random.Random(7).shuffle(files)
    fold = {f: i % 5 for i, f in enumerate(files)}
    scores = np.zeros(len(rows))
    for k in range(5):
        test = np.array([fold[r[0]] == k for r in rows])
        w = fit(X[~test], y[~test], a.l2)
        scores[test] = X[test] @ w
    rules = np.array([rule_positive(r[1]) for r in rows])
    def pr(sel):
        tp = float((sel & (y == 1)).sum()); p = tp / max(1, sel.sum()); r = tp / max(1, y.sum())
        return p, r, 2 * p * r / max(1e-9, p + r)
    print('rules            P %.3f R %.3f F1 %.3f' % pr(rules), file=sys.stderr)
    for th in (-1.5, -1.0, -0.5, 0.0, 0.5, 1.0):
        print('model >= %5.2f   P %.3f R %.3f F1 %.3f' % ((th,) + pr(scores >= th)), file=sys.stderr)
        print('rules or model   P %.3f R %.3f F1 %.3f' % pr(rules | (scores >= th)), file=sys.stderr)
    w = fit(X, y, a.l2)
    if a.out:
        with open(a.out, 'w', encoding='utf-8') as f:
            f.write('# Weights of the quoted-phrase org.countygraph.extract.LinearModel, written by tools/train_quoted.py from the\n')
            f.write('# development split (src/test/resources/pd-dev). feature<TAB>weight; a phrase scores the sum of its features.\n')
            for k, v in sorted(zip(vocab, w), key=lambda kv: -abs(kv[1])):
                if abs(v) >= 0.01 or k == 'bias':
                    f.write(f'{k}\t{v:.4f}\n')

if __name__ == '__main__':
    main()

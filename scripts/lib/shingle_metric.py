"""Shingle-overlap metric of the article-extraction benchmark (scrapinghub).

Implemented from the description in ../shared/bench/article-extraction/README.md:
tokens are maximal runs of Unicode word characters (`\\w+`, case kept); each text is
a multiset of 4-token shingles (a text of 1-3 tokens gives one shingle of all its
tokens, an empty text none); per document TP/FP/FN come from multiset intersection
and differences; precision is averaged over documents whose prediction is non-empty,
recall over all documents, and F1 is the harmonic mean of those two averages.
"""
import re
from collections import Counter

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text):
    return _TOKEN.findall(text or "")


def shingles(text, n=SHINGLE):
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


class DocScore:
    __slots__ = ("tp", "fp", "fn")

    def __init__(self, tp, fp, fn):
        self.tp, self.fp, self.fn = tp, fp, fn

    @property
    def predicted(self):
        """The prediction is non-empty (has at least one shingle)."""
        return self.tp + self.fp > 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.predicted else None

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self):
        """Per-document F1; an empty prediction counts as 0."""
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_document(gold, predicted):
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    return DocScore(tp, sum((p - g).values()), sum((g - p).values()))


def corpus_figures(scores):
    """(precision, recall, f1) of a list of DocScore, as the benchmark defines them."""
    precisions = [s.precision for s in scores if s.predicted]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1

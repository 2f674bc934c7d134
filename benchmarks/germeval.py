"""Score entity recognition on GermEval 2014 NER (test split): text nobody here tuned on.

Each sentence (its tokens joined by single spaces) runs through the production
pipeline, `kg.nlp.build_nlp` + `kg.extract.extract`; every entity mention whose
character span covers whole tokens becomes a predicted span, typed
Official/Person → PER, State/Place → LOC, Organization → ORG. Gold is the outer
tag column. Spans count only with their exact extent and class; a gold span on
OTH, `*deriv` or `*part` counts neither way (not missed, and a prediction on
exactly that span is no error). The same holds for our own derived mentions: a
state read from its adjective or demonym („die deutschen Bauern“, „die
Deutschen“; the gazetteer's hit form says so) is a LOCderiv prediction, which
this measure ignores, like GermEval's own derivations. Recall is also split by whether our lists
(`kg/data`, as the gazetteer holds them) contain the gold name's exact tokens
or, for a person, one of its words as a first name.

    python benchmarks/germeval.py [--tsv FILE] [--processes N] [--limit N] [--json OUT]

The file is read in place (`../shared/eval/germeval/NER-de-test.tsv`); it is a
measuring stick only: derive no rule, list entry or model from its sentences.

>>> spans(["B-PER", "I-PER", "O", "B-LOCderiv", "B-ORG"])
[(0, 2, 'PER'), (3, 4, 'LOCderiv'), (4, 5, 'ORG')]
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout; a worktree one level deeper finds it one level up
TSV = next((p / "shared" / "eval" / "germeval" / "NER-de-test.tsv" for p in REPO.parents
            if (p / "shared" / "eval" / "germeval").is_dir()), REPO.parent / "shared" / "eval" / "germeval" / "NER-de-test.tsv")
CLASSES = ("PER", "LOC", "ORG")
TYPE_CLASS = {"Official": "PER", "Person": "PER", "State": "LOC", "Place": "LOC", "Organization": "ORG",
              "derived": "LOCderiv"}
DERIVED_FORMS = ("adjective", "demonym")   # a gazetteer hit of these forms names a state by derivation

Span = tuple[int, int, str]   # first token, one past the last token, class
Listed = Callable[[tuple[str, ...], str], bool]   # (gold name's tokens, class) → do our lists hold it


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]     # outer-level BIO tags


def read_tsv(path: Path, limit: int | None = None) -> list[Sentence]:
    """Sentences of a GermEval file: `index<TAB>token<TAB>outer<TAB>inner` lines, `#` headers, blank ends."""
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    out.append(Sentence(tuple(tokens), tuple(tags)))
                    tokens, tags = [], []
                    if limit is not None and len(out) >= limit:
                        return out
                continue
            cols = line.split("\t")
            tokens.append(cols[1])
            tags.append(cols[2] if len(cols) > 2 else "O")
    if tokens:
        out.append(Sentence(tuple(tokens), tuple(tags)))
    return out


def spans(tags: list[str] | tuple[str, ...]) -> list[Span]:
    """The labelled spans of a BIO sequence (an I- without a matching B- starts a span)."""
    from kg.nlp.learned import spans_of     # one BIO decoder: the name tagger's
    return spans_of(tags)


def layout(tokens: tuple[str, ...]) -> tuple[str, list[int]]:
    """The sentence text (tokens joined by one space) and each token's start offset."""
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    return " ".join(tokens), starts


# -- prediction (in worker processes) ---------------------------------------------------

def predict(chunk: list[tuple[str, ...]]) -> list[list[Span]]:
    """Predicted spans of each token sequence, by the entity stage of `kg.extract.extract`."""
    from kg.extract.entities import read_entities   # extract's first stage: entities and mentions
    from kg.facts import Article
    from kg.nlp import build_nlp

    nlp = build_nlp()
    laid = [layout(tokens) for tokens in chunk]
    out: list[list[Span]] = []
    for (text, starts), doc in zip(laid, nlp.pipe(text for text, _ in laid)):
        reading = read_entities(doc, Article(id="germeval", text=text))
        derived = {(h.start, h.end) for h in doc._.geokg_hits if h.form in DERIVED_FORMS}
        out.append(to_spans([(m.start, m.end, "derived" if (m.start, m.end) in derived else m.type)
                             for m in reading.mentions], starts, len(text)))
    return out


def to_spans(mentions: list[tuple[int, int, str]], starts: list[int], length: int) -> list[Span]:
    """Character mentions → token spans; a mention that cuts a token (inside a compound) is dropped.

    >>> to_spans([(0, 4, "State"), (5, 7, "Official"), (2, 4, "Place")], [0, 5], 9)
    [(0, 1, 'LOC')]
    """
    first = {s: i for i, s in enumerate(starts)}
    last = {(starts[i + 1] - 1 if i + 1 < len(starts) else length): i for i in range(len(starts))}
    out = set()
    for start, end, type_ in mentions:
        if start in first and end in last and type_ in TYPE_CLASS:
            out.add((first[start], last[end] + 1, TYPE_CLASS[type_]))
    return sorted(out)


def _predict_all(token_lists: list[tuple[str, ...]], processes: int) -> list[list[Span]]:
    if processes <= 1:
        return predict(token_lists)
    size = max(1, -(-len(token_lists) // (processes * 4)))
    chunks = [token_lists[i:i + size] for i in range(0, len(token_lists), size)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        return [s for part in pool.map(predict, chunks) for s in part]


# -- scoring ----------------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    listed: list[int] = field(default_factory=lambda: [0, 0])     # [found, gold] on listed names
    unlisted: list[int] = field(default_factory=lambda: [0, 0])   # [found, gold] on the others

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        for mine, theirs in ((self.listed, other.listed), (self.unlisted, other.unlisted)):
            mine[0] += theirs[0]
            mine[1] += theirs[1]

    def row(self) -> dict[str, float | int | None]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0

        def share(pair: list[int]) -> float | None:
            return pair[0] / pair[1] if pair[1] else None
        return {"precision": p, "recall": r, "f1": f, "gold": self.tp + self.fn, "tp": self.tp, "fp": self.fp,
                "recall_listed": share(self.listed), "gold_listed": self.listed[1],
                "recall_unlisted": share(self.unlisted), "gold_unlisted": self.unlisted[1]}


def score(sentences: list[Sentence], predicted: list[list[Span]],
          listed: Listed) -> dict[str, Counts]:
    """Counts per class: exact spans; gold OTH/*deriv/*part spans count neither way."""
    counts = {c: Counts() for c in CLASSES}
    for sentence, pred in zip(sentences, predicted):
        gold = spans(sentence.tags)
        counted = {g for g in gold if g[2] in CLASSES}
        ignored = {(s, e) for s, e, label in gold if label not in CLASSES}
        found = {p for p in pred if (p[0], p[1]) not in ignored and p[2] in CLASSES}
        for s, e, label in counted:
            c = counts[label]
            hit = (s, e, label) in found
            c.tp += hit
            c.fn += not hit
            pair = c.listed if listed(sentence.tokens[s:e], label) else c.unlisted
            pair[0] += hit
            pair[1] += 1
        for p in found - counted:
            counts[p[2]].fp += 1
    return counts


def gazetteer_lists() -> Listed:
    """Whether our lists hold a gold name: the gazetteer's phrase table (built from `kg/data`) has
    exactly its tokens, or, for a person, one of its words is a listed first name."""
    from kg import resources
    from kg.nlp import build_nlp

    phrases = build_nlp().get_pipe("geokg_gazetteer").gazetteer.phrases
    first_names = resources.load_first_names()   # the list only, not names a learned class adds

    def listed(words: tuple[str, ...], label: str) -> bool:
        entry = phrases.get(tuple(words))
        if entry is not None and entry.label != "NONE":
            return True
        return label == "PER" and any(w in first_names for w in words)
    return listed


def table(counts: dict[str, Counts]) -> tuple[str, dict]:
    """The printed table and its JSON form (classes and 'all')."""
    total = Counts()
    for c in counts.values():
        total.add(c)
    rows = {**{k: v.row() for k, v in counts.items()}, "all": total.row()}

    def pct(x: float | None) -> str:
        return "  –  " if x is None else f"{x:5.1%}"
    lines = ["class      P      R     F1   gold  recall listed (n)   unlisted (n)"]
    for name, r in rows.items():
        lines.append(f"{name:<5} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['gold']:6d}"
                     f"  {pct(r['recall_listed'])} ({r['gold_listed']:4d})"
                     f"   {pct(r['recall_unlisted'])} ({r['gold_unlisted']:4d})")
    return "\n".join(lines), rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tsv", type=Path, default=TSV, help="a GermEval-format file (default: the shared test split)")
    ap.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    ap.add_argument("--json", type=Path, default=None, help="also write the table as JSON here")
    args = ap.parse_args(argv)
    if not args.tsv.exists():
        print(f"germeval: {args.tsv} not found", file=sys.stderr)
        return 2
    sentences = read_tsv(args.tsv, args.limit)
    began = time.perf_counter()
    predicted = _predict_all([s.tokens for s in sentences], args.processes)
    seconds = time.perf_counter() - began
    text, rows = table(score(sentences, predicted, gazetteer_lists()))
    print(text)
    print(f"{len(sentences)} sentences in {seconds:.1f} s ({args.processes} processes)")
    if args.json:
        args.json.write_text(json.dumps({"sentences": len(sentences), "seconds": seconds, "classes": rows},
                                        indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train `kg/data/name_tagger.crfsuite`, the learned name tagger of `kg.nlp.learned`.

    python kg/data/tools/train_name_tagger.py [--corpus FILE] [--out FILE] [--report]

Training data, all of it made here (silver labels, no human annotation):

- unlabelled German news: `../shared/corpus/gnad-test.jsonl` (the 10kGNAD test
  split, read as raw text; its text is not copied into the repository), without
  the articles of every held-out evaluation set (`SETS` of
  `benchmarks/heldout_eval.py`, by the ids its selection rule picks, so a set is
  left out before its annotation files exist) and without any article that shares
  a passage with a dev gold text;
- our invented sentences: the texts of `tests/corpus/*.jsonl` (but the rows where
  this tagger must read a name) and `seeds/`.

Each text runs through the rule pipeline (`build_nlp` + the entity stage of
`kg.extract`); every PER, LOC (state or place named, not derived) and ORG mention
that covers whole tokens becomes a silver span, except those of the weak rules
in `WEAK` (the sentence is then left out, so the rule's guess is no label). A
silver span's words lose their identity (their lower-cased form) with
probability MASK, so the model learns from shape, word class and context what
a name is, not which names our lists hold. GermEval and the dev and held-out
gold files are never read. Deterministic: a fixed seed and a fixed order.

`--report` holds out every tenth article and prints precision and recall of
the spans the model finds there with all silver names' identity hidden, by
threshold (the threshold of `kg.nlp.learned` is chosen from it).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pycrfsuite

from kg.nlp.classes import WORD_CLASS
from kg.nlp.learned import (LEARNED_NAME, MODEL, REPEATED_ORG, Lexicon, NameTagger, features, spans_of, token_labels,
                             windows)
from kg.nlp.names import UNKNOWN_PAIR
from kg.nlp.speakers import SPEAKER

REPO = Path(__file__).resolve().parents[3]
CORPUS = next((p / "shared" / "corpus" / "gnad-test.jsonl" for p in REPO.parents
               if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared" / "corpus" / "gnad-test.jsonl")
DEV = CORPUS.parent.parent / "eval" / "dev"
TYPE_CLASS = {"Official": "PER", "Person": "PER", "State": "LOC", "Place": "LOC", "Organization": "ORG"}
WEAK = frozenset({WORD_CLASS, UNKNOWN_PAIR, SPEAKER})   # rules whose names are guesses
LEARNED_RULES = frozenset({LEARNED_NAME, REPEATED_ORG})
MASK = 0.5
SEED = 13
MIN_COUNT = 3          # a word's form is a feature when it occurs this often
_WORD = re.compile(r"^(?:-?\d:)?w=(.*)$")    # a word's form as a feature, of the word or a neighbour
PARAMS = {"c1": 0.5, "c2": 0.01, "max_iterations": 120, "feature.possible_transitions": True}


def texts(corpus: Path) -> list[tuple[str, str]]:
    """(id, text) of the training texts, in a fixed order."""
    dev_texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV.glob("*.json"))]
    held = held_out_ids(corpus, dev_texts)
    dev = [_shingles(t) for t in dev_texts]
    out = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            sh = _shingles(rec["text"])
            if rec["id"] in held or any(len(sh & d) > 5 for d in dev):
                continue
            out.append((rec["id"], rec["text"]))
    for path in sorted((REPO / "tests" / "corpus").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not tests_the_tagger(row := json.loads(line)):
                out.append((f"{path.stem}-{n}", row["text"]))
    for path in sorted((REPO / "seeds").glob("*.txt")):
        out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def _shingles(text: str) -> set[str]:
    words = text.split()
    return {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}


def tests_the_tagger(row: dict) -> bool:
    """An example row where the learned tagger must read a name: no rule reads that name, so its silver label
    would be no name and teach the tagger to miss it (three rows of an invented „Vantrex“ made it a word)."""
    return bool(LEARNED_RULES & {*row.get("fires", ()), *(name[-1] for name in row.get("names", ()))})


def held_out_ids(corpus: Path, dev_texts: list[str]) -> frozenset[str]:
    """The corpus ids of every held-out set, re-derived by its selection rule: a set chosen but not yet
    annotated has no files, and its articles must stay out of training all the same."""
    selection = heldout_selection()
    articles = selection.read_corpus(corpus)
    return frozenset(i for n in selection.SETS for i in selection.select_set(n, articles, dev_texts))


def heldout_selection():
    """`benchmarks/heldout_eval.py`, loaded by its path: a script of the checkout, not of the package."""
    spec = importlib.util.spec_from_file_location("heldout_eval", REPO / "benchmarks" / "heldout_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # a dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def silver(nlp, ident: str, text: str) -> list[tuple[list[str], list[str], list[str]]]:
    """(words, BIO tags, hit labels) of each sentence of one text that no weak rule touched."""
    from kg.extract.entities import read_entities
    from kg.facts import Article
    from kg.nlp.tokens import token_table
    from spacy.attrs import SENT_START

    doc = nlp(text)
    table = token_table(doc)
    keep = [k for k, s in enumerate(table.is_space) if not s]
    words = [table.words[k] for k in keep]
    starts_arr = doc.to_array(SENT_START).tolist() if len(doc) else []
    sent_start = [starts_arr[k] == 1 or i == 0 for i, k in enumerate(keep)]
    first = {table.idx[k]: i for i, k in enumerate(keep)}
    last = {table.idx[k] + len(table.words[k]): i for i, k in enumerate(keep)}
    hits = doc._.geokg_hits
    by_span = {(h.start, h.end): h for h in hits}
    derived = {(h.start, h.end) for h in hits if h.form in ("adjective", "demonym")}
    tags = ["O"] * len(words)
    weak = [False] * len(words)
    reading = read_entities(doc, Article(id=ident, text=doc.user_data.get("geokg_text", text)))
    for m in reading.mentions:
        cls = TYPE_CLASS.get(m.type)
        if cls is None or (m.start, m.end) in derived or m.start not in first or m.end not in last:
            continue
        i, j = first[m.start], last[m.end] + 1
        h = by_span.get((m.start, m.end))
        if h is not None and h.rule in WEAK:
            weak[i] = True
        if any(t != "O" for t in tags[i:j]):
            continue
        tags[i] = "B-" + cls
        for k in range(i + 1, j):
            tags[k] = "I-" + cls
    labels = token_labels(hits, len(words))
    out = []
    bounds = [i for i, s in enumerate(sent_start) if s] + [len(words)]
    for a, b in zip(bounds, bounds[1:]):
        if b > a and not any(weak[a:b]) and b - a <= 120:
            out.append((words[a:b], tags[a:b], labels[a:b]))
    return out


def examples(nlp, rng: random.Random, sentences, vocabulary, masked_all: bool = False):
    """(features, tags) of the windows that the tagger reads in each sentence (`kg.nlp.learned.windows`
    around each candidate word no hit covers), where the silver names count as uncovered: without
    their hit label, and their identity hidden with probability MASK (always with `masked_all`)."""
    gaz = nlp.get_pipe("geokg_gazetteer").gazetteer
    lex = Lexicon(gaz, vocabulary)
    for words, tags, labels in sentences:
        n = len(words)
        hidden = [False] * n
        for i, j, _ in spans_of(tags):
            hide = masked_all or rng.random() < MASK
            for k in range(i, j):
                hidden[k] = hide
        shown = [("" if tags[k] != "O" else labels[k]) for k in range(n)]
        centres = [k for k in range(n) if not shown[k] and lex.candidate[words[k]]]
        for a, b in windows(centres, [0], n):
            yield features(lex, words, shown, hidden, a, b), tags[a:b]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--report", action="store_true", help="hold out every tenth text and print P/R by threshold")
    ap.add_argument("--cache", type=Path, help="keep the silver sentences in this JSON file")
    args = ap.parse_args(argv)
    from kg.nlp import build_nlp
    NameTagger._shared = None      # the silver labels are the rules' alone, not an earlier model's
    nlp = build_nlp()
    if args.cache and args.cache.exists():
        docs = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        docs = [silver(nlp, ident, text) for ident, text in texts(args.corpus)]
        if args.cache:
            args.cache.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    train_docs = [d for n, d in enumerate(docs) if not (args.report and n % 10 == 0)]
    train = [s for d in train_docs for s in d]
    counts = Counter(w.lower() for words, _, _ in train for w in words)
    vocabulary = frozenset(w for w, c in counts.items() if c >= MIN_COUNT)
    trainer = pycrfsuite.Trainer(verbose=False)
    rng = random.Random(SEED)
    for xseq, yseq in examples(nlp, rng, train, vocabulary):
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    out = args.out if not args.report else Path("/tmp/name_tagger_report.crfsuite")
    trainer.train(str(out))
    _write_vocabulary(out, vocabulary)
    print(f"{len(train)} sentences, {sum(len(s[0]) for s in train)} tokens, "
          f"{sum(len(spans_of(s[1])) for s in train)} silver names", file=sys.stderr)
    if args.report:
        held = [s for n, d in enumerate(docs) if n % 10 == 0 for s in d]
        report(nlp, out, held, vocabulary)
    return 0


def _write_vocabulary(model: Path, vocabulary: frozenset[str]) -> None:
    """The frequent words whose form the model kept a weight for (L1 drops the others): the
    tagger's features name only these."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    used = {m.group(1) for attr, _ in tagger.info().state_features for m in [_WORD.match(attr)] if m}
    model.with_suffix(".vocab").write_text("\n".join(sorted(vocabulary & used)) + "\n", encoding="utf-8")


def report(nlp, model: Path, held, vocabulary) -> None:
    """P/R of the spans found on held-out silver sentences with every name's identity hidden."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    found: list[tuple[float, bool]] = []
    gold = 0
    for xseq, tags in examples(nlp, random.Random(SEED), held, vocabulary, masked_all=True):
        truth = set(spans_of(tags))
        gold += len(truth)
        pred = tagger.tag(xseq)
        for i, j, cls in spans_of(pred):
            conf = min(tagger.marginal(pred[k], k) for k in range(i, j))
            found.append((conf, (i, j, cls) in truth))
    for t in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        kept = [ok for c, ok in found if c >= t]
        tp = sum(kept)
        print(f"threshold {t:.2f}: P {tp / max(1, len(kept)):.3f} R {tp / max(1, gold):.3f} ({len(kept)} spans)")


if __name__ == "__main__":
    sys.exit(main())

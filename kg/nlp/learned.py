"""A learned name tagger: names no list holds and no rule reads, typed by a linear-chain CRF.

The rules run first; this component adds a PER, PLACE or ORG hit only where no hit
covers any token of the span, and only when the model is sure of it (the lowest
marginal probability of the span's labels at least `THRESHOLD`). It reads only the
stretches around a candidate: a word that no hit covers and that is no German word
(or has a name's corpus word class); a thing's acronym or a country's code alone is
no name.

Features are the word's shape, its prefix and suffixes, its corpus word class
(`kg/data/name_classes.tsv`), whether our lexicons know it as a common noun, a
first name or a title, its lower-cased form when frequent, and the same of its
neighbours with the label of the rule hit that covers each. The model
(`kg/data/name_tagger.crfsuite`) is trained by `kg/data/tools/train_name_tagger.py`
on silver labels: the names our own rule pipeline reads in unlabelled German news
(the shared corpus without the articles of every held-out evaluation set) and in our
invented test sentences (but those that test this tagger), with the listed names' identity hidden, so it
learns the contexts of names and not the lists.

>>> tagger = NameTagger.shared()
>>> tagger is None or tagger.threshold > 0.5
True
"""
from __future__ import annotations

import logging
from collections import Counter
from itertools import compress
from operator import not_
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from kg import german
from kg.german import CAPITALISED_FUNCTION_WORDS as NOT_NAMES
from kg.nlp.hits import Hit, cover, person_words, token_hit
from kg.nlp.memo import Memo
from kg.nlp.persons_by_form import opening_preposition
from kg.rules import declare, fired

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kg.nlp.gazetteer import Gazetteer

STAGE = "learned"
LEARNED_NAME = declare("learned-name", STAGE, "a name no list holds and no rule reads, typed by the learned "
                       "tagger from its form and context: „Gusenbauer und Pröll trafen sich“")
REPEATED_ORG = declare("learned-repeated-org", STAGE, "a one-word name the tagger reads as a person that the text "
                       "names alone three times or more and never in full (beside a first name or a title) is an "
                       "organisation, for a news text introduces a person in full: „Vantrex sucht einen Standort. "
                       "… Vantrex zahle wenig Steuern. … zeigt auch Vantrex.“; not a lone name read twice")
# mentions of a lone name after which a person would have been named in full once
_UNINTRODUCED_MENTIONS = 3

MODEL = Path(__file__).resolve().parents[1] / "data" / "name_tagger.crfsuite"
# lowest marginal of a span's labels; on held-out silver names (every tenth text, identity hidden:
# `train_name_tagger.py --report`) the model is right on 0.98 of the spans it is this sure of
THRESHOLD = 0.8
HIT_LABELS = {"PER": "PER", "LOC": "PLACE", "ORG": "ORG"}
# a neighbour's hit label as a feature (a state's adjective, demonym or prefix is DERIV, see token_labels)
_HIT_FEATURE = {"STATE": "LOC", "CAPITAL": "LOC", "PLACE": "LOC", "ORG": "ORG", "BODY": "ORG", "PER": "PER",
                "TITLE": "TITLE"}
_DERIVED = ("adjective", "demonym", "prefix")
_HIT_FEATURES = {d: {label: f"{d}:h={label}" for label in ("LOC", "ORG", "PER", "TITLE", "DERIV")} for d in (-2, -1, 1, 2)}
_EDGE = {d: f"{d}:edge" for d in (-2, -1, 1, 2)}
_NAMES = ("LOC", "ORG", "PER")
_COUNTERS = german.NUMBER_WORDS | german.QUANTIFIERS | german.GROUP_QUANTIFIERS | german.NEGATIVE_ARTICLES


def shape(word: str) -> str:
    """The word's letters as X, x and d, runs shortened: 'Oberwölz' → 'Xx', 'G-7' → 'X-d'.

    >>> shape("Oberwölz"), shape("G-7"), shape("NATO"), shape("McCain")
    ('Xx', 'X-d', 'X', 'XxXx')
    """
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


class Lexicon:
    """What the features ask of our lexicons about one word, memoised per word, at each offset d
    (0: the word itself, ±1, ±2: a neighbour): `rows[w][d]` with the word's identity (its lower-cased
    form, when frequent), `bare[d][w]` without it."""

    OFFSETS = (-2, -1, 1, 2)

    def __init__(self, gaz: "Gazetteer", vocabulary: frozenset[str]) -> None:
        self.gaz = gaz
        self.vocabulary = vocabulary
        self.bare = {d: Memo(lambda w, d=d: self._bare(w, d)) for d in (0, *self.OFFSETS)}
        # all five offsets in one miss per word: the tagger asks all five of most words
        self.rows: Memo[str, dict[int, tuple[str, ...]]] = Memo(
            lambda w: {d: self._with_word(w, d, self._bare(w, d)) for d in (0, *self.OFFSETS)})
        self.candidate: Memo[str, bool] = Memo(self._candidate)
        self.shapes: Memo[str, str] = Memo(shape)     # one shape per word, not one per offset

    def _with_word(self, w: str, d: int, bare: tuple[str, ...]) -> tuple[str, ...]:
        low = w.lower()
        return bare + ((f"{d}:w=" if d else "w=") + low,) if low in self.vocabulary else bare

    def _bare(self, w: str, d: int) -> tuple[str, ...]:
        gaz = self.gaz
        cls = gaz.name_classes.get(w)
        if d:
            f = [f"{d}:s=" + self.shapes[w]]
            if cls:
                f.append(f"{d}:c=" + cls)
            if w[:1].isupper() and w in gaz.common:
                f.append(f"{d}:common")
            return tuple(f)
        low = w.lower()
        f = ["bias", "s=" + self.shapes[w], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
        if cls:
            f.append("c=" + cls)
        if w in gaz.common:
            f.append("common")
        if gaz.is_first_name(w):
            f.append("first")
        if w[:1].isupper() and gaz.title(w) is not None:
            f.append("title")
        if len(w) <= 3:
            f.append("short")
        return tuple(f)

    def _candidate(self, w: str) -> bool:
        """A word that may be a name no rule read: one the rules call unknown (capitalised, no German
        word, no known name, no title, no compound of a known noun), an acronym that is no word, or a
        word whose corpus word class is a name's."""
        gaz = self.gaz
        if w in gaz.name_classes:
            return w not in NOT_NAMES and gaz.title(w) is None
        return gaz._unknown_memo[w] or (len(w) > 1 and w.isupper() and w.isalpha() and w not in gaz.common)


def features(lex: Lexicon, words: Sequence[str], labels: Sequence[str], masked: Sequence[bool] | None,
             a: int, b: int) -> list[list[str]]:
    """The features of tokens a…b-1; `labels[k]`: the hit label covering token k ('' none);
    `masked[k]`: hide the word's identity, as for a name no list holds (None: hide none).

    >>> import types
    >>> gaz = types.SimpleNamespace(name_classes={}, common=frozenset(), is_first_name=lambda w: False,
    ...                             title=lambda w: None)
    >>> features(Lexicon(gaz, frozenset({"in"})), ["in", "Oberwölz"], ["", ""], None, 1, 2)[0][:3]
    ['bias', 's=Xx', 'p3=obe']
    """
    n = len(words)
    rows, bare = lex.rows, lex.bare
    out = []
    for k in range(a, b):
        f = list(bare[0][words[k]] if masked and masked[k] else rows[words[k]][0])
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                f.extend(bare[d][words[j]] if masked and masked[j] else rows[words[j]][d])
                if labels[j]:
                    f.append(_HIT_FEATURES[d][labels[j]])
            else:
                f.append(_EDGE[d])
        out.append(f)
    return out


def windows(centres: Sequence[int], bounds: Sequence[int], n: int, reach: int = 1) -> list[tuple[int, int]]:
    """Stretches of `reach` tokens around each centre token, within its sentence, overlapping ones
    merged; `bounds`: each sentence's first token.

    >>> windows([3, 5, 12], [0, 10], 20, reach=2)
    [(1, 8), (10, 15)]
    """
    out: list[tuple[int, int]] = []
    s = 0
    for k in sorted(centres):
        while s + 1 < len(bounds) and bounds[s + 1] <= k:
            s += 1
        lo = max(k - reach, bounds[s])
        hi = min(k + reach + 1, bounds[s + 1] if s + 1 < len(bounds) else n)
        if out and lo <= out[-1][1] and out[-1][0] >= bounds[s]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def token_labels(hits: Sequence[Hit], n: int) -> list[str]:
    """The label of the hit covering each token ('' none); a derived form counts as its own kind."""
    out = [""] * n
    for h in hits:
        label = _HIT_FEATURE.get(h.label)
        if label is None:
            continue
        if h.form in _DERIVED:
            label = "DERIV"
        for k in range(h.tok, h.tok_end):
            out[k] = label
    return out


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, end, class) of a BIO sequence.

    >>> spans_of(["O", "B-PER", "I-PER", "B-LOC", "I-ORG"])
    [(1, 3, 'PER'), (3, 4, 'LOC'), (4, 5, 'ORG')]
    """
    out = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if prefix == "I" and name == label:
            continue
        if label is not None:
            out.append((start, i, label))
            start, label = None, None
        if prefix in ("B", "I"):
            start, label = i, name
    return out


class NameTagger:
    """The trained model and the lexicon its features ask; `hits` is the per-document work."""

    _shared: "NameTagger | None | bool" = False

    def __init__(self, model: Path, vocabulary: frozenset[str], threshold: float = THRESHOLD) -> None:
        import pycrfsuite
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self.vocabulary = vocabulary
        self.threshold = threshold
        self._lexicons: dict[int, Lexicon] = {}

    @classmethod
    def shared(cls) -> "NameTagger | None":
        """The shipped model, loaded once per process; None when it or python-crfsuite is missing."""
        if cls._shared is False:
            try:
                vocabulary = frozenset(MODEL.with_suffix(".vocab").read_text(encoding="utf-8").split("\n"))
                cls._shared = cls(MODEL, vocabulary)
            except (OSError, ImportError) as exc:   # the rules still read the text, without its help
                log.warning("learned name tagger not loaded (%s); names come from the rules alone", exc)
                cls._shared = None
        return cls._shared  # type: ignore[return-value]

    def lexicon(self, gaz: "Gazetteer") -> Lexicon:
        lex = self._lexicons.get(id(gaz))
        if lex is None or lex.gaz is not gaz:
            lex = self._lexicons[id(gaz)] = Lexicon(gaz, self.vocabulary)
        return lex

    def hits(self, gaz: "Gazetteer", text: str, words: Sequence[str], idx: Sequence[int],
             opens: frozenset[int], hits: Sequence[Hit], no_entity: Sequence[bool] | None = None) -> list[Hit]:
        """New hits for the sure spans around the candidate words no hit covers; `opens`: the words
        that start a sentence, 0 among them (`kg.nlp.tokens.DocWords.opens` as the gazetteer's set);
        `no_entity`: the words of a phrase listed as no entity, which no span may take („Der Dow Jones stieg“)."""
        n = len(words)
        covered = cover(hits, list(no_entity) if no_entity else [False] * n)
        lex = self.lexicon(gaz)
        is_candidate = lex.candidate
        free = list(compress(range(n), map(not_, covered)))      # in C: no bytecode per token
        centres = list(compress(free, map(is_candidate.__getitem__, map(words.__getitem__, free))))
        if not centres:
            return []
        labels = token_labels(hits, n)
        # the words of a person's name elsewhere in the text are that person's: `extract` links them
        in_names = person_words(words, hits)
        out: list[Hit] = []
        for a, b in windows(centres, sorted(opens), n):
            for i, j, cls in self._spans(features(lex, words, labels, None, a, b)):
                i, j = _trim(words, a + i, a + j)
                if i < j and _new_name(gaz, words, labels, covered, in_names, i, j) \
                        and not (j - i == 1 and (gaz.no_lone_name(words, i, opens) or gaz.code_acronym(words[i]))) \
                        and not opening_preposition(gaz, words, i):
                    label = HIT_LABELS[cls]
                    if label == "PER" and j - i == 1 and gaz.employer_slot(words, i):
                        label = "ORG"       # „Filialleiter bei Brodowski“: the employer, a firm
                    out.append(token_hit(text, words, idx, i, j, label, None, "learned", LEARNED_NAME))
                    fired(LEARNED_NAME)
        return _repeated_as_org(out, words)

    def _spans(self, xseq: list[list[str]]) -> list[tuple[int, int, str]]:
        """The spans the model is sure of: the lowest marginal of their labels at least the threshold."""
        tagger = self.tagger
        tags = tagger.tag(xseq)
        return [(i, j, cls) for i, j, cls in spans_of(tags)
                if min(tagger.marginal(tags[k], k) for k in range(i, j)) >= self.threshold]


def _repeated_as_org(hits: list[Hit], words: list[str]) -> list[Hit]:
    """The hits with each one-word person's name read `_UNINTRODUCED_MENTIONS` times or more retyped as an
    organisation's (the tagger reads no name a rule read, so none of these is named in full), unless the text gives
    the name an age."""
    counts = Counter(h.text for h in hits if h.label == "PER" and h.tok_end == h.tok + 1)
    repeated = {w for w, c in counts.items() if c >= _UNINTRODUCED_MENTIONS}
    aged = {w for k, w in enumerate(words) if w in repeated and _age_after(words, k + 1)} if repeated else set()
    if aged:
        fired(REPEATED_AGED)
    repeated -= aged
    if not repeated:
        return hits
    fired(REPEATED_ORG)
    return [Hit(h.start, h.end, "ORG", h.key, h.text, h.tok, h.tok_end, h.form, REPEATED_ORG)
            if h.label == "PER" and h.text in repeated and h.tok_end == h.tok + 1 else h for h in hits]


REPEATED_AGED = declare("learned-repeated-aged", STAGE, "a lone name read three times or more stays a person's where "
                        "the text gives it an age, a number of years right after it or after a copula after it "
                        "(„Damals war Sturnhofer 33 und kaum bekannt“, „Sturnhofer (33)“), "
                        "which no organisation has; not „Sturnhofer 33 Prozent“, „Sturnhofer ist 33 Jahre alt“")
_AGES = range(14, 111)      # a person's age in years, as news gives it


def _age_after(words: list[str], k: int) -> bool:
    """An age at token k, right after a name (or a copula after it): a bare number of years not before a capitalised
    noun („33 und“, „war 33,“), or one in brackets („(33)“)."""
    if k < len(words) and words[k] in german.COPULAS:
        k += 1
    if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
        k += 1
    elif k + 1 < len(words) and words[k + 1][:1].isupper():
        return False
    return k < len(words) and words[k].isdigit() and int(words[k]) in _AGES


def _trim(words: Sequence[str], i: int, j: int) -> tuple[int, int]:
    """The span without the capitalised function words that open it: „Im KHM“ → „KHM“."""
    while i < j and words[i] in NOT_NAMES:
        i += 1
    return i, j


def _new_name(gaz: "Gazetteer", words: Sequence[str], labels: Sequence[str], covered: Sequence[bool],
              in_names: set[str], i: int, j: int) -> bool:
    """Whether the span i…j-1 may be a name of its own: no hit covers it; it starts capitalised; not
    all its words belong to a person's name found elsewhere, also in the genitive (`extract` links
    those); it is no lone first name; it follows no number or quantifier („drei Trunkenbolde“: a
    counted noun); it stands before no acronym in brackets (`extract` spells that out); and it does
    not touch a name the rules delimited („der Hacker Marcel Lazar“: the word before a name is part
    of it or of a title, no name of its own)."""
    if any(covered[i:j]) or not words[i][:1].isupper() or \
            all(w in in_names or (w.endswith("s") and w[:-1] in in_names) for w in words[i:j]):
        return False
    if j - i == 1 and gaz.is_first_name(words[i]):
        return False
    if i > 0 and (words[i - 1] in _COUNTERS or words[i - 1].isdigit()):
        return False
    if j + 1 < len(words) and words[j] == "(" and labels[j + 1] == "ORG":
        return False    # a name before its acronym in brackets is left to the acronym, which spells it out
    return not ((i > 0 and labels[i - 1] in _NAMES) or (j < len(words) and labels[j] in _NAMES))

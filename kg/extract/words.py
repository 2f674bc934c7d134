"""The words of a sentence: `Word` (form, lookup lemma, character offsets, flags) from a spaCy `Doc` or a plain
string, with German lookup lemmas (spacy-lookups-data, our fixes first).

>>> [w.text for w in words_of("Biden sicherte Selenskyj Unterstützung zu.")][:3]
['Biden', 'sicherte', 'Selenskyj']
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc

from kg import german
from kg.extract.lexicon import lemma_fixes
from kg.german import COORDINATORS, DETERMINERS, PREPOSITIONS, SUBORDINATORS
from kg.nlp.memo import Memo
from kg.nlp.tokens import doc_text, doc_words
from kg.resources import listed_words, lookups_table

log = logging.getLogger(__name__)

NON_VERBS = PREPOSITIONS | DETERMINERS | COORDINATORS | SUBORDINATORS | listed_words("not_verbs.tsv")


class Word(NamedTuple):
    """A token of the sentence: text, lower-cased lookup lemma, character offsets.

    `verbish`: a lower-case word whose lemma looks like a German infinitive
    (there is no POS tagger at hand). A named tuple: articles have thousands.
    """

    text: str
    lemma: str
    start: int
    end: int
    lower: str
    capitalized: bool
    verbish: bool

    @property
    def verb_or_auxiliary(self) -> bool:
        """A verb (`verbish`) or an auxiliary („hat“, „wird“): where a clause's finite verb may stand.

        >>> make_word("hat", "haben", 0, 3).verb_or_auxiliary, make_word("Haus", "haus", 0, 4).verb_or_auxiliary
        (True, False)
        """
        return self.verbish or self.lower in german.AUXILIARIES


def make_word(text: str, lemma: str, start: int, end: int) -> Word:
    """A Word with its derived flags.

    >>> make_word("bestreitet", "bestreiten", 0, 10).verbish
    True
    """
    lower = text.lower()
    return Word(text, lemma, start, end, lower, text[:1].isupper(), _verbish(text, lower, lemma))


def _verbish(text: str, lower: str, lemma: str) -> bool:
    return (text.isalpha() and text.islower() and lower not in NON_VERBS
            and lemma.endswith(german.INFINITIVE_ENDINGS) and len(text) > 2
            and not lower.endswith(german.PRESENT_PARTICIPLE_ENDINGS))  # "anschließend"


def words_of(text: str, offset: int = 0) -> list[Word]:
    """Words of a plain string with lookup lemmas (used by tests and as a fallback).

    >>> [w.text for w in words_of("Gespräche (OSZE), in Genf.")]
    ['Gespräche', '(', 'OSZE', ')', ',', 'in', 'Genf', '.']
    """
    return [make_word(m.group(0), lemma_of(m.group(0)), offset + m.start(), offset + m.end())
            for m in re.finditer(r"\w+(?:[-‐]\w+)*|[^\w\s]", text)]


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str] | None:
    """German lookup lemmas from spacy-lookups-data (`resources.lookups_table`): every worker process reads them
    once, a tenth of what extraction costs it."""
    try:
        table = lookups_table("de_lemma_lookup.json.gz")
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        log.warning("no German lemma lookups (%s): matching word forms only", exc)
        return None
    return table if isinstance(table, dict) else None


def lemma_of(form: str) -> str:
    """The lookup lemma of a word form, lower-cased; the form itself when unknown.

    >>> lemma_of("zugesichert")
    'zusichern'
    """
    fixed = lemma_fixes().get(form.lower())
    if fixed is not None:
        return fixed
    table = _lemma_table()
    if table is None:
        return form.lower()
    return str(table.get(form, form)).lower()


def _derived(form: str, lemma: str) -> tuple[str, str, bool, bool]:
    """A Word's fields that depend on its form and lemma only (all but the offsets)."""
    lower = form.lower()
    return lemma, lower, form[:1].isupper(), _verbish(form, lower, lemma)


# form → (lemma, lower, capitalized, verbish): the same forms recur thousands of times
_FORMS: Memo[str, tuple[str, str, bool, bool]] = Memo(lambda form: _derived(form, lemma_of(form)))


def article_words(doc: Doc, text: str) -> tuple[list[Word], list[int] | None]:
    """All words of the Doc (forms from the article text) and where sentences start (None: not split).

    Reads the pipeline's word table (`kg.nlp.tokens.doc_words`) and builds the words in one
    comprehension: a Python loop over 400,000 tokens was this stage's largest cost.
    """
    table = doc_words(doc)
    forms, idx = table.words, table.idx
    if not forms:
        return [], None
    if doc_text(doc) != text:       # the tokenizer normalised: the words are the article's
        forms = [text[i:i + len(w)] for i, w in zip(idx, forms)]
    derived = _spacy_lemmas(doc, forms) if any(t.lemma_ for t in doc[:3]) else map(_FORMS.__getitem__, forms)
    new = tuple.__new__      # skips the named tuple's Python-level constructor: called per token
    words = [new(Word, (form, lemma, start, start + len(form), lower, capitalized, verbish))
             for form, start, (lemma, lower, capitalized, verbish) in zip(forms, idx, derived)]
    return words, table.opens


def _spacy_lemmas(doc: Doc, forms: list[str]) -> list[tuple[str, str, bool, bool]]:
    """The derived fields of the words of a Doc a lemmatiser annotated (our fixes still win)."""
    lemmas = [t.lemma_ for t in doc if not t.is_space]
    fixes = lemma_fixes()
    return [_derived(form, fixes.get(form.lower()) or lemma.lower()) if lemma else _FORMS[form]
            for form, lemma in zip(forms, lemmas)]

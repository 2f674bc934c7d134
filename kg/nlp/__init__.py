"""The German NLP pipeline: `build_nlp()`.

With a model name (argument or `GEOKG_SPACY_MODEL`) that `spacy.load` can
load, that model is used and the geokg components are added on top;
otherwise the rule pipeline: blank German, a normalising tokenizer, the rule
sentence splitter and the gazetteer. Built once per process and cached.

>>> nlp = build_nlp()
>>> doc = nlp("Moskau bestreitet das. Am 9. Januar gibt es Gespräche.")
>>> [s.text for s in doc.sents]
['Moskau bestreitet das.', 'Am 9. Januar gibt es Gespräche.']
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.attrs import IS_SPACE
from spacy.symbols import ORTH

from kg import resources
from kg.errors import KgError

from kg.nlp import factories  # noqa: F401  (registers the components)
from kg.nlp.hits import Hit
from kg.nlp.tokenizer import RULE_TOKENIZER, NormalisingTokenizer, split_name_periods

log = logging.getLogger(__name__)

__all__ = ["build_nlp", "Hit"]


def build_nlp(model: str | None = None, spans_key: str = "geokg") -> Language:
    """The pipeline for `model` (or `$GEOKG_SPACY_MODEL`), else the rule pipeline; the gazetteer's hits
    go to `doc._.geokg_hits` and, as token spans, to `doc.spans[spans_key]` (none where it is "": the
    build reads only the hits, and making the spans took 2 % of its NLP)."""
    return _build(model or os.environ.get("GEOKG_SPACY_MODEL") or None, spans_key)


@lru_cache(maxsize=4)
def _build(model: str | None, spans_key: str) -> Language:
    nlp = None
    if model:
        try:
            nlp = spacy.load(model)
            log.info("NLP pipeline: spaCy model %s with geokg components", model)
        except (OSError, ImportError) as exc:   # not installed: the rule pipeline reads the text
            log.warning("spaCy model %s cannot be loaded (%s); using the rule pipeline", model, exc)
        except Exception as exc:   # installed but broken (its config, its weights): the user must know
            reason = str(exc).strip().splitlines()
            raise KgError(f"spaCy model {model} is installed but cannot be loaded: "
                          f"{type(exc).__name__}{': ' + reason[-1] if reason else ''}") from None
    if nlp is None:
        abbreviations = sorted(resources.load_word_list("abbreviations.tsv"))
        nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": RULE_TOKENIZER,
                                                              "abbreviations": abbreviations}}})
        nlp.max_length = 100_000_000  # no parser or NER here: memory grows only linearly with the text
        _only_space_flag(nlp)
        nlp.tokenizer = NormalisingTokenizer(nlp.tokenizer)
        nlp.add_pipe("geokg_sentences")
        log.info("NLP pipeline: rule pipeline (blank German)")
    else:
        _add_abbreviations(nlp)
        split_name_periods(nlp)
        nlp.tokenizer = NormalisingTokenizer(nlp.tokenizer)
        # a parser already splits sentences; ours only fills in when it is missing
        nlp.add_pipe("geokg_sentences", config={"overwrite": False},
                     first=not any(n in nlp.pipe_names for n in ("parser", "senter")))
    nlp.add_pipe("geokg_gazetteer", config={"spans_key": spans_key})
    return nlp


def _only_space_flag(nlp: Language) -> None:
    """Compute only IS_SPACE for each new word: the rule pipeline reads no other lexical attribute,
    and the 22 others (shape, norm, like_num, ...) took a quarter of the tokenizer's time.
    (A statistical model keeps them all: its features read them.)

    >>> nlp = spacy.blank("de"); _only_space_flag(nlp)
    >>> [(t.is_space, t.like_num) for t in nlp("7 \\n")]
    [(False, False), (True, False)]
    """
    nlp.vocab.lex_attr_getters = {IS_SPACE: nlp.vocab.lex_attr_getters[IS_SPACE]}


def _add_abbreviations(nlp: Language) -> None:
    """Abbreviations of Austrian and German news that spaCy's exceptions lack ("Wr. Neustadt", "Abg.")."""
    for abbreviation in resources.load_word_list("abbreviations.tsv"):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])

"""spaCy factories of the geokg components: registration apart from the logic.

Each component splits the pure step (`match`) from the one place that changes
the Doc (`set_annotations`), as spaCy's own span_ruler does.
"""
from __future__ import annotations

import logging

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.hits import Hit
from kg.nlp.sentences import sentence_starts
from kg.nlp.tokens import token_table

log = logging.getLogger(__name__)


class SentenceSplitter:
    """Sets `is_sent_start` on every token by the rules of `kg.nlp.sentences`."""

    def __init__(self, overwrite: bool):
        self.overwrite = overwrite

    def match(self, doc: Doc) -> list[bool]:
        words = token_table(doc).words
        return sentence_starts(words, [""] * len(words))

    def set_annotations(self, doc: Doc, starts: list[bool]) -> None:
        # one array write instead of a property call per token
        values = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64")
        values[:1] = 1
        doc.from_array([SENT_START], values.reshape(-1, 1).astype("uint64"))

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and (self.overwrite or not doc.has_annotation("SENT_START")):
            self.set_annotations(doc, self.match(doc))
        return doc


class GazetteerComponent:
    """Writes the gazetteer's hits to `doc._.geokg_hits` and token-aligned ones to `doc.spans[key]`."""

    def __init__(self, nlp: Language, spans_key: str):
        self.spans_key = spans_key
        tokenizer = nlp.tokenizer

        def tokenize(text: str) -> list[str]:
            return [t.text for t in tokenizer(text) if not t.is_space]

        self.gazetteer = Gazetteer.from_resources(tokenize)

    def match(self, doc: Doc) -> list[Hit]:
        return self.gazetteer.match(doc)

    def set_annotations(self, doc: Doc, hits: list[Hit]) -> None:
        doc._.geokg_hits = tuple(hits)
        if self.spans_key:
            spans = []
            for h in hits:
                span = doc.char_span(h.start, h.end, label=h.label, kb_id=h.key)
                if span is not None:
                    spans.append(span)
            doc.spans[self.spans_key] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("geokg_sentences", assigns=["token.is_sent_start"], default_config={"overwrite": True})
def make_sentences(nlp: Language, name: str, overwrite: bool) -> SentenceSplitter:
    return SentenceSplitter(overwrite)


@Language.factory("geokg_gazetteer", assigns=["doc._.geokg_hits", "doc.spans"],
                  default_config={"spans_key": "geokg"})
def make_gazetteer(nlp: Language, name: str, spans_key: str) -> GazetteerComponent:
    return GazetteerComponent(nlp, spans_key)

"""What the gazetteer component finds: typed character spans (`Hit`) stored on the Doc.

A hit may cover part of a token ("US" in "US-Präsident"), so hits carry
character offsets into the article text, not token spans. Each names the rule
that made it (`Hit.rule`, a name of `kg.rules.RULES`); the gazetteer component's
spans in `doc.spans["geokg"]` give it as `span._.geokg_rule`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from spacy.tokens import Doc, Span

# STATE (key: ISO code), CAPITAL (key: ISO code; State or Place decided in extract),
# ORG (key: canonical name), BODY (generic government body), PLACE (canonical name),
# TITLE (key: role as written, nominative), PER (key: canonical name, or the name as written)
LABELS = ("STATE", "CAPITAL", "ORG", "BODY", "PLACE", "TITLE", "PER")


@dataclass(frozen=True)
class Hit:
    """One gazetteer or rule match.

    >>> Hit(0, 2, "STATE", "US", "US", 0, 1, "prefix", "hyphen-compound").rule
    'hyphen-compound'
    """

    start: int          # character offset, end exclusive
    end: int
    label: str
    key: str
    text: str
    tok: int            # first token index
    tok_end: int        # one past the last token
    form: str = "name"  # how it reads: name, genitive, adjective, prefix, demonym, known, region; a
    #                     TITLE's official (yes, no, colleague); a name rule's trigger (first-name, title,
    #                     credit, pair, speaker, class, context:KIND, form:ROLE, …); `extract` reads it
    rule: str = ""      # the rule that made it ("" : a hit the extractor made, not a name rule)


def token_hit(text: str, words: Sequence[str], idx: Sequence[int], i: int, j: int, label: str, key: str | None,
              form: str, rule: str) -> Hit:
    """The hit of tokens i..j-1: its character offsets from the tokens', its key `key` or, where None, the text it
    covers.

    >>> token_hit("in Tekoa", ["in", "Tekoa"], [0, 3], 1, 2, "PLACE", None, "context", "place-preposition").key
    'Tekoa'
    """
    start, end = idx[i], idx[j - 1] + len(words[j - 1])
    surface = text[start:end]
    return Hit(start, end, label, surface if key is None else key, surface, i, j, form, rule)


def cover(hits: Iterable[Hit], covered: list[bool]) -> list[bool]:
    """Mark in `covered` (a flag per token) the tokens the hits cover, and return it; a rule that
    must not change its caller's flags passes a copy.

    >>> cover([Hit(5, 9, "STATE", "IR", "Iran", 1, 2)], [False, False, True])
    [False, True, True]
    """
    for h in hits:
        for k in range(h.tok, h.tok_end):
            covered[k] = True
    return covered


def person_words(words: Sequence[str], hits: Iterable[Hit]) -> set[str]:
    """The words of the person names among the hits: such a word elsewhere is that person's,
    which `extract` links, so no rule reads it as another name.

    >>> sorted(person_words(["Olaf", "Scholz", "sagte"], [Hit(0, 11, "PER", "Olaf Scholz", "Olaf Scholz", 0, 2)]))
    ['Olaf', 'Scholz']
    """
    return {words[k] for h in hits if h.label == "PER" for k in range(h.tok, h.tok_end)}


def span_rule(span: Span) -> str | None:
    """The rule of the hit a span of `doc.spans` was made from (same offsets, label and key), or None."""
    for h in span.doc._.geokg_hits:
        if h.start == span.start_char and h.end == span.end_char and h.label == span.label_ and h.key == span.kb_id_:
            return h.rule
    return None


if not Doc.has_extension("geokg_hits"):
    Doc.set_extension("geokg_hits", default=())
if not Span.has_extension("geokg_rule"):
    Span.set_extension("geokg_rule", getter=span_rule)   # read on demand: no cost per document

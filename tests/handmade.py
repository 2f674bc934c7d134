"""Hand-built entity readings for the few talks and events tests whose names the gazetteer does
not know: an `EntityReading` made from a list of surface forms (the real input type, written by
hand), read over the production pipeline's Doc (its tokenizer and sentence splitter).

Most rules are tested through `tests/corpus/*.jsonl` instead, end to end."""
from __future__ import annotations

import re

from spacy.language import Language

from kg.extract.mentions import EntityReading, Mention
from kg.facts import Entity, entity_key
from kg.nlp import build_nlp


def lemma_nlp() -> Language:
    """The production pipeline (`kg.nlp.build_nlp`): its tokenizer, lemmas and sentence splitter."""
    return build_nlp()


def reading(text: str, names: list[tuple[str, str, str]] | list[tuple[str, str, str, str]]) -> EntityReading:
    """Mentions of every (surface, canonical name, type[, role]) in `text`, longest surface first.

    >>> r = reading("Biden rief Putin an.", [("Biden", "Joe Biden", "Official"), ("Putin", "Wladimir Putin", "Official")])
    >>> [m.key for m in r.mentions]
    ['person:joe-biden', 'person:wladimir-putin']
    """
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for row in sorted(names, key=lambda r: -len(r[0])):
        surface, name, type_ = row[:3]
        role = row[3] if len(row) > 3 else None
        key = entity_key(type_, name)
        entities.setdefault(key, Entity(key=key, type=type_, name=name, role=role))  # type: ignore[arg-type]
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?:s|es|n|en|e|er|em)?(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), key, type_, m.group(0)))  # type: ignore[arg-type]
    mentions.sort(key=lambda m: m.start)
    return EntityReading(tuple(entities.values()), (), tuple(mentions))

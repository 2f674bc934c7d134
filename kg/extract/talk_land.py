"""„das Land“ as the object of a visit: the state the sentences before named last („Ägypten ist arm. Papst
Franziskus besucht das Land im Mai.“ → Ägypten), read in sentences with a talks cue only.

>>> from kg.extract.clauses import words_of
>>> _land_words(tuple(words_of("Er besucht das Land im Mai")))
[(3, 2)]
"""
from __future__ import annotations

from dataclasses import replace
from operator import attrgetter
from typing import Sequence

from kg import german
from kg.extract.clauses import Actor, Sentence, Word
from kg.extract.mentions import EntityReading
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired

VISITED_LAND = declare("talks-visited-land", "talks participants", "„das Land“ (or „dem Land“) after an article in a "
                       "talks sentence, with no name or genitive of its own, is the state the two sentences before "
                       "named last (not the sentence's own actors' state): „Ägypten ist arm. Papst Franziskus besucht "
                       "das Land im Mai.“")
LAND = german.LAND_NOUN
_ARTICLES = german.ARTICLES


def _land_words(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Indices of „Land“ after an article (and at most two adjectives), with no capitalised word or genitive article
    after it, each with its article's index."""
    out = []
    for i, w in enumerate(words):
        article = _article_before(words, i) if w.lower == LAND and w.capitalized else None
        if article is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and (nxt.capitalized or nxt.lower in german.GENITIVE_ARTICLES):
            continue
        out.append((i, article))
    return out


LAND_ADJECTIVE = declare("talks-land-adjective", "talks participants", "„das Land“ may carry adjectives between "
                         "article and noun: „Kenia leidet. Wang Yi ist zu Besuch in dem ostafrikanischen Land.“ (not "
                         "„im eigenen Land“)")


def _article_before(words: Sequence[Word], i: int) -> int | None:
    """The index of the article word `i` follows, directly or over one or two lower-case adjectives ("dem
    ostafrikanischen")."""
    for gap in range(3):
        at = i - 1 - gap
        if at < 0:
            return None
        if words[at].lower in _ARTICLES:
            if gap:
                fired(LAND_ADJECTIVE)
            return at
        word = words[at]
        if word.capitalized or not word.text.isalpha() or word.lower in german.OWN_ADJECTIVES \
                or not word.lower.endswith(german.ADJECTIVE_ENDINGS):
            return None
    return None


_LOWER = attrgetter("lower")


def with_land(sentences: list[Sentence], sentence: Sentence, reading: EntityReading) -> Sentence:
    """The sentence with each bare „das Land“ read as the state named last in the two sentences before, where
    that state is none of this sentence's actors' own."""
    at = _land_words(sentence.words) if LAND in map(_LOWER, sentence.words) else []     # no set per sentence
    if not at:
        return sentence
    state = _last_state(sentences[max(0, sentence.index - 2):sentence.index])
    own = {s for a in sentence.actors for s in reading.states_of(a.key)} | {a.key for a in sentence.actors}
    if state is None or state in own:
        return sentence
    fired(VISITED_LAND)
    added = [Actor.referred(state, "State", i, governing_prep(sentence.words, article)) for i, article in at]
    return replace(sentence, actors=tuple(sorted((*sentence.actors, *added), key=lambda a: a.first)))


def _last_state(sentences: Sequence[Sentence]) -> str | None:
    """The state named last (by name, not by reference) in the sentences."""
    for sentence in reversed(sentences):
        states = [a for a in sentence.actors if a.type == "State" and not a.resolved]
        if states:
            return states[-1].key
    return None


def land_rules(sentence: Sentence, people: list[Actor]) -> tuple[str, ...]:
    """`VISITED_LAND` where a participant stands at „Land“."""
    return (VISITED_LAND,) if any(a.resolved and sentence.words[a.first].lower == LAND for a in people) else ()

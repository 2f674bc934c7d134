"""Both cue scans of a sentence in one pass over its words: the words that open talks (`talk_cues`) and the
PLOVER cues (`event_cues`), each read once per sentence, clause by clause.

The two scans read a word by the same key (form, lemma, the clause's particle unless the word is a noun, whether it
is capitalised) except the sentence's first word and the clause's particle, which each scan reads its own way; one
memo holds both readings, so most words cost one lookup instead of two (the scans were a tenth of extraction).

>>> from kg.extract.clauses import Sentence, words_of
>>> words = tuple(words_of("Die Minister trafen sich und kritisierten die Pläne ."))
>>> s = Sentence(0, 0, 50, "", words, (), (), ((0, 4), (4, 9)))
>>> [c.entry.cue for c in talk_cues(s)], [h.entry.code for h in event_cues(s)]
(['treffen'], ['CONSULT', 'ACCUSE'])
"""
from __future__ import annotations

from kg.extract.clauses import Sentence, Word, answers, clause_particle
from kg.extract.event_cues import (NOTHING, Candidates, ClauseContext, CueHit, candidates, hit_at,
                                   without_sports_meetings)
from kg.extract.talk_cues import Cue, TalksCue, cue_at, without_medium_beside_verb, word_cue
from kg.nlp.memo import Cache


def talk_cues(sentence: Sentence) -> list[Cue]:
    """The words of a sentence that open talks, clause by clause (a word inside a name opens none)."""
    return list(_cues(sentence)[0])


def event_cues(sentence: Sentence) -> list[CueHit]:
    """The PLOVER cues of a sentence, clause by clause (a word inside a name is none)."""
    return list(_cues(sentence)[1])


def _cues(sentence: Sentence) -> tuple[list[Cue], list[CueHit]]:
    known = answers(sentence, "cues")
    found = known.get("both")
    if found is None:
        found = known["both"] = _scan(sentence)
    return found


def _scan(sentence: Sentence) -> tuple[list[Cue], list[CueHit]]:
    talks: list[Cue] = []
    events: list[CueHit] = []
    for first, last in sentence.clauses:
        _clause(sentence, first, last, talks, events)
    return without_medium_beside_verb(sentence, talks), without_sports_meetings(sentence, events)


def _clause(sentence: Sentence, first: int, last: int, talks: list[Cue], events: list[CueHit]) -> None:
    """Add the talks cues and the PLOVER cues of one clause; most words cost one memo lookup."""
    words, named, memo = sentence.words, sentence.named, _READINGS
    particle, particle_at = clause_particle(sentence, first, last) or (None, -1)
    clause = ClauseContext(words, first, last)
    for i in range(first, last):
        if i in named:
            continue
        if i == 0 or i == particle_at:      # each scan reads these its own way
            talk, event = cue_at(sentence, i, particle, particle_at), hit_at(sentence, i, clause, particle, particle_at)
        else:
            word = words[i]
            noun = word.capitalized
            key = (word.text, word.lemma, None if noun else particle, noun)
            both = memo.get(key) or memo.put(key, _readings(word, key[2], noun))    # a miss reads the word at hand
            if both is _NEITHER:
                continue
            entry, found = both
            talk = None if entry is None else cue_at(sentence, i, particle, particle_at, entry)
            event = None if found is NOTHING else hit_at(sentence, i, clause, particle, particle_at, found)
        if talk is not None:
            talks.append(talk)
        if event is not None:
            events.append(event)


def _readings(word: Word, particle: str | None, noun: bool) -> tuple[TalksCue | None, Candidates]:
    both = (word_cue(word, particle, noun), candidates(word, particle, noun))
    return _NEITHER if both == _NEITHER else both


# most words' readings: neither scan's cue, told by identity
_NEITHER: tuple[TalksCue | None, Candidates] = (None, NOTHING)

# (text, lemma, particle, noun) → both readings: they depend on the word alone (its flags follow from text and
# lemma, `make_word`), and words recur
_READINGS: Cache[tuple[str, str, str | None, bool], tuple[TalksCue | None, Candidates]] = Cache()

"""A talk's kind where the sentence says more than its cue (a call at a meeting, „sprechen“ in a place) and its
place beyond the sentence's Place (a described capital, the State, „dort“, an arrival).

>>> from kg.extract.clauses import Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Merkel und Putin sprachen am Rande des G20-Gipfels miteinander."))
>>> at_meeting(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), 3)
True
"""
from __future__ import annotations

from dataclasses import replace

from kg import german
from kg.extract.clauses import Actor, Sentence, dateline_end
from kg.extract.datelines import seat_states
from kg.extract.mentions import EntityReading
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue, attributive_participle, cue_index, genitive_cue, spoken_cue, suffix_cue
from kg.extract.talk_places import (ARRIVAL_PLACE, DESCRIBED_CAPITAL, PARTNER_PLACE, PLACE_PREPS, STATE_PLACE,
                                    THERE_PLACE, VISITED_PLACE, arrival,
                                    described_capital, partner_place, place_near, state_place, there,
                                    visited_capital)
from kg.extract.talk_rules import VISIT_RULES
from kg.facts import Talks


SPOKEN_AT_MEETING = declare("talks-spoken-at-meeting-noun", "talks kind", "„sprechen“ at a meeting its clause "
                            "names („am Rande“, „während“, „bei“ a talks noun) is a meeting, not a phone call: „Merkel "
                            "und Putin sprachen am Rande des G20-Gipfels miteinander“")
CALL_AT_MEETING = declare("talks-call-at-meeting-noun", "talks place", "a phone call made at a meeting its clause "
                          "names takes no place from that meeting: „Merkel telefonierte am Rande des Gipfels in "
                          "Brüssel mit Erdogan“ (Brüssel is the summit's place, not the call's)")


def at_meeting(sentence: Sentence, cue: int) -> bool:
    """A non-phone talks noun of the cue's clause right after „am Rande“, „während“, „bei“, „auf“.

    Example: „sprachen am Rande des G20-Gipfels miteinander“ → True (the genitive „Gipfels“ is a summit).
    """
    words, suffixes = sentence.words, cue_index()[0]
    first, last = sentence.clause_of(cue)
    for j in range(first + 1, last):
        w = words[j]
        if j == cue or not w.capitalized or not any(v.lower in german.AT_MEETING_WORDS for v in words[max(first, j - 3):j]):
            continue
        entry = suffix_cue(w.lower, suffixes) or genitive_cue(w, suffixes)
        if entry is not None and entry.kind not in ("PhoneCall", "none"):
            return True
    return False


def at_meeting_call(cue: Cue, place: str | None, place_rules: tuple[str, ...]
                     ) -> tuple[str, str | None, tuple[str, ...]]:
    """A talk at a meeting: „sprechen“ there is a meeting; a call keeps no place (it is the meeting's)."""
    if spoken_cue(cue):
        fired(SPOKEN_AT_MEETING)
        return "Meeting", place, (*place_rules, SPOKEN_AT_MEETING)
    if place is not None:
        fired(CALL_AT_MEETING)
        return "PhoneCall", None, (CALL_AT_MEETING,)
    return "PhoneCall", place, place_rules


def talk_place(sentences: list[Sentence], entities: EntityReading, sentence: Sentence, cue: Cue,
               group: list[Actor]) -> tuple[str | None, tuple[str, ...]]:
    """The talks' place and the rule that found it beyond the sentence's Place: a State, "dort"."""
    if cue.entry.match == "verb" and attributive_participle(sentence, cue.index):
        return _phrase_place(sentence, cue.index)
    place = partner_place(sentence, cue.index, group)
    if place is not None:
        return place, (PARTNER_PLACE,)
    place = place_near(sentence, cue.index, group)
    if place is not None:
        return place, ()
    place = visited_capital(sentence, cue.index, cue.entry.requires)
    if place is not None:
        return place, (VISITED_PLACE,)
    if cue.entry.kind != "PhoneCall" or spoken_cue(cue):
        place = described_capital(sentence, cue.index)
        if place is not None and entities.entity(place) is not None:
            fired(DESCRIBED_CAPITAL)
            return place, (DESCRIBED_CAPITAL,)
        place = state_place(sentence, cue.index, frozenset(a.key for a in group))
        if place is not None:
            return place, (STATE_PLACE,)
        # "sprechen" with "dort" is too often a phone call after a sentence about somewhere: its place is an arrival's
        place = there(sentences, sentence) if not spoken_cue(cue) else None
        if place is not None:
            return place, (THERE_PLACE,)
        place = arrival(sentences, sentence, frozenset(a.key for a in group))
        if place is not None:
            return place, (ARRIVAL_PLACE,)
    return None, ()


DATELINE_PLACE = declare("talks-dateline-place", "talks place", "talks in the sentence a dateline opens that no "
                         "sentence gives a place are held at the dateline's first place where it lies in the state of a "
                         "participant (or one a participant acts for): „Warschau – Polens Außenminister "
                         "Max Muster zeigte sich nach seiner Begegnung mit Präsident Hans Mayer erleichtert“ "
                         "(in Warsaw); not where the dateline names two places in the sides' states („Riga/Tallinn – …“ "
                         "for talks of Latvia and Estonia: filed from both, held at neither), not „Berlin – Angesichts des EU-Gipfels mit Japan …“ (Berlin is no side's), "
                         "nor a phone call, nor a visit of a "
                         "state (its place is the state, where the text names no other)")


def with_dateline_place(sentences: list[Sentence], talks: Talks, entities: EntityReading) -> Talks:
    """The talks with the place of the dateline of their sentence, where they have none (see DATELINE_PLACE)."""
    if talks.place is not None or talks.kind == "PhoneCall" or not VISIT_RULES.isdisjoint(talks.rules):
        return talks
    sentence = next((s for s in sentences[:german.DATELINE_SENTENCES] if s.start == talks.evidence.start), None)
    end = dateline_end(sentence.words) if sentence is not None else 0
    filed = [m for m, i in sentence.places if i < end] if sentence is not None else []
    sides = {*talks.participants, *(s for k in talks.participants for s in getattr(entities.entity(k), "affiliations", ()))}
    at_sides = [m for m in filed if seat_states().get(m.text) in sides]
    # its words, as a capital read as its government („Helsinki/Athen –“) names no Place (capital-dateline-list-…)
    seats = [w for w in sentence.words[:end] if seat_states().get(w.text) in sides] if sentence is not None else []
    if len(at_sides) != 1 or len(seats) > 1 or at_sides[0] is not filed[0]:
        return talks        # no side's place, or two sides' places („Riga/Tallinn –“): filed from both, held at neither
    mention = at_sides[0]
    fired(DATELINE_PLACE)
    return replace(talks, place=mention.key, rules=(*talks.rules, DATELINE_PLACE))


PHRASE_PLACE = declare("talks-attributive-place", "talks place", "talks read from a participle before its noun take "
                       "their place only from the participle's own phrase, not from the clause around the noun: „In der "
                       "Ukraine ist das in Minsk ausgehandelte Abkommen nicht umgesetzt“ (Minsk, not the Ukraine)")


def _phrase_place(sentence: Sentence, cue: int) -> tuple[str | None, tuple[str, ...]]:
    """The place after a venue preposition between the article opening the participle's phrase and the participle."""
    words = sentence.words
    start = next((i for i in range(cue - 1, sentence.clause_of(cue)[0] - 1, -1) if words[i].lower in german.ARTICLES),
                 None)
    fired(PHRASE_PLACE)
    if start is None:
        return None, ()
    place = next((m.key for m, i in sentence.places if start < i < cue and governing_prep(words, i) in PLACE_PREPS),
                 None)
    return place, ((PHRASE_PLACE,) if place else ())


SPOKEN_AT = declare("talks-spoken-at-meeting", "talks kind", "the partners of a meeting just read who „sprachen“ "
                    "without a phone did so at that meeting: „Kurz traf Lawrow in Wien. Die beiden sprachen über die "
                    "Ukraine.“")
SPOKEN_PLACE = declare("talks-spoken-place", "talks kind", "„sprechen mit“ is a meeting where an earlier sentence "
                       "puts the speaker in a place („dort“, an arrival): „Kerry traf in Kairo ein. Am Montag sprach er "
                       "mit Präsident al-Sisi.“")

"""Who attends a summit, conference or session named by a noun, where the noun's own phrase names no partner: the
actors of a relative clause after it that attend it („der EU-Gipfel, an dem auch Davutoglu teilnimmt“) and those a
clause expects at it („Zu dem Gipfel werden Merkel und Putin erwartet“).

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Zu dem Gipfel werden Merkel und Putin erwartet."))
>>> people = (Actor("person:merkel", "Official", 4, 4, None), Actor("person:putin", "Official", 6, 6, None))
>>> [a.key for a in expected_attendees(Sentence(0, 0, 0, "", ws, people, (), tuple(clause_ranges(ws))), 2)]
['person:merkel', 'person:putin']
"""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, clause_has_verb
from kg.extract.mentions import EntityReading
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.subjects import main_subject
from kg.extract.talk_cues import HOSTING, Cue, clause_verbs, negated, spoken_cue, travel_cue
from kg.extract.talk_links import leaders_body
from kg.extract.talk_nouns import NOUN_PARTIES, PARTAKING
from kg.extract.talk_verbs import SUMMIT_BODY, verb_participants
from kg.facts import Talks

# "an dem X teilnimmt", "zu dem X erwartet wird", "bei dem X vertreten sein wird"
ATTENDING = PARTAKING | resources.listed_words("attendance_verbs.tsv")
EXPECTING = resources.listed_words("attendance_verbs.tsv")
# the prepositions before a relative pronoun whose clause attends the noun before it
RELATIVE_PREPOSITIONS = german.PARTICIPATION_PREPOSITIONS | german.AT_MEETING_WORDS | german.TO_PREPOSITIONS
GAP = 4             # words at most between the talks noun and the comma of its relative clause
REACH = 25          # words at most of a relative clause

RELATIVE_ATTENDEES = declare("talks-relative-attendees", "talks participants", "the named actors of a relative "
                             "clause right after a talks noun that attend it („an dem … teilnimmt“, „zu dem … erwartet "
                             "wird“, „bei dem … vertreten sein werden“, „zu dem … angereist ist“) take part: „Am Donnerstag beginnt der EU-Gipfel, "
                             "an dem auch der türkische Regierungschef Davutoglu teilnimmt“")
EXPECTED_ATTENDEES = declare("talks-expected-attendees", "talks participants", "the named actors a passive "
                             "„erwartet“ expects at a talks noun after „zu“, „bei“ or „auf“ attend it: „Zu dem Gipfel in "
                             "Minsk werden Merkel, Hollande und Putin erwartet“")


def with_attendees(sentence: Sentence, cue: Cue, cues: list[Cue], people: list[Actor],
                   rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of a talks noun with those a relative clause or a passive „erwartet“ says attend it (`cues`:
    the sentence's)."""
    if cue.entry.match != "suffix" or cue.entry.kind == "PhoneCall":
        return people, rules
    rule, found = RELATIVE_ATTENDEES, relative_attendees(sentence, cue.index)
    if not found:
        rule, found = EXPECTED_ATTENDEES, expected_attendees(sentence, cue.index)
    gathered = found and not people and _gathering_for(sentence, cue, cues)
    if found and not people and (gathered or clause_verbs(sentence, cue.index, HOSTING)):
        # "Frankreich richtet eine Konferenz aus, an der Kerry teilnimmt": the host of the noun's clause too
        first = sentence.clause_of(cue.index)[0]
        people = [a for a in sentence.actors_in(first, cue.index) if a.prep is None][:1]
        rules = (*rules, GATHERED_FOR) if gathered and people else rules
    taken = {a.key for a in people}
    more = [a for a in found if a.key not in taken]
    if not more or len(people) + len(more) < 2:
        return people, rules
    fired(rule)
    return people + more, (*rules, rule)


RELATIVE_TRAVELLER = declare("talks-relative-traveller", "talks participants", "the actor a relative clause describes "
                             "as travelling to or taking part in a summit, conference or session attends it: „Hollande, "
                             "der zum Gipfeltreffen der Afrikanischen Union gereist war, traf dort Kenyatta“; not an "
                             "actor the clause names as its object („Merkel, die den Gipfel der EU kritisierte“)")


def with_relative_traveller(sentence: Sentence, cue: Cue, people: list[Actor],
                            rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of a summit noun after „zu“/„an“ in a relative clause of travelling or taking part, with the
    bare actor right before the clause's comma and nominative relative pronoun."""
    words = sentence.words
    if cue.entry.match != "suffix" or cue.entry.kind not in HOST_KINDS or not people \
            or not any(w.lower in RELATIVE_PREPOSITIONS for w in words[max(0, cue.index - 2):cue.index]):
        return people, rules
    first, last = sentence.clause_of(cue.index)
    lead = first + 1 if words[first].text == "," else first
    if lead < 2 or words[lead - 1].text != "," or words[lead].lower not in german.NOMINATIVE_RELATIVES \
            or not clause_has_verb(sentence, first, last, ATTENDING):
        return people, rules
    antecedent = next((a for a in sentence.actors if a.last == lead - 2 and a.prep is None), None)
    if antecedent is None or antecedent.key in {a.key for a in people}:
        return people, rules
    fired(RELATIVE_TRAVELLER)
    return [antecedent, *people], (*rules, RELATIVE_TRAVELLER)


GATHERED_FOR = declare("talks-gathered-for", "talks participants", "the subject of a meeting verb that gathers „zu“ "
                       "a summit, conference or session noun of its clause holds it, with those a relative clause says "
                       "attend it: „Die Nato trifft sich in Warschau zu einem Gipfel, an dem auch Poroschenko teilnimmt“; "
                       "not a verb of another act („Die Nato rief zu einem Gipfel auf, an dem …“)")


def _gathering_for(sentence: Sentence, cue: Cue, cues: list[Cue]) -> bool:
    """„zu“ right before the noun (an article between), and a meeting verb among `cues` in the noun's clause."""
    words = sentence.words
    if cue.entry.kind not in HOST_KINDS or not any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 2):cue.index]):
        return False
    first, last = sentence.clause_of(cue.index)
    return any(c.entry.match == "verb" and c.entry.kind == "Meeting" and not travel_cue(c) and first <= c.index < last
               for c in cues)


def relative_attendees(sentence: Sentence, cue: int) -> list[Actor]:
    """The bare actors of a relative clause („, an dem X teilnimmt“) that follows the noun at `cue` within `GAP`
    words and holds a verb of attending."""
    words = sentence.words
    last = sentence.clause_of(cue)[1]
    if last >= len(words) or words[last].text != "," or last - cue > GAP or _other_noun(sentence, cue + 1, last):
        return []
    prep = words[last + 1].lower if last + 1 < len(words) and words[last + 1].lower in RELATIVE_PREPOSITIONS else None
    lead = last + 1 + (prep is not None)
    if lead >= len(words) or words[lead].lower not in german.RELATIVES:
        return []
    end = _attending_clause_end(sentence, last, min(len(words), last + REACH))
    if end is None:
        return []
    # "an dem auch Davutoglu teilnimmt": the relative's preposition may be read as the actor's
    return list({a.key: a for a in sentence.actors_in(lead + 1, end) if a.prep in (None, prep)}.values())


def _other_noun(sentence: Sentence, first: int, last: int) -> bool:
    """A capitalised word among `first`..`last` that no actor or place covers (the relative clause may be its)."""
    named = {i for a in sentence.actors for i in range(a.first, a.last + 1)} | {i for _, i in sentence.places}
    return any(w.capitalized and i not in named for i, w in enumerate(sentence.words[first:last], first))


def _attending_clause_end(sentence: Sentence, first: int, reach: int) -> int | None:
    """The end of the first clause from word `first` on (before `reach`) whose verb attends."""
    for lo, hi in sentence.clauses:
        if hi <= first:
            continue
        if lo >= reach:
            return None
        if clause_has_verb(sentence, lo, hi, ATTENDING):
            return hi
    return None


def expected_attendees(sentence: Sentence, cue: int) -> list[Actor]:
    """The bare actors of the clause of a talks noun after „zu“, „bei“ or „auf“ with a passive of expecting
    („werden … erwartet“)."""
    words = sentence.words
    if cue == 0 or not any(w.lower in RELATIVE_PREPOSITIONS for w in words[max(0, cue - 2):cue]):
        return []
    first, last = sentence.clause_of(cue)
    if not any(w.lower in german.PASSIVE_AUXILIARIES for w in words[first:last]) \
            or not clause_has_verb(sentence, first, last, EXPECTING):
        return []
    return list({a.key: a for a in sentence.actors_in(first, last) if a.prep is None}.values())


SIDE_MEETING = declare("talks-summit-side-meeting", "talks participants", "those who meet by a talks verb at a summit, "
                       "conference or session of a body or state („am Rande des“, „beim“, „auf dem“ before the noun) "
                       "attend it with that body: „Am Rande des G20-Gipfels traf sich Macron mit Putin“ is a meeting "
                       "of Macron and Putin and the G20's summit of both; of a call there only the caller: „Am Rande des "
                       "EU-Gipfels telefonierte Merkel mit Obama“ (Obama is elsewhere)")
SIDE_WORDS = german.AT_MEETING_WORDS     # "am Rande des Gipfels", "beim Gipfel", "auf dem Gipfel"
SIDE_GAP = 3            # words at most from „Rande“/„beim“ to the noun
SIDE_HOLDERS = frozenset({"Organization", "State"})


def with_side_meeting(sentence: Sentence, cue: Cue, cues: list[Cue], people: list[Actor], rules: tuple[str, ...],
                      prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    """A summit noun's bodies (the organisations and states of its own phrase) with the participants of a talks verb
    of its clause (`cues`, the sentence's), where the noun follows a word of being at a meeting: those meeting there
    attend it."""
    words = sentence.words
    if cue.entry.match != "suffix" or cue.entry.kind not in HOST_KINDS \
            or not any(w.lower in SIDE_WORDS for w in words[max(0, cue.index - SIDE_GAP):cue.index]):
        return people, rules
    bodies = [a for a in people if a.type in SIDE_HOLDERS and a.prep not in german.PARTNER_PREPOSITIONS]
    if not bodies:
        return people, rules
    first, last = sentence.clause_of(cue.index)
    for verb in cues:
        if verb.entry.match != "verb" or not first <= verb.index < last or travel_cue(verb) \
                or negated(sentence, verb.index):
            continue
        met, met_by = verb_participants(sentence, verb, cues, prev)
        if len(met) < 2 or SUMMIT_BODY in met_by:
            continue        # "Beim Gipfel der Nato sprachen die Staats- und Regierungschefs mit X": the body's own talks
        if verb.entry.kind == "PhoneCall" and not spoken_cue(verb):
            met = [a for a in met if a.prep is None]       # "telefonierte am Rande des Gipfels mit X": X is elsewhere
        taken = {a.key for a in bodies}
        attendees = bodies + [a for a in met if a.key not in taken]
        if len(attendees) < 2:
            return people, rules
        fired(SIDE_MEETING)
        return attendees, (*rules, SIDE_MEETING)
    return people, rules


GOVERNED_LEADERS = declare("talks-leaders-body-governed", "talks participants", "the body after the genitive of its "
                           "leaders that follows a talks noun a preposition governs carries that preposition, as a "
                           "body right after the noun does: it is no subject or object of the clause's verb: „Beim "
                           "Gipfeltreffen der Staats- und Regierungschefs der Asean-Staaten traf Obama Premier Abe“ "
                           "(Obama meets Abe, at the summit of the Asean)")


def with_governed_bodies(sentence: Sentence, cues: list[Cue]) -> Sentence:
    """The sentence with the preposition governing a talks noun („beim Gipfeltreffen“) given to the body named after
    the genitive of its leaders („der Staats- und Regierungschefs der Asean“)."""
    moved: dict[int, str] = {}
    for cue in cues:
        prep = governing_prep(sentence.words, cue.index) if cue.entry.match == "suffix" else None
        if prep is not None:
            moved |= {a.first: prep for a in leaders_body(sentence.words, cue.index, sentence.clause_actors(cue.index))
                      if a.prep is None}
    if not moved:
        return sentence
    fired(GOVERNED_LEADERS)
    return replace(sentence, actors=tuple(replace(a, prep=moved[a.first]) if a.first in moved and a.prep is None else a
                                          for a in sentence.actors))


SUMMIT_TRAVELLER = declare("talks-summit-traveller", "talks participants", "an official who travels to or arrives in "
                           "the town where a summit, conference or session (or a body's own meeting) read in this or the two "
                           "sentences before is held attends it: „Am Sonntag beginnt in Kuala Lumpur der Asean-Gipfel. Präsident Obama "
                           "reist am Samstag nach Kuala Lumpur.“, „Obama reist nach Kuala Lumpur, wo der Asean-Gipfel "
                           "beginnt“; not one travelling to another town")


def summit_traveller(sentence: Sentence, cue: Cue, recent: list[tuple[int, Talks]]) -> tuple[int, Actor, str] | None:
    """The index in `recent` (sentence index, talks) of the summit held in the town a travel cue goes to (or, with no
    destination named, of the sentence before), the official who travels there (the sentence's subject, in the cue's
    clause, not yet a participant) and the rule."""
    if not travel_cue(cue) or negated(sentence, cue.index):
        return None
    first, last = sentence.clause_of(cue.index)
    words = sentence.words
    towns = {m.key for m, i in sentence.places if first <= i < last
             and governing_prep(words, i) in german.DESTINATION_PREPOSITIONS}
    traveller = main_subject(sentence)
    if traveller is None or traveller.type != "Official" or not first <= traveller.first < last:
        return None
    bare = not towns and not any(w.lower in ARRIVAL_PREPOSITIONS for w in words[first:last])
    rule = SUMMIT_TRAVELLER if towns else SUMMIT_ARRIVAL if bare else None
    at = next((k for k, (n, t) in reversed(list(enumerate(recent)))
               if (t.kind in HOST_KINDS or BODY_SESSION in t.rules)
               and (t.place in towns if towns else n >= sentence.index - 1)), None) if rule else None
    if at is None or traveller.key in recent[at][1].participants:
        return None
    fired(rule)
    return at, traveller, rule


SUMMIT_ARRIVAL = declare("talks-summit-arrival", "talks participants", "an official who arrives with no destination "
                         "named („reiste an“, „traf am Sonntag ein“) right after a sentence that reads a summit, "
                         "conference or session attends it: „Der Nato-Gipfel beginnt am Freitag in Warschau. Präsident "
                         "Obama reist am Donnerstag an.“; not one who travels elsewhere („reiste in die Türkei“, „zu "
                         "Gesprächen“), nor after a sentence between")
# a destination named in the clause: the traveller may go elsewhere
ARRIVAL_PREPOSITIONS = german.DESTINATION_PREPOSITIONS | german.TO_PREPOSITIONS


SUMMIT_HOST = declare("talks-summit-host", "talks participants", "the state a summit, conference or session is held "
                      "in, named as a state right after it, takes part beside the one actor who attends it (not in the "
                      "attendee's own state), as a visit's host does: „Obama nimmt am Gipfel in Malaysia teil“, „Beim "
                      "Gipfel in China sprach Obama über das Klima“")
HOST_KINDS = frozenset({"Summit", "Conference", "Session"})
HOST_GAP = 3            # words at most from the noun to its state („Gipfel in Malaysia“, „Konferenz im Iran“)


def with_host_state(sentence: Sentence, cue: Cue, cues: list[Cue], people: list[Actor], rules: tuple[str, ...],
                    reading: EntityReading) -> tuple[list[Actor], tuple[str, ...]]:
    """The one attendee of a summit noun (its participant, or the subject of a clause attending it) with the state
    the summit is held in, where the sentence names no other talks (`cues`, the sentence's)."""
    if cue.entry.match != "suffix" or cue.entry.kind not in HOST_KINDS or len(people) > 1 or len(cues) > 1:
        return people, rules
    words = sentence.words
    host = next((a for a in sentence.actors_in(cue.index + 1, min(len(words), cue.index + HOST_GAP))
                 if a.type == "State" and a.prep in german.IN_PREPOSITIONS), None)
    attendee = people[0] if people else _attending_subject(sentence, cue.index)
    if host is None or attendee is None or attendee.key == host.key \
            or host.key in getattr(reading.entity(attendee.key), "affiliations", ()):
        return people, rules
    fired(SUMMIT_HOST)
    return [attendee, host], (*(rules or (NOUN_PARTIES,)), SUMMIT_HOST)


def _attending_subject(sentence: Sentence, cue: int) -> Actor | None:
    """The sentence's subject, in the noun's clause, where the noun follows a word of attending („am“, „beim“) or
    the clause takes part in it."""
    words = sentence.words
    if not any(w.lower in german.ATTENDANCE_PREPOSITIONS for w in words[max(0, cue - 2):cue]):
        return None
    first, last = sentence.clause_of(cue)
    subject = main_subject(sentence)
    return subject if subject is not None and first <= subject.first < last and subject.type != "State" else None


BODY_SESSION = declare("talks-body-session", "talks participants", "a talks verb with no partner whose clause names "
                       "one body and no other actor outside a preposition is the body's own session, with the body "
                       "as its one participant: talks only once a sentence right after names who else attends („Die "
                       "EU-Außenminister treffen sich in Brüssel. Auch Davutoğlu wird erwartet.“); „Die EU berät in "
                       "Brüssel.“ alone is no talks")


BODY_HOSTED = declare("talks-body-hosted-summit", "talks participants", "a summit, conference or session noun in a "
                      "clause of inviting or hosting („lädt zu einem Gipfel ein“, „richtet eine Konferenz "
                      "aus“) whose one bare actor is a body is that body's, with the body as its one participant: talks "
                      "only once a sentence names who else attends („Die EU hat zu einem Gipfel nach Valletta "
                      "eingeladen. Präsident Issoufou reiste am Mittwoch an.“); the invitation alone is no talks")
BODY_ALONE = frozenset({BODY_SESSION, BODY_HOSTED})     # talks of one body, waiting for who else attends


def body_session(sentence: Sentence, cue: Cue, people: list[Actor],
                 rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants, or where a verb cue (or a summit noun the clause hosts) found none, the one body its clause
    names outside a preposition."""
    hosted = cue.entry.match == "suffix" and cue.entry.kind in HOST_KINDS
    if people or not (cue.entry.match == "verb" or (hosted and clause_verbs(sentence, cue.index, HOSTING))):
        return people, rules
    bare = [a for a in sentence.clause_actors(cue.index) if a.prep is None]
    if len(bare) != 1 or bare[0].type != "Organization":
        return people, rules
    rule = BODY_HOSTED if hosted else BODY_SESSION
    fired(rule)
    return bare, (*rules, rule)

"""Talks (meetings, calls, negotiations, summits, sessions, conferences) from German text.

A talks cue (`kg/data/talks_lexicon.tsv`) opens talks; their participants are
the actors of its clause (subject, "mit"/"zwischen" partners, genitives),
and talks need two. A definite reference ("zu den Gesprächen", "dem Treffen")
or a participation sentence ("Für Deutschland ist Y dabei") adds to the most
recent talks of the last two sentences instead. Place, dates and status come
from the sentence (ANNOTATION.md § Talks).

This module reads an article sentence by sentence: for each cue it gathers
the participants its sentence names, then opens new talks (`talk_opening`: one
meeting or several, or the partners of talks just read named by reference)
or adds to the talks just read (`talk_references`), over the state of one
article's reading (`talk_reading`); then it consolidates the article's talks.
Each stage lives beside it: `talk_cues` (which words open
talks), `talk_status` (planned or held, dates), `talk_participants` (who takes
part: `talk_verbs`, `talk_nouns` with `talk_links`, `talk_organs`), `talk_groups`
(one meeting or several), `talk_members` (a group spelled out by its members),
`talk_keys` (actors as entity keys), `talk_kind` and `talk_places` (kind and
place), `talk_anaphora` and `talk_epithets` (partners named by reference),
`talk_merge` (the article's talks consolidated).
"""
from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc

from kg import german
from kg.extract.clauses import Actor, Sentence, dateline_end
from kg.extract.cue_scan import talk_cues
from kg.extract.dates import find_date, reference_date
from kg.extract.factuality import OFFERED, offered
from kg.extract.mentions import EntityReading
from kg.extract.roles import main_subject, previous_subject, read_sentences
from kg.extract.rules import declare, fired
from kg.extract.talk_accession import with_accession_body
from kg.extract.talk_agenda import with_agenda_state
from kg.extract.talk_agreements import with_agreement_parties
from kg.extract.talk_aid import with_aid_recipient
from kg.extract.talk_creditors import with_creditors
from kg.extract.talk_anaphora import tells_again
from kg.extract.talk_cues import (INVITING, NEGATED, SPORTS, Cue, clause_verbs, cue_rule, negated,
                                  sports_sentence, travel_cue, visit_noun)
from kg.extract.talk_epithets import EPITHET, with_epithets
from kg.extract.talk_land import land_rules, with_land
from kg.extract.talk_members import with_aside_members
from kg.extract.talk_sides import article_sides, both_sides, side_rules, with_sides
from kg.extract.talk_keys import COMPOUND_NAMES, compound_parties, governments_as_states, without_related_parties
from kg.extract.talk_kind import with_dateline_place
from kg.extract.talk_merge import (drop_headline_repeats, drop_headline_sides, fold_body_alone, merge_same_meetings,
                                   once_per_sentence, subsume_visits, with_body_official, with_sitting_official)
from kg.extract.talk_nouns import INVITATION, NOUN_PARTIES, TAKING_PART_INFINITIVE
from kg.extract.talk_participants import (homeland_hosts, known_hosts, plural_subject, read_participants,
                                          with_inviter)
from kg.extract.talk_plans import INVITATION_TAKEN, OFFERED_TO, URGED, URGED_INFINITIVE, planned_parties
from kg.extract.talk_phase import PHASE_UNDER_WAY
from kg.extract.talk_status import When, cue_not_held, cue_when, read_status, refused_offer, talks_date
from kg.extract.talk_mediation import MEDIATOR, new_mediators
from kg.extract.talk_summits import (BODY_ALONE, SUMMIT_HOST, body_session, with_attendees, with_governed_bodies,
                                     with_host_state, with_relative_traveller, with_side_meeting)
from kg.extract.talk_verbs import AGREED, INVITED_TO_PLACE, PASSIVE
# the stages above declare their rules before these three modules do, so kg.rules.RULES keeps its order
from kg.extract.talk_reading import Open, TalksReading
from kg.extract.talk_references import (EARLIER_HOLDER, OTHER_SIDE, PARTICIPATION, TOPIC_KEPT, definite_reference,
                                        earlier_holder, expected_at_talks, extend_referred, join_participants,
                                        join_summits, other_partner, other_side, refers_back)
from kg.extract.talk_opening import anaphoric, open_anaphoric, open_talks
from kg.facts import Article, Talks
from kg.nlp.memo import once_per_doc

log = logging.getLogger(__name__)

NOT_CONSULTED = frozenset({AGREED, TAKING_PART_INFINITIVE})     # talks that are no CONSULT of their participants
PLANNING = frozenset({OFFERED_TO, INVITATION_TAKEN, URGED, URGED_INFINITIVE})     # talks offered or an invitation accepted: still to come

_CACHE_KEY = "kg.extract.talks"


def read_talks(doc: Doc, article: Article, reading: EntityReading) -> list[Talks]:
    """All talks of the article with at least two participants."""
    return list(_read_all(doc, article, reading)[1])


def read_consultations(doc: Doc, article: Article, reading: EntityReading) -> list[Talks]:
    """Every talks reading of the sentences, also those the article-level merge folds away.

    A visit folded into the meeting it was the occasion of is still a consultation of
    the visited state (a PLOVER CONSULT), though not talks of its own; talks read from an
    agreement are not (their PLOVER event is the AGREE the events stage reads), nor those two
    travel to join (`talks-taking-part-infinitive`: they attend talks of others, not one between them).
    """
    return [t for t in _read_all(doc, article, reading)[0] if NOT_CONSULTED.isdisjoint(t.rules)]


def _read_all(doc: Doc, article: Article, reading: EntityReading) -> tuple[tuple[Talks, ...], tuple[Talks, ...]]:
    """(the sentences' talks, the article's talks after merging), read once per Doc and reading."""
    return once_per_doc(doc, _CACHE_KEY, reading, lambda: _read_talks(doc, article, reading))


def _read_talks(doc: Doc, article: Article, reading: EntityReading) -> tuple[tuple[Talks, ...], tuple[Talks, ...]]:
    state = TalksReading(reading, read_sentences(doc, article, reading), reference_date(article))
    state.sides = article_sides(state.sentences, reading)
    for sentence in state.sentences:
        _read_sentence(state, sentence)
    # a body's own session is talks only when a sentence adds who attends, not through the body's official,
    # unless a Session verb read the sitting of an international or government body (talks-sitting-official)
    told = [with_dateline_place(state.sentences, o.talks, reading) for o in state.opened]
    opened = [with_body_official(t, reading) if BODY_ALONE.isdisjoint(t.rules) else with_sitting_official(t, reading)
              for t in fold_body_alone(told, reading)]
    read = [governments_as_states(t, reading) for t in opened if len(t.participants) >= 2
            and not refused_offer(state.sentences, state.offers.get(t.evidence.start))]
    body_start = _body_start(state.sentences)
    merged = drop_headline_repeats(once_per_sentence(subsume_visits(read, reading)), body_start)
    merged = drop_headline_sides(merged, body_start, reading)
    if len(merged) > 1:
        again = frozenset(s.start for s in state.sentences if tells_again(s))
        merged = merge_same_meetings(merged, again)
    out = (tuple(_consultations(read, state.mediators)), tuple(merged))
    log.debug("%s: %d talks", article.id, len(out[1]))
    return out


def _consultations(read: list[Talks], mediating: set[tuple[int, str]]) -> list[Talks]:
    """The talks read, each without its mediators: mediated talks are a consultation of the sides (PLOVER's
    third-party CONSULT is theirs, not the mediator's); a summit's attendee does not consult the host state."""
    read = [t for t in read if SUMMIT_HOST not in t.rules]
    if not mediating:
        return read
    return [replace(t, participants=tuple(k for k in t.participants if (t.evidence.start, k) not in mediating))
            if MEDIATOR in t.rules else t for t in read]


def _body_start(sentences: list[Sentence]) -> int:
    """Where the body starts after a headline: the sentence opening with a dateline ("Kairo – …"), else 0."""
    for sentence in sentences[1:3]:
        if dateline_end(sentence.words):
            return sentence.start
    return 0


def _read_sentence(state: TalksReading, sentence: Sentence) -> None:
    """Open talks for the cues of one sentence, or add its participants to the talks just read."""
    cues = talk_cues(sentence)
    if any(travel_cue(c) for c in cues):
        state.travels.add(sentence.index)
    if cues and expected_at_talks(state, sentence, cues):
        cues = []
    if not cues:
        if find_date(sentence.text, state.ref) is not None:
            state.dated.append(sentence)
        if state.opened and PARTICIPATION.search(sentence.text):
            join_participants(state, sentence)
        return
    if sports_sentence(sentence):
        fired(SPORTS)
        return
    status, tense = read_status(sentence)
    when = When(status, tense, talks_date(sentence.text, state.ref, tense))
    if when.span is not None:
        state.dated.append(sentence)
    prev = previous_subject(state.sentences, sentence.index)
    sentence = with_land(state.sentences, with_sides(sentence, state.sides), state.entities)
    sentence, state.epithets = with_epithets(with_governed_bodies(sentence, cues), prev, state.entities)
    handled: set[int] = set()
    # a visit noun is the journey itself („ist in Italien zu einem Besuch eingetroffen“), a meeting noun its goal
    visits = {sentence.clause_of(c.index) for c in cues if c.entry.match == "suffix" and visit_noun(sentence.words[c.index])}
    noun_clauses = {sentence.clause_of(c.index) for c in cues if c.entry.match == "suffix"} - visits
    for cue in cues:
        if cue.index in handled:
            continue
        if negated(sentence, cue.index):
            fired(NEGATED)
            continue
        if travel_cue(cue) and (sentence.clause_of(cue.index) in noun_clauses
                                or PASSIVE in cue.entry.requires and sentence.clause_of(cue.index) in visits):
            continue        # "reist zum Gipfel nach Malta", "werden zum Papstbesuch erwartet": travel to the talks
        handled.add(cue.index)
        _read_cue(state, sentence, cue, cues, prev, cue_when(sentence, cue, when))
    join_summits(state, sentence, [c for c in cues if travel_cue(c)])


def _gathered(state: TalksReading, sentence: Sentence, cue: Cue, cues: list[Cue],
              prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of the cue's own phrase, those attending it (`talk_summits`) and its mediators
    (`talk_mediation`, recorded so the consultations leave them out); `cues` are all the sentence's."""
    people, found_by = with_attendees(sentence, cue, cues, *read_participants(sentence, cue, cues, prev))
    people, found_by = with_side_meeting(sentence, cue, cues, people, found_by, prev)
    people, found_by = with_relative_traveller(sentence, cue, people, found_by)
    people, found_by = with_agenda_state(sentence, cue, *body_session(sentence, cue, people, found_by))
    people, found_by = with_aside_members(sentence, cue, people, found_by)
    people, found_by = with_host_state(sentence, cue, cues, people, found_by, state.entities)
    people, found_by = with_accession_body(sentence, cue, people, found_by)
    people, found_by = with_aid_recipient(sentence, cue, people, found_by)
    people, found_by = with_creditors(state.sentences, sentence, cue, people, found_by)
    people, found_by = with_agreement_parties(sentence, cue, people, found_by, state.entities)
    people, found_by = planned_parties(sentence, cue, people, found_by)
    mediating = new_mediators(sentence, cue, people)
    if not mediating:
        return people, found_by
    state.mediators |= {(sentence.start, a.key) for a in mediating}
    return people + mediating, (*found_by, MEDIATOR)


def _read_cue(state: TalksReading, sentence: Sentence, cue: Cue, cues: list[Cue], prev: Actor | None, when: When) -> None:
    told = offer = None
    if offered(sentence, cue.index):
        told, offer = "planned", OFFERED        # "bot an, Gespräche auszurichten": not held
        state.offers[sentence.start] = sentence.index
    people, found_by = _gathered(state, sentence, cue, cues, prev)
    people = both_sides(sentence, people, state.sides)
    found_by = (*found_by, *side_rules(sentence, people), *land_rules(sentence, people))
    people, found_by = plural_subject(state.sentences, sentence, people, found_by)
    if len(people) < 2 and cue.entry.match == "suffix" and "-" in sentence.words[cue.index].text:
        named = compound_parties(sentence, cue.index, state.entities)
        people, found_by = (named, (NOUN_PARTIES, COMPOUND_NAMES)) if named else (people, found_by)
    people = known_hosts(homeland_hosts(sentence, without_related_parties(sentence, people)), found_by, state.entities)
    traveller = _traveller(state, sentence, cue, people, prev)
    people, found_by = ([traveller, *people], (*found_by, TRAVELLER)) if traveller else (people, found_by)
    found_by = (*found_by, EPITHET) if any(a.first in state.epithets for a in people) else found_by
    people, found_by = with_inviter(sentence, cue, people, found_by, state.entities)
    if ((INVITATION in found_by or INVITED_TO_PLACE in found_by) and clause_verbs(sentence, cue.index, INVITING)) \
            or not PLANNING.isdisjoint(found_by):
        told = "planned"        # an invitation: the talks are still to come
    holder = earlier_holder(state, sentence, cue, people)
    people, found_by = ([holder, *people], (*found_by, EARLIER_HOLDER)) if holder else (people, found_by)
    recent = next((o for o in reversed(state.opened) if sentence.index - o.sentence <= 2), None)
    refers, definite, completing = _reference(state, sentence, cue, people, found_by, recent, holder is None)
    anaphor = anaphoric(state, sentence, cue, people, refers)
    if anaphor is not None:
        open_anaphoric(state, sentence, cue, *anaphor, when)
    elif refers and recent is not None:
        extend_referred(state, sentence, cue, people, recent, definite, when.span, OTHER_SIDE if completing else None)
    elif people:
        # "erklärte sich zu Friedensgesprächen bereit": the cue's own clause says they are still to come
        # a modal governing only the talks' continuation, end or next phase (`talk_phase`) leaves them held
        not_held = cue_not_held(sentence, cue) if told is None and when.status == "held" \
            and when.rule != PHASE_UNDER_WAY else None
        rules = (*cue_rule(sentence, cue), *found_by, *((offer,) if offer else ()),
                 *((AGREED,) if "agreed" in cue.entry.requires else ()), *((not_held,) if not_held else ()))
        open_talks(state, sentence, cue, people, rules, "planned" if not_held else told, when)
    elif recent is not None and recent.sentence < sentence.index and cue.entry.kind == recent.talks.kind:
        fired(TOPIC_KEPT)       # "Erst wenn …, werde wieder verhandelt": the talks just read stay the topic
        state.opened[state.opened.index(recent)] = Open(recent.talks, sentence.index)


def _reference(state: TalksReading, sentence: Sentence, cue: Cue, people: list[Actor], found_by: tuple[str, ...],
               recent: Open | None, no_holder: bool) -> tuple[bool, bool, bool]:
    """Whether the cue refers to the `recent` talks: at all, as a bare definite noun, as their other side."""
    refers = refers_back(sentence, cue, found_by) and no_holder and not other_partner(state, sentence, people, recent)
    definite = not refers and definite_reference(sentence, cue, people, recent)
    completing = not (refers or definite) and other_side(sentence, cue, people, found_by, recent, state.entities)
    return refers or definite or completing, definite, completing


TRAVELLER = declare("talks-traveller", "talks participants", "a talks noun with one „mit“ partner and no actor of "
                    "its own right after a sentence whose subject travels is the traveller's: „Merkel reist am Montag "
                    "nach Frankreich. Dort ist ein Treffen mit Hollande geplant.“")


def _traveller(state: TalksReading, sentence: Sentence, cue: Cue, people: list[Actor], prev: Actor | None) -> Actor | None:
    """The subject of the sentence before, where it travels and the cue (a noun) has one "mit" partner only."""
    if prev is None or len(people) != 1 or people[0].prep not in german.WITH_PREPOSITIONS or sentence.index == 0 \
            or cue.entry.match != "suffix" or prev.key == people[0].key:
        return None
    if any(a.prep is None for a in sentence.clause_actors(cue.index)):
        return None         # "Dort will Merkel ein Treffen mit Hollande": the sentence names its own subject
    if sentence.index - 1 not in state.travels or main_subject(state.sentences[sentence.index - 1]) != prev:
        return None
    return replace(prev, first=cue.index, last=cue.index, prep=None)

"""Talks (meetings, calls, negotiations, summits, sessions, conferences) from German text.

A talks cue (`kg/data/talks_lexicon.tsv`) opens talks; their participants are
the actors of its clause (subject, "mit"/"zwischen" partners, genitives),
and talks need two. A definite reference ("zu den Gesprächen", "dem Treffen")
or a participation sentence ("Für Deutschland ist Y dabei") adds to the most
recent talks of the last two sentences instead. Place, dates and status come
from the sentence (ANNOTATION.md § Talks).

This module reads an article sentence by sentence and opens, extends or
splits its talks; each stage lives beside it: `talk_cues` (which words open
talks), `talk_status` (planned or held, dates), `talk_participants` (who takes
part: `talk_verbs`, `talk_nouns` with `talk_links`, `talk_organs`), `talk_groups`
(one meeting or several), `talk_members` (a group spelled out by its members),
`talk_keys` (actors as entity keys), `talk_kind` and `talk_places` (kind and
place), `talk_anaphora` and `talk_epithets` (partners named by reference),
`talk_merge` (the article's talks consolidated).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, dateline_end
from kg.extract.dates import DateSpan, find_date, reference_date
from kg.extract.factuality import OFFERED, offered
from kg.extract.mentions import EntityReading
from kg.extract.roles import main_subject, previous_subject, read_sentences
from kg.extract.rules import declare, fired, with_rule
from kg.extract.talk_accession import with_accession_body
from kg.extract.talk_anaphora import (ANOTHER_ROUND, BY_PHONE, CONTINUED, PAIR_ANAPHOR, another_round, by_phone,
                                      continues, pair_anaphor, role_holders, tells_again)
from kg.extract.talk_cues import (INVITING, NEGATED, SPORTS, Cue, clause_verbs, cue_rule, find_cues, hosted, negated,
                                  spoken_cue, sports_sentence, travel_cue, visit_noun)
from kg.extract.talk_epithets import EPITHET, with_epithets
from kg.extract.talk_land import land_rules, with_land
from kg.extract.talk_members import with_aside_members
from kg.extract.talk_sides import Sides, article_sides, both_sides, side_rules, with_sides
from kg.extract.talk_groups import (BILATERAL, JOINT_LINKED, JOINT_LIST, ONE_MEETING, PARTNERS_ONLY, TWO_GROUPS, bilateral,
                                   joint_linked, one_meeting, partners_only, two_groups)
from kg.extract.talk_keys import COMPOUND_NAMES, compound_parties, participant_keys, without_related_parties
from kg.extract.talk_kind import SPOKEN_AT, SPOKEN_PLACE, at_meeting, at_meeting_call, talk_place, with_dateline_place
from kg.extract.talk_merge import (drop_headline_repeats, fold_body_alone, merge_same_meetings, once_per_sentence,
                                   subsume_visits, with_body_official)
from kg.extract.talk_nouns import COORDINATED, INVITATION, NOUN_PARTIES, OWNERS, TAKING_PART
from kg.extract.talk_participants import (INVITER, PLURAL_SUBJECT, homeland_hosts, known_hosts, plural_subject,
                                          read_participants, with_inviter)
from kg.extract.talk_places import place_near
from kg.extract.talk_rules import VISIT_RULES
from kg.extract.talk_plans import INFINITIVE_PAIR, INVITATION_TAKEN, OFFERED_TO, URGED, URGED_INFINITIVE, planned_parties
from kg.extract.talk_status import (When, cue_not_held, earlier_date, ended_when, ongoing_when, read_status,
                                    refused_offer, talks_date)
from kg.extract.talk_mediation import MEDIATOR, mediators, new_mediators
from kg.extract.talk_summits import (BODY_ALONE, EXPECTED_ATTENDEES, RELATIVE_ATTENDEES, SIDE_MEETING, SUMMIT_HOST,
                                     body_session, summit_traveller, with_attendees, with_governed_bodies,
                                     with_host_state, with_relative_traveller, with_side_meeting)
from kg.extract.talk_verbs import (AGREED, COORDINATED_PAIR, INVITED_TO_PLACE, JOINT_AGREEMENT, JOINT_SUBJECTS, OFFICIAL,
                                   PASSIVE, RECIPROCAL, VERB_BETWEEN, names_agreement)
from kg.facts import Article, Evidence, Talks
from kg.nlp.memo import once_per_doc

log = logging.getLogger(__name__)

REFERRING = german.KNOWN_DETERMINERS
PLANNING = frozenset({OFFERED_TO, INVITATION_TAKEN, URGED, URGED_INFINITIVE})     # talks offered or an invitation accepted: still to come


def _words(kind: str) -> str:
    """The words of one kind of `kg/data/participation_words.tsv` as a regular expression's alternatives."""
    return "|".join(re.escape(w) for w in sorted(resources.kind_words("participation_words.tsv", kind)))


# Sentences naming who takes part in the talks just mentioned: "Für Deutschland ist Y dabei",
# "Aus Frankreich kommt Z", "an dem Treffen nehmen X und Y teil".
PARTICIPATION = re.compile(
    rf"^(?:{_words('opener')})\s+[^,.]{{2,40}}?\s+(?:{_words('coming')})\b"
    rf"|\b(?:{_words('being')})\b[^.,;]*\b(?:{_words('present')})\s*[.,;]"
    rf"|\b(?:{_words('taking')})\b[^.]*\b(?:{_words('particle')})\b"
    rf"|\b(?:{_words('joined')})\b|\b(?:{_words('noun')})")


_CACHE_KEY = "kg.extract.talks"

REFERENCE = declare("talks-reference", "talks reference", "a definite talks noun („zu den Gesprächen“) adds "
                    "the sentence's partners to the talks of the last two sentences")
PARTICIPATION_RULE = declare("talks-participation", "talks reference", "a sentence naming who takes part "
                             "(„Für Deutschland ist Y dabei“) adds to the talks just mentioned")


@dataclass(frozen=True)
class _Open:
    """Talks read so far, with the sentence they were last extended in."""

    talks: Talks
    sentence: int


# coordinated subjects meeting each other: one joint meeting, not one per partner of the first
JOINT = frozenset({RECIPROCAL, COORDINATED_PAIR, JOINT_AGREEMENT, COORDINATED, JOINT_SUBJECTS, OWNERS, TAKING_PART,
                   JOINT_LINKED, JOINT_LIST, RELATIVE_ATTENDEES, EXPECTED_ATTENDEES, MEDIATOR, OFFERED_TO,
                   INVITATION_TAKEN, INFINITIVE_PAIR, URGED, URGED_INFINITIVE, VERB_BETWEEN})


def _unique(keys: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(keys))


@dataclass
class _Reading:
    """The state of reading one article's talks, sentence by sentence."""

    entities: EntityReading
    sentences: list[Sentence]
    ref: date | None
    opened: list[_Open] = field(default_factory=list)       # talks read so far
    dated: list[Sentence] = field(default_factory=list)      # sentences with a date expression, latest last
    offers: dict[int, int] = field(default_factory=dict)     # offered talks: evidence start → sentence index
    epithets: frozenset[int] = frozenset()                   # the current sentence's words read as a person
    travels: set[int] = field(default_factory=set)           # sentences with a cue of travel (`_traveller` asks)
    sides: Sides = Sides(None, None)                         # the article's state and armed group (`talk_sides`)
    mediators: set[tuple[int, str]] = field(default_factory=set)     # (talks' evidence start, mediator key)


def read_talks(doc: Doc, article: Article, reading: EntityReading) -> list[Talks]:
    """All talks of the article with at least two participants."""
    return list(_read_all(doc, article, reading)[1])


def read_consultations(doc: Doc, article: Article, reading: EntityReading) -> list[Talks]:
    """Every talks reading of the sentences, also those the article-level merge folds away.

    A visit folded into the meeting it was the occasion of is still a consultation of
    the visited state (a PLOVER CONSULT), though not talks of its own; talks read from an
    agreement are not (their PLOVER event is the AGREE the events stage reads).
    """
    return [t for t in _read_all(doc, article, reading)[0] if AGREED not in t.rules]


def _read_all(doc: Doc, article: Article, reading: EntityReading) -> tuple[tuple[Talks, ...], tuple[Talks, ...]]:
    """(the sentences' talks, the article's talks after merging), read once per Doc and reading."""
    return once_per_doc(doc, _CACHE_KEY, reading, lambda: _read_talks(doc, article, reading))


def _read_talks(doc: Doc, article: Article, reading: EntityReading) -> tuple[tuple[Talks, ...], tuple[Talks, ...]]:
    state = _Reading(reading, read_sentences(doc, article, reading), reference_date(article))
    state.sides = article_sides(state.sentences, reading)
    for sentence in state.sentences:
        _read_sentence(state, sentence)
    # a body's own session is talks only when a sentence adds who attends, not through the body's official
    told = [with_dateline_place(state.sentences, o.talks, reading) for o in state.opened]
    opened = [t if not BODY_ALONE.isdisjoint(t.rules) else with_body_official(t, reading)
              for t in fold_body_alone(told, reading)]
    read = [t for t in opened if len(t.participants) >= 2
            and not refused_offer(state.sentences, state.offers.get(t.evidence.start))]
    merged = drop_headline_repeats(once_per_sentence(subsume_visits(read, reading)), _body_start(state.sentences))
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


def _read_sentence(state: _Reading, sentence: Sentence) -> None:
    """Open talks for the cues of one sentence, or add its participants to the talks just read."""
    cues = find_cues(sentence)
    if any(travel_cue(c) for c in cues):
        state.travels.add(sentence.index)
    if cues and _expected_at_talks(state, sentence, cues):
        cues = []
    if not cues:
        if find_date(sentence.text, state.ref) is not None:
            state.dated.append(sentence)
        if state.opened and PARTICIPATION.search(sentence.text):
            _join_participants(state, sentence)
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
        _read_cue(state, sentence, cue, cues, prev, ongoing_when(sentence, cue, ended_when(sentence, cue, when)))
    _join_summits(state, sentence, [c for c in cues if travel_cue(c)])


def _join_summits(state: _Reading, sentence: Sentence, travelling: list[Cue]) -> None:
    """The official travelling to the town of a summit read in this or the two sentences before joins it."""
    recent = [o for o in state.opened if sentence.index - o.sentence <= 2]
    found = next((f for f in (summit_traveller(sentence, c, [(o.sentence, o.talks) for o in recent])
                              for c in travelling) if f is not None), None)
    if found is None:
        return
    opened = recent[found[0]]
    talks = opened.talks
    keys = _unique([*talks.participants, *participant_keys([found[1]], state.entities)])
    state.opened[state.opened.index(opened)] = _Open(replace(talks, participants=keys,
                                                             rules=with_rule(talks.rules, found[2])),
                                                     sentence.index)


def _gathered(state: _Reading, sentence: Sentence, cue: Cue, cues: list[Cue],
              prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of the cue's own phrase, those attending it (`talk_summits`) and its mediators
    (`talk_mediation`, recorded so the consultations leave them out); `cues` are all the sentence's."""
    people, found_by = with_attendees(sentence, cue, cues, *read_participants(sentence, cue, cues, prev))
    people, found_by = with_side_meeting(sentence, cue, cues, people, found_by, prev)
    people, found_by = with_relative_traveller(sentence, cue, people, found_by)
    people, found_by = body_session(sentence, cue, people, found_by)
    people, found_by = with_aside_members(sentence, cue, people, found_by)
    people, found_by = with_host_state(sentence, cue, cues, people, found_by, state.entities)
    people, found_by = with_accession_body(sentence, cue, people, found_by)
    people, found_by = planned_parties(sentence, cue, people, found_by)
    mediating = new_mediators(sentence, cue, people)
    if not mediating:
        return people, found_by
    state.mediators |= {(sentence.start, a.key) for a in mediating}
    return people + mediating, (*found_by, MEDIATOR)


EXPECTED_AT_TALKS = declare("talks-expected-at-talks", "talks reference", "a guest expected („wird … erwartet“) "
                            "right after talks were read is expected at those talks, not on a visit of his own: „Beim "
                            "Nato-Gipfel in Warschau beraten die Staats- und Regierungschefs. Auch Obama wird in "
                            "Warschau erwartet.“")


COMING_TO_TALKS = declare("talks-coming-to-talks", "talks reference", "a participant coming („kommt“, a verb the "
                          "talks lexicon marks „official“) right after talks were read comes to those talks, on no "
                          "visit of his own: „Zu den Gesprächen lud Kosak ein. Aus Frankreich kommt der Diplomat Bonne.“")


def _expected_at_talks(state: _Reading, sentence: Sentence, cues: list[Cue]) -> bool:
    """Only passive-only cues („erwartet“) or verbs of an official's coming („kommt“) in a sentence naming who takes
    part in talks of the last two sentences."""
    expected = all(PASSIVE in c.entry.requires for c in cues)
    if not (expected or all(OFFICIAL in c.entry.requires for c in cues)) or not PARTICIPATION.search(sentence.text):
        return False
    if not any(sentence.index - o.sentence <= 2 for o in state.opened):
        return False
    fired(EXPECTED_AT_TALKS if expected else COMING_TO_TALKS)
    return True


def _read_cue(state: _Reading, sentence: Sentence, cue: Cue, cues: list[Cue], prev: Actor | None, when: When) -> None:
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
    recent = next((o for o in reversed(state.opened) if sentence.index - o.sentence <= 2), None)
    refers = _refers(sentence, cue, found_by) and not _other_partner(state, sentence, people, recent)
    definite = not refers and _definite_reference(sentence, cue, people, recent)
    refers = refers or definite
    anaphor = _anaphoric(state, sentence, cue, people, refers)
    if anaphor is not None:
        _open_anaphoric(state, sentence, cue, *anaphor, when)
    elif refers and recent is not None:
        _extend_referred(state, sentence, cue, people, recent, definite, when.span)
    elif people:
        # "erklärte sich zu Friedensgesprächen bereit": the cue's own clause says they are still to come
        not_held = cue_not_held(sentence, cue) if told is None and when.status == "held" else None
        rules = (*cue_rule(sentence, cue), *found_by, *((offer,) if offer else ()),
                 *((AGREED,) if "agreed" in cue.entry.requires else ()), *((not_held,) if not_held else ()))
        _open_talks(state, sentence, cue, people, rules, "planned" if not_held else told, when)
    elif recent is not None and recent.sentence < sentence.index and cue.entry.kind == recent.talks.kind:
        fired(TOPIC_KEPT)       # "Es werde erst wieder verhandelt": the talks just read stay the topic
        state.opened[state.opened.index(recent)] = _Open(recent.talks, sentence.index)


def _refers(sentence: Sentence, cue: Cue, found_by: tuple[str, ...]) -> bool:
    """A talks noun right after a referring determiner („zu den Gesprächen“, „beim Treffen“), unless it is the summit
    a meeting of its clause is at („traf beim G20-Gipfel Putin“: not a reference to the meeting)."""
    return cue.entry.match == "suffix" and cue.index > 0 and sentence.words[cue.index - 1].lower in REFERRING \
        and SIDE_MEETING not in found_by


OTHER_PARTNER = declare("talks-other-partner", "talks reference", "a talks noun after a referring article that names "
                        "its own partner „mit“ does not refer to talks read earlier in its sentence without that partner: "
                        "„Wie schon nach der Gesprächsrunde mit der SPÖ wurde auch nach dem Treffen mit der FPÖ nichts "
                        "bekannt“ are two meetings, not one of the SPÖ and the FPÖ")


def _other_partner(state: _Reading, sentence: Sentence, people: list[Actor], recent: _Open | None) -> bool:
    """`recent` talks were opened in this sentence, and the noun's „mit“ partners are none of theirs."""
    if recent is None or recent.sentence != sentence.index:
        return False
    own = participant_keys([a for a in people if a.prep in german.WITH_PREPOSITIONS], state.entities)
    if not own or not set(own).isdisjoint(recent.talks.participants):
        return False
    fired(OTHER_PARTNER)
    return True


TOPIC_KEPT = declare("talks-topic-kept", "talks reference", "a talks cue of the same kind that names no participant, "
                     "right after talks, keeps them the topic: a reference two sentences on still adds to them: "
                     "„Die Friedensgespräche der Konfliktparteien begannen. … Es werde erst wieder verhandelt, wenn … "
                     "Die Verhandlungen fanden in Kuwait-Stadt statt.“")


DEFINITE_REFERENCE = declare("talks-definite-reference", "talks reference", "a talks noun after a definite article "
                             "with no participant of its own refers to the talks of its kind just read, which take its "
                             "place and mediators: „Die Friedensgespräche der Konfliktparteien begannen. … Die "
                             "Verhandlungen fanden in Kuwait-Stadt unter UN-Schirmherrschaft statt.“")


DEFINITE_NOMINATIVE = german.DEFINITE_ARTICLES & german.NOMINATIVE_ARTICLES     # "der", "die", "das"


def _definite_reference(sentence: Sentence, cue: Cue, people: list[Actor], recent: _Open | None) -> bool:
    """The cue is a noun after "die"/"der"/"das" naming no participant, and talks of its kind were just read."""
    if people or recent is None or cue.entry.match != "suffix" or cue.index == 0 or recent.sentence >= sentence.index \
            or recent.talks.kind != cue.entry.kind or sentence.words[cue.index - 1].lower not in DEFINITE_NOMINATIVE:
        return False
    fired(DEFINITE_REFERENCE)
    return True


TRAVELLER = declare("talks-traveller", "talks participants", "a talks noun with one „mit“ partner and no actor of "
                    "its own right after a sentence whose subject travels is the traveller's: „Merkel reist am Montag "
                    "nach Frankreich. Dort ist ein Treffen mit Hollande geplant.“")


def _traveller(state: _Reading, sentence: Sentence, cue: Cue, people: list[Actor], prev: Actor | None) -> Actor | None:
    """The subject of the sentence before, where it travels and the cue (a noun) has one "mit" partner only."""
    if prev is None or len(people) != 1 or people[0].prep not in german.WITH_PREPOSITIONS or sentence.index == 0 \
            or cue.entry.match != "suffix" or prev.key == people[0].key:
        return None
    if any(a.prep is None for a in sentence.clause_actors(cue.index)):
        return None         # "Dort will Merkel ein Treffen mit Hollande": the sentence names its own subject
    if sentence.index - 1 not in state.travels or main_subject(state.sentences[sentence.index - 1]) != prev:
        return None
    return replace(prev, first=cue.index, last=cue.index, prep=None)


def _anaphoric(state: _Reading, sentence: Sentence, cue: Cue, people: list[Actor],
               refers: bool) -> tuple[Talks, str] | None:
    """The talks just read, whose partners are those of the sentence's own talks (and the rule), where the sentence
    names them only by reference: "Die beiden Minister wollen sich erneut treffen", "Die Gespräche wurden
    fortgesetzt"."""
    if len(people) >= 2:
        return None
    rule = CONTINUED if continues(sentence, cue.index) else \
        PAIR_ANAPHOR if not refers and pair_anaphor(sentence, cue.index) else \
        ANOTHER_ROUND if cue.entry.match == "suffix" and another_round(sentence, cue.index) else None
    if rule is None:
        return None
    if "agreement" in cue.entry.requires and not names_agreement(sentence, *sentence.clause_of(cue.index)):
        fired(ANAPHOR_AGREEMENT)
        return None         # "Die beiden vereinbarten ein Treffen": the meeting is what they agreed, no agreement
    recent = next((o.talks for o in reversed(state.opened) if sentence.index - o.sentence <= 2
                   and o.sentence < sentence.index and len(o.talks.participants) >= 2), None)
    if recent is None or (rule == PAIR_ANAPHOR and len(recent.participants) != 2):
        return None
    if any(a.key not in recent.participants for a in people):
        return None         # "Indien will die Gespräche fortsetzen" after talks without India: other talks
    return recent, rule


def _open_anaphoric(state: _Reading, sentence: Sentence, cue: Cue, earlier: Talks, rule: str, when: When) -> None:
    """New talks of the partners of the `earlier` talks, those `_anaphoric` found by `rule`."""
    keys = earlier.participants
    rules = (*cue_rule(sentence, cue), rule)
    place, place_rules = talk_place(state.sentences, state.entities, sentence, cue, [])
    kind = cue.entry.kind
    if by_phone(sentence, cue.index):
        kind, place_rules = "PhoneCall", (BY_PHONE,)
    elif spoken_cue(cue):
        # "Kurz traf Lawrow in Wien. Die beiden sprachen über die Ukraine.": they spoke at the meeting just read
        if earlier.kind != "PhoneCall":
            kind, place, place_rules = earlier.kind, place or earlier.place, (*place_rules, SPOKEN_AT)
    # "Die beiden Präsidenten vereinbarten ein Treffen in Sotschi": the cue's own clause says they are still to come
    not_held = cue_not_held(sentence, cue) if when.status == "held" else None
    talks = Talks(kind=kind, participants=keys, evidence=_evidence(sentence), status="planned" if not_held else when.status,
                  place=None if kind == "PhoneCall" else place, start=when.span.start if when.span else None,
                  end=when.span.end if when.span else None, confidence=0.5,
                  rules=(*rules, *place_rules, *((not_held,) if not_held else ())))
    state.opened.append(_Open(talks, sentence.index))


ANAPHOR_AGREEMENT = declare("talks-anaphor-agreement-verb", "talks guard", "a verb of agreeing („vereinbaren“) whose "
                            "clause names no agreement opens no talks of the partners named by reference: „Die beiden "
                            "Präsidenten vereinbarten ein Treffen in Sotschi“ is the meeting, not a negotiation held")


def _extend_referred(state: _Reading, sentence: Sentence, cue: Cue, people: list[Actor], recent: _Open,
                     definite: bool = False, span: DateSpan | None = None) -> None:
    """ "Zu den Gesprächen lud X ein": the sentence's partners join the talks it refers to; a `definite` bare noun
    ("Die Verhandlungen fanden in Kuwait-Stadt statt") adds only its place and mediators."""
    # a bare definite noun adds only its place and mediators, not the partners of the sentence's other nouns
    extra = [a for a in sentence.actors if a.prep in german.PARTNER_PREPOSITIONS] if not definite else []
    travelled = not definite and _travelled_to(state, sentence, cue)
    if (hosted(sentence) or travelled) and not definite:
        extra += [a for a in sentence.actors if a.prep is None]
    mediating = mediators(sentence, cue.index) if cue.entry.kind == recent.talks.kind else []
    state.mediators |= {(recent.talks.evidence.start, a.key) for a in mediating}
    merged = _unique(list(recent.talks.participants) + participant_keys(people + extra + mediating, state.entities))
    rules = with_rule(recent.talks.rules, REFERENCE)
    rules = with_rule(rules, DEFINITE_REFERENCE) if definite else with_rule(rules, REFERRED_TRAVEL) if travelled else rules
    talks = replace(recent.talks, participants=merged, place=recent.talks.place or place_near(sentence, cue.index),
                    rules=with_rule(rules, MEDIATOR) if mediating else rules)
    if span is not None and talks.start is None:
        talks = replace(talks, start=span.start, end=span.end, rules=with_rule(talks.rules, REFERENCE_DATE))
    state.opened[state.opened.index(recent)] = _Open(talks, sentence.index)


REFERENCE_DATE = declare("talks-reference-date", "talks date", "a sentence referring to talks just read that have no "
                         "date yet gives them its date: „Die Friedensgespräche der Konfliktparteien wurden ausgesetzt. "
                         "Die Verhandlungen hatten am 21. April in Kuwait-Stadt begonnen.“")


REFERRED_TRAVEL = declare("talks-referred-travel", "talks reference", "the subject travelling „zu“ the talks a noun "
                          "refers to joins them: „Die EU lädt zu einem Gipfel nach Valletta ein. Zu dem Gipfel reist auch "
                          "Präsident Issoufou.“")


def _travelled_to(state: _Reading, sentence: Sentence, cue: Cue) -> bool:
    """„zu“/„zum“ right before the noun (an article between) in a sentence with a cue of travel."""
    words = sentence.words
    return sentence.index in state.travels \
        and any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 2):cue.index])


def _open_talks(state: _Reading, sentence: Sentence, cue: Cue, people: list[Actor], rules: tuple[str, ...],
                told: str | None, when: When) -> None:
    """New talks of the cue: one, or one per partner of an official meeting several."""
    groups, rules = _meetings(sentence, cue, people, rules)
    for group in groups:
        kind = cue.entry.kind
        place, place_rules = talk_place(state.sentences, state.entities, sentence, cue, group if len(groups) > 1 else people)
        if kind == "PhoneCall" and spoken_cue(cue) and place:
            kind, place_rules = "Meeting", (*place_rules, SPOKEN_PLACE) if place_rules else place_rules
        elif kind == "PhoneCall" and spoken_cue(cue) and _on_visit(state, sentence, group):
            kind, place_rules = "Meeting", (*place_rules, SPOKEN_ON_VISIT)
        if kind == "PhoneCall" and at_meeting(sentence, cue.index):
            kind, place, place_rules = at_meeting_call(cue, place, place_rules)
        if kind != "PhoneCall" and by_phone(sentence, cue.index):
            kind, place, place_rules = "PhoneCall", None, (BY_PHONE,)
        keys = _unique(participant_keys(group, state.entities))
        holders = role_holders(sentence, group, state.entities)
        if holders:
            keys = _unique([holders[k][0] if k in holders else k for k in keys])
            place_rules = (*place_rules, *dict.fromkeys(rule for _, rule in holders.values()))
        span = when.span or (earlier_date(state.dated, sentence.index, keys, state.ref, when.tense)
                             if when.status == "held" else None)
        talks = Talks(kind=kind, participants=keys, evidence=_evidence(sentence), status=told or when.status,
                      place=place, start=span.start if span else None, end=span.end if span else None,
                      confidence=0.6 if len(keys) >= 2 else 0.4,
                      rules=(*rules, *place_rules, *((when.rule,) if when.rule else ())))
        state.opened.append(_Open(talks, sentence.index))


def _meetings(sentence: Sentence, cue: Cue, people: list[Actor],
              rules: tuple[str, ...]) -> tuple[list[list[Actor]], tuple[str, ...]]:
    """The groups of `people` that meet (`talk_groups`), and the rules with the one that grouped them."""
    groups = two_groups(sentence, people)
    rules = joint_linked(rules)
    if len(groups) > 1:
        return groups, (*rules, TWO_GROUPS)
    if not JOINT.isdisjoint(rules) or INVITER in rules or PLURAL_SUBJECT in rules:
        return groups, rules    # host and guests of an invitation meet together, and so do those a plural „sie“ stands for
    groups = bilateral(people)
    if len(groups) == 1:
        return groups, rules
    if one_meeting(sentence, cue.index, cue.entry.match == "suffix"):
        return [people], (*rules, ONE_MEETING)      # "das Treffen Merkels mit Hollande und Renzi"
    if partners_only(people, cue.entry.match == "suffix"):
        return [people], (*rules, PARTNERS_ONLY)    # "Der Gipfel mit Merkel, Hollande und Putin"
    return groups, (*rules, BILATERAL)


SPOKEN_ON_VISIT = declare("talks-spoken-on-visit", "talks kind", "„sprechen mit“ in a sentence that read a visit of "
                          "the speaker (before it) is a meeting in person on that visit, not a call: „Baerbock traf in der "
                          "Ukraine ein, wo sie mit Präsident Selenskyj sprach“ (by phone: „telefonisch“ stays a call)")


def _on_visit(state: _Reading, sentence: Sentence, people: list[Actor]) -> bool:
    """A visit of one of `people` read earlier in this sentence (its talks opened by a visit rule)."""
    keys = {a.key for a in people}
    return any(o.sentence == sentence.index and not VISIT_RULES.isdisjoint(o.talks.rules)
               and not keys.isdisjoint(o.talks.participants) for o in state.opened)


def _join_participants(state: _Reading, sentence: Sentence) -> None:
    """ "Für Deutschland ist Y dabei": the sentence's actors join the talks of the last two sentences."""
    recent = state.opened[-1]
    if sentence.index - recent.sentence > 2:
        return
    extra = participant_keys([a for a in sentence.actors if a.prep not in german.FROM_PREPOSITIONS], state.entities)
    if extra:
        talks = replace(recent.talks, participants=_unique(list(recent.talks.participants) + extra),
                        place=recent.talks.place or place_near(sentence, 0),
                        rules=with_rule(recent.talks.rules, PARTICIPATION_RULE))
        state.opened[-1] = _Open(talks, sentence.index)


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.text, sentence.start, sentence.end)

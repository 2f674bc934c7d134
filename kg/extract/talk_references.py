"""Sentences that add to the talks just read instead of opening their own (`kg.extract.talks` asks them).

A definite talks noun („zu den Gesprächen“, „Die Verhandlungen fanden in Kuwait-Stadt statt“) refers to the talks
of its kind read in the last two sentences and adds its partners, place, date and mediators to them; a sentence naming
who takes part („Für Deutschland ist Y dabei“, `kg/data/participation_words.tsv`), a guest expected or coming right
after talks, or an official travelling to a summit's town joins the talks just read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.dates import DateSpan
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired, with_rule
from kg.extract.talk_cues import Cue, hosted
from kg.extract.talk_keys import participant_keys
from kg.extract.talk_mediation import MEDIATOR, mediators
from kg.extract.talk_nouns import FRONTED_NOUN
from kg.extract.talk_opening import JOINT
from kg.extract.talk_places import place_near
from kg.extract.talk_reading import Open, TalksReading, unique
from kg.extract.talk_summits import SIDE_MEETING, summit_traveller
from kg.extract.talk_verbs import OFFICIAL, PASSIVE
from kg.facts import Talks

REFERRING = german.KNOWN_DETERMINERS


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


REFERENCE = declare("talks-reference", "talks reference", "a definite talks noun („zu den Gesprächen“) adds "
                    "the sentence's partners to the talks of the last two sentences")
PARTICIPATION_RULE = declare("talks-participation", "talks reference", "a sentence naming who takes part "
                             "(„Für Deutschland ist Y dabei“) adds to the talks just mentioned")


def join_summits(state: TalksReading, sentence: Sentence, travelling: list[Cue]) -> None:
    """The official travelling to the town of a summit read in this or the two sentences before joins it."""
    if not travelling:         # most sentences: spare the walk over every talks read so far
        return
    recent = [o for o in state.opened if sentence.index - o.sentence <= 2]
    found = next((f for f in (summit_traveller(sentence, c, [(o.sentence, o.talks) for o in recent])
                              for c in travelling) if f is not None), None)
    if found is None:
        return
    opened = recent[found[0]]
    talks = opened.talks
    keys = unique([*talks.participants, *participant_keys([found[1]], state.entities)])
    state.opened[state.opened.index(opened)] = Open(replace(talks, participants=keys,
                                                            rules=with_rule(talks.rules, found[2])),
                                                    sentence.index)


EXPECTED_AT_TALKS = declare("talks-expected-at-talks", "talks reference", "a guest expected („wird … erwartet“) "
                            "right after talks were read is expected at those talks, not on a visit of his own: „Beim "
                            "Nato-Gipfel in Warschau beraten die Staats- und Regierungschefs. Auch Obama wird in "
                            "Warschau erwartet.“")


COMING_TO_TALKS = declare("talks-coming-to-talks", "talks reference", "a participant coming („kommt“, a verb the "
                          "talks lexicon marks „official“) right after talks were read comes to those talks, on no "
                          "visit of his own: „Zu den Gesprächen lud Kosak ein. Aus Frankreich kommt der Diplomat Bonne.“")


def expected_at_talks(state: TalksReading, sentence: Sentence, cues: list[Cue]) -> bool:
    """Only passive-only cues („erwartet“) or verbs of an official's coming („kommt“) in a sentence naming who takes
    part in talks of the last two sentences."""
    expected = all(PASSIVE in c.entry.requires for c in cues)
    if not (expected or all(OFFICIAL in c.entry.requires for c in cues)) or not PARTICIPATION.search(sentence.text):
        return False
    if not any(sentence.index - o.sentence <= 2 for o in state.opened):
        return False
    fired(EXPECTED_AT_TALKS if expected else COMING_TO_TALKS)
    return True


def refers_back(sentence: Sentence, cue: Cue, found_by: tuple[str, ...]) -> bool:
    """A talks noun right after a referring determiner („zu den Gesprächen“, „beim Treffen“), unless it is the summit
    a meeting of its clause is at („traf beim G20-Gipfel Putin“: not a reference to the meeting)."""
    return cue.entry.match == "suffix" and cue.index > 0 and sentence.words[cue.index - 1].lower in REFERRING \
        and SIDE_MEETING not in found_by


OTHER_PARTNER = declare("talks-other-partner", "talks reference", "a talks noun after a referring article that names "
                        "its own partner „mit“ does not refer to talks read earlier in its sentence without that partner: "
                        "„Wie bereits nach der Gesprächsrunde mit der ÖVP drang auch nach dem Treffen mit der FPÖ "
                        "nichts nach außen“ are two meetings, not one of the ÖVP and the FPÖ")


def other_partner(state: TalksReading, sentence: Sentence, people: list[Actor], recent: Open | None) -> bool:
    """`recent` talks were opened in this sentence, and the noun's „mit“ partners are none of theirs."""
    if recent is None or recent.sentence != sentence.index:
        return False
    own = participant_keys([a for a in people if a.prep in german.WITH_PREPOSITIONS], state.entities)
    if not own or not set(own).isdisjoint(recent.talks.participants):
        return False
    fired(OTHER_PARTNER)
    return True


EARLIER_HOLDER = declare("talks-earlier-holder", "talks participants", "a talks noun that names only its partner "
                        "„mit“, in a clause naming no other actor, is held by the one who held the talks read last (of "
                        "their participants the one in most talks read, or the first of talks one side held), where "
                        "that partner is new to them: „Kanzlerin Weber traf am Morgen Gewerkschaftschef Ilg. Am "
                        "Nachmittag folgte das Treffen mit den Grünen.“ is a meeting of Weber with the Grünen, not a "
                        "third side of the first")

HOLDER_REACH = 15       # sentences back to the talks whose holder a partner-only noun continues (one report's span)


def earlier_holder(state: TalksReading, sentence: Sentence, cue: Cue, people: list[Actor]) -> Actor | None:
    """The first participant of the last talks with two or more read in the `HOLDER_REACH` sentences before, as an
    actor at the cue, where the cue is a noun whose clause names only partners „mit“ and none of them is in those
    talks."""
    if cue.entry.match != "suffix" or not people \
            or any(a.prep not in german.WITH_PREPOSITIONS for a in sentence.clause_actors(cue.index) + people):
        return None
    recent = next((o.talks for o in reversed(state.opened) if o.sentence < sentence.index
                   and sentence.index - o.sentence <= HOLDER_REACH and len(o.talks.participants) >= 2), None)
    if recent is None or not {a.key for a in people}.isdisjoint(recent.participants):
        return None
    holder = state.entities.entity(_holder_key(state, recent))
    return None if holder is None else Actor.referred(holder.key, holder.type, cue.index)


def _holder_key(state: TalksReading, recent: Talks) -> str:
    """Of the `recent` talks' participants, the one in most talks read so far; where they tie, the first of talks
    one side held (not of sides meeting each other, „X und Y trafen sich“: then none, "")."""
    counts = {k: sum(k in o.talks.participants for o in state.opened) for k in recent.participants}
    best = max(counts.values())
    tied = [k for k, n in counts.items() if n == best]
    if len(tied) == 1:
        return tied[0]
    return "" if not JOINT.isdisjoint(recent.rules) else recent.participants[0]


TOPIC_KEPT = declare("talks-topic-kept", "talks reference", "a talks cue of the same kind that names no participant, "
                     "right after talks, keeps them the topic: a reference two sentences on still adds to them: "
                     "„Die Friedensgespräche der Konfliktparteien begannen. … Erst wenn die Rebellen die Feuerpause "
                     "einhielten, werde wieder verhandelt. Die Verhandlungen finden in Kuwait-Stadt statt.“")


DEFINITE_REFERENCE = declare("talks-definite-reference", "talks reference", "a talks noun after a definite article "
                             "with no participant of its own refers to the talks of its kind just read, which take its "
                             "place and mediators: „Die Friedensgespräche der Konfliktparteien begannen. … Die "
                             "Verhandlungen finden unter UN-Schirmherrschaft in Kuwait-Stadt statt.“")


DEFINITE_NOMINATIVE = german.DEFINITE_ARTICLES & german.NOMINATIVE_ARTICLES     # "der", "die", "das"


def definite_reference(sentence: Sentence, cue: Cue, people: list[Actor], recent: Open | None) -> bool:
    """The cue is a noun after "die"/"der"/"das" naming no participant, and talks of its kind (or, in the sentence
    right before one naming no actor, of the other kind of gathering) were just read."""
    if people or recent is None or cue.entry.match != "suffix" or cue.index == 0 or recent.sentence >= sentence.index \
            or sentence.words[cue.index - 1].lower not in DEFINITE_NOMINATIVE:
        return False
    if recent.talks.kind != cue.entry.kind and not _other_gathering(sentence, cue, recent):
        return False
    fired(DEFINITE_REFERENCE)
    return True


GATHERINGS = frozenset({"Meeting", "Session"})
OTHER_GATHERING = declare("talks-definite-other-gathering", "talks reference", "a definite noun of one kind of gathering "
                          "(a session: „Versammlung“, „Sitzung“; a meeting: „Treffen“, „Beratungen“) in a sentence naming "
                          "no actor right after talks of the other kind refers to them: „Olga Brunner und Ivo Kessler "
                          "reisen nach Lienz zum Treffen der Bürgermeister. Die Sitzung beginnt am 15. Juni um neun.“; "
                          "not two sentences later, nor where the sentence names an actor of its own")


def _other_gathering(sentence: Sentence, cue: Cue, recent: Open) -> bool:
    """Talks of one kind of gathering read in the sentence right before, the cue of the other, and no actor here."""
    if {recent.talks.kind, cue.entry.kind} != GATHERINGS or recent.sentence != sentence.index - 1 or sentence.actors:
        return False
    fired(OTHER_GATHERING)
    return True


OTHER_SIDE = declare("talks-fronted-noun-other-side", "talks reference", "a definite talks noun opening the sentence, "
                     "held by the subjects after its verb, right after talks one side only was read in are those talks, "
                     "and its subjects their other side: „Die Verhandlungen über einen Kredit für Moldawien laufen. Die "
                     "Gespräche führen die Weltbank und der IWF.“ is one negotiation of Moldova, the World Bank and the "
                     "IMF; not after talks with two sides, nor where a side of the talks before is among its subjects")


def other_side(sentence: Sentence, cue: Cue, people: list[Actor], found_by: tuple[str, ...], recent: Open | None,
               entities: EntityReading) -> bool:
    """„Die Gespräche führen X und Y“ (`talk_nouns.FRONTED_NOUN`) in one of the two sentences after talks one side
    only was read in, none of whose sides X or Y is."""
    if FRONTED_NOUN not in found_by or recent is None or recent.sentence >= sentence.index \
            or len(recent.talks.participants) != 1 or cue.index == 0 \
            or sentence.words[cue.index - 1].lower not in DEFINITE_NOMINATIVE \
            or recent.talks.participants[0] in participant_keys(people, entities):
        return False
    fired(OTHER_SIDE)
    return True


def extend_referred(state: TalksReading, sentence: Sentence, cue: Cue, people: list[Actor], recent: Open,
                    definite: bool = False, span: DateSpan | None = None, rule: str | None = None) -> None:
    """ "Zu den Gesprächen lud X ein": the sentence's partners join the talks it refers to; a `definite` bare noun
    ("Die Verhandlungen fanden in Kuwait-Stadt statt") adds only its place and mediators."""
    # a bare definite noun adds only its place and mediators, not the partners of the sentence's other nouns
    extra = [a for a in sentence.actors if a.prep in german.PARTNER_PREPOSITIONS] if not definite else []
    travelled = not definite and travelled_to(state, sentence, cue)
    if (hosted(sentence) or travelled) and not definite:
        extra += [a for a in sentence.actors if a.prep is None]
    mediating = mediators(sentence, cue.index) if cue.entry.kind == recent.talks.kind else []
    state.mediators |= {(recent.talks.evidence.start, a.key) for a in mediating}
    merged = unique(list(recent.talks.participants) + participant_keys(people + extra + mediating, state.entities))
    rules = with_rule(recent.talks.rules, REFERENCE)
    rules = with_rule(rules, DEFINITE_REFERENCE) if definite else with_rule(rules, REFERRED_TRAVEL) if travelled else rules
    rules = with_rule(rules, OTHER_GATHERING) if definite and cue.entry.kind != recent.talks.kind else rules
    rules = with_rule(rules, rule) if rule else rules
    talks = replace(recent.talks, participants=merged, place=recent.talks.place or place_near(sentence, cue.index),
                    rules=with_rule(rules, MEDIATOR) if mediating else rules)
    if span is not None and talks.start is None:
        talks = replace(talks, start=span.start, end=span.end, rules=with_rule(talks.rules, REFERENCE_DATE))
    state.opened[state.opened.index(recent)] = Open(talks, sentence.index)


REFERENCE_DATE = declare("talks-reference-date", "talks date", "a sentence referring to talks just read that have no "
                         "date yet gives them its date: „Die Friedensgespräche zwischen Armenien und Aserbaidschan "
                         "wurden ausgesetzt. Die Verhandlungen hatten am 21. April in Genf begonnen.“")


REFERRED_TRAVEL = declare("talks-referred-travel", "talks reference", "the subject travelling „zu“ the talks a noun "
                          "refers to joins them: „Die EU lädt zu einem Gipfel nach Valletta ein. Zu dem Gipfel reist auch "
                          "Präsident Issoufou.“")


def travelled_to(state: TalksReading, sentence: Sentence, cue: Cue) -> bool:
    """„zu“/„zum“ right before the noun (an article between) in a sentence with a cue of travel."""
    words = sentence.words
    return sentence.index in state.travels \
        and any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 2):cue.index])


def join_participants(state: TalksReading, sentence: Sentence) -> None:
    """ "Für Deutschland ist Y dabei": the sentence's actors join the talks of the last two sentences."""
    recent = state.opened[-1]
    if sentence.index - recent.sentence > 2:
        return
    extra = participant_keys([a for a in sentence.actors if a.prep not in german.FROM_PREPOSITIONS], state.entities)
    if extra:
        talks = replace(recent.talks, participants=unique(list(recent.talks.participants) + extra),
                        place=recent.talks.place or place_near(sentence, 0),
                        rules=with_rule(recent.talks.rules, PARTICIPATION_RULE))
        state.opened[-1] = Open(talks, sentence.index)

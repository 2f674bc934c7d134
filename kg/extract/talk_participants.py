"""Who takes part in the talks a cue opens: the verb's or the noun's participants (`talk_verbs`, `talk_nouns`),
a plural „sie“ read as the coordinated subjects it stands for, the inviter „auf Einladung von“, and
the hosts a visit may name (states the article names, not the visitor's own).

>>> from kg.extract.talk_participants import _plural_verb
>>> from kg.extract.clauses import make_word
>>> _plural_verb((make_word("trafen", "treffen", 0, 0), make_word("sie", "sie", 1, 1)), 1)
True
"""
from __future__ import annotations

from dataclasses import replace

from kg import german
from kg.extract.clauses import Actor, Sentence, Word
from kg.extract.mentions import EntityReading
from kg.extract.roles import coordinated_subjects, main_subject
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import GENITIVE_CUE, Cue, cue_rule, visit_noun
from kg.extract.talk_links import linked_actors
from kg.extract.talk_organs import organ_rule
from kg.extract.talk_nouns import (INVITATION, NOUN_PARTIES, at_edge, invitation_guests, noun_attribute,
                                   noun_participants)
from kg.extract.talk_rules import (GUEST_STATE, RECEIVED_IN, TRIP_HOST, VISIT_CAPITAL, VISIT_COMPOUND, VISIT_RULES,
                                   VISIT_STAY)
from kg.extract.talk_verbs import verb_participants


def read_participants(sentence: Sentence, cue: Cue, cues: list[Cue],
                      prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    """The actors taking part in the talks a cue introduces (maybe fewer than two), and the rules
    that found them (`cues`: all the sentence's, `cue_scan.talk_cues`).

    A verb needs a partner in its slot ("mit X", an object, or "sich" with
    coordinated subjects); a noun needs one linked to it (genitive, "mit",
    "zwischen", a possessive owner) or coordinated subjects ("X und Y hatten
    ihr Treffen"): a lone actor elsewhere in the clause is not a participant.
    """
    if cue.entry.match == "verb":
        return verb_participants(sentence, cue, cues, prev)
    people, rules = noun_participants(sentence, cue, prev)
    if not at_edge(sentence, cue.index, cues) \
            and (GENITIVE_CUE in cue_rule(sentence, cue) or noun_attribute(sentence, cue.index)):
        # "in die Woche eines EU-Gipfels": a noun in the genitive is another noun's attribute, and only
        # the actors linked to it take part, not the sentence's subject
        linked = {a.key for a, _ in linked_actors(sentence, cue, sentence.clause_actors(cue.index))}
        people = [a for a in people if a.key in linked]
    if not people or visit_noun(sentence.words[cue.index]):
        # "lud Erdogan zu einem Besuch nach Moskau ein": host and guest, not a visit of the host's own state
        invited = invitation_guests(sentence, cue)
        if len(invited) >= 2:
            moved = [organ_rule(a) for a in invited if a.prep is None and a not in sentence.actors]
            return invited, (NOUN_PARTIES, INVITATION, *dict.fromkeys(moved))
    return people, rules


PLURAL_SUBJECT = declare("talks-plural-pronoun", "talks participants", "„sie“ next to a finite verb in „-n“ (the "
                         "plural) among a talks cue's participants is the coordinated subjects of the sentence before "
                         "(or the one before it) that it was read as the first of: „Merkel und Hollande reisten nach "
                         "Minsk. Dort trafen sie Präsident Putin.“")


def plural_subject(sentences: list[Sentence], sentence: Sentence, people: list[Actor],
                    rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants with a plural „sie“ read as all the coordinated subjects it stands for."""
    words = sentence.words
    at = next((k for k, a in enumerate(people) if a.resolved and words[a.first].lower == german.PLURAL_PRONOUN
               and _plural_verb(words, a.first)), None)
    if at is None:
        return people, rules
    pronoun = people[at]
    for earlier in sentences[max(0, sentence.index - 2):sentence.index][::-1]:
        head = main_subject(earlier)
        if head is None or head.key != pronoun.key:
            continue
        taken = {a.key for a in people}
        more = [replace(a, first=pronoun.first, last=pronoun.last, prep=None, resolved=True)
                for a in coordinated_subjects(earlier, head)[1:] if a.key not in taken]
        if more:
            return people[:at + 1] + more + people[at + 1:], (*rules, PLURAL_SUBJECT)
    return people, rules


def _plural_verb(words: tuple[Word, ...], i: int) -> bool:
    """A finite verb (or auxiliary) in „-n“ right before or after word i: „trafen sie“, „sie haben“."""
    return any(w.verb_or_auxiliary and w.lower.endswith("n")
               for w in words[max(0, i - 1):i + 2] if w is not words[i])


INVITER = declare("talks-inviter", "talks participants", "the inviter after „auf Einladung von“ (or in its genitive) "
                  "hosts the talks of its clause: „Auf Einladung von Kanzler Scholz besuchte Premier Modi Berlin“")
ON_INVITATION = german.ON_PREPOSITIONS
# „auf Einladung von Scholz“; „auf Einladung des Kanzlers X“ (a genitive after the noun keeps the phrase's „auf“)
INVITER_PREPS = german.FROM_PREPOSITIONS | ON_INVITATION | {None}


def find_inviter(sentence: Sentence, cue: Cue) -> tuple[int, Actor] | None:
    """The invitation noun's index and the actor right after it, where „auf Einladung“ stands in the clause of a
    talks verb or of a talks noun after „zu“ ("auf Einladung von Kanzler X … zu einem Treffen")."""
    words = sentence.words
    if cue.entry.match != "verb" and not any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 3):cue.index]):
        return None         # "vor dem EU-Gipfel": talks the invited meet before, not the invitation's
    first, last = sentence.clause_of(cue.index)
    at = next((i for i in range(first + 1, last) if words[i].lower in german.INVITATION_NOUNS
               and words[i - 1].lower in ON_INVITATION), None)
    if at is None:
        return None
    near = [a for a in sentence.actors_in(at + 1, last) if a.first <= at + 4 and a.prep in INVITER_PREPS
            and all(not w.verbish for w in words[at + 1:a.first])]
    # "des ägyptischen Präsidenten Abdel Fattah al-Sisi": the official, not the state of his adjective
    inviter = next((a for a in near if a.type == "Official"), near[0] if near else None)
    return (at, inviter) if inviter is not None else None


INVITED_VISIT = declare("talks-inviter-hosts-visit", "talks participants", "the inviter of a visit to the state he "
                        "acts for is the host the visitor meets, in the state's place: „Auf Einladung von Kanzler Scholz "
                        "besuchte Premier Modi Berlin“ (Modi meets Scholz)")


def with_inviter(sentence: Sentence, cue: Cue, people: list[Actor], rules: tuple[str, ...],
                 reading: EntityReading) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants with the inviter of the cue's clause („auf Einladung von X“) and the rules; a visited state
    the inviter acts for gives way to him."""
    inviter = find_inviter(sentence, cue)
    if inviter is None or inviter[1].key in {a.key for a in people}:
        return people, rules
    own = set(getattr(reading.entity(inviter[1].key), "affiliations", ()))
    kept = [a for a in people if not (a.type == "State" and a.key in own)]
    if kept and len(kept) < len(people):
        return [*kept, inviter[1]], (*rules, INVITER, INVITED_VISIT)
    guest = people or (invited_guests(sentence, *inviter) if cue.entry.match == "verb" else [])
    return ([*guest, inviter[1]], (*rules, INVITER)) if guest else (people, rules)


def invited_guests(sentence: Sentence, at: int, inviter: Actor) -> list[Actor]:
    """The first official or organisation that is a bare actor of the clause outside the invitation phrase."""
    first, last = sentence.clause_of(at)
    guest = next((a for a in sentence.actors_in(first, last) if a.prep is None and not at <= a.first <= inviter.last
                  and a.type in ("Official", "Organization") and a.key != inviter.key), None)
    return [guest] if guest is not None else []


# the visit rules whose host may be the visitor's own state ("Merkel sagte bei einem Besuch in Berlin")
OWN_STATE_VISITS = frozenset({VISIT_CAPITAL, VISIT_STAY, TRIP_HOST, VISIT_COMPOUND, RECEIVED_IN, GUEST_STATE})


def known_hosts(people: list[Actor], rules: tuple[str, ...], reading: EntityReading) -> list[Actor]:
    """The participants without states the article does not name, and without the visited state of a capital
    where a visitor acts for it ("Merkel sagte bei einem Besuch in Berlin": no talks)."""
    named = [a for a in people if a.type != "State" or reading.entity(a.key) is not None]
    if OWN_STATE_VISITS.isdisjoint(rules):
        return named if len(named) == len(people) or VISIT_RULES.isdisjoint(rules) else _no_host()
    own = {s for a in named for s in getattr(reading.entity(a.key), "affiliations", ())}
    kept = [a for a in named if not (a.type == "State" and a.key in own)]
    return kept if len(kept) == len(people) else _no_host()


HOMELAND = declare("talks-homeland-no-host", "talks guard", "a state named as one's own country after a possessive "
                   "(„seine Heimat Argentinien“, „ihr Heimatland Syrien“) is the visitor's, no host he meets: „Ihre "
                   "Heimat Bolivien besucht die Kanzlerin erst im Herbst“; „Die Kanzlerin besucht Bolivien“ still "
                   "visits it")


def homeland_hosts(sentence: Sentence, people: list[Actor]) -> list[Actor]:
    """The participants without a state written right after a possessive and a homeland noun."""
    words = sentence.words
    kept = [a for a in people if not (a.type == "State" and a.first >= 2 and words[a.first - 1].text in german.HOMELAND_NOUNS
                                      and words[a.first - 2].lower in german.POSSESSIVES)]
    if len(kept) < len(people):
        fired(HOMELAND)
    return kept


NO_HOST = declare("talks-visit-without-host", "talks guard", "a visit whose host state the article does not name (or "
                  "is the visitor's own) is no talks, and those travelling together do not meet each other by it: "
                  "„Kanzlerin Merkel und Präsident Hollande reisten nach Minsk“")


def _no_host() -> list[Actor]:
    fired(NO_HOST)
    return []

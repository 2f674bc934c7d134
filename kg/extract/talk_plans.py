"""Planned talks a sentence tells by an act around their noun, where the noun's own phrase names one side only:
announced in a zu-infinitive by its controller („X kündigte an, Gespräche mit Y aufzunehmen“), offered or proposed
to a dative recipient („X bot Y Gespräche an“, „X schlug Y ein Treffen vor“), an invitation accepted („X nahm eine
Einladung Ys zu Gesprächen an“).

>>> from kg.extract.clauses import Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Seoul bot Pjöngjang Gespräche an."))
>>> _offer_clause(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), 3)
True
"""
from __future__ import annotations

from functools import lru_cache

from kg import german
from kg.extract.clauses import Actor, Sentence, clause_has_verb
from kg.extract.factuality import offer_nouns, offer_verbs
from kg.extract.lexicon import control_verbs, plover_cues
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.subject_rules import find_subjects
from kg.extract.subjects import coordinated_subjects, zu_infinitive
from kg.extract.talk_anaphora import continues
from kg.extract.talk_cues import Cue, refused
from kg.extract.talk_nouns import NOUN_PARTIES
from kg.extract.talk_status import BRINGING

INFINITIVE_CONTROLLER = declare("talks-infinitive-controller", "talks participants", "a talks noun with a partner of "
                                "its own, object of a zu-infinitive, is held by the infinitive's subject, the governing "
                                "clause's: „Präsident Santos kündigte an, Gespräche mit der ELN aufzunehmen“")
OFFERED_TO = declare("talks-offered-to", "talks participants", "a talks noun offered or proposed („anbieten“, "
                     "„vorschlagen“) to a recipient is talks of the offerer and the recipient, still to come: „Seoul bot "
                     "Pjöngjang Gespräche an“, „Putin schlug Poroschenko ein Treffen in Minsk vor“")
INVITATION_TAKEN = declare("talks-invitation-accepted", "talks participants", "a talks noun after „Einladung“ (or an "
                           "offer's noun: „Angebot“, „Vorschlag“) and its inviter (genitive or „von“) is talks of the "
                           "inviter and the clause's subject: „Putin hat eine Einladung Merkels zu Gesprächen in Berlin "
                           "angenommen“, „Aserbaidschan nahm das Angebot Armeniens zu Friedensgesprächen an“")
RECIPIENT_GAP = 2       # words at most between the recipient and the talks noun („Pjöngjang Gespräche“, „X ein Treffen“)


def planned_parties(sentence: Sentence, cue: Cue, people: list[Actor],
                    rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of a talks cue and the rules that found them, with those an invitation accepted or an offer
    names (in place of the noun's own), the controller of a noun's zu-infinitive beside its one partner, or the
    coordinated controllers of a reciprocal zu-infinitive verb."""
    if cue.entry.match != "suffix":
        pair = _controlled_pair(sentence, cue) if len(people) < 2 else []
        return (pair, (*rules, INFINITIVE_PAIR)) if pair else (people, rules)
    urged = _urged(sentence, cue.index, people)
    if urged:
        fired(URGED)
        return urged, (NOUN_PARTIES, URGED)
    addressed = _urged_infinitive(sentence, cue.index, people) if len(people) < 2 else []
    if addressed:
        fired(URGED_INFINITIVE)
        return addressed, (NOUN_PARTIES, URGED_INFINITIVE)
    for find, rule in ((_invitation, INVITATION_TAKEN), (_recipients, OFFERED_TO)):
        found = find(sentence, cue.index)
        if len(found) == 2:
            fired(rule)
            return found, (NOUN_PARTIES, rule)
    controllers = _noun_controllers(sentence, cue.index) if not people else []
    if controllers:
        fired(INFINITIVE_CONTROLLERS)
        return controllers, (NOUN_PARTIES, INFINITIVE_CONTROLLERS)
    controller = _controller(sentence, cue.index, {a.key for a in people}) if len(people) == 1 else None
    if controller is None:
        return people, rules
    fired(INFINITIVE_CONTROLLER)
    return [controller, *people], (*rules, INFINITIVE_CONTROLLER)


URGED = declare("talks-urged-to", "talks participants", "a talks noun after „zu“ in a clause whose verb urges its "
                "object to act (`control_verbs.tsv`: „auffordern“, „drängen“) is talks of the urged and the noun's own "
                "partners, still to come; the urging subject takes no part: „Die USA drängen Israel zu "
                "Friedensgesprächen mit Palästina“, „Die EU forderte Serbien und den Kosovo zu Gesprächen auf“")


def _urged(sentence: Sentence, cue: int, people: list[Actor]) -> list[Actor]:
    """The bare actors the clause urges (all of them in the passive, all but the subject in the active) and the
    noun's partners after „mit“/„zwischen“, two or more, where the noun follows „zu“ and a control verb governs it."""
    words = sentence.words
    if governing_prep(words, cue) not in german.TO_PREPOSITIONS:
        return []
    first, last = sentence.clause_of(cue)
    if not clause_has_verb(sentence, first, last, control_verbs()):
        return []
    bare = [a for a in sentence.actors_in(first, cue) if a.prep is None]
    passive = any(w.lower in german.PASSIVE_AUXILIARIES for w in words[first:last])
    partners = [a for a in people if a.prep in german.PARTNER_PREPOSITIONS and a.first > cue]
    found = list({a.key: a for a in (bare if passive else bare[1:]) + partners}.values())
    return found if len(found) >= 2 else []


URGED_INFINITIVE = declare("talks-urged-infinitive", "talks participants", "a talks noun, object of a zu-infinitive "
                           "that continues talks or brings them about (`talks_anaphora.tsv` continue, "
                           "`bringing_verbs.tsv`), governed by a verb of request (the REQUEST verbs of "
                           "`plover_lexicon.tsv`: „auffordern“, „appellieren an“), is talks of the addressees (two or more) "
                           "and the noun's own partners, still to come; the requester takes no part: „Der Generalsekretär "
                           "appellierte an Indien und Pakistan, die Gespräche fortzusetzen“; not a request to one "
                           "addressee („forderte Indien auf, die Gespräche fortzusetzen“; with a partner of the noun: "
                           "talks-infinitive-controller)")


@lru_cache(maxsize=1)
def _requesting() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of request of the PLOVER lexicon that need no context word, and the prepositions of their
    addressees („appellieren an“)."""
    verbs = [c for c in plover_cues() if c.code == "REQUEST" and c.pos == "verb" and not c.context]
    return frozenset(c.cue for c in verbs), frozenset(t for c in verbs for t in c.targets) & german.PREPOSITIONS


def _urged_infinitive(sentence: Sentence, cue: int, people: list[Actor]) -> list[Actor]:
    """The addressees of the request governing the zu-infinitive clause of the noun at `cue` (bare actors after the
    first, all of them in the passive, and those after the verb's prepositions) with the noun's partners, where the
    infinitive continues or brings talks about."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    if first == 0 or words[first].text != "," or any(a.prep is None for a in sentence.actors_in(first, cue)) \
            or not (continues(sentence, cue) or clause_has_verb(sentence, first, last, BRINGING)) \
            or not any(words[j].verbish and zu_infinitive(sentence, j) for j in range(cue + 1, last)):
        return []
    ahead, end = sentence.clause_of(first - 1)
    verbs, preps = _requesting()
    if not clause_has_verb(sentence, ahead, end, verbs):
        return []
    bare = [a for a in sentence.actors_in(ahead, end) if a.prep is None]
    passive = any(w.lower in german.PASSIVE_AUXILIARIES for w in words[ahead:end])
    addressed = [*(bare if passive else bare[1:]), *(a for a in sentence.actors_in(ahead, end) if a.prep in preps)]
    partners = [a for a in people if a.prep in german.PARTNER_PREPOSITIONS]
    found = list({a.key: a for a in addressed + partners}.values())
    return found if len({a.key for a in addressed}) >= 2 else []


INFINITIVE_PAIR = declare("talks-infinitive-pair", "talks participants", "a reciprocal talks verb in a zu-infinitive "
                          "is held by the coordinated subjects of the clause governing it: „Kerry und Lawrow "
                          "vereinbarten, sich in Genf zu treffen“")


def _controlled_pair(sentence: Sentence, cue: Cue) -> list[Actor]:
    """The coordinated subjects (two or more) of the clause governing a reciprocal zu-infinitive verb, where the
    infinitive's own clause (after a comma) names no bare actor."""
    requires = cue.entry.requires
    first, _ = sentence.clause_of(cue.index)
    words = sentence.words
    if ("sich" not in requires and "pair" not in requires) or words[first].text != "," \
            or not zu_infinitive(sentence, cue.index) or any(a.prep is None for a in sentence.actors_in(first, cue.index)):
        return []
    roles = find_subjects(sentence, cue.index)      # the controller: the object of „auffordern“, else the subject
    if roles is None or len(roles.subjects) != 1 or roles.subjects[0].last >= first:
        return []
    pair = [a for a in coordinated_subjects(sentence, roles.subjects[0]) if a.last < first]
    if len(pair) < 2:
        return []
    fired(INFINITIVE_PAIR)
    return pair


INFINITIVE_CONTROLLERS = declare("talks-infinitive-controllers", "talks participants", "a talks noun with no partner "
                                 "of its own, object of a zu-infinitive that takes talks up or goes on with them "
                                 "(`bringing_verbs.tsv`, `talks_anaphora.tsv` continue), is talks of the governing "
                                 "clause's coordinated subjects, or of its subject and its „mit“ partner: „Polen und "
                                 "Litauen haben beschlossen, die Gespräche wiederaufzunehmen“, „Ecuador vereinbarte mit "
                                 "Peru, die Verhandlungen fortzusetzen“; not where that clause refuses or is negated "
                                 "(„Polen weigerte sich, mit Litauen Gespräche aufzunehmen“)")


def _noun_controllers(sentence: Sentence, cue: int) -> list[Actor]:
    """The coordinated subjects (two or more) of the clause governing the zu-infinitive clause that holds the talks
    noun at `cue` as the object of a verb taking talks up or continuing them, else that clause's subject and its
    „mit“ partners; none where the governing clause holds a negation or a refusing verb."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    if first == 0 or words[first].text != "," or any(a.prep is None for a in sentence.actors_in(first, last)) \
            or not (continues(sentence, cue) or clause_has_verb(sentence, first, last, BRINGING)):
        return []
    verb = next((j for j in range(cue + 1, last) if words[j].verbish and zu_infinitive(sentence, j)), None)
    roles = find_subjects(sentence, verb) if verb is not None else None
    if roles is None or len(roles.subjects) != 1 or roles.subjects[0].last >= first:
        return []
    ahead, end = sentence.clause_of(first - 1)
    if any(w.lower in german.NEGATIONS for w in words[ahead:end]) or refused(sentence, ahead, end, cue):
        return []
    subject = roles.subjects[0]
    found = [a for a in coordinated_subjects(sentence, subject) if a.last < first]
    if len(found) < 2:
        found = [subject, *(a for a in sentence.actors_in(ahead, end) if a.prep in german.WITH_PREPOSITIONS)]
    return found if len({a.key for a in found}) >= 2 else []


def _controller(sentence: Sentence, cue: int, taken: set[str]) -> Actor | None:
    """The subject of the zu-infinitive whose clause (after a comma) holds the noun at `cue` as its object, where
    the clause names no bare actor before the noun."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    if words[first].text != "," or any(a.prep is None for a in sentence.actors_in(first, cue)):
        return None
    verb = next((j for j in range(cue + 1, last) if words[j].verbish and zu_infinitive(sentence, j)), None)
    roles = find_subjects(sentence, verb) if verb is not None else None
    if roles is None or len(roles.subjects) != 1 or roles.subjects[0].key in taken:
        return None
    return roles.subjects[0]


def _offer_clause(sentence: Sentence, cue: int) -> bool:
    """The clause of word `cue` holds a verb of offering or proposing („bot … an“, „schlug … vor“)."""
    return clause_has_verb(sentence, *sentence.clause_of(cue), offer_verbs())


def _recipients(sentence: Sentence, cue: int) -> list[Actor]:
    """The two bare actors before the noun in a clause of offering, the second (the recipient) right before it."""
    first, _ = sentence.clause_of(cue)
    bare = [a for a in sentence.actors_in(first, cue) if a.prep is None]
    if len(bare) != 2 or bare[0].key == bare[1].key or cue - bare[1].last > RECIPIENT_GAP \
            or not _offer_clause(sentence, cue):
        return []
    return bare


def _invitation(sentence: Sentence, cue: int) -> list[Actor]:
    """The clause's subject and the inviter right after an „Einladung“ two or three words before the talks noun."""
    words = sentence.words
    first, _ = sentence.clause_of(cue)
    at = next((i for i in range(max(first, cue - 4), cue) if words[i].lower in german.INVITATION_NOUNS
               or (words[i].capitalized and words[i].lower.endswith(offer_nouns()))), None)
    if at is None or words[cue - 1].lower not in german.TO_PREPOSITIONS:
        return []
    inviter = next((a for a in sentence.actors_in(at + 1, cue) if a.prep in (None, *german.FROM_PREPOSITIONS)), None)
    subject = next((a for a in sentence.actors_in(first, at) if a.prep is None), None)
    if inviter is None or subject is None or inviter.key == subject.key:
        return []
    return [subject, inviter]

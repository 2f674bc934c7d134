"""The actors linked to a talks noun, each with the rule that links it: a compound („EU-Gipfel“), a genitive
or „von“ and those listed after it, „mit“/„zwischen“ partners, an agreement's parties, a guest's host, a
visit's visitor and host, a trade partner, a pair of adjectives („russisch-ukrainisch“).

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("die russisch-ukrainischen Verhandlungen"))
>>> states = (Actor("state:russland", "State", 1, 1, None), Actor("state:ukraine", "State", 1, 1, None))
>>> s = Sentence(0, 0, 0, "", ws, states, (), tuple(clause_ranges(ws)))
>>> [a.key for a in _paired_adjectives(s, 2, list(states))]
['state:russland', 'state:ukraine']
"""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, Word
from kg.extract.lexicon import time_nouns
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import AGREEMENTS, HOSTING, Cue, clause_verbs, visit_noun
from kg.extract.talk_organs import is_organ
from kg.extract.talk_places import CAPITAL_NOUNS, capital_hosts, capital_states
from kg.extract.talk_rules import GUEST_STATE, TRIP_HOST, VISIT_CAPITAL, VISIT_COMPOUND, VISIT_HOST, VISIT_STAY
from kg.facts import entity_key


def _partner_ok(sentence: Sentence, cue: int, actor: Actor) -> bool:
    """A "mit"/"zwischen" partner belongs to the talks noun, not to a noun after it ("Abkommen mit Iran")."""
    if actor.first < cue:
        return False
    # an official's title before the name is his ("von Präsident Robert Fico mit …")
    covered = {i for a in sentence.actors for i in range(a.first - (a.type == "Official"), a.last + 1)}
    prep_at = next((i for i in range(actor.first - 1, cue, -1) if sentence.words[i].lower == actor.prep), None)
    if prep_at is None:
        return False
    for i in range(cue + 1, prep_at):
        w = sentence.words[i]
        if w.capitalized and w.text.isalpha() and i not in covered:
            return False
    return True


PARTNER_BEFORE = declare("talks-partner-before", "talks participants", "a „mit“/„zwischen“ partner written before "
                         "the talks noun it belongs to, with no other noun between (a day, month or time span may stand "
                         "there, and an adverb may open the sentence before it): „Der Iran hat mit den USA indirekte "
                         "Gespräche geführt“, „Zwischen Merkel und Putin fand ein Treffen statt“, „Auch mit Chile führt "
                         "Peru seit Jahren Gespräche“")


def _partner_before(sentence: Sentence, cue: int, actor: Actor) -> str | None:
    """The rule linking a partner written before the noun, where only verbs, adverbs, articles, adjectives, days,
    the subject and the partner's own role noun lie between them."""
    words = sentence.words
    subjects = {i for a in sentence.actors if a.prep is None for i in range(a.first, a.last + 1)}
    partners = {i for a in sentence.actors if a.prep == actor.prep for i in range(a.first, a.last + 1)}
    days = time_nouns()
    prep = next((i for i in range(actor.first - 1, max(-1, actor.first - 5), -1) if words[i].lower == actor.prep), 0)
    if prep > 0 and words[prep - 1].capitalized and prep - 1 not in subjects | partners \
            and words[prep - 1].lower not in days and words[prep - 1].lower not in german.CLAUSE_ADVERBS:
        return None         # "durch die Einigung mit dem Kosovo den Verhandlungen …": the partner of another noun
    # "mit der syrischen Führung Gespräche": the partner state's own role noun right after its adjective
    organ = actor.last + 1 if actor.type == "State" and actor.last + 1 < cue and is_organ(words[actor.last + 1]) \
        and words[actor.last].text.islower() else None
    if all(not w.capitalized or i in subjects or i in partners or w.lower in days or i == organ
           for i, w in enumerate(words[actor.last + 1:cue], actor.last + 1)):
        return PARTNER_BEFORE if organ is None else PARTNER_ORGAN
    return None


PARTNER_ORGAN = declare("talks-partner-organ-before", "talks participants", "a partner state named by its adjective "
                        "and a role noun („mit der syrischen Führung“, `state_organs.tsv`) before the talks noun is the "
                        "state: „De Mistura hat mit der syrischen Regierung Gespräche geführt“")


LINKED_BODY = declare("talks-linked-body", "talks participants", "a body named in a talks compound takes part: "
                      "„EU-Gipfel“, „Nato-Treffen“, and the parties of a compound naming two: „EU-Türkei-Gipfel“")
LINKED_GENITIVE = declare("talks-linked-genitive", "talks participants", "the actor in the genitive after a "
                          "talks noun takes part: „Gespräche der USA mit Russland“")
LINKED_PARTNER = declare("talks-linked-partner", "talks participants", "the actors after „mit“/„zwischen“ "
                         "belonging to the talks noun take part: „Gespräche zwischen Russland und der Ukraine“")
VISITED_AT = declare("talks-visited-at", "talks participants", "the official or body after „bei“ a visit noun is "
                     "the one visited: „Macron war zu Besuch bei Kanzlerin Merkel“, also before „zu Besuch“: „Macron "
                     "ist bei Merkel zu Besuch“")
VISITOR = declare("talks-visitor", "talks participants", "the visitor after „von“ a visit noun takes part: "
                  "„während des Besuchs von Kanzler Max Muster“")


def linked_actors(sentence: Sentence, cue: Cue, clause: list[Actor]) -> list[tuple[Actor, str]]:
    """The actors linked to a talks noun, each with the rule that links it, in the rules' order."""
    words, i = sentence.words, cue.index
    genitive = i + 1 < len(words) and words[i + 1].lower in german.GENITIVE_ARTICLES
    inside = [a for a in clause if a.first == i]
    # "Nato-Treffen": the body meets; "EU-Türkei-Gipfel": both parties, but "Syrien-Konferenz" is about Syria
    linked = [(a, LINKED_BODY) for a in inside if a.type == "Organization" or len(inside) >= 2]
    linked += _compound_hosts(words, i, inside) if visit_noun(words[i]) else []
    linked += [(a, PAIRED_ADJECTIVES) for a in _paired_adjectives(sentence, i, clause)]
    listing = _headline_list(sentence, i) or clause
    # "Beim Besuch Merkels in China": a visitor in the genitive, reached by the preposition of the noun
    own = [a for a in clause if (a.first == i + 1 or (genitive and i + 1 < a.first <= i + 3))
           and (a.prep is None or a.type == "Official" and visit_noun(words[i]) and _through_noun(words, i, a))]
    own = own or _genitive_names(words, i, clause)
    governed = [] if own or not genitive else _governed_genitive(words, i, clause)
    linked += _listed(own or governed, listing, words, LINKED_GOVERNED if governed else LINKED_GENITIVE)
    linked += [] if own or governed or not genitive else [(a, LEADERS_BODY) for a in leaders_body(words, i, clause)]
    if not visit_noun(words[i]) and i + 1 < len(words) and words[i + 1].lower in german.FROM_PREPOSITIONS:
        # "ein Treffen von Fico mit Fischer": "von" stands for the genitive
        linked += _listed([a for a in clause if a.prep in german.FROM_PREPOSITIONS and i + 1 < a.first <= i + 3],
                          clause, words, LINKED_VON)
    linked += [(a, LINKED_PARTNER) for a in clause if a.prep in german.PARTNER_PREPOSITIONS and _partner_ok(sentence, i, a)]
    linked += [(a, CHAIRED_BY) for a in _chairs(words, i, clause)]
    linked += [] if linked else [(a, AGREEMENT_PARTIES) for a in _agreement_parties(sentence, i, clause)]
    before = [(a, _partner_before(sentence, i, a)) for a in clause if a.prep in german.PARTNER_PREPOSITIONS and a.last < i]
    linked += [(a, rule) for a, rule in before if rule is not None]
    supplier = None if linked else _supplier(sentence, cue)
    linked += [(supplier, SUPPLIER)] if supplier is not None else []
    if GUEST in cue.entry.requires:
        return linked + _guest_hosts(sentence, i, clause)
    if not visit_noun(words[i]):
        return linked + ([] if linked else [(a, TRIP_HOST) for a in _trip_hosts(sentence, i)])
    return linked + _visit_links(sentence, i, clause, linked)


GENITIVE_NAME = declare("talks-genitive-name", "talks participants", "a name in the genitive right after a talks "
                        "noun owns the talks, though the preposition before the noun reached it: „Bei einem Treffen "
                        "Chiles mit Peru ging es um den Handel“, „Nach dem Telefonat Putins mit …“; not a name after a "
                        "noun that is no talks noun („Bei einem Auftritt Chiles …“)")


def _genitive_names(words: tuple[Word, ...], i: int, clause: list[Actor]) -> list[Actor]:
    """The actor right after the talks noun at `i`, a name ending in a genitive „-s“ (or an apostrophe), whose
    preposition is the noun's own („Bei einem Treffen Putins“: „bei“ governs the noun, not the name)."""
    if i + 1 >= len(words) or not words[i + 1].text.endswith((*german.GENITIVE_ENDINGS, "'")):
        return []
    prep = governing_prep(words, i)
    found = [a for a in clause if a.first == i + 1 and a.prep is not None and a.prep == prep]
    if found:
        fired(GENITIVE_NAME)
    return [replace(a, prep=None) for a in found]


CHAIRED_BY = declare("talks-chaired-by", "talks participants", "the actor who chairs talks, named right after the talks "
                     "noun by „unter (dem) Vorsitz“ (a chair noun of `chair_words.tsv`) and „von“ or a genitive, title "
                     "words between, takes part, and so links the noun to its attendees: „Der Minister Luis Vargas nahm an "
                     "einer Sitzung unter Vorsitz des peruanischen Präsidenten Ollanta Humala teil“; not a chair named "
                     "apart from the noun („Die Sitzung endete. Unter Vorsitz von …“)")
_CHAIR_NOUNS = resources.kind_words("chair_words.tsv", "noun")
_CHAIR_REACH = 4        # words from the chair noun to the chair's name: „Vorsitz des griechischen Premiers X“


def _chairs(words: tuple[Word, ...], i: int, clause: list[Actor]) -> list[Actor]:
    """The first actor after „unter (dem) Vorsitz von/des …“ right after the talks noun at `i`."""
    if i + 2 >= len(words) or words[i + 1].lower not in german.AUSPICES_PREPOSITIONS:
        return []
    k = i + 3 if words[i + 2].lower in german.DATIVE_ARTICLES else i + 2
    if k >= len(words) or words[k].text not in _CHAIR_NOUNS:
        return []
    chair = next((a for a in clause if k < a.first <= k + _CHAIR_REACH), None)
    if chair is None:
        return []
    fired(CHAIRED_BY)
    return [chair]


GENITIVE_THROUGH_NOUN = declare("talks-genitive-through-noun", "talks participants", "an actor right after a visit "
                                "noun (or after its genitive article) whose preposition stands before the noun is the "
                                "noun's genitive, not governed by that preposition: an official there is the visitor, not one "
                                "visited „bei“: „Beim Besuch Merkels in China“, „Beim Besuch der Kanzlerin Merkel in "
                                "China“ (not „beim Besuch der Botschaft“, the place visited)")


def _through_noun(words: tuple[Word, ...], i: int, actor: Actor) -> bool:
    """The actor's preposition is no word between the noun at `i` and the actor: it governs the noun."""
    if actor.prep is None or actor.first <= i or any(w.lower == actor.prep for w in words[i + 1:actor.first]):
        return False
    fired(GENITIVE_THROUGH_NOUN)
    return True


def _compound_hosts(words: tuple[Word, ...], i: int, inside: list[Actor]) -> list[tuple[Actor, str]]:
    """The host a visit compound at `i` names, by the state or its capital before the hyphen ("Merkels China-Besuch",
    "ihr Moskau-Besuch"), and the visitor whose name right after it was read as one phrase with that state ("der
    China-Besuch Gaucks"), each with its rule."""
    if len(inside) == 1 and inside[0].type == "State":
        return [(inside[0], VISIT_COMPOUND)]
    if len(inside) == 1 and inside[0].of is not None and inside[0].of.startswith("state:") and inside[0].last > i:
        visitor = replace(inside[0], first=i + 1, of=None)
        return [(Actor(inside[0].of, "State", i, i, None), VISIT_COMPOUND), (visitor, LINKED_GENITIVE)]
    head, _, _ = words[i].text.rpartition("-")
    state = capital_states().get(entity_key("Place", head)) if head.isalpha() and not inside else None
    return [(Actor(state, "State", i, i, None), VISIT_COMPOUND)] if state is not None else []


LINKED_GOVERNED = declare("talks-linked-governed-genitive", "talks participants", "the body in the genitive after a "
                          "talks noun that a preposition governs (and so carries that preposition) holds the talks: "
                          "„Beim Gipfeltreffen der Nato in Warschau sagte Obama …“, „Zur Konferenz der OSZE kam Lawrow“")


def _governed_genitive(words: tuple[Word, ...], cue: int, clause: list[Actor]) -> list[Actor]:
    """The organisations in the genitive after the talks noun ("der Nato") read with the preposition before the
    noun (a state there is one side of talks whose other side the sentence need not name: "nach Gesprächen der USA")."""
    prep = governing_prep(words, cue)
    if prep is None:
        return []
    return [a for a in clause if a.prep == prep and a.type == "Organization" and cue + 1 < a.first <= cue + 3]


LEADERS_BODY = declare("talks-leaders-body", "talks participants", "the body in the genitive after the genitive of "
                       "its members' leaders or organs that follows a talks noun holds the talks: "
                       "„zum Gipfeltreffen der Staats- und Regierungschefs der Afrikanischen Union“, „die Tagung der "
                       "Außenminister der Nato“; not a body named after some other noun („der Gipfel der Kritiker der "
                       "Nato“)")
LEADERS_REACH = 4       # words at most of the leaders' phrase („Staats- und Regierungschefs“)


def leaders_body(words: tuple[Word, ...], cue: int, clause: list[Actor]) -> list[Actor]:
    """The organisation right after „der“ that follows a genitive of organ nouns („der Staats- und Regierungschefs“,
    „der Außenminister“) after the talks noun at `cue`."""
    j = cue + 2
    while j < min(len(words), cue + 2 + LEADERS_REACH) and (is_organ(words[j]) or words[j].text.endswith("-")
                                                          or words[j].lower in german.ADDITIVE_CONJUNCTIONS):
        j += 1
    if j == cue + 2 or j >= len(words) or words[j].lower not in german.GENITIVE_ARTICLES or not is_organ(words[j - 1]):
        return []
    return [a for a in clause if a.first in (j + 1, j + 2) and a.type == "Organization"][:1]


HEADLINE_LIST = declare("talks-headline-list", "talks participants", "the actors listed with commas after a talks noun "
                        "opening a headline without a verb take part: „Treffen EU, Serbien, Kosovo nächste Woche denkbar“")


def _headline_list(sentence: Sentence, cue: int) -> tuple[Actor, ...]:
    """All the sentence's actors, where a talks noun opens a sentence without a verb (its commas end no clause)."""
    if cue != 0 or len(sentence.clauses) < 2 or any(w.verbish for w in sentence.words):
        return ()
    fired(HEADLINE_LIST)
    return sentence.actors


AGREEMENT_PARTIES = declare("talks-agreement-parties", "talks participants", "the parties „zwischen“ A and B of the "
                            "agreement a talks noun is „über“ negotiate it: „Die Verhandlungen über ein "
                            "Freihandelsabkommen zwischen der EU und Kanada wurden abgeschlossen“")


def _agreement_parties(sentence: Sentence, cue: int, clause: list[Actor]) -> list[Actor]:
    """The two or more "zwischen" actors of an agreement noun after "über" right after the talks noun."""
    words = sentence.words
    if cue + 2 >= len(words) or words[cue + 1].lower not in german.ABOUT_PREPOSITIONS:
        return []
    noun = next((j for j in range(cue + 2, min(len(words), cue + 5))
                 if words[j].capitalized and words[j].lower.endswith(AGREEMENTS)), None)
    if noun is None:
        return []
    parties = [a for a in clause if a.prep in german.BETWEEN_PREPOSITIONS and _partner_ok(sentence, noun, a)]
    return parties if len(parties) >= 2 else []


GUEST_HOST = declare("talks-guest-host", "talks participants", "„zu Gast bei“ an official (or with an official "
                     "as guest) is a meeting of guest and host: „Kurz war am Montag bei Präsident Putin zu Gast“")
GUEST = "host"      # the talks lexicon's mark of a noun whose host after "bei" takes part ("zu Gast bei")
GUEST_OF = german.AT_PREPOSITIONS | (german.MEETING_PREPOSITIONS & german.CONTRACTIONS)      # "bei", "beim"


def _guest_hosts(sentence: Sentence, i: int, clause: list[Actor]) -> list[tuple[Actor, str]]:
    """The actor after "bei" next to "zu Gast" (before or after it), where an official is guest or host; else the
    state after "in" there, where an official is the guest (`GUEST_STATE`); each with its rule."""
    near = [a for a in clause if i < a.first <= i + 3 or i - 6 <= a.last < i]
    host = next((a for a in near if a.prep in GUEST_OF), None)
    state = next((a for a in near if a.prep in german.IN_PREPOSITIONS and a.type == "State"), None) if host is None \
        else None
    host = host or state
    if host is None:
        return []
    guests = {a.type for a in clause if a.prep is None and a.last < i and a.key != host.key}
    if state is not None:
        return [(state, GUEST_STATE)] if "Official" in guests else []
    return [(host, GUEST_HOST)] if "Official" in {host.type, *guests} else []




def _trip_hosts(sentence: Sentence, i: int) -> list[Actor]:
    """The state a clause travels to where the talks noun at `i` follows "zu"/"zum" ("zu Gesprächen nach Moskau")."""
    words = sentence.words
    if i == 0 or words[i - 1].lower not in german.TO_PREPOSITIONS or clause_verbs(sentence, i, HOSTING):
        return []       # "lud Putin zu Gesprächen nach Berlin ein": host and guest, read as an invitation
    first, last = sentence.clause_of(i)
    preps = german.TRAVEL_PREPOSITIONS      # "zu Gesprächen nach Moskau", "in den Iran", "im Jemen eingetroffen"
    return _named_hosts(sentence, first, last, preps)[:1] or capital_hosts(sentence, first, last, preps)[:1]


def _named_hosts(sentence: Sentence, first: int, last: int, preps: frozenset[str]) -> list[Actor]:
    """The states words `first`..`last` name after one of `preps` ("nach Polen")."""
    return [a for a in sentence.actors_in(first, last) if a.type == "State" and a.prep in preps]


def _visit_links(sentence: Sentence, i: int, clause: list[Actor], linked: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The visitor after "von" and the visited state of the visit noun at `i` (its rules beside)."""
    words = sentence.words
    # "des Besuchs von Papst Franziskus im kommunistischen Kuba": the visitor after "von"
    visitor = next((a for a in clause if a.prep in german.FROM_PREPOSITIONS and a.first in (i + 2, i + 3)
                    and a.type != "State"), None)
    # the host comes after the visitor, named by "von" or in the genitive ("des Präsidenten Xi in den USA")
    reach = max([a.last for a, rule in linked if rule in (LINKED_GENITIVE, LINKED_LIST)] +
                [visitor.last if visitor else i]) + 4
    found = [(visitor, VISITOR)] if visitor is not None else []
    # "sein Besuch in Ägypten": the host state takes part
    hosts = [(a, VISIT_HOST) for a in clause if a.type == "State" and a.prep in german.TRAVEL_PREPOSITIONS
             and i < a.first <= reach]
    # "bei einem Besuch in Kairo": the state of the capital
    hosts = hosts or [(a, VISIT_CAPITAL) for a in capital_hosts(sentence, i + 1, reach + 1, german.TRAVEL_PREPOSITIONS)]
    # "ist in Polen zu Besuch": the state the clause goes to, also before the noun
    hosts = hosts or _stay_hosts(sentence, i) if on_visit(words, i) else hosts
    # "zu Besuch bei Kanzlerin Merkel", "ist bei Merkel zu Besuch": the one visited after "bei"
    return found + (hosts or [(a, VISITED_AT) for a in clause if a.prep in german.OCCASION_PREPOSITIONS
                              and a.type != "State" and (i < a.first <= i + 4 and not _through_noun(words, i, a)
                                                         or _visited_before(words, i, a))][:1])


def _visited_before(words: tuple[Word, ...], i: int, actor: Actor) -> bool:
    """The actor after "bei" stands before "zu Besuch" at `i`, a few words ahead ("ist am Montag bei Merkel zu Besuch")."""
    return on_visit(words, i) and i - 6 <= actor.last < i


ON_VISIT = german.TO_PREPOSITIONS - german.TO_CONTRACTIONS


def on_visit(words: tuple[Word, ...], i: int) -> bool:
    """ "zu Besuch": the visit noun right after a bare "zu"."""
    return i > 0 and words[i - 1].lower in ON_VISIT


def _stay_hosts(sentence: Sentence, i: int) -> list[tuple[Actor, str]]:
    """The states a clause with "zu Besuch" at `i` goes to, each with its rule: named, or by their capital or
    as "die polnische Hauptstadt" (a stay in a capital visits its state)."""
    first, last = sentence.clause_of(i)
    preps = german.TRAVEL_PREPOSITIONS
    named = [(a, VISIT_STAY) for a in _named_hosts(sentence, first, last, preps)]
    capitals = capital_hosts(sentence, first, last, preps) + [
        replace(o, last=o.last + 1) for o in sentence.owners if first <= o.first < last and o.prep in preps
        and o.last + 1 < last and sentence.words[o.last + 1].lower in CAPITAL_NOUNS]
    return named or list({a.key: (a, VISIT_CAPITAL) for a in capitals}.values())


LINKED_LIST = declare("talks-linked-list", "talks participants", "the actors listed after the first in a talks "
                      "noun's genitive (or „von“) take part too: „Gespräche der USA, Russlands und Chinas“")
LINKED_VON = declare("talks-linked-von", "talks participants", "the actor after „von“ right after a talks noun "
                     "takes part, as a genitive would: „ein Treffen von Merkel mit Putin ist geplant“")


def _listed(first: list[Actor], clause: list[Actor], words: tuple[Word, ...], rule: str) -> list[tuple[Actor, str]]:
    """The first actor linked to the noun, and those listed after it with the same preposition
    ("der USA, Russlands und Chinas"), each with its rule."""
    if not first:
        return []
    out = [(first[0], rule)]
    for actor in clause:
        last = out[-1][0]
        gap = words[last.last + 1:actor.first]
        if actor.first > last.last and actor.prep == last.prep and 0 < len(gap) <= 2 \
                and all(w.lower in german.LIST_GLUE or w.lower in german.GENITIVE_ARTICLES for w in gap) \
                and any(w.lower in german.LIST_GLUE for w in gap):
            out.append((actor, LINKED_LIST))
    return out


SUPPLIER = declare("talks-supplier", "talks participants", "the state a purchase under negotiation comes from "
                   "is the counterpart: „Indien will die Gespräche über Flugzeugkäufe aus Brasilien fortsetzen“")
# Nouns of buying and supplying, matched as a word's ending ("Flugzeugkäufe"): `kg/data/trade_nouns.tsv`.
TRADE = tuple(sorted(resources.load_word_list("trade_nouns.tsv")))


def _supplier(sentence: Sentence, cue: Cue) -> Actor | None:
    """The State after "aus" in the talks noun's "über" topic of trade ("über Flugzeugkäufe aus Brasilien")."""
    first, last = sentence.clause_of(cue.index)
    words = sentence.words
    about = next((i for i in range(cue.index + 1, min(last, cue.index + 3)) if words[i].lower in german.ABOUT_PREPOSITIONS), None)
    if about is None:
        return None
    trade = next((i for i in range(about + 1, min(last, about + 5))
                  if words[i].capitalized and words[i].lower.endswith(TRADE)), None)
    if trade is None:
        return None
    return next((a for a in sentence.actors_in(trade + 1, last) if a.type == "State" and a.prep in german.OUT_OF_PREPOSITIONS), None)


PAIRED_ADJECTIVES = declare("talks-paired-adjectives", "talks participants", "the states of a hyphenated pair of "
                            "adjectives before a talks noun take part: „die russisch-ukrainischen Verhandlungen“, „die US-iranischen "
                            "Atomgespräche“")


def _paired_adjectives(sentence: Sentence, cue: int, clause: list[Actor]) -> list[Actor]:
    """The states named by one hyphenated adjective word just before the noun ("deutsch-französischen"), also after
    a state's prefix ("US-iranischen")."""
    for j in (cue - 1, cue - 2):
        word = sentence.words[j] if j >= 0 else None
        if word is None or "-" not in word.text or not word.text.rsplit("-", 1)[1].islower():
            continue
        states = [a for a in clause if a.first == a.last == j and a.type == "State"]
        if len(states) >= 2:
            return states
    return []

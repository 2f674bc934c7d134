"""The words around a cue that the reading rules ask about: the genitive after a noun („Angriff
Russlands“), the agent written on it („US-Luftangriff“, „die Niederschlagung … durch X“), a
passive participle („wurden … festgenommen“), „von X“ inside a noun phrase („die von Russland
unterstützten Separatisten“), actors joined by „und“ or listed after a preposition, the two
actors after „zwischen“.
"""
from __future__ import annotations

from functools import lru_cache

from kg import german
from kg.extract.clauses import Actor, clause_particle, Sentence, Word
from kg.extract.event_cues import GENITIVE_TARGET, CueHit
from kg.extract.lexicon import plover_cues
from kg.extract.prepositions import attributive_participle_at
from kg.extract.rules import declare, fired
from kg.german import (AGENT_PREPOSITIONS, DETERMINERS, HAVE_BE, PASSIVE_AUXILIARIES, RELATIVE_ADVERBS, RELATIVES, SUBORDINATORS,
                       SUBORDINATORS_AMBIGUOUS)


def genitive_after(sentence: Sentence, hit: CueHit) -> Actor | None:
    """The actor right after the noun, as a genitive ("Angriff Russlands", "Seite der Ukraine")."""
    return next((actor for actor in sentence.actors if _genitive_of(sentence, hit.index, actor)), None)


def _genitive_of(sentence: Sentence, noun: int, actor: Actor) -> bool:
    """The actor stands right after the noun as its genitive: „Angriff Russlands“, „Seite der Ukraine“."""
    words = sentence.words
    return (actor.first == noun + 1 and words[actor.last].lower.endswith("s")
            or actor.first == noun + 2 and words[noun + 1].lower in german.GENITIVE_ARTICLES)


PREFIX_SOURCE = declare("event-noun-prefix-agent", "event cue", "a state or organisation prefixed to a noun cue "
                        "is its agent: „bei einem US-Luftangriff auf …“ → USA")


def noun_source(sentence: Sentence, hit: CueHit) -> Actor | None:
    """The agent written on the noun itself: "russischer Angriff", "Angriff Russlands"."""
    for actor in sentence.actors:
        if actor.last == hit.index - 1 and actor.type in ("State", "Organization") and not _helped(sentence, actor) \
                and not _located(sentence, actor) and not _addressed(sentence, actor):
            return actor
        if actor.first == actor.last == hit.index and actor.type in ("State", "Organization"):
            fired(PREFIX_SOURCE)
            return actor        # "US-Luftangriff", "IS-Terrorangriffe": the prefix names the agent
        if GENITIVE_TARGET in hit.entry.targets:
            continue            # "an der Seite der Ukraine": the genitive is the target
        if _genitive_of(sentence, hit.index, actor):
            return actor
    # the agent of a nominalised passive: "die Niederschlagung des Aufstands durch die Sowjetunion"
    first, last = sentence.clause_of(hit.index)
    return next((a for a in sentence.actors_in(first, last)
                 if a.prep in german.BY_PREPOSITIONS and hit.index < a.first <= hit.index + 8), None)


def _located(sentence: Sentence, actor: Actor) -> bool:
    """A name after „in“ says where, not whose: „sind in Russland Ermittlungen eingeleitet worden“."""
    return actor.prep in german.IN_PREPOSITIONS and sentence.words[actor.last].capitalized


ADDRESSED_NOT_OWNER = declare("event-noun-prepositional-not-owner", "event cue", "a body governed by a preposition "
                              "right before a noun cue is where or against whom the act goes, not who acts: "
                              "„Borlanien reichte beim Schiedsgericht Klage gegen Tarvonien ein“ → ACCUSE Borlanien → "
                              "Tarvonien, „Die Kommission reichte gegen Borlanien Klage ein“ → ACCUSE Kommission → "
                              "Borlanien; an agent after „von“ or „durch“ still acts")


def _addressed(sentence: Sentence, actor: Actor) -> bool:
    """A name after a preposition (not one of agents: „von“, „durch“) says where a complaint is lodged or whom it is
    against, not whose it is („beim Gerichtshof Klage“, „gegen Polen Klage“)."""
    if actor.prep is None or actor.prep in AGENT_PREPOSITIONS or actor.prep in german.IN_PREPOSITIONS \
            or not sentence.words[actor.last].capitalized:      # „wegen der russischen Einreiseverbote“: the owner
        return False
    fired(ADDRESSED_NOT_OWNER)
    return True


# words that open a clause of its own before a participle cue
CLAUSE_OPENERS = SUBORDINATORS | SUBORDINATORS_AMBIGUOUS | RELATIVES | RELATIVE_ADVERBS


def passive_cue(sentence: Sentence, cue: int) -> bool:
    """A participle cue with a passive auxiliary in its clause ("wurden … festgenommen")."""
    first, last = sentence.clause_of(cue)
    participle = _participle_shape(sentence.words[cue], strong=True)
    # the auxiliary may follow a coordinated participle: "ermittelt und bestraft werden",
    # or stand in the clause before it: "wurden festgenommen, verurteilt und freigelassen"
    span = sentence.words[first:max(last, min(len(sentence.words), cue + 5))]
    if participle and any(w.lower in PASSIVE_AUXILIARIES for w in span):
        return True
    if _infinitive_shaped(sentence.words[cue]) and any(w.lower in german.PAST_PASSIVE_AUXILIARIES for w in span):
        fired(PARTICIPLE_AS_INFINITIVE)     # „wurde aus der Haft entlassen“
        return True
    return participle and first > 0 and sentence.words[first].text == "," and \
        _participle_chain(sentence, cue) and any(w.lower in PASSIVE_AUXILIARIES for w in sentence.words[:first])


ELIDED_PASSIVE = declare("event-passive-elided", "event reading", "a transitive cue shaped as a participle that "
                         "ends its clause (before the full stop, „und“ or a dash) with no auxiliary nor other finite "
                         "verb before it and nothing in its object's place is a passive whose „wurde“ a headline "
                         "leaves out, in a main clause opening the sentence: „Zeitung in X beschlagnahmt.“, „Max Muster von der EU-Kommission verklagt.“; not "
                         "„Die EU-Kommission verklagt Max Muster.“")


def elided_passive(sentence: Sentence, hit: CueHit) -> bool:
    """The cue at `hit` is a participle whose passive auxiliary the sentence leaves out (`ELIDED_PASSIVE`)."""
    words, cue = sentence.words, hit.index
    if hit.noun or "obj" not in hit.entry.targets or not _participle_shape(words[cue], strong=True):
        return False
    first, _ = sentence.clause_of(cue)
    if cue + 1 < len(words) and words[cue + 1].text not in _CLAUSE_ENDS and words[cue + 1].lower not in german.AND_CONJUNCTIONS:
        return False
    # a main clause opening the sentence: a verb at the end of a subordinate clause is finite („…, was X bestreitet“)
    if first > 0 or cue == 0 or words[0].lower in CLAUSE_OPENERS or _zu_infinitive(words[cue]):
        return False
    if any(w.lower in german.AUXILIARIES or w.verbish and w.lower != w.lemma for w in words[:cue]):
        return False
    fired(ELIDED_PASSIVE)
    return True


_CLAUSE_ENDS = frozenset(".!?:;–-")


def _zu_infinitive(word: Word) -> bool:
    """„abzuschieben“: the lemma with „zu“ after its particle."""
    return german.INFINITIVE_PARTICLE in word.lower and word.lower.replace(german.INFINITIVE_PARTICLE, "", 1) == word.lemma


PARTICIPLE_AS_INFINITIVE = declare("event-passive-infinitive-participle", "event reading", "a participle spelt like "
                                   "its infinitive („entlassen“, „erlassen“) is a passive with a past form of „werden“, "
                                   "which takes no infinitive: „Der Journalist X wurde aus der Haft entlassen“")


def _infinitive_shaped(word: Word) -> bool:
    """A lower-case verb form in -en that is its own lemma („entlassen“): infinitive or participle alike."""
    return word.text.islower() and word.lower.endswith("en") and word.lower == word.lemma


def _participle_chain(sentence: Sentence, cue: int) -> bool:
    """The clause holds no finite verb of its own before the cue (", zu Haft verurteilt und …")."""
    first, _ = sentence.clause_of(cue)
    words = sentence.words[first:cue]
    if any(w.lower in PASSIVE_AUXILIARIES or w.lower in HAVE_BE or w.lower in CLAUSE_OPENERS for w in words):
        return False
    # a subject of its own makes the cue a finite verb (", falls Russland … einmarschiert")
    return not any(a.prep is None for a in sentence.actors_in(first, cue))


def in_attribute(sentence: Sentence, actor: Actor, bracket: bool = False, inflected: bool = False) -> bool:
    """ "von X" inside a noun phrase ("die von Russland unterstützten Separatisten"), not an agent; with
    `bracket`, also over a bracket after the name („die von X (ÖVP) erhobene Forderung“); with `inflected`, only
    before an inflected participle, not a preposition or a bare word („Lob gab es von X für Y“, „von X viel Lob“)."""
    words = sentence.words
    i = actor.last + 1
    if bracket and i < len(words) and words[i].text == "(":
        i = next((j + 1 for j in range(i, min(len(words), i + 6)) if words[j].text == ")"), i)
    if inflected and i < len(words) and (words[i].lower in german.PREPOSITIONS
                                         or not words[i].lower.endswith(german.ADJECTIVE_ENDINGS)):
        return False
    return i + 1 < len(words) and words[i].text.islower() and words[i + 1].capitalized


def attributive_agent(sentence: Sentence, cue: int) -> Actor | None:
    """X in "die von X unterstützte …": a participle used as an adjective, its agent before it."""
    word = sentence.words[cue]
    if not word.lower.endswith(german.PARTICIPLE_ADJECTIVE_ENDINGS) or word.lower == word.lemma:
        return None
    if cue + 1 >= len(sentence.words) or not sentence.words[cue + 1].capitalized:
        return None
    for actor in sentence.actors:
        if actor.prep in german.FROM_PREPOSITIONS and actor.last in (cue - 1, cue - 2) and actor.last < cue:
            return actor
    return None


def attributive_participle(sentence: Sentence, cue: int) -> bool:
    """A lower-case participle with an adjective ending between an article or adjective and a capitalised noun
    („die geforderten Reformen“, „eine lang vereinbarte Waffenruhe“), not a finite verb („Die EU kritisierte Russland“)."""
    return attributive_participle_at(sentence.words, cue)


def after_noun(sentence: Sentence, actor: Actor) -> bool:
    """The preposition before the actor follows a noun ("Besuchs von X")."""
    words = sentence.words
    i = actor.first - 1
    while i > 0 and words[i].lower not in german.AGENT_PREPOSITIONS:
        i -= 1
    return i > 0 and words[i - 1].capitalized and words[i - 1].text.isalpha()


def coordinated_with(sentence: Sentence, actor: Actor) -> list[Actor]:
    """The bare actor joined to `actor` by "und"/"sowie" ("der USA und Südkoreas")."""
    words = sentence.words
    for other in sentence.actors:
        if other.first > actor.last and other.prep is None and other.key != actor.key:
            gap = [w.lower for w in words[actor.last + 1:other.first]]
            joined = bool(gap) and gap[0] in german.ADDITIVE_CONJUNCTIONS and all(w in DETERMINERS for w in gap[1:])
            return [other] if joined else []
    return []


@lru_cache(maxsize=1)
def _help_nouns() -> frozenset[str]:
    """The nouns of support and aid ("Unterstützung", "Hilfe"): their genitive is their giver."""
    return frozenset(c.cue for c in plover_cues() if c.pos == "noun" and c.code in ("SUPPORT", "AID"))


def _helped(sentence: Sentence, actor: Actor) -> bool:
    """The actor is the genitive of a help noun before it ("mit Unterstützung Großbritanniens")."""
    words = sentence.words
    i = actor.first - 1
    return i >= 0 and words[i].capitalized and any(words[i].lower.endswith(n) for n in _help_nouns())


def particle_of(sentence: Sentence, i: int) -> str | None:
    """The separable particle closing the clause of word i, if any („nahm … teil“)."""
    particle = clause_particle(sentence, *sentence.clause_of(i))
    return particle[0] if particle else None


def listed_after(sentence: Sentence, head: Actor) -> list[Actor]:
    """The actors listed after `head` with its preposition carried over: „von den UN, den USA und der EU“."""
    return [a for a in sentence.actors if a.first > head.last and a.prep == head.prep and a.key != head.key
            and a.first - head.last <= 12]


def is_participle(word: Word, strong: bool = False) -> bool:
    """A verb's past participle by its form: „getötet“, „gefangen“ (not „nicht“, not an infinitive); with `strong`,
    also an -en participle without „ge-“ („festgenommen“, `_participle_shape`)."""
    return word.lower != word.lemma and word.lemma.endswith(german.INFINITIVE_ENDINGS) and \
        _participle_shape(word, strong=strong)


def _participle_shape(word: Word, strong: bool) -> bool:
    """A lower-case word shaped like a past participle: in -t („verurteilt“, also where the lemma table misses
    it), or „ge…en“; with `strong`, any -en form with a lemma of its own („festgenommen“ → „festnehmen“)."""
    low = word.lower
    return word.text.islower() and (low.endswith("t") or (low.startswith(german.PARTICIPLE_PREFIX) and low.endswith("en"))
                                    or (strong and low.endswith("en") and low != word.lemma))


def between_pair(sentence: Sentence, hit: CueHit) -> list[Actor]:
    """The two actors after "zwischen" following a noun."""
    pair = [a for a in sentence.actors if a.prep in german.BETWEEN_PREPOSITIONS and hit.index < a.first <= hit.index + 8]
    return pair[:2] if len(pair) >= 2 else []

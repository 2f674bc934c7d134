"""The targets of a cue: the actors in its slots (an object, a preposition's actor, a genitive after the slot's
noun), or a prepositional partner in an insertion of the same sentence.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Merkel kritisierte Russland."))
>>> acts = (Actor("person:merkel", "Official", 0, 0, None), Actor("state:russland", "State", 2, 2, None))
>>> [a.key for a in find_targets(Sentence(0, 0, 0, "", ws, acts, (), tuple(clause_ranges(ws))), 1, acts[:1], ("obj",))]
['state:russland']
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.subjects import coordinated_chain
from kg.german import AUXILIARIES


INSERTION_MARKS = frozenset({"–", "—", "-", "(", "["})      # clauses that open an insertion


def _verb_final(sentence: Sentence, cue: int, subject: Actor) -> bool:
    """An auxiliary between subject and cue ("hatten die Stadt erobert"): objects stand before the cue."""
    first, _ = sentence.clause_of(cue)
    return any(w.lower in AUXILIARIES for w in sentence.words[max(first, subject.last + 1):cue])


SLOT_GENITIVE = declare("event-target-slot-genitive", "event target", "the genitive of the noun in the cue's "
                        "preposition slot names the target: „Luftangriffe auf Stellungen der PKK“ → PKK")
_SLOT_GENITIVE_REACH = 6      # words from the preposition to the genitive actor


def _slot_genitive(sentence: Sentence, pool: list[Actor], place: str, cue: int) -> list[Actor]:
    """A bare actor in the genitive of the noun after the slot's preposition: „auf ein Lager der IS“."""
    words = sentence.words
    for i in range(cue + 1, min(len(words), cue + 8)):
        if words[i].lower != place:
            continue
        for a in pool:
            gap = words[i + 1:a.first]
            # "der PKK", "der Extremistenmiliz IS": the article, at most one head noun before the name
            k = len(gap) - 2 if len(gap) >= 3 and gap[-1].capitalized else len(gap) - 1
            if a.prep is None and 2 <= len(gap) <= _SLOT_GENITIVE_REACH and gap[k].lower in german.GENITIVE_ARTICLES \
                    and gap[k - 1].capitalized and not any(w.text in (",", ".") or w.verbish for w in gap):
                fired(SLOT_GENITIVE)
                return [a]
        return []
    return []


def _in_slot(actor: Actor, place: str) -> bool:
    """The actor stands after the slot's preposition, or after a contraction holding it („zur Türkei“ for „zu“)."""
    if actor.prep == place:
        return True
    if actor.prep in german.CONTRACTED and german.CONTRACTED[actor.prep] == place:
        fired(CONTRACTED_SLOT)
        return True
    return False


TOWARD_SLOT = declare("event-target-toward", "event target", "a cue's slot „Richtung“ holds the actor after „in "
                      "Richtung“: an appeal or criticism aimed at him: „Man müsse reden, appellierte Verbandschefin "
                      "Lea Wendtner in Richtung der ÖVP“ → REQUEST Wendtner → ÖVP; not a way taken („fuhr in Richtung "
                      "Linz“)")


def _toward(sentence: Sentence, actor: Actor, place: str) -> bool:
    """The actor stands after „in Richtung“ (and an article), where the cue's slot is that direction noun."""
    words = sentence.words
    k = actor.first - 1
    if k > 0 and words[k].lower in german.ARTICLES:
        k -= 1
    found = place in german.DIRECTION_NOUNS and k > 0 and words[k].lower == place \
        and words[k - 1].lower in german.TOWARD_PREPOSITIONS
    if found:
        fired(TOWARD_SLOT)
    return found


CONTRACTED_SLOT = declare("event-target-contracted-slot", "event target", "a cue's slot preposition is also "
                          "written contracted with the article: „Russland brach die Beziehungen zur Türkei ab“ → "
                          "the slot „zu“ holds die Türkei")


RENAMED_PHRASE_ACTOR = declare("event-target-renamed-phrase", "event target", "an actor inside the noun phrase "
                               "that the subject's name renames (`clause-name-apposition`) belongs to the subject, "
                               "not to the verb's objects: „Der Vizechef der Nordpartei, Jan Merk, forderte mehr Geld "
                               "für Schulen“ → Merk's REQUEST without a target, not one at the Nordpartei")


def _outside_renamed_phrase(sentence: Sentence, subject: Actor, actors: list[Actor]) -> list[Actor]:
    """The actors not inside the phrase from the clause's start to the comma that opens the subject's name
    (`event-target-renamed-phrase`)."""
    comma = subject.first - 1
    if comma not in sentence.renaming:
        return actors
    first, _ = sentence.clause_of(comma)
    kept = [a for a in actors if not first <= a.first <= a.last < comma]
    if len(kept) < len(actors):
        fired(RENAMED_PHRASE_ACTOR)
    return kept


def find_targets(sentence: Sentence, cue: int, subjects: tuple[Actor, ...], places: tuple[str, ...],
                 noun: bool = False) -> list[Actor]:
    """Targets of the cue: the actors after one of `places` ("obj" or prepositions), tried in order."""
    first, last = sentence.clause_of(cue)
    taken = {a.key for a in subjects}
    pool = [a for a in sentence.actors_in(first, last) if a.key not in taken]
    for place in places:
        if place == "obj":
            if noun:
                # "Festnahme des Oppositionellen X": a genitive actor right after the noun
                hits = [a for a in pool if a.prep is None and cue < a.first <= cue + 3]
            else:
                hits = [a for a in pool if a.prep is None and a.first > subjects[0].last] or \
                    _outside_renamed_phrase(sentence, subjects[0], [a for a in pool if a.prep is None])
                if _verb_final(sentence, cue, subjects[0]):
                    # "hatten Sanaa erobert und Präsident Hadi … gezwungen": Hadi belongs to the next verb
                    hits = [a for a in hits if a.first < cue]
        else:
            hits = [a for a in pool if (_in_slot(a, place) or _toward(sentence, a, place))
                    and (not noun or cue < a.first <= cue + 6)] or \
                _slot_genitive(sentence, pool, place, cue)
        if hits:
            return coordinated_chain(sentence, hits[0], pool)
    if not noun:
        # a prepositional partner in an insertion of the same sentence ("– also auch mit der Ukraine –")
        # insertions (clauses opened by a dash or bracket) and what follows the cue (its infinitive
        # complement: "hat sich bereiterklärt, in Syrien eng mit den USA … zu kooperieren"); a partner
        # of an earlier clause ("verstieß gegen UN-Resolutionen, weshalb …") is not this cue's target
        inserts = [(a, b) for a, b in sentence.clauses
                   if (a, b) != (first, last) and (a >= last or sentence.words[a].text in INSERTION_MARKS)]
        rest = [a for a in sentence.actors if a.key not in taken
                and any(x <= a.first < y for x, y in inserts)]
        for place in places:
            hits = [a for a in rest if place != "obj" and a.prep == place]
            if hits:
                return [hits[0]]
    return []

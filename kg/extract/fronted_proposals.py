"""A clause that fronts what one actor put to another before its finite verb: „Die Forderung der Nordpartei lehnt
die Südpartei ab“, „Den Vorschlag des Ministers wies der Verband zurück“.

The fronted noun phrase is the verb's object (PLOVER's REJECT turns down „a proposal, demand or accusation“), so
the named actor after the verb is the subject and the actor inside the phrase, whose proposal it was, is the one
acted on. The phrase opens with a determiner that is no masculine nominative („Der Vorschlag …“ is the subject) or
with a named owner in the genitive („Brunners Vorschlag“), and its head is a noun of
`kg/data/proposal_nouns.tsv`: a proposal, offer, demand, request or accusation, which REJECT turns down and AGREE
or SUPPORT take up; a compound matches by its ending („Reformvorschlag“, „Blockade-Vorwurf“). Nouns for a text or a
decision that speaks for itself („Bericht“, „Resolution“) are none: those are subjects („Eine Resolution der UNO
verurteilt …“).

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Die Forderung der Nordpartei lehnt die Südpartei ab."))
>>> acts = (Actor("org:nord", "Organization", 3, 3, None), Actor("org:sued", "Organization", 6, 6, None))
>>> s = Sentence(0, 0, 0, "", ws, acts, (), tuple(clause_ranges(ws)))
>>> found = fronted_proposal(s, 0, len(ws))
>>> found.verb, [a.key for a in found.owners]
(4, ['org:nord'])
"""
from __future__ import annotations

from dataclasses import dataclass

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, Word, dateline_end

PROPOSAL_NOUNS = tuple(sorted(n.lower() for n in resources.load_word_list("proposal_nouns.tsv")))
_ATTRIBUTE_REACH = 6        # words from the head noun to the finite verb: „der oppositionellen Partei von X“
_ADJECTIVE_REACH = 3        # adjectives between the determiner and the head noun


@dataclass(frozen=True)
class FrontedProposal:
    """A proposal, demand or accusation fronted before the clause's finite verb."""

    verb: int                       # the finite verb's index
    owners: tuple[Actor, ...]       # the actors inside the phrase (its owner, genitive or „von“ attribute)


def proposal_noun(word: Word) -> bool:
    """A noun of `proposal_nouns.tsv`, or a compound ending in one („Reformvorschlag“, „Blockade-Vorwurf“)."""
    return word.capitalized and word.text.replace("-", "").isalpha() and word.lower.endswith(PROPOSAL_NOUNS)


def fronted_proposal(sentence: Sentence, lead: int, last: int) -> FrontedProposal | None:
    """The proposal phrase opening the clause at `lead` (up to `last`) right before its finite verb, if any."""
    words = sentence.words
    head = _head(sentence, lead, last)
    if head is None or not proposal_noun(words[head]) or any(a.first <= head <= a.last for a in sentence.actors):
        return None
    for k in range(head + 1, min(last, head + _ATTRIBUTE_REACH + 1)):
        w = words[k]
        if w.verb_or_auxiliary and not w.capitalized:
            owners = tuple(a for a in sentence.actors_in(lead, k) if a.prep is None or a.prep in german.FROM_PREPOSITIONS)
            return FrontedProposal(k, owners)
        if not (w.text.isalpha() or any(a.first <= k <= a.last for a in sentence.actors)):
            return None     # a comma, a bracket: no plain noun phrase
    return None


def proposal_before_aside(sentence: Sentence, clause: tuple[int, int]) -> FrontedProposal | None:
    """The proposal phrase opening the sentence whose content a clause after it spells out (a zu-infinitive, a
    „dass“ or relative clause, asides between dashes) where `clause` is the first clause after those that opens
    with a comma and its finite verb: „Den Plan von X, die Steuern zu erhöhen, lehnte Y ab“ (`verb` is that
    verb's index)."""
    first, last = clause
    words = sentence.words
    if first == 0 or words[first].text != "," or first + 1 >= last or not words[first + 1].verb_or_auxiliary \
            or words[first + 1].capitalized:
        return None
    start = dateline_end(words)
    opening = sentence.clause_of(start)
    head = _head(sentence, start, opening[1])
    if head is None or not proposal_noun(words[head]) or any(a.first <= head <= a.last for a in sentence.actors) \
            or opening[1] - head > _ATTRIBUTE_REACH + 1 or words[opening[1]].text != ",":
        return None
    asides = [c for c in sentence.clauses if opening[1] <= c[0] < first]
    if not asides or not _spells_out(sentence, asides[0]) or any(_opens_with_verb(sentence, c) for c in asides):
        return None
    owners = tuple(a for a in sentence.actors_in(start, opening[1]) if a.prep is None or a.prep in german.FROM_PREPOSITIONS)
    return FrontedProposal(first + 1, owners) if owners else None


def _spells_out(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """The clause after the proposal's comma states its content: a zu-infinitive or a „dass“ or relative clause."""
    words = sentence.words[clause[0] + 1:clause[1]]
    return bool(words) and (words[0].lower in german.COMPLEMENTIZERS or words[0].lower in german.RELATIVES
                            or any(w.lower == german.INFINITIVE_PARTICLE or _zu_form(w.lower) for w in words))


def _zu_form(low: str) -> bool:
    """A separable verb's zu-infinitive written as one word („auszuweiten“)."""
    return any(low.startswith(p + german.INFINITIVE_PARTICLE) and len(low) > len(p) + 4
               for p in german.SEPARABLE_PARTICLES)


def _opens_with_verb(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """A clause opened by a comma and a finite verb: the main clause goes on there („…, lehnte Y ab“)."""
    first, last = clause
    words = sentence.words
    return words[first].text == "," and first + 1 < last and words[first + 1].verb_or_auxiliary \
        and not words[first + 1].capitalized


def _head(sentence: Sentence, lead: int, last: int) -> int | None:
    """The head noun's index of a phrase opening at `lead` with a determiner that is no masculine nominative and
    lower-case adjectives, or with a named owner in the genitive („Brunners Vorschlag“)."""
    words = sentence.words
    owner = next((a for a in sentence.actors if a.first == lead and a.prep is None), None)
    if owner is not None:
        ending = words[owner.last].lower
        return owner.last + 1 if owner.last + 1 < last and ending.endswith(german.SHORT_GENITIVE_ENDING) else None
    if lead >= last or words[lead].lower not in german.DETERMINERS \
            or words[lead].lower in german.MASCULINE_NOMINATIVE_DETERMINERS:
        return None
    k = lead + 1
    while k < last and k - lead <= _ADJECTIVE_REACH and words[k].text.isalpha() and words[k].text.islower() \
            and not words[k].verb_or_auxiliary:
        k += 1
    return k if k < last else None

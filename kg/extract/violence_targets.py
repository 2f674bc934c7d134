"""Whom violence acts on when its target stands in the genitive of the noun it is done to: the genitive's owner
where that noun names his people, forces, positions or property („Luftangriffe auf Stellungen der Miliz“), no one
where it names a policy, a rule or a plan („kämpfte gegen die Sparpolitik der Nachbarn“): a fight against an
abstract thing is no attack on its owner (`kg/data/force_nouns.tsv`).
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.event_reading import GUARD_STAGE, NOTHING, CueReading
from kg.extract.rules import declare, fired

VIOLENT_CODES = frozenset({"ASSAULT"})
FORCE_NOUNS = tuple(sorted(resources.listed_words("force_nouns.tsv")))

ABSTRACT_OBJECT = declare("event-violence-abstract-object", GUARD_STAGE, "violence against a noun that names no "
                          "people, forces, positions or property of the actor in its genitive is no attack on that "
                          "actor: „Als Ministerin kämpfte Lena Hauber gegen die Sparpolitik der Nachbarländer“ "
                          "assaults no one; „Die Armee kämpfte gegen Stellungen der Miliz“ attacks the Miliz")


def genitive_head(sentence: Sentence, actor: Actor) -> str | None:
    """The noun whose genitive attribute the actor phrase is („das Sparpaket der Regierung“ → „Sparpaket“), over
    the genitive article, adjectives and one head noun of the actor's own („der Terrormiliz X“), else None."""
    words = sentence.words
    k = actor.first - 1
    while k > 0 and words[k].text.islower() and words[k].lower.endswith(german.ADJECTIVE_ENDINGS) \
            and words[k].lower not in german.GENITIVE_ARTICLES:
        k -= 1
    if k > 1 and words[k].capitalized and words[k - 1].lower in german.GENITIVE_ARTICLES:
        k -= 1      # the actor's own head noun: „Stellungen der Terrormiliz X“
    if k > 0 and words[k].lower in german.GENITIVE_ARTICLES and words[k - 1].capitalized \
            and words[k - 1].text.isalpha():
        return words[k - 1].lower
    return None


def _struck(sentence: Sentence, actor: Actor) -> bool:
    """Violence on the actor's phrase strikes the actor: it is no genitive of a noun that names none of his own."""
    head = genitive_head(sentence, actor)
    return head is None or head.endswith(FORCE_NOUNS)


def violence_targets(sentence: Sentence, code: str, got: CueReading) -> CueReading:
    """The reading without the targets a violent act only reaches through an abstract noun they own; no event
    where none is left."""
    if code not in VIOLENT_CODES or not got.targets:
        return got
    kept = tuple(t for t in got.targets if _struck(sentence, t))
    if len(kept) == len(got.targets):
        return got
    fired(ABSTRACT_OBJECT)
    return CueReading(got.subjects, kept, got.factors, got.rules) if kept else NOTHING

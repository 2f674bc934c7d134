"""A person named by a nationality in a talks sentence: „Castro empfing den Argentinier“, „Die Schwedin traf sich
mit Vertretern von ÖGB“. The epithet stands for the person the sentence before was about, where nothing the
article says of that person's state contradicts the nationality.

The singular forms come from the plural demonyms of `states.tsv`: „Schweden“ → „Schwede“, „Schwedin“;
„Argentinier“ → „Argentinier“, „Argentinierin“.

>>> _forms()["schwedin"]
('state:schweden', True)
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare
from kg.facts import entity_key

EPITHET = declare("talks-nationality-epithet", "talks participants", "a singular nationality noun with its article "
                  "in a talks sentence („den Argentinier“, „die Schwedin“) is the official the sentence before was "
                  "about, unless the article ties that official to another state: „EU-Kommissarin Cecilia Malmström "
                  "war in Wien. Die Schwedin traf sich mit Vertretern des ÖGB.“")
FEMININE_ENDING = german.FEMININE_NOUN_ENDING
MASCULINE_E = german.MASCULINE_NOUN_E
PLURAL_EN = german.DEMONYM_PLURAL_EN
PLURAL_ER = german.ER_SUFFIX
# the articles of a singular: feminine „die/der Schwedin“; masculine „der/den/dem Argentinier“, „der Schwede“
FEMININE_ARTICLES = german.APPOSITION_ARTICLES
MASCULINE_ARTICLES = german.MASCULINE_ARTICLES


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, bool]]:
    """Lower-cased singular demonym → (its state's key, whether the form is feminine)."""
    out: dict[str, tuple[str, bool]] = {}
    for state in resources.load_states():
        key = entity_key("State", state.name)
        for plural in state.demonyms:
            low = plural.lower()
            if low.endswith(PLURAL_EN):                     # "Schweden" → "Schwede", "Schwedin"
                out.setdefault(low[:-len(PLURAL_EN)] + MASCULINE_E, (key, False))
                out.setdefault(low[:-len(PLURAL_EN)] + FEMININE_ENDING, (key, True))
            elif low.endswith(PLURAL_ER):                   # "Argentinier" → "Argentinier", "Argentinierin"
                out.setdefault(low, (key, False))
                out.setdefault(low + FEMININE_ENDING, (key, True))
    return out


def singular_demonym(low: str) -> tuple[str, bool] | None:
    """(state key, feminine) of a lower-cased singular nationality noun („schwede“, „argentinierin“), else None."""
    return _forms().get(low)


def with_epithets(sentence: Sentence, prev: Actor | None, reading: EntityReading) -> tuple[Sentence, frozenset[int]]:
    """The sentence with each nationality epithet read as `prev` (an official of a compatible state), and the
    word indices of the epithets so read."""
    if prev is None or prev.type != "Official":
        return sentence, frozenset()
    words, forms = sentence.words, _forms()
    found: list[Actor] = []
    for i in range(1, len(sentence.words)):
        form = forms.get(words[i].lower) if words[i].capitalized else None
        if form is None or not _singular(words[i - 1].lower, form[1]) or not _compatible(prev.key, form[0], reading):
            continue
        if i + 1 < len(words) and words[i + 1].capitalized:
            continue        # "die Schwedin Greta Thunberg": the noun describes the name after it
        if any(a.key == prev.key for a in sentence.actors):
            return sentence, frozenset()
        found.append(replace(prev, first=i, last=i, prep=_prep(sentence, i), resolved=True))
    if not found:
        return sentence, frozenset()
    taken = {a.first for a in found}
    # the epithet's state, where the names read it as one („den Argentinier“ → Argentinien), is the person now
    kept = [a for a in sentence.actors if not any(a.first <= i <= a.last for i in taken)]
    return replace(sentence, actors=tuple(sorted(kept + found, key=lambda a: a.first))), frozenset(taken)


def _singular(article: str, feminine: bool) -> bool:
    return article in (FEMININE_ARTICLES if feminine else MASCULINE_ARTICLES)


def _compatible(person: str, state: str, reading: EntityReading) -> bool:
    """The person is tied to no state, or to this one."""
    states = reading.states_of(person)
    return not states or state in states


def _prep(sentence: Sentence, i: int) -> str | None:
    """The preposition before the epithet's article ("mit der Schwedin" → "mit"), else None."""
    if i >= 2 and sentence.words[i - 2].lower in german.PREPOSITIONS:
        return sentence.words[i - 2].lower
    return None

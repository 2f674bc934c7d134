"""A predecessor or successor in office: „Bans Vorgänger Boutros Boutros-Ghali“, „Netschajew hatte seinen
Vorgänger Stanislaw Ossadtschij abgelöst“, „sein Nachfolger Hans Jörg Schelling“.

The person named after „Vorgänger“ or „Nachfolger“ held the office of the one it belongs to: the
name in the genitive before it, or, after a possessive, the nearest official named before in the
sentence or the one before it. He is an official acting for whom the other acts
(`official-affiliation-office`); his role, „Vorgänger“ being none, is left to what else the text says.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Der Minister Max Muster trat ab. Sein Nachfolger Hans Beispiel kommt aus Graz."
>>> [(e.name, e.role) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities]
[('Max Muster', 'Minister'), ('Hans Beispiel', None), ('Graz', None)]
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.person_spans import person_ending_at
from kg.extract.rules import rule

_REACH = 1      # sentences before the noun's own where a possessive's owner may be named


@lru_cache(maxsize=1)
def _office_nouns() -> frozenset[str]:
    """`succession_nouns.tsv`: „Vorgänger“, „Nachfolgerin“, „Amtsvorgänger“ …"""
    return resources.load_word_list("succession_nouns.tsv")


def _successor(st: ReadingState, i: int) -> PersonDraft | None:
    """The person named right after the noun at i, past a comma („seinem Vorgänger, Richard Falk“) or a
    coordinated noun, maybe after adjectives („sein Nachfolger und Parteifreund Hans Mayer“, „ihren Nachfolger
    und früheren Vorgesetzten Max Muster“)."""
    words, k = st.words, i + 1
    if k < len(words) and words[k] == ",":
        k += 1
    elif k + 1 < len(words) and words[k] in german.AND_CONJUNCTIONS:
        k += 1
        while k < len(words) and k - i <= _ADJECTIVES and words[k].islower() \
                and words[k].endswith(german.ADJECTIVE_ENDINGS):
            k += 1      # „sein Nachfolger und früherer Vorgesetzter X“
        k += 1 if k < len(words) and words[k][:1].isupper() and k not in st.person_at else len(words)
    return st.person_at.get(k)


_ADJECTIVES = 3     # tokens from the noun past „und“ and the adjectives of a coordinated noun


def _owner(st: ReadingState, i: int, successor: PersonDraft) -> PersonDraft | None:
    """Whose office the noun at i names: a name in the genitive right before it, or after a possessive the
    nearest official named before in the sentence or the one before it."""
    words = st.words
    if i > 0 and words[i - 1].lower() in german.POSSESSIVES:
        s = st.sent_of[i]
        for tok in range(i - 2, -1, -1):
            if st.sent_of[tok] < s - _REACH:
                return None
            p = st.person_at.get(tok)
            if p is not None and p is not successor and (p.official or p.title_tok is not None or p.known):
                return p
        return None
    if i > 0 and words[i - 1].endswith(("s", "'", "’")):     # "Bans Vorgänger", "Tsipras' Nachfolger"
        found = person_ending_at(st, i - 1 if words[i - 1] in ("'", "’") else i)
        return found[1] if found is not None else st.person_at.get(i - 1)
    return None


@rule("official-succession", "the person named after „Vorgänger“ or „Nachfolger“ held the office of its owner "
      "(a genitive name, or a possessive's nearest official before): „Bans Vorgänger Boutros Boutros-Ghali“, "
      "„Minister Max Muster trat ab. Sein Nachfolger Hans Beispiel …“ → an official of that office", "persons")
def successions(st: ReadingState) -> None:
    nouns = _office_nouns()
    for i in st.tokens_of(nouns):
        successor = _successor(st, i)
        owner = _owner(st, i, successor) if successor is not None else None
        if owner is None or owner is successor or successor.office_of is not None or not (
                owner.official or owner.title_tok is not None or owner.known):
            continue
        successor.office_of, successor.official = owner, True
        successor.rules.append("official-succession")

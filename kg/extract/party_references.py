"""A party named through a reference to its member rather than his name: a possessive opening the
sentence after him („Max Muster sprach. Seine Partei Syriza verliert.“). (His title in the genitive after
the party, „die Syriza des Regierungschefs“, is read with the party's possessives in `parties`.)

German news names a politician once and then refers to him; his party often comes only in such a
reference. The reading needs one sure referent: the one person the sentence before names.
"""
from __future__ import annotations

from kg import german
from kg.extract.party_lookup import party_after
from kg.extract.reading import ReadingState
from kg.extract.rules import rule


def _opens_sentence(st: ReadingState, tok: int) -> bool:
    """Token `tok` is the first word of its sentence (not of a quote: „„Ihre Partei …“, sagte X zu Y“)."""
    return tok == 0 or st.sent_of[tok - 1] != st.sent_of[tok]


@rule("relation-party-sentence-possessive", "a possessive opening a sentence before a party (past adjectives and a "
      "party noun) names the party of the one person the sentence before names: „Regierungschef Max Muster sprach. "
      "Seine Partei Syriza verliert.“ → memberOf Syriza; not where the sentence before names two persons",
      "relations")
def party_sentence_possessives(st: ReadingState) -> None:
    words = st.words
    for b in range(1, len(words) - 1):
        if words[b].lower() not in german.THIRD_PERSON_POSSESSIVES or not _opens_sentence(st, b):
            continue
        party = party_after(st, b + 1)
        s = st.sent_of[b]
        before = {id(p): p for tok, p in st.person_at.items() if st.sent_of[tok] == s - 1}
        if party is None or len(before) != 1:
            continue
        p = next(iter(before.values()))
        if not p.party:
            p.join(party, "relation-party-sentence-possessive", official=True)

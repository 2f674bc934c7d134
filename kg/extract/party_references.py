"""A party named through a reference to its member rather than his name: his title in the genitive
after the party („die Syriza des Regierungschefs“) or a possessive opening the sentence after him
(„Max Muster sprach. Seine Partei Syriza verliert.“).

German news names a politician once and then refers to him; his party often comes only in such a
reference. Both readings need one sure referent: the one person holding that title in the article, the
one person the sentence before names.
"""
from __future__ import annotations

from kg import german
from kg.extract.party_lookup import party_after, party_hits
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import rule


def _title_holder(st: ReadingState, key: str) -> PersonDraft | None:
    """The one person of the article whose title hit has the key `key`."""
    holders = {id(p): p for p in st.person_at.values() if p.title_tok is not None
               and any(x.label == "TITLE" and x.key == key for x in st.by_tok.get(p.title_tok, []))}
    return next(iter(holders.values())) if len(holders) == 1 else None


@rule("relation-party-title-genitive", "a party before a masculine genitive article and a title with no name after "
      "it is the party of the one person of the article holding that title: „Regierungschef Max Muster sprach. Die "
      "Syriza des Regierungschefs verliert.“ → memberOf Syriza; not where two persons hold the title", "relations")
def party_title_genitives(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        k = h.tok_end
        if k + 1 >= len(words) or words[k] not in german.MASCULINE_GENITIVE_ARTICLES or st.person_at.get(k + 2):
            continue
        title = next((x for x in st.by_tok.get(k + 1, []) if x.label == "TITLE" and x.tok == k + 1), None)
        p = _title_holder(st, title.key) if title is not None else None
        if p is not None and not p.party:
            p.join(h.key, "relation-party-title-genitive")


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

"""The data files the entity reading looks words up in, keyed for lookups and built once per process
(`tables`), with the question about words those tables answer: whether a title serves a person (`serves_person`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg import german, resources


@dataclass(frozen=True)
class Tables:
    """The data files, keyed for lookups; built once per process."""

    states: dict[str, resources.StateRecord]
    orgs: dict[str, resources.OrgRecord]
    places: dict[str, resources.PlaceRecord]
    people: dict[str, resources.PersonRecord]
    state_verbs: frozenset[str]
    role_adjectives: frozenset[str]
    party_titles: frozenset[str]
    acting_capitals: dict[str, str]
    parliaments: dict[tuple[str, str], str]   # (body word, ISO code) → the organisation: ("Parlament", "UA") → Rada
    # … the same where the article names that organisation too: ("Parlament", "PL") → Sejm
    named_parliaments: dict[tuple[str, str], str]
    central_banks: dict[tuple[str, str], str]   # (body word, ISO code) → the listed central bank: GB → Bank of England
    capital_adjectives: dict[str, str]    # "Prager" → CZ: city adjectives in -er do not inflect
    relation_nouns: tuple[str, ...]        # "Verhältnis": a capital after one and "zu" is a government
    seat_words: frozenset[str]             # "Regierung": "die Regierung in Kiew" is the government
    leader_words: frozenset[str]           # "Regierung": "die Regierung unter X" makes X its leader
    municipal_parts: tuple[str, ...]       # "bürgermeister": "Wiens Bürgermeister" is the city's
    member_words: frozenset[str]           # "Mitglied": "Nato-Mitglied Türkei"
    accession_words: frozenset[str]        # "Beitritt": "den Beitritt der Türkei zur EU"
    lead_verbs: frozenset[str]             # "leitet": "X leitet die SPD"
    adviser_endings: tuple[str, ...]       # "berater": "Sicherheitsberater von X" advises X
    spokesperson_endings: tuple[str, ...]  # "sprecher": "der Sprecher von Präsident X" speaks for (advises) X
    staff_titles: frozenset[str]           # "stabschef": "sein Stabschef X" serves (advises) him
    party_adjective_names: frozenset[str]  # "Grüne": before a name an adjective, not the party
    party_nouns: frozenset[str]            # "Partei": "X von der Partei Winaq" (context_nouns.tsv, kind party)


def serves_person(t: Tables, key: str) -> bool:
    """A spokesperson's title („Sprecherin“) or a personal staff title (`staff_titles.tsv`: „Stabschef“): it serves
    the person a genitive, a possessive or „von“ names („Putins Sprecher“, „sein Stabschef“)."""
    folded = key.casefold()
    return folded.endswith(t.spokesperson_endings) or folded in t.staff_titles


@lru_cache(maxsize=1)
def tables() -> Tables:
    government = list(resources.rows("government_words.tsv"))
    members = list(resources.rows("member_words.tsv"))
    parliaments = list(resources.rows("parliaments.tsv"))
    return Tables(
        states={s.iso2: s for s in resources.load_states()},
        orgs={o.name: o for o in resources.load_organizations()},
        places={p.name: p for p in resources.load_places()},
        people={p.name: p for p in resources.load_people()},
        state_verbs=resources.load_word_list("state_verbs.tsv"),
        role_adjectives=resources.load_word_list("role_adjectives.tsv"),
        party_titles=resources.load_word_list("party_titles.tsv"),
        acting_capitals={r["place"]: r["organization"] for r in resources.rows("acting_capitals.tsv")},
        parliaments={(r["body"], r["iso2"]): r["organization"] for r in parliaments if r["named"] == "no"},
        named_parliaments={(r["body"], r["iso2"]): r["organization"] for r in parliaments if r["named"] == "yes"},
        central_banks={(body, iso): name for body, iso, name in resources.commented_rows("central_banks.tsv")},
        capital_adjectives={c + german.ER_SUFFIX: s.iso2 for s in resources.load_states() for c in s.capitals[:1]
                            if " " not in c and not c.endswith(("a", "e", "i", "o"))},
        relation_nouns=tuple(sorted(resources.load_word_list("relation_nouns.tsv"))),
        seat_words=frozenset(r["word"] for r in government if r["seat"] == "yes"),
        leader_words=frozenset(r["word"] for r in government if r["leader"] == "yes"),
        municipal_parts=tuple(sorted(resources.load_word_list("municipal_words.tsv"))),
        member_words=frozenset(r["word"] for r in members if r["kind"] == "member"),
        accession_words=frozenset(r["word"] for r in members if r["kind"] == "accession"),
        lead_verbs=resources.load_word_list("lead_verbs.tsv"),
        adviser_endings=tuple(sorted(resources.load_word_list("adviser_words.tsv"))),
        spokesperson_endings=tuple(sorted(resources.load_word_list("spokesperson_words.tsv"))),
        staff_titles=resources.listed_words("staff_titles.tsv"),
        party_adjective_names=resources.load_word_list("party_adjective_names.tsv"),
        party_nouns=frozenset(r["noun"] for r in resources.rows("context_nouns.tsv") if r["kind"] == "party"),
    )

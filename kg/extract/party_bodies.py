"""A body of a party, named with the party's prefix („der ÖVP-Wirtschaftsbund“, „die SPD-Frauen“): its officers
are members of the party. German news names such a body once with its party and then alone („Wirtschaftsbund-
Generalsekretär X“), so the officer's title names no party itself.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Der SPÖ-Winzerbund tagte am Montag. Winzerbund-Obmann Max Muster warnte."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:max-muster', 'org:spo')]
"""
from __future__ import annotations

from kg import german
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, rule
from kg.facts import entity_key

PARTY_BODY = declare("relation-party-body-officer", "title party", "an official who acts for a body the article "
                     "also names after a party's prefix („der SPÖ-Winzerbund“) is a member of that party: „Der "
                     "SPÖ-Winzerbund tagte. Winzerbund-Obmann Max Muster warnte.“ → memberOf SPÖ; not where the "
                     "body is named without a party („Der Winzerbund tagte …“), nor an official whose own words "
                     "name his party")


def _party_bodies(st: ReadingState) -> dict[str, str]:
    """The entity key of each body the article names after a party's prefix, with the party's key: „ÖVP-Wirtschaftsbund“
    → {org:wirtschaftsbund: ÖVP}."""
    out: dict[str, str] = {}
    for i, w in enumerate(st.words):
        prefix, _, rest = w.partition("-")
        if not rest or "-" in rest:
            continue
        party = next((x.key for x in st.by_tok.get(i, []) if x.label == "ORG" and x.form == "prefix"
                      and x.text == prefix and st.orgs[x.key].kind == "party"), None)
        if party is not None:
            for name in (rest, *german.genitive_stems(rest)):
                out.setdefault(entity_key("Organization", name), party)
    return out


def party_body_officers(st: ReadingState) -> None:
    """Each official without a party who acts for a party's body joins that party."""
    bodies = None
    for p in {id(p): p for p in st.person_at.values()}.values():
        if not p.official or p.party is not None or p.affiliation is None:
            continue
        bodies = _party_bodies(st) if bodies is None else bodies
        party = bodies.get(p.affiliation)
        if party is not None and p.affiliation != entity_key("Organization", party):
            p.join(party, PARTY_BODY)


_BODY_PREPOSITIONS = german.IN_PREPOSITIONS | german.GENITIVE_ARTICLES      # „Obmann im Winzerbund“, „des Winzerbunds“


@rule("relation-party-body-title", "the name after a comma behind a title, „im“, „in der“ or a genitive article and a "
      "body the article also names after a party's prefix is a member of that party: „Der SPÖ-Winzerbund tagte. Das "
      "sah auch sein Obmann im Winzerbund, Max Muster, so.“ → memberOf SPÖ; not where the body is named without a "
      "party („Der Winzerbund tagte …“)", "relations")
def party_body_titles(st: ReadingState) -> None:
    words, n, bodies = st.words, len(st.words), None
    for h in st.hits:
        k = h.tok_end
        if h.label != "TITLE" or k + 3 >= n or words[k] not in _BODY_PREPOSITIONS:
            continue
        k += 2 if words[k + 1] in german.DEFINITE_ARTICLES else 1
        bodies = _party_bodies(st) if bodies is None else bodies
        party = next((bodies[key] for key in (entity_key("Organization", name) for name in
                                               (words[k], *german.genitive_stems(words[k]))) if key in bodies), None)
        p = st.person_at.get(k + 2) if party is not None and k + 2 < n and words[k + 1] == "," else None
        if p is not None and not p.party:
            p.join(party, "relation-party-body-title", official=True)

"""The chamber a member's title names: „Bundesrat Max Muster“, „der Grüne-Nationalrat Max Muster“ (read by
`persons.chamber_members`) act for that chamber, the state's body the word names (`body_states.late_bodies` gives a
generic chamber, „Bundesrat“, its state: Austria's in an article on Austria) or the listed chamber („Nationalrat“).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Bundesrat Max Muster (ÖVP) kritisierte den Plan."
>>> [e.affiliations for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities if e.name == "Max Muster"]
[('state:osterreich', 'org:ovp', 'org:bundesrat-at')]
"""
from __future__ import annotations

from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired

CHAMBER_BODY = declare("official-affiliation-chamber", "official affiliation", "a chamber's name that is a member's "
                       "title („Bundesrat Max Muster“, „der Grüne-Nationalrat Max Muster“) names the chamber the "
                       "member acts for: the state's chamber of that name („Bundesrat Max Muster (ÖVP)“ for Austria's "
                       "Bundesrat), or the listed one (Nationalrat); not „der Bundesrat beschloss, Max Muster …“ (no "
                       "member's title)")


def chamber_affiliations(st: ReadingState) -> None:
    """Each official a chamber's name made a member of it acts for that chamber, where the name is an organisation."""
    for p, tok in st.chamber_titles:
        d = st.drafts.get(p.key) if p.key else None
        if d is None or d.type != "Official":
            continue
        body = st.body_at.get(tok)
        listed = None if body is not None else next(
            (x.key for x in st.by_tok.get(tok, ()) if x.label == "ORG" and st.orgs[x.key].kind == "government"), None)
        key = body.key if body is not None else st.org(listed, st.idx[tok]).key if listed is not None else None
        if key is not None and key not in d.affiliations:
            fired(CHAMBER_BODY)
            d.affiliate(key, CHAMBER_BODY)

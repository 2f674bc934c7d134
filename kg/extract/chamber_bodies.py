"""The chamber a member's title names: „Bundesrat Max Muster“, „der Grüne-Nationalrat Max Muster“ (read by
`persons.chamber_members`) act for that chamber, the state's body the word names (`body_states.late_bodies` gives a
generic chamber, „Bundesrat“, its state: Austria's in an article on Austria) or the listed chamber („Nationalrat“).
A one-word title opening with a generic body's name („Rechnungshofpräsidentin“) acts for that body where the article
places it (`body_title_affiliations`).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Bundesrat Max Muster (ÖVP) kritisierte den Plan."
>>> [e.affiliations for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities if e.name == "Max Muster"]
[('state:osterreich', 'org:ovp', 'org:bundesrat-at')]
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from kg import german, resources
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


BODY_TITLE = declare("official-affiliation-body-title", "official affiliation", "an official whose title is one word "
                     "opening with the name of a state's generic body (`government_bodies.tsv`: Rechnungshof, "
                     "Innenministerium, Parlament), maybe with a linking -s, acts for that body where the article "
                     "names it, the nearest before the title, else the first after: „Wien – Der Rechnungshof rügt "
                     "die Stadt. Rechnungshofpräsidentin Eva Muster fordert eine Reform.“ for Austria's Rechnungshof; "
                     "not where the article names no such body („Rechnungshofpräsidentin Eva Muster fordert eine "
                     "Reform.“ alone: no body is made for her)")


def body_title_affiliations(st: ReadingState) -> None:
    """Each official whose one-word title opens with a generic body's name acts for the body of that name the article
    places (`body_states.late_bodies`), the nearest before the title, else the first after."""
    placed = _placed_bodies(st)
    if not placed:
        return
    for p in st.people.values():
        d = st.drafts.get(p.key) if p.key else None
        name = _body_of_title(d.role) if d is not None and d.type == "Official" and d.role else None
        if name is None or name not in placed:
            continue
        at = p.title_tok if p.title_tok is not None else st.tok_at(p.first)
        toks = placed[name]
        k = bisect.bisect_right([t for t, _ in toks], at)
        key = toks[k - 1 if k else 0][1]
        if key not in d.affiliations:
            fired(BODY_TITLE)
            d.affiliate(key, BODY_TITLE)


def _placed_bodies(st: ReadingState) -> dict[str, list[tuple[int, str]]]:
    """The generic bodies the article places, by the body's name: (token, entity key) in text order."""
    placed: dict[str, list[tuple[int, str]]] = {}
    for tok in sorted(st.body_at):
        name = next((x.key for x in st.by_tok.get(tok, ()) if x.label == "BODY" and x.tok == tok), None)
        if name is not None:
            placed.setdefault(name, []).append((tok, st.body_at[tok].key))
    return placed


def _body_of_title(role: str) -> str | None:
    """The generic body's name a one-word title opens with („Rechnungshofpräsident“ → Rechnungshof), else None."""
    if "-" in role or " " in role:
        return None
    for name in _body_names():
        rest = role[len(name):]
        linked = rest[:1] != german.SHORT_GENITIVE_ENDING or rest[1:2].islower()      # „Parlaments-präsident“
        if role.startswith(name) and rest[:1].islower() and linked:
            return name
    return None


@lru_cache(maxsize=1)
def _body_names() -> tuple[str, ...]:
    """The one-word names of the generic bodies (`government_bodies.tsv`), the longest first."""
    return tuple(sorted((b.name for b in resources.load_government_bodies() if " " not in b.name), key=len,
                        reverse=True))

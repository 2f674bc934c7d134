"""The chamber a member's title names: „Bundesrat Max Muster“, „der Grüne-Nationalrat Max Muster“ (read by
`persons.chamber_members`) act for that chamber, the state's body the word names (`body_states.late_bodies` gives a
generic chamber, „Bundesrat“, its state: Austria's in an article on Austria) or the listed chamber („Nationalrat“).
A one-word title opening with a generic body's name („Rechnungshofpräsidentin“) acts for that body where the article
places it (`body_title_affiliations`). An official tied to a state whose one-word title joins a body's noun to an
officer's title („Ministeriumssprecher“) acts for the state's body of that noun named near it as well
(`body_noun_titles`); an official tied to one state's bodies only acts for that state as well (`body_states`).

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
from kg.extract.drafts import Draft
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


BODY_NOUN_TITLE = declare("official-affiliation-body-noun-title", "official affiliation", "an official tied to a "
                          "state (and maybe a party) and to no other body, whose one-word title joins a body's noun "
                          "to an officer's title („Ministeriumssprecher“, „Behördenchefin“: the noun, maybe with a "
                          "linking -s or -n, then a head of `named_body_titles.tsv` or a title of "
                          "`body_officer_titles.tsv`) acts for the state's body as well that the article reads (a "
                          "government or armed Organization) and whose one-word name ends in that noun: the nearest "
                          "in the title's sentence, else the sentence before, else the one after, and of no other "
                          "state: „Wien – Das Umweltministerium prüft den Antrag. Ministeriumssprecherin Eva Muster "
                          "nannte keine Frist.“ for Österreich and the Umweltministerium; not where no such body "
                          "stands near („Ministeriumssprecherin Eva Muster nannte keine Frist.“ alone), nor "
                          "„Ministeriumssprecher“ beside another state's ministry")
_OFFICER_TITLES = tuple(sorted(resources.kind_words("named_body_titles.tsv", "head")
                               | resources.listed_words("body_officer_titles.tsv"), key=len, reverse=True))
_STATE_BODY_KINDS = ("government", "armed")


def body_noun_titles(st: ReadingState) -> None:
    """Each official tied to a state (and maybe parties) only whose title joins a body's noun to an officer's
    title acts for the state's body of that noun the article reads near the title (see BODY_NOUN_TITLE)."""
    bodies = [(st.tok_at(m.start), d) for m in st.mentions
              if (d := st.drafts.get(m.key)) is not None and d.type == "Organization" and d.kind in _STATE_BODY_KINDS
              and " " not in d.name and "-" not in d.name]
    if not bodies:
        return
    for p in st.people.values():
        d = st.drafts.get(p.key) if p.key else None
        if d is None or d.type != "Official" or p.title_tok is None or not _state_and_parties(st, d.affiliations):
            continue
        nouns = _title_body_nouns(d.role or "")
        near = [(t, b) for t, b in bodies if any(b.name.lower().endswith(n) for n in nouns)
                and not {a for a in b.affiliations if st.drafts.get(a) and st.drafts[a].type == "State"}
                - set(d.affiliations)]
        body = _nearest_body(st, near, p.title_tok) if near else None
        if body is not None and body.key not in d.affiliations:
            fired(BODY_NOUN_TITLE)
            d.affiliate(body.key, BODY_NOUN_TITLE)


def _state_and_parties(st: ReadingState, keys: list[str]) -> bool:
    """Whether the affiliations hold a state and else only parties."""
    drafts = [st.drafts.get(k) for k in keys]
    return any(d is not None and d.type == "State" for d in drafts) and all(
        d is not None and (d.type == "State" or d.kind == "party") for d in drafts)


def _title_body_nouns(role: str) -> list[str]:
    """The forms of the body's noun, lower case, a one-word title joins to an officer's title
    („Behördenchefin“ → ["behörden", "behörde"]); [] for another title („Sprecherin“, „Umwelt-Sprecher“)."""
    low = role.lower()
    if not role[:1].isupper() or "-" in role or " " in role:
        return []
    officer = next((o for o in _OFFICER_TITLES if low.endswith(o) and len(low) > len(o) + 3), None)
    if officer is None:
        return []
    stem = low[:-len(officer)]
    links = german.COMPOUND_LINKS + (german.DATIVE_PLURAL_LINK,)
    return [stem.removesuffix(k) for k in links if k and stem.endswith(k) and len(stem) - len(k) > 3] + [stem]


def _nearest_body(st: ReadingState, near: list[tuple[int, Draft]], tok: int) -> Draft | None:
    """The body nearest the title: the last before it in its sentence, else the first after it there, else the last
    in the sentence before, else the first in the sentence after."""
    sent = st.sent_of[tok]
    here = [(t, b) for t, b in near if st.sent_of[t] == sent]
    before = [b for t, b in here if t < tok] or [b for t, b in here if t > tok][:1]
    before = before or [b for t, b in near if st.sent_of[t] == sent - 1]
    after = [b for t, b in near if st.sent_of[t] == sent + 1][:1]
    found = before or after
    return found[-1] if before else (found[0] if found else None)


BODY_STATE = declare("official-affiliation-body-state", "official affiliation", "an official tied to a state's body "
                     "(a government or armed Organization the article reads as one state's) and to no state acts for "
                     "that state as well where it is the state the article names most, as the body's officer acts "
                     "for the body and its state: „Er betrifft einen österreichischen Grenzübergang. Das "
                     "Innenministerium prüft die Vorwürfe. Man kenne den Bericht, sagte Innenministeriumssprecher Max "
                     "Muster.“ for the Innenministerium and Österreich; not an officer of a body no state owns "
                     "(„Fabrixbund-Chef Max Muster“), nor of bodies of two states")


def body_states(st: ReadingState) -> None:
    """Each official tied to state bodies of one state and to no state acts for that state as well."""
    for d in list(st.drafts.values()):
        if d.type != "Official" or not d.affiliations:
            continue
        tied = [st.drafts.get(a) for a in d.affiliations]
        if any(b is None or b.type == "State" for b in tied):
            continue
        states = {a for b in tied if b.kind in _STATE_BODY_KINDS for a in b.affiliations
                  if st.drafts.get(a) is not None and st.drafts[a].type == "State"}
        main = st.states.main()
        if len(states) == 1 and main is not None and not st.states.main_tied \
                and st.drafts[next(iter(states))].code == main[0]:
            fired(BODY_STATE)
            d.affiliate(states.pop(), BODY_STATE)

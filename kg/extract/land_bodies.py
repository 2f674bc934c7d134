"""A Land's chamber and government (`land_bodies.tsv`: „Landtag“, „Landesregierung“), one organisation per region:
the region the words name is its identity, so the nine Austrian Landtage stay nine bodies and never merge into one
„Landtag“. The region is named by an adjective before the noun („der Kärntner Landtag“, „die steirische
Landesregierung“: `region_adjectives.tsv`, or a town's or region's adjective in „-er“ of a listed place or capital),
by a genitive before it („Tirols Landtag“) or by „von“ after it („der Landtag von Sachsen“); the noun written alone
later („im Landtag“) is the body of that noun the article named last, else that of the one region the article
names („In Kärnten wird gewählt. Der Landtag …“). An official whose title is a member's of such
a body (`land_body_titles.tsv`: „Landtagsabgeordneter“, „Soziallandesrätin“) acts for the one the article names.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Der Kärntner Landtag tagte. Landtagspräsidentin Eva Muster eröffnete die Sitzung im Landtag."
>>> [(e.key, e.name) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities][:1]
[('org:landtag-karnten', 'Kärntner Landtag')]
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import NamedTuple

from kg import german, resources
from kg.extract.reading import Draft, PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.facts import entity_key

ADJECTIVE = declare("land-body-adjective", "entities", "a Land's chamber or government (`land_bodies.tsv`) after a "
                    "region's adjective is that region's body, one organisation per region: „Der Kärntner Landtag "
                    "tagte“, „die steirische Landesregierung“ (Landtag Kärnten, Landesregierung Steiermark); not „der "
                    "neue Landtag“ (no region), nor a town no list holds („der Musterer Landtag“)")
GENITIVE = declare("land-body-genitive", "entities", "a Land's chamber or government after a region's genitive is "
                   "that region's body: „Tirols Landtag beschloss“ (Landtag Tirol); not „Tirols neuer Landtag“")
OF = declare("land-body-of", "entities", "a Land's chamber or government followed by „von“ and a listed region is "
             "that region's body: „der Landtag von Sachsen“ (Landtag Sachsen); not „der Landtag von morgen“")
BARE = declare("land-body-bare", "entities", "a Land's chamber or government written alone is the one of that noun "
               "the article named last: „Der Kärntner Landtag tagte. Im Landtag fiel …“; not where the article named "
               "none before („Im Landtag fiel …“)")
ARTICLE_REGION = declare("land-body-article-region", "entities", "a Land's chamber or government written alone, "
                         "where the article named none of that noun before, is the body of the one region the "
                         "article names (a listed region, the region of a Land body it names, or a region's "
                         "adjective in a sentence before: „Die steirische SPÖ tagte. Im Landtag …“): „In Kärnten "
                         "wird gewählt. Der Landtag hat 36 Sitze.“ (Landtag Kärnten); not where it names two regions "
                         "(„In Kärnten und Tirol …“) or none („Im Landtag fiel der Antrag der steirischen SPÖ "
                         "durch.“: the adjective in the body's own sentence)")
MEMBER = declare("official-affiliation-land-body", "official affiliation", "an official whose title is a member's "
                 "of a Land's body (`land_body_titles.tsv`: „Landtagsabgeordneter“, „Soziallandesrätin“) acts for the "
                 "body of that noun the article names, the nearest named before the title, else the first after: "
                 "„Der Tiroler Landtag tagte. Landtagspräsidentin Eva Muster …“ for Landtag Tirol; not a former "
                 "holder („Ex-Landesrätin“), nor where the article names no such body")


class _Form(NamedTuple):
    body: str       # the body the word names (its identity's noun): „Landtag“ for „Landesparlaments“ too
    noun: str       # the word's nominative: „Landesparlament“
    ending: str     # an adjective's nominative ending before the noun: „er“ („Steirischer Landtag“)


class _Region(NamedTuple):
    name: str       # „Kärnten“
    iso: str | None


@lru_cache(maxsize=1)
def _forms() -> dict[str, _Form]:
    """`land_bodies.tsv`: each form of a body's noun as written → what it names."""
    return {row[0]: _Form(*row[1:4]) for row in resources.commented_rows("land_bodies.tsv")}


@lru_cache(maxsize=1)
def title_endings() -> tuple[tuple[str, str], ...]:
    """`land_body_titles.tsv`: (a title's lower-case ending, its body), the longest ending first."""
    return tuple(sorted(((row[0], row[1]) for row in resources.commented_rows("land_body_titles.tsv")),
                        key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _adjective_regions() -> dict[str, _Region]:
    """`region_adjectives.tsv`: a region's adjective stem („steirisch“) → the region and its state."""
    return {r["adjective"]: _Region(r["region"], r["state"]) for r in resources.rows("region_adjectives.tsv")}


@lru_cache(maxsize=1)
def _named_regions() -> dict[str, _Region]:
    """The regions and towns whose adjective in „-er“ may name a Land's body („Kärntner“, „Salzburger“, „Wiener“):
    the listed regions and towns with a state, the states' capitals and the regions of `region_adjectives.tsv`."""
    out = {p.name: _Region(p.name, p.state) for p in resources.load_places()
           if p.state and p.kind in _PLACE_KINDS}
    out.update((c, _Region(c, s.iso2)) for s in resources.load_states() for c in s.capitals)
    out.update((r.name, r) for r in _adjective_regions().values())
    return out


_PLACE_KINDS = frozenset({"region", "city"})


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """The names of the listed regions and towns with a state and of the states' capitals: „Kärnten“, „Wien“."""
    return frozenset(_named_regions())


def region_adjective(word: str) -> tuple[_Region, str] | None:
    """The region an inflected region's adjective (`region_adjectives.tsv`) names, with its lower-case stem:
    „steirischen“ → (Steiermark, „steirisch“)."""
    folded = word.lower()
    for end in german.ADJECTIVE_ENDINGS:
        region = _adjective_regions().get(folded[:-len(end)]) if folded.endswith(end) else None
        if region is not None:
            return region, folded[:-len(end)]
    return None


def _adjective_region(word: str) -> tuple[_Region, str] | None:
    """The region an adjective names, with the adjective's nominative stem for the body's name: „steirischen“ →
    (Steiermark, „Steirisch“), „Kärntner“ → (Kärnten, „Kärntner“)."""
    if (found := region_adjective(word)) is not None:
        region, stem = found
        return region, stem[:1].upper() + stem[1:]
    if word[:1].isupper() and word.endswith(german.ER_SUFFIX) and len(word) > _MIN_ER_ADJECTIVE:
        for stem in (word[:-2], word[:-2] + "en", word[:-3] + "en"):    # „Tiroler“, „Bremer“, „Kärntner“
            region = _named_regions().get(stem)
            if region is not None:
                return region, ""
    return None


_MIN_ER_ADJECTIVE = 5       # letters of an adjective in „-er“ a region's name may stand behind („Wiener“)


class _Named(NamedTuple):
    rule: str
    region: _Region
    name: str       # the body's label: „Kärntner Landtag“, „Steirische Landesregierung“, „Landtag von Sachsen“
    start: int      # character offset of the mention's first word


def named_region(st: ReadingState, tok: int, form: _Form) -> _Named | None:
    """The region the words around the body's noun at `tok` name, by the first rule that reads one."""
    if tok > 0:
        b = tok - 1
        genitive = next((x for x in st.by_tok.get(b, ()) if x.label == "PLACE" and x.form == "genitive"
                         and x.tok_end == tok), None)
        if genitive is not None:
            region = _named_regions().get(genitive.key)
            if region is not None:
                return _Named(GENITIVE, region, f"{form.noun} {region.name}", st.idx[tok])
        found = None if st.by_tok.get(b) else _adjective_region(st.words[b])
        if found is not None:
            region, stem = found
            name = f"{stem}{form.ending} {form.noun}" if stem else f"{st.words[b]} {form.noun}"
            return _Named(ADJECTIVE, region, name, st.idx[b])
    if tok + 2 < len(st.words) and st.words[tok + 1] in german.PLAIN_FROM_PREPOSITIONS:
        place = next((x for x in st.by_tok.get(tok + 2, ()) if x.label == "PLACE" and x.tok == tok + 2), None)
        region = _named_regions().get(place.key) if place is not None else None
        if region is not None:
            return _Named(OF, region, f"{form.noun} von {region.name}", st.idx[tok])
    return None


def land_bodies(st: ReadingState) -> None:
    """Each Land body the article names (`st.land_bodies`), an organisation of its region, with its mentions."""
    forms = _forms()
    found = [(tok, form, named_region(st, tok, form)) for tok in st.tokens_of(forms)
             if (form := forms[st.words[tok]]) is not None and not st.by_tok.get(tok)]
    if not found:
        return
    region = article_region(st, [named.region for _, _, named in found if named is not None],
                             next((tok for tok, _, named in found if named is None), None))
    last: dict[str, Draft] = {}         # a body's noun → the body of that noun named last
    for tok, form, named in found:
        end = st.idx[tok] + len(st.words[tok])
        bare = tok == 0 or st.words[tok - 1].islower() or st.words[tok - 1].lower() in _BARE_OPENERS
        if named is not None:
            d = body_draft(st, form, named)
            st.mention(d, named.start, end, named.rule)
        elif bare and form.body in last:
            d = last[form.body]
            fired(BARE)
            st.mention(d, st.idx[tok], end, BARE)
        elif bare and region is not None:
            d = body_draft(st, form, _Named(ARTICLE_REGION, region, form.noun, st.idx[tok]))
            st.mention(d, st.idx[tok], end, ARTICLE_REGION)
        else:
            continue
        last[form.body] = d
        toks, drafts = st.land_bodies.setdefault(form.body, ([], []))
        toks.append(tok)
        drafts.append(d)


def body_form(body: str) -> _Form | None:
    """The form of a body's noun as its identity names it: „Landesregierung“, „Landtag“."""
    return _forms().get(body)


def region_body_name(region: _Region, form: _Form, start: int) -> _Named:
    """A region's body named by no words before or after its noun: „Landesregierung Kärnten“."""
    return _Named(ARTICLE_REGION, region, f"{form.noun} {region.name}", start)


def body_draft(st: ReadingState, form: _Form, named: _Named) -> Draft:
    """The organisation of a Land body of the region `named` names, with its state where the article names it."""
    d = st.entity("Organization", named.name, named.start,
                  key=entity_key("Organization", f"{form.body} {named.region.name}"))
    d.kind = "government"
    state = st.named_state(named.region.iso) if named.region.iso in st.t.states else None
    if state is not None:
        d.affiliate(state, named.rule)
    fired(named.rule)
    return d


def article_region(st: ReadingState, named: list[_Region], first_bare: int | None) -> _Region | None:
    """The one region the article names, by a listed region's name (not a town's), a Land body's words or, in a
    sentence before the first body written alone (`first_bare`, a token), the region's adjective; None where it
    names none or several."""
    regions = {r.name: r for r in named}
    for h in st.hits:
        if h.label == "PLACE" and (region := _land_regions().get(h.key)) is not None:
            regions[region.name] = region
    until = st.sent_of[first_bare] if first_bare is not None else -1
    for k, word in enumerate(st.words):     # „die oberösterreichische SPÖ“, „der Salzburger Landtagsklub“
        if st.sent_of[k] >= until:
            break
        if word.endswith(_REGION_ADJECTIVE_ENDS) and not st.by_tok.get(k) and \
                (found := _adjective_region(word)) is not None and found[0].name in _land_regions():
            regions[found[0].name] = found[0]
    return next(iter(regions.values())) if len(regions) == 1 else None


# the endings of a region's adjective: „-isch“ inflected („oberösterreichische“), or „-er“ („Salzburger“)
_REGION_ADJECTIVE_ENDS = tuple(german.ISCH_SUFFIX + end for end in ("", *german.ADJECTIVE_ENDINGS)) + (german.ER_SUFFIX,)


@lru_cache(maxsize=1)
def _land_regions() -> dict[str, _Region]:
    """The regions a Land body may belong to by name: the listed regions with a state and those of
    `region_adjectives.tsv`."""
    out = {p.name: _Region(p.name, p.state) for p in resources.load_places() if p.state and p.kind == "region"}
    out.update((r.name, r) for r in _adjective_regions().values())
    return out


_BARE_OPENERS = german.DETERMINERS | german.CONTRACTIONS      # „Im Landtag“, „Der Landtag“ opening a sentence


def member_body(st: ReadingState, p: PersonDraft) -> str | None:
    """The key of the Land body an official's title makes him a member of, where the article names it (the
    nearest named before the title, else the first after); None for a former holder's title."""
    role = (p.role_or_listed or "").lower()
    if not role or not st.land_bodies or role.split("-", 1)[0] in german.PRIVATIVE_PREFIXES:
        return None
    body = next((b for end, b in title_endings() if role.endswith(end)), None)
    named = st.land_bodies.get(body) if body else None
    if named is None:
        return None
    toks, drafts = named
    at = p.title_tok if p.title_tok is not None else st.tok_at(p.first)
    k = bisect.bisect_right(toks, at)
    fired(MEMBER)
    return drafts[k - 1 if k else 0].key

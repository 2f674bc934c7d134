"""Government bodies named generically („das Außenministerium“): each belongs to the state its words name
(`bodies`, early: „das russische Außenministerium“), else, once the officials are known, to the state the rules of
`BODY_STATE` read (`late_bodies`: an official of its sentence, the dateline, the state named nearest or most); a
known body of that state is that entity („Kreml“, „der Sejm“), else a new one. Steps: see `entities.STEPS`.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(e.key, e.affiliations) for e in read("Das russische Außenministerium bestellte ihn ein.").entities]
[('state:russland', ()), ('org:aussenministerium-ru', ('state:russland',))]
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from kg import german, resources
from kg.extract.reading import Draft, ReadingState
from kg.extract.rules import Stage, declare, fired
from kg.extract.states import sentence_state
from kg.german import DETERMINERS
from kg.facts import entity_key
from kg.nlp.gazetteer_org_acronyms import BODY_BRACKET_ALIAS
from kg.nlp.hits import Hit

_STATE_GENITIVE_OPENERS = german.INSIDE_PREPOSITIONS | german.GENITIVE_ARTICLES


BODY_STATE = Stage("body state")


def bodies(st: ReadingState) -> None:
    """Generic government bodies whose state the words around them name ("das russische
    Außenministerium"); `late_bodies` places the others."""
    for h in st.hits:
        if h.label == "BODY" and h.tok not in st.body_at:
            iso = _body_qualifier(st, h, {})
            if iso is not None:
                fired("body-qualifier")
                body(st, h, iso, "body-qualifier")


def late_bodies(st: ReadingState) -> None:
    """The other generic bodies, once the officials are known (the rules of `BODY_STATE`)."""
    by_sentence: dict[int, list[int]] | None = None
    for h in st.hits:
        if h.label != "BODY" or h.tok in st.body_at:
            continue
        if _numbered(st, h):
            fired(NUMBERED_PANEL)       # „der Senat 3 des Presserats“: one of a body's panels, no state's chamber
            continue
        by_sentence = _persons_by_sentence(st) if by_sentence is None else by_sentence
        found = BODY_STATE.first(st, h, by_sentence)
        if found is not None:
            body(st, h, found[1], found[0])
        elif h.rule == BODY_BRACKET_ALIAS:     # no state's body where no state is named: the acronym stays an organisation
            d = st.entity("Organization", h.text, h.start)
            d.kind = d.kind or "other"
            st.mention(d, h.start, h.end, h.rule)
        elif h.key in _member_chambers():
            fired(UNPLACED_CHAMBER)
            d = st.entity("Organization", h.key, h.start)
            d.kind = "government"
            st.mention(d, h.start, h.end, h.rule, UNPLACED_CHAMBER)
            st.body_at[h.tok] = d


NUMBERED_PANEL = declare("body-numbered-panel", "body state", "guard: a generic body's word followed by a number "
                         "names one of the numbered panels of a court or council, no state's body: „Der Senat 3 des "
                         "Presserats rügte die Zeitung.“; not „Der Senat billigte das Gesetz.“, nor a number that "
                         "counts the noun after it („laut dem Ministerium 38 Tote“)")


def _numbered(st: ReadingState, h: Hit) -> bool:
    """A number right after the body's word that counts no noun after it: „Senat 3 des …“, not „des
    Ministeriums 38 Menschen“."""
    k = h.tok_end
    return k < len(st.words) and st.words[k].isdigit() and not (k + 1 < len(st.words) and st.words[k + 1][:1].isupper())


UNPLACED_CHAMBER = declare("body-unplaced-chamber", "body state", "a generic chamber whose name is also its "
                           "members' title (`member_chambers.tsv`: „Bundesrat“) is the name of a chamber: where no "
                           "word and no state of the article places it, it stays an organisation of that name: „Der "
                           "Bundesrat billigte das Gesetz.“; not a body no member is named after („Das Parlament "
                           "billigte das Gesetz.“: no entity)")


@lru_cache(maxsize=1)
def _member_chambers() -> frozenset[str]:
    """The chambers whose name is their members' title (`member_chambers.tsv`)."""
    return resources.load_word_list("member_chambers.tsv")


@BODY_STATE.rule("body-qualifier", "a generic body belongs to the state its words name: „das russische "
                 "Außenministerium“, „das Prager Außenministerium“, „das Parlament in Kiew“")
def _body_qualifier(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return _qualifier_state(st, h.tok, h.tok_end)


@BODY_STATE.rule("body-sentence-official", "a generic body belongs to the state of an official in its sentence: "
                 "„Der russische Außenminister Lawrow sprach im Außenministerium“")
def _body_sentence_official(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    for p_tok in by_sentence.get(st.sent_of[h.tok], ()):
        p = st.person_at[p_tok]
        if p.key and p.key in st.drafts:
            for aff in st.drafts[p.key].affiliations:
                d = st.drafts.get(aff)
                if d is not None and d.type == "State" and d.code:
                    return d.code
    return None


@BODY_STATE.rule("body-dateline", "a generic body belongs to the state of the dateline's capital: "
                 "„Kiew – Das Verteidigungsministerium teilte mit …“")
def _body_dateline(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return st.states.dateline


@BODY_STATE.rule("body-sentence-state", "a generic body belongs to the state named nearest in its sentence: "
                 "„In Frankreich kündigte das Innenministerium Kontrollen an“")
def _body_sentence_state(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return sentence_state(st, h.tok)


@BODY_STATE.rule("body-main-state", "a generic body no word places belongs to the state the article names "
                 "most: „Polen … Das Außenministerium bestellte den Botschafter ein.“; not a state named once where "
                 "the article names towns of one other state two or more times („Max Muster studierte in Graz und Linz "
                 "und arbeitete in Kanada. Im Parlament …“: a station of a life, not what the article is about)")
def _body_main_state(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return body_main_state(st)


def body_main_state(st: ReadingState) -> str | None:
    """The state the article names most, unless it names it once and towns of one other state two or more times."""
    main = st.states.main()
    if main is None or main[1] > 1:
        return main[0] if main is not None else None
    towns = Counter(r.state for h in st.hits if h.label == "PLACE" and (r := st.t.places.get(h.key)) is not None
                    and r.state and r.state != main[0])
    return None if towns and towns.most_common(1)[0][1] >= 2 else main[0]


def body(st: ReadingState, h: Hit, iso: str, rule: str) -> Draft:
    """The entity of the body at h, of the state `iso` (as `rule` read it): a known one ("Kreml") or a new one."""
    known = next((o for o in st.t.orgs.values() if o.state == iso and o.kind == "government"
                  and (o.name.endswith("-" + h.key) or h.key in o.aliases)), None)
    if (h.key, iso) in st.t.parliaments:   # the Ukrainian parliament is the Rada
        known = st.t.orgs[st.t.parliaments[h.key, iso]]
    elif (h.key, iso) in st.t.central_banks:
        fired(LISTED_CENTRAL_BANK)      # „die britische Zentralbank“ is the Bank of England
        known = st.t.orgs[st.t.central_banks[h.key, iso]]
    elif (h.key, iso) in st.t.named_parliaments and _names_org(st, st.t.named_parliaments[h.key, iso]):
        fired(PARLIAMENT_NAMED)         # „das polnische Parlament, der Sejm“: one entity
        known = st.t.orgs[st.t.named_parliaments[h.key, iso]]
    if known is not None:
        d = st.org(known.name, h.start)
    else:
        d = st.entity("Organization", h.key, h.start, key=entity_key("Organization", f"{h.key} {iso}"))
        d.kind = "government"
    d.affiliate(st.state(iso, h.start).key, rule)
    st.mention(d, h.start, h.end, h.rule)
    st.body_at[h.tok] = d
    return d


LISTED_CENTRAL_BANK = declare("body-listed-central-bank", "body state", "a state's central bank named "
                              "generically („die britische Zentralbank“, „die Notenbank“ in an article on "
                              "Großbritannien) is the central bank the list holds for that state (`central_banks.tsv`): "
                              "the Bank of England; a state whose central bank no list holds keeps the generic body "
                              "(„die moldauische Notenbank“: Zentralbank of Moldau)")


PARLIAMENT_NAMED = declare("body-parliament-named", "body state",
                           "a state's parliament named generically is the parliament the article also names by "
                           "its own word: „das polnische Parlament, der Sejm“, „Das norwegische Parlament … Im "
                           "Storting …“ (one entity); where the article names no such word it keeps its label")


def _names_org(st: ReadingState, org: str) -> bool:
    """Whether the article names the listed organisation `org` (a hit of it anywhere)."""
    return any(x.label == "ORG" and x.key == org for x in st.hits)


def _persons_by_sentence(st: ReadingState) -> dict[int, list[int]]:
    """First tokens of the person mentions of each sentence, in the order they were found."""
    index: dict[int, list[int]] = {}
    for p_tok in st.person_at:
        index.setdefault(st.sent_of[p_tok], []).append(p_tok)
    return index


DEMONYM_QUALIFIER = declare("body-qualifier-demonym", "body state", "a state's demonym in „-er“ right before a "
                            "generic body, used as its adjective, names the body's state: „eine Entscheidung des "
                            "Schweizer Bundesrats“ for Schweiz; not „die Schweizer im Bundesrat“ (no body after it)")


def _qualifier_state(st: ReadingState, tok: int, tok_end: int) -> str | None:
    """The state named by an adjective or genitive before, or 'X Russlands'/'in Moskau' after.

    "das Prager Außenministerium": a capital's adjective names its state too.
    """
    for k in (tok - 1, tok - 2):
        if k >= 0 and st.words[k] in st.t.capital_adjectives:
            return st.t.capital_adjectives[st.words[k]]
        for x in st.by_tok.get(k, []):
            if x.label == "STATE" and x.form in ("adjective", "genitive"):
                return x.key
            if x.label == "STATE" and x.form == "demonym" and k == tok - 1 and x.text.endswith(german.ER_SUFFIX):
                fired(DEMONYM_QUALIFIER)    # „des Schweizer Bundesrats“: the demonym in -er used as an adjective
                return x.key
            if x.label == "CAPITAL" and x.form == "genitive":
                return x.key
        if k >= 0 and st.words[k] not in DETERMINERS and not st.words[k].islower():
            break
    for k in (tok_end, tok_end + 1):
        for x in st.by_tok.get(k, []):
            if x.label in ("STATE", "CAPITAL") and (x.form == "genitive" or
                                                    st.words[k - 1] in _STATE_GENITIVE_OPENERS):
                return x.key
    return None

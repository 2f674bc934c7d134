"""The hits a reading starts from, as `reading.start_reading` prepares them: a listed party's generic name is
dropped where the article names other states only („die Sozialdemokraten“ in an article on Slovakia), a party
family's name is another party there („die Demokratische Partei“ in an article on Portugal), a nation's
code in brackets after a name is no party („Max Muster (NOR) vor Eva Muster (GER)“), each organisation no list holds
gets its kind (a party by a bracket after a person's name, a representative's title or a party's noun: „Victor Ponta
(PSD)“, „die BVL-Stadträtin X“, „die Sozialdemokratische Partei“). A later bare mention of an organisation the
context introduced is read before, with the names (`kg.nlp.named_again`).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg import german, resources
from kg.rules import declare, fired
from kg.nlp.hits import Hit
from kg.nlp.gazetteer_compounds import ACRONYM_TITLE
from kg.nlp.gazetteer_org_forms import PLACE_GENITIVE, STATE_GENITIVE
from kg.nlp.orgheads import org_heads
from kg.nlp.orgspelled import abbreviates

if TYPE_CHECKING:
    from kg.extract.reading import Tables


GENERIC_PARTY_ELSEWHERE = declare("party-generic-name-elsewhere", "entities", "a party's generic name (one common "
                                  "noun: „die Sozialdemokraten“, „die Demokraten“) names the listed party of one "
                                  "state only where the article names that state or a listed person of it: in an "
                                  "article on Slovakia „die Sozialdemokraten“ are not the SPD")


def without_foreign_generic_parties(hits: list[Hit], t: Tables) -> list[Hit]:
    """The hits but a listed party's generic name in an article that names states, none of them the party's; where
    the article names another state's party of its family, the generic name is that party's."""
    generic = [h for h in hits if h.label == "ORG" and h.tok_end == h.tok + 1 and h.text in resources.common_nouns()
               and h.text[1:].islower() and (rec := t.orgs.get(h.key)) is not None and rec.kind == "party"
               and rec.state]    # „FPÖ“ is in the noun lexicon too: an acronym is no generic name
    hits = _family_names_of_own_state(hits, t)
    if not generic:
        return hits
    hits = _generic_as_family_party(hits, generic, t)
    generic = [h for h in generic if h in hits]
    named = {h.key for h in hits if h.label in ("STATE", "CAPITAL")}
    if not generic or not named:
        return hits
    named |= {p.affiliation for h in hits if h.label == "PER" and (p := t.people.get(h.key)) is not None}
    foreign = {id(h) for h in generic if t.orgs[h.key].state not in named}
    if foreign:
        fired(GENERIC_PARTY_ELSEWHERE)
    return [h for h in hits if id(h) not in foreign]


FAMILY_NAME_ELSEWHERE = declare("party-family-name-elsewhere", "entities", "a listed party's name made only of a "
                                "party family's adjectives and a party's noun („die Demokratische Partei“, „die "
                                "Sozialistische Partei“) names that state's party only where the article names the "
                                "state or a listed person of it; in an article that names other states only it is "
                                "another party of that family, named by its nominative name (none where that is the "
                                "listed party's own name): „In Portugal führt Ugo Muster die Demokratische Partei“ is "
                                "no US party; not in an article that names the USA")


def _family_names_of_own_state(hits: list[Hit], t: Tables) -> list[Hit]:
    """The hits, each listed party's family name („Demokratischen Partei“) keyed by its nominative name where the
    article names states, none of them the listed party's."""
    family = {id(h): name for h in hits if h.label == "ORG" and h.tok_end > h.tok + 1
              and (name := _family_name(h.text, t.orgs.get(h.key)))}
    if not family:
        return hits
    named = {h.key for h in hits if h.label in ("STATE", "CAPITAL")}
    named |= {p.affiliation for h in hits if h.label == "PER" and (p := t.people.get(h.key)) is not None}
    if not named:
        return hits
    foreign = {i: name for h in hits if (i := id(h)) in family and t.orgs[h.key].state not in named
               for name in (family[i],)}
    if foreign:
        fired(FAMILY_NAME_ELSEWHERE)
    # a name that is the listed party's own key („Sozialistische Partei“) can name no other party: dropped
    return [replace(h, key=foreign[id(h)], form="context:party") if id(h) in foreign else h for h in hits
            if foreign.get(id(h)) != h.key]


def _family_name(text: str, rec: resources.OrgRecord | None) -> str | None:
    """The listed name of a party with a state that `text` inflects where its words are a party family's
    adjectives and a party's noun („Demokratischen Partei“ → „Demokratische Partei“), else None."""
    if rec is None or rec.kind != "party" or not rec.state:
        return None
    words = text.split()
    if org_heads().kind(words[-1]) != "party" or not all(_family_adjective(w) for w in words[:-1]):
        return None
    for name in (rec.name, *rec.aliases):
        parts = name.split()
        if len(parts) == len(words) and all(w.startswith(p) and len(w) - len(p) <= 2 for w, p in zip(words, parts)):
            return name
    return None


def _family_adjective(word: str) -> bool:
    """The word inflects a party family's adjective: „Demokratischen“, „Sozialistische“."""
    low = word.lower()
    return any(low.startswith(a) and len(low) - len(a) <= 2 for a in _party_adjectives())


@lru_cache(maxsize=1)
def _party_adjectives() -> frozenset[str]:
    """`party_adjectives.tsv`: the adjectives of party families („demokratisch“)."""
    return frozenset(row["adjective"] for row in resources.rows("party_adjectives.tsv"))


GENERIC_PARTY_FAMILY = declare("party-generic-name-family", "entities", "a party's generic name (a plural of a "
                               "party member's noun: „die Sozialdemokraten“) in an article that names neither the "
                               "listed party's state nor that party, but by its own name one party of another state "
                               "the noun may name, is that party: „Die SPÖ tagte in Lindenau. Die Chefin der "
                               "Sozialdemokraten, Eva Muster, …“ → SPÖ, not the SPD; not where the article names "
                               "Germany or the SPD")


@lru_cache(maxsize=1)
def _member_noun_parties() -> dict[str, frozenset[str]]:
    """`party_members.tsv`: a party member's noun („Sozialdemokrat“) → the parties it may name."""
    out: dict[str, set[str]] = {}
    for row in resources.rows("party_members.tsv"):
        out.setdefault(row["noun"], set()).add(row["party"])
    return {noun: frozenset(parties) for noun, parties in out.items()}


def _family(word: str, party: str) -> frozenset[str]:
    """The parties a member's noun that `word` is the plural of may name, where one of them is `party`:
    „Sozialdemokraten“ (SPD) → SPD, SPÖ, …"""
    found: set[str] = set()
    for noun, parties in _member_noun_parties().items():
        if party in parties and word.startswith(noun) and len(word) - len(noun) <= 2:
            found |= parties
    return frozenset(found)


def _generic_as_family_party(hits: list[Hit], generic: list[Hit], t: Tables) -> list[Hit]:
    """The hits with each generic party name read as the one party of its family and another state that the
    article names by its own name, where it names neither the generic party's state nor that party."""
    own = {h.key for h in hits if h.label == "ORG" and h not in generic}
    first_named = _first_named_states(hits, t)
    out = hits
    for h in generic:
        state = t.orgs[h.key].state
        if h.key in own:
            continue
        kin = [k for k in _family(h.text, h.key) & own if (rec := t.orgs.get(k)) is not None and rec.state
               and rec.state != state]
        if state in first_named and not (len(kin) == 1 and max(h.tok, _first_tok(hits, kin[0])) < first_named[state]):
            continue
        if state in first_named:
            fired(GENERIC_PARTY_FAMILY_BEFORE)
        if len(kin) == 1:
            fired(GENERIC_PARTY_FAMILY)
            out = [replace(x, key=kin[0]) if x is h else x for x in out]
    return out


GENERIC_PARTY_FAMILY_BEFORE = declare("party-generic-name-family-first", "entities", "a party's generic name "
                                      "and the one party of its family and another state that the article names "
                                      "by its own name, both before the article first names the listed party's "
                                      "state, make the generic name that party's: „Die Sozialdemokraten kritisieren "
                                      "den Plan. Wien – SPÖ-Chefin Eva Muster … wie in Deutschland …“ → SPÖ; not "
                                      "where Germany is named first („In Deutschland streiten die "
                                      "Sozialdemokraten. Die SPÖ schweigt.“)")


def _first_named_states(hits: list[Hit], t: Tables) -> dict[str, int]:
    """The ISO code of each state the hits name (a state, a capital, a listed person's state) with the token of
    its first such hit."""
    first: dict[str, int] = {}
    for h in hits:
        iso = h.key if h.label in ("STATE", "CAPITAL") else (
            p.affiliation if h.label == "PER" and (p := t.people.get(h.key)) is not None else None)
        if iso is not None and iso not in first:
            first[iso] = h.tok
    return first


def _first_tok(hits: list[Hit], key: str) -> int:
    """The token of the first organisation hit of `key`."""
    return min(h.tok for h in hits if h.label == "ORG" and h.key == key)


PARTY_ACRONYM = declare("party-acronym-bracket", "organisation kind", "an acronym no list holds, alone in brackets "
                        "right after a person's name, is the person's party: „Victor Ponta (PSD)“")


def _nation_codes(hits: list[Hit], words: list[str]) -> dict[str, str]:
    """Country codes in brackets after a name that name nations, not parties, each with the rule that says so: two or
    more in the article, a results list („Kristoff (NOR) vor Vettel (GER)“), or one whose state the article names
    („den Usbeken Denis Istomin (UZB)“); one such code alone stays a party's („Peña Nieto (PRI)“)."""
    codes = resources.country_codes()
    bracketed = {words[k] for k in range(2, len(words) - 1) if words[k - 1] == "(" and words[k] in codes
                 and words[k + 1].startswith(")") and words[k - 2][:1].isupper()}
    if len(bracketed) > 1:
        return dict.fromkeys(bracketed, SPORT_CODES) | {
            words[h.tok]: RESULTS_LIST_ACRONYM for h in hits if h.label == "ORG" and h.form.startswith("acronym")
            and len(words[h.tok]) == 3 and words[h.tok].isascii() and words[h.tok].isupper()}
    named = {h.key for h in hits if h.label == "STATE"}
    return {c: NAMED_NATION_CODE for c in bracketed if resources.country_code_states().get(c) in named}


def without_nation_codes(hits: list[Hit], by_tok: dict[int, list[Hit]], words: list[str]) -> list[Hit]:
    """The hits but the organisations a nation's code in brackets after a person's name was read as (and
    `by_tok` without them)."""
    nations = _nation_codes(hits, words)
    dropped = [h for h in hits if h.label == "ORG" and words[h.tok] in nations
               and (_bracketed_after_person(h, by_tok, words) or _bracketed_in_results(h, nations, words))]
    for h in dropped:
        fired(nations[words[h.tok]])
        by_tok[h.tok].remove(h)
    return [h for h in hits if h not in dropped] if dropped else hits


SPORT_CODES = declare("party-acronym-sport-codes", "organisation kind", "guard: country codes in brackets after two "
                      "or more names are a results list's nations, no parties nor organisations: „Max Muster (NOR) vor "
                      "Eva Muster (GER)“")
RESULTS_LIST_ACRONYM = declare("party-acronym-results-list", "organisation kind", "guard: in a results list (country "
                               "codes in brackets after two or more names), another three-letter acronym no list holds, "
                               "in brackets after a name, is a nation too, no party nor organisation: „1. Max Muster "
                               "(GER) 2. Tom Beispiel (USA) 3. Tim Probe (BER)“; not „Max Muster (SPÖ)“ in such an "
                               "article (a listed party)")
NAMED_NATION_CODE = declare("party-acronym-named-nation", "organisation kind", "guard: a country code in brackets "
                            "after a name is that nation, no party nor organisation, where the article names its "
                            "state: „den Usbeken Max Muster (UZB)“, „der Norweger Max Muster (NOR)“; not „Enrique "
                            "Muster (PRI)“ in an article that names no Puerto Rico")


RESULTS_NAME_CODE = declare("party-acronym-results-name", "organisation kind", "guard: in a results list, a country "
                            "code in brackets after a team's or a person's name that no rule reads as a person is that "
                            "name's nation too, no organisation: „1. TPS Muster (FIN) 2. HC Beispiel (CZE)“, „SR "
                            "Nowak (SVK)“; not an acronym the capitalised words before it abbreviate („die Christliche "
                            "Hilfsliga (CHL)“)")


def _bracketed_in_results(h: Hit, nations: dict[str, str], words: list[str]) -> bool:
    """The hit is a country code of a results list alone in brackets right after a capitalised word whose words
    do not abbreviate it: „TPS Muster (FIN)“, not „die Christliche Hilfsliga (CHL)“."""
    k = h.tok
    if nations[words[k]] != SPORT_CODES or not (k >= 2 and h.tok_end == k + 1 and k + 1 < len(words)
                                                 and words[k - 1] == "(" and words[k + 1].startswith(")")
                                                 and words[k - 2][:1].isupper()) or _abbreviated_before(words, k - 1):
        return False
    fired(RESULTS_NAME_CODE)
    return True


def _abbreviated_before(words: list[str], i: int) -> bool:
    """The capitalised words right before the bracket at i abbreviate the acronym after it
    (`kg.nlp.orgspelled.abbreviates`): „die Champions Eisliga (CEL)“."""
    start = i
    while start > 0 and i - start < _NAME_WORDS and words[start - 1][:1].isupper():
        start -= 1
    return abbreviates(" ".join(words[start:i]), words[i + 1])


# capitalised words of a name before its bracket that an acronym may abbreviate
_NAME_WORDS = 4


def _bracketed_after_person(h: Hit, by_tok: dict[int, list[Hit]], words: list[str]) -> bool:
    """The hit is one acronym alone in brackets right after a person's name: „Victor Ponta (PSD)“."""
    if not (h.tok >= 2 and h.tok_end == h.tok + 1 and h.tok_end < len(words) and words[h.tok - 1] == "("
            and words[h.tok_end].startswith(")") and words[h.tok].isupper()
            and any(x.label == "PER" and x.tok_end == h.tok - 1 for x in by_tok.get(h.tok - 2, []))):
        return False
    if _beside_title(words, h.tok - 1):
        fired(ACRONYM_WORK)
        return False
    return True


ACRONYM_WORK = declare("party-acronym-beside-title", "organisation kind", "guard: an acronym in brackets after a "
                       "person's name that is joined to another name with a bracketed title of several words names a "
                       "work, as the title does (credits of films or books), no party: „Jana Rolfs (ZQX) und Timo "
                       "Brakel (Der lange Winter) führten Regie“; but „Jana Rolfs (ZQX) und Timo Brakel (VPL)“")
# names' words between a coordinator and the next bracket: „und Timo Brakel (…)“
_CREDIT_NAME_WORDS = 4
# tokens of a bracketed title: „(Der lange Winter)“
_CREDIT_TITLE_TOKENS = 8


def _beside_title(words: list[str], i: int) -> bool:
    """The acronym bracket opening at i follows a name that a coordinator joins to another name with a bracketed
    title of several words after it.

    >>> _beside_title("Jana Rolfs ( ZQX ) und Timo Brakel ( Der lange Winter ) führten".split(), 2)
    True
    >>> _beside_title("Jana Rolfs ( ZQX ) und Timo Brakel ( VPL ) stimmten".split(), 2)
    False
    """
    after = i + 3
    if after >= len(words) or words[after] not in german.LIST_CONJUNCTIONS:
        return False
    k = after + 1
    while k < len(words) and k - after <= _CREDIT_NAME_WORDS and words[k][:1].isupper():
        k += 1
    if k == after + 1 or k >= len(words) or words[k] != "(":
        return False
    inside = words[k + 1:k + 1 + _CREDIT_TITLE_TOKENS]
    close = next((m for m, t in enumerate(inside) if t.startswith(")")), 0)
    title = [t for t in inside[:close] if t.isalpha()]
    return len(title) >= 2 and title[0][:1].isupper() and not all(t.isupper() for t in title)


def context_orgs(hits: list[Hit], by_tok: dict[int, list[Hit]], orgs: dict[str, resources.OrgRecord],
                  words: list[str]) -> None:
    """Organisations the context named ("die Nachrichtenagentur TASR"), typed by their context word."""
    for h in hits:
        if h.label == "ORG" and h.key not in orgs:
            kind = h.form.split(":", 1)[1] if h.form.startswith("context:") else "other"
            if kind in ("acronym", "other"):
                # the bracket after a person's name names the party, whichever rule found the acronym
                kind = "party" if _bracketed_after_person(h, by_tok, words) else _named_party(h, words)
                if kind == "party":
                    fired(PARTY_ACRONYM)
                elif _representative_prefix(h, by_tok):
                    kind = "party"
                elif h.form.startswith("form:") and words[h.tok_end - 1] in _MEDIA_TITLE_NOUNS:
                    fired(MEDIA_TITLE)
                    kind = "media"
                elif h.form == _FEDERAL_FORM:
                    fired(FEDERAL_GOVERNMENT)
                    kind = "government"
            orgs[h.key] = resources.OrgRecord(h.key, (), kind, None)


MEDIA_TITLE = declare("org-kind-media-title", "organisation kind", "a name no list holds, read by its form, that ends "
                      "in a noun of a medium's title (`media_title_nouns.tsv`) is a medium: „die Kleine Zeitung“, „der "
                      "Passauer Neuen Presse“, „der Daily Courier“; not a name in „Post“ („die Rheinische Post“ and "
                      "„die Österreichische Post“ look alike)")
_MEDIA_TITLE_NOUNS = resources.listed_words("media_title_nouns.tsv")
FEDERAL_GOVERNMENT = declare("org-kind-federal-authority", "organisation kind", "a federal or regional authority "
                             "named by its form (`org-federal-authority`) is a government body: „das Bundesamt für "
                             "Statistik“, „des Landeskriminalamts“; not a name by another form („die Bundesliga AG“)")
_FEDERAL_FORM = "form:federal"      # the form `org-federal-authority` gives its hits


PARTY_REPRESENTATIVE = declare("org-kind-party-representative", "organisation kind", "an acronym of three or more "
                               "letters no list holds, before the hyphen of an elected representative's or party "
                               "politician's title (`representative_titles.tsv`), is the holder's party: „die "
                               "BVL-Stadträtin Eva Muster“, „der LDPR-Abgeordnete Max Muster“; not „ÖGB-Chef Max "
                               "Muster“ (any body's head), nor a chamber's two letters („NR-Abgeordneter“)")
_REPRESENTATIVE_TITLES = resources.listed_words("representative_titles.tsv")
_PARTY_ACRONYM_LEAST = 3    # letters of a party's acronym: „NR-Abgeordneter“ names the chamber


def _representative_prefix(h: Hit, by_tok: dict[int, list[Hit]]) -> bool:
    """The acronym hit h stands before the hyphen of a representative's title: „BVL-Stadträtin“."""
    if h.rule != ACRONYM_TITLE or len(h.text) < _PARTY_ACRONYM_LEAST:
        return False
    if not any(x.label == "TITLE" and x.text.rpartition("-")[2].casefold() in _REPRESENTATIVE_TITLES
               for x in by_tok.get(h.tok, [])):
        return False
    fired(PARTY_REPRESENTATIVE)
    return True


PARTY_HEAD = declare("org-kind-party-head", "organisation kind", "a name no list holds whose head (last, or first "
                     "of several words), or the noun right before it, is a party's noun is a party: „die "
                     "Sozialdemokratische Partei“, „die Partei Recht und Ordnung (RO)“, „die Kleine Bauernpartei“, "
                     "„die Partei der Freien Bürger“, „die Partei Neue Mitte (PNM)“, an acronym in brackets after a "
                     "party's noun: „die Demokratische Unionspartei (DUP)“")


def _named_party(h: Hit, words: list[str]) -> str:
    """ "party" where the name's last word, the first of its several words, or the noun right before it (or before
    its bracket) is a party's noun („Sozialdemokratische Partei“, „Partei der Freien Bürger“, „Partei Neue Mitte“
    spelled before its acronym, „Partei Recht und Ordnung“, „Unionspartei (DUP)“), else "other"."""
    heads = org_heads()
    first = h.tok + 1 < h.tok_end and heads.kind(words[h.tok]) == "party"
    last = h.tok_end - 2 if h.rule in (STATE_GENITIVE, PLACE_GENITIVE) else h.tok_end - 1     # „Bauernpartei Moldaus“: before the state
    # „Unionspartei (DUP)“: the party's noun before the acronym's bracket
    before = h.tok - 2 if h.tok > 1 and words[h.tok - 1] == "(" else h.tok - 1
    if first or heads.kind(words[last]) == "party" or before >= 0 and heads.kind(words[before]) == "party":
        fired(PARTY_HEAD)
        return "party"
    return "other"


PARTY_SHORT_ACRONYM = declare("party-acronym-short-form", "entities", "an acronym no list holds, alone in brackets "
                              "right after a listed person's name, that is the person's listed party's acronym without "
                              "the initial of the party's state („SP“ of „SPÖ“, as papers shorten „ÖVP“ to „VP“) is "
                              "that party: „Bürgermeisterin Eva Muster (SP)“ with Eva Muster listed in the SPÖ; not "
                              "after a person no list holds, nor an acronym that drops another letter")


def short_party_acronyms(hits: list[Hit], t: Tables, words: list[str]) -> list[Hit]:
    """The hits, each unlisted acronym in brackets after a listed person that shortens the person's party
    („Eva Muster (SP)“, listed in the SPÖ) keyed by that party."""
    per_ends = {x.tok_end: x for x in hits if x.label == "PER"}
    out = []
    for h in hits:
        person = per_ends.get(h.tok - 1) if h.label == "ORG" and h.key not in t.orgs else None
        rec = t.people.get(person.key) if person is not None and _bracketed_alone(h, words) else None
        if rec is not None and rec.party and _shortens(h.text, rec.party, t):
            fired(PARTY_SHORT_ACRONYM)
            h = replace(h, key=rec.party)
        out.append(h)
    return out


def _bracketed_alone(h: Hit, words: list[str]) -> bool:
    """The hit is one word alone in brackets: „(SP)“."""
    return (h.tok >= 1 and h.tok_end == h.tok + 1 and h.tok_end < len(words) and words[h.tok - 1] == "("
            and words[h.tok_end].startswith(")"))


def _shortens(acronym: str, party: str, t: Tables) -> bool:
    """Whether `acronym` is the listed party's acronym without its state's initial: „SP“ of „SPÖ“."""
    rec = t.orgs.get(party)
    if rec is None or rec.kind != "party" or not rec.state or rec.state not in t.states:
        return False
    initial = t.states[rec.state].name[:1]
    return party in (initial + acronym, acronym + initial)

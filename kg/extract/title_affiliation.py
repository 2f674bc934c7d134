"""A title's affiliation: which state or body a title names, as the stage `TITLE_AFFILIATION` of named rules
tried in order: „US-Präsident“, „der türkische Präsident“, „Präsident der Ukraine“, „ein Kremlsprecher“.

`titles.titles` asks `title_affiliation` for each title it ties to a holder.
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.clergy import church_body, clergy_title, envoy_state
from kg.extract.land_bodies import region_adjective
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import Stage, declare, fired
from kg.extract.affiliation_words import state_body_noun
from kg.extract.body_states import body, body_main_state
from kg.extract.branch_heads import branch_head
from kg.extract.states import main_state
from kg.facts import entity_key
from kg.german import ADJECTIVE_ENDINGS, GENITIVE_ARTICLES, NOUN_COMPLEMENT_OPENERS, DETERMINERS
from kg.nlp.hits import Hit

ACRONYM = declare("title-affiliation-acronym", "title affiliation", "an acronym in brackets in the title's "
                  "complement names the body: „Leiter des Potsdam-Instituts für Klimafolgenforschung (PIK)“")

def genitive_state(st: ReadingState, k: int) -> Hit | None:
    """A state named in the genitive at token k, right after a title: „Präsident Polens“."""
    return next((x for x in st.by_tok.get(k, []) if x.label == "STATE" and x.form == "genitive" and x.tok == k),
                None)


TITLE_AFFILIATION = Stage("title affiliation")
CLERGY, CLERGY_ENVOY = "title-affiliation-clergy", "title-affiliation-clergy-envoy"


def title_affiliation(st: ReadingState, h: Hit, obj: PersonDraft | None) -> tuple[str, str | None]:
    """(rule, key) of the State/Organization a title names: prefix, adjective, genitive or
    'von'-complement; ("", None) where none does. A church's office names its church body alone: the town before
    it is its see („der Grazer Bischof“)."""
    if clergy_title(h.key):
        envoy = envoy_state(st, h)
        if envoy is not None:
            return CLERGY_ENVOY, envoy
        body_key = church_body(st, h)
        return (CLERGY, body_key) if body_key is not None else ("", None)
    found = TITLE_AFFILIATION.first(st, h, obj)
    return found if found is not None else ("", None)


@TITLE_AFFILIATION.rule("title-affiliation-prefix", "a state or organisation prefixed to the title: "
                        "„US-Präsident“, „Nato-Generalsekretär“; a party's holder acts for his state "
                        "(„ÖVP-Außenminister“) unless the title is a party's („AfD-Chefin“)")
def _affiliation_prefix(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    for x in st.by_tok.get(h.tok, []):
        if x.label in ("STATE", "ORG") and x.form == "prefix":
            if x.label == "STATE":
                return None if branch_head(st, h.tok) else st.state(x.key, x.start).key
            rec = st.orgs[x.key]
            if rec.kind == "international" and h.key in _portfolio_titles():
                fired(PORTFOLIO_PREFIX)
                return None     # „der türkische EU-Minister“: the body is his portfolio
            if rec.kind == "party":
                # "AfD-Chefin" acts for her party, "ÖVP-Außenminister" for his state
                if rec.state and h.key not in st.t.party_titles:
                    return st.state(rec.state, x.start).key
                return st.org(x.key, x.start).key
            return st.org(x.key, x.start).key     # a government body: `_hold` gives its state first
    return None


@TITLE_AFFILIATION.rule("title-affiliation-prefix-named", "a title joined by a hyphen to the name of an "
                        "organisation the article names elsewhere, which no list holds, acts for it: „Die Firma "
                        "Zeltrix baut ab, sagte Zeltrix-Chefin Eva Musterfrau“; not a prefix the article names "
                        "nowhere else („Lumbo-Chef Max Beispiel“) nor a listed one (title-affiliation-prefix's)")
def _affiliation_prefix_named(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    parts = st.words[h.tok].split("-")
    if h.tok_end != h.tok + 1 or len(parts) < 2 or any(x.form == "prefix" for x in st.by_tok.get(h.tok, [])):
        return None         # a listed prefix is title-affiliation-prefix's, also where it declines („EU-Minister“)
    prefix = "-".join(parts[:-1])
    if prefix.casefold().startswith(german.FORMER_PREFIX + "-"):
        prefix = prefix[len(german.FORMER_PREFIX) + 1:]     # „Ex-Zeltrix-Chef“
    named = next((x for x in st.hits if x.label == "ORG" and st.text[x.start:x.end] == prefix), None)
    return st.org(named.key, named.start).key if named is not None else None


PORTFOLIO_PREFIX = declare("title-affiliation-portfolio-prefix", "title affiliation", "guard: an international body's "
                           "name before a government member's title with no portfolio of its own "
                           "(`portfolio_prefix_titles.tsv`) is his portfolio, not whom he acts for: „Ankara – Der "
                           "EU-Minister Max Muster sagte“ acts for the Türkei; not „EU-Kommissar Max Muster“ (the body's "
                           "own officer)")


@lru_cache(maxsize=1)
def _portfolio_titles() -> frozenset[str]:
    """`portfolio_prefix_titles.tsv`: the government members' titles an international body's prefix gives a
    portfolio („Minister“ in „EU-Minister“)."""
    return resources.listed_words("portfolio_prefix_titles.tsv")


@TITLE_AFFILIATION.rule("title-affiliation-body-compound", "a title written in one word after the one-word name "
                        "of a state's listed body (`organizations.tsv`: kind government, with a state: a chamber, an "
                        "office), maybe with a linking -s, acts for that body unless the article reports from "
                        "another state (by its dateline, the state it names most or its parties' state); after a "
                        "statutory chamber's kind (`chamber_kinds.tsv`) for that chamber: „Wien – … "
                        "Nationalratsabgeordnete Eva Muster“ for Österreich and Nationalrat, "
                        "„Wirtschaftskammerpräsident Max Muster“ for the Wirtschaftskammer; not „Wien – … "
                        "Bundestagsabgeordneter Max Muster“ (another state's chamber)")
def _affiliation_body_compound(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    key, names = h.key, _body_names()
    for end in range(_BODY_PREFIX_MIN, len(key) - _BODY_PREFIX_MIN):
        name = names.get(key[:end])
        if name is not None and (key[end:end + 1].islower() and key[end] not in _LINKS
                                 or key[end:end + 1] in _LINKS and key[end + 1:end + 2].islower()):
            rec = st.orgs.get(name)
            if rec is None:         # a chamber's kind no hit of the article named
                rec = st.orgs[name] = resources.OrgRecord(name, (), "other", None)
            if rec.state and rec.state != (_report_state(st) or rec.state):
                return None
            return st.org(name, h.start).key
    return None


def _report_state(st: ReadingState) -> str | None:
    """The ISO code of the state an article reports from: its dateline's (a capital or a listed town alone), else
    the one it names most, else the one state of the parties it names."""
    town = st.states.town_dateline
    rec = st.t.places.get(town.key) if town is not None else None
    found = st.states.lone_dateline or st.states.dateline or (rec.state if rec is not None else None) \
        or main_state(st)
    if found:
        return found
    parties = st.named_party_states() - {None}
    return next(iter(parties)) if len(parties) == 1 else None


_BODY_PREFIX_MIN = 5        # letters: „Kreml“; no four-letter name („Sejm“) is read inside a word


@lru_cache(maxsize=1)
def _body_names() -> dict[str, str]:
    """The one-word names and aliases of the states' listed bodies (`organizations.tsv`: kind government, with a
    state; not an acronym in capitals nor a seat of `title_seats.tsv`) and the statutory chambers' kinds, each to
    the body's name."""
    seats = {prefix for prefix, _ in _title_seats()}       # „Kremlsprecher“: title-affiliation-seat's
    listed = {n: o.name for o in resources.load_organizations() if o.kind == "government" and o.state
              for n in (o.name, *o.aliases) if " " not in n and "-" not in n and len(n) >= _BODY_PREFIX_MIN
              and not n.isupper() and n not in seats}
    return listed | {kind: kind for kind in resources.load_word_list("chamber_kinds.tsv")}


@TITLE_AFFILIATION.rule("title-affiliation-before", "a state or organisation before the title: „der "
                        "türkische Präsident“, „Russlands Präsident“, „Moskaus Botschafter“")
def _affiliation_before(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    b = h.tok - 1
    steps, plain = 0, False
    while b >= 0 and steps < 4:
        for x in st.by_tok.get(b, []):
            # a state's plain name only past adjectives: „In der Ukraine sagte der Außenminister“ is no title's
            if x.label == "STATE" and (x.form in ("adjective", "genitive") or x.form == "name" and not plain):
                return st.state(x.key, x.start).key
            if x.label == "CAPITAL" and x.form == "genitive":
                return st.state(x.key, x.start).key
            if x.label == "ORG" and x.form in ("genitive", "name") and b == h.tok - 1:
                return st.org(x.key, x.start).key
        w = st.words[b]
        if not (w in DETERMINERS or w.islower()) or w in german.AND_GLUE:
            break
        plain = plain or w in DETERMINERS or not w.endswith(ADJECTIVE_ENDINGS)
        b -= 1
        steps += 1
    return None


@TITLE_AFFILIATION.rule("title-affiliation-region", "a listed region or city in the genitive right before the "
                        "title names the state it lies in: „Niedersachsens Umweltminister“ for Deutschland")
def _affiliation_region(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    place = next((x for x in st.by_tok.get(h.tok - 1, []) if x.label == "PLACE" and x.form == "genitive"
                  and x.tok_end == h.tok), None) if h.tok > 0 else None
    return _place_state(st, place)


def _place_state(st: ReadingState, place: Hit | None) -> str | None:
    """The key of the state a listed place (its hit) lies in, None where the list gives none."""
    rec = st.t.places.get(place.key) if place is not None else None
    return st.state(rec.state, place.start).key if rec is not None and rec.state else None


@TITLE_AFFILIATION.rule("title-affiliation-region-adjective", "a region's adjective (`region_adjectives.tsv`) right "
                        "before the title, maybe after another adjective, names the state the region lies in: „der "
                        "steirische Landeshauptmann“, „des damaligen bayerischen Ministerpräsidenten“ for Österreich and "
                        "Deutschland")
def _affiliation_region_adjective(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    for b in range(h.tok - 1, max(-1, h.tok - 3), -1):
        w = st.words[b]
        if not (w.islower() and w.endswith(ADJECTIVE_ENDINGS)) or st.by_tok.get(b):
            return None
        if (found := region_adjective(w)) is not None:
            return st.state(found[0].iso, st.idx[b]).key
    return None




@TITLE_AFFILIATION.rule("title-affiliation-town-adjective", "a town's adjective in „-er“ before the title names "
                        "the state the town lies in: „der Prager Bürgermeister“, „des Straßburger Touristikchefs“")
def _affiliation_town_adjective(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    b = h.tok - 1
    while b > 0 and h.tok - b <= 2 and st.words[b].islower() and st.words[b].endswith(ADJECTIVE_ENDINGS):
        b -= 1          # "der Straßburger stellvertretende Bürgermeister"
    iso = _town_adjective_state(st, b) if b >= 0 and not st.by_tok.get(b) else None
    return st.state(iso, st.idx[b]).key if iso else None


def _town_adjective_state(st: ReadingState, k: int) -> str | None:
    """ISO code of the state of the town whose adjective („Prager“, „Straßburger“, „Münchner“) is at k."""
    word = st.words[k]
    if not word[:1].isupper() or not word.endswith(german.ER_SUFFIX) or len(word) < 5:
        return None
    if word in st.t.capital_adjectives:
        return st.t.capital_adjectives[word]
    for stem in (word[:-2], word[:-1], word[:-2] + "en", word[:-3] + "en"):     # Dresdner, Münchner
        rec = st.t.places.get(stem)
        if rec is not None and rec.state:
            return rec.state
    return None


@TITLE_AFFILIATION.rule("title-affiliation-org-compound", "a title written in one word with an international "
                        "organisation's name before it, maybe with a linking -s or -n, acts for that organisation: "
                        "„Europaratsgeneralsekretär“, „Eurogruppenchef“")
def _affiliation_org_compound(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    key, names = h.key, _international_names()
    for end in range(_ORG_PREFIX_MIN, len(key) - _ORG_PREFIX_MIN):
        name = names.get(key[:end])
        if name is not None and (key[end:end + 1].islower() and key[end] not in _LINKS
                                 or key[end:end + 1] in _LINKS and key[end + 1:end + 2].islower()):
            return st.org(name, h.start).key
    return None


_ORG_PREFIX_MIN = 4         # letters of „Nato“, „Opec“
_LINKS = tuple(german.SHORT_GENITIVE_ENDING + "n")      # „Europarats-“, „Eurogruppen-“


@lru_cache(maxsize=1)
def _international_names() -> dict[str, str]:
    """The one-word names and aliases (four letters or more, not an acronym in capitals) of the international
    organisations of `organizations.tsv`, each to the organisation's name."""
    return {n: o.name for o in resources.load_organizations() if o.kind == "international"
            for n in (o.name, *o.aliases) if " " not in n and "-" not in n and len(n) >= _ORG_PREFIX_MIN
            and not n.isupper()}


@TITLE_AFFILIATION.rule("title-affiliation-seat", "a title word beginning with a government's seat "
                        "(`title_seats.tsv`): „ein Kremlsprecher“")
def _affiliation_seat(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    for x in st.by_tok.get(h.tok, []):
        if x.label == "TITLE":
            iso = next((iso for prefix, iso in _title_seats() if x.key.startswith(prefix)), None)
            if iso is not None:
                return st.state(iso, x.start).key
    return None


def _adjective_complement(st: ReadingState, h: Hit, obj: PersonDraft | None) -> int | None:
    """The first word of the title's complement where a state's adjective opens it („des Österreichischen …“)."""
    j = _complement_name(st, h) if obj is None else None
    return j if j is not None and any(x.label == "STATE" and x.form == "adjective" for x in st.by_tok.get(j, ())) \
        else None


@TITLE_AFFILIATION.rule("title-affiliation-adjective-body", "a state's adjective opening the title's complement, "
                        "whose name an acronym in brackets ends, qualifies that body: the holder acts for the body, "
                        "not the state: „der Präsident des Österreichischen Zahnärztekammertags (ÖZKT), Max Muster“ "
                        "for ÖZKT; not „der Präsident des Österreichischen Zahnärztekammertags, Max Muster“ (no "
                        "acronym: title-affiliation-after gives Österreich)")
def _affiliation_adjective_body(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    j = _adjective_complement(st, h, obj)
    if j is None:
        return None
    named = _affiliation_acronym(st, j + 1)
    return named if named is not None and not named.startswith(_STATE_KEY) else None


_STATE_KEY = entity_key("State", "x")[:-1]      # „state:“: the kind of a state's key


@TITLE_AFFILIATION.rule("title-affiliation-adjective-named-body", "a state's adjective opening the title's "
                        "complement before a firm, an institute or an association read as an organisation, by its "
                        "noun or by its name after its noun, qualifies that body: „der Chef des deutschen "
                        "Forschungsinstituts Quorvex, Max Muster“ for Quorvex, „die Präsidentin des griechischen "
                        "Bankenverbandes, Eva Muster“ for the Bankenverband; not a state's own body („der Sprecher des "
                        "russischen Außenministeriums“), nor a party („der Chef der polnischen Bauernpartei“)")
def _affiliation_adjective_named_body(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    j = _adjective_complement(st, h, obj)
    if j is None:
        return None
    for k in (j + 1, j + 2):
        x = next((x for x in st.by_tok.get(k, ()) if x.label == "ORG" and x.tok == k), None)
        if x is not None:
            return st.org(x.key, x.start).key if st.orgs[x.key].kind not in _STATE_OR_PARTY_KINDS else None
        if st.by_tok.get(k) or not st.words[k][:1].isupper():
            return None
    return None


_STATE_OR_PARTY_KINDS = frozenset({"government", "party", "armed"})


@TITLE_AFFILIATION.rule("title-affiliation-after", "the state or organisation in the title's complement, "
                        "unless it names a person: „Präsident der Ukraine“, „Generalsekretär der Nato“")
def _affiliation_after(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    j = _complement_name(st, h) if obj is None else None
    if j is None:
        return None
    for x in st.by_tok.get(j, []) or _members_word_party(st, j - 1):
        if x.label == "STATE":
            return None if _describes_private_body(st, x) else st.state(x.key, x.start).key
        if x.label == "ORG":
            x = _members_party(st, x) or x
            return st.org(x.key, x.start).key
        if x.label == "BODY":
            named = st.body_at.get(x.tok)
            iso = None if named else (st.states.dateline or body_main_state(st))
            if named is None and iso:
                named = body(st, x, iso, "body-dateline" if st.states.dateline else "body-main-state")
            if named is not None and named.affiliations:
                return named.key        # a state's body: `_hold` gives its state first
    named = _affiliation_acronym(st, j)
    if named is not None:
        fired(ACRONYM)
    return named


PRIVATE_BODY_ADJECTIVE = declare("title-affiliation-private-body-adjective", "title affiliation", "guard: a state's "
                                 "adjective in lower case in a title's complement before a noun no rule reads that is no state's "
                                 "body (`state_body_nouns.tsv`) describes that body and names no state the holder "
                                 "acts for: „Max Muster, Geschäftsführer der deutschen Prüfstelle Quorvo“, „der "
                                 "Generalsekretär der österreichischen Anglerverbände“ give no Deutschland, no "
                                 "Österreich; not „der Präsident der französischen Nationalversammlung“, „der Sprecher "
                                 "der ukrainischen Regierung“")
_STATE_BODY_ENDS = tuple(resources.listed_words("state_body_nouns.tsv"))


def _describes_private_body(st: ReadingState, x: Hit) -> bool:
    """The state hit x is an adjective in lower case (a capitalised one opens the body's name: „des Österreichischen
    Zahnärztekammertags“) before a capitalised noun that no hit covers and that is no state's body."""
    k = x.tok_end
    if x.form != "adjective" or not x.text[:1].islower() or k >= len(st.words) or st.by_tok.get(k) \
            or not st.words[k][:1].isupper():
        return False
    if st.words[k].lower().endswith(_STATE_BODY_ENDS):
        return False
    fired(PRIVATE_BODY_ADJECTIVE)
    return True


@TITLE_AFFILIATION.rule("title-affiliation-complement-chamber", "a title whose complement names a group no rule "
                        "reads, followed by „im“ or „in der“ and a state's or an international body, acts for that "
                        "body: „der Chef der konservativen Fraktion im Europaparlament, Max Muster“ for the Europäisches "
                        "Parlament; not a town („der Chef der Fabrixwerke in Lindau“), nor a firm („der Betriebsrat der "
                        "Fabrixwerke in der Fabrix AG“)")
def _affiliation_complement_chamber(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    j = _complement_name(st, h) if obj is None else None
    if j is None or j + 1 >= len(st.words) or st.words[j] not in german.IN_PREPOSITIONS:
        return None
    k = j + 2 if st.words[j + 1] in DETERMINERS else j + 1
    x = next((x for x in st.by_tok.get(k, ()) if x.label == "ORG" and x.tok == k), None)
    return st.org(x.key, x.start).key if x is not None and st.orgs[x.key].kind in _CHAMBER_KINDS else None


_CHAMBER_KINDS = frozenset({"international", "government"})


def complement_party(st: ReadingState, h: Hit) -> str | None:
    """The party named by its own word in the title's complement: „Abgeordneter der SPÖ“, „Chef der oppositionellen
    Partei X“; not a party's compound („der ÖVP-geführten Regierung“)."""
    j = _complement_name(st, h)
    if j is None:
        return None
    return next((x.key for x in st.by_tok.get(j, []) if x.label == "ORG" and x.tok == j and x.form != "prefix"
                 and st.orgs[x.key].kind == "party"), None)


MEMBERS_GENITIVE = declare("title-affiliation-party-members", "title affiliation", "a party named by its members' "
                           "plural in the title's complement, before a genitive article and another party, is that "
                           "party's members: „die Vorsitzende der Sozialisten der Fortas, Eva Muster“ → Fortas, not the "
                           "listed socialist party; not „die Vorsitzende der Sozialisten der Stadt“ (no party)")


def _members_party(st: ReadingState, x: Hit) -> Hit | None:
    """The party hit after the genitive article behind the party hit x, where x is one word of a members' plural:
    „der Sozialisten der Fortas“."""
    words, k = st.words, x.tok_end
    if x.tok_end != x.tok + 1 or st.orgs[x.key].kind != "party" or not words[x.tok].endswith(
            german.MEMBERS_PLURAL_ENDINGS) or k + 1 >= len(words) or words[k] not in GENITIVE_ARTICLES:
        return None
    found = next((y for y in st.by_tok.get(k + 1, []) if y.label == "ORG" and y.tok == k + 1
                  and st.orgs[y.key].kind == "party"), None)
    if found is not None:
        fired(MEMBERS_GENITIVE)
    return found


def _members_word_party(st: ReadingState, j: int) -> list[Hit]:
    """The party hit after the genitive article at token j + 1 behind a members' plural at j that no hit reads
    (a generic party's name the article's states do not fit): „der Sozialisten der Fortas“."""
    words = st.words
    if j < 1 or j + 2 >= len(words) or st.by_tok.get(j) or words[j - 1] not in GENITIVE_ARTICLES \
            or words[j + 1] not in GENITIVE_ARTICLES or not words[j][:1].isupper() \
            or not words[j].endswith(german.MEMBERS_PLURAL_ENDINGS):
        return []
    found = next((y for y in st.by_tok.get(j + 2, []) if y.label == "ORG" and y.tok == j + 2
                  and st.orgs[y.key].kind == "party"), None)
    if found is None:
        return []
    fired(MEMBERS_GENITIVE)
    return [found]


def _complement_name(st: ReadingState, h: Hit) -> int | None:
    """The token of the name in the title's complement („von“ or a genitive article): past determiners,
    adjectives and one head noun („der oppositionellen Partei X“, „der Bundespolizeidirektion München“)."""
    words, k = st.words, h.tok_end
    if not (k < len(words) and words[k] in NOUN_COMPLEMENT_OPENERS):
        return None
    j = k + 1
    # past determiners and adjectives: "der oppositionellen Partei X"
    while j < len(words) and (words[j] in DETERMINERS or (
            words[j].islower() and words[j].endswith(ADJECTIVE_ENDINGS) and j < k + 4
            and not st.by_tok.get(j))):
        j += 1
    if j < len(words) and not st.by_tok.get(j) and words[j][:1].isupper() and j + 1 < len(words):
        j += 1      # "der Partei Recht und Gerechtigkeit": past the head noun to the name
    return j


@TITLE_AFFILIATION.rule("title-affiliation-workplace", "an organisation the title holder works in, named right "
                        "after the title by „im“ or „in der“: „der Staatssekretär im Auswärtigen Amt“, „die Abgeordnete "
                        "im Europäischen Parlament“; not a town („der Botschafter in Wien“)")
def _affiliation_workplace(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    words, k = st.words, h.tok_end
    if obj is not None or k + 1 >= len(words) or words[k] not in german.IN_PREPOSITIONS:
        return None
    j = k + 2 if words[k + 1] in DETERMINERS else k + 1
    org = next((x for x in st.by_tok.get(j, []) if x.label == "ORG" and x.tok == j), None)
    return st.org(org.key, org.start).key if org is not None else None


@TITLE_AFFILIATION.rule("title-affiliation-place", "a listed town or region in the title's complement names "
                        "the state it lies in: „der Gouverneur von Michigan“, „der Sprecher der "
                        "Bundespolizeidirektion München“")
def _affiliation_place(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    j = _complement_name(st, h) if obj is None else None
    place = next((x for x in st.by_tok.get(j, []) if x.label == "PLACE"), None) if j is not None else None
    if place is not None and _place_in_body_name(st, h, place):
        fired(PLACE_IN_BODY_NAME)
        return None
    return _place_state(st, place)


PLACE_IN_BODY_NAME = declare("title-affiliation-place-in-body-name", "title affiliation", "guard: a town or region "
                             "in the title's complement that is part of a body's name names no state he acts for: "
                             "after a noun that is neither a place's (`place_complement_heads.tsv`) nor a state "
                             "body's („der Leiter des Musikbüros Kärnten, Max Muster“), or before an unread "
                             "capitalised word („der Direktor der Kärnten Galerie, Max Muster“): he heads that body; "
                             "not „der Bürgermeister der Stadt Graz“, „der Sprecher der Polizeidirektion Graz“, "
                             "„der Gouverneur von Ohio, Max Muster“")
_PLACE_COMPLEMENT_HEADS = tuple(resources.listed_words("place_complement_heads.tsv"))


def _place_in_body_name(st: ReadingState, h: Hit, place: Hit) -> bool:
    """Whether the place of the title's complement is part of a body's name: after a head noun that names no place
    and no state's body („des Musikbüros Kärnten“), or before an unread capitalised word („der Kärnten Galerie“)."""
    words, j, end = st.words, place.tok, place.tok_end
    if end < len(words) and words[end][:1].isupper() and words[end].isalpha() and not st.by_tok.get(end):
        return True
    head = words[j - 1]
    if j - 1 <= h.tok_end or not head[:1].isupper() or head in DETERMINERS or st.by_tok.get(j - 1):
        return False
    low = head.lower()
    return not state_body_noun(head) and not low.startswith(_PLACE_COMPLEMENT_HEADS)


@TITLE_AFFILIATION.rule("title-affiliation-genitive", "a state's name in the genitive right after the title: "
                        "„der Außenminister Frankreichs“, „Präsident Polens“")
def _affiliation_genitive(st: ReadingState, h: Hit, obj: PersonDraft | None) -> str | None:
    state = genitive_state(st, h.tok_end)
    return st.state(state.key, state.start).key if state is not None else None


def _affiliation_acronym(st: ReadingState, j: int) -> str | None:
    """ "Leiter des Potsdam-Instituts für Klimafolgenforschung (PIK)": the acronym names the body;
    "der Internet-Polizei (IIP) des Iran": a body of the state named after it."""
    words = st.words
    for m in range(j, min(j + 10, len(words) - 2)):
        if words[m] in (",", ".", ":"):
            break
        if words[m] == "(" and words[m + 2] == ")":
            if m + 4 < len(words) and words[m + 3] in GENITIVE_ARTICLES:
                for x in st.by_tok.get(m + 4, []):
                    if x.label == "STATE":
                        return st.state(x.key, x.start).key
            for x in st.by_tok.get(m + 1, []):
                if x.label == "ORG":
                    return st.org(x.key, x.start).key
    return None


@lru_cache(maxsize=1)
def _title_seats() -> tuple[tuple[str, str], ...]:
    """(prefix, ISO code) of `title_seats.tsv`: title words that begin with a government's seat."""
    return tuple((r["prefix"], r["iso2"]) for r in resources.rows("title_seats.tsv"))

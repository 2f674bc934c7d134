"""Whom an official no word places acts for: the rules of `OFFICIAL_AFFILIATION` tried after those of
`affiliation_words`, each reading the article's context (the capital of a visit, the sentence before, the dateline,
the parties named, the state named most, the persons tied to one state); and `official_affiliation`, which tries
the stage's rules in order for `persons.finish`.
"""
from __future__ import annotations

from kg import german, resources
from kg.extract import title_elsewhere  # noqa: F401  (its rule is tried before the context rules below)
from kg.extract.affiliation_firms import sentence_orgs
from kg.extract.affiliation_words import (OFFICIAL_AFFILIATION, OTHERS_NATIONALITY, TITLED_STATE, after_name,
                                          body_officer, chamber_elsewhere, context_state, nationality_of_other, party_states,
                                          role_head, state_key, titled_state)
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.extract.states import main_state


def official_affiliation(st: ReadingState, p: PersonDraft) -> tuple[str, str] | None:
    """(rule, key): whom an official acts for, by the first rule of `OFFICIAL_AFFILIATION` that knows."""
    tok = p.title_tok if p.title_tok is not None else st.tok_at(p.first)
    return OFFICIAL_AFFILIATION.first(st, p, tok)


@OFFICIAL_AFFILIATION.rule("official-affiliation-host-capital", "an official no word places, in a sentence where a "
                           "visitor's title names another state, acts for the state of the capital the sentence says "
                           "they are in („in Moskau“), or of the capital the sentence before travelled to where this one "
                           "says „dort“: „In Moskau traf der deutsche Außenminister Max Muster seinen Amtskollegen Hans "
                           "Mayer“, „Der US-Außenminister reiste nach Kairo. Dort traf er Präsident Hans Mayer“")
def _affiliation_host_capital(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s, words = st.sent_of[tok], st.words
    visitors = {st.state_at(t) for t in _sentence_state_toks(st, s) if titled_state(st, t)}
    visitors |= {st.state_at(t) for t in _sentence_state_toks(st, s - 1) if titled_state(st, t)} if s else set()
    if not visitors:
        return None
    own = _sentence_toks(st, s)
    places = [k for k in own if k and words[k - 1].lower() in german.IN_PREPOSITIONS]
    if s and any(words[k].lower() in german.THERE for k in own):
        places += [k for k in _sentence_toks(st, s - 1)
                   if k and words[k - 1].lower() in german.IN_PREPOSITIONS | german.TOWARDS_PREPOSITIONS]
    hosts = {x.key for k in places for x in st.by_tok.get(k, ()) if x.tok == k and (
        x.label == "CAPITAL" or x.label == "STATE" and x.form in ("name", "genitive"))} - visitors
    return state_key(st, p, hosts.pop()) if len(hosts) == 1 else None


def _sentence_state_toks(st: ReadingState, s: int) -> list[int]:
    """The tokens of the State hits of sentence s."""
    return st.states.toks.get(s, [])


def _sentence_toks(st: ReadingState, s: int) -> range:
    """The tokens of sentence s."""
    start, end = st.sent_spans[s] if st.sent_spans else (0, len(st.text))
    lo, hi = st.tok_at(start), st.tok_at(end)
    return range(lo, hi + 1 if hi == len(st.words) - 1 and st.sent_of[hi] == s else hi)


@OFFICIAL_AFFILIATION.rule("official-affiliation-speech-capital", "an official no word places acts for the "
                           "state of the capital his own clause says he is in, after „in“ right after his title or "
                           "past his name and a few words of time and scene, before the dateline and the state the "
                           "article names most: „Ruritanien … Österreich … sagte Außenminister Max Muster am Montag vor "
                           "Journalisten in Ljubljana“, „der Finanzminister in Athen, Max Muster“ for Slowenien, "
                           "Griechenland; not an envoy, who is posted there („der Botschafter in Wien, Max Muster“), nor "
                           "after another preposition („nach einem Treffen in Athen“), nor past a comma")
def _affiliation_speech_capital(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if role_head(p) in _ENVOY_TITLES:
        return None
    starts = after_name(st, p) + ([p.title_tok + 1] if p.title_tok is not None else [])
    isos = {iso for k in starts if (iso := _scene_capital(st, k)) is not None}
    return context_state(st, p, isos.pop()) if len(isos) == 1 else None


_SCENE_REACH = 7        # tokens from the name to the „in“: „am Montag vor Journalisten in“


def _scene_capital(st: ReadingState, k: int) -> str | None:
    """The ISO code of the capital after „in“ at token k or past words of time and scene after it („am Montag vor
    Journalisten in Kairo“): articles, `german.SCENE_PREPOSITIONS`, capitalised nouns; None at any other word."""
    words, s = st.words, st.sent_of[k] if k < len(st.words) else -1
    for j in range(k, min(k + _SCENE_REACH, len(words) - 1)):
        w = words[j]
        if st.sent_of[j] != s:
            return None
        capital = next((x.key for x in st.by_tok.get(j + 1, ()) if x.label == "CAPITAL" and x.tok == j + 1), None) \
            if w in german.IN_PREPOSITIONS else None
        if capital is not None:
            return capital
        if not (w[:1].isupper() or w in german.SCENE_PREPOSITIONS or w in german.ARTICLES):
            return None
    return None


@OFFICIAL_AFFILIATION.rule("official-affiliation-spokesperson-body", "a spokesperson whose title names no body "
                           "(`bare_spokesperson_titles.tsv`) speaks for the one organisation his sentence names, else "
                           "the one the sentence before names where that names no state; for a state's ministry, for "
                           "its state: „Die Fabrix AG bestätigt Verhandlungen. Man mische sich nicht ein, sagt "
                           "Pressesprecherin Eva Muster“ for the Fabrix AG; not a medium he speaks to („sagte Sprecher "
                           "Max Muster der Fabrixzeitung“), nor where two organisations are named, nor "
                           "„Polizeisprecher Max Muster“ (a title naming its body)")
def _affiliation_spokesperson_body(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if (p.role or "").lower() not in _BARE_SPOKESPERSONS:
        return None
    s, orgs = st.sent_of[tok], sentence_orgs(st)
    for k in (s, s - 1):
        if k < 0 or k < s and st.states.toks.get(k):
            return None
        keys = orgs.get(k, set())
        if len(keys) > 1:
            return None
        if keys:
            body = st.drafts[next(iter(keys))]
            states = [a for a in body.affiliations if st.drafts.get(a) and st.drafts[a].type == "State"]
            return states[0] if body.kind == "government" and states else body.key
    return None


_BARE_SPOKESPERSONS = resources.listed_words("bare_spokesperson_titles.tsv")
@OFFICIAL_AFFILIATION.rule("official-affiliation-lone-dateline", "an official no word places acts for the state "
                           "of a dateline that names its capital alone, where the report was filed, before the state "
                           "the article names most: „Wien – … Spanien … Spanien … sagte Polizeisprecher Max Muster“ "
                           "for Österreich; not „Wien/Madrid – …“")
def _affiliation_lone_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return _dateline_state(st, p, st.states.lone_dateline)


ENVOY_DATELINE = declare("official-affiliation-envoy-dateline", "official affiliation", "guard: an envoy "
                         "(`envoy_titles.tsv`: „Botschafter“, „Generalkonsulin“) is posted abroad, where the report is "
                         "filed: a dateline's state is his host's, not the one he acts for: „Prag – Die Gespräche "
                         "gingen weiter, sagte Botschafter Max Muster“ gives him no Tschechien; not „Prag – …, sagte "
                         "Außenminister Max Muster“")
_ENVOY_TITLES = resources.listed_words("envoy_titles.tsv")


def _dateline_state(st: ReadingState, p: PersonDraft, iso: str | None) -> str | None:
    """`context_state` of a dateline's state iso, none for an envoy."""
    if iso and role_head(p) in _ENVOY_TITLES:
        fired(ENVOY_DATELINE)
        return None
    return context_state(st, p, iso)


@OFFICIAL_AFFILIATION.rule("official-affiliation-town-dateline", "an official no word places acts for the state "
                           "of a listed town that a dateline names alone, before the state the article names most: "
                           "„Graz – … Spanien … Spanien … sagte Polizeisprecher Max Muster“ for Österreich; not "
                           "„Graz/Madrid – …“")
def _affiliation_town_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    town = st.states.town_dateline
    rec = st.t.places.get(town.key) if town is not None else None
    return _dateline_state(st, p, rec.state) if rec is not None and rec.state else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-one-state-dateline", "an official no word places acts for "
                           "the state of a dateline whose places, capitals and listed towns, all lie in it, before the "
                           "state the article names most: „Wien/Linz – … Spanien … Spanien … sagte Polizeisprecher Max "
                           "Muster“ for Österreich; not „Wien/Madrid – …“")
def _affiliation_one_state_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    states = {h.key if h.label == "CAPITAL" else (rec.state if (rec := st.t.places.get(h.key)) else None)
              for h in st.states.dateline_places}
    return _dateline_state(st, p, states.pop()) if len(states) == 1 else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-sentence-before", "an official no word places, in a sentence "
                           "that names no state, acts for the one state the sentence before names, by name, adjective "
                           "or a capital acting as its government: „Die serbische Regierung protestierte. Premier Max "
                           "Muster sagte …“, „Moskau wies das zurück. Sprecherin Maria Muster sagte …“; not where that "
                           "sentence names two")
def _affiliation_sentence_before(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s = st.sent_of[tok]
    if s == 0:
        return None
    # the State mentions (acting capitals among them) of this sentence and the one before
    named = {k: {m.key for m in st.mentions if m.type == "State" and st.sent_of[st.tok_at(m.start)] == k}
             for k in (s - 1, s)}
    if len(named[s - 1]) != 1 or named[s]:
        return None
    before = [st.tok_at(m.start) for m in st.mentions if m.type == "State" and st.sent_of[st.tok_at(m.start)] == s - 1]
    if all(titled_state(st, t) for t in before):
        fired(TITLED_STATE)     # „Der iranische Präsident X besuchte Rom. Er traf Regierungschef Y“: Iran is X's
        return None
    key = next(iter(named[s - 1]))
    if all(_after_place_preposition(st, t) for t in before) and key != _main_key(st):
        fired(PLACE_BEFORE)
        return None
    code = st.drafts[key].code if key in st.drafts else None
    return None if body_officer(st, p) or code and chamber_elsewhere(p, code) else key


PLACE_BEFORE = declare("official-affiliation-place-before", "official affiliation", "a state the sentence before "
                       "names only as a place („nach Ungarn“, „aus der Türkei“, „in Vietnam“) gives no official "
                       "of the next sentence his state unless the article names it most: „Die Flüchtlinge kamen aus "
                       "Ungarn. Polizeisprecher Max Muster sagte …“ gives him no Ungarn")


def _after_place_preposition(st: ReadingState, t: int) -> bool:
    """Whether the State mention at token t is a state's name after a place preposition, maybe past an article:
    „aus der Türkei“; not a capital acting as its government („die Regierung in Moskau“)."""
    words = st.words
    b = t - 1 if t >= 1 and words[t - 1].lower() not in german.ARTICLES else t - 2
    return b >= 0 and words[b].lower() in german.PLACE_PREPOSITIONS and st.state_at(t, "name") is not None


def _main_key(st: ReadingState) -> str | None:
    """The key of the state the article names most, if it names one more often than any other."""
    iso = None if st.states.main_tied else main_state(st)
    return st.named_state(iso) if iso else None


PARTY_COUNTRY_NOT_MAIN = declare("official-affiliation-party-country-not-main", "official affiliation", "guard: the "
                                 "one state whose parties the article names gives no official its state where the "
                                 "article names another state at least twice and more often than any other and its "
                                 "dateline is not in the parties' state: „Berlin – Ruritanien … Ruritanien … auch "
                                 "die Labour-Partei fordert Aufklärung. Präsident Max Muster versprach Hilfe“ gives "
                                 "him no Großbritannien (the main state's rule reads Ruritanien); not „Wien – "
                                 "Ruritanien … Ruritanien … die ÖVP …“")


@OFFICIAL_AFFILIATION.rule("official-affiliation-party-country", "an official no word places acts for the one "
                           "state whose parties the article names, where it names parties of one state only: „Die "
                           "SPÖ und die ÖVP verhandeln. Landesrat Max Muster sagte …“ for Österreich; not where it names "
                           "the SPD too")
def _affiliation_party_country(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    states = set(party_states(st))
    if len(states) != 1:
        return None
    iso = states.pop()
    main = main_state(st, min_mentions=2)
    if main is not None and iso not in (main, st.states.dateline) and not st.states.main_tied:
        fired(PARTY_COUNTRY_NOT_MAIN)       # the parties are an aside of a report on another state from a third
        return None
    return context_state(st, p, iso)


@OFFICIAL_AFFILIATION.rule("official-affiliation-main-state", "an official no word places acts for the state "
                           "the article names at least twice and more often than any other: „Polen … Polen … "
                           "Russland … sagte Verteidigungsminister Max Muster“ for Polen; not where another state is "
                           "named as often („Polen … Polen … Serbien … Serbien …“): that article has no main state")
def _affiliation_main_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if st.states.main_tied:
        fired(MAIN_TIED)
        return None
    main = st.states.main()
    if main is not None and main[1] == _BARE_MAIN and st.states.distinct > _BARE_MAIN:
        fired(MAIN_AMONG_MANY)
        return None
    return _not_local(p, context_state(st, p, main_state(st, min_mentions=2)))


MAIN_AMONG_MANY = declare("official-affiliation-main-among-many", "official affiliation", "a state the article names "
                          "only twice is no main state an official could act for where it names two other states "
                          "besides: „Polen … Polen … Serbien … Ungarn … sagte Außenminister Max Muster“ gives him "
                          "no Polen; not „Polen … Polen … Serbien …“, nor a state named three times")
_BARE_MAIN = 2      # mentions: the fewest that make a main state, and the other states that make it no main one


LOCAL_OFFICE = declare("official-affiliation-local-office", "official affiliation", "a local office (a mayor's, a "
                       "police spokesman's, a district's or a province's officer) is held in the place of the report: "
                       "its holder takes the dateline's or his own sentence's state, never only the state the article "
                       "names most or alone: „Spanien … Spanien … Das sei ernst, sagte Polizeisprecher Max Muster“ gives him no "
                       "Spanien; not „Außenminister Max Muster“ (german.LOCAL_OFFICE_HEADS)")


def _not_local(p: PersonDraft, key: str | None) -> str | None:
    """key, the state the article names most or alone, unless the official's title is a local office's (the part
    after its last hyphen, with or without „Ex“)."""
    head = role_head(p)
    if key and (head.removeprefix(german.FORMER_PREFIX) in german.LOCAL_OFFICE_HEADS
                or head in german.LOCAL_OFFICE_HEADS):
        fired(LOCAL_OFFICE)
        return None
    return key


MAIN_TIED = declare("official-affiliation-main-tied", "official affiliation", "an article that names two states "
                    "equally often, and none more, has no main state an official could act for: „Polen … Polen … "
                    "Serbien … Serbien … sagte Außenminister Max Muster“ gives him neither")


@OFFICIAL_AFFILIATION.rule("official-affiliation-dateline", "an official no word places acts for the "
                           "dateline's state: „Kiew/Moskau – Der Minister Max Muster sagte …“ for Ukraine")
def _affiliation_dateline(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    near = _near_place_states(st, st.sent_of[tok])
    if not near or near == {st.states.dateline}:
        return _dateline_state(st, p, st.states.dateline)
    fired(DATELINE_NEAR_PLACE)
    ours = near & _dateline_states(st)
    return _dateline_state(st, p, ours.pop()) if len(near) == 1 and ours else None


DATELINE_NEAR_PLACE = declare("official-affiliation-dateline-near-place", "official affiliation", "an official of "
                              "an article whose dateline names places in two states acts for the one of them whose "
                              "listed town or capital his sentence or the one before names, and for neither where it "
                              "names one of a third state: „Wien/Pressburg – … In Graz sei alles ruhig, sagte "
                              "Polizeisprecher Max Muster“ for Österreich; „… in Passau sei alles ruhig, sagte Max "
                              "Muster von der Polizei“ for neither; not where his sentences name no such place")


def _near_place_states(st: ReadingState, s: int) -> set[str]:
    """The states of the listed towns and capitals named in sentence s and the one before, outside the dateline."""
    dateline = {h.tok for h in st.states.dateline_places}
    hits = [h for k in (s - 1, s) if k >= 0 for t in _sentence_toks(st, k) for h in st.by_tok.get(t, ())
            if h.tok == t and t not in dateline]
    return {h.key if h.label == "CAPITAL" else st.t.places[h.key].state for h in hits
            if h.label == "CAPITAL" and h.form == "name"
            or h.label == "PLACE" and h.key in st.t.places and st.t.places[h.key].state}


def _dateline_states(st: ReadingState) -> set[str]:
    """The states of the dateline's capitals and listed towns."""
    return {h.key if h.label == "CAPITAL" else rec.state for h in st.states.dateline_places
            if h.label == "CAPITAL" or (rec := st.t.places.get(h.key)) is not None and rec.state}


@OFFICIAL_AFFILIATION.rule("official-affiliation-sentence-state", "an official no word places acts for a "
                           "state named in the sentence: „Der Minister Max Muster sprach über die Türkei“")
def _affiliation_sentence_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s = st.sent_of[tok]
    others = {t for t in st.states.toks.get(s, []) if nationality_of_other(st, p, t)}
    if others:
        fired(OTHERS_NATIONALITY)
    free = [(abs(t - tok), t, key) for t, key in zip(st.states.toks.get(s, []), st.states.keys.get(s, []))
            if t not in others and not titled_state(st, t)]
    if len(free) + len(others) < len(st.states.toks.get(s, [])):
        fired(TITLED_STATE)
    return context_state(st, p, min(free)[2]) if free else None


_LEDE = 2       # sentences: the title and the first sentence say what the article is about


@OFFICIAL_AFFILIATION.rule("official-affiliation-only-state", "an official no word places acts for the one "
                           "state the article names, where its lede names it: „Rumänien: … Staatschef Max Muster“")
def _affiliation_only_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    hits = [h for h in st.hits if h.label in ("STATE", "CAPITAL")]
    if not hits or st.sent_of[hits[0].tok] >= _LEDE or any(h.key != hits[0].key for h in hits):
        return None
    # a state the article names as such, not a capital read as a place
    return _not_local(p, context_state(st, p, hits[0].key)) if any(
        d.code == hits[0].key for d in st.drafts.values() if d.type == "State") else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-peers-state", "an official no word places acts for the one state "
                           "that at least two other persons of the article act for, by their title, party or list, "
                           "where the text names no other state: „Landeshauptmann Hans Mayer (ÖVP) und Klubobmann Jan "
                           "Beispiel (SPÖ) stritten. Bundesrat Max Muster sagte …“ for Österreich; not where one of them "
                           "acts for another state, nor for a company's officer („Konzernchef Max Muster“)")
def _affiliation_peers_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    tied, named = _peer_states(st)
    others = [iso for q, iso in tied if q is not p]
    states = set(others) | named
    return context_state(st, p, states.pop()) if len(others) >= _PEERS and len(states) == 1 else None


_PEERS = 2      # other persons tied to the state


def _peer_states(st: ReadingState) -> tuple[list[tuple[PersonDraft, str]], set[str]]:
    """(person, ISO code) of each person the text or the list ties to a state, by the title's state, the listed
    affiliation or the party's state; and the ISO codes of the states the text names; read once per article."""
    if st.peer_states is None:
        tied = []
        for q in st.people.values():
            title = st.drafts.get(q.affiliation) if q.affiliation else None
            listed = q.known.affiliation if q.known else None
            iso = (title.code if title is not None and title.type == "State" else None) \
                or (listed if listed in st.t.states else st.t.orgs[listed].state if listed in st.t.orgs else None) \
                or (st.orgs[q.party].state if q.party else None)
            if iso:
                tied.append((q, iso))
        st.peer_states = (tied, {h.key for h in st.hits if h.label in ("STATE", "CAPITAL")})
    return st.peer_states


@OFFICIAL_AFFILIATION.rule("official-affiliation-places-state", "an official no word places, in an article whose "
                           "dateline names a town alone and that names no state and no capital, acts for the one state "
                           "in which every listed town and region the article names lies, where the report was filed: "
                           "„Celle – … im Kreis Celle in Niedersachsen … sagte Staatsanwalt Max Muster“ for "
                           "Deutschland; not without a dateline („Max Muster war damals Polizeidirektor in Graz“), "
                           "nor where a listed place of another state is named („… in Niedersachsen und in Tirol …“), "
                           "nor a company's officer")
def _affiliation_places_state(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if st.states.town_dateline is None or st.states.main() is not None or any(h.label == "CAPITAL" for h in st.hits):
        return None
    places = [rec.state for h in st.hits if h.label == "PLACE" and (rec := st.t.places.get(h.key)) is not None
              and rec.state]
    states = set(places)
    if len(places) < _PLACES or len(states) != 1:
        return None
    return context_state(st, p, states.pop())


_PLACES = 1     # listed place mentions with a state

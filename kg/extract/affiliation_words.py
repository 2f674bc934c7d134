"""Whom an official acts for, the stage `OFFICIAL_AFFILIATION`: its first rules, which read the official's title,
list entry and party and the words around his name („der türkische Präsident X“, „X (SPD)“, „X aus Teheran“, „sein
Außenminister X“), and the guards the context rules of `affiliation_context` share (a company's or a body's officer,
a state that names another title's holder).
"""
from __future__ import annotations

import bisect

from kg import german, resources
from kg.extract.clergy import clergy_title
from kg.extract.branch_heads import branch_head
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.party_lookup import before_adjectives
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import Stage, declare, fired
from kg.extract.title_colleagues import person_before
from kg.nlp.hits import Hit

OFFICIAL_AFFILIATION = Stage("official affiliation")


def _group_state(st: ReadingState, tok: int) -> str | None:
    """'vier Tschechen, darunter der Ex-Minister X': the group names the person's state."""
    words = st.words
    s = st.sent_of[tok]
    for b in range(tok - 1, max(0, tok - 20), -1):
        if st.sent_of[b] != s:
            return None
        if words[b] in german.AMONG_ADVERBS or (words[b] in german.AMONG_PREPOSITIONS and b + 1 < len(words)
                                                and words[b + 1] in german.DATIVE_PLURAL_PRONOUNS):
            return next((key for k in range(b - 1, max(-1, b - 3), -1)
                         if (key := st.state_at(k, "demonym")) is not None), None)
    return None


@OFFICIAL_AFFILIATION.rule("official-affiliation-title", "an official acts for what the title names: "
                           "„der türkische Präsident Max Muster“ for Türkei")
def _affiliation_title(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return p.affiliation


@OFFICIAL_AFFILIATION.rule("official-affiliation-known", "a listed official acts for the affiliation "
                           "`people.tsv` gives: „Olaf Scholz“ for Deutschland")
def _affiliation_known(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    known = p.known
    return st.affiliation_key(known.affiliation, p.first) if known and known.affiliation else None


@OFFICIAL_AFFILIATION.rule("official-affiliation-state-office", "an official whose title is an office that one "
                           "state alone has (`state_offices.tsv`) acts for that state: „1965 besuchte Papst Max Muster "
                           "New York … die USA“ for the Vatikan; not „Präsident Max Muster“")
def _affiliation_state_office(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return state_key(st, p, _STATE_OFFICES.get(p.role or ""))


_STATE_OFFICES = dict(resources.commented_rows("state_offices.tsv"))     # "Papst" → VA


@OFFICIAL_AFFILIATION.rule("official-affiliation-party", "a party member acts for the party's state: "
                           "„Max Muster (SPD)“ for Deutschland")
def _affiliation_party(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return state_key(st, p, st.orgs[p.party].state if p.party else None)


@OFFICIAL_AFFILIATION.rule("official-affiliation-party-peers", "a member of a party no one state has (die Grünen) "
                           "acts for the one state of the other parties the article names: „die Anfrage des Grünen "
                           "Max Muster an Minister Hans Mayer (ÖVP)“ for Österreich")
def _affiliation_party_peers(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if not p.party or st.orgs[p.party].state is not None:
        return None
    states = set(party_states(st)) - {None}
    return state_key(st, p, states.pop()) if len(states) == 1 else None


def party_states(st: ReadingState) -> frozenset[str | None]:
    """The states of the parties the article names (None for a party of no one state), read once per article."""
    return st.named_party_states()


@OFFICIAL_AFFILIATION.rule("official-affiliation-state-after", "an official acts for a state named right after "
                           "his name, in brackets or after „aus“: „die Außenminister Max Muster (Frankreich) und Hans "
                           "Mayer (Polen)“, „seinen Amtskollegen Max Muster aus Polen“; not „Max Muster (Grüne)“")
def _affiliation_state_after(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    words, n = st.words, len(st.words)
    for k in after_name(st, p):
        if words[k] == "(" and k + 2 < n and words[k + 2] == ")" or words[k] in german.OUT_OF_PREPOSITIONS:
            j = k + 2 if k + 2 < n and words[k] in german.OUT_OF_PREPOSITIONS and words[k + 1] in german.ARTICLES \
                else k + 1      # „aus der Ukraine“
            iso = st.state_at(j, "name", "genitive", starting=True)
            if iso is not None:
                return state_key(st, p, iso)
    return None


def after_name(st: ReadingState, p: PersonDraft) -> list[int]:
    """The token after each of person p's names, where another token follows it."""
    return [h.tok_end for h in _name_hits(st, p) if h.tok_end + 1 < len(st.words)]


def _name_hits(st: ReadingState, p: PersonDraft) -> list[Hit]:
    """The name hits of person p; every person's are gathered once per article."""
    if st.hits_of is None:
        st.hits_of = {}
        for q, h in st.pending:
            st.hits_of.setdefault(id(q), []).append(h)
    return st.hits_of.get(id(p), [])


@OFFICIAL_AFFILIATION.rule("official-affiliation-town-after", "an official acts for the state of a capital or a "
                           "listed town named right after his name and „aus“: „Außenminister Max Muster aus Teheran“ "
                           "for Iran, „Bürgermeister Max Muster aus Graz“ for Österreich; not „Max Muster aus Kiel“ "
                           "where no list places Kiel")
def _affiliation_town_after(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    words = st.words
    for k in after_name(st, p):
        if words[k] in german.OUT_OF_PREPOSITIONS:
            for x in st.by_tok.get(k + 1, ()):
                if x.tok != k + 1:
                    continue
                if x.label == "CAPITAL":
                    return state_key(st, p, x.key)
                rec = st.t.places.get(x.key) if x.label == "PLACE" else None
                if rec is not None and rec.state:
                    return state_key(st, p, rec.state)
    return None


@OFFICIAL_AFFILIATION.rule("official-affiliation-office", "an official who held another's office before or after "
                           "him acts for whom that one acts: „Bans Vorgänger Boutros Boutros-Ghali“ for the UN")
def _affiliation_office(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    other = p.office_of
    if other is None or other is p or other.office_of is not None:
        return None         # one step only: no chain of predecessors
    return _text_tie(st, other)


def _text_tie(st: ReadingState, other: PersonDraft) -> str | None:
    """What the text or the list ties another person to (the rules before `official-affiliation-office`), no
    fallback."""
    at = other.title_tok if other.title_tok is not None else st.tok_at(other.first)
    for r in OFFICIAL_AFFILIATION.rules:
        if r.fn is _affiliation_office:
            return None
        key = r.fn(st, other, at)
        if key is not None:
            return key
    return None


@OFFICIAL_AFFILIATION.rule("official-affiliation-group", "an official in a group of a state's people acts "
                           "for it: „vier Tschechen, darunter der Ex-Minister Max Muster“")
def _affiliation_group(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    return state_key(st, p, _group_state(st, tok))


@OFFICIAL_AFFILIATION.rule("official-affiliation-body-office", "an official whose title is an office of an "
                           "international body that names no body („Generalsekretär“, „Kommissionspräsidentin“; "
                           "`body_office_titles.tsv`) acts for the international organisation of his sentence, the "
                           "nearest before the title, else the first after it, else the one the sentence before names: "
                           "„Beim Gipfel der Afrikanischen Union in Kigali sagte Kommissionspräsidentin Eva Muster …“ "
                           "for the Afrikanische Union; not where no such body is named near, nor „Generalsekretär Max "
                           "Muster (ÖVP)“")
def _affiliation_body_office(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    if (p.role or "").rsplit("-", 1)[-1].lower() not in german.BODY_OFFICE_TITLES:
        return None
    bodies, s = _international_bodies(st), st.sent_of[tok]
    own = bodies.get(s, [])
    before = [h for h in own if h.tok < tok]
    hit = before[-1] if before else own[0] if own else None
    if hit is None and s and len({h.key for h in bodies.get(s - 1, [])}) == 1:
        hit = bodies[s - 1][0]
    return st.org(hit.key, hit.start).key if hit is not None else None


def _international_bodies(st: ReadingState) -> dict[int, list[Hit]]:
    """The hits of international organisations by sentence, gathered once per article."""
    if st.bodies_by_sentence is None:
        st.bodies_by_sentence = {}
        for h in st.hits:
            if h.label == "ORG" and st.orgs[h.key].kind == "international":
                st.bodies_by_sentence.setdefault(st.sent_of[h.tok], []).append(h)
    return st.bodies_by_sentence


@OFFICIAL_AFFILIATION.rule("official-affiliation-possessive", "an official whose title of state follows a "
                           "possessive („sein“, „ihr“, „dessen“) acts for the actor his sentence names last before "
                           "it: a state, an organisation, or a person and whom the text ties that one to: „Der "
                           "US-Präsident Hans Mayer und sein Außenminister Max Muster reisten nach Havanna“, „Die USA "
                           "schickten ihren Außenminister Max Muster“ for the USA; not „seinen Amtskollegen Max "
                           "Muster“ (a colleague's title), nor where the sentence names no actor before it")
def _affiliation_possessive(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    words = st.words
    if p.title_tok is None or not any(x.label == "TITLE" and x.form == "yes" for x in st.by_tok.get(tok, ())):
        return None
    # past adjectives: „seinem zurückgetretenen Präsidenten“
    b = before_adjectives(words, tok - 1, max(-1, tok - 1 - _POSSESSIVE_REACH), _OWNER_WORDS)
    if b < 0 or words[b].lower() not in _OWNER_WORDS:
        return None
    actors = _actors(st)
    k = bisect.bisect_left(actors, (b, -1)) - 1
    while k >= 0 and st.sent_of[actors[k][0]] == st.sent_of[b]:
        at, n = actors[k]
        k -= 1
        hit = st.hits[n] if n >= 0 else None
        if hit is None:
            q = st.pending[-n - 1][0]
            if q is not p:
                return _text_tie(st, q)
        elif hit.label == "STATE":
            return state_key(st, p, hit.key)
        else:
            rec = st.orgs[hit.key]
            return st.state(rec.state, hit.start).key if rec.kind == "government" and rec.state \
                else st.org(hit.key, hit.start).key
    return _owner_before(st, actors, k, b)


POSSESSIVE_BODY_BEFORE = declare("official-affiliation-possessive-body-before", "official affiliation", "an "
                                 "official whose title follows a possessive, in a sentence that names no actor before "
                                 "it, acts for the organisation the sentence before names first, whose officer he is: "
                                 "„Auch der Verband der Dachdecker protestierte. Das sei unfair, sagte sein Vorsitzender "
                                 "Max Muster“ for the Verband der Dachdecker; not where that sentence names a state "
                                 "or a person first („Auch Ruritanien protestierte. … sagte sein Außenminister Max "
                                 "Muster“), nor a government body or a party (whose member the party rules read)")


_NOT_OWNER_KINDS = frozenset({"government", "party"})     # a state's body gives its state; a party, its rules


def _owner_before(st: ReadingState, actors: list[tuple[int, int]], k: int, b: int) -> str | None:
    """The organisation named first in the sentence before the possessive at b, where it is an organisation no
    state's government is (the actors before index k+1 lie in earlier sentences); fires the rule."""
    s = st.sent_of[b] - 1
    first = None
    while k >= 0 and st.sent_of[actors[k][0]] == s:
        first = actors[k]
        k -= 1
    hit = st.hits[first[1]] if first is not None and first[1] >= 0 else None
    if hit is None or hit.label != "ORG" or st.orgs[hit.key].kind in _NOT_OWNER_KINDS:
        return None
    fired(POSSESSIVE_BODY_BEFORE)
    return st.org(hit.key, hit.start).key


_POSSESSIVE_REACH = 3       # tokens from the possessive to the title: „ihr neuer stellvertretender Außenminister“
_OWNER_WORDS = german.THIRD_PERSON_POSSESSIVES | german.RELATIVE_POSSESSIVES


def _actors(st: ReadingState) -> list[tuple[int, int]]:
    """(token, n) of each actor the article names, in text order, gathered once per article: the State and
    organisation hits (n their index in `st.hits`) and the person mentions (n = -1 - their index in
    `st.pending`)."""
    if st.actor_toks is None:
        st.actor_toks = sorted([(h.tok, n) for n, h in enumerate(st.hits) if h.label in ("STATE", "ORG")]
                               + [(h.tok, -1 - n) for n, (_, h) in enumerate(st.pending)])
    return st.actor_toks


@OFFICIAL_AFFILIATION.rule("official-affiliation-state-before", "an official acts for a state named shortly "
                           "before in the sentence: „Aus Frankreich kommt der Diplomat Max Muster“")
def _affiliation_state_before(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    s, window = st.sent_of[tok], 8
    toks, keys = st.states.toks.get(s, []), st.states.keys.get(s, [])
    for t, key in zip(reversed(toks), reversed(keys)):
        if tok - window <= t < tok:
            if nationality_of_other(st, p, t):
                fired(OTHERS_NATIONALITY)
            elif any(w in SPEECH_VERBS for w in st.words[t + 1:tok]):
                fired(QUOTED_STATE)
            elif not titled_state(st, t):
                return None if body_officer(st, p) else state_key(st, p, key)
            else:
                fired(TITLED_STATE)
    return None


QUOTED_STATE = declare("official-affiliation-quoted-state", "official affiliation", "a state named in the words an "
                       "official is quoted with, before the verb of saying that names him, is what he speaks of, not "
                       "whom he acts for: „Man werde die Grenze zu Polen schließen, sagte Außenminister Max Muster“ "
                       "gives him no Polen; not „Aus Frankreich kommt der Diplomat Max Muster“")


def body_officer(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title is a company's, a club's, a medium's, an association's or a church's, heads a
    body its prefix names or is followed by a body's genitive: he acts for that body, not for a state the context
    names."""
    return _private_role(p) or _nonstate_office(p) or _association_role(p) or _clergy_role(p) \
        or _named_body_head(st, p) or _title_genitive_body(st, p) or branch_head(st, p.title_tok)


NONSTATE_OFFICE = declare("official-affiliation-nonstate-office", "official affiliation", "an office held in an "
                          "election campaign, a works council, a newsroom, a union, a rebel group, a militia or a "
                          "firm's or broadcaster's management, by a title that ends in one (`nonstate_office_ends.tsv`: „Wahlkampfleiterin“, "
                          "„Zentralbetriebsratschef“, „Lehrergewerkschafter“, „Gründungschefredakteur“), is held for "
                          "that body, not for a state the article, its dateline or the sentence before names: „Wien – "
                          "Die Umfrage sei ermutigend, sagte Wahlkampfleiterin Eva Muster“ gives her no Österreich; "
                          "not „Polizeisprecher Max Muster“, „Landeshauptmann Max Muster“")
_NONSTATE_OFFICE_ENDS = tuple(resources.listed_words("nonstate_office_ends.tsv"))


def _nonstate_office(p: PersonDraft) -> bool:
    """Whether the official's title, after its last hyphen, ends in an office held outside the state:
    „Wahlkampfleiterin“, „Zentralbetriebsratschef“, „SPÖ-Landesgeschäftsführer“."""
    if role_head(p).endswith(_NONSTATE_OFFICE_ENDS):
        fired(NONSTATE_OFFICE)
        return True
    return False


ASSOCIATION_ROLE = declare("official-affiliation-association-role", "official affiliation", "an association's "
                           "officer by a title that joins its kind to a head („Verbandschef“, „Kammerpräsidentin“, "
                           "„Gewerkschaftschef“; `association_kinds.tsv`) acts for it, not for a state the article, "
                           "its dateline or a sentence names: „Berlin – … Deutschland … sagte Verbandschef Max Muster“ "
                           "gives him no Deutschland; not „Verbandsgemeinde“, „Kammerjäger“ (no head)")


def _association_role(p: PersonDraft) -> bool:
    """Whether the official's title joins an association's kind to a head: „Verbandschef“."""
    if association_kind(p.role_or_listed or "") is not None:
        fired(ASSOCIATION_ROLE)
        return True
    return False


def association_kind(role: str) -> str | None:
    """The association's kind a one-word title opens with, before a head or an office that is a title only after its
    body (`compound_office_titles.tsv`: „Sekretär“) and maybe a linking -s: „Verbandspräsident“ → verband,
    „Gewerkschaftschef“, „Gewerkschaftssekretärin“ → gewerkschaft; else None."""
    low = role.lower().removeprefix(german.FORMER_PREFIX)
    for kind in _ASSOCIATION_KINDS:
        rest = low.removeprefix(kind)
        if rest != low and (rest in _ASSOCIATION_OFFICES or rest[:1] == german.SHORT_GENITIVE_ENDING
                            and rest[1:] in _ASSOCIATION_OFFICES):
            return kind
    return None


_ASSOCIATION_KINDS = tuple(resources.listed_words("association_kinds.tsv"))


CLERGY_ROLE = declare("official-affiliation-clergy-role", "official affiliation", "a church's office "
                      "(`clergy_titles.tsv`) is held in the church, not for a state the article, its dateline or a "
                      "sentence names: „Wien – … Österreich … sagte Weihbischof Max Muster“ gives him no Österreich; "
                      "not „Polizeisprecher Max Muster“")


def _clergy_role(p: PersonDraft) -> bool:
    """Whether the official's title (from the text, else the list) is a church's office: „Weihbischof“."""
    if clergy_title(p.role_or_listed or ""):
        fired(CLERGY_ROLE)
        return True
    return False


OTHERS_NATIONALITY = declare("official-affiliation-others-nationality", "official affiliation", "a state's word "
                             "right before another person's name is that person's nationality, not a nearby "
                             "official's: „Der Deutsche Jan Beispiel und Minister Max Muster gewannen“ gives Max "
                             "Muster no Deutschland; „Der Iraner Max Muster, Außenminister seines Landes“ is his own")


def nationality_of_other(st: ReadingState, p: PersonDraft, t: int) -> bool:
    """Whether the State hit at token t stands right before the name of a person other than p."""
    hit = next((x for x in st.by_tok.get(t, ()) if x.label == "STATE"), None)
    other = st.person_at.get(hit.tok_end) if hit is not None else None
    return other is not None and other is not p


TITLED_STATE = declare("official-affiliation-titled-state", "official affiliation", "a state that names another "
                       "title's holder („der polnische Präsident“, „Polens Präsident“, „Präsident Polens“, "
                       "„US-Präsident“) is that one's, not a nearby official's: „Bei seinem Besuch in Kiew sprach der "
                       "polnische Präsident Max Muster mit Regierungschef Hans Mayer“ gives Hans Mayer no Polen; nor "
                       "does a sentence before that names it so")
_TITLE_REACH = 3        # tokens from a state's word to the title it names: „der polnische neue Präsident“


def titled_state(st: ReadingState, t: int) -> bool:
    """The State hit at token t names the state of a title: inside it („US-Präsident“), before it past lower-case
    adjectives („der polnische Präsident“, „Polens Präsident“) or after it in the genitive („Präsident Polens“,
    „Präsident der Ukraine“)."""
    words, by_tok = st.words, st.by_tok
    hit = next((x for x in by_tok.get(t, ()) if x.label == "STATE"), None)
    if hit is None:
        return False
    if any(x.label == "TITLE" for x in by_tok.get(t, ())):
        return True
    k = hit.tok_end
    while k < len(words) and k - hit.tok_end < _TITLE_REACH and words[k].islower() \
            and words[k].endswith(german.ADJECTIVE_ENDINGS) and not by_tok.get(k):
        k += 1
    if hit.form != "prefix" and any(x.label == "TITLE" and x.tok == k for x in by_tok.get(k, ())):
        return True
    b = t - 1 if t >= 1 and words[t - 1] not in german.GENITIVE_ARTICLES else t - 2
    return hit.form == "genitive" or words[t - 1:t] and words[t - 1] in german.GENITIVE_ARTICLES \
        if b >= 0 and any(x.label == "TITLE" and x.tok_end == b + 1 for x in by_tok.get(b, ())) else False


def state_key(st: ReadingState, p: PersonDraft, iso: str | None) -> str | None:
    return st.state(iso, p.first).key if iso else None


PRIVATE_ROLE = declare("official-affiliation-private-role", "official affiliation", "an officer of a company, "
                       "a club or a medium acts for it, not for a state the article, its dateline or the sentence "
                       "before names: „Graz – … Spanien … sagte Vorstandschef Max Muster“, „UNIQA-Vorstandsdirektor "
                       "Max Muster“ for no state; not „Polizeisprecher Max Muster“ (german.PRIVATE_TITLE_HEADS)")


def context_state(st: ReadingState, p: PersonDraft, iso: str | None) -> str | None:
    """The state key of iso for an official no word places, unless the official's title is a company's,
    a club's or a medium's („Vorstandschef“, „Exbankchef“, „UNIQA-Vorstandsdirektor“) or heads a body its prefix
    names („Fabrix-Chef“), or names him the counterpart of one whose title names that state, or is a bare title
    that state's own holder does not bear („Präsident“ for Deutschland), or a chamber's member no chamber of that
    state has („Nationalrat“ for Slowakei)."""
    return state_key(st, p, iso) if iso and not body_officer(st, p) and not counterparts_state(st, p, iso) \
        and not _prefixed_head(p, iso) and not chamber_elsewhere(p, iso) and not _counterpart_state(st, p, iso) \
        else None


COUNTERPART_STATE = declare("official-affiliation-counterpart-state", "official affiliation", "guard: a state "
                            "that the official's own sentence names right after „zu“, „mit“, „gegen“ or „gegenüber“ "
                            "(german.COUNTERPART_PREPOSITIONS) is the other side of what he does, not his: no context "
                            "rule gives it to him: „Kuba … Kuba … Erst brach Präsident Max Muster die Beziehungen zu "
                            "Havanna ab“ gives him no Kuba; not „Kuba … Kuba … Präsident Max Muster sagte, Kuba sei "
                            "bereit“")


def _counterpart_state(st: ReadingState, p: PersonDraft, iso: str) -> bool:
    """Whether a sentence that names official p names the state iso by its name or its capital, not as another
    title's state, right after a counterpart's preposition, maybe past an article: „zu Havanna“, „mit der Türkei“;
    not „mit österreichischer Staatsbürgerschaft“ (an adjective), „mit US-Außenminister X“ (a title's)."""
    words, named = st.words, _states_by_sentence(st)
    for s in {st.sent_of[h.tok] for h in _name_hits(st, p)}:
        for x in named.get(s, ()):
            t = x.tok
            b = t - 2 if t >= 2 and words[t - 1] in german.ARTICLES else t - 1
            if x.key == iso and b >= 0 and words[b].lower() in german.COUNTERPART_PREPOSITIONS \
                    and not titled_state(st, t):
                fired(COUNTERPART_STATE)
                return True
    return False


def _states_by_sentence(st: ReadingState) -> dict[int, list[Hit]]:
    """The hits of states named by name or capital (not by adjective or prefix), by sentence, read once per
    article."""
    if st.named_states is None:
        st.named_states = {}
        for x in st.hits:
            if x.label == "CAPITAL" or x.label == "STATE" and x.form in ("name", "genitive"):
                st.named_states.setdefault(st.sent_of[x.tok], []).append(x)
    return st.named_states
    words, own = st.words, {st.sent_of[h.tok] for h in _name_hits(st, p)}
    for m in st.mentions:
        t = st.tok_at(m.start) if m.type == "State" and m.key == key else 0
        b = t - 2 if t >= 2 and words[t - 1] in german.ARTICLES else t - 1
        if b >= 0 and st.sent_of[t] in own and words[b].lower() in german.COUNTERPART_PREPOSITIONS:
            fired(COUNTERPART_STATE)
            return True
    return False


CHAMBER_ELSEWHERE = declare("official-affiliation-chamber-elsewhere", "official affiliation", "guard: a chamber's "
                            "member whose title only some states' chambers give (`chamber_member_states.tsv`: "
                            "„Nationalrat“, „Bundesrätin“ sit in Österreich's or the Schweiz's, „Ständerat“ in the "
                            "Schweiz's) gets no other state from a context rule: „Die Slowakei baut ein Lager. Die "
                            "Slowakei zahlt. Das sei gut, sagte der Grüne-Nationalrat Max Muster“ gives him no "
                            "Slowakei; not „Wien – Das sei gut, sagte Nationalrat Max Muster“")
_CHAMBER_STATES = {title.lower(): frozenset(states.split("|"))
                   for title, states in resources.commented_rows("chamber_member_states.tsv")}


def chamber_elsewhere(p: PersonDraft, iso: str) -> bool:
    """Whether the official's title, after its last hyphen, is a chamber member's that no chamber of the state iso
    gives („Nationalrat“ for Slowakei)."""
    states = _CHAMBER_STATES.get(role_head(p))
    if states is not None and iso not in states:
        fired(CHAMBER_ELSEWHERE)
        return True
    return False


PREFIXED_HEAD = declare("official-affiliation-prefixed-head", "official affiliation", "a bare title that a state's "
                        "own holder bears only with a prefix (`prefixed_head_titles.tsv`: Germany's and Austria's head "
                        "of state is the „Bundespräsident“) gives no context rule that state: „Berlin – Ruritanien "
                        "ist unter Druck. Präsident Max Muster versprach Aufklärung“ gives him no Deutschland; not "
                        "„Bundespräsident Max Muster“")
_PREFIXED_HEADS = frozenset((iso, title) for iso, title in resources.commented_rows("prefixed_head_titles.tsv"))


def _prefixed_head(p: PersonDraft, iso: str) -> bool:
    """Whether the official's title, as the text gives it, is one that the state iso's own holder bears only with a
    prefix."""
    if (iso, (p.role or "").lower()) in _PREFIXED_HEADS:
        fired(PREFIXED_HEAD)
        return True
    return False


COUNTERPART = declare("official-affiliation-counterpart", "official affiliation", "the holder of a counterpart's "
                      "title („sein Kollege“, „ihre Amtskollegin“; `counterpart_titles.tsv`) holds the like office "
                      "elsewhere: the state that the title, party or list entry of the person named before it ties "
                      "that one to is not his, so no context rule gives it to him: „Der deutsche Innenminister Max Muster und sein Kollege Hans Mayer lobten "
                      "den Plan“ gives Hans Mayer no Deutschland; not „sein Parteikollege“ (one's own party)")
_COUNTERPART_STEMS = tuple(resources.listed_words("counterpart_titles.tsv"))


def counterparts_state(st: ReadingState, p: PersonDraft, iso: str) -> bool:
    """Whether official p holds a counterpart's title („seinen Amtskollegen Hans Mayer“) and the person named last
    before that title, in its sentence or the one before, is tied to the state iso by his title, party or list
    entry."""
    for holder, tok, _ in st.colleagues:
        if holder is not p or not st.words[tok].lower().startswith(_COUNTERPART_STEMS):
            continue
        other = person_before(st, tok, p)
        if other is not None and iso in _named_states(st, other):
            fired(COUNTERPART)
            return True
    return False


def _named_states(st: ReadingState, q: PersonDraft) -> set[str | None]:
    """The ISO codes of the states person q's title, party or list entry ties him to."""
    title = st.drafts.get(q.affiliation) if q.affiliation else None
    listed = q.known.affiliation if q.known else None
    return {title.code if title is not None and title.type == "State" else None,
            st.orgs[q.party].state if q.party else None, listed if listed in st.t.states else None} - {None}


NAMED_BODY_HEAD = declare("official-affiliation-named-body-head", "official affiliation", "an official whose title "
                          "joins a body's head („-Chef“, „-Präsident“, „-Direktorin“) by a hyphen to a capitalised "
                          "word no list reads as a state, a place or an organisation heads the body that word names "
                          "and acts for no state the article, its dateline or a sentence names: „Polen … Polen … "
                          "sagte Fabrix-Chef Max Muster“ gives him no Polen; not „Europa-Ministerin Eva Muster“ (a "
                          "minister's office), „Vize-Chef“ (a prefix that changes the title), „Bundesbank-Chef“ (a "
                          "national institution), „Polizei-Chef“ (a state's own organ)")
_BODY_HEAD_TITLES = resources.kind_words("named_body_titles.tsv", "head")
# what may follow the kind: a head („-chef“) or an office that is a title only after its body („-sekretärin“)
_ASSOCIATION_OFFICES = _BODY_HEAD_TITLES | {form.lower() for row in resources.commented_rows("compound_office_titles.tsv")
                                            for form in row[:2]}
_TITLE_MODIFIERS = resources.kind_words("named_body_titles.tsv", "modifier")
_STATE_ORGANS = resources.listed_words("domestic_organs.tsv")


TITLE_GENITIVE_BODY = declare("official-affiliation-title-genitive-body", "official affiliation", "an official "
                              "whose title is followed by a genitive no rule read as a state, a place, a person or a "
                              "known organisation heads or speaks for the body it names, and acts for no state the "
                              "article, its dateline or a sentence names: „Polen … Polen … sagte der Präsident der "
                              "Fabrixvereinigung, Max Muster“ gives him no Polen; not a state's own body or unit "
                              "(`state_body_nouns.tsv`: „der Gouverneur der Provinz Nordland, Max Muster“, „der Sprecher "
                              "des Krisenstabs, Max Muster“)")
_STATE_BODY_NOUNS = resources.listed_words("state_body_nouns.tsv")


def _title_genitive_body(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title is followed by a genitive, past lower-case adjectives, whose noun no hit covers
    and that names no state's own body: „der Präsident der Fabrixvereinigung“, „die Chefin der
    Fabrixholding“; not „der Präsident der Ukraine“ (a hit), „der Sprecher des Krisenstabes“."""
    k, words = p.title_tok, st.words
    if k is None or k + 2 >= len(words) or words[k + 1] not in german.GENITIVE_ARTICLES:
        return False
    j = k + 2
    while j < len(words) - 1 and words[j].islower() and words[j].endswith(german.ADJECTIVE_ENDINGS):
        j += 1
    if not words[j][:1].isupper() or state_body_noun(words[j]) or any(
            x.label != "TITLE" for t in range(k + 1, j + 1) for x in st.by_tok.get(t, ())):
        return False
    if any(w.lower().startswith(_STATE_OWNED_STEMS) for w in words[k + 2:j + 1]):
        fired(STATE_OWNED_BODY)
        return False
    fired(TITLE_GENITIVE_BODY)
    return True


STATE_OWNED_BODY = declare("official-affiliation-state-owned-body", "official affiliation", "a title's genitive "
                           "that names its body as the state's, by an adjective of state ownership or a noun opening "
                           "with „Staats“ (`state_owned_stems.tsv`: „der staatlichen Fördergesellschaft“, „der "
                           "Staatsholding“), names a state's own body: its head stays an official of the state the "
                           "context names, as a state holding company is affiliated with its state: „London – Die "
                           "Regierung will helfen, sagte der Chef der staatlichen Fördergesellschaft, Max Muster“ for "
                           "Großbritannien; not „der Chef der Fabrixholding, Max Muster“ (a private body: no state)")
_STATE_OWNED_STEMS = tuple(resources.listed_words("state_owned_stems.tsv"))


def state_body_noun(word: str) -> bool:
    """Whether the noun holds a noun of a state's own bodies: „Krisenstabes“, „Linksfraktion“, „Regierungsparteien“,
    „Bundespolizeidirektion“."""
    low = word.lower()
    return any(n in low for n in _STATE_BODY_NOUNS)


def _named_body_head(st: ReadingState, p: PersonDraft) -> bool:
    """Whether the official's title, as written at its title token, heads a body its prefix names: „Fabrix-Chef“,
    „Ex-Flughafen-Chef“; not „US-Präsident“ (a listed prefix), „Vize-Chef“, „Staatsbank-Chef“, „Polizei-Chef“."""
    if not _body_head_parts(st, p):
        return False
    fired(NAMED_BODY_HEAD)
    return True


def _body_head_parts(st: ReadingState, p: PersonDraft) -> list[str]:
    """The parts of the official's title before its body's head where that title heads a body its prefix names
    („Air-France-Chef“ → ["Air", "France"]), else []."""
    role = p.role or ""
    parts = role.split("-")
    if p.title_tok is None or len(parts) < 2 or parts[-1].lower() not in _BODY_HEAD_TITLES:
        return []
    prefix = parts[-2]
    low = prefix.lower()
    if not prefix[:1].isupper() or low in _TITLE_MODIFIERS \
            or low.startswith(german.NATIONAL_TITLE_PREFIXES) \
            or {low, low.removesuffix(german.SHORT_GENITIVE_ENDING)} & _STATE_ORGANS:
        return []
    if prefix in st.orgs and st.orgs[prefix].kind == "party" \
            or any(x.label in ("STATE", "CAPITAL", "PLACE", "ORG") for x in st.by_tok.get(p.title_tok, ())):
        return []           # a prefix a list reads: „US-Präsident“, „Nato-Chef“, „Tirol-Chef“; a party's: „Ex-KPÖ-Chef“
    return parts[:-1]


def _private_role(p: PersonDraft) -> bool:
    """Whether the official's title is an officer's of a company, a club or a medium (the part after its last
    hyphen, with or without „Ex“)."""
    if private_role_head(p):
        fired(PRIVATE_ROLE)
        return True
    return False


def private_role_head(p: PersonDraft) -> bool:
    """Whether the official's title, after its last hyphen, with or without „Ex“, is an officer's of a company, a
    club or a medium: „Vorstandschef“, „Exbankchef“, „UNIQA-Vorstandsdirektor“."""
    head = role_head(p)
    return head.removeprefix(german.FORMER_PREFIX) in german.PRIVATE_TITLE_HEADS or head in german.PRIVATE_TITLE_HEADS


def role_head(p: PersonDraft) -> str:
    """The official's title (from the text, else the list) after its last hyphen, lower case."""
    role = p.role_or_listed or ""
    return role.rsplit("-", 1)[-1].lower()


@OFFICIAL_AFFILIATION.rule("official-affiliation-named-body-org", "an official whose title joins a body's head "
                           "(„-Chef“, „-Präsident“, „-Vorsitzende“) by a hyphen to a name no list reads acts for the "
                           "organisation of that name the article reads elsewhere: „Die Fabrix Holding baut ab. "
                           "Fabrix-Holding-Chef Max Muster bedauert das“ for the Fabrix Holding; a prefix of several "
                           "parts whatever its head, also holding a place's name: „Die Energie Lindau baut. "
                           "Energie-Lindau-Sprecher Max Muster sagte“; not where the article reads no organisation of "
                           "that name („Fabrix-Chef Max Muster“ alone)")
def _affiliation_named_body_org(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    names = _orgs_by_name(st)
    whole = _name_prefix(p)
    if whole is not None and (key := names.get(_folded(whole))) is not None:
        return key      # „Energie-Fabrix-Sprecher“ where the article reads the Energie Fabrix
    parts = _body_head_parts(st, p)
    if not parts:
        return None
    return next((key for i in range(len(parts)) if (key := names.get(_folded("".join(parts[i:])))) is not None), None)


def _name_prefix(p: PersonDraft) -> str | None:
    """The official's title's prefix of two or more capitalised parts, without „Ex“, before any head
    („Energie-Fabrix-Sprecher“ → „EnergieFabrix“): a name of several words, whatever the head."""
    parts = (p.role or "").split("-")
    if parts[0].lower() == german.FORMER_PREFIX:
        parts = parts[1:]
    names = parts[:-1]
    return "".join(names) if len(names) >= 2 and all(n[:1].isupper() for n in names) else None


def _orgs_by_name(st: ReadingState) -> dict[str, str]:
    """The keys of the organisations the article reads, by each of their names folded, gathered once per article."""
    if st.orgs_by_name is None:
        st.orgs_by_name = {_folded(n): d.key for d in st.drafts.values() if d.type == "Organization"
                           for n in (d.name, *d.aliases)}
    return st.orgs_by_name


def _folded(name: str) -> str:
    """A name without its case, spaces and hyphens: „Air-France“ and „Air France“ are one."""
    return name.replace(" ", "").replace("-", "").lower()


@OFFICIAL_AFFILIATION.rule("official-affiliation-named-body-first-word", "an official whose title joins a body's "
                           "head by a hyphen to a word no list reads acts for the one organisation the article reads "
                           "whose name opens with that word: „Die Hafen Lindau AG baut ab. Ex-Hafen-Chef Max Muster "
                           "bedauert das“ for the Hafen Lindau AG; not where two such names open with it („die Hafen "
                           "Lindau AG und die Hafen Kiel GmbH“), nor where none does")
def _affiliation_named_body_first_word(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    parts = _body_head_parts(st, p)
    if not parts:
        return None
    word = _folded(parts[-1])
    keys = {key for name, key in _orgs_by_name(st).items() if name != word and name.startswith(word)
            and _first_word(st.drafts[key].name) == word}
    return keys.pop() if len(keys) == 1 else None


def _first_word(name: str) -> str:
    """The first word of an organisation's name, folded: „Hafen Lindau AG“ → „hafen“."""
    return _folded(name.split()[0]) if name else ""

"""Titles: who holds them, the role as written, and for whom the holder acts.

"der türkische Präsident Erdoğan" → role Präsident, affiliation Türkei;
"Plötner, Berater von Kanzler Scholz" → an adviser relation.

One step, `titles`, after `person_names.group` has found the people (`st.person_at`):
it marks each title's holder an official and notes the role, affiliation, party
and adviser relation on the holder's `PersonDraft`, for `persons.finish`. Who holds
a title is `title_holders.holder_of`'s answer, the others a plural lists
`title_groups.listed_holders`', which state or body it names `title_affiliation`'s.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(e.name, e.type, e.role, e.affiliations) for e in read("Der türkische Präsident Max Muster reiste ab.").entities]
[('Türkei', 'State', None, ()), ('Max Muster', 'Official', 'Präsident', ('state:turkei',))]
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.offices import office_holders
from kg.extract.party_lookup import member_nouns
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.reading_tables import serves_person
from kg.extract.rules import declare, fired
from kg.extract.title_affiliation import complement_party, title_affiliation
from kg.extract.title_groups import (PLURAL_ASIDE, SUCH_AS as TITLE_SUCH_AS, aside_holders, listed_holders,
                                     such_as_holders)
from kg.extract.title_holders import GENITIVE_PRINCIPAL, HOLDER_APPOSITION, HOLDER_NEXT, holder_of, in_complement
from kg.extract.title_gender import feminine_form, feminine_role
from kg.extract.title_holders_before import HOLDER_AS, HOLDER_CAPACITY, RELATIVE_AS
from kg.extract.title_interviews import INTERVIEWEE, interview_holders
from kg.extract.title_pairs import COORDINATED_TITLE, coordinated_title_holder, party_after_office
from kg.extract.title_speakers import NEXT_SPEAKER, next_speaker
from kg.extract.title_predicates import PAST_PREDICATE, PREDICATE_COMPLEMENT
from kg.german import ADJECTIVE_ENDINGS
from kg.nlp.gazetteer_words import COLLEAGUE, TITLE_FORMER
from kg.nlp.hits import Hit


ROLE_ADJECTIVE = declare("title-role-adjective", "title role", "an adjective of `role_adjectives.tsv` before "
                         "the title is part of the role: „der außenpolitische Berater“")
PARTY_GENITIVE = declare("title-party-genitive", "title holder", "a title that alone names no office but names a "
                         "party's member (`party_member_nouns.tsv`: „Experte“, „Kandidat“, also as a compound's head) "
                         "makes the holder of its apposition an official where a party's name in the genitive follows "
                         "it, as a party prefix does („SPÖ-Experte“): „die Energieexpertin der Grünen, Lina Brenner, "
                         "warnte“; not „die Energieexpertin Lina Brenner“, „die Expertin des Instituts, Lina "
                         "Brenner“ nor „der Kritiker der Grünen, Timo Brakel“")
TITLE_PARTY = declare("title-party", "title party", "a title whose affiliation is a party makes the holder a "
                      "member: „der Vorsitzende der SPD, Max Muster“; so does a former holder's („der frühere SPD-Chef Max "
                      "Muster“, „Max Muster, damals Chef der SPD,“): a party's former leader is as a rule still its "
                      "member, and no dev or tuning gold marks one otherwise")
SPOKESPERSON = declare("title-spokesperson", "title relation", "a spokesperson's title with a named person in its "
                       "complement speaks for (advises) him: „der Sprecher von Präsident Max Muster, Hans Mayer, "
                       "sagte“ → Hans Mayer advisorTo Max Muster; not „der Sprecher des Außenministeriums, Hans "
                       "Mayer“ (a body, no person)")
ADVISER = declare("title-adviser", "title relation", "an adviser's title with a person in its complement: "
                  "„Jens Plötner, Berater von Kanzler Scholz“ advises Scholz")
FORMER_AFTER_LISTED = declare("title-former-listed", "title holder", "guard: a former holder's title („Expräsident“) "
                              "gives no role nor affiliation to a listed official, whose listed office is the one "
                              "held now: „der georgische Expräsident Michail Saakaschwili“ stays Odessa's governor; not "
                              "„der Expräsident Max Muster“")
HONORARY_AFTER_LISTED = declare("title-honorary-listed", "title holder", "guard: an honorary title, a title word "
                                 "after „Ehren“ in one word („Ehrenpräsident“, „Ehrenvorsitzender“), is no office one "
                                 "acts in: it gives no role nor affiliation to a listed official, who keeps his listed "
                                 "office and state: „Olaf Scholz ist heute Ehrenpräsident des Weltverbands der "
                                 "Kegler (WVK)“ stays Deutschland's; not „Olaf Scholz, Präsident des Verbands (WVK)“, "
                                 "not „der Ehrenpräsident Max Muster“ (no listed office)")
PAST_AS_LISTED = declare("title-past-as-listed", "title holder", "guard: a title after „als“ in a clause whose finite "
                         "verb is a past auxiliary („hatte“, „war“, „wurde“) names the capacity he once acted in: it "
                         "gives a listed official no role nor affiliation, who keeps his listed office: „Damals hatte "
                         "Olaf Scholz als Gewerkschafter der BTV wenig Einfluss“ stays Deutschland's; not „Heute will "
                         "Olaf Scholz als Gewerkschafter der BTV mitreden“, not „Damals hatte Max Muster als "
                         "Gewerkschafter der BTV wenig Einfluss“ (no listed office)")
_PAST_AS_REACH = 4      # words after the title to a past auxiliary: „…, der damals als Gewerkschafter tätig war“
SERVICE_FORCE = declare("title-service-force", "title holder", "a service member's title (`service_titles.tsv`: "
                        "„Pilot“, „Soldat“) before a name makes its holder an official of a state's armed force the "
                        "article names (`organizations.tsv`: kind armed, with a state), the nearest before the title, "
                        "else the first after it: „Die Navy schickte zwei Jets. Die Piloten Max Muster und Hans Mayer "
                        "winkten“ → officials of the US Navy; not „der Pilot Max Muster“ where no state's force is "
                        "named")


def titles(st: ReadingState) -> None:
    """Tie each title to its holder and read role, affiliation and the adviser relation; an office once held
    („X war Gouverneur“) last, where the article names no present one."""
    forces: list[list[Hit]] = []     # the article's hits of a state's armed force, gathered on first need
    past: list[tuple[Hit, PersonDraft, PersonDraft | None, str]] = []
    unheld: list[Hit] = []          # the titles no name holds, for the interviewee last
    for h in st.hits:
        if h.label != "TITLE":
            continue
        coordinated = coordinated_title_holder(st, h)      # „Vizekanzler und Parteiobmann X“
        holder, obj, how = (coordinated, None, COORDINATED_TITLE) if coordinated is not None else holder_of(st, h)
        if holder is None:
            _unheld(st, h)
            unheld.append(h)
        if holder is None or how != HOLDER_NEXT and in_complement(st, h):
            continue        # "Der Berater des Präsidenten, X": X holds the first title, not the second
        if how == PAST_PREDICATE:
            past.append((h, holder, obj, how))
        else:
            _take(st, h, holder, obj, how, forces)
    for h, holder, obj, how in past:
        _take(st, h, holder, obj, how, forces)
    for h in unheld:
        _interviewed(st, h)
    speaker = next_speaker(st, unheld)
    if speaker is not None:     # „Der polnische Finanzminister will Zeit. Jan Beispielski sagte, …“
        _hold(st, speaker[0], speaker[1], None, NEXT_SPEAKER, _role(st, speaker[0]))


def _take(st: ReadingState, h: Hit, holder: PersonDraft, obj: PersonDraft | None, how: str,
          forces: list[list[Hit]]) -> None:
    """The title at h held by `holder` (found by the rule `how`) and by the persons its plural lists; a service
    member's title („Pilot“) only before a name and with a state's armed force named (`forces` caches them)."""
    holders = list(listed_holders(st, h, holder, how))
    role = _role(st, h, single=len(holders) == 1)
    force = None
    if h.form == "no" and not st.party_prefix(h.tok) and not (how == HOLDER_APPOSITION and _party_genitive(st, h)):
        if how != HOLDER_NEXT or h.key not in _service_titles():
            return
        if not forces:
            forces.append([x for x in st.hits if x.label == "ORG" and st.orgs[x.key].kind == "armed"
                           and st.orgs[x.key].state])
        force = _nearest_force(st, forces[0], h)
        if force is None:
            return
    for n, (each, each_how) in enumerate(holders):
        _hold(st, h, each, obj if n == 0 else None, each_how, role)
        if force is not None:
            fired(SERVICE_FORCE)
            each.rules.append(SERVICE_FORCE)
            each.role_rules.append(SERVICE_FORCE)
            each.affiliation = each.affiliation or force


def _honorary(h: Hit) -> bool:
    """An honorary title: „Ehren“ and a title word in one word („Ehrenvorsitzende“), not „Ehren“ alone."""
    low = h.text.lower()
    return h.tok_end == h.tok + 1 and low.startswith(german.HONORARY_PREFIX) and len(low) > len(german.HONORARY_PREFIX)


def _past_as(st: ReadingState, h: Hit) -> bool:
    """Whether the „als“ before the title at h stands in a clause whose finite verb is a past auxiliary, anywhere
    before it in its clause or within a few words after it: „hatte X als …“, „X, der damals als … war“
    (german.PAST_AUXILIARIES)."""
    after = range(h.tok_end, min(len(st.words), h.tok_end + _PAST_AS_REACH))
    return _past_auxiliary(st, h.tok, range(h.tok - 1, -1, -1)) or _past_auxiliary(st, h.tok, after)


def _past_auxiliary(st: ReadingState, tok: int, ks: range) -> bool:
    """Whether a past auxiliary stands among the tokens `ks`, walked in order, before the clause of token `tok`
    ends."""
    for k in ks:
        if st.sent_of[k] != st.sent_of[tok] or st.words[k] in german.CLAUSE_END_MARKS:
            return False
        if st.words[k] in german.PAST_AUXILIARIES:
            return True
    return False


def _party_genitive(st: ReadingState, h: Hit) -> bool:
    """Whether the title at h names a party's member (`party_member_nouns.tsv`, also as a compound's head) and a
    party's name in the genitive follows it: „die Energieexpertin der Grünen, Lina Brenner“; fires the rule."""
    k = h.tok_end
    if not h.text.lower().endswith(_member_endings()):
        return False
    if k + 1 >= len(st.words) or st.words[k] not in german.GENITIVE_ARTICLES:
        return False
    if not any(x.label == "ORG" and x.tok == k + 1 and st.orgs[x.key].kind == "party" for x in st.by_tok.get(k + 1, [])):
        return False
    fired(PARTY_GENITIVE)
    return True


def _unheld(st: ReadingState, h: Hit) -> None:
    """The holders of the title at h where no name stands beside it: an office named as such („trat das Amt des
    Bundespräsidenten an“), the examples of an office's plural („Abgeordnete wie X und Y“) and the names of its
    dash aside („zwei Minister – X und Y –“)."""
    if h.form == "no":
        return
    for each, how in office_holders(st, h):
        _hold(st, h, each, None, how, _role(st, h))
    if h.form != COLLEAGUE:
        for each in such_as_holders(st, h):
            _hold(st, h, each, None, TITLE_SUCH_AS, _role(st, h))
        for each in aside_holders(st, h):
            _hold(st, h, each, None, PLURAL_ASIDE, _role(st, h))


def _interviewed(st: ReadingState, h: Hit) -> None:
    """The interviewee holds the title at h, one no name holds in the article's lead, where no title he holds
    beside his name gave him a role: „…, sagt Tirols Landesrat. ZEITUNG: Wieso? X: …“."""
    if h.form == COLLEAGUE or h.form == "no" and not st.party_prefix(h.tok):
        return
    for each in interview_holders(st, h):
        if each.role is None:
            _hold(st, h, each, None, INTERVIEWEE, _role(st, h))


@lru_cache(maxsize=1)
def _member_endings() -> tuple[str, ...]:
    """A party member's nouns in lower case, which a compound title ends in: „kandidat“, „expertin“."""
    return tuple(sorted(noun.lower() for noun in member_nouns()))


@lru_cache(maxsize=1)
def _service_titles() -> frozenset[str]:
    """`service_titles.tsv`: the titles of a state's service members („Pilot“, „Soldat“)."""
    return resources.load_word_list("service_titles.tsv")


def _nearest_force(st: ReadingState, forces: list[Hit], h: Hit) -> str | None:
    """The entity key of the armed force named nearest before the title at h, else first after it."""
    before = [x for x in forces if x.tok < h.tok]
    hit = before[-1] if before else forces[0] if forces else None
    return st.org(hit.key, hit.start).key if hit is not None else None


def _hold(st: ReadingState, h: Hit, holder: PersonDraft, obj: PersonDraft | None, how: str, role: str) -> None:
    """The holder of the title at h an official, with its role, affiliation, party and advisee."""
    fired(how)
    holder.official = True
    holder.rules.append(how)
    if (h.rule == TITLE_FORMER or how == PAST_PREDICATE) and holder.known is not None and holder.known.role:
        fired(FORMER_AFTER_LISTED)
        return      # „Odessas Gouverneur, der georgische Expräsident X“: the listed office is his now
    if how in (HOLDER_AS, RELATIVE_AS) and holder.known is not None and holder.known.role and _past_as(st, h):
        fired(PAST_AS_LISTED)
        return      # „Damals hatte X als Gewerkschafter …“: the listed office is the one he holds now
    if holder.known is not None and holder.known.role and _honorary(h):
        fired(HONORARY_AFTER_LISTED)
        return      # „Heute ist X Ehrenpräsident des Verbandes“: the listed office is the one he acts in
    if h.form == COLLEAGUE:
        st.colleagues.append((holder, h.tok, how))
    # "seinem ukrainischen Kollegen": the office is the known one, if any
    if h.form != COLLEAGUE and holder.role is None:
        holder.role = role
        holder.role_rules += (how, ROLE_ADJECTIVE) if role != h.key else (how,)
    aff_rule, body = title_affiliation(st, h, obj)
    aff = _body_state(st, body, h.start)
    # „Präsident X hat in seiner Funktion als SP-Chef …“, „Vizekanzler und KP-Chef X“: a second office, the party's;
    # he acts for his state
    if aff and holder.affiliation is None and how != HOLDER_CAPACITY and not party_after_office(st, h, holder, aff):
        holder.affiliation = aff
        holder.role_rules.append(aff_rule)
        if aff != body:
            holder.body = body
    _join_title_party(st, h, holder, aff)
    holder.title_tok = h.tok
    if obj is not None and role.casefold().endswith(st.t.adviser_endings):
        st.advise(holder, obj, h.tok, GENITIVE_PRINCIPAL if how == GENITIVE_PRINCIPAL else ADVISER)
    elif obj is not None and obj is not holder and serves_person(st.t, role):
        st.advise(holder, obj, h.tok, GENITIVE_PRINCIPAL if how == GENITIVE_PRINCIPAL else SPOKESPERSON)
    else:
        return
    if how == PREDICATE_COMPLEMENT:     # "X ist Berater von Y": the copula's subject serves Y
        st.advise(holder, obj, h.tok, PREDICATE_COMPLEMENT)


TITLE_PARTY_COMPLEMENT = declare("title-party-complement", "title party", "a party named in the complement of a title "
                                 "that acts for a chamber or a state makes the holder a member: „Max Muster, "
                                 "Nationalratsabgeordneter der SPÖ,“, „Eva Muster, EU-Abgeordnete der ÖVP,“; not „Minister "
                                 "der ÖVP-geführten Regierung“ (a compound)")


def _join_title_party(st: ReadingState, h: Hit, holder: PersonDraft, aff: str | None) -> None:
    """The holder a member of the party the title acts for („Chef der HDP“, „Vorsitzende der SPD“), else of the party
    named in its complement („Nationalratsabgeordneter der SPÖ“)."""
    party = st.drafts.get(aff) if aff else None
    if party is not None and party.kind == "party":
        holder.join(party.name, TITLE_PARTY)
        return
    named = complement_party(st, h)
    if named is not None:
        holder.join(named, TITLE_PARTY_COMPLEMENT)


def _body_state(st: ReadingState, key: str | None, pos: int) -> str | None:
    """The key of the state whose government body (`organizations.tsv`: kind government, with a state) the entity
    key names, which its officer acts for first („Kreml“ → Russland); else the key itself."""
    d = st.drafts.get(key) if key else None
    if d is None or d.type != "Organization" or d.kind != "government":
        return key
    rec = st.orgs.get(d.name)
    if rec is not None and rec.state:
        return st.state(rec.state, pos).key
    # a body named generically („das Außenministerium“): the state its reading gave it
    state = st.drafts.get(d.affiliations[0]) if d.affiliations else None
    return state.key if state is not None and state.type == "State" else key


_GENDER_REACH = 5       # words around a title that tell its gender: „die neue grüne Abgeordnete“, „… X und Y“


def _role(st: ReadingState, h: Hit, single: bool = False) -> str:
    """The role as written: title in the nominative, with a kept adjective ('außenpolitischer Berater'); a title
    declined like an adjective held by one name (`single`) in its feminine where it is written so („die
    Vorsitzende“)."""
    b = h.tok - 1
    near = [k for k in range(max(0, h.tok - _GENDER_REACH), min(len(st.words), h.tok_end + _GENDER_REACH + 1))
            if st.sent_of[k] == st.sent_of[h.tok]]
    around = ([st.words[k] for k in near if k < h.tok], [st.words[k] for k in near if k >= h.tok_end])
    role = feminine_form(h.key, st.words[h.tok_end - 1], around, single)
    if b >= 0:
        w = st.words[b]
        low = w.lower()
        for adj in st.t.role_adjectives:
            if low.startswith(adj) and low[len(adj):] in ("", *ADJECTIVE_ENDINGS):
                fired(ROLE_ADJECTIVE)
                return f"{adj}{'e' if feminine_role(role) else 'er'} {role}"
    return role

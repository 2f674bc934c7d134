"""Titles: who holds them, the role as written, and for whom the holder acts.

"der türkische Präsident Erdoğan" → role Präsident, affiliation Türkei;
"Plötner, Berater von Kanzler Scholz" → an adviser relation.

One step, `titles`, after `person_names.group` has found the people (`st.person_at`):
it marks each title's holder an official and notes the role, affiliation, party
and adviser relation on the holder's `PersonDraft`, for `persons.finish`.

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
from kg.extract.person_spans import name_end, person_before_bracket, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState, serves_person
from kg.extract.rules import declare, fired
from kg.extract.title_affiliation import genitive_state, title_affiliation
from kg.extract.title_groups import HOLDER_PLURAL, SUCH_AS as TITLE_SUCH_AS, plural_rule, such_as_holders
from kg.extract.title_predicates import (FUTURE_PREDICATE, PAST_BRACKET, PAST_PREDICATE, PREDICATE_COMPLEMENT,
                                        TIME_PHRASE, designated_holder, genitive_noun, past_predicate_holder,
                                        object_title, predicate_holder, subject_ending_at,
                                        time_noun)
from kg.german import ADJECTIVE_ENDINGS, CASE_ENDINGS, GENITIVE_ARTICLES, NOUN_COMPLEMENT_OPENERS, DETERMINERS
from kg.nlp.gazetteer_words import COLLEAGUE, TITLE_FORMER
from kg.nlp.hits import Hit

_WORKPLACE_PREPOSITIONS = german.INSIDE_PREPOSITIONS | german.OUT_OF_PREPOSITIONS | german.AT_PREPOSITIONS
_TITLE_STOPS = german.AND_GLUE | {"("}
_TITLE_JOINERS = german.FOR_PREPOSITIONS | german.AND_CONJUNCTIONS      # "Beauftragter für Menschenrechte"


HOLDER_NEXT = declare("title-holder-next", "title holder", "the name right after a title holds it: "
                      "„Präsident Erdoğan“, „der Kanzler Olaf Scholz“")
HOLDER_COMPLEMENT = declare("title-holder-complement", "title holder", "the name right after a title's "
                            "complement holds it: „der Sprecher des Außenministeriums John Kirby“")
HOLDER_APPOSITION = declare("title-holder-apposition", "title holder", "the name after a comma behind the "
                            "title's phrase holds it: „der Berater von Kanzler Scholz, Jens Plötner, sagte“")
HOLDER_BEFORE = declare("title-holder-before", "title holder", "the name before a comma ahead of the title "
                        "holds it: „Emmanuel Bonne, Berater von Präsident Macron, sagte“")
HOLDER_WORKPLACE = declare("title-holder-workplace", "title holder", "the name after a comma behind a title and "
                           "its place of work holds it: „der SPÖ-Klubchef im Gemeinderat, Max Muster“, „die "
                           "Sprecherin im Europäischen Parlament, Eva Beispiel“")
HOLDER_PORTFOLIO = declare("title-holder-portfolio", "title holder", "the name after a title's portfolio "
                           "(„für“ and a short noun phrase, maybe after the title's complement), with or without a "
                           "comma, holds it: „der Staatsminister für die Wirtschaft, Max Muster“, „die Kommissarin für "
                           "Handel Eva Beispiel“, „der Sondergesandte der UN für den Jemen, Max Muster“")
HOLDER_GENITIVE = declare("title-holder-genitive-owner", "title holder", "a name in the genitive right after "
                          "a title is whom the title serves, and the name after the comma holds it: „der Berater "
                          "Putins, Max Muster“ → Max Muster advises Putin")
TITLE_ADJECTIVE = declare("title-holder-capitalised-adjective", "title holder", "a capitalised adjective "
                          "between the comma after a name and the title is part of the title: „Max Muster, "
                          "Nationaler Sicherheitsberater von Präsident X“ → Max Muster holds it")
ROLE_ADJECTIVE = declare("title-role-adjective", "title role", "an adjective of `role_adjectives.tsv` before "
                         "the title is part of the role: „der außenpolitische Berater“")
TITLE_PARTY = declare("title-party", "title party", "a title whose affiliation is a party makes the holder a "
                      "member: „der Vorsitzende der SPD, Max Muster“")
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
    for h in st.hits:
        if h.label != "TITLE":
            continue
        holder, obj, how = _holder(st, h)
        if holder is None:
            _unheld(st, h)
        if holder is None or how != HOLDER_NEXT and _in_complement(st, h):
            continue        # "Der Berater des Präsidenten, X": X holds the first title, not the second
        if how == PAST_PREDICATE:
            past.append((h, holder, obj, how))
        else:
            _take(st, h, holder, obj, how, forces)
    for h, holder, obj, how in past:
        _take(st, h, holder, obj, how, forces)


def _take(st: ReadingState, h: Hit, holder: PersonDraft, obj: PersonDraft | None, how: str,
          forces: list[list[Hit]]) -> None:
    """The title at h held by `holder` (found by the rule `how`) and by the persons its plural lists; a service
    member's title („Pilot“) only before a name and with a state's armed force named (`forces` caches them)."""
    role = _role(st, h)
    force = None
    if h.form == "no" and not st.party_prefix(h.tok):
        if how != HOLDER_NEXT or h.key not in _service_titles():
            return
        if not forces:
            forces.append([x for x in st.hits if x.label == "ORG" and st.orgs[x.key].kind == "armed"
                           and st.orgs[x.key].state])
        force = _nearest_force(st, forces[0], h)
        if force is None:
            return
    for n, (each, each_how) in enumerate(_listed_holders(st, h, holder, how)):
        _hold(st, h, each, obj if n == 0 else None, each_how, role)
        if force is not None:
            fired(SERVICE_FORCE)
            each.rules.append(SERVICE_FORCE)
            each.role_rules.append(SERVICE_FORCE)
            each.affiliation = each.affiliation or force


def _unheld(st: ReadingState, h: Hit) -> None:
    """The holders of the title at h where no name stands beside it: an office named as such („trat das Amt des
    Bundespräsidenten an“), the examples of an office's plural („Abgeordnete wie X und Y“)."""
    if h.form == "no":
        return
    for each, how in office_holders(st, h):
        _hold(st, h, each, None, how, _role(st, h))
    if h.form != COLLEAGUE:
        for each in such_as_holders(st, h):
            _hold(st, h, each, None, TITLE_SUCH_AS, _role(st, h))


def _listed_holders(st: ReadingState, h: Hit, holder: PersonDraft, how: str) -> list[tuple[PersonDraft, str]]:
    """The holder of the title at h with the rule that found him, and where the title is a plural („die
    Außenminister X und Y“, „zwei Minister, X und Y“) the persons listed after him, each with the plural's rule."""
    out = [(holder, how)]
    if how not in (HOLDER_NEXT, HOLDER_APPOSITION):
        return out
    start = h.tok_end if how == HOLDER_NEXT else _apposition_start(st, h, holder)
    plural = plural_rule(st, h) if start is not None else None
    if plural is not None and (how == HOLDER_NEXT or plural != HOLDER_PLURAL):
        out += [(each, plural) for each in _coordinated(st, start)]
    return out


_APPOSITION_REACH = 12      # tokens from the title's end to the comma before its holder: „der Länder im Westen“


def _apposition_start(st: ReadingState, h: Hit, holder: PersonDraft) -> int | None:
    """The first token of the holder's name in apposition after the title at h („zwei Minister, X und Y“)."""
    for k in range(h.tok_end + 1, min(len(st.words), h.tok_end + _APPOSITION_REACH)):
        if st.person_at.get(k) is holder and st.words[k - 1] == ",":
            return k
    return None


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
    if h.form == COLLEAGUE:
        st.colleagues.append((holder, h.tok, how))
    # "seinem ukrainischen Kollegen": the office is the known one, if any
    if h.form != COLLEAGUE and holder.role is None:
        holder.role = role
        holder.role_rules += (how, ROLE_ADJECTIVE) if role != h.key else (how,)
    aff_rule, body = title_affiliation(st, h, obj)
    aff = _body_state(st, body, h.start)
    # „Präsident X hat in seiner Funktion als KP-Chef …“: a second office, the party's; he acts for his state
    if aff and holder.affiliation is None and how != HOLDER_CAPACITY:
        holder.affiliation = aff
        holder.role_rules.append(aff_rule)
        if aff != body:
            holder.body = body
    party = st.drafts.get(aff) if aff else None
    if party is not None and party.kind == "party":
        holder.join(party.name, TITLE_PARTY)     # "Chef der HDP", "Vorsitzende der SPD"
    holder.title_tok = h.tok
    if obj is not None and role.casefold().endswith(st.t.adviser_endings):
        st.advise(holder, obj, h.tok, GENITIVE_PRINCIPAL if how == GENITIVE_PRINCIPAL else ADVISER)
    elif obj is not None and obj is not holder and serves_person(st.t, role):
        st.advise(holder, obj, h.tok, GENITIVE_PRINCIPAL if how == GENITIVE_PRINCIPAL else SPOKESPERSON)
    else:
        return
    if how == PREDICATE_COMPLEMENT:     # "X ist Berater von Y": the copula's subject serves Y
        st.advise(holder, obj, h.tok, PREDICATE_COMPLEMENT)


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


COLLEAGUE_OF_PERSON = declare("title-colleague-of-person", "title holder", "guard: a colleague's title makes no "
                              "official where the person named last before it, in its sentence or the one before, "
                              "is none: „der Philosoph Max Muster und sein Kollege Hans Mayer“, „sagte der Ökonom Max "
                              "Muster. Sein Kollege Hans Mayer …“; not „Außenminister Max Muster traf seinen Kollegen "
                              "Hans Mayer“")


def colleagues(st: ReadingState) -> None:
    """Undo the official a colleague's title alone made where the colleague's counterpart, the person named last
    before the title, is no official (once the parties are read): „der Philosoph X und sein Kollege Y“."""
    for holder, tok, how in st.colleagues:
        if holder.known is not None or holder.role or any(r != how for r in holder.rules):
            continue
        counterpart = _person_before(st, tok, holder)
        if counterpart is not None and not counterpart.official and counterpart.known is None:
            fired(COLLEAGUE_OF_PERSON)
            holder.official, holder.affiliation, holder.role_rules = False, None, []
            holder.rules = [r for r in holder.rules if r != how]


def _person_before(st: ReadingState, tok: int, other: PersonDraft) -> PersonDraft | None:
    """The person other than `other` named last before token `tok`, in its sentence or the one before."""
    first_sentence = st.sent_of[tok] - 1
    for k in range(tok - 1, -1, -1):
        if st.sent_of[k] < first_sentence:
            return None
        p = st.person_at.get(k)
        if p is not None and p is not other:
            return p
    return None


def _coordinated(st: ReadingState, j: int) -> list[PersonDraft]:
    """The persons named after the one at token j in a list: „X, Y und Z“."""
    words, n, found = st.words, len(st.words), []
    end = _past_bracket(words, _name_end(st, j))
    while end is not None and end + 1 < n and words[end] in german.LIST_GLUE:
        nxt = end + 1
        if words[nxt] in german.AND_CONJUNCTIONS and words[end] == ",":
            nxt += 1        # „X, Y, und Z“
        end = _past_bracket(words, _name_end(st, nxt))
        if end is not None:
            found.append(st.person_at[nxt])
        if words[nxt - 1] in german.ADDITIVE_CONJUNCTIONS:
            break       # the list's last name
    return found


_BRACKET_REACH = 6      # tokens of „(Untreue und Bilanzfälschung)“


def _past_bracket(words: list[str], end: int | None) -> int | None:
    """Past a short bracket after a name in a list: „Max Muster (SPD), Hans Mayer (41) und …“."""
    if end is None or end >= len(words) or words[end] != "(":
        return end
    close = next((k for k in range(end + 1, min(len(words), end + _BRACKET_REACH)) if words[k] == ")"), None)
    return close + 1 if close is not None else end


def _name_end(st: ReadingState, j: int) -> int | None:
    """One past the last token of the person's name that starts at token j, if a person's does."""
    return name_end(st, j) if j in st.person_at else None


def _in_complement(st: ReadingState, h: Hit) -> bool:
    """The title is the genitive complement of a title before it: „Berater des Präsidenten“."""
    k = h.tok - 1
    return k >= 1 and st.words[k] in GENITIVE_ARTICLES and any(
        x.label == "TITLE" and x.tok_end == k for x in st.by_tok.get(k - 1, []))


def _holder(st: ReadingState, h: Hit) -> tuple[PersonDraft | None, PersonDraft | None, str]:
    """Who holds the title at h, the person of a 'von'-complement ('Berater von X'), and the
    name of the rule that found the holder."""
    k = h.tok_end
    if k in st.person_at:
        owner = _genitive_owner(st, k)
        if owner is not None:       # "der Berater Putins, Juri Uschakow": Putin is advised, not the adviser
            fired(HOLDER_GENITIVE)
            return st.person_at[owner[1]], owner[0], HOLDER_APPOSITION
        if _genitive_principal(st, h, k):   # "X, ein Berater Putins, sagte": X holds it, Putin is advised
            holder, _, how = _apposition(st, h, name_end(st, k), None, complement=True)
            if how == PREDICATE_COMPLEMENT:     # "X war ein enger Berater Putins."
                return holder, st.person_at[k], how
            return (holder, st.person_at[k], GENITIVE_PRINCIPAL) if how == HOLDER_BEFORE else (None, None, how)
        return st.person_at[k], None, HOLDER_NEXT
    obj, aff_end, named = _complement(st, k)
    if named is not None:
        return named, None, HOLDER_COMPLEMENT
    # „Minister für Handel, X“, also past the complement: „der Sondergesandte der UN für den Jemen, X“
    portfolio = _portfolio_holder(st, aff_end) if obj is None else None
    if portfolio is not None:
        return portfolio, None, HOLDER_PORTFOLIO
    # "die Chefin der Sozialdemokraten in der Landeshauptstadt, Eva Beispiel"
    end = _past_affiliation(st, aff_end)
    workplace = _workplace_end(st, end)
    if workplace == end:
        workplace = _described_workplace_end(st, end)
        if workplace != end:
            return st.person_at[workplace + 1], obj, WORKPLACE_DESCRIBED
    return _apposition(st, h, workplace, obj)


def _genitive_owner(st: ReadingState, k: int) -> tuple[PersonDraft, int] | None:
    """The person named at k in the genitive („Putins“, „Tsipras'“), with the token of the name after the comma
    that follows it: „der Berater Putins, Juri Uschakow“."""
    p = st.person_at[k]
    ends = [x.tok_end for x in st.by_tok.get(k, []) if x.label == "PER" and x.tok == k]
    e = max(ends, default=k + 1)
    words, surname = st.words, p.name.rsplit(" ", 1)[-1]
    genitive = words[e - 1] == surname + "s" or words[e - 1] in ("'", "’") and words[e - 2] == surname
    if genitive and e + 1 < len(words) and words[e] == "," and e + 1 in st.person_at:
        return p, e + 1
    return None


GENITIVE_PRINCIPAL = declare("title-adviser-genitive-after", "title holder", "a name in the genitive right after an "
                             "adviser's or spokesperson's title is whom the title serves, and the name before the "
                             "comma ahead of the title holds it: „Max Muster, ein Berater Putins, sagte“ → Max Muster "
                             "advises Putin; not „Präsident Putins Berater“ (Putin holds „Präsident“)")


def _genitive_principal(st: ReadingState, h: Hit, k: int) -> bool:
    """The person named at k, right after the adviser's or spokesperson's title at h, is in the genitive
    („Berater Putins“, „Sprecherin Tsipras'“): whom the title serves, not its holder."""
    if not (h.key.casefold().endswith(st.t.adviser_endings) or serves_person(st.t, h.key)):
        return False
    ends = [x.tok_end for x in st.by_tok.get(k, []) if x.label == "PER" and x.tok == k]
    e, words = max(ends, default=k + 1), st.words
    surname = st.person_at[k].name.rsplit(" ", 1)[-1]
    return words[e - 1] == surname + "s" or e < len(words) and words[e] in ("'", "’") and words[e - 1] == surname


def _office_attribute(st: ReadingState, j: int) -> bool:
    """The word at j qualifies a title that follows it within the next two words: „des britischen
    Premierministers X“, „des Londoner Ex-Bürgermeisters X“ (the complement's person is the office holder)."""
    words, n = st.words, len(st.words)
    if not any(x.label == "TITLE" for k in range(j + 1, min(n, j + 3)) for x in st.by_tok.get(k, [])):
        return False
    hits = st.by_tok.get(j, [])
    if hits:
        return all(x.label == "STATE" and x.form == "adjective" for x in hits)
    return words[j].endswith(ADJECTIVE_ENDINGS) and (words[j].islower() or
                                                       any(x.label == "TITLE" for x in st.by_tok.get(j + 1, [])))


def _complement(st: ReadingState, k: int) -> tuple[PersonDraft | None, int, PersonDraft | None]:
    """After the title word at k: the person of a von-complement, where the title's affiliation
    ends, and the holder when the complement runs straight into his name."""
    words, n = st.words, len(st.words)
    state = genitive_state(st, k)
    if state is not None:       # "der Außenminister Frankreichs (,) Max Muster"
        return None, state.tok_end, st.person_at.get(state.tok_end)
    if k < n and words[k] in NOUN_COMPLEMENT_OPENERS:
        j = k + 1
        while j < n and (words[j] in DETERMINERS or any(x.label == "TITLE" for x in st.by_tok.get(j, []))
                         or _office_attribute(st, j)):
            j += 1
        if j in st.person_at:
            j2 = j
            while j2 < n and st.by_tok.get(j2) and any(x.label == "PER" for x in st.by_tok[j2]):
                j2 += 1
            return st.person_at[j], j2, None
        # "Präsident der Ukraine", "Sprecher des US-Außenministeriums (, ) John Kirby"
        while j < n and st.by_tok.get(j) and any(x.label in ("STATE", "ORG", "BODY", "CAPITAL")
                                                   for x in st.by_tok[j]):
            j += 1
        # an adjective ("der ukrainischen Regierung") leaves the noun phrase open
        if not any(x.label in ("STATE", "ORG", "BODY", "CAPITAL") and x.form != "adjective"
                   for x in st.by_tok.get(j - 1, [])):
            j = _noun_phrase_end(st, k, j)
        return None, j, (st.person_at[j] if j > k + 1 and j in st.person_at else None)
    if k + 1 < n and words[k] in _WORKPLACE_PREPOSITIONS and any(
            x.label in ("CAPITAL", "PLACE", "STATE") for x in st.by_tok.get(k + 1, [])):
        # "der russische Botschafter in Wien, Sergej Netschajew"
        return None, max(x.tok_end for x in st.by_tok[k + 1]), None
    return None, k, None


_PORTFOLIO_REACH = 6        # tokens of „für Wirtschaft, Energie und Umwelt“


def _portfolio_holder(st: ReadingState, k: int) -> PersonDraft | None:
    """After the title word at k, „für“ and a short noun phrase of lower-case adjectives and nouns (maybe
    coordinated), then the holder's name, maybe after a comma: „Minister für Wirtschaft und Energie, Max Muster“."""
    words, n = st.words, len(st.words)
    if k + 2 >= n or words[k] not in german.FOR_PREPOSITIONS:
        return None
    j, nouns = k + 1, 0
    while j < n and j - k <= _PORTFOLIO_REACH and j not in st.person_at:
        w = words[j]
        if w == "," and j + 1 in st.person_at and nouns:
            # an apposition is closed: „…, Max Muster, sagte“, „…, Max Muster.“, not „…, Max Muster sei dagegen“
            end = _name_end(st, j + 1) or n
            return st.person_at[j + 1] if end == n or not words[end][:1].isalnum() else None
        if w[:1].isupper() and not any(x.label in ("PER", "TITLE") for x in st.by_tok.get(j, [])):
            nouns += 1
        elif not (w in DETERMINERS or w in german.AND_GLUE or w.islower() and w.endswith(ADJECTIVE_ENDINGS)):
            return None
        j += 1
    return st.person_at[j] if nouns and j in st.person_at and words[j - 1] != "," else None


_WORKPLACE_REACH = 4        # tokens of „im Europäischen Parlament“, „in der Landeshauptstadt“


def _workplace_end(st: ReadingState, k: int) -> int:
    """After the title word at k: the end of a short place of work („im Gemeinderat“, „im Europäischen
    Parlament“), where a comma and a name follow it; else k."""
    words, n = st.words, len(st.words)
    if k >= n or words[k] not in german.IN_PREPOSITIONS:
        return k
    j = k + 1
    while j < n and j - k < _WORKPLACE_REACH and (words[j] in DETERMINERS or words[j].islower()
                                                  and words[j].endswith(ADJECTIVE_ENDINGS)):
        j += 1
    spans = [x.tok_end for x in st.by_tok.get(j, []) if x.label != "PER"]
    end = max(spans) if spans else j + 1 if j < n and words[j][:1].isupper() else k
    if end + 1 < n and words[end] == "," and end + 1 in st.person_at:
        fired(HOLDER_WORKPLACE)
        return end
    return k


WORKPLACE_DESCRIBED = declare("title-holder-workplace-described", "title holder", "the name after a comma behind "
                               "a title and its place of work holds it also where a town's adjective stands before the "
                               "place's noun or a genitive follows it: „der Staatssekretär im Berliner "
                               "Arbeitsministerium, Max Muster, sagte“, „die Vorsitzende im Verband der Versicherer, Eva "
                               "Beispiel, sagte“; not „die Vorsitzende im Verband der Versicherer, Eva Beispiel und Max "
                               "Muster“ (no closed apposition)")


def _described_workplace_end(st: ReadingState, k: int) -> int:
    """After the title word at k, where `_workplace_end` found none: the end of a place of work whose noun a town's
    adjective („im Berliner Arbeitsministerium“) or a genitive („im Verband der Versicherer“) describes, where a comma
    and a closed apposition of a name follow it; else k."""
    words, n = st.words, len(st.words)
    if k >= n or words[k] not in german.IN_PREPOSITIONS:
        return k
    j = k + 1
    while j < n and j - k < _WORKPLACE_REACH and (words[j] in DETERMINERS or words[j].islower()
                                                  and words[j].endswith(ADJECTIVE_ENDINGS) or _town_adjective(st, j)):
        j += 1
    if j >= n or not words[j][:1].isupper() or j in st.person_at:
        return k
    end = max([x.tok_end for x in st.by_tok.get(j, []) if x.label != "PER"], default=j + 1)
    g = genitive_noun(words, end + 1) if end < n and words[end] in GENITIVE_ARTICLES else None
    if g is not None and g not in st.person_at:
        end = max([x.tok_end for x in st.by_tok.get(g, []) if x.label != "PER"], default=g + 1)
    return end if end + 1 < n and words[end] == "," and _closed_apposition(st, end) else k


def _town_adjective(st: ReadingState, j: int) -> bool:
    """The word at j is a capitalised adjective in „-er“ no name's hit covers, before a capitalised noun: „Berliner“,
    „Grazer“ in „im Berliner Arbeitsministerium“."""
    words = st.words
    return j + 1 < len(words) and words[j][:1].isupper() and words[j].isalpha() \
        and words[j].endswith(german.ER_SUFFIX) and words[j + 1][:1].isupper() \
        and not any(x.label in ("PER", "ORG", "TITLE") for x in st.by_tok.get(j, []))


def _noun_phrase_end(st: ReadingState, k: int, j: int) -> int:
    """ "der Chef der Internet-Polizei (IIP), Kamal Hadiafar", "der Partei Recht und Gerechtigkeit,
    Beata Szydło": a short noun phrase after the title at k, names taken whole."""
    words, n = st.words, len(st.words)
    crossed = None      # the first preposition the phrase runs past („für die Welt“), if any
    while j < n and j - k <= 10 and j not in st.person_at:
        spans = [x.tok_end for x in st.by_tok.get(j, []) if x.label in ("STATE", "ORG", "BODY")]
        if spans:
            j = max(spans)
        elif (words[j][:1].isupper() or words[j] in DETERMINERS or
              words[j].endswith(CASE_ENDINGS)) and words[j] not in _TITLE_STOPS:
            j += 1
        elif words[j] in _TITLE_JOINERS and j + 1 < n and words[j + 1][:1].isupper() \
                and j + 1 not in st.person_at:
            j += 1      # "der Kommission für Menschenrechte und Nationale Versöhnung"
        elif words[j] in _COMPLEMENT_PREPOSITIONS and j + 1 < n and j + 1 not in st.person_at and (
                words[j + 1][:1].isupper() or words[j + 1] in DETERMINERS):
            crossed = j if crossed is None else crossed
            j += 1      # "des Krisenstabes für die Flüchtlingskrise", "der Geschäftsführung von Wien Energie"
        else:
            break
    if crossed is not None and not _closed_apposition(st, j):
        return crossed
    if crossed is not None:
        fired(COMPLEMENT_PREPOSITION)
    return j


COMPLEMENT_PREPOSITION = declare("title-complement-preposition", "title holder", "a title's complement may run "
                                 "past a preposition to the comma before its holder, where the apposition closes: "
                                 "„der Sprecher des Krisenstabs für die Flüchtlingskrise, Max Muster, sagte“")
_COMPLEMENT_PREPOSITIONS = german.FOR_PREPOSITIONS | german.IN_PREPOSITIONS | german.NOUN_COMPLEMENT_OPENERS


def _closed_apposition(st: ReadingState, j: int) -> bool:
    """A comma at j, a person's name, and no word after it: „…, Max Muster, sagte“, „…, Max Muster.“"""
    words, n = st.words, len(st.words)
    end = _name_end(st, j + 1) if j + 1 < n and words[j] == "," else None
    return end is not None and (end == n or not words[end][:1].isalnum())


def _past_affiliation(st: ReadingState, j: int) -> int:
    """Past a bracket and a genitive state or organisation: "... (IIP) des Iran, Kamal Hadiafar"."""
    words, n = st.words, len(st.words)
    if j < n and words[j] == "(":
        while j < n and words[j] != ")":
            j += 1
        j += 1
    if j + 1 < n and words[j] in GENITIVE_ARTICLES and any(x.label in ("STATE", "ORG", "CAPITAL")
                                                         for x in st.by_tok.get(j + 1, [])):
        j = max(x.tok_end for x in st.by_tok[j + 1])
    return j


def _apposition(st: ReadingState, h: Hit, j: int, obj: PersonDraft | None,
                complement: bool = False) -> tuple[PersonDraft | None, PersonDraft | None, str]:
    """The holder named in apposition, after the title's phrase (which ends at j) or before it; where a person's
    complement (`obj`, or a genitive name: `complement`) ends the phrase, also a copula's subject."""
    words, n = st.words, len(st.words)
    # "der Berater von Kanzler Scholz (SPD), Jens Plötner, ..."
    if j + 1 < n and words[j] == "," and (j + 1) in st.person_at:
        return st.person_at[j + 1], obj, HOLDER_APPOSITION
    # "…, Aleksandar Vucic": a first name before a known surname the gazetteer took alone
    if j + 2 < n and words[j] == "," and (j + 2) in st.person_at and words[j + 1][:1].isupper() \
            and not st.by_tok.get(j + 1):
        return st.person_at[j + 2], obj, HOLDER_APPOSITION
    found = _before(st, h)
    if found is not None:
        return found[0], obj, found[1]
    named, how = _predicate_holder(st, h, j if obj is not None or complement else None)
    if named is not None:
        return named, obj, how
    for reader, how in ((_as_holder, HOLDER_AS), (_relative_as_holder, RELATIVE_AS), (_capacity_holder, HOLDER_CAPACITY),
                        (designated_holder, FUTURE_PREDICATE), (past_predicate_holder, PAST_PREDICATE)):
        named = reader(st, h)
        if named is not None:
            return named, obj, how
    return None, obj, HOLDER_BEFORE


HOLDER_ASIDE = declare("title-holder-aside", "title holder", "the name right before a dash or bracket that opens an "
                       "aside holding the title (maybe after adverbs or a phrase of time), closed after the title's "
                       "phrase, holds it: „Max Muster – mittlerweile Landesrat – sagte“, „Max Muster (Innenminister, "
                       "ÖVP) sagte“; not „Max Muster – Landesrat Hans Mayer fehlte – sagte“ (the title's own holder)")
_ASIDE_REACH = 10       # tokens from the title's end to the aside's close: „der Stadt Linz für Soziales“


def _before(st: ReadingState, h: Hit) -> tuple[PersonDraft | None, str] | None:
    """The holder named before the title at h, past a comma, maybe a short bracket („Max Muster (41), Landesrat“), an
    aside's dash or bracket, or a noun and „und“, with the rule that read it; None where no such mark stands there;
    (None, rule) where the mark stands but no person's name ends before it."""
    words = st.words
    # "Emmanuel Bonne, Berater von Präsident Emmanuel Macron"
    b, timed = h.tok - 1, False
    if b >= 1 and words[b - 1] == "," and _title_adjective(st, b):
        b -= 1          # "Jake Sullivan, Nationaler Sicherheitsberater von …"
    while b >= 0 and (words[b] in DETERMINERS or (words[b].islower() or words[b].isdigit() or time_noun(words, b))
                      and b > h.tok - 4):
        timed = timed or time_noun(words, b)
        b -= 1          # "X, seit 2005 Chef der Y", "X, seit Mai Landesrat"
    if b >= 1 and (words[b] == "," or words[b] in german.ASIDE_MARKS) and object_title(words, b + 1, h.tok):
        return None     # „Eva Beispiel, die mit dem SPD-Chef verheiratet ist“: the title is no apposition
    if b >= 1 and words[b] == ",":
        found = subject_ending_at(st, b)        # also a surname alone: „Muster, seit Mai Landesrat, sagte“
        named = found[1] if found is not None else None
        bracketed = person_before_bracket(st, b) if named is None else None
        if bracketed is not None:
            return bracketed[1], PAST_BRACKET
        return named, TIME_PHRASE if timed and named is not None else HOLDER_BEFORE
    if b >= 1 and words[b] in german.ASIDE_MARKS and _aside_closes(st, h, german.ASIDE_MARKS[words[b]]):
        named = _person_ending_at(st, b)
        if named is not None:
            return named, HOLDER_ASIDE
    if _coordinated_noun(st, b):
        return _person_ending_at(st, b - 1), HOLDER_BEFORE_COORDINATED
    return None


def _aside_closes(st: ReadingState, h: Hit, close: str) -> bool:
    """The aside's closing mark follows the title at h in its sentence, before any name or other aside: „– Landesrat
    der SPÖ –“, „(Innenminister, ÖVP)“."""
    words, s = st.words, st.sent_of[h.tok]
    for k in range(h.tok_end, min(len(words), h.tok_end + _ASIDE_REACH)):
        if words[k] == close:
            return True
        if st.sent_of[k] != s or k in st.person_at or words[k] in german.ASIDE_MARKS:
            return False
    return False


def _predicate_holder(st: ReadingState, h: Hit, end: int | None) -> tuple[PersonDraft | None, str]:
    """The subject of a copula whose predicate is the title at h, with the rule's name; where a person's complement
    ends the predicate at `end`, also of a past copula: „X ist (war) Berater von Präsident Y.“"""
    if end is not None and end > h.tok_end:
        named = predicate_holder(st, h, end=end)[0] or past_predicate_holder(st, h, end=end)
        if named is not None:
            return named, PREDICATE_COMPLEMENT
    return predicate_holder(st, h)


HOLDER_AS = declare("title-holder-as", "title holder", "the name right before „als“ and a title holds it, maybe "
                    "with a verb between: „Bisher saß Eva Beispiel als Landesrätin im Kabinett“, „Max Muster will "
                    "als Sozialminister Reformen durchsetzen“")


def _as_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „als“ (or before a lower-case verb and „als“) that precedes the title at h,
    past its adjectives: „Eva Beispiel als (neue) Landesrätin“, „Max Muster will als Sozialminister“."""
    words = st.words
    b = h.tok - 1
    while b > 0 and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in DETERMINERS:
        b -= 1
    if b < 2 or words[b] not in german.AS_WORDS:
        return None
    named = _person_ending_at(st, b)
    if named is None and words[b - 1].islower() and words[b - 1].isalpha() and words[b - 1] not in DETERMINERS:
        named = _person_ending_at(st, b - 1)        # „Max Muster will als …“
    return named


RELATIVE_AS = declare("title-holder-relative-as", "title holder", "the name before a comma and a relative pronoun "
                      "whose clause has „als“ and a title holds it: „Max Muster, der im Juni als Stadtrat angelobt "
                      "wird, …“, „Eva Beispiel, die seit 2010 als Landesrätin amtiert, …“; not „Max Muster, der ihn "
                      "als Landesrat kritisierte, …“ (an object before „als“), nor „…, die als Kind …“ (no title)")
_RELATIVE_REACH = 6         # words between the relative pronoun and „als“: „im Juni auch“, „seit dem Jahr 2010“


def _relative_as_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „, der“ (or „, die“) that opens the relative clause whose „als“ stands before
    the title at h (past its adjectives), with only lower-case words, numbers and nouns of no name between them and
    no object pronoun: „Max Muster, der im Juni als Stadtrat angelobt wird“."""
    words, b = st.words, h.tok - 1
    while b > 0 and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in DETERMINERS:
        b -= 1
    if b < 3 or words[b] not in german.AS_WORDS:
        return None
    r = b - 1
    while r > 1 and b - r <= _RELATIVE_REACH and words[r] not in german.NOMINATIVE_RELATIVES:
        w = words[r]
        if not w.isalnum() or w in german.OBJECT_PRONOUNS or st.by_tok.get(r) or r in st.person_at:
            return None     # a clause's end, „ihn“, a name: „…, der ihn als Landesrat kritisierte“
        r -= 1
    if words[r] not in german.NOMINATIVE_RELATIVES or words[r - 1] != ",":
        return None
    return subject_ending_at(st, r - 1)[1] if subject_ending_at(st, r - 1) is not None else None


HOLDER_CAPACITY = declare("title-holder-capacity", "title holder", "the subject before „in seiner Funktion (Eigenschaft, "
                          "Rolle) als“ and a title holds it, maybe with a verb between: „Präsident Max Muster hatte in "
                          "seiner Funktion als KP-Chef Disziplin gefordert“ → he holds „KP-Chef“; not „in seiner Funktion "
                          "als Gastgeber“ (no title)")


def _capacity_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „in seiner Funktion als“ (or before a lower-case verb and it) that precedes the
    title at h: „Max Muster hatte in seiner Funktion als KP-Chef …“."""
    words, b = st.words, h.tok - 4
    if b < 1 or words[h.tok - 1] not in german.AS_WORDS or words[h.tok - 2] not in german.CAPACITY_NOUNS \
            or words[h.tok - 3].lower() not in german.POSSESSIVES or words[b] not in german.IN_PREPOSITIONS:
        return None
    named = _person_ending_at(st, b)
    if named is None and words[b - 1].islower() and words[b - 1].isalpha() and words[b - 1] not in DETERMINERS:
        named = _person_ending_at(st, b - 1)        # „Max Muster hatte in seiner Funktion als …“
    return named


HOLDER_BEFORE_COORDINATED = declare("title-holder-before-coordinated", "title holder", "the name before a comma "
                                    "ahead of a noun and „und“ before the title holds it: „Max Muster, Anwalt und "
                                    "Präsident des Vereins, sagte“")


def _coordinated_noun(st: ReadingState, b: int) -> bool:
    """The word at b is a noun coordinated by „und“ with the title after it, and a comma comes before it:
    „…, Kontrollinspektor und Pressesprecher des LKA“ (no name, state or organisation)."""
    words = st.words
    return b >= 2 and b + 1 < len(words) and words[b + 1] in german.AND_CONJUNCTIONS and words[b - 1] == "," \
        and words[b][:1].isupper() and all(x.label == "TITLE" for x in st.by_tok.get(b, []))


def _title_adjective(st: ReadingState, b: int) -> bool:
    """The word at b is an adjective capitalised as part of the title after it: „Nationaler Sicherheitsberater“,
    „Ständiger Vertreter“ (no name the gazetteer knows)."""
    w = st.words[b]
    ok = w[:1].isupper() and w.isalpha() and w.endswith(ADJECTIVE_ENDINGS) and not st.by_tok.get(b)
    if ok:
        fired(TITLE_ADJECTIVE)
    return ok


def _person_ending_at(st: ReadingState, end: int) -> PersonDraft | None:
    """The person whose name ends right before token `end`."""
    found = person_ending_at(st, end)
    return found[1] if found is not None else None


def _role(st: ReadingState, h: Hit) -> str:
    """The role as written: title in the nominative, with a kept adjective ('außenpolitischer Berater')."""
    role = h.key
    b = h.tok - 1
    if b >= 0:
        w = st.words[b]
        low = w.lower()
        for adj in st.t.role_adjectives:
            if low.startswith(adj) and low[len(adj):] in ("", *ADJECTIVE_ENDINGS):
                feminine = role.endswith(german.FEMININE_ENDING) and not role.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
                fired(ROLE_ADJECTIVE)
                return f"{adj}{'e' if feminine else 'er'} {role}"
    return role


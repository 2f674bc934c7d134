"""A state's membership told where the state and the body stand apart: in a relative clause on the body
(„die Nato, der die Türkei angehört“, `relative_belongings`; a person's on a party: `party_relatives`), in „als
Mitglied“ beside the state („Deutschland will als Mitglied des Sicherheitsrats …“, `as_members`), and after „das
Land“ that takes up the state named before („Polen … Das Land ist seit 2004 Mitglied der EU“, `land_members`).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Die Nato, der auch die Türkei angehört, tagt."
>>> [(r.subject, r.object, r.rules) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('state:turkei', 'org:nato', ('member-relative-belongs',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.member_chairs import chair_bodies
from kg.extract.member_verbs import BELONG, JOIN, predicate_bodies, predicate_start
from kg.extract.memberships import (add_member, context_body, enumeration, member_bodies, member_compound,
                                    possessor_state)
from kg.extract.party_lookup import party_hits
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, rule
from kg.german import ADJECTIVE_ENDINGS, DATIVE_RELATIVES, NEGATIONS
from kg.nlp.hits import Hit

_CLAUSE_REACH = 14      # tokens from the relative pronoun to „angehört“: „der seit 1952 auch die Türkei … angehört“
_CLAUSE_VERBS = BELONG[1] | JOIN[1]     # „angehört“, „angehören“, „beigetreten“


def _named_states(st: ReadingState, first: int, end: int) -> list[tuple[str, int]]:
    """The states named (by name) from token `first` up to `end`, each once, with its token."""
    out: dict[str, int] = {}
    for k in range(first, end):
        for x in st.by_tok.get(k, []):
            if x.label == "STATE" and x.form == "name" and x.tok == k:
                out.setdefault(x.key, k)
    return list(out.items())


def _relative_verb(st: ReadingState, h: Hit) -> int | None:
    """The token of „angehört“ or „beigetreten“ closing a relative clause in the dative right after the organisation hit
    h („die Nato, der auch die Türkei angehört“), with no comma or negation before it."""
    words, n, k = st.words, len(st.words), h.tok_end
    if not (k + 2 < n and words[k] == "," and words[k + 1] in DATIVE_RELATIVES):
        return None
    s, j = st.sent_of[k], k + 2
    while j < n and j - k <= _CLAUSE_REACH and st.sent_of[j] == s and words[j] not in _CLAUSE_VERBS \
            and words[j] != "," and words[j] not in NEGATIONS:
        j += 1
    return j if j < n and words[j] in _CLAUSE_VERBS else None


@rule("member-relative-belongs", "the states in a relative clause on an international body whose verb is "
      "„angehören“ or „beitreten“ are its members: „die Nato, der auch die Türkei angehört“, „die EU, der Polen "
      "2004 beigetreten ist“; not „…, der die Türkei nicht angehört“", "state membership")
def relative_belongings(st: ReadingState) -> None:
    for h in st.hits:
        j = _relative_verb(st, h) if h.label == "ORG" and st.orgs[h.key].kind == "international" else None
        for iso, tok in _named_states(st, h.tok_end + 2, j) if j is not None else ():
            add_member(st, st.state(iso, st.idx[tok]).key, h.key, h.start, tok, "member-relative-belongs")


@rule("relation-party-relative-belongs", "the persons named in a relative clause on a party whose verb is "
      "„angehören“ or „beitreten“ are its members: „die AKP, der auch Präsident Max Muster angehört,“ → memberOf AKP; "
      "not „die AKP, der Max Muster nicht angehört“", "relations")
def party_relatives(st: ReadingState) -> None:
    for h in party_hits(st):
        j = _relative_verb(st, h)
        for tok in range(h.tok_end + 2, j) if j is not None else ():
            p = st.person_at.get(tok)
            if p is not None:
                p.join(h.key, "relation-party-relative-belongs", official=True)


_AS_GAP = 3             # words between the state and „als“: „Deutschland will sich als …“
_AS_FORMS = german.with_capitalised(german.AS_WORDS)     # „als“, „Als“


def _as_subject(st: ReadingState, i: int, end: int) -> tuple[str, int] | None:
    """The state „als“ at i says its member's noun (ending before `end`) of: named right before it, or past up to
    three lower-case words (a finite verb, adverbs: „Deutschland will als …“); where „Als“ opens the sentence, the
    state right after the verb that follows the phrase („Als Mitglied der EU muss Polen …“)."""
    anchor = _as_anchor(st, i, end)
    found = _named_states(st, anchor[0], anchor[0] + 1) if anchor is not None else []
    return found[0] if found else None


def _as_anchor(st: ReadingState, i: int, end: int) -> tuple[int, int] | None:
    """(token, direction) of where the state or states that „als“ at i speaks of stand: right after the verb that
    follows the phrase (ending before `end`) where „Als“ opens the sentence (+1), else right before „als“, past up to
    three lower-case words (-1); None where that runs out of the text or the sentence."""
    words = st.words
    if i == 0 or st.sent_of[i - 1] != st.sent_of[i]:
        k = end + 1 if end < len(words) and words[end].islower() else None
        if k is not None and k < len(words) and words[k] in german.DEFINITE_ARTICLES:
            k += 1
        return (k, +1) if k is not None and k < len(words) else None
    k = i - 1
    while k > 0 and i - k <= _AS_GAP and words[k].islower() and words[k].isalpha() and words[k] not in NEGATIONS:
        k -= 1
    return (k, -1) if st.sent_of[k] == st.sent_of[i] else None


@rule("member-as", "a state beside „als“ and a member's noun of an international body is its member: „Deutschland "
      "will als nichtständiges Mitglied des Sicherheitsrats helfen“, „Als Mitglied der EU muss Polen zahlen“; not "
      "„Deutschland will die Ukraine nicht als Mitglied der Nato“", "state membership")
def as_members(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for i in [i for i, w in enumerate(words) if w in _AS_FORMS]:
        if i > 0 and words[i - 1] in german.VERB_COPULAS:
            continue        # „ist als Mitglied der EU verpflichtet“: member-copula
        j = i + 1
        while j < n and j - i <= 2 and words[j].islower() and words[j].endswith(ADJECTIVE_ENDINGS) \
                and words[j] not in NEGATIONS:
            j += 1          # "nichtständiges"
        orgs = member_bodies(st, j, plural=False) if j + 1 < n else []
        end, name = j + 1 if j < n and "-" in words[j] else j + 3, "member-as"
        if not orgs and j + 1 < n:
            orgs, end, name = *_held_bodies(st, j), MEMBER_AS_CHAIR
        if not orgs and j + 1 < n:
            orgs, name = member_bodies(st, j, plural=True), MEMBER_AS_PLURAL
        if not orgs:
            continue        # also „als“ ending the text: no word after it
        found = _as_subject(st, i, end) if name != MEMBER_AS_PLURAL else None
        states = [found] if found is not None else _as_subjects(st, i, end) if name == MEMBER_AS_PLURAL else []
        for state, k in states:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(state, st.idx[k]).key, o, st.idx[j], j, name)


MEMBER_AS_PLURAL = declare("member-as-states", "state membership", "the states listed beside „als“ and a plural "
                           "member's noun of an international body, or its compound of a state's noun, are its "
                           "members: „Als EU-Mitglieder müssen Polen und Ungarn zahlen“, „Polen und Ungarn müssen als "
                           "EU-Mitglieder zahlen“, „Polen hat als erstes EU-Land …“; not „Die USA wollen als Partner "
                           "der EU-Staaten helfen“ (no member's noun after „als“)")


def _as_subjects(st: ReadingState, i: int, end: int) -> list[tuple[str, int]]:
    """The states „als“ at i and a plural member's noun (ending before `end`) say members of: listed right before it,
    or past up to three lower-case words (a finite verb, adverbs: „Polen und Ungarn müssen als …“); where „Als“ opens
    the sentence, listed right after the verb that follows the phrase („Als EU-Mitglieder müssen Polen und Ungarn
    …“)."""
    anchor = _as_anchor(st, i, end)
    if anchor is None:
        return []
    k, direction = anchor
    keys = enumeration(st, k, +1) if direction > 0 else enumeration(st, k, -1, joined=True)
    return [(key, k) for key in keys]


MEMBER_AS_CHAIR = declare("member-as-chair", "state membership", "a state beside „als“ and the chair or a part of an "
                          "international body is its member: „Die Niederlande nehmen als amtierende "
                          "EU-Ratspräsidentschaft teil“, „Als Teil der EU muss Polen zahlen“; not „Die Krim als Teil "
                          "der Ukraine“ (no body)")


def _held_bodies(st: ReadingState, j: int) -> tuple[list[str], int]:
    """The international bodies whose chair („EU-Ratspräsidentschaft“, „Vorsitz der OSZE“) or part („Teil der EU“)
    the noun at token j names, and the token after the phrase."""
    if st.words[j] in german.PART_NOUNS and st.words[j + 1] in german.GENITIVE_ARTICLES:
        orgs = predicate_bodies(st, j)
        return orgs, j + 3
    return chair_bodies(st, j)


_LAND_REACH = 2         # sentences before „das Land“ where its state may be named
_LAND_FORMS = frozenset((german.LAND_NOUN, german.LAND_NOUN.capitalize()))     # „Land“ (any case the text writes)


def _state_before(st: ReadingState, k: int) -> tuple[str, str] | None:
    """The state named last before token k in its sentence or the two before it, where only one state is named
    there (by name), with the rule's name."""
    s = st.sent_of[k]
    found = [x.key for x in st.hits if x.label == "STATE" and x.form == "name" and x.tok < k
             and s - _LAND_REACH <= st.sent_of[x.tok] <= s]
    return (found[-1], "member-land") if found and len(set(found)) == 1 else None


@rule("member-land", "„das Land“ before a copula (or „bleibt“) and the member's noun (or „Teil“) of an international "
      "body is the state the sentences before named: „Polen hat gewählt. Das Land ist seit 2004 Mitglied der EU.“, "
      "„Das Land ist EU-Mitglied“, „Das Land ist Teil der Nato“; not where they name two states", "state membership")
def land_members(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for k in st.tokens_of(_LAND_FORMS):
        before = words[k - 1].lower() if k > 0 else ""
        if not (0 < k < n - 2 and words[k][:1].isupper() and (before in german.NEUTER_ARTICLES
                                                              or before in german.THIRD_PERSON_POSSESSIVES
                                                              or before in german.RELATIVE_POSSESSIVES)
                and (words[k + 1] in german.VERB_COPULAS or words[k + 1] in german.REMAIN_VERBS)):
            continue
        j = predicate_start(st, k + 2)
        if j < n and words[j] in german.INDEFINITE_ARTICLES and j + 1 < n and words[j + 1] in german.PART_NOUNS:
            j += 1          # „… ist ein Teil der EU“
        if j >= n:
            continue        # „Das Land ist seit“ ending the text
        orgs = member_bodies(st, j, plural=False) if "-" in words[j] else predicate_bodies(st, j) \
            if words[j] in german.MEMBERSHIP_NOUNS or words[j] in german.IN_PREPOSITIONS \
            or words[j] in german.PART_NOUNS else []
        found = (possessor_state(st, k - 1) if before in german.THIRD_PERSON_POSSESSIVES
                 or before in german.RELATIVE_POSSESSIVES else _state_before(st, k)) if orgs else None
        if found is not None:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(found[0], st.idx[k]).key, o, st.idx[j], k, found[1])


_LIST_OPENERS = frozenset("–-(:")     # what opens the list of members after their noun: „– die USA, …“, „(USA, …)“


def _listed_after(st: ReadingState, j: int) -> tuple[list[str], int] | None:
    """The bodies of the members' plural noun at token j and the token after them: „Mitglieder des Sicherheitsrats“
    (past the body's name), „Nato-Mitglieder“."""
    words = st.words
    orgs = member_bodies(st, j, plural=True)
    if not orgs:
        return None
    if "-" in words[j]:
        return orgs, j + 1
    ends = [x.tok_end for x in st.by_tok.get(j + 2, []) if x.label == "ORG" and x.key in orgs]
    return (orgs, max(ends)) if ends else None


@rule("member-listed", "the states listed after a dash, a bracket or a colon behind the members' plural noun of an "
      "international body are its members: „die ständigen Mitglieder des Sicherheitsrats – die USA, Russland, China, "
      "Großbritannien und Frankreich –“, „die Nato-Mitglieder (Polen, Ungarn)“; not „– vor allem Polen –“",
      "state membership")
def listed_members(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for j in [j for j, w in enumerate(words) if (w in st.t.member_words or "-" in w) and j + 2 < n]:
        if words[j].rpartition("-")[2] not in st.t.member_words:
            continue
        if words[j] in german.MEMBER_NOUNS or words[j].rpartition("-")[2] in german.MEMBER_NOUNS:
            continue        # the singular: „Mitglied der Nato (seit 1952)“
        found = _listed_after(st, j)
        if found is None or found[1] + 1 >= n or words[found[1]] not in _LIST_OPENERS:
            continue
        for iso in enumeration(st, found[1] + 1, +1):
            for o in dict.fromkeys(found[0]):
                add_member(st, st.state(iso, st.idx[found[1]]).key, o, st.idx[j], j, "member-listed")


@rule("member-noun-state", "states right after a member's noun with no body of its own are members of the one "
      "international body the sentence or the two before name: „Beim Nato-Treffen am Freitag stritt man über "
      "den Konflikt zwischen dem Mitglied Türkei und Syrien“, „Die EU berät. Das Mitgliedsland Polen lehnt ab.“",
      "state membership")
def noun_states(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for j in [j for j in st.tokens_of(german.MEMBERSHIP_NOUNS) if j + 1 < n]:
        states = enumeration(st, j + 1, +1) if _named_states(st, j + 1, j + 2) else []
        if words[j] in german.MEMBER_NOUNS:
            states = states[:1]     # „dem Mitglied Türkei und Russland“: one member
        orgs = context_body(st, j) if states else []
        for iso in states:
            for o in orgs:
                add_member(st, st.state(iso, st.idx[j + 1]).key, o, st.idx[j], j, "member-noun-state")


_RELATIVE_REACH = 12    # tokens from the relative pronoun to the copula closing its clause


@rule("member-relative-copula", "a state before a relative clause that says it is a member (or a part) of an "
      "international body is its member: „Die Türkei, die seit 1952 Mitglied der Nato ist, protestiert“, „Polen, das "
      "seit 2004 in der EU ist, …“, „Frankreich, das Teil der EU ist, …“; not „Die Türkei, die kein Mitglied der EU "
      "ist, …“", "state membership")
def relative_copulas(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for h in st.hits:
        k = h.tok_end
        if h.label != "STATE" or h.form != "name" or not (k + 3 < n and words[k] == ","
                                                           and words[k + 1] in german.NOMINATIVE_RELATIVES):
            continue
        j = predicate_start(st, k + 2)
        if j < n and words[j] in german.INDEFINITE_ARTICLES and j + 1 < n and words[j + 1] in german.PART_NOUNS:
            j += 1          # „…, das ein Teil der EU ist,“
        if j >= n or words[j] not in german.MEMBERSHIP_NOUNS and words[j] not in german.IN_PREPOSITIONS \
                and words[j] not in german.PART_NOUNS:
            continue
        orgs = predicate_bodies(st, j)
        end = next((e for e in range(j + 1, min(n, k + _RELATIVE_REACH)) if not words[e][:1].isalnum()
                    or words[e] in german.VERB_COPULAS), n)
        if orgs and end < n and words[end] in german.VERB_COPULAS:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(h.key, h.start).key, o, st.idx[j], j, "member-relative-copula")


_ADMITTED = resources.listed_words("admission_verbs.tsv")     # „aufgenommen“
_ADMISSION_REACH = 10   # tokens back from „in“ to the admitted states


@rule("member-admitted", "states before „in“ an international body and a participle of admitting that closes the "
      "clause (or „wurde“, „worden“, „und“ follow) are its members: „Polen wurde 2004 in die EU aufgenommen“, „als "
      "Polen in die Nato aufgenommen wurde“; not „Polen soll in die EU aufgenommen werden“", "state membership")
def admissions(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for h in st.hits:
        k, i = h.tok_end, h.tok - 2
        if h.label != "ORG" or k >= n or words[k] not in _ADMITTED or i < 1 \
                or words[i] not in german.INSIDE_PREPOSITIONS or st.orgs[h.key].kind != "international":
            continue
        if k + 1 < n and words[k + 1][:1].isalnum() and words[k + 1] not in german.PAST_PASSIVE_AUXILIARIES \
                and words[k + 1] not in german.ADDITIVE_CONJUNCTIONS:
            continue        # „aufgenommen werden“, „aufgenommen zu werden“: not yet
        s, b = st.sent_of[i], i - 1
        while b > 0 and i - b <= _ADMISSION_REACH and st.sent_of[b] == s and words[b] != "," \
                and words[b] not in NEGATIONS:
            b -= 1
        if words[b] in NEGATIONS:
            continue
        for iso, tok in _named_states(st, b, i):
            add_member(st, st.state(iso, st.idx[tok]).key, h.key, h.start, tok, "member-admitted")


_BODY_NOUNS = dict(resources.commented_rows("body_member_nouns.tsv"))      # „Vetomacht“ → „UN-Sicherheitsrat“


@rule("member-body-noun", "states after (or before „als“ and) a noun that names a state by the international body it "
      "belongs to are its members, where the article names that body: „Die Vetomacht Russland blockiert den "
      "UN-Sicherheitsrat“, „China hat als Vetomacht im Sicherheitsrat …“; not where the article names no Security "
      "Council", "state membership")
def body_nouns(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for j in st.tokens_of(_BODY_NOUNS):
        body = _BODY_NOUNS[words[j]]
        if not any(h.label == "ORG" and h.key == body for h in st.hits):
            continue
        states = enumeration(st, j + 1, +1) if j + 1 < n and _named_states(st, j + 1, j + 2) else []
        if not states and j > 0 and words[j - 1].lower() in german.AS_WORDS:
            found = _as_subject(st, j - 1, j + 1)
            states = [found[0]] if found is not None else []
        for iso in states:
            add_member(st, st.state(iso, st.idx[j]).key, body, st.idx[j], j, "member-body-noun")


@rule("member-among", "states after „, darunter“ behind an international body's member compound („mehreren "
      "EU-Staaten, darunter Österreich“), or after „, darunter“ or „wie“ behind a plain members' noun, of the one "
      "body its sentence or the two before name („Die EU berät. Mitgliedsstaaten wie Polen lehnen ab.“), are its "
      "members; not „Staaten, darunter Polen“ (no body's noun), nor where the context names two bodies",
      "state membership")
def among_members(st: ReadingState) -> None:
    words = st.words
    for j, w in enumerate(words):
        compound = member_compound(st, j) if "-" in w else None
        plain = compound is None and w in german.MEMBERSHIP_NOUNS
        if not plain and (compound is None or compound[0] not in st.t.member_words):
            continue
        k = _examples_start(words, j + 1, plain)
        states = enumeration(st, k, +1) if k is not None else []
        orgs = [o for o in compound[1] if st.orgs[o].kind == "international"] if compound else []
        orgs = context_body(st, j) if plain and states else orgs
        for iso in states:
            for o in orgs:
                add_member(st, st.state(iso, st.idx[k]).key, o, st.idx[j], j, "member-among")


def _examples_start(words: list[str], k: int, such_as: bool) -> int | None:
    """The token after „, darunter“ (or, `such_as`, after „wie“), past „etwa“ or „auch“, from token k on; None
    where neither opens there."""
    if k + 1 < len(words) and words[k] == "," and words[k + 1] in german.AMONG_ADVERBS:
        k += 2
    elif such_as and k < len(words) and words[k] in german.SUCH_AS:
        k += 1
    else:
        return None
    return k + 1 if k < len(words) and words[k] in german.EXAMPLE_ADVERBS else k

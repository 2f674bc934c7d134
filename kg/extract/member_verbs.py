"""Membership told by a verb: a copula or „bleibt“ before „in“ or „Mitglied“ („Estland und Lettland
sind längst in der Nato“, „Polen bleibt Mitglied der EU“, `copula_membership`), and „angehören“ or
„beitreten“ with a party or body in the dative („X gehört der SPÖ an“, „Polen trat 2004 der EU
bei“, `belongings`: a person's party, a state's body), and being active in a party („X ist bei den
Grünen aktiv“, `party_activities`).
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.memberships import MEMBER_COPULA, add_member, context_body, enumeration, headed_body, unheld_between
from kg.extract.party_lookup import party_hits, title_at
from kg.extract.party_references import one_person_of
from kg.extract.person_spans import name_end, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired, rule
from kg.german import (ADJECTIVE_ENDINGS, COPULA_ADVERBS, COPULAS, DETERMINERS, DURATION_OPENERS, GENITIVE_ARTICLES,
                       GENITIVE_LIST_WORDS, IN_PREPOSITIONS, MEMBERSHIP_NOUNS, NEGATIONS)
from kg.nlp.hits import Hit


def copula_membership(st: ReadingState) -> None:
    """'Estland, Litauen und Lettland seien ohnehin in der EU und Nato', 'Polen bleibt Mitglied der EU'."""
    words = st.words
    for i in [i for i, w in enumerate(words) if w in _COPULA_TRIGGERS]:     # a set test, not a call per word
        w = words[i]
        remain = w in german.REMAIN_VERBS or _belongs_among(st, i)
        if (w not in COPULAS and not remain) or i + 1 >= len(words):
            continue
        j = predicate_start(st, i + 3 if w in BELONG[2] else i + 1)
        if j >= len(words) or (words[j] not in IN_PREPOSITIONS and words[j] not in MEMBERSHIP_NOUNS):
            continue
        orgs = predicate_bodies(st, j)
        if orgs and unheld_between(st, i + 1, j):
            continue    # „ist ein früheres Mitglied der Nato“
        # "bleibt" is no copula `enumeration` knows: the states right before it
        states = enumeration(st, i - 1, -1, joined=True) if remain else enumeration(st, i, -1)
        for iso in states:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, MEMBER_COPULA)


def predicate_bodies(st: ReadingState, j: int) -> list[str]:
    """The international bodies a membership predicate starting at token j (a member's noun or „in“) names: „in der
    EU und der Nato“, „Mitglied der Nato“, „Mitglied im Europarat“, „Vertragsstaat des Strafgerichtshofs“ (the
    body named before by its full name: `member-body-head`), „Mitglied.“ (the one body named just before:
    `member-context-body`)."""
    words, n, noun = st.words, len(st.words), st.words[j] in MEMBERSHIP_NOUNS
    k = j + 2 if noun and j + 1 < n and words[j + 1] in IN_PREPOSITIONS else j + 1
    orgs: list[str] = []
    while k < n:
        xs = [x.key for x in st.by_tok.get(k, []) if x.label == "ORG" and st.orgs[x.key].kind == "international"]
        if xs:
            orgs += xs
        elif words[k] not in GENITIVE_LIST_WORDS:
            break
        k += 1
    if orgs or not noun:
        return orgs
    if j + 2 < n and words[j + 1] in GENITIVE_ARTICLES and not st.by_tok.get(j + 2):
        return headed_body(st, j + 2)
    end = j + 1 >= n or not words[j + 1][:1].isalnum() or words[j + 1] in german.ADDITIVE_CONJUNCTIONS
    return context_body(st, j) if end else []


def _belongs_among(st: ReadingState, i: int) -> bool:
    """A finite „gehören“ at i and „zu den“ after it: „Kenia gehört zu den Vertragsstaaten des …“."""
    words = st.words
    return words[i] in BELONG[2] and i + 3 < len(words) and words[i + 1] in german.PLAIN_TO_PREPOSITIONS \
        and words[i + 2] in german.DEFINITE_ARTICLES and words[i + 3] in MEMBERSHIP_NOUNS


def predicate_start(st: ReadingState, j: int) -> int:
    """From token j after a copula, past adverbs („zwar“, „ohnehin“), a span of time („seit 1952“), „als“
    before a member's noun and „einer der“ (and a count) before members: where a membership predicate may start („ist
    zwar Mitglied“, „ist als Mitglied … verpflichtet“, „ist einer der Mitgliedstaaten“)."""
    words, n = st.words, len(st.words)
    while j < n and (words[j] in COPULA_ADVERBS or words[j] in DURATION_OPENERS or words[j].isdigit()):
        j += 2 if words[j] in DURATION_OPENERS else 1     # "ist seit 1952 Mitglied der Nato", "wurde 2004 Mitglied"
    if j + 2 < n and words[j] in german.INDEFINITE_ARTICLES and words[j + 1] in GENITIVE_ARTICLES:
        m = j + 3 if j + 3 < n and (words[j + 2].isdigit() or words[j + 2] in german.NUMBER_WORDS) else j + 2
        if words[m] in MEMBERSHIP_NOUNS:
            return m        # "ist einer der (28) Mitgliedstaaten"
    k = j + 1 if j < n and (words[j] in german.AS_WORDS or words[j] in german.INDEFINITE_ARTICLES) else j
    m = k
    while m < n and m - k < 2 and words[m].islower() and words[m].endswith(ADJECTIVE_ENDINGS) \
            and words[m] not in NEGATIONS and words[m] not in german.DETERMINERS:
        m += 1          # "ist ein ständiges Mitglied", "ist derzeit nichtständiges Mitglied"
    if m > j and m < n and words[m] in MEMBERSHIP_NOUNS:
        if m > k:
            fired(MEMBER_DESCRIBED)
        return m
    return j


MEMBER_DESCRIBED = declare("member-copula-described", "state membership", "adjectives before the member's noun after "
                           "a copula do not end the predicate: „Japan ist derzeit nichtständiges Mitglied des "
                           "UN-Sicherheitsrats“, „Frankreich ist ein ständiges Mitglied im Sicherheitsrat“")


_BELONG_REACH = 10          # tokens from a finite „gehört“ or „trat“ to the body


def _verb_forms(name: str, particle: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """(particle, the one-word forms, the finite stems) of a particle verb's data file."""
    forms = frozenset(row[0] for row in resources.commented_rows(name))
    whole = frozenset(form for form in forms if form.startswith(particle))
    return particle, whole, forms - whole


BELONG = _verb_forms("belonging_verbs.tsv", german.BELONGING_PARTICLE)      # „angehören“


JOIN = _verb_forms("joining_verbs.tsv", german.JOINING_PARTICLE)            # „beitreten“


# the words `copula_membership` reads a membership predicate after: a copula, „bleibt“, a finite „gehört“
_COPULA_TRIGGERS = COPULAS | german.REMAIN_VERBS | BELONG[2]


def _belongs(st: ReadingState, h: Hit, verb: tuple[str, frozenset[str], frozenset[str]] = BELONG) -> bool:
    """The body hit is the dative object of „angehören“ (or `verb`): „angehört“ right after it, or a finite
    „gehört“ before it and the particle „an“ closing the clause right after it."""
    (particle, whole, stems), words = verb, st.words
    k = predicate_start(st, h.tok_end)      # past adverbs and a span of time: „der Nato seit 1952 angehört“
    if any(w in NEGATIONS for w in words[max(0, h.tok - 4):k + 1]):
        return False            # "gehört nicht der EU an", "der nie der SPÖ angehörte"
    if k < len(words) and words[k] in whole:
        return True
    if not (k + 1 < len(words) and words[k] == particle and not words[k + 1][:1].isalnum()):
        return False
    s = st.sent_of[h.tok]
    return any(words[j] in stems for j in range(max(0, h.tok - _BELONG_REACH), h.tok) if st.sent_of[j] == s)


@rule("relation-belongs", "the person or state before „angehören“ and a party or international body in the "
      "dative is its member: „Jaalon, der der Likud-Partei angehört“, „Polen gehört der EU an“ → memberOf", "relations")
def belongings(st: ReadingState) -> None:
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind not in ("party", "international"):
            continue
        name = "relation-belongs" if _belongs(st, h) else JOINS if _belongs(st, h, JOIN) else None
        if name is not None and not _belonging_subject(st, h, name) and st.orgs[h.key].kind == "party":
            _pronoun_belonging(st, h)


JOINS = declare("relation-joins", "relations", "the person or state before „beitreten“ (not its infinitive) and a "
                "party or international body in the dative is its member: „Polen trat 2004 der EU bei“, „…, das "
                "der Nato beigetreten ist“ → memberOf")


def _belonging_subject(st: ReadingState, h: Hit, name: str) -> bool:
    """The member of the body hit h: the nearest person (and one joined by „wie“) or named state before it; False
    where its sentence names none before it."""
    s, found = st.sent_of[h.tok], False
    for tok in range(h.tok - 1, max(-1, h.tok - 20), -1):
        if st.sent_of[tok] != s:
            break
        if tok in st.person_at and st.orgs[h.key].kind == "party":
            st.person_at[tok].join(h.key, name, official=True)
            found = True
            for other in _coordinated_people(st, tok):
                other.join(h.key, COORDINATED, official=True)
            if tok == 0 or st.words[tok - 1] not in german.COMPARATIVE_CONJUNCTIONS:
                break       # "X, der wie Y der Partei angehört": X too
        state = st.state_at(tok, "name")
        if state is not None and st.orgs[h.key].kind == "international":
            add_member(st, st.state(state, st.idx[tok]).key, h.key, h.start, tok, name)
            for k, iso in _coordinated_states(st, tok):
                add_member(st, st.state(iso, st.idx[k]).key, h.key, h.start, k, COORDINATED)
            return True
    return found


BELONGS_PRONOUN = declare("relation-belongs-pronoun", "relations", "„Er“ or „Sie“ opening a sentence before a singular "
                          "finite „gehört“ and a party in the dative refers to the one person the sentence before "
                          "names, its member: „Max Muster sprach in Berlin. Sie gehört seit 2005 der FDP an.“ → "
                          "memberOf FDP; not „Sie gehören der FDP an“ (they), not where the sentence before names two "
                          "persons")
JOINS_PRONOUN = declare("relation-joins-pronoun", "relations", "„Er“ or „Sie“ opening a sentence before a singular "
                        "finite „trat“ or „tritt“ and a party in the dative, „bei“ closing the clause, refers to the one "
                        "person the sentence before names, its member: „Max Muster sprach in Berlin. Er trat 2010 der "
                        "SPD bei.“ → memberOf SPD; not „Sie traten der SPD bei“ (they), not where the sentence before "
                        "names two persons")
_SUBJECT_PRONOUNS = frozenset(w.capitalize() for w in german.THIRD_PERSON_PRONOUNS)     # „Er“, „Sie“ opening it


def _pronoun_belonging(st: ReadingState, h: Hit) -> None:
    """„Sie gehört (seit 2005) der FDP an“ after a sentence naming one person: that person is a member of the party
    hit h."""
    words, s = st.words, st.sent_of[h.tok]
    b = h.tok - 1
    while b > 0 and h.tok - b < _BELONG_REACH and st.sent_of[b - 1] == s:
        b -= 1
    if st.sent_of[b] != s or (b > 0 and st.sent_of[b - 1] == s) or b + 1 >= h.tok:
        return      # the pronoun must open the sentence, within reach of the party
    verb = words[b + 1]
    if words[b] not in _SUBJECT_PRONOUNS or verb not in BELONG[2] and verb not in JOIN[2] \
            or verb.endswith(german.PLURAL_FINITE_ENDING):
        return
    p = one_person_of(st, s - 1)
    if p is not None and not p.party:
        p.join(h.key, BELONGS_PRONOUN if verb in BELONG[2] else JOINS_PRONOUN, official=True)


COORDINATED = declare("relation-belongs-coordinated", "relations", "the persons or states coordinated before the "
                      "member of „angehören“ or „beitreten“ are members too, where no comma follows it (a relative "
                      "clause on it alone): „Litauen, Lettland und Estland traten 2004 der Nato bei“, „Max Muster und "
                      "Hans Mayer gehören der SPD an“; not „Frankreich und Polen, das 2004 der EU beitrat“")


def _coordinated_people(st: ReadingState, tok: int) -> list[PersonDraft]:
    """The persons named before the one at `tok` in a coordination it ends, where no comma follows its name:
    „X, Y und Z gehören …“ → X, Y."""
    words, end = st.words, name_end(st, tok)
    if end >= len(words) or words[end] == "," or tok < 2 or words[tok - 1] not in german.LIST_GLUE:
        return []
    out, k = [], tok - 1
    while k > 0 and words[k] in german.LIST_GLUE:
        found = person_ending_at(st, k)
        if found is None:
            break
        out.append(found[1])
        k = found[0] - 1
    return out


def _coordinated_states(st: ReadingState, tok: int) -> list[tuple[int, str]]:
    """The states named before the one at `tok` in a coordination it ends, where no comma follows it, with their
    tokens: „Litauen, Lettland und Estland traten …“ → Lettland, Litauen."""
    words = st.words
    end = max((x.tok_end for x in st.by_tok.get(tok, []) if x.label == "STATE"), default=tok + 1)
    if end >= len(words) or words[end] == ",":
        return []
    out, k = [], _before_article(words, tok)
    while k > 0 and words[k] in german.LIST_GLUE:
        state = next((x for x in st.by_tok.get(k - 1, []) if x.label == "STATE" and x.form == "name"
                      and x.tok_end == k), None)
        if state is None:
            break
        out.append((state.tok, state.key))
        k = _before_article(words, state.tok)
    return out


def _before_article(words: list[str], tok: int) -> int:
    """The token before the name at `tok`, past its definite article: „und (die) Slowakei“."""
    return tok - 2 if tok >= 2 and words[tok - 1].lower() in german.DEFINITE_ARTICLES else tok - 1


_ACTIVE = resources.listed_words("activity_words.tsv")      # „aktiv“, „tätig“, „engagiert“
_SWITCHED = resources.listed_words("switching_verbs.tsv")     # „ging“, „wechselte“, „gewechselt“
_SWITCH_REACH = 6       # tokens back from „zur“ to the verb: „ging schließlich nach der Matura zur“
_ACTIVE_REACH = 16      # tokens back from „bei“ or „in“ to the active person
_ACTIVE_PREPOSITIONS = german.OCCASION_PREPOSITIONS | german.IN_PREPOSITIONS      # „bei den Grünen“, „in der SPD“


@rule("relation-party-active", "the person a clause says is active in a party — „bei“ or „in“ and the party, then "
      "„aktiv“, „tätig“ or „engagiert“ — is its member: the nearest person before it in the clause with no preposition "
      "before him, the person before the comma of a relative clause, or „Er“/„Sie“ opening the sentence for the one "
      "person the sentence before names: „Max Muster ist seit Jahren bei den Grünen aktiv“, „Max Muster sprach. Er war "
      "unter Hans Mayer lange in der SPD tätig.“ → memberOf (Max Muster, not Hans Mayer); not „… bei den Grünen nicht "
      "aktiv“, nor „in der SPD-Zentrale tätig“", "relations")
def party_activities(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for h in party_hits(st):
        b = h.tok - 1
        while b > 0 and (words[b] in DETERMINERS or words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS)):
            b -= 1
        if b < 1 or words[b] not in _ACTIVE_PREPOSITIONS or "-" in words[h.tok] or h.tok_end >= n \
                or words[h.tok_end] not in _ACTIVE:
            continue
        found = _active_subject(st, b)
        if found is not None and not found.party:
            found.join(h.key, "relation-party-active", official=True)


def _active_subject(st: ReadingState, b: int) -> PersonDraft | None:
    """The person before token b in its clause with no preposition before him (past his title and an article), or
    the one person the sentence before names where „Er“ or „Sie“ opens the sentence, or the person before the comma
    of a relative clause („X, der bei den Grünen aktiv ist“); None where a negation or another comma comes first."""
    words, s = st.words, st.sent_of[b]
    for k in range(b - 1, max(-1, b - _ACTIVE_REACH), -1):
        if words[k] == "," and words[k + 1] in german.NOMINATIVE_RELATIVES:     # „X, der bei den Grünen aktiv ist“
            found = person_ending_at(st, k)
            return found[1] if found is not None else None
        if st.sent_of[k] != s or words[k] == "," or words[k] in NEGATIONS:
            return None
        p = st.person_at.get(k)
        t = title_at(st, k) if p is not None and st.person_at.get(k - 1) is not p else None
        t = k if t is None else t
        if t > 0 and words[t - 1].lower() in german.DEFINITE_ARTICLES:
            t -= 1
        if p is not None and st.person_at.get(k - 1) is not p and (t == 0 or words[t - 1] not in german.PREPOSITIONS):
            return p
        if k == 0 or st.sent_of[k - 1] != s:
            return one_person_of(st, s - 1) if words[k].lower() in german.THIRD_PERSON_PRONOUNS else None
    return None


@rule("relation-party-switch", "the person a clause says went over to a party — a past form of „gehen“, "
      "„wechseln“ or „stoßen“ shortly before „zur“, „zum“ or „zu den“ and the party, or right after it — is its "
      "member: the nearest person before it in the clause with no preposition before him (or „Er“/„Sie“ for the one "
      "person of the sentence before): „Max Muster studierte in Graz und ging dann zur SPÖ“, „Max Muster ist 2010 "
      "zu den Grünen gewechselt“ → memberOf; not „Max Muster will zur FPÖ wechseln“ (no past), nor „ging nicht zur "
      "FPÖ“, nor „ging zur SPÖ-Zentrale“", "relations")
def party_switches(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        b = _to_before(words, h.tok)
        if b is None or "-" in words[h.tok] or not _switch_verb(st, b, h.tok_end):
            continue
        found = _active_subject(st, b)
        if found is not None and not found.party:
            found.join(h.key, "relation-party-switch", official=True)


def _to_before(words: list[str], tok: int) -> int | None:
    """The token of „zur“, „zum“ or „zu“ (before „den“) right before the name at `tok`, or None."""
    if tok >= 1 and words[tok - 1] in german.TO_CONTRACTIONS:
        return tok - 1
    if tok >= 2 and words[tok - 1] in DETERMINERS and words[tok - 2] in german.PLAIN_TO_PREPOSITIONS:
        return tok - 2
    return None


def _switch_verb(st: ReadingState, b: int, end: int) -> bool:
    """A verb of going over within `_SWITCH_REACH` tokens before the preposition at b in its clause, or right after
    the party ending at `end`."""
    words, s = st.words, st.sent_of[b]
    if end < len(words) and words[end] in _SWITCHED:
        return True
    for k in range(b - 1, max(-1, b - _SWITCH_REACH), -1):
        if st.sent_of[k] != s or words[k] == ",":
            return False
        if words[k] in _SWITCHED:
            return True
    return False

"""A person's party linked to the name by a possessive, a copula, a genitive, a coordination or a
candidacy: „die FPÖ und ihr Kandidat X“, „X ist Mitglied der SPÖ“, „Erdoğans Regierungspartei
AKP“, „der AKP-Vorsitzende und Ministerpräsident X“, „X, der für die Partei Y antritt“.
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.party_lookup import before_adjectives, member_nouns, organ_nouns, party_after, party_hits, title_at
from kg.extract.person_spans import name_end, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired, rule
from kg.german import ADJECTIVE_ENDINGS, DETERMINERS, GENITIVE_ARTICLES, LIST_GLUE, NEGATIONS, VERB_COPULAS
from kg.nlp.hits import Hit


@lru_cache(maxsize=1)
def _candidacy_verbs() -> frozenset[str]:
    """`candidacy_verbs.tsv`: the one-word forms of „kandidieren“ and „antreten“."""
    return resources.load_word_list("candidacy_verbs.tsv")


@lru_cache(maxsize=1)
def _seat_verbs() -> frozenset[str]:
    """`seat_verbs.tsv`: the finite forms of „sitzen“ (holding a seat for a party: „sitzt für die SPD im Landtag“)."""
    return resources.load_word_list("seat_verbs.tsv")


@lru_cache(maxsize=1)
def _separable_candidacy() -> dict[str, str]:
    """`separable_candidacy_verbs.tsv`: a finite form of „antreten“ split from its particle („tritt … an“) → the
    particle."""
    return {row["verb"]: row["particle"] for row in resources.rows("separable_candidacy_verbs.tsv")}


def _closes_candidacy(words: list[str], verb: str, start: int) -> bool:
    """The particle of the split finite verb `verb` closes the clause within reach from token `start`: „tritt … für die
    SPÖ bei der Wahl an“."""
    particle = _separable_candidacy().get(verb)
    for k in range(start, min(len(words) - 1, start + _CANDIDACY_REACH)):
        if words[k] == particle and not words[k + 1][:1].isalnum():
            return True
        if not words[k][:1].isalnum():
            return False
    return False


_CANDIDACY_REACH = 8        # words from the party to the verb: „für die Republikaner bei der Wahl 2016 kandidieren“


def _for_party(st: ReadingState, h: Hit) -> int | None:
    """The token of „für“ before the party hit h, past its article, adjectives and party noun: „für die (kleine)
    Partei X“."""
    words, b = st.words, h.tok - 1
    while b > 0 and (words[b] in DETERMINERS or words[b] in st.t.party_nouns or words[b] == ","
                     or words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS)):
        b -= 1              # "für die kleine, nationalistische Partei"
    return b if b >= 1 and words[b] in german.FOR_PREPOSITIONS else None


_VERB_REACH = 6     # words between a finite verb and „für“: „kandidiert im Herbst für die SPD“, „sitzt Max Muster seit 2019 für“


def _runs_for(st: ReadingState, h: Hit) -> tuple[int, str] | None:
    """The token before which the one who runs for the party hit h is named, with the rule that reads it: „für“ in „für die
    (kleine) Partei X antritt“, with a form of „kandidieren“ or „antreten“ after it before the clause ends; the finite
    verb shortly before „für“ with the name right before it („Max Muster kandidiert im Herbst für die SPD“), or „für“ where a name stands between
    them („Seit 2019 kandidiert Max Muster für die SPD“); also one holds a seat for it: a form of „sitzen“ in the same
    places („Max Muster sitzt für die SPD im Landtag“, „…, die für die SPD im Landtag sitzt“, `relation-party-seat`)."""
    words, b = st.words, _for_party(st, h)
    if b is None:
        return None
    named = False       # a name between the verb and „für“ is its subject: „Seit 2019 sitzt Max Muster für die SPD …“
    for k in range(b - 1, max(-1, b - 1 - _VERB_REACH), -1):
        if words[k] in _candidacy_verbs() or words[k] in _seat_verbs() \
                or words[k] in _separable_candidacy() and _closes_candidacy(words, words[k], h.tok_end):
            if not named and person_ending_at(st, k) is None:
                return None     # the verb's subject is not the name right before it: „X lobte Y und kandidiert …“
            return (b if named else k), PARTY_SEAT if words[k] in _seat_verbs() else "relation-party-candidacy"
        if not words[k][:1].isalnum():
            break
        named = named or k in st.person_at
    for k in range(h.tok_end, min(len(words), h.tok_end + _CANDIDACY_REACH)):
        if words[k] in _candidacy_verbs():
            return b, "relation-party-candidacy"
        if words[k] in _seat_verbs():
            return b, PARTY_SEAT        # „…, die für die SPD im Landtag sitzt“
        if not words[k][:1].isalnum():
            break
    return None


PARTY_SEAT = declare("relation-party-seat", "relations", "the person before a form of „sitzen“ shortly before „für“ a "
                     "party (or „für“ a party and a form of „sitzen“ closing the clause) holds a seat for it: „Max "
                     "Muster sitzt seit 2019 für die SPD im Landtag“, „Anna Roth, die für die SPD im Landtag sitzt,“ → "
                     "memberOf; not „Max Muster sitzt neben der SPD-Chefin“, not „Max Muster sitzt, anders als die "
                     "SPD, …“")


@rule("relation-party-candidacy", "the person before „für“ a party and a form of „kandidieren“ or „antreten“ "
      "runs for it: „Max Muster, der für die Partei Winaq antritt“, „… für die Republikaner kandidieren zu "
      "wollen“, „Max Muster kandidiert für die SPD“, „Max Muster tritt im Herbst für die SPÖ an“ → memberOf; not „Max "
      "Muster tritt für die SPÖ ein“ (advocates)", "relations")
def party_candidacies(st: ReadingState) -> None:
    for h in party_hits(st):
        found = _runs_for(st, h) if h.tok > 1 else None
        b, name = found if found is not None else (0, "")
        s = st.sent_of[h.tok]
        for tok in range(b - 1, max(-1, b - 20), -1) if found is not None else ():
            if st.sent_of[tok] != s:
                break
            p = st.person_at.get(tok)
            if p is not None:           # the nearest person before „für“, named in full somewhere
                if not p.party and " " in p.name:
                    p.join(h.key, name, official=True)
                break


@rule("relation-party-for-list", "persons listed each with „für“ a party right after the name, two parties or more "
      "in one sentence, represent them: „die Kandidaten der Parteien, Max Muster für die SPÖ und Eva Muster für die "
      "ÖVP, liegen gleichauf“ → memberOf each; not one such pair alone („Max Muster für die SPÖ zu gewinnen“), nor „Max "
      "Muster stimmte für die SPÖ“ (a verb between)", "relations")
def party_for_lists(st: ReadingState) -> None:
    pairs: dict[int, list[tuple[PersonDraft, str]]] = {}
    for h in party_hits(st):
        b = h.tok - 1
        if b > 0 and st.words[b] in DETERMINERS:
            b -= 1
        found = person_ending_at(st, b) if b > 0 and st.words[b] in german.FOR_PREPOSITIONS else None
        if found is not None:
            pairs.setdefault(st.sent_of[h.tok], []).append((found[1], h.key))
    for listed in pairs.values():
        if len({party for _, party in listed}) >= _LISTED_PARTIES:
            for p, party in listed:
                if not p.party:
                    p.join(party, "relation-party-for-list", official=True)


_LISTED_PARTIES = 2     # parties in one sentence's list of „X für die Partei“


_TICKET_REACH = 20      # tokens back from „auf“ to the name: „Max Muster, der 2019 erstmals auf der Liste …“


def _ticket_of(st: ReadingState, h: Hit) -> int | None:
    """The token of „auf“ where the party hit h owns the list of candidates before it: „auf dem Ticket der
    (oppositionellen) Republikaner“, „auf der Liste der SPÖ“."""
    words = st.words
    g = before_adjectives(words, h.tok - 1, 0, DETERMINERS)
    if g < 3 or words[g] not in GENITIVE_ARTICLES or words[g - 1] not in german.TICKET_NOUNS:
        return None
    a = g - 3 if words[g - 2].lower() in german.DATIVE_ARTICLES else g - 2
    return a if a >= 0 and words[a].lower() in german.ON_PREPOSITIONS else None


@rule("relation-party-ticket", "the person named nearest before „auf“ a party's list of candidates in its sentence "
      "runs or was elected on it: „Anna Roth zog auf dem Ticket der Republikaner in den Senat ein“, „Max Muster, der "
      "auf der Liste der SPÖ kandidierte“ → memberOf; not „auf der Liste der Staaten“ (no party), not „auf die "
      "Liste der SPÖ“ (a motion onto it)", "relations")
def party_tickets(st: ReadingState) -> None:
    for h in party_hits(st):
        a = _ticket_of(st, h)
        s = st.sent_of[h.tok]
        for tok in range(a - 1, max(-1, a - _TICKET_REACH), -1) if a is not None else ():
            if st.sent_of[tok] != s:
                break
            p = st.person_at.get(tok)
            if p is not None:
                if not p.party and " " in p.name:
                    p.join(h.key, "relation-party-ticket", official=True)
                break


_POSSESSOR_REACH = 10       # tokens from the party back from its possessive


@rule("relation-party-possessor", "a party named shortly before a possessive, a title and a name: „Die FPÖ "
      "präsentiert Plakate, ihr Kandidat Norbert Hofer …“, „die ÖVP und ihr Chef X“, „Anders die FPÖ: …, meint "
      "deren Sozialsprecher X“ → memberOf", "relations")
def party_possessors(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        # a title only a party makes an office („ihr Kandidat X“) has no holder yet: the one before the name
        t = p.title_tok if p.title_tok is not None else title_at(st, tok)
        if p.party or t is None or t < 2 or words[t - 1].lower() not in german.POSSESSIVES \
                and words[t - 1] not in german.RELATIVE_POSSESSIVES:
            continue
        s = st.sent_of[t]
        party = next((h.key for h in reversed(st.hits) if h.label == "ORG" and h.tok < t - 1
                      and t - 1 - h.tok <= _POSSESSOR_REACH and st.sent_of[h.tok] == s
                      and st.orgs[h.key].kind == "party"), None)
        if party is not None and not any(k in st.person_at for k in range(t - _POSSESSOR_REACH, t - 1)):
            p.join(party, "relation-party-possessor", official=True)


@rule("relation-party-copula", "a name (and an age in brackets), a copula and „Mitglied der“ (or a party title and "
      "„der“) a party: „Max Muster (41) ist Mitglied der SPÖ“, „Max Muster war seit 1990 Mitglied der KP“, „Max "
      "Muster ist Chef der oppositionellen SPD“ → memberOf", "relations")
def party_copulas(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        if p.party:
            continue
        k = name_end(st, tok)
        if k + 3 < len(words) and words[k] == "(" and words[k + 1].isdigit() and words[k + 2] == ")":
            k += 3      # the age: "Max Muster (41) ist …"
        party = copula_party(st, k) if k < len(words) else None
        if party is not None:
            p.join(party, "relation-party-copula", official=True)


def copula_party(st: ReadingState, k: int) -> str | None:
    """The party of a membership predicate after the copula at token k: „ist (seit 1990) Mitglied der SPÖ“, „ist Chef
    der oppositionellen SPD“; None where a comma or a negation stands between."""
    words = st.words
    if words[k] not in VERB_COPULAS:
        return None
    # "ist seit 1990 Mitglied": up to three words between the copula and the noun
    j = next((j for j in range(k + 1, min(len(words) - 1, k + 5)) if words[j] in st.t.member_words
              or words[j] in member_nouns()), None)     # "ist Chef der oppositionellen SPD", "ist Kandidat der …"
    party = party_after(st, j + 2) if j is not None and words[j + 1] in GENITIVE_ARTICLES else None
    if party is None and j is not None:
        party = _organ_party(st, j)
    if party is None:
        j, party = _compound_predicate(st, k)
    return party if party is not None and not any(w == "," or w in NEGATIONS for w in words[k:j]) else None


ORGAN_PREDICATE = declare("relation-party-copula-organ", "relations", "a name, a copula and „Mitglied im“ or „des“ a "
                          "party's governing organ and the party in the genitive: „Max Muster ist seit 2010 Mitglied "
                          "im Bundesvorstand der CDU“, „… ist Mitglied des Präsidiums der FDP“ → memberOf; not „ist "
                          "Mitglied im Vorstand der Sparkasse“ (no party), nor „ist kein Mitglied im Vorstand der CDU“")


def _organ_party(st: ReadingState, j: int) -> str | None:
    """The party of a governing organ after the member's noun at token j: „Mitglied im Vorstand der CDU“."""
    words = st.words
    if j + 4 >= len(words) or words[j + 1] not in german.CONTRACTIONS and words[j + 1] not in GENITIVE_ARTICLES \
            or words[j + 2] not in organ_nouns() or words[j + 3] not in GENITIVE_ARTICLES:
        return None
    party = party_after(st, j + 4)
    if party is not None:
        fired(ORGAN_PREDICATE)
    return party


_COMPOUND_REACH = 7         # tokens from a copula to a party's title compound: „ist Betriebsrat der Holding und SPÖ-…“
COPULA_COMPOUND = declare("relation-party-copula-compound", "relations", "a name, a copula and, within its clause, a "
                          "party's compound of a member's noun or party title: „Max Muster ist seit 2010 "
                          "SPÖ-Klubobmann“, „Max Muster ist Betriebsrat und SPÖ-Mitglied“ → memberOf; not „Max Muster ist "
                          "gegen SPÖ-Pläne“ (no member's noun), nor „ist kein SPÖ-Mitglied“")


def _compound_predicate(st: ReadingState, k: int) -> tuple[int | None, str | None]:
    """The token and party of the first party compound of a member's noun or party title after the copula at token k
    in its clause („ist seit 2010 SPÖ-Klubobmann“)."""
    words, nouns = st.words, member_nouns()
    for j in range(k + 1, min(len(words), k + _COMPOUND_REACH)):
        if not words[j][:1].isalnum() or st.sent_of[j] != st.sent_of[k]:
            break
        party = st.party_prefix(j) if "-" in words[j] else None
        if party is not None and words[j].rsplit("-", 1)[1] in nouns:
            fired(COPULA_COMPOUND)
            return j, party
    return None, None


_RELATIVE_REACH = 12        # tokens from a comma after a name to the copula closing its relative clause


@rule("relation-party-relative-copula", "a name, a comma and a relative clause closed by a copula whose predicate "
      "is a party's member's noun or title with the party in the genitive, or a party's compound of one: „Max Muster, "
      "der seit 2010 Mitglied der SPD ist, …“, „Eva Muster, die im Bezirk auch SPÖ-Klubobfrau war, …“ → memberOf; not "
      "„…, der kein Mitglied der SPD ist“, nor „…, die mit einem Mitglied der SPD verheiratet ist“", "relations")
def party_relative_copulas(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for tok, p in list(st.person_at.items()):
        k = name_end(st, tok)
        if p.party or not (k + 3 < n and words[k] == "," and words[k + 1] in german.NOMINATIVE_RELATIVES):
            continue
        end = next((e for e in range(k + 2, min(n, k + _RELATIVE_REACH)) if not words[e][:1].isalnum()), None)
        if end is None or words[end - 1] not in VERB_COPULAS or any(w in NEGATIONS for w in words[k + 2:end]):
            continue
        party = _predicate_party(st, k + 2, end - 1)
        if party is not None:
            p.join(party, "relation-party-relative-copula", official=True)


def _predicate_party(st: ReadingState, a: int, e: int) -> str | None:
    """The party of the first member's noun or party title between tokens a and e, with the party in the genitive
    after it („Mitglied der SPD“) or as its prefix („SPÖ-Klubobfrau“), where no article other than „ein(e)“ nor a
    preposition stands before it (past adjectives): not „mit einem Mitglied der SPD“."""
    words, nouns = st.words, member_nouns()
    for j in range(a, e):
        compound = "-" in words[j] and words[j].rsplit("-", 1)[1] in nouns
        if not compound and not (words[j] in nouns and words[j + 1] in GENITIVE_ARTICLES):
            continue
        b = before_adjectives(words, j - 1, a - 1, DETERMINERS)
        if b >= a and (words[b] in german.PREPOSITIONS or words[b] in DETERMINERS
                       and words[b] not in german.NOMINATIVE_INDEFINITES):
            return None
        return st.party_prefix(j) if compound else party_after(st, j + 2)
    return None


@rule("relation-party-owner", "a person's genitive before a party noun and the party: „Erdoğans "
      "islamisch-konservative Regierungspartei AKP“, „Tsipras' Syriza-Partei“ → memberOf", "relations")
def party_owners(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        if h.tok < 2:
            continue
        b, name = h.tok - 1, "relation-party-owner"
        if "-" in words[h.tok] and words[h.tok].rsplit("-", 1)[1] in st.t.party_nouns:
            b = h.tok               # "Syriza-Partei": the party noun is the hit's own word
        elif words[b] not in st.t.party_nouns:
            b, name = h.tok, PARTY_GENITIVE_OWNER      # "Erdoğans AKP": no party noun
        b -= 1
        while b > 0 and words[b].islower() and words[b][:1].isalpha() and (
                name != PARTY_GENITIVE_OWNER or words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in DETERMINERS):
            b -= 1                  # adjectives: "islamisch-konservative"
        found = person_ending_at(st, b + 1) if words[b].endswith(("s", "'", "’")) else None
        found = found or ((b, st.person_at[b]) if b in st.person_at and words[b].endswith("s") else None)
        if found is not None and not found[1].party:
            found[1].join(h.key, name, official=True)


PARTY_GENITIVE_OWNER = declare("relation-party-genitive-owner", "relations", "a person's genitive right before a "
                               "party, past adjectives only: „Erdoğans islamisch-konservative AKP“, „Gaulands AfD“ "
                               "→ memberOf")


@rule("relation-party-title-coordinated", "a party-prefixed title, or a party-prefixed noun of a person, joined "
      "by „und“ to the title before a name: „der AKP-Vorsitzende und Ministerpräsident Ahmet Davutoğlu“, „der "
      "ÖVP-Koalitionsverhandler und Landesrat Max Muster“ → memberOf", "relations")
def party_coordinated_titles(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        t, name = p.title_tok, "relation-party-title-coordinated"
        if t is None and tok >= 1 and _person_noun(words[tok - 1], german.PERSON_NOUN_ENDINGS) \
                and st.party_prefix(tok - 1) is None:
            t, name = tok - 1, COORDINATED_NOUN     # „der FPÖ-Politiker und Lobbyist Max Muster“: no title
        if p.party or t is None or t < 2 or words[t - 1] not in LIST_GLUE:
            continue
        party = None
        if title_at(st, t - 1) is not None or _person_noun(words[t - 2]):
            party = st.party_prefix(t - 2)
        elif _person_noun(words[t - 2], german.PERSON_NOUN_ENDINGS):
            party, name = st.party_prefix(t - 2), COORDINATED_NOUN     # „SPÖ-Bildungsreferent und Landesrat“
        if party is not None:       # „der SPD-Politiker und Unternehmer X“ is an official as „der SPD-Politiker X“
            p.join(party, name, official=name == COORDINATED_NOUN and words[t - 2].rpartition("-")[2] in member_nouns())


COORDINATED_NOUN = declare("relation-party-coordinated-noun", "relations", "a party-prefixed noun of a person joined "
                           "by „und“ to another noun of a person (no title) before a name, or whose head names a person "
                           "by an ending other than „-er“: „der frühere SPD-Politiker und Unternehmer Max Muster“, "
                           "„SPÖ-Bildungsreferent und Landesrat Max Muster“ → memberOf; not „SPD-Politiker und "
                           "CDU-Mitglied Max Muster“ (his own party), nor „die SPD-Pläne und Unternehmer Max Muster“")


def _person_noun(word: str, endings: tuple[str, ...] = (german.ER_SUFFIX, german.ER_SUFFIX + german.FEMININE_ENDING)
                 ) -> bool:
    """A noun (or a hyphen compound's head) that names a person by its ending: „ÖVP-Koalitionsverhandler“,
    „SPÖ-Politikerin“; with `endings` = `german.PERSON_NOUN_ENDINGS` also „Lobbyist“, „FPÖ-Referent“."""
    head = word.rpartition("-")[2]
    return head[:1].isupper() and head.endswith(endings)


LEAD_NOUNS = resources.listed_words("lead_nouns.tsv")      # „Spitze“
_HEAD_REACH = 20        # tokens back from „an der Spitze“ to the person


@rule("relation-party-head", "the person before „an der Spitze“ of a party (past adjectives) heads it: „Max Muster "
      "steht an der Spitze der oppositionellen SPD“, „Max Muster, der seit 2010 an der Spitze der SPD steht“ → "
      "memberOf; not „die SPD an der Spitze der Umfragen“", "relations")
def party_heads(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        b = before_adjectives(words, h.tok - 1, 3, DETERMINERS)
        if b < 3 or words[b] not in GENITIVE_ARTICLES or words[b - 1] not in LEAD_NOUNS \
                or words[b - 2] not in german.DEFINITE_ARTICLES or words[b - 3] not in german.PARTICIPATION_PREPOSITIONS:
            continue
        s = st.sent_of[h.tok]
        for tok in range(b - 4, max(-1, b - _HEAD_REACH), -1):
            if st.sent_of[tok] != s or any(x.label == "ORG" for x in st.by_tok.get(tok, [])):
                break       # „sieht die ÖVP an der Spitze der SPD“: the body before is what heads it
            p = st.person_at.get(tok)
            if p is not None:
                if not p.party:
                    p.join(h.key, "relation-party-head", official=True)
                break


_OWN_GLUE = german.AND_CONJUNCTIONS | german.WITH_PREPOSITIONS     # „X und seine AKP“, „X mit seiner AKP“


@rule("relation-party-own-possessive", "a person, „und“ or „mit“, a possessive and a party (past adjectives and "
      "a party noun): „Ministerpräsident Max Muster und seine Fidesz-Partei“, „Max Muster mit seiner "
      "islamisch-konservativen AKP“, „Max Muster und seine Linkspartei Syriza“ → memberOf; not „Max Muster und die "
      "AKP“ (no possessive)", "relations")
def party_own_possessives(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        b = h.tok - 1
        while b > 1 and words[b].lower() not in german.POSSESSIVES and (_party_noun(st, words[b]) or (
                words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS))):
            b -= 1              # "seiner islamisch-konservativen Partei AKP", "seine Linkspartei Syriza"
        if b < 2 or words[b].lower() not in german.POSSESSIVES or words[b - 1] not in _OWN_GLUE:
            continue
        found = person_ending_at(st, b - 1)
        if found is not None and not found[1].party:
            found[1].join(h.key, "relation-party-own-possessive", official=True)


def _party_noun(st: ReadingState, word: str) -> bool:
    """A party noun („Partei“, „Regierungspartei“) or a compound ending in one („Linkspartei“)."""
    return word in st.t.party_nouns or word[:1].isupper() and word.endswith(tuple(n.lower() for n in st.t.party_nouns))

"""States in international organisations, each a memberOf relation (`add_member`): „Nato-Mitglied
Türkei“, „Deutschland und andere EU-Staaten“ (`membership`), „den Beitritt der Türkei zur EU“
(`accession`), „die Türkei, ein Nato-Mitglied,“ (`member_appositions`), „der Sicherheitsrat –
einschließlich China –“ (`inclusion_membership`); `enumeration` reads the states listed next to
a token.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(r.subject, r.object, r.rules) for r in read("Das Nato-Mitglied Türkei protestierte.").relations]
[('state:turkei', 'org:nato', ('member-compound',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.party_lookup import state_of
from kg.extract.person_spans import person_ending_at
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired
from kg.facts import Relation
from kg.german import (ADDITIVE_CONJUNCTIONS, COPULAS, DETERMINERS, ENUMERATION_WORDS, GENITIVE_ARTICLES,
                       GROUP_QUANTIFIERS, INCLUSIVES, LIST_GLUE, MEMBER_NOUNS, MEMBERSHIP_NOUNS, NEGATIONS,
                       TO_CONTRACTIONS)


MEMBER_COMPOUND = declare("member-compound", "state membership", "states next to a member word prefixed by "
                          "an international organisation are its members: „Nato-Mitglied Türkei“, „Estland und "
                          "Lettland sind EU- und Nato-Mitglieder“")


MEMBER_ACCESSION = declare("member-accession", "state membership", "the state in „Beitritt X zur Y“ joined the "
                           "organisation where the text dates the accession as past: „Seit dem Beitritt der Slowakei "
                           "zur EU wächst der Handel“, „Anlass war der Beitritt Islands zur Nato“")


MEMBER_ACCESSION_UNHELD = declare("member-accession-unheld", "state membership", "guard: „Beitritt X zur Y“ "
                                  "neither after „seit/nach/vor dem“ nor in a clause of a past copula (without a "
                                  "negation) is an accession not said to have happened: „Die Gespräche über den "
                                  "Beitritt Moldaus zur EU stocken“, „Paris lehnt den Beitritt Serbiens zur EU ab“, "
                                  "„Ein Beitritt Georgiens zur Nato war nie ein Thema“ → no memberOf")


MEMBER_COPULA = declare("member-copula", "state membership", "states before a copula (or „bleibt“) and „in“ or "
                        "„Mitglied“ are members: „Estland und Lettland sind längst in der Nato“, „Die Türkei ist seit "
                        "1952 Mitglied der Nato“, „Polen ist einer der Mitgliedstaaten der EU“, „Polen bleibt Mitglied "
                        "der EU“, „Polen ist als Mitglied der EU verpflichtet“")


MEMBER_RANK = declare("member-rank", "state membership", "states before a copula or „als“ and words that count "
                      "or rank them among an organisation's members are members: „Polen ist eines von 28 "
                      "EU-Ländern“, „nun hat Österreich als erstes EU-Land entschieden“")


MEMBER_INCLUDING = declare("member-including", "state membership", "states after „einschließlich“ behind an "
                           "international organisation are members: „die Nato – einschließlich "
                           "Polen und Estland –“")


def add_member(st: ReadingState, state: str, org: str, pos: int, tok: int, rule: str) -> None:
    """The state (its key) is a member of the organisation `org` (mentioned at `pos`), read at token
    `tok` by `rule`."""
    fired(rule)
    st.relations.append(Relation(state, "memberOf", st.org(org, pos).key, st.evidence(tok), (rule,)))


MEMBER_NAMED_COMPOUND = declare("member-named-compound", "state membership", "an international body whose listed "
                                "name is itself a compound of a member's noun („die Visegrád-Staaten“, „die "
                                "Brics-Staaten“) names its members as „Nato-Staaten“ does: „die vier Visegrád-Staaten – "
                                "Polen, Ungarn, Tschechien und die Slowakei –“ → memberOf Visegrad-Gruppe")


def member_compound(st: ReadingState, i: int) -> tuple[str, list[str]] | None:
    """The member noun of the hyphen compound at token i and the organisations its prefix names
    („Nato-Mitglied“ → „Mitglied“, [Nato]), or the body the whole compound names („Visegrád-Staaten“); None for
    a word with no hyphen or a privative prefix („Nicht-EU-Land Schweiz“, „Ex-Nato-Mitglied X“: no member)."""
    w = st.words[i]
    if "-" not in w or w.split("-", 1)[0].lower() in german.PRIVATIVE_PREFIXES:
        return None
    noun = w.rsplit("-", 1)[1]
    hits = [x for x in st.by_tok.get(i, []) if x.label == "ORG" and (x.form == "prefix" or x.text == w)]
    if noun in st.t.member_words and any(x.form != "prefix" for x in hits):
        fired(MEMBER_NAMED_COMPOUND)
    return noun, [x.key for x in hits]


def membership(st: ReadingState) -> None:
    """'Nato-Mitglied Türkei', 'die EU- und Nato-Mitglieder Estland, Lettland und Litauen'."""
    words = st.words
    for i, w in enumerate(words):
        compound = member_compound(st, i) if "-" in w else None
        if compound is None or compound[0] not in st.t.member_words:
            continue
        orgs = compound[1]
        j = i - 1   # "EU- und Nato-Mitglieder"
        while j >= 1 and words[j] in LIST_GLUE and words[j - 1].endswith("-"):
            orgs += [x.key for x in st.by_tok.get(j - 1, []) if x.label == "ORG"]
            j -= 2      # not past „bereit ,“: „ist bereit, Nato-Mitglied zu werden“ names no member
        orgs = [o for o in orgs if st.orgs[o].kind == "international"]
        if not orgs:
            continue
        if j >= 1 and words[j].lower() in _UNHELD_ADJECTIVES:
            fired(MEMBER_COMPOUND_UNHELD)
            continue
        states = enumeration(st, i + 1, +1) or enumeration(st, j if j < i - 1 else i - 1, -1)
        rule = MEMBER_COMPOUND
        if states and compound[0] in _PARTNER_NOUNS:
            fired(MEMBER_COMPOUND_PARTNER)
            continue
        if not states and j == i - 1:
            states, rule = _other_members(st, i), MEMBER_OTHERS
        for iso in states:
            for o in orgs:
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, rule)


MEMBER_COMPOUND_UNHELD = declare("member-compound-unheld", "state membership", "guard: an adjective of a past or a "
                                 "future membership before the member's compound (`member_words.tsv`, kind unheld) "
                                 "names no membership held: „das frühere Nato-Mitglied Albanien“, „das künftige "
                                 "EU-Mitglied Serbien“ → no memberOf; still „das Nato-Mitglied Türkei“")
_UNHELD_ADJECTIVES = frozenset(r["word"] for r in resources.rows("member_words.tsv") if r["kind"] == "unheld")


MEMBER_UNHELD_ATTRIBUTE = declare("member-unheld-attribute", "state membership", "guard: an adjective or adverb of a "
                                  "past or future membership (kind unheld: „künftig“, „einst“) between the comma or "
                                  "copula of member-apposition, member-copula-compound or member-copula and the "
                                  "member's noun names no membership held: „Serbien, ein künftiges EU-Mitglied,“, "
                                  "„Serbien ist künftiges EU-Mitglied“ → no memberOf; still „Norwegen, ein "
                                  "langjähriges Nato-Mitglied,“")


def unheld_between(st: ReadingState, a: int, b: int) -> bool:
    """Tokens a … b-1 hold an adjective or adverb of a past or future membership („künftiges“, „einst“)."""
    if any(w.lower() in _UNHELD_ADJECTIVES for w in st.words[a:b]):
        fired(MEMBER_UNHELD_ATTRIBUTE)
        return True
    return False


MEMBER_COMPOUND_PARTNER = declare("member-compound-partner", "state membership", "guard: a partner's noun "
                                  "(`member_words.tsv`, kind partner) names a partnership, not a membership, where the "
                                  "states stand next to it: „die Nato-Partner Georgien und Moldau“, „Das EU-Partnerland "
                                  "Marokko“ → no memberOf; still „Frankreich und die übrigen Nato-Partner“ (member-others)")
_PARTNER_NOUNS = frozenset(r["word"] for r in resources.rows("member_words.tsv") if r["kind"] == "partner")


MEMBER_OTHERS = declare("member-others", "state membership", "states joined by „und“ to „andere“ or „die übrigen“ "
                        "members of an organisation (also counted) are members too: „Deutschland und andere "
                        "EU-Staaten“, „Frankreich und die übrigen Nato-Partner“, „Polen und die 27 anderen EU-Staaten“")


def _other_members(st: ReadingState, i: int) -> list[str]:
    """ "Deutschland und andere EU-Staaten": the states before „und (die) andere“ and the member noun at i."""
    words, b = st.words, i - 1
    if b >= 3 and _count(words[b]) and words[b - 1] in german.OTHER_ADJECTIVES:
        b -= 1      # "die übrigen 27 EU-Staaten"
    if b < 2 or words[b] not in german.OTHER_ADJECTIVES:
        return []
    if b >= 3 and _count(words[b - 1]):
        b -= 1      # "die 27 anderen EU-Staaten"
    b -= 2 if words[b - 1] in german.DEFINITE_ARTICLES else 1
    if b < 1 or words[b] not in ADDITIVE_CONJUNCTIONS:
        return []
    return enumeration(st, b - 1, -1, joined=True)


def _count(word: str) -> bool:
    """A cardinal number: „27“, „fünf“."""
    return word.isdigit() or word in german.NUMBER_WORDS


def accession(st: ReadingState) -> None:
    """'den Beitritt der Türkei zur EU': the state is a member."""
    words = st.words
    for i, w in enumerate(words):
        if w not in st.t.accession_words:
            continue
        j = i + 1
        while j < len(words) and words[j] in DETERMINERS:
            j += 1
        state = st.state_at(j)
        if state is not None and j + 1 < len(words) and words[j + 1] in TO_CONTRACTIONS:
            orgs = [x.key for x in st.by_tok.get(j + 2, []) if x.label == "ORG"]
            if orgs and not _accession_held(st, i):
                fired(MEMBER_ACCESSION_UNHELD)
                continue
            for o in orgs:
                add_member(st, st.state(state, st.idx[j]).key, o, st.idx[i], i, MEMBER_ACCESSION)


def _accession_held(st: ReadingState, i: int) -> bool:
    """The accession noun at token i is a past fact: dated by „seit/nach/vor dem“ right before it, or its clause
    holds a past copula („war“, „waren“) and no negation."""
    words = st.words
    if i >= 2 and words[i - 1] in german.PERIOD_DATE_ARTICLES and words[i - 2].lower() in german.PAST_EVENT_PREPOSITIONS:
        return True
    b, e = i, i
    while b > 0 and words[b - 1] not in german.CLAUSE_END_MARKS:
        b -= 1
    while e < len(words) and words[e] not in german.CLAUSE_END_MARKS:
        e += 1
    clause = words[b:e]
    return any(w in german.PAST_ROLE_COPULAS for w in clause) and not any(w.lower() in NEGATIONS for w in clause)


MEMBER_ACCESSION_COMPOUND = declare("member-accession-compound", "state membership", "the state in the genitive "
                                    "after an international body's compound of „Beitritt“, dated by it („seit dem "
                                    "EU-Beitritt Kroatiens“, „vor dem Nato-Beitritt Finnlands“), joined the body → "
                                    "memberOf; not „gegen den EU-Beitritt der Türkei“, „bis zum EU-Beitritt …“, „vor "
                                    "dem geplanten EU-Beitritt …“ (an accession not said to have happened)")


def accession_compounds(st: ReadingState) -> None:
    """'seit dem EU-Beitritt Kroatiens': the state joined the body."""
    words = st.words
    for h in st.hits:
        i = h.tok
        if h.label != "ORG" or h.form != "prefix" or st.orgs[h.key].kind != "international" or i < 2 \
                or i + 1 >= len(words) or words[i].rsplit("-", 1)[-1] not in st.t.accession_words:
            continue
        if not (words[i - 1] in german.PERIOD_DATE_ARTICLES and words[i - 2].lower() in german.PAST_EVENT_PREPOSITIONS):
            continue
        j = i + 2 if words[i + 1] in GENITIVE_ARTICLES and i + 2 < len(words) else i + 1
        state = st.state_at(j, "name", "genitive")
        if state is not None:
            add_member(st, st.state(state, st.idx[j]).key, h.key, st.idx[i], i, MEMBER_ACCESSION_COMPOUND)


def enumeration(st: ReadingState, k: int, step: int, joined: bool = False) -> list[str]:
    """States named in an enumeration next to token k.

    To the right the states follow at once ("Nato-Mitglied Türkei"); to the left a
    copula must join them ("Estland und Lettland sind Nato-Mitglieder"), since
    "die USA und die EU-Staaten" names a state that is not one of them, unless the
    caller found what joins them (`joined`: "Polen und Ungarn, beide EU-Mitglieder").
    """
    words = st.words
    if step < 0 and not joined:
        k = _past_rank(st, k)
        if not (0 <= k < len(words) and words[k] in COPULAS):
            return []
        k -= 1
    out: list[str] = []
    gap = 0
    while 0 <= k < len(words):
        state = st.state_at(k, "name", "genitive")
        if state is not None:
            if state not in out:
                out.append(state)
            gap = 0
        elif words[k] in ENUMERATION_WORDS and gap < 2 and (out or step > 0 and words[k] not in ADDITIVE_CONJUNCTIONS):
            # "EU-Staaten wie Polen"; not "EU-Staaten und Japan": a list starts with a state
            gap += 1
        else:
            break
        k += step
    return out


_RANK_REACH = 4             # words of „eines von 28“ between a copula and a member noun


def _past_rank(st: ReadingState, k: int) -> int:
    """Back from token k past words that count or rank a member („eines von 28“, „erstes“), to where a
    copula may stand: „Polen ist eines von 28 EU-Ländern“, „Österreich als erstes EU-Land“."""
    words, b = st.words, k
    while b > 0 and k - b < _RANK_REACH and (words[b] in german.MEMBER_RANK_WORDS or words[b].isdigit()):
        b -= 1
    if b != k and 0 <= b < len(words) and words[b] in COPULAS:
        fired(MEMBER_RANK)
        return b
    return k


MEMBER_APPOSITION = declare("member-apposition", "state membership", "states before a comma and an apposition "
                            "naming them members (or a part) are members: „die Türkei, ein Nato-Mitglied,“, „Schweden, "
                            "Mitglied der EU,“, „Russland und China, beide ständige Mitglieder des UN-Sicherheitsrats,“, "
                            "„die Türkei, Teil der Nato,“")


_APPOSITION_GAP = 3         # words between the comma and the member noun: „beide ständige“


def member_bodies(st: ReadingState, j: int, plural: bool, parts: bool = False) -> list[str]:
    """The international bodies the member noun at j names: „Nato-Mitglied“ (its prefix), „Mitglied(er) der
    EU“ (the genitive after it), „Mitglied im Sicherheitsrat“; with `parts`, also a part's noun: „Teil der Nato“."""
    w, words = st.words[j], st.words
    if parts and w in german.PART_NOUNS and j + 2 < len(words) and words[j + 1] in GENITIVE_ARTICLES:
        return [x.key for x in st.by_tok.get(j + 2, []) if x.label == "ORG" and st.orgs[x.key].kind == "international"]
    if "-" in w:
        compound = member_compound(st, j)
        if compound is None or not (compound[0] in MEMBER_NOUNS or plural and compound[0] in st.t.member_words):
            return []
        return [o for o in compound[1] if st.orgs[o].kind == "international"]
    if not (w in MEMBER_NOUNS or plural and w in MEMBERSHIP_NOUNS) or j + 2 >= len(words):
        return []
    if words[j + 1] in german.IN_PREPOSITIONS:     # „Mitglied im Sicherheitsrat“, „Mitglied in der EU“
        k = j + 3 if words[j + 2] in german.DEFINITE_ARTICLES and j + 3 < len(words) else j + 2
        return [x.key for x in st.by_tok.get(k, []) if x.label == "ORG" and st.orgs[x.key].kind == "international"]
    if words[j + 1] not in GENITIVE_ARTICLES:
        return []
    if not st.by_tok.get(j + 2):
        return headed_body(st, j + 2)
    return [x.key for x in st.by_tok.get(j + 2, []) if x.label == "ORG" and st.orgs[x.key].kind == "international"]


MEMBER_BODY_HEAD = declare("member-body-head", "state membership", "the last noun of the name of an international "
                           "body the article names, alone after a member's noun, is that body: „Der Internationale "
                           "Strafgerichtshof ermittelt. Die Ukraine ist Vertragsstaat des Strafgerichtshofs.“")


def headed_body(st: ReadingState, k: int) -> list[str]:
    """The one international body the article names whose name of several words ends in the noun at token k (or its
    genitive's stem): „des Strafgerichtshofs“ after „der Internationale Strafgerichtshof“."""
    word = st.words[k]
    if not word[:1].isupper():
        return []
    stems = {word, *german.genitive_stems(word)}
    found = {h.key for h in st.hits if h.label == "ORG" and h.tok < k and st.orgs[h.key].kind == "international"
             and any(" " in name and name.rsplit(" ", 1)[1] in stems
                     for name in (st.orgs[h.key].name, *st.orgs[h.key].aliases))}
    if len(found) != 1:
        return []
    fired(MEMBER_BODY_HEAD)
    return list(found)


def member_appositions(st: ReadingState) -> None:
    """'die Türkei, ein Nato-Mitglied,', 'Polen und Ungarn, beide EU-Mitglieder,': the states are members."""
    words = st.words
    for i in dict.fromkeys(h.tok_end for h in st.hits if h.label == "STATE"):     # the token after a state
        if i + 2 >= len(words) or words[i] != "," or words[i + 1] in german.NOMINATIVE_RELATIVES:
            continue    # „die Türkei, die Mitglied der Nato werden will“: a relative clause (member-relative-copula)
        j, plural = i + 1, words[i + 1] in GROUP_QUANTIFIERS or words[i + 1] in german.NUMBER_WORDS
        if plural or words[j] in german.INDEFINITE_ARTICLES:
            j += 1
        while j < len(words) and j - i <= _APPOSITION_GAP and (words[j].islower() and words[j].isalpha()
                                                                and words[j] not in NEGATIONS or words[j].isdigit()):
            j += 1      # "ständige", "langjähriges", "seit 1952"
        orgs = member_bodies(st, j, plural, parts=True) if j < len(words) and j + 1 < len(words) else []
        if not orgs or st.state_at(j + 1) is not None or unheld_between(st, i + 1, j):
            continue    # "…, das Nato-Mitglied Türkei": the state after it is the member
        states = enumeration(st, i - 1, -1, joined=True)
        for iso in states if plural else states[:1]:     # "die Türkei, ein Nato-Mitglied": the state before it
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, MEMBER_APPOSITION)


MEMBER_INCLUDING_ATTRIBUTE = declare("member-including-attribute", "state membership", "„einschließlich“ after an "
                                     "international body's members in the genitive after another noun may add to "
                                     "that noun, so names no member: „Polen liegt in einer Rangliste der 30 "
                                     "OECD-Länder inklusive Brasilien auf Platz fünf“ → no memberOf; still „Der "
                                     "UN-Sicherheitsrat – einschließlich China – tagte“")


def _noun_attribute(st: ReadingState, b: int) -> bool:
    """The phrase whose body hit starts at token b is a genitive after a noun: „einer Auswahl der (30) OECD-Länder“."""
    words = st.words
    b -= 1
    while b > 0 and (_count(words[b]) or words[b].islower() and words[b].endswith(german.ADJECTIVE_ENDINGS)
                     and words[b] not in DETERMINERS):
        b -= 1
    return b > 1 and words[b] in GENITIVE_ARTICLES and words[b - 1][:1].isupper() and words[b - 1].isalpha() \
        and st.sent_of[b - 2] == st.sent_of[b]


def inclusion_membership(st: ReadingState) -> None:
    """'die Nato – einschließlich Polen und Estland –': member states."""
    words = st.words
    for h in st.hits:
        if h.label != "ORG" or st.orgs[h.key].kind != "international":
            continue
        k = h.tok_end
        if k < len(words) and words[k] in (",", "–", "-", "("):
            k += 1
        if k < len(words) and words[k] in INCLUSIVES and _noun_attribute(st, h.tok):
            fired(MEMBER_INCLUDING_ATTRIBUTE)
        elif k < len(words) and words[k] in INCLUSIVES:
            for iso in enumeration(st, k + 1, +1):
                add_member(st, st.state(iso, st.idx[k]).key, h.key, h.start, k, MEMBER_INCLUDING)


MEMBER_CONTEXT_BODY = declare("member-context-body", "state membership", "a member's noun with no body after it (the "
                              "predicate's end) names the one international body its sentence or the two before "
                              "name: „Die Nato tagt. Die Türkei ist seit 1952 Mitglied.“; not where they name two")
_CONTEXT_REACH = 2      # sentences before the member's noun where its body may be named


def context_body(st: ReadingState, j: int) -> list[str]:
    """The one international body named in the sentence of the member's noun at token j (before it) or the two
    sentences before."""
    s = st.sent_of[j]
    found = {h.key for h in st.hits if h.label == "ORG" and h.tok < j and s - _CONTEXT_REACH <= st.sent_of[h.tok]
             and st.orgs[h.key].kind == "international"}
    if len(found) != 1:
        return []
    fired(MEMBER_CONTEXT_BODY)
    return list(found)


MEMBER_LAND_POSSESSIVE = declare("member-land-possessive", "state membership", "„sein Land“, „ihr Land“ (the person "
                                 "named last before it in its sentence) or „dessen Land“ (the person before its comma) "
                                 "is that person's state, where the person acts for one: „Präsident Max Muster "
                                 "(Ukraine) sagte, sein Land sei Teil der OSZE“, „Max Muster, dessen Land den "
                                 "EU-Ratsvorsitz innehat,“; not where that person acts for no state")


def possessor_state(st: ReadingState, b: int) -> tuple[str, str] | None:
    """The state (ISO code) of the person the possessive at token b refers to (before „Land“), with the rule's name:
    „dessen“ after a comma, the person right before it; „sein“, „ihr“, the person named last before it in its
    sentence; None where that person acts for no state."""
    s, words = st.sent_of[b], st.words
    if words[b] in german.RELATIVE_POSSESSIVES:
        found = person_ending_at(st, b - 1) if b >= 2 and words[b - 1] == "," else None
    else:
        found, k = None, b
        while found is None and k > 0 and st.sent_of[k - 1] == s:
            found, k = person_ending_at(st, k), k - 1
    state = state_of(st, found[1]) if found is not None else None
    if state is None:
        return None
    fired(MEMBER_LAND_POSSESSIVE)
    return state, MEMBER_LAND_POSSESSIVE

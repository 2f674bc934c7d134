"""A state's membership told without a member's noun: the state holds or takes the chair of an international body
(„Malta hat derzeit den EU-Ratsvorsitz inne“, „unter maltesischem EU-Vorsitz“, `chairs`), is a part of it („Die
Türkei ist Teil der G20“, `parts`) or belongs to it („Die Türkei gehört zur Nato“, `belongs_to`). The chair's nouns
and verbs are `kg/data/chair_words.tsv`.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Malta hat derzeit den EU-Ratsvorsitz inne."
>>> [(r.subject, r.object, r.rules) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('state:malta', 'org:eu', ('member-chair',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.member_verbs import BELONG, predicate_bodies, predicate_start
from kg.extract.memberships import add_member, context_body, enumeration, member_compound, possessor_state
from kg.extract.party_lookup import before_adjectives
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired, rule
from kg.german import ADJECTIVE_ENDINGS, GENITIVE_ARTICLES, IN_PREPOSITIONS, NEGATIONS

_NOUNS = resources.kind_words("chair_words.tsv", "noun")
_VERBS = resources.kind_words("chair_words.tsv", "verb")
_HAVE = resources.kind_words("chair_words.tsv", "have")
_COUNCIL_NOUNS = resources.kind_words("chair_words.tsv", "council")
_CLAUSE_BREAKS = frozenset(",;:()–.!?")


def _international(st: ReadingState, keys: list[str]) -> list[str]:
    """The international bodies among the organisations `keys`, each once."""
    return list(dict.fromkeys(k for k in keys if st.orgs[k].kind == "international"))


def chair_bodies(st: ReadingState, j: int) -> tuple[list[str], int]:
    """The international bodies whose chair the noun at token j names, and the token after the phrase: „EU-Ratsvorsitz“
    (its prefix), „Präsidentschaft der EU“ (the genitive after it), „Vorsitz im Sicherheitsrat“."""
    words, n = st.words, len(st.words)
    if "-" in words[j]:
        compound = member_compound(st, j)
        if compound is None or compound[0] not in _NOUNS:
            return [], j + 1
        return _international(st, compound[1]), j + 1
    if words[j] not in _NOUNS or j + 2 >= n or not (words[j + 1] in GENITIVE_ARTICLES or words[j + 1] in IN_PREPOSITIONS):
        return _council_body(st, j), j + 1
    k = j + 3 if words[j + 1] in IN_PREPOSITIONS and words[j + 2] in german.DEFINITE_ARTICLES else j + 2
    hits = [x for x in st.by_tok.get(k, []) if x.label == "ORG" and x.tok == k]
    orgs = _international(st, [x.key for x in hits])
    return (orgs, max(x.tok_end for x in hits)) if orgs else (_council_body(st, j), j + 1)


MEMBER_CHAIR_COUNCIL = declare("member-chair-council", "state membership", "the chair of a council named without its "
                               "body („Ratspräsidentschaft“, „Ratsvorsitz“) is the chair of the one international body "
                               "its sentence or the two before name: „Die EU berät. Die niederländische "
                               "Ratspräsidentschaft legte einen Entwurf vor.“; not „Präsidentschaft“ alone, nor where "
                               "they name two bodies")


def _council_body(st: ReadingState, j: int) -> list[str]:
    """The one international body of the council chair's noun at token j („Ratspräsidentschaft“) with no body of its
    own: the one named in its sentence or the two before."""
    if st.words[j] not in _COUNCIL_NOUNS:
        return []
    found = context_body(st, j)
    if found:
        fired(MEMBER_CHAIR_COUNCIL)
    return found


MEMBER_CHAIR_GENITIVE = declare("member-chair-genitive", "state membership", "the state named after a genitive "
                               "article behind the chair of an international body holds it: „die "
                               "EU-Ratspräsidentschaft der Niederlande“, „die Präsidentschaft der EU der Slowakei“; "
                               "not „die Präsidentschaft der EU“ alone")


def _genitive_after_article(st: ReadingState, end: int) -> str | None:
    """The state named by name right after a genitive article at token `end` (the chair's phrase ends before it):
    „(die EU-Ratspräsidentschaft) der Niederlande“."""
    if end + 1 >= len(st.words) or st.words[end] not in GENITIVE_ARTICLES:
        return None
    state = st.state_at(end + 1, "name", starting=True)
    if state is not None:
        fired(MEMBER_CHAIR_GENITIVE)
    return state


def _object_article(st: ReadingState, j: int) -> int | None:
    """The token of the accusative article before the chair's noun at j, past adjectives („die rotierende“)."""
    b = before_adjectives(st.words, j - 1, max(0, j - 4), german.DETERMINERS)
    return b if b >= 0 and st.words[b].lower() in german.ACCUSATIVE_ARTICLES else None


def _clause(st: ReadingState, j: int, end: int) -> tuple[int, int]:
    """The first token of the clause of token j and the token after its end (`end` on): no comma, colon,
    bracket or dash between, in one sentence."""
    words, s, b, e = st.words, st.sent_of[j], j, end
    while b > 0 and st.sent_of[b - 1] == s and words[b - 1] not in _CLAUSE_BREAKS:
        b -= 1
    while e < len(words) and st.sent_of[e] == s and words[e] not in _CLAUSE_BREAKS:
        e += 1
    return b, e


def _named_states(st: ReadingState, first: int, end: int) -> dict[str, int]:
    """The states named (by name) from token `first` up to `end`, with their first tokens."""
    return {x.key: x.tok for k in range(first, end) for x in st.by_tok.get(k, [])
            if x.label == "STATE" and x.form == "name" and x.tok == k}


def _had(st: ReadingState, b: int, art: int, end: int, e: int) -> bool:
    """A form of „haben“ governs the chair's phrase (its article at `art`, its end at `end`) in the clause from b to e:
    before it, where the phrase ends the clause („Malta hat den EU-Vorsitz.“; not „… hat den EU-Vorsitz, den …,
    kritisiert“), or right after it, ending the clause („…, die den EU-Vorsitz haben,“)."""
    words = st.words
    if end + 1 == e and words[end] in _HAVE:
        return True
    if e != end or not any(w in _HAVE for w in words[b:art]):
        return False
    return e >= len(words) or words[e] != "," or e + 1 < len(words) and words[e + 1] not in german.RELATIVES


def _subject(st: ReadingState, j: int, end: int) -> tuple[str, int] | None:
    """The one state named before the chair's phrase (j up to `end`) in a clause with a verb of holding („Malta hat
    … inne“; a form of „haben“ where the phrase ends the clause: „Malta hat den EU-Vorsitz.“), else the one named
    after it („Den EU-Vorsitz hat derzeit Malta inne“); where the clause is a relative clause („Malta, das …
    innehat“), the state before its comma."""
    art = _object_article(st, j)
    if art is None:
        return None
    b, e = _clause(st, art, end)
    words = st.words
    if not (any(w in _VERBS for w in words[b:e]) or _had(st, b, art, end, e)) or any(w in NEGATIONS for w in words[b:e]):
        return None
    if b >= 2 and words[b] in german.NOMINATIVE_RELATIVES and words[b - 1] == ",":
        state = next((x for x in st.by_tok.get(b - 2, []) if x.label == "STATE" and x.form == "name"
                      and x.tok_end == b - 1), None)
        return (state.key, state.tok) if state is not None else None
    after = next((k for k in range(end, e) if words[k] in german.FROM_PREPOSITIONS), e)     # not „von den Niederlanden“
    found = _named_states(st, b, art) or _named_states(st, end, after)
    if not found:
        return _land_of(st, b, art)
    return next(iter(found.items())) if len(found) == 1 else None


def _land_of(st: ReadingState, b: int, art: int) -> tuple[str, int] | None:
    """The state „sein Land“ or „dessen Land“ names between tokens b and `art` (the holder of the chair): the state of
    the person the possessive refers to („Max Muster, dessen Land den EU-Vorsitz innehat“)."""
    words = st.words
    k = next((k for k in range(max(b, 1), art) if words[k].lower() == german.LAND_NOUN
              and (words[k - 1] in german.RELATIVE_POSSESSIVES or words[k - 1].lower() in german.THIRD_PERSON_POSSESSIVES)),
             None)
    found = possessor_state(st, k - 1) if k is not None else None
    return (found[0], k) if found is not None else None


@rule("member-chair", "a state that holds or takes the chair of an international body is its member: „Malta hat "
      "derzeit den EU-Ratsvorsitz inne“, „Malta, das die Präsidentschaft der EU innehat,“, „unter maltesischem "
      "EU-Vorsitz“, „die EU-Präsidentschaft Maltas“; not „Frankreich kritisierte die EU-Präsidentschaft“",
      "state membership")
def chairs(st: ReadingState) -> None:
    words = st.words
    for j in [j for j, w in enumerate(words) if w in _NOUNS or "-" in w and w.rsplit("-", 1)[1] in _NOUNS]:
        orgs, end = chair_bodies(st, j)
        if not orgs:
            continue
        adjective = st.state_at(j - 1, "adjective") if j > 0 else None
        genitive = st.state_at(end, "genitive", starting=True) if end < len(words) else None
        after = _genitive_after_article(st, end) if adjective is None and genitive is None else None
        found = (adjective, j - 1) if adjective else (genitive, end) if genitive else (after, end + 1) if after \
            else _subject(st, j, end)
        if found is not None:
            for o in orgs:
                add_member(st, st.state(found[0], st.idx[found[1]]).key, o, st.idx[j], j, "member-chair")


_PART_REACH = 8         # tokens from a copula to „Teil“: „ist seit 2004 ein fester Teil“
_COPULA_VERBS = german.VERB_COPULAS | german.REMAIN_VERBS


def _copulas_before_parts(words: list[str]) -> list[int]:
    """The copulas (and „bleibt“) within `_PART_REACH` tokens before a part's noun, each once."""
    out: dict[int, None] = {}
    for j in [j for j, w in enumerate(words) if w in german.PART_NOUNS]:
        for i in range(j - 1, max(-1, j - _PART_REACH), -1):
            if words[i] in _COPULA_VERBS:
                out[i] = None
                break
    return list(out)


@rule("member-part", "states before a copula (or „bleibt“) and „Teil“ of an international body are its members: "
      "„Die Türkei ist Teil der G20“, „Polen ist seit 2004 ein fester Teil der EU“; not „Die Krim ist Teil der "
      "Ukraine“ (no body)", "state membership")
def parts(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for i in _copulas_before_parts(words):
        j = predicate_start(st, i + 1)
        if j < n and words[j] in german.INDEFINITE_ARTICLES:
            j += 1
        while j < n and j - i <= 6 and words[j].islower() and words[j].endswith(ADJECTIVE_ENDINGS) \
                and words[j] not in NEGATIONS and words[j] not in german.DETERMINERS:
            j += 1      # "ein fester Teil"
        if not (j + 2 < n and words[j] in german.PART_NOUNS and words[j + 1] in GENITIVE_ARTICLES):
            continue
        orgs = predicate_bodies(st, j)
        states = enumeration(st, i - 1, -1, joined=True) if words[i] in german.REMAIN_VERBS else enumeration(st, i, -1)
        for iso in states:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, "member-part")


@rule("member-belongs-to", "states before a finite „gehören“ and „zu“ with an international body are its members: "
      "„Die Türkei gehört zur Nato“, „Polen und Ungarn gehören seit 2004 zur EU“; not „Die Krim gehört zu Russland“ "
      "(no body), not „gehört nicht zur EU“", "state membership")
def belongs_to(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for i in st.tokens_of(BELONG[2]):
        j = predicate_start(st, i + 1)
        if not (j + 1 < n and (words[j] in german.TO_CONTRACTIONS or words[j] in german.PLAIN_TO_PREPOSITIONS)):
            continue
        k = j + 2 if words[j] in german.PLAIN_TO_PREPOSITIONS and words[j + 1] in german.DEFINITE_ARTICLES else j + 1
        orgs = _international(st, [x.key for x in st.by_tok.get(k, []) if x.label == "ORG" and x.tok == k])
        if not orgs or any(w in NEGATIONS for w in words[i + 1:j]):
            continue
        for iso in enumeration(st, i - 1, -1, joined=True):
            for o in orgs:
                add_member(st, st.state(iso, st.idx[i]).key, o, st.idx[i], i, "member-belongs-to")

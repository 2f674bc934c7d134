"""A state's membership told by a noun of its staying in or leaving an international body: only a member can stay
or leave, so the noun says the state is one whether the stay or the exit is wished, feared or refused („der Verbleib
Irlands in der EU“, „gegen einen Austritt Dänemarks aus der Nato“, „der EU-Austritt Irlands“, „der irische
EU-Austritt“, „den EU-Austritt seines Landes“, „Sollten die Iren für den EU-Austritt stimmen“). The nouns are
`kg/data/member_stay_words.tsv`, the verbs of voting `kg/data/voting_verbs.tsv`.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Die Regierung warb für den Verbleib Irlands in der EU."
>>> [(r.subject, r.object, r.rules) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('state:irland', 'org:eu', ('member-stay-or-exit',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.memberships import add_member, possessor_state
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, rule
from kg.nlp.hits import Hit

_STAYING = resources.kind_words("member_stay_words.tsv", "continue")
_LEAVING = resources.kind_words("member_stay_words.tsv", "ending")
_NOUNS = _STAYING | _LEAVING
_VOTING = resources.listed_words("voting_verbs.tsv")      # „stimmten“, „entscheiden“
_VOTE_REACH = 8         # tokens from „für“ back to the voting state and on to the verb: „die Iren am 5. Mai für“


def _state_after(st: ReadingState, j: int) -> Hit | None:
    """The state in the genitive at token j, right after the noun: „Irlands“, „der Slowakei“ (a state whose name
    does not inflect, after its article), „der Briten“ (its people)."""
    if j + 1 < len(st.words) and st.words[j] in german.GENITIVE_ARTICLES:
        return next((x for x in st.by_tok.get(j + 1, ()) if x.label == "STATE" and x.tok == j + 1
                     and x.form in ("name", "genitive", "demonym")), None)
    return next((x for x in st.by_tok.get(j, ()) if x.label == "STATE" and x.tok == j and x.form == "genitive"), None)


def _left(st: ReadingState, i: int) -> bool:
    """The noun at token i is of leaving, and the leaving is past: „seit dem“, „nach dem“ or „vor dem“ (and
    adjectives) before it: „seit dem Austritt Irlands aus der EU“, „nach dem irischen EU-Austritt“ (no longer a
    member)."""
    words, b = st.words, i - 1
    if words[i].rsplit("-", 1)[-1] not in _LEAVING:
        return False
    while b > 0 and words[b].islower() and words[b].endswith(german.ADJECTIVE_ENDINGS) \
            and words[b] not in german.DETERMINERS:
        b -= 1
    return b >= 1 and words[b] in german.PERIOD_DATE_ARTICLES and words[b - 1].lower() in german.PAST_EVENT_PREPOSITIONS


def _bodies(st: ReadingState, k: int, prepositions: frozenset[str]) -> list[str]:
    """The international bodies named whole after the preposition at token k (and an article): „aus der Nato“; not
    „aus der Nato-Mission“, a part the body's prefix names."""
    words = st.words
    if k + 1 >= len(words) or words[k] not in prepositions:
        return []
    k += 2 if words[k + 1] in german.DEFINITE_ARTICLES else 1
    return [x.key for x in st.by_tok.get(k, ()) if x.label == "ORG" and x.tok == k and x.form != "prefix"
            and "-" not in words[k] and st.orgs[x.key].kind == "international"]


@rule("member-stay-or-exit", "a state in the genitive after a noun of staying in (with „in“) or leaving "
      "(with „aus“) an international body, or after the body's compound of that noun, is its member: „Die "
      "Regierung warb für den Verbleib Irlands in der EU“, „Gegner eines Austritts Dänemarks aus der "
      "Nato“, „der EU-Austritt Irlands“ → memberOf; not „der Austritt Dänemarks aus der Nato-Mission“ "
      "(a part), not „Verbleib Irlands in Europa“ (no body), not „seit dem Austritt Irlands aus der EU“ "
      "(a past exit)", "state membership")
def stays_and_exits(st: ReadingState) -> None:
    words = st.words
    for i in st.tokens_of(_NOUNS):
        state = _state_after(st, i + 1)
        if _left(st, i):
            continue
        prepositions = german.IN_PREPOSITIONS if words[i] in _STAYING else german.OUT_OF_PREPOSITIONS
        voter = _voter(st, i) if state is None else None
        for body in _bodies(st, state.tok_end if state is not None else i + 1, prepositions):
            if state is not None:
                add_member(st, st.state(state.key, state.start).key, body, st.idx[i], i, "member-stay-or-exit")
            elif voter is not None:
                add_member(st, st.state(voter[0], st.idx[voter[1]]).key, body, st.idx[i], i, MEMBER_VOTE)
    for h in st.hits:       # „der EU-Austritt Irlands“: the body is the compound's prefix
        if h.label == "ORG" and h.form == "prefix" and st.orgs[h.key].kind == "international" \
                and words[h.tok].rsplit("-", 1)[-1] in _NOUNS and not _left(st, h.tok):
            found = _compound_state(st, h.tok)
            if found is not None:
                add_member(st, st.state(found[0], st.idx[found[1]]).key, h.key, h.start, h.tok, found[2])


MEMBER_STAY_OWN = declare("member-stay-or-exit-own", "state membership", "a body's compound of a noun of "
                          "staying or leaving after a state's adjective, or before „seines“ or „ihres "
                          "Landes“ (the state of the person named last before it), names that state a member: "
                          "„der irische EU-Austritt“, „Der irische Premier Max Muster fürchtet einen "
                          "EU-Austritt seines Landes“ → memberOf; not where that person acts for no state")


def _compound_state(st: ReadingState, i: int) -> tuple[str, int, str] | None:
    """The state (ISO code), its token and the rule of the body's compound of staying or leaving at token i: the
    genitive after it („der EU-Austritt Irlands“), the adjective before it („der irische EU-Austritt“) or the
    possessor of „seines Landes“ after it."""
    words = st.words
    state = _state_after(st, i + 1)
    if state is not None:
        return state.key, state.tok, "member-stay-or-exit"
    voter = _voter(st, i)
    if voter is not None:
        return voter[0], voter[1], MEMBER_VOTE
    adjective = st.state_at(i - 1, "adjective") if i > 0 else None
    if adjective is not None:
        return adjective, i - 1, MEMBER_STAY_OWN
    if i + 2 < len(words) and words[i + 1] in german.THIRD_PERSON_POSSESSIVES \
            and german.COUNTRY_NOUNS & set(german.genitive_stems(words[i + 2])):
        found = possessor_state(st, i + 1)
        if found is not None:
            return found[0], i + 1, MEMBER_STAY_OWN
    return None


MEMBER_VOTE = declare("member-stay-or-exit-vote", "state membership", "a state or its people voting or deciding „für“ "
                      "a stay in or an exit from an international body (a noun of staying or leaving with no state "
                      "after it) is its member: „Sollten die Iren für den EU-Austritt stimmen“, „Wenn sich die Iren "
                      "für den Ausstieg aus der Nato entscheiden“ → Irland memberOf EU, Nato; not „Die USA plädieren "
                      "für einen weiteren Verbleib in der Nato“ (no vote)")


def _voter(st: ReadingState, i: int) -> tuple[str, int] | None:
    """The state (ISO code) and its token that votes „für“ the noun at token i (past its article): a state's name or
    people before „für“ in its clause (no comma between), and a verb of voting within reach in the sentence."""
    words, s = st.words, st.sent_of[i]
    b = i - 2 if i >= 2 and words[i - 1] in german.DETERMINERS else i - 1
    reach = range(max(0, b - _VOTE_REACH), min(len(words), i + _VOTE_REACH))
    if b < 1 or words[b] not in german.FOR_PREPOSITIONS or not any(words[k] in _VOTING and st.sent_of[k] == s
                                                                    for k in reach):
        return None
    for k in range(b - 1, max(-1, b - _VOTE_REACH), -1):
        if st.sent_of[k] != s or words[k] == ",":
            return None
        state = next((x for x in st.by_tok.get(k, ()) if x.label == "STATE" and x.tok == k
                      and x.form in ("name", "demonym")), None)
        if state is not None:
            return state.key, k
    return None

"""A state's membership told by a member's compound after a copula and adverbs or a span of time, which
`member-compound` (the copula right before it) does not reach: „Polen ist seit 2004 EU-Mitglied“, „bleibt
Schweden wohl noch drei Jahre EU-Mitglied“, „Seit 1952 ist die Türkei Nato-Mitglied“.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Die Türkei ist seit 1952 Nato-Mitglied."
>>> [(r.subject, r.object, r.rules) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('state:turkei', 'org:nato', ('member-copula-compound',))]
"""
from __future__ import annotations

from kg import german
from kg.extract.reading import ReadingState
from kg.extract.memberships import add_member, member_bodies, unheld_between
from kg.extract.rules import rule

_FILLER_REACH = 6       # words between the copula and the compound: „wohl zwei weitere Jahre“
_VERBS = german.VERB_COPULAS | german.REMAIN_VERBS
_BECOMING = german.PLAIN_TO_PREPOSITIONS | german.PASSIVE_AUXILIARIES    # „Nato-Mitglied zu werden“: not yet


def _copula_subject(st: ReadingState, i: int) -> tuple[str, int] | None:
    """The state a copula before the compound at token i says it of, with the copula's token: the state right
    before the copula, or right after it (with its article) where the sentence opens otherwise („Seit 1952 ist
    die Türkei …“); only where adverbs or a span of time stand between the copula and the compound."""
    words, k, inverted = st.words, i - 1, None
    while k > 0 and i - k <= _FILLER_REACH and words[k] not in _VERBS:
        w = words[k]
        state = st.state_at(k, "name", starting=True)
        if state is not None:
            inverted = (state, k)
        elif not w.isalnum() or w in german.NEGATIONS or st.by_tok.get(k):
            return None     # a clause break, „kein“, another name
        k -= 1
    if not (k > 0 and words[k] in _VERBS) or st.sent_of[k] != st.sent_of[i]:
        return None
    if inverted is not None:
        at = k + 2 if words[k + 1] in german.DEFINITE_ARTICLES else k + 1
        return (inverted[0], k) if inverted[1] == at else None
    before = st.state_at(k - 1, "name", starting=True)
    return (before, k) if before is not None and k + 1 < i else None


@rule("member-copula-compound", "a state before a copula (or „bleibt“), or right after it, and adverbs or a "
      "span of time before an international body's member compound is its member: „Polen ist seit 2004 "
      "EU-Mitglied“, „Seit 1952 ist die Türkei Nato-Mitglied“; not „ist kein Nato-Mitglied“ nor „… zu werden“",
      "state membership")
def copula_compounds(st: ReadingState) -> None:
    words = st.words
    for i in [i for i, w in enumerate(words) if "-" in w and w.rsplit("-", 1)[1] in german.MEMBER_NOUNS]:
        if i + 1 < len(words) and (words[i + 1] in _BECOMING or st.state_at(i + 1, "name", starting=True)):
            continue    # „Nato-Mitglied zu werden“; „ist das Nato-Mitglied Türkei“ (member-compound)
        orgs = member_bodies(st, i, plural=False)
        found = _copula_subject(st, i) if orgs else None
        if found is not None and not unheld_between(st, found[1] + 1, i):
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(found[0], st.idx[found[1]]).key, o, st.idx[i], i, "member-copula-compound")


"""A state's membership told as the role it acts in: „Als Mitgliedstaat des Strafgerichtshofs müsste
Südafrika …“, „Südafrika müsste als Mitglied des Strafgerichtshofs …“.

German fronts the role („Als Nato-Mitglied ist die Türkei verpflichtet …“) or puts it after the
finite verb; the state is the clause's subject, right after that verb or right before it.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Als Nato-Mitglied ist die Türkei zum Beistand verpflichtet."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('state:turkei', 'org:nato')]
"""
from __future__ import annotations

from kg import german
from kg.extract.reading import ReadingState
from kg.extract.memberships import add_member, member_bodies
from kg.extract.rules import rule

_SUBJECT_REACH = 3      # words from the finite verb to the state: „müsste die Regierung Südafrikas“ is none


def _role_end(st: ReadingState, j: int) -> int:
    """The token after the member's phrase whose noun is at j: „Nato-Mitglied“, „Mitglied(er) der EU“."""
    if "-" in st.words[j]:
        return j + 1
    return max((x.tok_end for x in st.by_tok.get(j + 2, []) if x.label == "ORG"), default=j + 3)


def _state_name(st: ReadingState, k: int) -> str | None:
    """The state named (not as an adjective or a prefix) at token k."""
    return next((x.key for x in st.by_tok.get(k, []) if x.label == "STATE" and x.form in ("name", "genitive")
                 and x.tok == k), None)


def _subject(st: ReadingState, i: int, end: int) -> tuple[str, int] | None:
    """The state the role at tokens i (its „als“) to `end` is of: before „als“ and one finite verb („Südafrika
    müsste als …“), or, the role fronted, right after the finite verb that follows it („Als … müsste
    Südafrika“, „… ist die Türkei“)."""
    words, s = st.words, st.sent_of[i]
    if i >= 2 and words[i - 1].islower() and words[i - 1].isalpha():
        found = next((x for x in st.by_tok.get(i - 2, []) if x.label == "STATE" and x.tok_end == i - 1), None)
        if found is not None and found.form in ("name", "genitive"):
            return found.key, i - 2
    if i > 0 and st.sent_of[i - 1] == s or end >= len(words) or not words[end].islower():
        return None         # fronted: the sentence opens with „Als“, a finite verb follows the role
    for k in range(end + 1, min(len(words), end + 1 + _SUBJECT_REACH)):
        state = _state_name(st, k)
        if state is not None or st.sent_of[k] != s or words[k] not in german.DETERMINERS:
            return (state, k) if state is not None else None
    return None


@rule("member-role-als", "a state in the role of an international body's member („als“ and a member's noun) is "
      "its member: „Als Nato-Mitglied ist die Türkei verpflichtet …“, „Als Mitgliedstaat des Internationalen "
      "Strafgerichtshofs müsste Südafrika …“, „Südafrika müsste als Mitglied des Strafgerichtshofs …“",
      "state membership")
def member_roles(st: ReadingState) -> None:
    words = st.words
    forms = {w for w in set(words) if w.lower() in german.AS_WORDS}      # each distinct word lowered once
    for i in [i for i, w in enumerate(words) if w in forms]:
        if i + 2 >= len(words):
            continue
        j = i + 1
        while j < len(words) - 1 and words[j].islower() and words[j].endswith(german.ADJECTIVE_ENDINGS):
            j += 1          # "Als langjähriges Mitglied"
        orgs = member_bodies(st, j, plural=False)
        found = _subject(st, i, _role_end(st, j)) if orgs else None
        if found is not None:
            for o in dict.fromkeys(orgs):
                add_member(st, st.state(found[0], st.idx[found[1]]).key, o, st.idx[i], i, "member-role-als")

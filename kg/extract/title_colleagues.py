"""A colleague's title that made an official of no one's colleague: „der Philosoph X und sein Kollege Y“.

A late step, `colleagues`, undoes the official that `titles.titles` made of a colleague's title alone
(`st.colleagues`) where the person named last before the title is none.
"""
from __future__ import annotations

from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired


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
        counterpart = person_before(st, tok, holder)
        if counterpart is not None and not counterpart.official and counterpart.known is None:
            fired(COLLEAGUE_OF_PERSON)
            holder.official, holder.affiliation, holder.role_rules = False, None, []
            holder.rules = [r for r in holder.rules if r != how]


def person_before(st: ReadingState, tok: int, other: PersonDraft) -> PersonDraft | None:
    """The person other than `other` named last before token `tok`, in its sentence or the one before."""
    first_sentence = st.sent_of[tok] - 1
    for k in range(tok - 1, -1, -1):
        if st.sent_of[k] < first_sentence:
            return None
        p = st.person_at.get(k)
        if p is not None and p is not other:
            return p
    return None

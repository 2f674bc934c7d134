"""Where a person's name ends and whose name ends at a token: what the title, party, adviser and
succession rules ask of the names `person_names.group` found (`ReadingState.person_at`, `per_ends`).

>>> from kg.extract.entities import STEPS
>>> from kg.extract.reading import start_reading
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Max Muster (SPD) sagte das."
>>> st = start_reading(build_nlp()(text), Article(id="x", text=text))
>>> for step in STEPS[:7]: step(st)     # the parties and bodies no list holds, the named hits, bodies, and the persons
>>> name_end(st, 0), person_ending_at(st, 2)[1].name
(2, 'Max Muster')
"""
from __future__ import annotations

from kg.extract.reading import PersonDraft, ReadingState


def name_end(st: ReadingState, tok: int) -> int:
    """The token after the name that starts at `tok` (a surname no name rule marked is one word: „Kern ist …“)."""
    end = tok
    while end < len(st.words) and any(x.label == "PER" and x.tok <= end < x.tok_end for x in st.by_tok.get(end, [])):
        end += 1
    return max(end, tok + 1)


def person_name_end(st: ReadingState, j: int) -> int | None:
    """One past the last token of the person's name that starts at token j, if a person's does."""
    return name_end(st, j) if j in st.person_at else None


def person_ending_at(st: ReadingState, end: int) -> tuple[int, PersonDraft] | None:
    """The person whose name ends right before token `end`, with its first token."""
    starts = [s for s in st.per_ends.get(end, ()) if s in st.person_at]
    return (starts[0], st.person_at[starts[0]]) if starts else None


_BRACKET_REACH = 6      # tokens of a short bracket after a name: „(41)“, „(SPÖ)“, „(Die Grünen)“


def person_before_bracket(st: ReadingState, end: int) -> tuple[int, PersonDraft] | None:
    """The person whose name ends right before a short bracket that closes right before token `end`: „Max Muster
    (41)“, „Max Muster (SPÖ)“, with the name's first token."""
    words = st.words
    if end < 3 or words[end - 1] != ")":
        return None
    for k in range(end - 2, max(0, end - 1 - _BRACKET_REACH), -1):
        if words[k] in "()":
            return person_ending_at(st, k) if words[k] == "(" else None
    return None

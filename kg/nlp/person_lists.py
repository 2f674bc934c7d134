"""Lone names in a list beside a person's name are persons too: „Brenner, Van der Lind und Wendl“, „Eva
Muster, Tom Becker und …“; not a word after an article („der Sprecher der Staatsanwaltschaft, Paul Brenner“).

`persons_by_context.context_persons` runs `coordinated` last.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg import german
from kg.german import LIST_SEPARATORS
from kg.nlp.hits import Hit
from kg.nlp.persons_by_form import STAGE
from kg.rules import declare, fired

if TYPE_CHECKING:
    from kg.nlp.persons_by_form import PersonSpans


COORDINATED = declare("person-coordinated", STAGE, "a lone name word coordinated with a person's name is a "
                      "person too: „Brenner, Van der Lind und Wendl“")
COORDINATED_PAIR = declare("person-coordinated-pair", STAGE, "two name words inside a list, between commas or "
                           "„und“, beside a person's name are a person too: „Eva Muster, Tom Becker und Lena "
                           "Vogt“; not two German words („Meier, Rotes Kreuz“) nor words that open the list („das "
                           "Klavierduo Anna und Lea Beispiel“)")
COORDINATED_NOUN = declare("coordinated-after-article", STAGE, "guard: a word after an article, also one "
                           "contracted with a preposition, is a noun, no name coordinated with a person's: „der "
                           "Sprecher der Staatsanwaltschaft, Paul Brenner“, „eine andere der Band, Lena "
                           "Vogt“, „der dritte im Trio, Max Wendl“")

_LIST_ENDS = LIST_SEPARATORS | {".", ";", ")", "(", "–", ":"}


def _coordinated_pair(span: PersonSpans, k: int, step: int) -> None:
    """Two name words on the other side of the list separator at k from a person's name, inside the list (a
    separator before them, a list's end after them): „Eva Muster, Tom Becker und …“
    (`person-coordinated-pair`)."""
    words, n = span.words, len(span.words)
    first = k + 1 if step == 1 else k - 2
    end = first + 2
    if first < 1 or end >= n or words[end] not in _LIST_ENDS or words[first - 1] not in LIST_SEPARATORS \
            or not all(span.surname(x) for x in (first, first + 1)) \
            or all(words[x] in span.gaz.common for x in (first, first + 1)):
        return
    span.add(first, end, "coordinated", COORDINATED_PAIR)


def coordinated(span: PersonSpans, hits: list[Hit]) -> None:
    """„Brenner, Van der Lind und Wendl“: lone names in a list beside a person's name."""
    words, n = span.words, len(span.words)
    for h in [h for h in hits if h.label == "PER"]:
        for step, k in ((1, h.tok_end), (-1, h.tok - 1)):
            while 0 <= k < n and words[k] in LIST_SEPARATORS:
                name = k + step
                end = name + 1
                if not (0 <= name < n and (end >= n or words[end] in _LIST_ENDS)
                        and (name == 0 or not words[name - 1][:1].isupper()) and span.lone(name)):
                    _coordinated_pair(span, k, step)
                    break
                if name > 0 and (words[name - 1] in german.DETERMINERS or words[name - 1] in german.CONTRACTIONS):
                    fired(COORDINATED_NOUN)     # „der Sprecher der Staatsanwaltschaft, Paul Brenner“
                    break
                span.add(name, end, "coordinated", COORDINATED)
                k = name + step

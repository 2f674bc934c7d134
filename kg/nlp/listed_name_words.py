"""A listed person's mention reaches left over the words of the listed name written right before it: „Tayyip
Erdoğan“ of the listed Recep Tayyip Erdoğan is one mention, not a given name and the listed surname. The gold's
name is a person's fullest written form, so a label of the surname alone would miss it.

`persons_by_context.context_persons` runs this first, before a word no list holds is read as another first name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.facts import slug
from kg.nlp.hits import Hit
from kg.nlp.persons_by_form import STAGE
from kg.rules import declare, fired

if TYPE_CHECKING:
    from kg.nlp.persons_by_form import PersonSpans

LISTED_NAME_WORDS = declare("person-listed-name-words", STAGE, "capitalised words right before a listed person's "
                            "name that are words of the listed full name (its given names, its particles) are part "
                            "of that mention: „Kemal Ucar … auch Tayyip Erdoğan kam“ → Tayyip Erdoğan, the listed "
                            "Recep Tayyip Erdoğan; not a title or another first name („Präsident Erdoğan“, „Kemal "
                            "Erdoğan“), nor where another name word stands before them („sein Sohn Timo Luiz Lula da "
                            "Silva“ is not the listed Luiz Inácio Lula da Silva)")


def listed_name_words(span: PersonSpans, hits: list[Hit]) -> list[Hit]:
    """The hits with each listed person's hit reaching over the listed name's words written right before it."""
    return [_with_name_words(span, h) if h.label == "PER" and h.form == "known" else h for h in hits]


def _with_name_words(span: PersonSpans, h: Hit) -> Hit:
    """The listed person's hit from the first of the listed name's words right before it, if any stand there
    and no other name word stands before them."""
    listed = {slug(w) for w in h.key.replace("-", " ").split()} - {slug(w) for w in h.text.replace("-", " ").split()}
    k = h.tok
    while k > 0 and span.free(k - 1) and _listed_word(span.words[k - 1], listed) and _adjacent(span, k - 1):
        k -= 1
    if k == h.tok or (k > 0 and _name_word(span, k - 1)):
        return h
    for t in range(k, h.tok):
        span.covered[t] = True
    fired(LISTED_NAME_WORDS)
    surface = span.text[span.idx[k]:h.end]
    return Hit(span.idx[k], h.end, "PER", h.key, surface, k, h.tok_end, "known", LISTED_NAME_WORDS)


def _listed_word(word: str, listed: set[str]) -> bool:
    """A capitalised word every part of which is a word of the listed name („Hans-Jörg“ of Hans Jörg X)."""
    return word[:1].isupper() and all(slug(part) in listed for part in word.split("-"))


def _adjacent(span: PersonSpans, k: int) -> bool:
    """Token k and the next are separated by one space: one name, not „Luiz. Erdoğan“."""
    return span.idx[k + 1] == span.idx[k] + len(span.words[k]) + 1


def _name_word(span: PersonSpans, k: int) -> bool:
    """A first name, a surname or another name's last word at token k: „Timo Luiz Lula da Silva“ is another
    person of the listed surname."""
    return span.first_name(k) or span.surname(k) or (not span.free(k) and span.words[k][:1].isupper()
                                                     and span.words[k] in span.name_words)

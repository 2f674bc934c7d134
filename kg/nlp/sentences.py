"""Rule sentence splitting for German news, on spaCy tokens.

spaCy's German tokenizer already keeps abbreviations ("z.B.", "Dr.", "u.a.")
and ordinals ("9.", "10.") as single tokens, so a sentence ends only at a
bare ".", "!" or "?" (or "…", or a doubled full stop "..", which news
text leaves where a teaser's own stop meets the one added after it)
followed by a capitalised word, a digit or an opening quote; at a
year-like number with a final dot ("2014.") followed by a capitalised word
that is not a month; and at every line break.

>>> sentence_starts(["Am", "9.", "und", "10.", "Januar", ".", "Danach"], [" "] * 7)
[True, False, False, False, False, False, True]
>>> sentence_starts(["Die", "Lage", "bleibt", "ruhig", "..", "Die", "Gespräche"], [" "] * 7)
[True, False, False, False, False, True, False]
"""
from __future__ import annotations

from typing import Sequence

from kg.german import MONTHS

_END = {".", "!", "?", "…", "..", "...", "?!", "!?"}
_CLOSERS = {"“", "”", "\"", "»", "«", "'", "’", ")", "]", "‘"}
_OPENERS = {"„", "\"", "»", "«", "‚", "(", "‘", "“", "'", "["}


def _starts_sentence(word: str) -> bool:
    first = word[:1]
    return first.isupper() or first.isdigit() or word in _OPENERS or first in _OPENERS


def sentence_starts(words: Sequence[str], whitespace: Sequence[str]) -> list[bool]:
    """For each token, whether it starts a sentence (space tokens never do)."""
    n = len(words)
    starts = [False] * n
    pending = True  # the next content token starts a sentence
    for i, word in enumerate(words):
        if word.isspace() or not word:
            if "\n" in word:
                pending = True
            continue
        if pending:
            starts[i] = True
            pending = False
        if "\n" in whitespace[i]:
            pending = True
            continue
        if word in _END or (word[-1:] == "." and _year_end(word, words, i)):   # one call per number, not per word
            j = i + 1
            while j < n and words[j] in _CLOSERS:
                j += 1
            while j < n and words[j].isspace():
                if "\n" in words[j]:
                    break
                j += 1
            if j < n and (words[j].isspace() or _starts_sentence(words[j])):
                if j < n and not words[j].isspace() and words[j] in MONTHS and word not in _END:
                    continue
                # the closers belong to this sentence; the break falls after them
                for k in range(i + 1, j):
                    starts[k] = False
                if j < n and not words[j].isspace():
                    starts[j] = True
                else:
                    pending = True
    return starts


def _year_end(word: str, words: Sequence[str], i: int) -> bool:
    """'2014.' ends a sentence before a capitalised non-month word; '9.' (an ordinal) does not."""
    # isdecimal, not isdigit: "¹." is a digit but no number
    if not (word.endswith(".") and word[:-1].isdecimal()):
        return False
    if int(word[:-1]) <= 31:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt not in MONTHS

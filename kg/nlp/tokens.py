"""Token texts and offsets read from a Doc's arrays, without making a Token object per token.

Iterating a Doc creates a Python object per token, which was the pipeline's
main cost; the arrays give the same facts at a fraction of it.

>>> import spacy
>>> doc = spacy.blank("de")("Kiew  bestreitet")
>>> token_table(doc).words
['Kiew', ' ', 'bestreitet']
>>> doc_words(doc).words
['Kiew', 'bestreitet']
>>> capitalised(["Kiew", "bestreitet", "Moskaus", "Angaben"])
[0, 2, 3]
>>> positions(["Er", "sagte", ",", "sie", "sagte", "nichts"], {"sagte", "nichts", "meinte"})
[1, 4, 5]
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc

TEXT_KEY = "geokg_text"   # doc.user_data: the (normalised) text the tokenizer saw
_TABLE_KEY = "geokg_tokens"
_WORDS_KEY = "geokg_words"


@dataclass(frozen=True)
class TokenTable:
    words: list[str]
    idx: list[int]
    is_space: list[bool]


def doc_text(doc: Doc) -> str:
    """The Doc's text, from the tokenizer's note where present (Doc.text joins all tokens)."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def token_table(doc: Doc) -> TokenTable:
    """Words, offsets and space flags of all tokens; computed once per Doc (tokens never change)."""
    cached = doc.user_data.get(_TABLE_KEY)
    if isinstance(cached, TokenTable) and len(cached.words) == len(doc):
        return cached
    text = doc_text(doc)
    if not len(doc):
        return TokenTable([], [], [])
    arr = doc.to_array([IDX, LENGTH, IS_SPACE])
    idx = arr[:, 0].tolist()
    lengths = arr[:, 1].tolist()
    words = [text[i:i + n] for i, n in zip(idx, lengths)]
    table = TokenTable(words, idx, arr[:, 2].astype(bool).tolist())
    doc.user_data[_TABLE_KEY] = table
    return table


@dataclass(frozen=True)
class DocWords:
    """The Doc's words: its non-space tokens, which the gazetteer's hits and the extractor count.

    `opens`: the words that start a sentence, first 0 (a space token's start passes to the word
    after it); None where the pipeline decided nothing after the first token (no sentence component).
    """

    words: list[str]
    idx: list[int]
    opens: list[int] | None


def doc_words(doc: Doc) -> DocWords:
    """The words and sentence starts of `doc`, computed once per Doc, after the sentence component
    (the pipeline sets no sentence start later): the gazetteer and the extractor share them."""
    table = token_table(doc)
    cached = doc.user_data.get(_WORDS_KEY)
    if isinstance(cached, tuple) and cached[0] is table:
        return cached[1]
    if True in table.is_space:
        keep = [k for k, space in enumerate(table.is_space) if not space]
        words, idx = [table.words[k] for k in keep], [table.idx[k] for k in keep]
    else:       # most Docs: the table's own lists (no reader changes them)
        words, idx = table.words, table.idx
    result = DocWords(words, idx, _sentence_opens(doc, table.is_space, len(words)))
    doc.user_data[_WORDS_KEY] = (table, result)
    return result


def _sentence_opens(doc: Doc, is_space: list[bool], n: int) -> list[int] | None:
    """Word indices that start a sentence, 0 first; None where nothing after token 0 is set.

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Ja", " ", ".", "Nein"], sent_starts=[1, 0, 0, 1])
    >>> _sentence_opens(doc, [False, True, False, False], 3)
    [0, 2]
    """
    if not n:
        return None
    sent_start = doc.to_array(SENT_START)
    if not (sent_start[1:] != 0).any():
        return None
    counted = ~numpy.asarray(is_space, dtype=bool)
    before = numpy.cumsum(counted) - counted        # the words before each token
    # a few dozen: a set and sort cost less than numpy.unique
    return sorted({0} | {i for i in before[sent_start == 1].tolist() if i < n})


# the word list `capitalised` answered last, its answer and its length: every pass of the gazetteer asks
# about the same list, which nobody changes once made
_last_capitalised: tuple[list[str], list[int], int] = ([], [], 0)


def capitalised(words: list[str]) -> list[int]:
    """The indices of the words that start with a capital, computed once per word list: most passes of
    the gazetteer look only at those (a quarter of the words), and each asked every word before."""
    global _last_capitalised
    last, caps, n = _last_capitalised
    if last is words and n == len(words):
        return caps
    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    _last_capitalised = (words, caps, len(words))
    return caps


# the word list `word_index` answered last, its answer and its length (as for `capitalised`)
_last_index: tuple[Sequence[str], dict[str, list[int]], int] = ([], {}, 0)


def word_index(words: Sequence[str]) -> dict[str, list[int]]:
    """Each word of the list with its indices in order, made once per word list (one pass over it)."""
    global _last_index
    last, index, n = _last_index
    if last is words and n == len(words):
        return index
    index = {}
    for k, w in enumerate(words):
        if w in index:
            index[w].append(k)
        else:
            index[w] = [k]
    _last_index = (words, index, len(words))
    return index


def positions(words: Sequence[str], vocabulary: Collection[str]) -> list[int]:
    """The indices of the words of `vocabulary` in the list, in order. A pass that looks for a few words (the verbs
    of saying, „bei“, an opening bracket) reads their indices from `word_index` instead of testing every word
    (14 ms per thousand articles and pass; the index costs 44 ms once, a lookup of a few words next to nothing)."""
    index = word_index(words)
    if len(vocabulary) < len(index):
        found = [index[w] for w in vocabulary if w in index]
    else:
        found = [ks for w, ks in index.items() if w in vocabulary]
    return list(found[0]) if len(found) == 1 else sorted(chain.from_iterable(found))

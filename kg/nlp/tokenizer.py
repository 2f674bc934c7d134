"""A tokenizer wrapper that normalises text with same-length substitutions only.

Odd spaces become plain spaces so that names split cleanly, while every
character offset still points into the original article text.

>>> normalise("Foto:\\u00a0AFP")
'Foto: AFP'
"""
from __future__ import annotations

import re
from typing import Any, Callable

from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from kg.nlp.tokens import TEXT_KEY

# one character in, one character out: offsets stay valid
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2002": " ",
    "\u2003": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-",   # typographic hyphens inside names ("Nato\u2011Russland\u2011Rat")
})


_ODD = tuple((chr(code), plain) for code, plain in _SAME_LENGTH.items())
# spaCy remembers how it split each whitespace-separated chunk, but only its first 10,000; news
# brings new words without end, so that cache filled early and most chunks went through the affix
# regexes again (a chunk costs a few dozen bytes)
CHUNK_CACHE = 1_000_000


def normalise(text: str) -> str:
    """Replace exotic spaces and hyphens by ASCII ones, keeping the length (one `replace` per odd
    character the text holds: most hold none, and `str.translate` with a table looks up every one)."""
    for odd, plain in _ODD:
        if odd in text:
            text = text.replace(odd, plain)
    return text


# A chunk of letters (single hyphens may join them) or of digits alone is one token by spaCy's
# German affix rules: each of their prefixes, suffixes and infixes needs some other character
# (punctuation, a symbol, "$"), a digit before a unit ("3km") or a double hyphen. Saying so
# (spaCy's `token_match`) spares the affix regexes for most new words, their main cost.
PLAIN_CHUNK = re.compile(r"(?:[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*|[0-9]+)\Z")


def keep_plain_chunks(tokenizer: Any) -> None:
    """Let `tokenizer` (spaCy's, with the German affix rules) keep a plain chunk whole unasked.

    >>> import spacy
    >>> tokenizer = spacy.blank("de").tokenizer
    >>> keep_plain_chunks(tokenizer)
    >>> [t.text for t in tokenizer("US-Präsident (2024), 3km")]
    ['US-Präsident', '(', '2024', ')', ',', '3', 'km']
    """
    if tokenizer.token_match is None:   # `match` with \Z, as spaCy restores a serialised token_match
        tokenizer.token_match = PLAIN_CHUNK.match


# A name that ends in a digit, or in a capital after a small letter, ends before a period: „Teil der G20.“, „die
# regierende PiS.“, „berichtete France24.“ (spaCy's German suffixes split a period only after a small letter or two
# capitals, so these stayed one token, abbreviation-like, and no list found the name). Not after a hyphen: „der
# Weltranglisten-19.“ is an ordinal; nor a number alone: „am 1. Juli“.
NAME_PERIODS = (r"(?<=[a-zäöü][A-ZÄÖÜ])\.", r"(?<=[A-Za-zÄÖÜäöü][0-9])\.", r"(?<=[A-Za-zÄÖÜäöü][0-9]{2})\.",
                r"(?<=[A-Za-zÄÖÜäöü][0-9]{3})\.")


def split_name_periods(nlp: Any) -> None:
    """Let `nlp`'s tokenizer split the period after a name ending in a digit or in a capital after a small letter.

    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> split_name_periods(nlp)
    >>> [t.text for t in nlp("Teil der G20. Die PiS. Am 1. Juli der Weltranglisten-19. Er")]
    ['Teil', 'der', 'G20', '.', 'Die', 'PiS', '.', 'Am', '1.', 'Juli', 'der', 'Weltranglisten-19.', 'Er']
    """
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *NAME_PERIODS]).search


# spaCy's name for the rule pipeline's tokenizer (`spacy.blank(..., config=...)` makes it)
RULE_TOKENIZER = "geokg.rule_tokenizer.v1"


@registry.tokenizers(RULE_TOKENIZER)
def rule_tokenizer(abbreviations: list[str]) -> Callable[[Any], Tokenizer]:
    """spaCy's German tokenizer as `keep_plain_chunks` and `split_name_periods` change it, with
    `abbreviations` as special cases, made at once: changing spaCy's made it compile the suffix
    pattern twice and tokenize its 1,300 special cases three times (0.035 of the fork server's
    1.05 CPU s, on the build's critical path).

    >>> import spacy
    >>> nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": RULE_TOKENIZER,
    ...                                                       "abbreviations": ["Abg."]}}})
    >>> [t.text for t in nlp("Abg. Kern sprach vor der G20.")]
    ['Abg.', 'Kern', 'sprach', 'vor', 'der', 'G20', '.']
    """
    def make(nlp: Any) -> Tokenizer:
        defaults = nlp.Defaults
        rules = {**defaults.tokenizer_exceptions, **{word: [{ORTH: word}] for word in abbreviations}}
        return Tokenizer(nlp.vocab, rules=rules,
                         prefix_search=compile_prefix_regex(defaults.prefixes).search,
                         suffix_search=compile_suffix_regex([*defaults.suffixes, *NAME_PERIODS]).search,
                         infix_finditer=compile_infix_regex(defaults.infixes).finditer,
                         token_match=defaults.token_match or PLAIN_CHUNK.match, url_match=defaults.url_match)

    return make


class NormalisingTokenizer:
    """Calls the wrapped tokenizer on the normalised text (same length as the original)."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer
        if hasattr(tokenizer, "max_cache_size"):
            tokenizer.max_cache_size = max(tokenizer.max_cache_size, CHUNK_CACHE)

    def __call__(self, text: str) -> Doc:
        normal = normalise(text)
        doc = self.tokenizer(normal)
        doc.user_data[TEXT_KEY] = normal   # spares the components Doc.text, which joins all tokens
        return doc

    def pipe(self, texts, batch_size: int = 1000):  # spaCy calls this in nlp.pipe
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; delegate to the wrapped one
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

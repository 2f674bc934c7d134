"""Organisations named by a bare word after a definite article: „die Öbib“, „das Wifo“, „der
Admira“, „beim Wifo“.

German sets no article before a person's or a town's name, so a word that no lexicon holds
(capitalised, no German word, no first name, surname or place by its corpus word class) after
„der/die/das/des“ names an organisation, unless its form shows a German noun: a noun suffix,
a known noun at its end („Komfortzone“), an ending of people, plurals or abstractions
(`kg.german.NOT_ORG_NAME_ENDINGS`: „der Steirer“, „die Playoffs“), a thing's acronym after a
hyphen („die Fußball-EM“), nor a noun or place name of the dictionary that no other list of ours
holds (`kg/data/dictionary_nouns.txt`, from Wiktionary: „das Dickicht“, „der Spuk“, „die Taiga“).
Not after a preposition of place („an der Mur“: a river), nor after a name particle („van der
Marel“), nor before a capitalised word or a number (part of a longer name), nor where the text
names a person with that surname („Sebastian Kurz … Viele, die Kurz kritisierten“). This rule runs after all others: a word they read is no candidate.

>>> words = "Die Öbib und das Wifo , an der Mur , van der Marel und die Öbib AG".split()
>>> article_names(words, lambda w: w in ("Öbib", "Wifo", "Mur", "Marel"))
[(1, 2), (4, 5)]
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg import german
from kg.nlp.tokens import positions
from kg.rules import declare

NAME_AFTER_ARTICLE = declare("name-after-article", "orgnames",
                             "a word no lexicon holds after a definite article names an organisation: „die "
                             "Öbib“, „das Wifo“; not a noun by its form („der Steirer“), not after a "
                             "preposition of place („an der Mur“)")

PERSON_WORD = declare("article-person-word", "orgnames",
                      "guard: the surname of a person the text names is no organisation's name after an article: "
                      "„Sebastian Kurz … Viele, die Kurz kritisierten“")
DICTIONARY_NOUN = declare("article-dictionary-noun", "orgnames",
                          "guard: a German noun or place name of the dictionary after an article is no "
                          "organisation's name: „das Dickicht“, „die Taiga“ (`dictionary_nouns.txt`)")

_ARTICLES = german.with_capitalised(german.NAME_ARTICLES)
_BLOCKED = german.PLACE_BEFORE_ARTICLE | german.NAME_PARTICLES


def article_names(words: Sequence[str], candidate: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(token, token + 1) of each bare name after a definite article (the caller drops those a hit
    covers); `candidate(w)`: the word may be an organisation's name by itself (`name_word`)."""
    out = []
    n = len(words)
    articles = _ARTICLES
    for k in [k + 1 for k in positions(words, articles)]:
        if k >= n - 1 or not candidate(words[k]):
            continue
        after = words[k + 1]
        if after[:1].isupper() or after[:1].isdigit() or after == "-" or k > 1 and words[k - 2].lower() in _BLOCKED:
            continue
        out.append((k, k + 1))
    return out


def name_word(word: str, unknown: Callable[[str], bool], known_tail: Callable[[str], bool],
              things: frozenset[str], noun_suffixes: tuple[str, ...]) -> bool:
    """Whether a word may be an organisation's bare name: `unknown(word)`, no acronym in capitals
    (`kg.nlp.orgacronyms` reads those), no noun by its ending, no thing's acronym after a hyphen
    or by itself („Dax“), `known_tail(word)`: a known noun ends it („Komfortzone“). `things`:
    the acronyms of things and the words of rivers.

    >>> name_word("Öbib", lambda w: True, lambda w: False, frozenset({"EM"}), ("ung",))
    True
    >>> [name_word(w, lambda w: True, lambda w: False, frozenset({"EM", "Mur"}), ("ung",))
    ...  for w in ("ORF", "Steirer", "Fußball-EM", "Staats-", "Zeitung", "Mur", "Em")]
    [False, False, False, False, False, False, False]
    """
    if word.isupper() or not word[-1:].isalpha() or word.endswith(german.NOT_ORG_NAME_ENDINGS) \
            or word.endswith(noun_suffixes) or word.rsplit("-", 1)[-1] in things or word.upper() in things:
        return False
    return unknown(word) and not known_tail(word)

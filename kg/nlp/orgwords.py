"""What the gazetteer knows of the words after an organisation's head noun (`kg.nlp.orgheads`):
a name by its form, a brand the lexicon holds, a German word, a person's name, a known place.

>>> from kg.nlp import build_nlp
>>> gazetteer = build_nlp().get_pipe("geokg_gazetteer").gazetteer
>>> words = "Der Hersteller Siemens will Stellen streichen".split()
>>> tests = word_tests(gazetteer, words, [False] * len(words), [])
>>> tests.foreign(2), tests.weak(4), inflected("Stellen", frozenset({"Stelle"}))
(True, False, True)
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from kg.german import ER_SUFFIX, FOREIGN_ARTICLES, NOUN_ENDINGS, NOUN_SUFFIXES, QUOTE_MARKS, genitive_stems
from kg.nlp.hits import Hit
from kg.nlp.names import NOT_NAMES
from kg.nlp.orgheads import WordTests
from kg.rules import declare, fired

_SENTENCE_ENDS = (".", "!", "?", ":")

HEAD_IN_NAME = declare("org-head-in-name", "names", "guard: a noun that types an organisation's name, right after "
                       "a capitalised word no lexicon holds, is a word of a longer name and types no name after it: "
                       "„die Sendung Zorbo Magazin Spezial“ (not „Spezial“); not after a town's adjective („die Quellstedter "
                       "Zeitung Kreisel“)")


def inflected(word: str, common: frozenset[str]) -> bool:
    """A plural or case form of a known noun: 'Gewinne', 'Beschäftigten', 'Stellen'."""
    return any(word.endswith(end) and word[: len(word) - len(end)] in common for end in NOUN_ENDINGS)


def word_tests(gaz: Any, words: Sequence[str], covered: list[bool], hits: list[Hit]) -> WordTests:
    """The tests of `WordTests` over one document's words, by the gazetteer's tables."""
    places = {h.tok: h.tok_end for h in hits if h.label in ("PLACE", "CAPITAL")}
    roles = gaz.org_words.roles

    def strong(k: int) -> bool:
        w = words[k]
        if covered[k] or not w[:1].isupper() or w in NOT_NAMES or roles.get(w) == "legal":
            return False
        if w.isupper() and len(w) > 1 or any(c.isdigit() for c in w):    # "PwC", "Print2Taste"
            return w.replace("-", "").isalnum() and not w.isdigit()
        return gaz._unknown(words, covered, k) and gaz.name_classes.get(w) != "FIRST"

    def foreign(k: int) -> bool:
        w = words[k]
        return not covered[k] and w in gaz.brand_words and not gaz.is_first_name(w) and gaz.title(w) is None

    def weak(k: int) -> bool:
        w = words[k]
        return not covered[k] and w.isalpha() and w[:1].isupper() and w[1:2].islower() and w not in NOT_NAMES \
            and gaz.title(w) is None and not gaz.compound_noun(w) and not w.endswith(NOUN_SUFFIXES) \
            and not gaz.is_first_name(w) and not inflected(w, gaz.common)

    def person(k: int) -> bool:
        w = words[k]
        return not covered[k] and gaz.is_name_word(w) and (
            gaz.is_first_name(w) or gaz.name_classes.get(w) in ("FIRST", "SURNAME"))

    def whole(i: int) -> bool:
        # a noun that heads names ("Bank Austria", "Stiftung Warentest") unless it only describes one
        return roles.get(words[i]) == "head" and words[i] not in gaz.org_words.context_heads
    return WordTests(strong, foreign, weak, person, lambda k: places.get(k, 0), lambda i: _inside(gaz, words, i, strong),
                     whole, *_name_form_tests(gaz, words, covered, hits))


def _name_form_tests(gaz: Any, words: Sequence[str], covered: list[bool], hits: list[Hit]) -> tuple[Callable, ...]:
    """The tests `lexical`, `adjective`, `noun`, `heads_name`, `legal`, `coined`, `tail` and `state_end` of
    `WordTests`."""
    states = {h.tok for h in hits if h.label == "STATE" and h.tok_end == h.tok + 1}   # "Deutscher", "Griechen"
    roles = gaz.org_words.roles

    def lexical(k: int) -> bool:
        w = words[k]
        return not covered[k] and w in gaz.lexicon_names

    def adjective(k: int) -> bool:
        return (not covered[k] or k in states) and gaz.org_words.adjective(words[k])

    def noun(k: int) -> bool:
        w = words[k]
        return (not covered[k] or k in states) and w[:1].isupper() and w.isalpha() and w not in NOT_NAMES \
            and gaz.title(w) is None

    def coined(k: int) -> bool:
        w = words[k]
        return not covered[k] and w.isalpha() and w[:1].isupper() and w[1:].islower() and w not in gaz.common \
            and gaz.compound_noun(w) and not w.endswith(NOUN_SUFFIXES) and gaz.title(w) is None \
            and not gaz.is_first_name(w)

    def tail(k: int) -> bool:
        return not covered[k] and roles.get(words[k]) == "tail"

    state_ends = {h.tok: h.tok_end for h in hits if h.label == "STATE" and h.form == "name"}
    return (lexical, adjective, noun, lambda i: roles.get(words[i]) in ("head", "organ"),
            lambda k: roles.get(words[k]) == "legal", coined, tail, lambda k: state_ends.get(k, 0))


def _named_noun(gaz: Any, words: Sequence[str], i: int) -> bool:
    """The context noun at i follows a word no lexicon holds, inside a sentence: it is a word of that name
    („die Sendung Zorbo Magazin Spezial“), which the name after it does not make (`org-head-in-name`)."""
    before = words[i - 1]
    if i < 2 or words[i - 2] in _SENTENCE_ENDS or not gaz._unknown_memo[before] or before.endswith(ER_SUFFIX):
        return False    # „die Colmarer Zeitung“: a town's adjective, known or not, only says where the named one is
    fired(HEAD_IN_NAME)
    return True


def _inside(gaz: Any, words: Sequence[str], i: int, strong: Callable[[int], bool]) -> bool:
    """The noun at i is a context noun before a name that the context rule reads ("die Partei
    Sumar", "des Bataillons „Tornado“"; not "der Konzern Siemens", a word of the lexicon), or
    part of a longer name, after a name word ("Raiffeisen Bank Aval"); not after a town's adjective
    that only says where the named one is ("die Vorarlberger Firma Häusle")."""
    w = words[i]
    before = words[i - 1] if i > 0 else ""
    if any(gaz.context.get(n, ("",))[0] == "ORG" for n in (w, *genitive_stems(w))):
        return i + 1 < len(words) and (words[i + 1] in QUOTE_MARKS or strong(i + 1)) or _named_noun(gaz, words, i)
    return before[:1].isupper() and before not in NOT_NAMES and gaz.adjective_state(before) is None \
        and not gaz.org_words.adjective(before) and not (i > 1 and words[i - 2] in _SENTENCE_ENDS) \
        and not (i + 1 < len(words) and (strong(i + 1) or words[i + 1] in FOREIGN_ARTICLES) and gaz._town_adjective(before))

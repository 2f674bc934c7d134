"""An organisation named again where no rule reads the words: „der Autobauer Quorvex … Quorvex kündigte an“.

A rule that reads an organisation's name by its context (a noun of its kind, its legal form, an acronym in
brackets, a negotiation) reads that one place; the article then writes the name alone, where nothing says what it
is. The same name in the same article is the same organisation (one name, one type: `kg.nlp.name_types`), so each
other mention of the whole name (`org-context-repeat`), and of a company's name word before only its legal or
corporate form („die Velbrock Holding … Velbrock will sparen“, `form-name-opens-org-name`), is that organisation.

Not a thing's acronym („SMS“), nor a mention that does not stand alone: inside a longer name (a number, a
capitalised word but a German noun right after it: „Quorvex Drive“, „Global 2000“; a noun after an article: „das
Quorvex System“), after a capitalised word within the sentence but a noun of its kind („die Südliche Quorvex AG“,
not „das Bataillon Valdoro“), after an indefinite article („eine regionale Quorvex“: a kind) or, a name no German
noun, after a contracted one („die Zeitung Valdoro … im Valdoro“: a region).

>>> words = "Der Autobauer Quorvex wächst . Quorvex baut , Quorvex Drive nicht .".split()
>>> idx = [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
>>> quorvex = Hit(14, 21, "ORG", "Quorvex", "Quorvex", 2, 3, "context:company", "org-head-noun")
>>> no = lambda w: False
>>> tests = WordTests(no, no, no, no, no)
>>> [(h.tok, h.rule) for h in named_again(" ".join(words), words, idx, [quorvex], {0, 5}, tests)][1:]
[(5, 'org-context-repeat')]
"""
from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

from kg import german
from kg.nlp.hits import Hit, cover, person_words, token_hit
from kg.nlp.name_types import FORM_RULES, OPENS_ORG_NAME
from kg.nlp.tokens import word_index
from kg.rules import declare, fired

CONTEXT_REPEAT = declare("org-context-repeat", "name types", "an organisation's name that the article reads by its "
                         "context (a noun of its kind, its legal form, a list, an acronym in brackets, a negotiation) "
                         "is that organisation also where the article writes it again and no rule reads it: „der "
                         "Sender Radio Nova … der Chefredakteur von Radio Nova, Max Muster“, „der Autobauer Quorvex "
                         "… Quorvex kündigte an“; not a German noun („die Volksbank“), an acronym of a thing, a name "
                         "inside a longer one („Quorvex Drive“, „das Quorvex System“), after another capitalised word "
                         "(„die Südliche Quorvex AG“) nor after a contracted or indefinite article („die Zeitung "
                         "Valdoro … im Valdoro“, „eine Quorvex“)")

# the forms of the hits that read a name by its context or its own form, not a list or a reference back
_NAMING_FORMS = ("context:", "form:")
# a contracted article names a region or a thing („im Valdoro“), an indefinite one a kind („eine Quorvex“)
_NOT_NAME_DETERMINERS = german.CONTRACTIONS | german.INDEFINITE_ARTICLES
_OPENING_WORDS = german.DEFINITE_ARTICLES | german.PREPOSITIONS    # „Die Quorvex …“, „Bei Quorvex …“
_SIBILANTS = ("s", "x", "z")     # a name ending so takes no genitive -s („Fabrix“)


class WordTests(NamedTuple):
    """What `named_again` asks of a word: a thing's acronym („SMS“), a company's name word that opens a name
    („Velbrock“), a word of a company's legal or corporate form („GmbH“, „Holding“), a German or an organisation's
    noun („Bataillon“), a German noun no name goes on into („Stellen“, not „Bank“)."""

    thing: Callable[[str], bool]
    company: Callable[[str], bool]
    corporate: Callable[[str], bool]
    noun: Callable[[str], bool]
    name_noun: Callable[[str], bool]


def named_again(text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit], opens: set[int] | frozenset[int],
                tests: WordTests) -> list[Hit]:
    """The hits with an ORG hit for each mention no hit covers of an organisation's name that a hit reads by its
    context (`org-context-repeat`), and of a company's one name word before only its legal or corporate form
    („Velbrock“ of „Velbrock Holding“, `form-name-opens-org-name`)."""
    models = _models(words, idx, hits, tests)
    if not models:
        return hits
    covered = cover(hits, [False] * len(words))
    new = []
    for names, (model, rule) in models.items():
        for k in _free_mentions(words, names, covered, opens, tests):
            for j in range(k, k + len(names)):
                covered[j] = True
            fired(rule)
            new.append(token_hit(text, words, idx, k, k + len(names), "ORG", model.key, model.form, rule))
    return hits + new if new else hits


def _models(words: Sequence[str], idx: Sequence[int], hits: list[Hit],
            tests: WordTests) -> dict[tuple[str, ...], tuple[Hit, str]]:
    """Each name (its words) an ORG hit reads by context with the hit and the rule that reads it again: the whole
    name, no thing's acronym, and a company's one name word before its legal or corporate form; not a name another hit
    types otherwise, nor a word of a person's name."""
    named = [h for h in hits if h.label == "ORG" and _naming(h, words, idx)]
    if not named:
        return {}
    other = {h.text for h in hits if h.label != "ORG"} | person_words(words, hits)
    keys: dict[tuple[str, ...], set[str]] = {}
    models: dict[tuple[str, ...], tuple[Hit, str]] = {}
    for h in named:
        if h.text in other:
            continue
        names = tuple(words[h.tok:h.tok_end])
        for written in {names, tuple(h.key.split(" "))}:     # „des Bankenverbandes“: also „Bankenverband“
            if len(written) > 1 or not tests.thing(written[0]):
                keys.setdefault(written, set()).add(h.key)
                models.setdefault(written, (h, CONTEXT_REPEAT))
        if len(names) > 1 and tests.company(names[0]) and names[0] not in other and all(map(tests.corporate, names[1:])):
            keys.setdefault(names[:1], set()).add(h.key)
            models.setdefault(names[:1], (h, OPENS_ORG_NAME))
    return {names: model for names, model in models.items() if len(keys[names]) == 1}


def _naming(h: Hit, words: Sequence[str], idx: Sequence[int]) -> bool:
    """The hit reads a name by its context or form (no list or reference back) over whole tokens."""
    return h.rule not in FORM_RULES and h.form.startswith(_NAMING_FORMS) \
        and h.start == idx[h.tok] and h.end == idx[h.tok_end - 1] + len(words[h.tok_end - 1])


def _free_mentions(words: Sequence[str], names: tuple[str, ...], covered: list[bool],
                   opens: set[int] | frozenset[int], tests: WordTests) -> list[int]:
    """The first tokens of the mentions of `names` no hit covers that stand alone (`_name_ends`, `_nothing_opens`);
    a one-word name also in its genitive in -s (an acronym's -s is a plural)."""
    index = word_index(words)
    first = names[0]
    starts = [k for k in index.get(first, ()) if tuple(words[k:k + len(names)]) == names]
    if len(names) == 1 and not first.endswith(_SIBILANTS) and not first.isupper():   # „die PHs“: a plural
        starts += index.get(first + german.SHORT_GENITIVE_ENDING, ())
    n = len(names)
    noun = n == 1 and tests.noun(first)      # „im Bankenverband“ names it, „im Valdoro“ a region
    return [k for k in starts if not any(covered[k:k + n]) and _nothing_opens(words, k, opens, tests.noun, noun)
            and _name_ends(words, k + n, covered, tests.name_noun, _in_noun_phrase(words, k, opens))]


def _in_noun_phrase(words: Sequence[str], k: int, opens: set[int] | frozenset[int]) -> bool:
    """Token k opens a sentence or follows an article or a capitalised word: a noun after it may be the head its
    name qualifies („das Quorvex System“, „die Marke Quorvex Drive“), not the object of a verb before it."""
    return k == 0 or k in opens or words[k - 1][:1].isupper() or words[k - 1].lower() in german.ARTICLES


def _name_ends(words: Sequence[str], j: int, covered: list[bool], noun: Callable[[str], bool],
               in_noun_phrase: bool) -> bool:
    """The name ends before token j: no number, no word with an inner capital („iWork“), no capitalised word but
    a German noun no hit reads and no name goes on into (`noun`: „will Quorvex Stellen streichen“, not „Quorvex
    Bank“), and that only after a verb or a preposition, not in a noun phrase (`_in_noun_phrase`)."""
    if j == len(words):
        return True
    after = words[j]
    if after[:1].isdigit() or any(c.isupper() for c in after[1:]):
        return False
    return not after[:1].isupper() or noun(after) and not covered[j] and not in_noun_phrase


def _nothing_opens(words: Sequence[str], i: int, opens: set[int] | frozenset[int], noun: Callable[[str], bool],
                   noun_name: bool) -> bool:
    """No word before token i opens a longer name (a capitalised word but a German noun, or an article or a
    preposition opening the sentence), makes it a kind (an indefinite article: „eine regionale Quorvex“) or, unless the
    name is a German noun, a region (a contracted article: „im nördlichen Valdoro“, not „im Bankenverband“)."""
    if i == 0 or i in opens:
        return True
    before = words[i - 1]
    low = before.lower()
    determiners = german.INDEFINITE_ARTICLES if noun_name else _NOT_NAME_DETERMINERS
    if low in determiners:
        return False
    if before[:1].isupper():        # a noun of its kind („das Bataillon Valdoro“), an article opening the sentence
        return noun(before) or i - 1 in opens and low in _OPENING_WORDS
    return not (i > 1 and words[i - 2].lower() in determiners)

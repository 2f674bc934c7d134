"""Talks with a state's creditors named as a group are held with the lenders the article lists as its creditors: a
talks cue whose partner „mit“ is a noun of lenders (`creditor_nouns.tsv`: „Gläubiger“, „Geldgeber“, „Troika“) gets
as partners the bodies the article lists right after such a noun („die Geldgeber EU, EZB und IWF“, „den
Kreditgebern von EU und IWF“, „der Troika aus EU, EZB und IWF“), and as their debtor the subject of its clause or,
where it names none, the state the article gives creditors („die Gläubiger Griechenlands“, „Griechenland und seine
Gläubiger“, „die Gläubiger des Landes“: the article's own state); where it lists no lenders or names no debtor, the
noun adds no one.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Die Geldgeber EU und IWF fordern Reformen."))
>>> people = (Actor("org:eu", "Organization", 2, 2, None), Actor("org:iwf", "Organization", 4, 4, None))
>>> [a.key for a in listed_lenders([Sentence(0, 0, 0, "", ws, people, (), tuple(clause_ranges(ws)))])]
['org:eu', 'org:iwf']
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import Cue

DEBTOR_WORDS = 4            # words at most between a noun of lenders and its debtor („der Gläubiger des … Landes“)
CREDITORS = declare("talks-creditors-named", "talks participants", "talks „mit den Gläubigern“ (a noun of lenders as "
                    "a group) are held with the lenders the article lists right after such a noun: „Die Geldgeber "
                    "Weltbank und IWF fordern Reformen. Moldawien verhandelt weiter mit den Geldgebern.“ is a "
                    "negotiation of Moldova with the World Bank and the IMF; where the article lists no lenders, the "
                    "noun adds no one: „Die Firma Brantel verhandelt mit ihren Gläubigern.“")
CREDITOR_NOUNS = resources.listed_words("creditor_nouns.tsv")
# between a noun of lenders and the first lender it lists („den Kreditgebern von EU und IWF“), then between lenders
LIST_OPENERS = german.ARTICLES | german.FROM_PREPOSITIONS | german.OUT_OF_PREPOSITIONS | frozenset({"(", "–", "-", ":"})
LIST_WORDS = german.LIST_GLUE | german.ARTICLES
PARTNER_REACH = 4           # words at most from a talks noun to its „mit“ („Verhandlungen mit den internationalen …“)
LENDERS = frozenset({"Organization"})      # „die Gläubiger Griechenlands“: a state after the noun is its debtor
DEBTORS = frozenset({"State", "Official"})


def with_creditors(sentences: list[Sentence], sentence: Sentence, cue: Cue, people: list[Actor],
                   rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The cue's talks with the lenders the article lists, where its partner „mit“ is a noun of lenders."""
    found = _creditor_partner(sentence, cue)
    if found is None:
        return people, rules
    prep, at = found
    lenders = listed_lenders(sentences)
    debtor = _debtor(sentences, sentence, cue, {a.key for a in lenders}) if lenders and not people else None
    if not lenders or (not people and debtor is None):
        return people, rules
    people = people or [debtor]
    read = {a.key for a in people}
    added = [Actor.referred(a.key, a.type, at, prep) for a in lenders if a.key not in read]
    fired(CREDITORS)
    if prep is None:
        fired(COORDINATED)
    return people + added, (*rules, CREDITORS, *((COORDINATED,) if prep is None else ()))


def _creditor_partner(sentence: Sentence, cue: Cue) -> tuple[str | None, int] | None:
    """The preposition and index of the noun of lenders in the cue's clause (after a noun cue, within
    `PARTNER_REACH` words of it) after „mit“ or after „und“ right after a state or official („zwischen Moldawien
    und seinen Gläubigern“, `COORDINATED`: no preposition)."""
    first, last = sentence.clause_of(cue.index)
    words = sentence.words
    start, end = (cue.index + 1, min(last, cue.index + 1 + PARTNER_REACH)) if cue.entry.match == "suffix" else (first, last)
    for j in range(start, end):
        joined = words[j].lower in german.AND_CONJUNCTIONS and _after_debtor(sentence, j)
        if words[j].lower not in german.WITH_PREPOSITIONS and not joined:
            continue
        for k in range(j + 1, min(last, j + 4)):
            if words[k].lower in CREDITOR_NOUNS:
                return (None if joined else words[j].lower), k
            if words[k].capitalized:
                break
    return None


COORDINATED = declare("talks-creditors-coordinated", "talks participants", "a state's lenders as a group joined to it "
                      "by „und“ are its partners as „mit“ are: „Die Verhandlungen zwischen Moldawien und seinen "
                      "Geldgebern stocken“, „Moldawien und seine Geldgeber verhandeln“ (the lenders the article lists, "
                      "`talks-creditors-named`); not „und“ after a word that names no state: „Reformen und Geldgeber“")


def _after_debtor(sentence: Sentence, at: int) -> bool:
    """A state or official ends right before the word at `at`."""
    return any(a.last == at - 1 and a.type in DEBTORS for a in sentence.actors)


def listed_lenders(sentences: list[Sentence]) -> list[Actor]:
    """The states and bodies listed right after a noun of lenders anywhere in the article, each once."""
    out: dict[str, Actor] = {}
    for sentence in sentences:
        for i, word in enumerate(sentence.words):
            if word.lower in CREDITOR_NOUNS:
                for actor in _listed_after(sentence, i):
                    out.setdefault(actor.key, actor)
    return list(out.values())


def _listed_after(sentence: Sentence, at: int) -> list[Actor]:
    """Two or more states and bodies listed right after the word at `at`: „die Gläubiger Griechenlands“ lists none."""
    words, out, end = sentence.words, [], at
    for actor in sentence.actors_in(at + 1, len(words)):
        glue = LIST_WORDS if out else LIST_OPENERS
        if actor.type not in LENDERS or not all(w.lower in glue for w in words[end + 1:actor.first]):
            break
        out.append(actor)
        end = actor.last
    return out if len(out) >= 2 else []


def _debtor(sentences: list[Sentence], sentence: Sentence, cue: Cue, lenders: set[str]) -> Actor | None:
    """The subject of the cue's clause (a state or official, no lender), else the state the article gives creditors."""
    own = next((a for a in sentence.clause_actors(cue.index)
                if a.prep is None and a.type in DEBTORS and a.key not in lenders), None)
    if own is not None:
        return own
    for other in sentences:
        for i, word in enumerate(other.words):
            key = _owner(other, i) if word.lower in CREDITOR_NOUNS else None
            if key is not None and key not in lenders:
                return Actor.referred(key, "State", cue.index)
    return None


def _owner(sentence: Sentence, at: int) -> str | None:
    """The state whose lenders the noun at `at` names: a State after it („Gläubiger Griechenlands“), „des Landes“
    after it (the article's own state), or a State before „und seine“ („Griechenland und seine Gläubiger“)."""
    words = sentence.words
    for k in range(at + 1, min(len(words), at + 1 + DEBTOR_WORDS)):
        state = next((a for a in sentence.actors if a.first == k and a.type == "State"), None)
        if state is not None:
            return state.key
        if words[k].lower == german.LAND_GENITIVE:
            return sentence.home
        if words[k].capitalized or not words[k].text.isalpha():
            break
    before = [k for k in range(max(0, at - 3), at) if words[k].lower in german.POSSESSIVES]
    if before and before[-1] >= 2 and words[before[-1] - 1].lower in german.AND_CONJUNCTIONS:
        state = next((a for a in sentence.actors if a.last == before[-1] - 2 and a.type == "State"), None)
        return state.key if state is not None else None
    return None

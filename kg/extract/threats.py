"""A hostile act governed by a threat verb is the threat, not the act.

ANNOTATION.md: a threat itself is an asserted THREATEN; the act it threatens is no event unless the
text says more. „Russland drohte, die Gaslieferungen an die Ukraine einzustellen“ and „Putin schloss
einen Atomangriff auf die Ukraine nicht aus“ are each the subject's THREATEN of the act's target, not a
possible SANCTION or ASSAULT. The verbs are `kg/data/threat_verbs.tsv`; „ausschließen“ threatens only
when negated.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, Word, clause_particle, verb_keys
from kg.extract.event_cues import CueHit
from kg.extract.factuality import ASSERTED, Reading, read_factuality
from kg.extract.prepositions import word_before_modifiers
from kg.extract.roles import zu_infinitive
from kg.facts import slug

THREAT_VERBS = dict(resources.commented_rows("threat_verbs.tsv"))      # lemma → "always" | "negated"
ONLY_NEGATED = "negated"
# what may stand before a noun cue that a threat verb governs: nothing (its object: „schloss einen Angriff
# nicht aus“) or „mit“ („drohte mit Angriffen“), not another preposition („nach dem Angriff drohte …“)
OBJECT_PREPOSITIONS = german.WITH_PREPOSITIONS


class Threat(NamedTuple):
    """The threat verb governing a hostile act: its word index and whether it threatens only when negated."""

    verb: int
    negated_only: bool


def threat_of(sentence: Sentence, cue: int, noun: bool) -> Threat | None:
    """The threat verb governing the act at word `cue`: in its clause, or the clause before its zu-infinitive.

    >>> from kg.extract.clauses import Sentence, clause_ranges, words_of
    >>> ws = tuple(words_of("Russland drohte, die Ukraine anzugreifen."))
    >>> threat_of(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), 5, noun=False)
    Threat(verb=1, negated_only=False)
    """
    first, last = sentence.clause_of(cue)
    if noun and not _governed_noun(sentence, cue, first):
        return None
    if noun or _infinitive_form(sentence, cue):
        found = _in_clause(sentence, first, last, cue)
        if found is not None:
            return found
    if noun or not zu_infinitive(sentence, cue):
        return None
    before = [c for c in sentence.clauses if c[1] <= first]
    return _in_clause(sentence, *before[-1], cue) if before else None


def threat_factuality(sentence: Sentence, threat: Threat) -> Reading:
    """How the text reports the threat: „schloss … nicht aus“ asserts it, „drohte nicht“ negates it."""
    return ASSERTED if threat.negated_only else read_factuality(sentence, threat.verb, noun=False)


def _in_clause(sentence: Sentence, first: int, last: int, cue: int) -> Threat | None:
    words = sentence.words
    particle = clause_particle(sentence, first, last)
    for i in range(first, last):
        if i == cue or words[i].capitalized or (particle and particle[1] == i):
            continue
        keys = verb_keys(words[i], particle[0] if particle else None)
        when = next((THREAT_VERBS[k] for k in keys if k in THREAT_VERBS), None)
        if when is None:
            continue
        negated = any(w.lower in german.NEGATIONS for w in words[first:last])
        if when != ONLY_NEGATED or negated:
            return Threat(i, when == ONLY_NEGATED)
    return None


def _infinitive_form(sentence: Sentence, cue: int) -> bool:
    """A verb cue that is an infinitive, as a threat verb's complement is („anzugreifen“, „zu verhängen“)."""
    word = sentence.words[cue]
    return word.lower == word.lemma or zu_infinitive(sentence, cue)


def _governed_noun(sentence: Sentence, cue: int, first: int) -> bool:
    """A noun cue standing as an object or after „mit“, not after another preposition nor as the genitive of
    a noun („für den Fall eines Angriffs“)."""
    words = sentence.words
    k = word_before_modifiers(words, cue, over_determiners=True, floor=first)
    if words[k].capitalized and not any(a.last == k for a in sentence.actors):
        return k == cue - 1 == first        # only the clause's first word: „Sanktionen drohte …“
    return words[k].lower not in german.PREPOSITIONS or words[k].lower in OBJECT_PREPOSITIONS


LOOMING_VERBS = resources.listed_words("looming_verbs.tsv")     # „Österreich droht eine Strafe“: it looms


def looms(sentence: Sentence, verb: int) -> bool:
    """The threat verb at `verb` says a thing looms over the actor: no „mit“ in its clause, and after the verb a
    noun phrase no actor names, opened by a determiner of a subject („eine Strafe“, „die Pleite“) outside a
    prepositional phrase: „Nun droht Österreich eine Strafe der EU“."""
    words, (first, last) = sentence.words, sentence.clause_of(verb)
    particle = clause_particle(sentence, first, last)
    if not LOOMING_VERBS.intersection(verb_keys(words[verb], particle[0] if particle else None, exclusive=True)) \
            or any(w.lower in german.WITH_PREPOSITIONS and _verb_phrase(sentence, k) for k, w in enumerate(words)
                   if first <= k < last):
        return False
    named = {i for a in sentence.actors for i in range(a.first, a.last + 1) if _named_head(words[i], a)}
    return any(words[k].capitalized and k not in named and _subject_phrase(words, k, verb)
               for k in range(verb + 1, last))


def _named_head(word: Word, actor: Actor) -> bool:
    """The actor names the word's head, not only a prefix of it („EU-Kommission“, not „EU-Strafe“)."""
    return slug(word.text.rsplit("-", 1)[-1]) in actor.key


def _verb_phrase(sentence: Sentence, k: int) -> bool:
    """The „mit“ at `k` belongs to the verb („drohte der EU mit Sanktionen“), not to the noun before it („im
    Zusammenhang mit dem Plan“): no noun that no actor names stands right before it."""
    before = sentence.words[k - 1] if k else None
    return before is None or not before.capitalized or any(a.first <= k - 1 <= a.last for a in sentence.actors)


def _subject_phrase(words: Sequence[Word], k: int, verb: int) -> bool:
    """The noun at `k` opens with a subject's determiner, over adjectives, and no preposition governs it."""
    d = k - 1
    while d > verb and words[d].lower not in german.DETERMINERS and words[d].text.islower() \
            and words[d].lower.endswith(german.ADJECTIVE_ENDINGS):
        d -= 1          # „eine hohe Strafe“
    return words[d].lower in german.LOOMING_DETERMINERS and words[d - 1].lower not in german.PREPOSITIONS


EXPECTING_VERBS = dict(resources.commented_rows("expecting_verbs.tsv"))   # lemma → its object's preposition
# acts an addressee told to expect them is threatened with: strikes and boycotts, sanctions, force
EXPECTED_CODES = frozenset({"PROTEST", "SANCTION", "ASSAULT", "COERCE"})


def expected_act(sentence: Sentence, first: int, last: int, hits: Sequence[CueHit]) -> CueHit | None:
    """The hostile noun cue that is the object of an expecting verb in the clause, after its preposition:
    „(müsse) mit weiteren Streiks rechnen“, „(müsse sich) auf Sanktionen einstellen“."""
    words = sentence.words
    for verb in range(first, last):
        keys = () if words[verb].capitalized else verb_keys(words[verb], None)
        prep = next((EXPECTING_VERBS[k] for k in keys if k in EXPECTING_VERBS), None)
        if prep is None:
            continue
        for hit in hits:
            if hit.noun and hit.entry.code in EXPECTED_CODES and first <= hit.index < verb \
                    and words[word_before_modifiers(words, hit.index, True, first)].lower == prep:
                return hit
    return None

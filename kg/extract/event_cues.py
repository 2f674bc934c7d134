"""The PLOVER cues of a sentence: words of `kg/data/plover_lexicon.tsv`, clause by clause.

Verbs are found by lookup lemma with their separable particle joined back on („wies … zurück“
→ „zurückweisen“), nouns by their ending, so compounds match („Luftangriffen“ → „Angriff“),
but not a noun that only ends in a cue noun (`not_cue_nouns.tsv`: „Herausforderung“). An entry
with context words is taken only where its clause holds one of them.

>>> from kg.extract.clauses import words_of
>>> ClauseContext(words_of("Angriff mit Kampfjets")).has("jets")
True
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import Sequence

from kg import german, resources
from kg.extract.clauses import Sentence, verb_keys, Word
from kg.extract.lexicon import NEGATED, plover_cues, PloverCue
from kg.extract.rules import declare, fired
from kg.extract.talk_cues import sports_sentence
from kg.german import DETERMINERS
from kg.nlp.memo import Cache


# lexicon slot: the cue is an event only with a named target ("drängte auf Einigung" urges no one)
TARGET_NEEDED = "needed"
# lexicon slot: only an actor standing in the cue's own slots is its target, none found by the fallbacks
# (an owner, a reported subject): „warnte Nordland vor einem Angriff“, not „warnte vor Gefahren für Nordland“
TARGET_DIRECT = "direct"
# lexicon slot: the cue is an event also with none of the targets before it named, where its code otherwise needs
# one: a promise of support to people no actor names („sicherte den Beschäftigten Unterstützung zu“)
TARGET_FREE = "none"


NOUN_MIN_SUFFIX = 4


NOUN_INFLECTIONS = ("en", "n", "s", "e")    # plural and genitive endings of a noun cue's compounds


GENITIVE_TARGET = "gen"      # lexicon slot: the genitive after the noun is the target


@dataclass(frozen=True)
class CueHit:
    index: int                  # word index of the cue
    entry: PloverCue
    noun: bool


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[PloverCue, ...]], dict[str, tuple[PloverCue, ...]]]:
    verbs: dict[str, list[PloverCue]] = defaultdict(list)
    nouns: dict[str, list[PloverCue]] = defaultdict(list)
    for cue in plover_cues():
        (nouns if cue.pos == "noun" else verbs)[cue.cue].append(cue)
    # entries with a context first: the more specific reading wins
    order = lambda entries: tuple(sorted(entries, key=lambda c: not c.context))  # noqa: E731
    return ({k: order(v) for k, v in verbs.items()}, {k: order(v) for k, v in nouns.items()})


# a context word of four letters or more is also found as the end of a word („Kampfjets“ ends in „jets“)
CONTEXT_TAIL_MIN = 4


class ClauseContext:
    """The context words a clause offers: its forms, lemmas and their tails ("Kampfjets" ends
    in "jets"), gathered once per clause, so that a long clause with many cues costs no
    rescan per cue.

    >>> from kg.extract.clauses import words_of
    >>> ClauseContext(words_of("Angriff mit Kampfjets")).has("jets")
    True
    """

    def __init__(self, words: Sequence[Word], first: int = 0, last: int | None = None):
        self.words, self.first, self.last = words, first, len(words) if last is None else last
        self._forms: set[str] | None = None
        self._ends = ""         # the forms, each closed by a NUL: `ctx + NUL` in it is a form ending in `ctx`

    def has(self, ctx: str) -> bool:
        """A word is `ctx`, has it as lemma, or (from four letters on) ends in it."""
        if self._forms is None:
            words = self.words[self.first:self.last]
            self._forms = {w.lower for w in words} | {w.lemma for w in words} | _negated_forms(words)
            self._ends = "".join(w.lower + "\0" for w in words)
        return ctx in self._forms or (len(ctx) >= CONTEXT_TAIL_MIN and ctx + "\0" in self._ends)


NEGATED_CONTEXT = declare("event-cue-negated-context", "event cue", "a context word the lexicon marks „~“ counts "
                          "only right after a negation, where it says its opposite: „Als nicht hinnehmbar bezeichnete "
                          "es der Minister, dass …“ calls it unacceptable (ACCUSE), „bezeichnete es als hinnehmbar“ "
                          "accuses no one")


def _negated_forms(words: Sequence[Word]) -> set[str]:
    """The forms and lemmas of the words right after a negation, marked as negated: „nicht akzeptabel“ → „~akzeptabel“."""
    return {NEGATED + form for before, w in zip(words, words[1:]) if before.lower in german.NEGATIONS
            for form in (w.lower, w.lemma)}


PRICE_PAID = declare("event-cue-unless", "event cue", "a cue whose clause holds a word its lexicon row excludes "
                    "(„!strafe“) is none: „Der Konzern muss eine Strafe von 100 Millionen Dollar an die USA zahlen“ "
                    "pays a fine, no AID")


def _context_ok(entry: PloverCue, context: ClauseContext) -> bool:
    if entry.context and not any(context.has(ctx) for ctx in entry.context):
        return False
    if entry.context and not any(context.has(ctx) for ctx in entry.context if not ctx.startswith(NEGATED)):
        fired(NEGATED_CONTEXT)      # only a negated word of the context stands in the clause
    if entry.unless and any(context.has(ctx) for ctx in entry.unless):
        fired(PRICE_PAID)
        return False
    return True


def _pick(entries: tuple[PloverCue, ...], context: ClauseContext) -> PloverCue | None:
    return next((e for e in entries if _context_ok(e, context)), None)


@lru_cache(maxsize=1)
def _noun_endings() -> frozenset[str]:
    return frozenset(cue[-3:] for cue in _index()[1])


def _noun_entries(word: Word, nouns: dict[str, tuple[PloverCue, ...]]) -> tuple[PloverCue, ...] | None:
    for form in _noun_forms(word):
        if form in nouns:
            return nouns[form]
        for cut in range(1, len(form) - NOUN_MIN_SUFFIX + 1):
            if form[cut:] in nouns:
                return nouns[form[cut:]]
    return None


LOOKALIKE = declare("event-cue-noun-lookalike", "event cue", "a noun that only ends in a cue noun is none "
                    "(`not_cue_nouns.tsv`): „Herausforderung“ is no „Forderung“, „Webseite“ no „Seite“")


NOT_CUE_NOUNS = resources.load_word_list("not_cue_nouns.tsv")


_NOT_CUE_ENDINGS = tuple(NOT_CUE_NOUNS)     # one str.endswith call tests them all


def _lookalike(word: Word) -> bool:
    """The noun ends in a word of `not_cue_nouns.tsv` („Herausforderungen“, „Sicherheitsanforderung“)."""
    return word.lower.endswith(_NOT_CUE_ENDINGS)


def _noun_forms(word: Word) -> list[str]:
    """The forms a noun cue is looked up by: lemma, form, and the form without a plural or genitive ending
    where the lemma table does not know a compound („Luftangriffen“, „Korruptionsanklagen“)."""
    low, endings = word.lower, _noun_endings()
    forms = [f for f in dict.fromkeys((word.lemma, low)) if f[-3:] in endings]
    if word.lemma == low:
        forms += [low[:-len(e)] for e in NOUN_INFLECTIONS if low.endswith(e) and low[:-len(e)][-3:] in endings]
    return forms


_CONSULT = "CONSULT"       # the PLOVER code of meetings
SPORTS_CONSULT = declare("event-consult-sports-match", "event cue", "a meeting's cue in a sentence naming a match "
                         "or its standing (`sport_nouns.tsv`, as `talks-sports-match`) tells of a game, no CONSULT: "
                         "„Die Dänen empfangen am Samstag den Tabellenführer Polen“; not „Kanzlerin Lanz "
                         "empfing den Präsidenten“")


def without_sports_meetings(sentence: Sentence, hits: list[CueHit]) -> list[CueHit]:
    """The PLOVER cues of a sentence (`kg.extract.cue_scan.event_cues`); no meeting in a sentence about a match."""
    if any(h.entry.code == _CONSULT for h in hits) and sports_sentence(sentence):
        fired(SPORTS_CONSULT)
        return [h for h in hits if h.entry.code != _CONSULT]
    return hits


def hit_at(sentence: Sentence, i: int, clause: ClauseContext, particle: str | None, particle_at: int,
           found: Candidates | None = None) -> CueHit | None:
    """The PLOVER cue of word i in `clause`, whose separable particle is `particle` at `particle_at`; `found`: the
    word's memo reading where the caller has it (a word not first in its sentence and not the particle)."""
    if i == particle_at:
        return None
    words = sentence.words
    word = words[i]
    # a sentence's first word is a noun unless its lemma is a verb's ("Kritik kam …", not "Kritisierte")
    noun = word.capitalized and (i > 0 or not word.lemma.endswith(german.INFINITIVE_ENDINGS))
    if found is None:
        key = (word.text, word.lemma, None if noun else particle, noun)
        found = _CANDIDATES.get(key) or _CANDIDATES.put(key, candidates(word, key[2], noun))  # reads the word at hand
    if found is NOTHING:
        return None
    groups, noun_hit, lookalike = found
    if lookalike:
        fired(LOOKALIKE)
    if not groups:
        return None
    entry = next((e for e in map(_pick, groups, repeat(clause)) if e is not None), None)
    if entry is None or (entry.pos == "verb" and noun and _noun_of_verb(words, i, clause.first, entry)):
        return None
    return CueHit(i, entry, noun_hit)


VERB_AS_NOUN = declare("event-cue-verb-as-noun", "event cue", "a capitalised word after an article that the lemma "
                       "table reads as another word than the verb cue is a noun, no verb: „Laut den aktuellen Zahlen der "
                       "Behörde“ pays nothing; the nouns of phrase cues keep theirs: „gab Russland die Schuld“")


def _noun_of_verb(words: Sequence[Word], i: int, first: int, entry: PloverCue) -> bool:
    """The verb cue `entry` matched the capitalised word `i`, a noun after its article („den aktuellen Zahlen“)."""
    if words[i].lemma == entry.cue or i == first:
        return False
    k = i - 1
    while k > first and words[k].lower not in DETERMINERS and words[k].text.islower() \
            and words[k].lower.endswith(german.ADJECTIVE_ENDINGS):
        k -= 1          # „den aktuellen Zahlen“
    if words[k].lower not in DETERMINERS:
        return False
    fired(VERB_AS_NOUN)
    return True


# a word's reading: the entry groups to try in order, whether a hit counts as a noun (the word has noun entries),
# and whether it is a noun that only ends in a cue noun (`event-cue-noun-lookalike`, noted each time it is met)
Candidates = tuple[tuple[tuple[PloverCue, ...], ...], bool, bool]
NOTHING: Candidates = ((), False, False)      # most words' reading: the scans tell it by identity


def candidates(word: Word, particle: str | None, noun: bool) -> Candidates:
    """The lexicon entry groups a word may stand for, in the order the clause context is tried,
    whether a hit counts as a noun, and whether the word is a lookalike noun."""
    if not word.text.replace("-", "").isalpha() or word.lower in DETERMINERS:
        return NOTHING
    verbs, nouns = _index()
    if noun:
        groups = []
        lookalike = _lookalike(word)
        entries = None if lookalike else _noun_entries(word, nouns)
        if entries:
            groups.append(entries)
        if word.lower in verbs:     # "in Abrede stellen": a phrase with its verb
            groups.append(tuple(e for e in verbs[word.lower] if e.context))
        return (tuple(groups), bool(entries), lookalike) if groups or lookalike else NOTHING
    groups = tuple(verbs[key] for key in verb_keys(word, particle) if key in verbs)
    return (groups, False, False) if groups else NOTHING


# (text, lemma, particle, noun) → the word's reading: it depends on the word alone (its flags follow from text and
# lemma, `make_word`), and words recur; a hit is one dict lookup. A miss reads the sentence's own Word: making one
# again from the key was a third of a miss's cost (75,000 misses per real-corpus build, as each worker meets its words).
_CANDIDATES: Cache[tuple[str, str, str | None, bool], Candidates] = Cache()


declare("event-cue-verb", "event cue", "a verb of the PLOVER lexicon, by lemma with its separable particle")


declare("event-cue-noun", "event cue", "a noun of the PLOVER lexicon, by its ending, so compounds match")


def material_noun(hit: CueHit) -> bool:
    """The noun may name material aid („Unterstützung kommt vom Ministerium“: money): what arrives is no statement."""
    return any(c.code == "AID" for c in _index()[1].get(hit.entry.cue, ()))


def verb_readings(cue: str) -> tuple[PloverCue, ...]:
    """Every row of the lexicon for the verb cue `cue`, those with a context first.

    >>> sorted({c.code for c in verb_readings("verurteilen")})
    ['ACCUSE', 'SANCTION']
    """
    return _index()[0].get(cue, ())

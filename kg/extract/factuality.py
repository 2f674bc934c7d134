"""How a sentence reports an event: asserted, intended, possible or negated.

ANNOTATION.md § factuality: an event stays an event when it is planned,
feared, conditional or denied, but says so. The signals are German words
listed in `kg/data/factuality_signals.tsv`; what matters is their scope: a
signal counts only where it governs the cue's clause — a conditional opening
it ("falls Russland … einmarschiert"), a modal or negation inside it ("könnte
… einmarschieren", "griff nicht an"), a verb governing it as a dass- or
zu-infinitive clause ("fürchten, dass …", "kündigte an, … zu liefern"), or a
phrase right before a noun cue ("für den Fall eines Angriffs"). The clause of
"X warf Y vor, … angegriffen zu haben" has no signal: the attack is as X
claims it, asserted.

>>> from kg.extract.clauses import Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Die Nato fürchtet, dass Russland die Ukraine angreift."))
>>> s = Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws)))
>>> read_factuality(s, 7, noun=False)
Reading(factuality='possible', rules=('factuality-matrix',))
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple, Sequence

from kg import german, resources
from kg.extract.clauses import DETERMINERS, Sentence, Word, clause_has_verb, clause_particle, verb_keys
from kg.extract.event_phrases import is_participle
from kg.extract.prepositions import after_determiner_or_adjective, participle_before_noun
from kg.extract.rules import declare, fired
from kg.german import ALL_QUOTE_MARKS, COMPLEMENTIZERS, COORDINATORS, NEGATIONS, PERFECT_INFINITIVES
from kg.facts import Factuality, Talks

# the more a reading departs from fact, the more it wins: a denied plan is denied
STRENGTH = {"asserted": 0, "intended": 1, "possible": 2, "negated": 3}
SKIPPED_OPENERS = frozenset({",", ";", ":", "–", "—", "-"}) | ALL_QUOTE_MARKS | COORDINATORS
NOUN_WINDOW = 5             # words between a noun phrase signal and its noun cue, at most


class Reading(NamedTuple):
    """A factuality and the names of the rules that read it (none for the asserted default)."""

    factuality: Factuality
    rules: tuple[str, ...] = ()


ASSERTED = Reading("asserted")
STAGE = "event factuality"
PRESUPPOSED = declare("factuality-attributive", STAGE, "an act named by a participle with its agent before a noun is "
                      "presupposed, whatever its clause says of the noun: „Die von Kiew geforderte Aufnahme in die Nato "
                      "ist kein Thema“ (Kiew did ask), „Die von den USA unterstützte Regierung könnte stürzen“")


def presupposed(reading: Reading) -> Reading:
    """An attributive participle's act: asserted, whatever the clause's signals say of its noun."""
    if reading.factuality == "asserted":
        return reading
    fired(PRESUPPOSED)
    return ASSERTED


AGREED = declare("factuality-agreed", STAGE, "an act its actor agrees on or consents to is planned, not yet done: "
                 "„Die Nordländer einigten sich auf Kredite für Borlanien“ (intended); a reading further from fact "
                 "stays („einigten sich nicht auf …“)")


def agreed(reading: Reading) -> Reading:
    """An act agreed on (`event-noun-agreed`): intended where its clause reads it as asserted."""
    if reading.factuality != "asserted":
        return reading
    fired(AGREED)
    return Reading("intended", (AGREED,))
OPENER = declare("factuality-opener", STAGE, "a conditional, asked-about or purpose clause makes its events "
                 "possible or intended: „falls Russland einmarschiert“, „ob X angreift“, „um Y zu helfen“")
NEGATION = declare("factuality-negation", STAGE, "a negation in the cue's clause, „nicht nur“ aside, negates its "
                   "event: „Russland werde keinen Vertrag schließen“")
EPISTEMIC = declare("factuality-epistemic", STAGE, "a modal or adverb of possibility in the cue's clause: "
                    "„Russland könnte angreifen“, „möglicherweise“")
INTENTION = declare("factuality-intention", STAGE, "wollen, planen, bereit or a future or modal auxiliary with an "
                    "infinitive in the cue's clause: „USA wollen der Ukraine helfen“, „würden Hilfen gewähren“")
MATRIX = declare("factuality-matrix", STAGE, "a verb governing the cue's dass- or zu-infinitive clause: "
                 "„fürchten, dass Russland angreift“, „kündigte an, Waffen zu liefern“, „bestreitet, … zu haben“")
MATRIX_NEGATED = declare("factuality-matrix-negated", STAGE, "a negated governing verb turns its reading: "
                         "„nicht ausgeschlossen, dass …“ is possible, „plant nicht, … zu“ negated")
NOUN = declare("factuality-noun", STAGE, "a phrase right before a noun cue: „für den Fall eines feindlichen "
               "Überfalls“, „die drohende Invasion“, „der geplante Abzug“")
OBJECT = declare("factuality-object", STAGE, "a verb whose object is an act not yet done gives a noun cue "
                 "of its clause its reading: „die Nato fürchtet einen russischen Angriff“, „kündigte Sanktionen an“")
DECIDED = declare("factuality-decided", STAGE, "a verb cue approving the act it stands for: „hat "
                  "Waffenlieferungen an die Ukraine abgesegnet“ (the deliveries are intended)")
CONSEQUENT = declare("factuality-conditional-consequent", STAGE, "an intended act next to a conditional clause "
                     "is possible: „Sollten Rebellen Gebiete erobern, werde die EU Sanktionen verhängen“")
QUESTION = declare("factuality-question", STAGE, "an event of a question is possible: „Greift Russland an?“")
QUESTION_PLAN = declare("factuality-question-plan", STAGE, "a plan asked about by a question opening with its "
                        "auxiliary or modal is possible, no announced intention: „Wird Mazedonien die Grenze "
                        "schließen?“, „Könnte es sein, dass Mazedonien die Grenze schließen wird?“")
PLANNED_TALKS = declare("factuality-planned-talks", STAGE, "planned talks are an intended CONSULT of their "
                        "participants (a possible one while a third side only offers them): „Am 9. März sind "
                        "Gespräche der Türkei mit Griechenland geplant“")
OFFERED = declare("talks-offered", "talks status", "talks one side offers or proposes are planned, not held: "
                  "„Die Türkei bot an, Gespräche in Ankara auszurichten“")
OFFER_REFUSED = declare("talks-offer-refused", "talks guard", "offered talks whose offer one of the next two "
                        "sentences refuses are none: „Netanjahu lehnte das Angebot ab“")
KINDS = {"possible": EPISTEMIC, "intended": INTENTION, "negated": NEGATION}


class Signals(NamedTuple):
    by_scope: dict[str, dict[str, str]]       # scope → signal → factuality
    exceptions: frozenset[tuple[str, str]]    # ("nicht", "nur"): a negation word that negates nothing


@lru_cache(maxsize=1)
def signals() -> Signals:
    """The rows of `factuality_signals.tsv`.

    >>> signals().by_scope["opener"]["falls"]
    'possible'
    """
    by_scope: dict[str, dict[str, str]] = defaultdict(dict)
    exceptions = set()
    for signal, scope, value in resources.commented_rows("factuality_signals.tsv"):
        if scope == "exception":
            first, second = signal.split(" ")
            exceptions.add((first, second))
        else:
            by_scope[scope][signal] = value
    return Signals(dict(by_scope), frozenset(exceptions))


@lru_cache(maxsize=1)
def offer_verbs() -> frozenset[str]:
    """The verbs of offering or proposing (scope "offer"), which the talks stages ask of a clause: „bot … an“."""
    return frozenset(signals().by_scope["offer"])


@lru_cache(maxsize=1)
def offer_nouns() -> tuple[str, ...]:
    """The nouns of an offer or proposal (scope "offer-noun"), matched as a word's ending: „Gesprächsangebot“."""
    return tuple(sorted(signals().by_scope["offer-noun"]))


def read_factuality(sentence: Sentence, cue: int, noun: bool) -> Reading:
    """The factuality of the event whose cue is word `cue` of the sentence.

    >>> from kg.extract.clauses import Sentence, clause_ranges, words_of
    >>> ws = tuple(words_of("Die USA wollen der Ukraine helfen."))
    >>> read_factuality(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), 5, noun=False).factuality
    'intended'
    """
    first, last = sentence.clause_of(cue)
    first = _list_start(sentence, cue, first)
    found = [_clause_reading(sentence, cue, first, last, noun),
             _matrix_reading(sentence, first, last)]
    if noun:
        governing = _matrix_signal(sentence, first, last, "object")
        if governing is not None and found[0].factuality == "negated":
            found[0] = ASSERTED     # "schloss einen Angriff nicht aus": the negation is the verb's, read there
        own = _noun_reading(sentence, cue)
        if own != ASSERTED and found[0] != ASSERTED and _comment_clause(sentence, first, last):
            found[0] = ASSERTED     # "äußerte sich nicht zu möglichen Sanktionen": the comment's negation
        found += [own, governing or ASSERTED]
    else:
        found.append(_decided(sentence, cue, first, last))
    best = max(found, key=lambda r: STRENGTH[r.factuality])
    if best.factuality == "intended" and _conditional_near(sentence, first, last):
        # "die USA werden antworten, falls Russland einmarschiert": a plan under a condition
        best = Reading("possible", (CONSEQUENT,))
    elif best == ASSERTED and sentence.text.rstrip().endswith("?"):
        best = Reading("possible", (QUESTION,))
    elif best.factuality == "intended" and _yes_no_question(sentence):
        best = Reading("possible", (QUESTION_PLAN,))
    for name in best.rules:
        fired(name)
    return best


PARTICIPLE_LIST = declare("factuality-participle-list", STAGE, "participles listed after a comma before one "
                          "auxiliary share the clause of the first, with its negation or modal: „Die Gäste dürfen nicht "
                          "durchsucht, verhört oder festgenommen werden“ negates each of the three")


def _list_start(sentence: Sentence, cue: int, first: int) -> int:
    """The first word of the clause whose list of participles the participle `cue` continues („nicht festgenommen,
    verhört oder verhaftet werden“), else `first`: the clauses back to it hold only participles joined by commas,
    „und“ or „oder“, each clause before ends in a participle, and the list ends in its auxiliary
    (`_shared_auxiliary`)."""
    words = sentence.words
    _, last = sentence.clause_of(cue)
    if not _shared_auxiliary(words[cue + 1:last]) or not _listed(words[first:cue + 1]):
        return first
    start = first
    while start > 0 and is_participle(words[start - 1], strong=True):
        before = sentence.clause_of(start - 1)[0]
        if not _listed(words[before:start]):
            fired(PARTICIPLE_LIST)
            return before       # the clause that opens the list, with its negation or modal
        start = before
    return first


def _shared_auxiliary(tail: Sequence[Word]) -> bool:
    """The words after a listed participle end the list: auxiliaries only („werden“), or „und“/„oder“ and a last
    phrase ending in a participle before them („oder vor Gericht gestellt werden“)."""
    tail = [w for w in tail if w.text.isalpha()]
    rest = len(tail)
    while rest and tail[rest - 1].lower in german.AUXILIARIES:
        rest -= 1
    if rest == len(tail):
        return False
    return not rest or (tail[0].lower in german.LIST_CONJUNCTIONS and is_participle(tail[rest - 1], strong=True))


def _listed(words: Sequence[Word]) -> bool:
    """Participles and list separators only."""
    return all(is_participle(w, strong=True) or w.lower in german.LIST_SEPARATORS for w in words)


def _yes_no_question(sentence: Sentence) -> bool:
    """A question with a clause opening with its auxiliary or modal: „Wird Mazedonien …?“, „Könnte es sein, dass …?“."""
    if not sentence.text.rstrip().endswith("?"):
        return False
    table = signals().by_scope
    openers = (_opener(sentence, first, last) for first, last in sentence.clauses)
    return any(w is not None and (w.lower in german.AUXILIARIES or w.lower in table["aux"] or w.lower in table["clause"])
               for w in openers)


def talks_factuality(talks: Talks) -> Reading:
    """The CONSULT of talks: intended while they are planned, possible while only offered, asserted once held."""
    if talks.status != "planned":
        return ASSERTED
    return Reading("possible" if OFFERED in talks.rules else "intended", (PLANNED_TALKS,))


def _decided(sentence: Sentence, cue: int, first: int, last: int) -> Reading:
    """A verb cue that approves the act it stands for ("hat Waffenlieferungen abgesegnet"): the act is planned."""
    particle = clause_particle(sentence, first, last)
    keys = verb_keys(sentence.words[cue], particle[0] if particle and particle[1] != cue else None)
    table = signals().by_scope["decided"]
    value = next((table[k] for k in keys if k in table), None)
    return ASSERTED if value is None else Reading(value, (DECIDED,))


def _opener(sentence: Sentence, first: int, last: int) -> Word | None:
    """The first word of a clause after punctuation, quotes and coordinators."""
    for i in range(first, last):
        if sentence.words[i].lower not in SKIPPED_OPENERS:
            return sentence.words[i]
    return None


def _clause_reading(sentence: Sentence, cue: int, first: int, last: int, noun: bool = False) -> Reading:
    """Signals inside the cue's own clause: opener, negation, modal, auxiliary."""
    table = signals().by_scope
    words = sentence.words
    found = [ASSERTED]
    particle = clause_particle(sentence, first, last)
    skip = {cue, particle[1]} if particle else {cue}       # "erklärte sich bereit": the cue's own word
    opener = _opener(sentence, first, last)
    if opener is not None and opener.lower in table["opener"] and \
            (opener.lower not in german.PURPOSE_CONJUNCTIONS or _zu_infinitive(sentence, first, last)):
        found.append(Reading(table["opener"][opener.lower], (OPENER,)))
        skip.add(words.index(opener, first, last))      # "Sollten …" opens; it is no auxiliary here
    for i in range(first, last):
        low = words[i].lower
        if i in skip:
            continue
        value = "negated" if low in NEGATIONS else table["clause"].get(low)
        if value == "negated" and (_idiom(sentence, i) or _predicative_negation(sentence, i)
                                   or (noun and _negates_other_noun(sentence.words, i, cue))):
            continue
        if value is None and low in table["aux"] and _aux_governs(sentence, i, first, last):
            value = table["aux"][low]
        if value is not None:
            found.append(Reading(value, (KINDS[value],)))
    return max(found, key=lambda r: STRENGTH[r.factuality])


def intends(sentence: Sentence, first: int, last: int) -> bool:
    """The clause says its actor's own intention („will“, „plant“, „bereit“), not just a future auxiliary.

    >>> from kg.extract.clauses import Sentence, clause_ranges, words_of
    >>> ws = tuple(words_of("Die EU will Polen die Mittel kürzen."))
    >>> intends(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), 0, len(ws))
    True
    """
    table = signals().by_scope["clause"]
    return any(table.get(w.lower) == "intended" for w in sentence.words[first:last])


def announces(sentence: Sentence, cue: int, first: int, last: int) -> bool:
    """The clause says an act to come: an intention word („will“) or a future or modal auxiliary governing an
    infinitive („werde … zustimmen“), what is left of its reading once its negation is read into the cue."""
    aux = signals().by_scope["aux"]
    return intends(sentence, first, last) or any(
        sentence.words[i].lower in aux and _aux_governs(sentence, i, first, last) for i in range(first, last) if i != cue)


OTHER_NOUN_NEGATED = declare("factuality-negation-other-noun", STAGE, "a negative article that determines another "
                             "noun does not deny a noun cue its phrase names with a definite article, which presupposes "
                             "the act: „Die Nordpartei sieht keinen Grund mehr für die Zusammenarbeit mit der Südpartei“ "
                             "(the cooperation is asserted); „keinen Anlass für eine Zusammenarbeit“ and „keine "
                             "Zusammenarbeit“ still deny it")


def _negates_other_noun(words: Sequence[Word], negation: int, cue: int) -> bool:
    """The negative article at `negation` determines a noun before the noun cue `cue`, not listed with it, and the
    cue's own phrase opens with a definite article or a contraction (`factuality-negation-other-noun`)."""
    if not negation < cue or words[negation].lower not in german.NEGATIVE_ARTICLES:
        return False
    between = words[negation + 1:cue]
    if not any(w.capitalized for w in between) or any(w.lower in german.LIST_SEPARATORS for w in between):
        return False
    article = next((w for w in reversed(between)
                    if not (w.text.isalpha() and w.text.islower() and w.lower not in DETERMINERS
                            and w.lower not in german.CONTRACTIONS)), None)
    if article is None or article.lower not in german.DEFINITE_ARTICLES | german.CONTRACTIONS:
        return False
    fired(OTHER_NOUN_NEGATED)
    return True


COMMENT_NEGATED = declare("factuality-comment-clause", STAGE, "the negation or modal of a verb of commenting "
                          "(„äußern“, „kommentieren“) is the comment's: a noun cue of its object whose own phrase says "
                          "its reading keeps it: „Die EU äußerte sich nicht zu möglichen Sanktionen gegen Nordland“ "
                          "(possible, not denied); „Die EU verhängte keine möglichen Sanktionen“ is no comment")


def _comment_clause(sentence: Sentence, first: int, last: int) -> bool:
    """The clause's verb is one of commenting (scope "comment"), whose negation and modals are its own."""
    comment = signals().by_scope["comment"]
    if not any(w.lemma in comment for w in sentence.words[first:last]):
        return False
    fired(COMMENT_NEGATED)
    return True


PREDICATIVE_NEGATION = declare("factuality-predicative-negation", STAGE, "a negation right after „als“ belongs to "
                               "the predicate the act gives its object, not to the act: „Die Ministerin kritisierte "
                               "den Plan als nicht durchdacht“ and „bezeichnete die Wahl als keine freie“ are asserted")


def _predicative_negation(sentence: Sentence, i: int) -> bool:
    """The negation word at `i` follows „als“ (`factuality-predicative-negation`)."""
    if i == 0 or sentence.words[i - 1].lower not in german.AS_WORDS:
        return False
    fired(PREDICATIVE_NEGATION)
    return True


def _idiom(sentence: Sentence, i: int) -> bool:
    """A negation word that negates nothing: "nicht nur …, sondern auch"."""
    words = sentence.words
    return i + 1 < len(words) and (words[i].lower, words[i + 1].lower) in signals().exceptions


def _infinitive(word: Word) -> bool:
    """An infinitive, also with "zu" inside ("anzugreifen")."""
    return word.verbish and (word.lower == word.lemma or _zu_infix(word))


def _zu_infix(word: Word) -> bool:
    """ "anzugreifen" is "angreifen" with "zu" after its particle."""
    low, lemma = word.lower, word.lemma
    zu = german.INFINITIVE_PARTICLE
    at = low.find(zu, 1)
    return at > 0 and low != lemma and low[:at] + low[at + len(zu):] == lemma


def _zu_infinitive(sentence: Sentence, first: int, last: int) -> bool:
    """The clause holds a zu-infinitive ("… zu kooperieren", "… anzugreifen")."""
    words = sentence.words
    return any(_zu_infix(words[i]) or (words[i].lower == german.INFINITIVE_PARTICLE and i + 1 < last and _infinitive(words[i + 1]))
               for i in range(first, last))


def infinitive_follows(sentence: Sentence, first: int, last: int) -> bool:
    """The clause after [first, last) holds a zu-infinitive: what the verb of [first, last) governs („bot an, … zu vermitteln“)."""
    after = next((c for c in sentence.clauses if c[0] == last), None)
    return after is not None and _zu_infinitive(sentence, *after)


def _aux_governs(sentence: Sentence, aux: int, first: int, last: int) -> bool:
    """A future or modal auxiliary with an infinitive of its own, not hearsay ("soll … getötet haben")."""
    words = sentence.words
    infinitives = [i for i in range(first, last) if i != aux and _infinitive(words[i])]
    if not infinitives:
        return False
    if words[aux].lower.startswith(german.SHALL_STEM) \
            and any(words[i].lower in PERFECT_INFINITIVES for i in infinitives):
        return False
    return True


def _complement(sentence: Sentence, first: int, last: int) -> bool:
    """A dass-clause or a zu-infinitive clause: what a verb before it governs."""
    opener = _opener(sentence, first, last)
    return (opener is not None and opener.lower in COMPLEMENTIZERS) or _zu_infinitive(sentence, first, last)


def _matrix_reading(sentence: Sentence, first: int, last: int, scope: str = "matrix") -> Reading:
    """The verb governing the cue's dass- or zu-infinitive clause: "fürchten, dass …", "kündigte an, … zu".

    Looks back over coordinated complements ("…, dem Wunsch zu folgen und sich … zu beteiligen") to the
    first clause that is no complement; a clause with no signal there ("warf Y vor, … zu haben") asserts.
    """
    if not _complement(sentence, first, last):
        return ASSERTED
    clauses = [c for c in sentence.clauses if c[1] <= first]
    for k, (a, b) in enumerate(reversed(clauses)):
        if k >= 3:
            break
        reading = _matrix_signal(sentence, a, b, scope)
        if reading is not None:
            return reading
        if not _complement(sentence, a, b):
            break
    return ASSERTED


def _matrix_signal(sentence: Sentence, first: int, last: int, scope: str) -> Reading | None:
    """A matrix verb of the clause, turned by a negation in it ("nicht ausgeschlossen": possible)."""
    table = signals().by_scope[scope]
    words = sentence.words
    particle = clause_particle(sentence, first, last)
    for i in range(first, last):
        keys = [words[i].lower] if words[i].capitalized else \
            verb_keys(words[i], particle[0] if particle and particle[1] != i else None)
        value = next((table[k] for k in keys if k in table), None)
        if value is None:
            continue
        if scope == "object" and _attributive(words, i):
            fired(OBJECT_ATTRIBUTIVE)
            continue
        negated = _clause_reading(sentence, i, first, last).factuality == "negated"
        if negated and value == "negated":
            return Reading("possible", (MATRIX_NEGATED,))       # "nicht ausgeschlossen, dass …"
        if negated and value == "intended":
            return Reading("negated", (MATRIX_NEGATED,))        # "plant nicht, … zu"
        return Reading(value, (OBJECT if scope == "object" else MATRIX,))
    return None


OBJECT_ATTRIBUTIVE = declare("factuality-object-attributive", STAGE, "a participle used as an adjective governs no "
                             "noun cue of its clause: „Die Grünen übten Kritik an der von der ÖVP geplanten Reform“ is "
                             "asserted criticism (a participle right before the cue is read as its phrase: „der geplante "
                             "Abzug“)")


_AGENT_REACH = 4        # words from an attributive participle back to its „von“: „der vom Partner SPÖ geplanten“


def _attributive(words: Sequence[Word], i: int) -> bool:
    """Word `i` is a lower-case participle with an adjective ending before a capitalised noun, after an article or
    adjective („die geplanten Reformen“) or after its „von“ agent that follows an article („der von der ÖVP
    geplanten Reform“); not a finite verb in -te („Die EU kündigte Sanktionen an“)."""
    if not (0 < i and participle_before_noun(words, i) and words[i].lower != words[i].lemma):
        return False
    if after_determiner_or_adjective(words, i):
        return True
    return any(words[k].lower in german.FROM_PREPOSITIONS and words[k - 1].lower in DETERMINERS
               for k in range(max(1, i - _AGENT_REACH), i))


def _noun_reading(sentence: Sentence, cue: int) -> Reading:
    """A phrase right before a noun cue: "für den Fall eines feindlichen Überfalls", "die drohende Invasion"."""
    words = sentence.words
    j = cue - 1
    while j >= 0 and cue - j <= NOUN_WINDOW:
        for signal, value in _noun_signals_ending(words[j].lower):
            if _phrase_ends_at(words, j, signal):
                return Reading(value, (NOUN,))
        w = words[j]
        # a hyphenated adjective is one modifier too: „die drohende russisch-belarussische Invasion“
        if not (w.lower in DETERMINERS or (w.text.replace("-", "").isalpha() and w.text.islower() and not w.verbish)):
            break
        j -= 1
    return ASSERTED


def _noun_signals_ending(low: str) -> list[tuple[str, str]]:
    """The noun signals (phrase, reading), in the table's order, whose last word the word `low` may be: a noun
    cue asks at each word before it, and testing every phrase there was most of this stage's time.

    >>> _noun_signals_ending("drohende"), _noun_signals_ending("haus")
    ([('drohend*', 'possible')], [])
    """
    exact, prefixes = _noun_signal_index()
    found = exact.get(low, []) + [entry for prefix, entry in prefixes if low.startswith(prefix)]
    return [(signal, value) for _, signal, value in sorted(found)]


_IndexedSignal = tuple[int, str, str]       # (place in the table, phrase, reading)


@lru_cache(maxsize=1)
def _noun_signal_index() -> tuple[dict[str, list[_IndexedSignal]], tuple[tuple[str, _IndexedSignal], ...]]:
    """The noun signals by their last word: whole words, and word starts (a trailing „*“)."""
    exact: dict[str, list[_IndexedSignal]] = defaultdict(list)
    prefixes = []
    for k, (signal, value) in enumerate(signals().by_scope["noun"].items()):
        last = signal.split(" ")[-1]
        if last.endswith("*"):
            prefixes.append((last[:-1], (k, signal, value)))
        else:
            exact[last].append((k, signal, value))
    return dict(exact), tuple(prefixes)


def _phrase_ends_at(words: tuple[Word, ...], j: int, phrase: str) -> bool:
    """The words of `phrase` stand at words[…j]; a trailing * matches a word's start."""
    parts = phrase.split(" ")
    if j + 1 < len(parts):
        return False
    for part, word in zip(parts, words[j + 1 - len(parts):j + 1]):
        if part.endswith("*"):
            if not word.lower.startswith(part[:-1]):
                return False
        elif word.lower != part:
            return False
    return True


def _conditional_near(sentence: Sentence, first: int, last: int) -> bool:
    """A conditional clause right before or after the cue's clause ("Sollten …, werde dies …")."""
    table = signals().by_scope["opener"]
    clauses = list(sentence.clauses)
    if (first, last) not in clauses:
        return False
    k = clauses.index((first, last))
    for a, b in clauses[max(0, k - 1):k] + clauses[k + 1:k + 2]:
        opener = _opener(sentence, a, b)
        if opener is not None and table.get(opener.lower) == "possible" and opener.lower not in german.INTERROGATIVE_COMPLEMENTIZERS:
            return True
    return False


def offered(sentence: Sentence, cue: int) -> bool:
    """Talks someone offers or proposes ("bot an, Gespräche … auszurichten"): not held, at most planned.

    >>> from kg.extract.clauses import Sentence, clause_ranges, words_of
    >>> ws = tuple(words_of("Die Türkei bot an, Gespräche in Ankara auszurichten."))
    >>> offered(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), 5)
    True
    """
    first, last = sentence.clause_of(cue)
    return _matrix_reading(sentence, first, last, "offer") != ASSERTED


def refuses_offer(sentence: Sentence, refusals: frozenset[str]) -> bool:
    """A sentence refusing an offer ("Netanjahu lehnte das Angebot ab"); `refusals` are verb lemmas.

    >>> from kg.extract.clauses import Sentence, clause_ranges, words_of
    >>> ws = tuple(words_of("Netanjahu lehnte das Angebot ab."))
    >>> refuses_offer(Sentence(0, 0, 0, "", ws, (), (), tuple(clause_ranges(ws))), frozenset({"ablehnen"}))
    True
    """
    nouns = offer_nouns()
    words = sentence.words
    for first, last in sentence.clauses:
        if clause_has_verb(sentence, first, last, refusals) \
                and any(w.capitalized and w.lower.endswith(nouns) for w in words[first:last]):
            return True
    return False

"""Whether talks are planned or held (the sentence's tense cue words, a present tense with a weekday),
the date of a held talk's occasion told a sentence before, and offers of talks refused.

>>> from kg.extract.clauses import make_word
>>> [_present_form(make_word(form, "treffen", 0, 0)) for form in ("trifft", "traf")]
[True, False]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import Sentence, Word, clause_has_verb, lemma_of
from kg.extract.dates import DateSpan, Tense, find_date
from kg.extract.prepositions import governing_prep, word_before_modifiers
from kg.facts import PartialDate
from kg.extract.eventdates import relative_day, tense_weights
from kg.extract.factuality import (CONSEQUENT, EPISTEMIC, INTENTION, MATRIX, OBJECT, OFFER_REFUSED, OPENER, intends,
                                  offer_verbs, read_factuality, refuses_offer)
from kg.extract.lexicon import SPEECH_VERBS, calendar_words
from kg.extract.rules import declare, fired
from kg.extract.subjects import zu_infinitive
from kg.extract.talk_phase import PHASE_UNDER_WAY, conclusion_to_come, phase_under_way
from kg.extract.talk_cues import INVITING, NOT_RULED_OUT, Cue, clause_verbs, cue_index, refusing_verbs, ruled_out
from kg.german import PASSIVE_AUXILIARIES


def read_status(sentence: Sentence) -> tuple[str, Tense]:
    """"planned" or "held" from the tense cue words of the sentence (`eventdates.tense_weights`), else
    from a present tense with a weekday (`_present_day`)."""
    words = _tense_words(sentence)
    planned, held = tense_weights(words)
    if planned > held and _present_passive_since(sentence, words):
        fired(PRESENT_PASSIVE_SINCE)
        return "held", "past"
    if planned > held and _hearsay_past(words):
        fired(HEARSAY_PAST)
        return "held", "past"
    if planned > held:
        return "planned", "future"
    ordered = held > 0 and held == _sequence_weight(words)
    if planned == 0 and (held == 0 or ordered) and _present_day(sentence, calendar_words()["weekday"]):
        if ordered:
            fired(PRESENT_SEQUENCE)
        return "planned", "future"
    return "held", "past"


HEARSAY_PAST = declare("talks-hearsay-past", "talks status", "„soll“/„sollen“ with a perfect infinitive (a "
                       "participle, then „haben“ or „sein“, closing the sentence) reports talks held, by hearsay, not "
                       "planned ones, where no other word of a future stands in the sentence: „Ortiz und Lund sollen sich "
                       "am Rande des Gipfels kurz unterhalten haben“; not „Ortiz und Lund sollen sich im Mai treffen“")


def _hearsay_past(words: list[str]) -> bool:
    """A hearsay modal and a perfect infinitive right before the sentence's end, and no planned word but the modal."""
    core = [w for w in words if w.isalpha()]
    if len(core) < 2 or core[-1] not in german.PERFECT_INFINITIVES or german.HEARSAY_MODALS.isdisjoint(core):
        return False
    return tense_weights([w for w in core if w not in german.HEARSAY_MODALS])[0] == 0


PRESENT_PASSIVE_SINCE = declare("talks-present-passive-since", "talks status", "a talks verb's present passive "
                                "(„wird … verhandelt“) with „seit“ tells talks going on since then, no future: „Seit "
                                "Dienstag wird in Quito zwischen Chile und Peru verhandelt“, „Verhandelt wird seit einer "
                                "Woche“; not without „seit“ („Am Dienstag wird in Quito verhandelt“: still to come)")
# the forms of „werden“ that make a present passive with a participle: „wird verhandelt“, „werden beraten“
PRESENT_PASSIVE_AUXILIARIES = german.PASSIVE_AUXILIARIES - german.PAST_PASSIVE_AUXILIARIES


def _present_passive_since(sentence: Sentence, words: list[str]) -> bool:
    """A clause of the sentence holds a talks verb's past participle, a present passive auxiliary and „seit“, and the
    sentence's words of tense without that auxiliary weigh no more for planned than for held talks."""
    if german.DURATION_OPENERS.isdisjoint(words) or PRESENT_PASSIVE_AUXILIARIES.isdisjoint(words):
        return False
    verbs, found = cue_index()[1], False
    for j, w in enumerate(sentence.words):
        if w.lower.endswith(german.PAST_PARTICIPLE_ENDINGS) and w.lower not in verbs \
                and (lemma_of(w.lower) if w.capitalized else w.lemma) in verbs:     # „Verhandelt wird …“ too
            first, last = sentence.clause_of(j)
            clause = {x.lower for x in sentence.words[first:last]}
            found = found or not (clause.isdisjoint(german.DURATION_OPENERS)
                                  or clause.isdisjoint(PRESENT_PASSIVE_AUXILIARIES))
    if not found:
        return False
    planned, held = tense_weights([w for w in words if w not in PRESENT_PASSIVE_AUXILIARIES])
    return planned <= held


PRESENT_SEQUENCE = declare("talks-present-sequence", "talks status", "„nach“ and „bereits“ (`dates_de.tsv` "
                           "sequence) only order an act before or after another: talks told in the present tense with a "
                           "weekday and no other word of tense are still to come: „Bereits am Montag kommen die "
                           "Außenminister Polens und Litauens in Riga zusammen“, „Nach dem Treffen mit Präsident Nowak am Montag "
                           "reist die Kanzlerin weiter nach Rom“; not in the past („Bereits am Montag trafen sich …“)")


SEQUENCE_NEXT = german.DETERMINERS | german.ON_DAY_PREPOSITIONS     # „nach dem Treffen“, „bereits am Montag“


def _sequence_weight(words: list[str]) -> int:
    """The weight as cues of held talks of the words among `words` that only order acts (`dates_de.tsv` sequence),
    each before a determiner or „am“ („nach dem Treffen“, „bereits am Montag“; not „suche nach Wegen“)."""
    sequence = calendar_words().get("sequence", {})
    return tense_weights([w for w, after in zip(words, words[1:]) if w in sequence and after in SEQUENCE_NEXT])[1]


CLAUSE_NOT_HELD = declare("talks-clause-not-held", "talks status", "talks whose cue's own clause reads them as "
                          "intended or possible (readiness, a modal, a condition, a governing verb of planning: "
                          "`factuality_signals.tsv`) are planned, also in a sentence told in the past: „Nach einem "
                          "Gespräch mit Merkel erklärte sich Russland zu Friedensgesprächen mit der Ukraine bereit“ (the "
                          "Gespräch held, the Friedensgespräche planned), „Putin und Poroschenko könnten sich treffen“; "
                          "not a meeting after a preposition of attending, the occasion of the clause's act: „Nach einem "
                          "Gespräch mit Obama will Merkel …“")
PROSPECT = declare("talks-prospect", "talks status", "talks held out as a prospect („in Aussicht stellen“, "
                   "`dates_de.tsv` prospect) in the cue's clause are planned: „Kerry stellte Friedensgespräche zwischen "
                   "Israel und Palästina in Aussicht“")
PROPOSED = declare("talks-proposed-object", "talks status", "a talks noun that a verb of offering or proposing "
                   "(`factuality_signals.tsv`, offer) takes in its clause is planned: „Russland schlug Friedensgespräche "
                   "zwischen Syrien und der Türkei vor“")


INVITED_TO = declare("talks-invited-to-noun", "talks status", "a talks noun after „zu“ in a clause that invites "
                     "(„einladen“) is planned, whoever the noun's partners are: „Die USA luden Israel zu "
                     "Friedensgesprächen mit Palästina ein“")


ARRANGED = declare("talks-arranged-object", "talks status", "a talks noun that a verb of arranging "
                   "(`arranging_verbs.tsv`: „vereinbaren“, „verabreden“, „ansetzen“, „anberaumen“) takes as its object, "
                   "no preposition before it, is planned: „Putin und Erdogan vereinbarten ein weiteres Treffen“; not "
                   "the meeting at which something was agreed: „Bei dem Treffen vereinbarten sie eine Waffenruhe“")
ARRANGING = resources.listed_words("arranging_verbs.tsv")
PENDING = declare("talks-pending-subject", "talks status", "a talks noun, no preposition before it, in the clause of "
                  "a verb saying it is still to come (`pending_verbs.tsv`: „anstehen“) is planned, "
                  "also in the past: „Am Abend stand noch das Treffen mit der Gewerkschaft an“")
PENDING_VERBS = resources.listed_words("pending_verbs.tsv")
PURPOSE_BROUGHT = declare("talks-purpose-brought-about", "talks status", "a talks noun, no preposition before it, in "
                          "a purpose clause („um … zu“) whose verb brings talks about (`bringing_verbs.tsv`: "
                          "„vorbereiten“, „wiederbeleben“, „aufnehmen“) is the purpose, still to come: „Kerry reiste nach "
                          "Kairo, um die Friedensgespräche zwischen Israel und Palästina wiederzubeleben“; not a purpose "
                          "that attends or ends talks („…, um die Gespräche zwischen Israel und Palästina zu leiten“)")
BRINGING = resources.listed_words("bringing_verbs.tsv")
# before a purpose clause's object: no preposition, or „um“ itself („um die Gespräche wiederzubeleben“)
PURPOSE_OR_NONE = frozenset({None, *german.PURPOSE_CONJUNCTIONS})


def _purpose_brought_about(sentence: Sentence, first: int, last: int) -> bool:
    """The clause `first`..`last` opens with „um“ (maybe after a comma) and holds a verb that brings talks about."""
    opener = sentence.words[first:first + 2]
    return any(w.lower in german.PURPOSE_CONJUNCTIONS for w in opener) and clause_has_verb(sentence, first, last, BRINGING)


SOUGHT = declare("talks-sought", "talks status", "a talks noun after the preposition of a verb or noun that seeks, "
                 "advocates or prepares it (`seeking_words.tsv`: „hoffen auf“, „werben für“, „sich bemühen um“, "
                 "„Vorbereitungen für“) is planned: „Kerry hofft auf ein Treffen mit Lawrow“, „Merkel warb für "
                 "Gespräche zwischen Kiew und Moskau“")


@lru_cache(maxsize=1)
def _seeking() -> dict[str, frozenset[str]]:
    """preposition → the verbs and nouns of `seeking_words.tsv` that take it."""
    found: dict[str, set[str]] = {}
    for word, prep in resources.commented_rows("seeking_words.tsv"):
        found.setdefault(prep, set()).add(word)
    return {prep: frozenset(words) for prep, words in found.items()}


def _sought(sentence: Sentence, i: int, first: int, last: int) -> bool:
    """The talks noun at `i` follows a preposition (articles and adjectives between) that a seeking noun right
    before it or a seeking verb of the clause takes."""
    words, seeking = sentence.words, _seeking()
    prep = governing_prep(words, i)
    if prep not in seeking:
        return False
    at = next((j for j in range(i - 1, max(first, i - 5) - 1, -1) if words[j].lower == prep), None)
    if at is None:
        return False
    if at > first and words[at - 1].capitalized and words[at - 1].lower in seeking[prep]:
        return True         # "die Hoffnung auf ein Treffen", "Vorbereitungen für Gespräche"
    return clause_has_verb(sentence, first, last, seeking[prep])


# the factuality rules that make a cue's talks still to come (a purpose „um … zu“ opener does not)
NOT_YET = frozenset({EPISTEMIC, INTENTION, MATRIX, OBJECT, OPENER, CONSEQUENT})
# prepositions before a meeting noun that make it the occasion of the clause's act, not what its modal governs
OCCASION = german.ATTENDANCE_PREPOSITIONS - german.TO_PREPOSITIONS


DEMANDED_DURING = declare("talks-demanded-during", "talks status", "a talks noun after „in“ or „bei“ (the talks "
                          "during which something is to be done) in a clause whose verb is a modal of obligation in the "
                          "present or in reported speech („muss“, „müssen“, „müsse“, „müssten“) is demanded, still to "
                          "come: „Die Regierung müsse sich in Gesprächen mit Peking für den Klimaschutz einsetzen“; not "
                          "talks after „nach“ („Merkel müsse nach dem Treffen mit Putin handeln“), not the past "
                          "„musste“ („Merkel musste beim Treffen mit Putin nachgeben“)")
# the talks during which a demanded act is to happen: "in Gesprächen mit Peking", "beim Treffen mit Putin"
DURING_PREPOSITIONS = german.IN_PREPOSITIONS | german.OCCASION_PREPOSITIONS
# the present and reported-speech forms of „müssen“ that demand an act
OBLIGATION_MODALS = german.DEMAND_MODALS | german.QUOTED_DEMAND_MODALS


def _demanded_during(sentence: Sentence, i: int) -> bool:
    """The talks noun at `i` follows „in“ or „bei“ (articles and adjectives between) in a clause with a present or
    reported-speech modal of obligation, or after such a modal, no other verb and no subordinator between („müsse
    sich regional, auf Bundesebene und in Gesprächen …“: the list's comma opens no clause of its own).

    Example: „Die Regierung müsse sich in Gesprächen mit Peking für den Klimaschutz einsetzen“.
    """
    words = sentence.words
    if governing_prep(words, i) not in DURING_PREPOSITIONS:
        return False
    first, last = sentence.clause_of(i)
    if any(w.lower in OBLIGATION_MODALS for w in words[first:last]):
        return True
    for j in range(first - 1, -1, -1):      # "müsse sich regional, auf Bundesebene und in Gesprächen …": a list's comma
        if words[j].lower in OBLIGATION_MODALS:
            return True
        if words[j].verbish or words[j].lower in german.SUBORDINATORS:
            return False
    return False


def _planned_object(sentence: Sentence, i: int, first: int, last: int) -> str | None:
    """The rule that reads the talks noun at `i` as the object of a verb that arranges it, or that brings it about in
    a purpose clause: still to come."""
    prep = governing_prep(sentence.words, i)
    if prep is None and clause_verbs(sentence, i, ARRANGING):
        fired(ARRANGED)
        return ARRANGED     # "Putin und Erdogan vereinbarten ein weiteres Treffen"
    if prep is None and clause_verbs(sentence, i, PENDING_VERBS):
        fired(PENDING)
        return PENDING      # "Am Abend stand noch das Treffen mit der Gewerkschaft an"
    if prep in PURPOSE_OR_NONE and _purpose_brought_about(sentence, first, last):
        fired(PURPOSE_BROUGHT)
        return PURPOSE_BROUGHT  # "Kerry reiste nach Kairo, um die Friedensgespräche wiederzubeleben"
    return None


def cue_not_held(sentence: Sentence, cue: Cue) -> str | None:
    """The rule that reads the talks of `cue` as still to come by the cue's own clause, if one does."""
    i, words = cue.index, sentence.words
    noun = cue.entry.match == "suffix"
    if noun and _sought(sentence, i, *sentence.clause_of(i)):
        fired(SOUGHT)
        return SOUGHT       # "Kerry hofft auf ein Treffen mit Lawrow" („auf“ is no occasion here)
    if noun and _demanded_during(sentence, i):
        fired(DEMANDED_DURING)
        return DEMANDED_DURING  # "Die Regierung müsse sich in Gesprächen mit Peking dafür einsetzen"
    if noun and governing_prep(words, i) in OCCASION:
        return None         # "Nach einem Gespräch mit Obama will Merkel …": the meeting is the occasion
    if not noun and words[i].lower != words[i].lemma and not zu_infinitive(sentence, i):
        return None         # "… muss sich registrieren. Merkel und Orbán hatten gesprochen": a finite or past form
    if not noun and conclusion_to_come(sentence, i):
        return None         # "…, wenn Chile und Peru ihr Abkommen ausverhandeln": only the talks' end is to come
    first, last = sentence.clause_of(i)
    prospects = calendar_words()["prospect"]
    if any(words[j].lower in prospects and words[j - 1].lower in german.IN_PREPOSITIONS for j in range(first + 1, last)):
        fired(PROSPECT)
        return PROSPECT
    if noun and clause_has_verb(sentence, first, last, offer_verbs()):
        fired(PROPOSED)
        return PROPOSED     # "Russland schlug Friedensgespräche zwischen Syrien und der Türkei vor"
    if noun and governing_prep(words, i) in german.TO_PREPOSITIONS and clause_verbs(sentence, i, INVITING):
        fired(INVITED_TO)
        return INVITED_TO   # "Die USA luden Israel zu Friedensgesprächen mit Palästina ein"
    if noun and ruled_out(sentence, first, last, i):
        return NOT_RULED_OUT    # "Ein Treffen sei nicht ausgeschlossen" (ruled out, the talks are none: `negated`)
    planned_object = _planned_object(sentence, i, first, last) if noun else None
    if planned_object:
        return planned_object   # "Putin und Erdogan vereinbarten ein weiteres Treffen", "…, um Gespräche vorzubereiten"
    # "ist zu Friedensgesprächen bereit": readiness in the clause („bereit“ may close it like a verb's particle)
    if not intends(sentence, first, last):
        reading = read_factuality(sentence, i, noun=noun)
        if reading.factuality not in ("intended", "possible") or NOT_YET.isdisjoint(reading.rules) or \
                (OPENER in reading.rules and any(w.lower in german.PURPOSE_CONJUNCTIONS for w in words[first:first + 2])):
            return None
    fired(CLAUSE_NOT_HELD)
    return CLAUSE_NOT_HELD


NACH_DIRECTION = declare("talks-nach-direction", "talks status", "„nach“ before a place or state names where a "
                         "journey goes, not that talks are over (as „nach dem Treffen“ does): „Merkel reist am Montag "
                         "nach Frankreich“ is still to come")


def _tense_words(sentence: Sentence) -> list[str]:
    """The lower-case words that may cue a tense: all but a "nach" right before a named place or actor.

    Example: in „Merkel reist am Montag nach Frankreich“ the direction „nach“ is no cue of talks held.
    """
    words = [w.lower for w in sentence.words]
    if german.TOWARDS_PREPOSITIONS.isdisjoint(words):
        return words
    named = {a.first for a in sentence.actors} | {i for _, i in sentence.places}
    cues = [w for i, w in enumerate(words) if w not in german.TOWARDS_PREPOSITIONS or i + 1 not in named
            or _genitive_before_noun(sentence, i + 1)]
    if len(cues) < len(words):
        fired(NACH_DIRECTION)
    return cues


def _genitive_before_noun(sentence: Sentence, i: int) -> bool:
    """A name in "-s" before a capitalised word: a genitive owner ("nach Merkels Treffen"), no destination."""
    words = sentence.words
    return words[i].lower.endswith("s") and i + 1 < len(words) and words[i + 1].capitalized


PRESENT_DAY = declare("talks-present-day", "talks status", "talks told in the present tense with a weekday and no "
                      "word of tense are still to come: „Merkel trifft am Montag in Paris Präsident Macron“")
PAST_ENDINGS = german.WEAK_PAST_ENDINGS          # "telefonierte", "verhandelten": the preterite


PRESENT_WEEKEND = declare("talks-present-weekend", "talks status", "a day noun after „am“ (`dates_de.tsv` day-noun: "
                          "„am Wochenende“) reads like a weekday: talks told in the present tense with it and no word of "
                          "tense are still to come: „Am Wochenende treffen sich die Außenminister Frankreichs und "
                          "Russlands in Wien“; not in the past („Am Wochenende trafen sich …“), not after „seit“ (a word "
                          "of tense: „Seit dem Wochenende verhandeln …“)")


def _present_day(sentence: Sentence, weekdays: dict[str, int]) -> bool:
    """A weekday (or a day noun after „am“) and a finite verb in the present ("trifft", "verhandeln"), no auxiliary
    of a past tense."""
    words = sentence.words
    weekday = any(w.lower in weekdays for w in words)
    if not weekday and not _day_noun(words):
        return False
    verbs = [w for w in words if w.verbish]
    if not verbs or any(w.lower in PASSIVE_AUXILIARIES or w.lower in german.HAVE_BE for w in words):
        return False        # "ist … zusammengekommen", "wurde … empfangen": a past tense
    present = _present_form(verbs[0])
    if present:
        fired(PRESENT_DAY if weekday else PRESENT_WEEKEND)
    return present


def _day_noun(words: tuple[Word, ...]) -> bool:
    """A day noun of `dates_de.tsv` right after „am“: „am Wochenende“."""
    nouns = calendar_words().get("day-noun", {})
    return any(w.lower in nouns and words[j - 1].lower in german.ON_DAY_PREPOSITIONS for j, w in enumerate(words) if j)


# the vowels a present stem changes to („trifft“, „empfängt“, „spricht“) and a preterite's („erhielt“) not
_VOWELS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "i": "e"})


def _present_form(verb: Word) -> bool:
    """The third person present: the infinitive ("treffen"), or the stem (its vowel raised) and "-t"/"-et"
    ("trifft", "empfängt", "findet", "erhält"), not a preterite in "-t" ("erhielt", "beriet", "trat")."""
    low, lemma = verb.lower, verb.lemma
    if low == lemma:
        return True
    stem = next((lemma[:-len(e)] for e in german.INFINITIVE_ENDINGS if lemma.endswith(e)), lemma)
    if low == stem + german.LINKING_E_PRESENT and _present_et(stem):
        return True
    if not low.endswith(german.PRESENT_THIRD_ENDING) or low.endswith(PAST_ENDINGS):
        return False
    stems = {_plain_vowels(s) for s in (stem, lemma[:-1])}      # "verhandel-t"
    return any(_plain_vowels(form) in stems for form in (low, low[:-1], low[:-2]))


PRESENT_ET = declare("talks-present-et", "talks status", "a verb whose stem ends in „t“ or „d“ takes „-et“ in the "
                     "present („richtet“, „findet“), no preterite: „Frankreich richtet am Montag eine Konferenz aus“ is "
                     "still to come")


def _present_et(stem: str) -> bool:
    """A stem ending in "t" or "d" ("richt", "find"): its present third person is stem + "et"."""
    if not stem.endswith(german.DENTAL_STEM_ENDINGS):
        return False
    fired(PRESENT_ET)
    return True


def _plain_vowels(form: str) -> str:
    return form.replace(german.LONG_I, german.MASCULINE_NOUN_E).translate(_VOWELS)


SCHEDULED_FOR = declare("talks-date-scheduled-for", "talks date", "a date after „für“ is the day talks are set for, "
                        "the next such day also in a sentence told in the past: „Putin und Erdogan haben für Montag ein "
                        "Treffen vereinbart“ (the Monday after the article's date)")
RELATIVE_DAY = declare("talks-date-relative-day", "talks date", "a sentence with no date but a relative day "
                       "(„gestern“, „heute“, „morgen“, `dates_de.tsv` relative) dates its talks from the article's "
                       "date: „Merkel telefonierte gestern mit Putin“")
# "für Montag", "für den 5. April": the day something is set for
_FOR_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(german.FOR_PREPOSITIONS))})\s+"
                         rf"(?:(?:{'|'.join(sorted(german.DEFINITE_ARTICLES))})\s+)?$", re.IGNORECASE)


def talks_date(text: str, ref: date | None, tense: Tense) -> DateSpan | None:
    """The date of a sentence's talks: its first date expression (`find_date`), a date after „für“ read as
    still to come, else a relative day counted from `ref`.

    >>> talks_date("Sie haben für Montag ein Treffen vereinbart.", date(2016, 3, 2), "past").start.iso()
    '2016-03-07'
    >>> talks_date("Merkel telefonierte gestern mit Putin.", date(2016, 3, 2), "past").start.iso()
    '2016-03-01'
    """
    span = find_date(text, ref, tense)
    if span is not None:
        if tense != "future" and _FOR_BEFORE.search(text[max(0, span.offset - 12):span.offset]):
            fired(SCHEDULED_FOR)
            return find_date(text, ref, "future")
        return span
    relative = relative_day(text, ref) if ref is not None else None
    if relative is None:
        return None
    fired(RELATIVE_DAY)
    day = relative[1]
    return DateSpan(PartialDate(day.month, day.day, day.year), None, relative[0])


@dataclass(frozen=True)
class When:
    """A sentence's tense reading and date, for the talks its cues open (`rule`: one that read the status for one
    cue alone)."""

    status: str
    tense: Tense
    span: DateSpan | None
    rule: str | None = None


ENDED = declare("talks-ended-noun", "talks status", "a talks noun right after a participle saying it took place, "
                "ended or failed („dem gescheiterten Gipfel“, „den vorangegangenen Gesprächen“, `dates_de.tsv` ended) "
                "was held, whatever the tense of its sentence: „Verwirklicht wird, was bereits vor dem gescheiterten "
                "EU-Japan-Gipfel vorgesehen war“")


def _may_turn_held(cue: Cue, when: When) -> bool:
    """Whether the readings of a noun's own words below may turn `when` held: the cue is a talks noun after the
    sentence's first word, and the sentence does not read it held already."""
    return when.status != "held" and cue.entry.match == "suffix" and cue.index > 0


def ended_when(sentence: Sentence, cue: Cue, when: When) -> When:
    """The sentence's reading `when`, held for a talks noun right after a participle of talks that took place."""
    if not _may_turn_held(cue, when) or sentence.words[cue.index - 1].lower not in calendar_words().get("ended", {}):
        return when
    fired(ENDED)
    return When("held", "past", when.span, ENDED)


REPORTING_CLAUSE = declare("talks-reporting-clause", "talks status", "a talks noun after „nach“, „bei“, „während“ "
                           "or „am Rande“ in the clause of a verb of saying (`speech_verbs.tsv`) was held where the "
                           "sentence's words of a future stand only in its other clauses, the speech it reports: „Man "
                           "werde weiter verhandeln, sagte Kanzlerin Vera Ortiz nach dem Treffen mit Präsident Jonas "
                           "Lund“; not „Sie werde nach dem Treffen mit Lund abreisen, sagte Ortiz“ (the noun in the "
                           "reported clause)")
AT_OR_AFTER = german.AT_MEETING_WORDS | german.AFTER_PREPOSITIONS


def reported_when(sentence: Sentence, cue: Cue, when: When) -> When:
    """The sentence's reading `when`, held for a talks noun at or after which the clause's verb of saying reports."""
    if not _may_turn_held(cue, when):
        return when
    words = sentence.words
    first, last = sentence.clause_of(cue.index)
    before = word_before_modifiers(words, cue.index, True, first)
    clause = [w.lower for w in words[first:last]]
    if words[before].lower not in AT_OR_AFTER or SPEECH_VERBS.isdisjoint(clause) or tense_weights(clause)[0] > 0:
        return when
    fired(REPORTING_CLAUSE)
    return When("held", "past", when.span, REPORTING_CLAUSE)


PAST_WANT_AT = declare("talks-past-want-at", "talks status", "a talks noun after „beim“, „bei“, „auf“ or „am Rande“ "
                       "in a sentence whose only word of a future is the past „wollte“/„wollten“ was held: the sentence "
                       "tells what someone wanted at those talks: „Beim EU-Gipfel in Brüssel wollte Malta mehr Geld "
                       "für den Küstenschutz erreichen“; not „Beim nächsten EU-Gipfel wollte Malta …“, nor a verb "
                       "(„wollte zu Gesprächen nach Rom reisen“)")


def past_want_when(sentence: Sentence, cue: Cue, when: When) -> When:
    """The sentence's reading `when`, held for a talks noun at which someone wanted something, in the past."""
    if not _may_turn_held(cue, when):
        return when
    words = sentence.words
    if words[word_before_modifiers(words, cue.index, True)].lower not in german.AT_MEETING_WORDS:
        return when
    lowered = _tense_words(sentence)
    if german.PAST_WANTING_MODALS.isdisjoint(lowered) \
            or tense_weights([w for w in lowered if w not in german.PAST_WANTING_MODALS])[0] > 0:
        return when
    fired(PAST_WANT_AT)
    return When("held", "past", when.span, PAST_WANT_AT)


def cue_when(sentence: Sentence, cue: Cue, when: When) -> When:
    """The sentence's reading `when` as the cue's own words change it: a noun after a participle of talks ended, a
    verb of talks going on now, a noun the clause of a verb of saying reports, a noun at which someone wanted."""
    when = phase_when(sentence, cue, ongoing_when(sentence, cue, ended_when(sentence, cue, when)))
    return past_want_when(sentence, cue, reported_when(sentence, cue, when))


ONGOING = declare("talks-ongoing-verb", "talks status", "a talks verb in a finite present form („verhandelt“, "
                  "„spricht“) with an adverb of its clause saying it goes on now (`dates_de.tsv` ongoing: „immer noch“, "
                  "„derzeit“) is held, whatever a modal of another verb in the sentence says: „Die Firma will das Werk "
                  "kaufen und verhandelt immer noch mit Frankreich“; not an infinitive a modal governs („Die Firma will "
                  "derzeit nicht mit Frankreich verhandeln“)")


def phase_when(sentence: Sentence, cue: Cue, when: When) -> When:
    """The sentence's reading `when`, held for a talks noun whose continuation, end or next phase is to come."""
    if when.status == "held" or cue.entry.match != "suffix" or not phase_under_way(sentence, cue.index):
        return when
    fired(PHASE_UNDER_WAY)
    return When("held", "past", when.span, PHASE_UNDER_WAY)


def ongoing_when(sentence: Sentence, cue: Cue, when: When) -> When:
    """The sentence's reading `when`, held for a finite present talks verb whose clause says it goes on now."""
    if when.status == "held" or cue.entry.match == "suffix" or not _ongoing_verb(sentence, cue.index):
        return when
    fired(ONGOING)
    return When("held", "past", when.span, ONGOING)


def _ongoing_verb(sentence: Sentence, i: int) -> bool:
    """The word at `i` is a finite present form, no infinitive, and its clause holds an adverb of going on now."""
    words = sentence.words
    if words[i].lower == words[i].lemma or zu_infinitive(sentence, i) or not _present_form(words[i]):
        return False
    ongoing = calendar_words().get("ongoing", {})
    first, last = sentence.clause_of(i)
    return any(words[j].lower in ongoing or (j + 1 < last and f"{words[j].lower} {words[j + 1].lower}" in ongoing)
               for j in range(first, last))


def refused_offer(sentences: list[Sentence], offered_in: int | None) -> bool:
    """Offered talks whose offer one of the next two sentences refuses ("lehnte das Angebot ab")."""
    if offered_in is None or not any(refuses_offer(s, refusing_verbs()) for s in sentences[offered_in + 1:offered_in + 3]):
        return False
    fired(OFFER_REFUSED)
    return True


def earlier_date(dated: list[Sentence], index: int, keys: tuple[str, ...], ref: date | None,
                  tense: Tense) -> DateSpan | None:
    """The date of the talks' occasion, written in a recent sentence about one of its participants.

    ("Kerry sagte am Sonntag bei einem Besuch in Kairo … In Kairo traf er mit Shukri zusammen.")
    """
    for sentence in reversed(dated):
        if sentence.index >= index:
            continue
        if index - sentence.index > 3:
            break
        if any(a.key in keys for a in sentence.actors):
            return find_date(sentence.text, ref, tense)
    return None

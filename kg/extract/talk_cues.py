"""Which words open talks: a noun by its lexicon ending, a verb with its particle (`kg/data/talks_lexicon.tsv`),
and the word tests around them (a negated or refused cue, a sports match, a visit or travel noun).

>>> from kg.extract.talk_cues import suffix_cue, cue_index
>>> suffix_cue("krisentreffen", cue_index()[0]).cue
'treffen'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg import german, resources
from kg.extract.clauses import Sentence, Word, clause_has_verb, clause_particle, lemma_of, make_word, verb_keys
from kg.extract.lexicon import TalksCue, construction_verbs, plover_cues, sport_noun, talks_cues, travels
from kg.extract.prepositions import governing_prep, word_before_modifiers
from kg.extract.rules import declare, fired
from kg.german import GENITIVE_ENDINGS, NEGATIONS
from kg.nlp.memo import Memo


# the talk verb that is a meeting, not a phone call, where a place is named („sprach in Paris mit X“)
SPOKEN_TALK_VERB = construction_verbs()["spoken-talk"]

# Verbs whose subject takes part in the talks a sentence refers to ("zu den Gesprächen lud X ein").
HOSTING = resources.load_word_list("hosting_verbs.tsv")     # lemmas, `kg/data/hosting_verbs.tsv`

CUE_NOUN = declare("talks-cue-noun", "talks cue", "a noun ending in a talks word opens talks: „Krisentreffen“, "
                   "„Telefonat“")
CUE_VERB = declare("talks-cue-verb", "talks cue", "a talks verb with its particle opens talks: "
                   "„telefonierte mit“, „traf sich mit“")
NEGATED = declare("talks-negated", "talks guard", "a negation or a refusing verb in the cue's clause leaves no "
                  "talks: „Putin lehnte Gespräche mit Biden ab“")


_UNREAD = object()      # no entry yet (None is an entry: no cue)


@dataclass(frozen=True)
class Cue:
    """A word that opens talks: its index in the sentence and its lexicon entry."""

    index: int                    # word index in the sentence
    entry: TalksCue


@lru_cache(maxsize=1)
def cue_index() -> tuple[dict[str, TalksCue], dict[str, TalksCue]]:
    """The lexicon's noun endings and its verbs, each → its entry."""
    suffixes = {c.cue: c for c in talks_cues() if c.match == "suffix"}
    verbs = {c.cue: c for c in talks_cues() if c.match == "verb"}
    return suffixes, verbs


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """Last three letters of every suffix cue: most nouns are ruled out with one set lookup."""
    return frozenset(cue[-3:] for cue in cue_index()[0])


def suffix_cue(low: str, suffixes: dict[str, TalksCue]) -> TalksCue | None:
    """The longest lexicon ending of a noun ("Krisentreffen" → "treffen")."""
    if low[-3:] not in _endings():
        return None
    for cut in range(len(low) - 2):
        entry = suffixes.get(low[cut:])
        if entry is not None:
            return entry
    return None


def without_medium_beside_verb(sentence: Sentence, found: list[Cue]) -> list[Cue]:
    """The cues of a sentence (`kg.extract.cue_scan.talk_cues`) but a medium beside another cue of its clause."""
    if any(MEDIUM in c.entry.requires for c in found):
        # "haben am Telefon über die Grenze gesprochen": the clause's talks verb is the cue, the telephone its medium
        found = [c for c in found if MEDIUM not in c.entry.requires or not any(
            o is not c and sentence.clause_of(o.index) == sentence.clause_of(c.index) for o in found)]
    return found


def cue_at(sentence: Sentence, i: int, particle: str | None, particle_at: int, entry: Any = _UNREAD) -> Cue | None:
    """The talks cue word i opens in its clause, whose separable particle is `particle` at `particle_at`; `entry`:
    the word's memo reading where the caller has it (a word not first in its sentence and not the particle)."""
    words = sentence.words
    word = words[i]
    noun = word.capitalized and (i > 0 or _initial_noun(words))
    particle_key = None if noun or i == particle_at else particle
    if entry is _UNREAD:
        key = (word.text, word.lemma, particle_key, noun)
        entry = WORD_CUES.get(key, _UNREAD)
        if entry is _UNREAD:        # read from the word at hand (`WORD_CUES`)
            entry = WORD_CUES.put(key, word_cue(word, particle_key, noun))
    if i == 0 and entry is None:
        entry = _initial_cue(word, noun, particle, particle_key)
    if entry is None or (not noun and _quantifier(words, i)):
        return None         # "bei einigen Händlern": the quantifier, not the verb „sich einigen“
    if MEDIUM not in entry.requires or _after_medium_preposition(words, i):
        return Cue(i, entry)
    return None


def _initial_cue(word: Word, noun: bool, particle: str | None, particle_key: str | None) -> TalksCue | None:
    """The cue of a sentence's first word that its first reading missed: a noun as a verb, a capitalised verb."""
    if noun:
        return WORD_CUES[(word.text, word.lemma, particle, False)]
    if word.capitalized:
        return _initial_verb(word, particle_key) or _initial_plain_noun(word)
    return None


INITIAL_VERB = declare("talks-initial-verb", "talks cue", "a talks verb opening the sentence, capitalised only by "
                       "its place (a participle or finite form the lemma table lists only in lower case), is the verb: "
                       "„Verhandelt wird zwischen Chile und Peru“, „Getroffen hatten sich die Außenminister Chiles und "
                       "Perus in Lima“; not a noun („Verhandlungen zwischen …“)")


def _initial_verb(word: Word, particle: str | None) -> TalksCue | None:
    """The verb cue of a sentence's capitalised first word read in lower case, where its lower-case form has a lemma of
    its own („Verhandelt“ → „verhandeln“)."""
    low = word.lower
    lemma = lemma_of(low)
    if lemma == low:
        return None
    entry = WORD_CUES[(low, lemma, particle, False)]
    if entry is not None:
        fired(INITIAL_VERB)
    return entry


INITIAL_PLAIN_NOUN = declare("talks-initial-plain-noun", "talks cue", "a talks noun opening a sentence that no verb "
                             "of the lexicon or verb form spells in lower case is a noun, whatever follows it: "
                             "„Verhandlungen über den Grenzverlauf führen Chile und Peru seit Jahren“; not „Treffen“, "
                             "also the verb („Treffen sich Chile und Peru, …“: `talks-initial-noun` asks what follows)")


def _initial_plain_noun(word: Word) -> TalksCue | None:
    """The noun cue of a sentence's first word whose lower-case form is no verb: neither a lexicon verb nor a form the
    lemma table leads to another word."""
    low = word.lower
    if low in cue_index()[1] or lemma_of(low) != low:
        return None
    entry = WORD_CUES[(word.text, word.lemma, None, True)]
    if entry is not None:
        fired(INITIAL_PLAIN_NOUN)
    return entry


MEDIUM = "medium"       # the talks lexicon's mark of a noun that is a cue only as a medium: „am Telefon“

QUANTIFIER = declare("talks-quantifier-form", "talks guard", "a verb cue's form that is also a quantifier („einigen“) "
                     "right before a noun, or before adjectives and a noun, is the quantifier, no verb: „Die USA "
                     "kooperieren mit Kanada in einigen Bereichen“, „bei einigen Händlern“ (but „Russland und die "
                     "Ukraine einigen sich“)")


def _quantifier(words: tuple[Word, ...], i: int) -> bool:
    """Word i is a quantifier form („einigen“) whose next word, over lower-case adjectives, is capitalised."""
    if words[i].lower not in german.QUANTIFIERS:
        return False
    k = i + 1
    while k < len(words) and words[k].text.islower() and words[k].lower.endswith(german.ADJECTIVE_ENDINGS) \
            and words[k].text.isalpha() and k - i <= 2:
        k += 1
    if k >= len(words) or not words[k].capitalized or not words[k].text.isalpha():
        return False
    fired(QUANTIFIER)
    return True


def _after_medium_preposition(words: tuple[Word, ...], i: int) -> bool:
    """ "am Telefon", "per Telefon": the word before is a preposition of a medium."""
    return i > 0 and words[i - 1].lower in german.MEDIUM_PREPOSITIONS


INITIAL_NOUN = declare("talks-initial-noun", "talks cue", "a talks noun opening a sentence or headline before a "
                       "genitive, a partner or a name is a noun: „Gespräche der USA mit Russland geplant“, "
                       "„Treffen EU, Ukraine, Russland möglich“")


def _initial_noun(words: tuple[Word, ...]) -> bool:
    """A capitalised first word is read as a noun where a genitive, "von", "mit"/"zwischen" or a name follows."""
    if len(words) < 2:
        return False
    if "-" in words[0].text[1:-1]:
        return True         # "Obama-Putin-Treffen in Peking": a hyphenated compound is no verb
    nxt = words[1]
    return nxt.lower in NOUN_FOLLOWERS or (nxt.capitalized and nxt.text.replace("-", "").isalpha())


NOUN_FOLLOWERS = german.GENITIVE_ARTICLES | german.FROM_PREPOSITIONS | german.PARTNER_PREPOSITIONS


# (text, lemma, particle, noun) → cue or None: a word's cue depends on nothing else (its flags follow from
# text and lemma, `make_word`), and words recur; a hit is one dict lookup, a miss computes it. The clause scan
# reads a miss from the sentence's own Word: making one again from the key was a third of a miss's cost
# (75,000 misses per real-corpus build, as each worker meets its words).
WORD_CUES: Memo[tuple[str, str, str | None, bool], TalksCue | None] = Memo(
    lambda key: word_cue(make_word(key[0], key[1], 0, 0), key[2], key[3]))


def word_cue(word: Word, particle: str | None, noun: bool) -> TalksCue | None:
    """The talks cue one word stands for: a noun by its ending, else a verb (with the clause's particle)."""
    if not word.text.replace("-", "").isalpha() and not (noun and _digit_compound(word.text)):
        return None
    suffixes, verbs = cue_index()
    if noun:
        entry = suffix_cue(word.lower, suffixes) or suffix_cue(word.lemma, suffixes) or genitive_cue(word, suffixes) \
            or plural_cue(word, suffixes)
        return entry if entry is not None and entry.kind != "none" else None
    for key in verb_keys(word, particle, exclusive=True):
        entry = verbs.get(key)
        if entry is not None:
            return entry
    return None


DIGIT_COMPOUND = declare("talks-cue-digit-compound", "talks cue", "a talks noun after a hyphen and a name with "
                        "digits opens talks as any compound does: „beim G20-Gipfel in Hamburg“, „am G7-Treffen“")


def _digit_compound(text: str) -> bool:
    """A hyphenated compound whose first parts hold digits and whose last part is a word: "G20-Gipfel".

    Example: "G7-Treffen" → True; "2:1-Sieg" and "G20" → False.
    """
    head, _, tail = text.rpartition("-")
    return bool(head) and tail.isalpha() and head.replace("-", "").isalnum() and not head.isdigit()


GENITIVE_CUE = declare("talks-cue-genitive", "talks cue", "a talks noun in the genitive singular the lemma table "
                       "lacks opens talks: „während des Telefonats zwischen Merkel und Macron“, „des Gipfeltreffens“")


def genitive_cue(word: Word, suffixes: dict[str, TalksCue]) -> TalksCue | None:
    """The cue of a noun read without its genitive ending ("Telefonats" → "telefonat")."""
    return _cue_without(word, GENITIVE_ENDINGS, suffixes)


PLURAL_CUE = declare("talks-cue-plural", "talks cue", "a talks noun in the dative plural the lemma table lacks "
                     "opens talks: „lud die Konfliktparteien zu Friedensgesprächen nach Genf ein“, „nach zwei "
                     "Verhandlungsrunden“")


def plural_cue(word: Word, suffixes: dict[str, TalksCue]) -> TalksCue | None:
    """The cue of a noun read without its dative plural ending ("Friedensgesprächen" → "gespräche")."""
    return _cue_without(word, german.DATIVE_PLURAL_ENDINGS, suffixes)


def _cue_without(word: Word, endings: tuple[str, ...], suffixes: dict[str, TalksCue]) -> TalksCue | None:
    """The cue of the noun without the first of `endings` it ends in that leaves a stem and gives a cue."""
    for ending in endings:
        if word.lower.endswith(ending) and len(word.lower) > len(ending) + 3:
            entry = suffix_cue(word.lower[:-len(ending)], suffixes)
            if entry is not None:
                return entry
    return None


def cue_rule(sentence: Sentence, cue: Cue) -> tuple[str, ...]:
    """The rules that read the cue word: a noun (maybe only without its genitive or plural ending) or a verb."""
    if cue.entry.match != "suffix":
        return (CUE_VERB,)
    word, suffixes = sentence.words[cue.index], cue_index()[0]
    listed = suffix_cue(word.lower, suffixes) or suffix_cue(word.lemma, suffixes)
    ending = () if listed is not None else (GENITIVE_CUE,) if genitive_cue(word, suffixes) is not None else (PLURAL_CUE,)
    digits = not word.text.replace("-", "").isalpha()
    return (CUE_NOUN, *ending, *((INITIAL_NOUN,) if cue.index == 0 else ()), *((DIGIT_COMPOUND,) if digits else ()))


def negated(sentence: Sentence, index: int) -> bool:
    """ "trafen sich nicht", "keine Gespräche" (but "nicht nur"), "lehnte Gespräche ab", "schloss ein Treffen aus"
    (but "ein Treffen sei nicht ausgeschlossen")."""
    first, last = sentence.clause_of(index)
    words = sentence.words
    negations = [i for i, w in enumerate(words[first:last], first) if w.lower in NEGATIONS
                 and not (i + 1 < len(words) and words[i + 1].lower in german.RESTRICTIVE_ADVERBS)]
    if ruled_out(sentence, first, last, index):
        fired(NOT_RULED_OUT if negations else RULED_OUT)
        return not negations
    if negations and any(_negates(sentence, index, i) for i in negations):
        return True
    return refused(sentence, first, last, index) or _refused_infinitive(sentence, first, index) \
        or _cancelled(sentence, first, last)


NEGATION_ELSEWHERE = declare("talks-negation-elsewhere", "talks guard", "a negation that governs another word of "
                             "the clause leaves its talks as they are: an article „kein“ on another noun („brachten "
                             "keinen Durchbruch“, „kein Durchbruch bei den Gesprächen“; not one whose complement the "
                             "talks are: „keine Pläne für ein Treffen“), and any negation where the talks are the "
                             "occasion after „bei“, „nach“, „in“, „während“ („haben sich bei den Friedensgesprächen nicht "
                             "geeinigt“)")
# prepositions before a talks noun that make the talks the occasion of the clause's act, which a negation leaves held
NEGATION_OCCASIONS = german.OCCASION_PREPOSITIONS | german.IN_PREPOSITIONS | german.AFTER_PREPOSITIONS \
    | german.GENITIVE_SUBORDINATORS | ((german.CONTRACTIONS & german.ATTENDANCE_PREPOSITIONS) - german.TO_PREPOSITIONS)


def _negates(sentence: Sentence, cue: int, at: int) -> bool:
    """Whether the negation word `at` negates the talks of the cue at `cue` in its clause."""
    words = sentence.words
    noun = words[cue].capitalized and not words[cue].verbish
    if not noun and at > cue + 1 and attributive_participle(sentence, cue):
        fired(ATTRIBUTIVE_UNNEGATED)
        return False        # "das zwischen X und Y ausgehandelte Abkommen wird nicht umgesetzt"
    if noun and governing_prep(words, cue) in NEGATION_OCCASIONS:
        fired(NEGATION_ELSEWHERE)
        return False        # "haben sich bei den Friedensgesprächen nicht geeinigt"
    if not noun or words[at].lower not in german.NEGATIVE_ARTICLES:
        return True         # "werde mit der Ukraine keinen Vertrag schließen": a verb's negated object negates it
    head = at + 1
    while head < len(words) and head != cue and words[head].text.islower() and words[head].text.isalpha() \
            and words[head].lower not in german.PREPOSITIONS:
        head += 1           # "keine direkten Gespräche": adjectives before the noun the article negates
    if head >= len(words) or head == cue or not words[head].capitalized:
        return True         # the talks noun itself, or „keiner“ standing alone
    # "keine Pläne für ein Treffen": the talks are the complement of the negated noun
    if head < cue <= head + COMPLEMENT_REACH and governing_prep(words, cue) not in NEGATION_OCCASIONS \
            and words[head + 1].lower in german.PREPOSITIONS:
        return True
    fired(NEGATION_ELSEWHERE)
    return False


ATTRIBUTIVE_UNNEGATED = declare("talks-attributive-unnegated", "talks guard", "a talks verb used as an adjective "
                                "before its noun is not negated by a negation after that noun, which is the main "
                                "clause's: „Das zwischen Putin und Poroschenko ausgehandelte Abkommen ist nicht "
                                "umgesetzt“ was negotiated; „Putin und Poroschenko haben das Abkommen nicht "
                                "ausgehandelt“ was not")


def attributive_participle(sentence: Sentence, cue: int) -> bool:
    """A lower-case participle with an adjective's ending right before a capitalised word, shaped „(particle)ge…“ or
    right after a partner's name („zwischen X und Y vereinbarte Abkommen“)."""
    words = sentence.words
    low = words[cue].lower
    if not words[cue].text.islower() or not low.endswith(german.PARTICIPLE_ADJECTIVE_ENDINGS) \
            or cue + 1 >= len(words) or not words[cue + 1].capitalized:
        return False
    prefix = german.PARTICIPLE_PREFIX
    return low.startswith(prefix) or any(low.startswith(p + prefix) for p in german.SEPARABLE_PARTICLES) \
        or any(a.last == cue - 1 and a.prep in german.PARTNER_PREPOSITIONS | german.BETWEEN_PREPOSITIONS
               for a in sentence.actors)


COMPLEMENT_REACH = 4        # words from a negated noun to a talks noun in its complement („keine Pläne für ein Treffen“)


CANCELLED = declare("talks-cancelled", "talks guard", "talks (or one's part in them) called off in the cue's clause "
                    "are none: „Erdogan sagte seine Teilnahme am Gipfel der Nato ab“, „Das Treffen wurde abgesagt“")
CANCELLING = frozenset({construction_verbs()["cancelled-talks"]})
# the lemmas a cancelling verb's forms carry, with and without its particle ("absagen", "sagen"): a cheap word test
_CANCEL_LEMMAS = CANCELLING | {v[len(p):] for v in CANCELLING for p in german.SEPARABLE_PARTICLES if v.startswith(p)}


def _cancelled(sentence: Sentence, first: int, last: int) -> bool:
    """A verb calling off talks („absagen“, with its particle) among words `first`..`last`."""
    if not any(w.lemma in _CANCEL_LEMMAS for w in sentence.words[first:last]) \
            or not clause_has_verb(sentence, first, last, CANCELLING):
        return False
    fired(CANCELLED)
    return True


def refused(sentence: Sentence, first: int, last: int, index: int) -> bool:
    """A refusing verb (`refusing_verbs`) among words `first`..`last`, other than word `index` (the cue itself):
    „lehnte Gespräche ab“."""
    words, refusals = sentence.words, refusing_verbs()
    particle = clause_particle(sentence, first, last)
    return any(key in refusals for i in range(first, last) if i != index and not words[i].capitalized
               for key in verb_keys(words[i], particle[0] if particle and particle[1] != i else None))


REFUSED_INFINITIVE = declare("talks-refused-infinitive", "talks guard", "a talks verb in a zu-infinitive whose "
                             "governing clause just before refuses („weigerte sich“, „lehnte es ab“) is no talks: "
                             "„Die Taliban weigerten sich, mit der Regierung zu verhandeln“")


def _refused_infinitive(sentence: Sentence, first: int, index: int) -> bool:
    """The cue at `index` is a zu-infinitive ("zu verhandeln") and the clause before its own (starting at `first`)
    holds a refusing verb."""
    words = sentence.words
    if first == 0 or index == 0 or words[index - 1].lower != german.INFINITIVE_PARTICLE:
        return False
    before = sentence.clause_of(first - 1)
    if before[0] == first or not refused(sentence, before[0], before[1], index):
        return False
    fired(REFUSED_INFINITIVE)
    return True


@lru_cache(maxsize=1)
def refusing_verbs() -> frozenset[str]:
    """Verbs that refuse what they govern (the PLOVER lexicon's REJECT verbs): refused talks are none."""
    return frozenset(c.cue for c in plover_cues() if c.code == "REJECT" and c.pos == "verb" and not c.context)


INVITING = resources.listed_words("inviting_verbs.tsv")

RULED_OUT = declare("talks-ruled-out", "talks guard", "talks that a verb of ruling out or denying in the cue's clause "
                    "takes (`factuality_signals.tsv`, object scope, negated: „ausschließen“, „dementieren“) are none: "
                    "„Obama schloss ein Treffen mit Putin aus“")
NOT_RULED_OUT = declare("talks-not-ruled-out", "talks guard", "talks not ruled out („nicht ausgeschlossen“) are "
                        "possible, not negated: „Ein Treffen zwischen Obama und Putin sei nicht ausgeschlossen“")


@lru_cache(maxsize=1)
def _ruling_out() -> frozenset[str]:
    """The verbs whose object did not or will not happen (`factuality_signals.tsv`, scope object, negated)."""
    from kg.extract.factuality import signals
    return frozenset(v for v, value in signals().by_scope["object"].items() if value == "negated")


RETURN_TO = declare("talks-ruled-out-return", "talks guard", "a talks noun after „an“ that completes another noun "
                    "(„eine Rückkehr an den Verhandlungstisch“) is ruled out with it: „Eva Muster schließt eine Rückkehr an "
                    "den Verhandlungstisch mit der Ärztekammer aus“ (not „Merkel schloss am Verhandlungstisch Sanktionen "
                    "aus“, where the talks are the occasion)")


def _return_to(words: tuple[Word, ...], index: int) -> bool:
    """The talks noun at `index` follows „an“ (over its article and adjectives) right after a noun."""
    k = word_before_modifiers(words, index, True)
    return k >= 1 and words[k].lower in german.PARTICIPATION_PREPOSITIONS - german.CONTRACTIONS \
        and words[k - 1].capitalized and words[k - 1].text.isalpha()


def ruled_out(sentence: Sentence, first: int, last: int, index: int) -> bool:
    """A talks noun at `index`, bare or after „zu“ (not the occasion of the clause's act: „Bei dem Treffen schloss
    Merkel Sanktionen aus“), and a verb of ruling out or denying among words `first`..`last` of its clause."""
    words, verbs = sentence.words, _ruling_out()
    if not words[index].capitalized or words[index].verbish:
        return False
    returning = governing_prep(words, index) not in (None, *german.TO_PREPOSITIONS)
    if returning and not _return_to(words, index):
        return False        # "Griechenland von der Konferenz auszuschließen": the conference is held
    particle = clause_particle(sentence, first, last)
    out = any(key in verbs for i in range(first, last) if i != index and words[i].verbish and not words[i].capitalized
              for key in verb_keys(words[i], particle[0] if particle and particle[1] != i else None))
    if out and returning:
        fired(RETURN_TO)
    return out


def clause_verbs(sentence: Sentence, index: int, verbs: frozenset[str]) -> bool:
    """A verb of `verbs` (lemmas, with the clause's particle) in the clause of word `index`."""
    return clause_has_verb(sentence, *sentence.clause_of(index), verbs)


# Nouns naming an agreement, matched as a word's ending ("Freihandelsabkommen"): `kg/data/agreement_nouns.tsv`.
AGREEMENTS = tuple(sorted(resources.load_word_list("agreement_nouns.tsv")))

_VISITS = tuple(sorted(resources.listed_words("visit_nouns.tsv")))


def travel_cue(cue: Cue) -> bool:
    """A verb of travel or arrival with its destination („reist nach“): its travellers do not meet each other."""
    return travels(cue.entry)


def visit_noun(word: Word) -> bool:
    # "seine Reise nach Kuba": a journey to a state visits it (Aus-/Einreise are "none" cues)
    return word.lower.rstrip("s").endswith(_VISITS)


def hosted(sentence: Sentence) -> bool:
    """A verb of hosting („einladen“, `kg/data/hosting_verbs.tsv`) in any clause of the sentence."""
    for first, last in sentence.clauses:
        particle = clause_particle(sentence, first, last)
        for word in sentence.words[first:last]:
            if any(key in HOSTING for key in verb_keys(word, particle[0] if particle else None)):
                return True
    return False


SPORTS = declare("talks-sports-match", "talks guard", "a sentence naming a match or its standing (`sport_nouns.tsv`) "
                 "tells of a game, no talks: „Die Schweden empfangen die Polen, Sevilla hat das Schlusslicht zu Gast“")


def sports_sentence(sentence: Sentence) -> bool:
    """A noun of a sports match or its standing („Rückspiel“, „Tabellenführer“) in the sentence."""
    return any(w.capitalized and sport_noun(w.lower) for w in sentence.words)


def spoken_cue(cue: Cue) -> bool:
    """The talk verb that is a phone call only where no place is named ("sprechen")."""
    return cue.entry.cue == SPOKEN_TALK_VERB

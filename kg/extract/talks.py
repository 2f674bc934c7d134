"""Talks (meetings, calls, negotiations, summits, sessions, conferences) from German text.

A talks cue (`kg/data/talks_lexicon.tsv`) opens talks; their participants are
the actors of its clause (subject, "mit"/"zwischen" partners, genitives),
and talks need two. A definite reference ("zu den Gesprächen", "dem Treffen")
or a participation sentence ("Für Deutschland ist Y dabei") adds to the most
recent talks of the last two sentences instead. Place, dates and status come
from the sentence (ANNOTATION.md § Talks).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from kg import german, resources
from kg.extract.appeals import APPEAL, appealed
from kg.extract.clauses import (ACTOR_TYPES, Actor, Sentence, Word, clause_has_verb, clause_particle, dateline_end,
                                governing_prep, make_word, verb_keys)
from kg.extract.dates import DateSpan, Tense, find_date, reference_date
from kg.extract.eventdates import tense_weights
from kg.extract.factuality import OFFER_REFUSED, OFFERED, offered, refuses_offer
from kg.extract.lexicon import (TalksCue, calendar_words, construction_verbs, plover_cues, state_organs, talks_cues,
                                travels)
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired
from kg.extract.talk_epithets import EPITHET, with_epithets
from kg.extract.talk_anaphora import (BY_PHONE, CONTINUED, PAIR_ANAPHOR, ROLE_OF_STATE, by_phone, continues,
                                     pair_anaphor, role_holders, tells_again)
from kg.extract.talk_places import (ARRIVAL_PLACE, CAPITAL_NOUNS, DESCRIBED_CAPITAL, arrival, relative_clause, THERE_PLACE, STATE_PLACE, capital_hosts,
                                    described_capital, place_near, state_place, there)
from kg.extract.talk_rules import TRIP_HOST, VISIT_CAPITAL, VISIT_HOST, VISIT_RULES, VISIT_SLOT, VISIT_STAY
from kg.extract.talk_merge import (drop_headline_repeats, merge_same_meetings, once_per_sentence, subsume_visits,
                                  with_body_official)
from kg.extract.roles import coordinated_subjects, find_subjects, main_subject, previous_subject, read_sentences, reported_speaker
from kg.facts import Article, Entity, Evidence, Talks
from kg.nlp.orgheads import org_heads
from kg.nlp.memo import once_per_doc
from kg.nlp.memo import Memo
from kg.german import GENITIVE_ENDINGS, NEGATIONS, PASSIVE_AUXILIARIES, POSSESSIVES, RECIPROCALS

log = logging.getLogger(__name__)
# the talk verb that is a meeting, not a phone call, where a place is named („sprach in Paris mit X“)
SPOKEN_TALK_VERB = construction_verbs()["spoken-talk"]

# "beim Gipfel", "im Anschluss an", "zu einem Treffen mit Erdogan reiste Merkel"
ATTENDING = german.ATTENDANCE_PREPOSITIONS | german.ATTENDANCE_NOUNS | german.TO_PREPOSITIONS
REFERRING = german.KNOWN_DETERMINERS
# Verbs whose subject takes part in the talks a sentence refers to ("zu den Gesprächen lud X ein").
HOSTING = resources.load_word_list("hosting_verbs.tsv")     # lemmas, `kg/data/hosting_verbs.tsv`
# Sentences naming who takes part in the talks just mentioned: "Für Deutschland ist Y dabei",
# "Aus Frankreich kommt Z", "an dem Treffen nehmen X und Y teil".
PARTICIPATION = re.compile(
    r"^(?:Für|Aus|Von)\s+[^,.]{2,40}?\s+(?:ist|sind|kommt|kommen|reist|reisen|nimmt|nehmen)\b"
    r"|\b(?:ist|sind|war|waren|sei|seien)\b[^.,;]*\bdabei\s*[.,;]"
    r"|\b(?:nimmt|nehmen|nahm|nahmen)\b[^.]*\bteil\b|\bteil(?:nehmen|genommen|zunehmen)\b|\bTeilnehmer")


_CACHE_KEY = "kg.extract.talks"

CUE_NOUN = declare("talks-cue-noun", "talks cue", "a noun ending in a talks word opens talks: „Krisentreffen“, "
                   "„Telefonat“")
CUE_VERB = declare("talks-cue-verb", "talks cue", "a talks verb with its particle opens talks: "
                   "„telefonierte mit“, „traf sich mit“")
NEGATED = declare("talks-negated", "talks guard", "a negation or a refusing verb in the cue's clause leaves no "
                  "talks: „Putin lehnte Gespräche mit Biden ab“")
VERB_PARTIES = declare("talks-verb-participants", "talks participants", "a talks verb's subject and the partner "
                       "in its slot („mit X“, an object, „sich“ with coordinated subjects)")
NOUN_PARTIES = declare("talks-noun-participants", "talks participants", "a talks noun's participants: the "
                       "subject and an actor linked to the noun (genitive, „mit“, „zwischen“, compound, owner)")
BILATERAL = declare("talks-bilateral", "talks participants", "one official meeting several officials "
                    "„mit A und B“ holds separate talks with each")
REFERENCE = declare("talks-reference", "talks reference", "a definite talks noun („zu den Gesprächen“) adds "
                    "the sentence's partners to the talks of the last two sentences")
PARTICIPATION_RULE = declare("talks-participation", "talks reference", "a sentence naming who takes part "
                             "(„Für Deutschland ist Y dabei“) adds to the talks just mentioned")


@dataclass(frozen=True)
class _Open:
    """Talks read so far, with the sentence they were last extended in."""

    talks: Talks
    sentence: int


@dataclass(frozen=True)
class _Cue:
    index: int                    # word index in the sentence
    entry: TalksCue



@lru_cache(maxsize=1)
def _cue_index() -> tuple[dict[str, TalksCue], dict[str, TalksCue]]:
    suffixes = {c.cue: c for c in talks_cues() if c.match == "suffix"}
    verbs = {c.cue: c for c in talks_cues() if c.match == "verb"}
    return suffixes, verbs


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """Last three letters of every suffix cue: most nouns are ruled out with one set lookup."""
    return frozenset(cue[-3:] for cue in _cue_index()[0])


def _suffix_cue(low: str, suffixes: dict[str, TalksCue]) -> TalksCue | None:
    """The longest lexicon ending of a noun ("Krisentreffen" → "treffen")."""
    if low[-3:] not in _endings():
        return None
    for cut in range(len(low) - 2):
        entry = suffixes.get(low[cut:])
        if entry is not None:
            return entry
    return None


def _find_cues(sentence: Sentence) -> list[_Cue]:
    found: list[_Cue] = []
    words = sentence.words
    named = sentence.named
    memo = _WORD_CUES
    for first, last in sentence.clauses:
        particle = clause_particle(sentence, first, last)
        for i in range(first, last):
            if i in named:
                continue
            word = words[i]
            noun = word.capitalized and (i > 0 or _initial_noun(words))
            particle_key = None if noun or not particle or particle[1] == i else particle[0]
            entry = memo[(word.text, word.lemma, particle_key, noun)]
            if entry is None and noun and i == 0:
                entry = memo[(word.text, word.lemma, particle[0] if particle else None, False)]
            if entry is not None:
                found.append(_Cue(i, entry))
    return found


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
# text and lemma, `make_word`), and words recur; a hit is one dict lookup, a miss computes it
_WORD_CUES: Memo[tuple[str, str, str | None, bool], TalksCue | None] = Memo(
    lambda key: _word_cue(make_word(key[0], key[1], 0, 0), key[2], key[3]))


def _word_cue(word: Word, particle: str | None, noun: bool) -> TalksCue | None:
    """The talks cue one word stands for: a noun by its ending, else a verb (with the clause's particle)."""
    if not word.text.replace("-", "").isalpha():
        return None
    suffixes, verbs = _cue_index()
    if noun:
        entry = _suffix_cue(word.lower, suffixes) or _suffix_cue(word.lemma, suffixes) or _genitive_cue(word, suffixes)
        return entry if entry is not None and entry.kind != "none" else None
    for key in verb_keys(word, particle, exclusive=True):
        entry = verbs.get(key)
        if entry is not None:
            return entry
    return None


GENITIVE_CUE = declare("talks-cue-genitive", "talks cue", "a talks noun in the genitive singular the lemma table "
                       "lacks opens talks: „während des Telefonats zwischen Merkel und Macron“, „des Gipfeltreffens“")


def _genitive_cue(word: Word, suffixes: dict[str, TalksCue]) -> TalksCue | None:
    """The cue of a noun read without its genitive ending ("Telefonats" → "telefonat")."""
    for ending in GENITIVE_ENDINGS:
        if word.lower.endswith(ending) and len(word.lower) > len(ending) + 3:
            entry = _suffix_cue(word.lower[:-len(ending)], suffixes)
            if entry is not None:
                return entry
    return None


def _cue_rule(sentence: Sentence, cue: _Cue) -> tuple[str, ...]:
    """The rules that read the cue word: a noun (maybe only without its genitive ending) or a verb."""
    if cue.entry.match != "suffix":
        return (CUE_VERB,)
    word, suffixes = sentence.words[cue.index], _cue_index()[0]
    listed = _suffix_cue(word.lower, suffixes) or _suffix_cue(word.lemma, suffixes)
    return (CUE_NOUN, *((GENITIVE_CUE,) if listed is None else ()), *((INITIAL_NOUN,) if cue.index == 0 else ()))


def _negated(sentence: Sentence, index: int) -> bool:
    """ "trafen sich nicht", "keine Gespräche" (but "nicht nur"), "lehnte Gespräche ab"."""
    first, last = sentence.clause_of(index)
    words = sentence.words
    if any(w.lower in NEGATIONS and not (i + 1 < len(words) and words[i + 1].lower in german.RESTRICTIVE_ADVERBS)
           for i, w in enumerate(words[first:last], first)):
        return True
    refusals = _refusals()
    particle = clause_particle(sentence, first, last)
    return any(key in refusals for i in range(first, last) if i != index and not words[i].capitalized
               for key in verb_keys(words[i], particle[0] if particle and particle[1] != i else None))


@lru_cache(maxsize=1)
def _refusals() -> frozenset[str]:
    """Verbs that refuse what they govern (the PLOVER lexicon's REJECT verbs): refused talks are none."""
    return frozenset(c.cue for c in plover_cues() if c.code == "REJECT" and c.pos == "verb" and not c.context)


def _status(sentence: Sentence) -> tuple[str, Tense]:
    """"planned" or "held" from the tense cue words of the sentence (`eventdates.tense_weights`), else
    from a present tense with a weekday (`_present_day`)."""
    planned, held = tense_weights(_tense_words(sentence))
    if planned > held or (planned == held == 0 and _present_day(sentence, calendar_words()["weekday"])):
        return "planned", "future"
    return "held", "past"


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


def _present_day(sentence: Sentence, weekdays: dict[str, int]) -> bool:
    """A weekday and a finite verb in the present ("trifft", "verhandeln"), no auxiliary of a past tense."""
    words = sentence.words
    if not any(w.lower in weekdays for w in words):
        return False
    verbs = [w for w in words if w.verbish]
    if not verbs or any(w.lower in PASSIVE_AUXILIARIES or w.lower in german.HAVE_BE for w in words):
        return False        # "ist … zusammengekommen", "wurde … empfangen": a past tense
    present = _present_form(verbs[0])
    if present:
        fired(PRESENT_DAY)
    return present


# the vowels a present stem changes to („trifft“, „empfängt“, „spricht“) and a preterite's („erhielt“) not
_VOWELS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "i": "e"})


def _present_form(verb: Word) -> bool:
    """The third person present: the infinitive ("treffen"), or the stem (its vowel raised) and "-t"/"-et"
    ("trifft", "empfängt", "findet", "erhält"), not a preterite in "-t" ("erhielt", "beriet", "trat")."""
    low, lemma = verb.lower, verb.lemma
    if low == lemma:
        return True
    if not low.endswith(german.PRESENT_THIRD_ENDING) or low.endswith(PAST_ENDINGS):
        return False
    stem = next((lemma[:-len(e)] for e in german.INFINITIVE_ENDINGS if lemma.endswith(e)), lemma)
    stems = {_plain_vowels(s) for s in (stem, lemma[:-1])}      # "verhandel-t"
    return any(_plain_vowels(form) in stems for form in (low, low[:-1], low[:-2]))


def _plain_vowels(form: str) -> str:
    return form.replace(german.LONG_I, german.MASCULINE_NOUN_E).translate(_VOWELS)


def _partner_ok(sentence: Sentence, cue: int, actor: Actor) -> bool:
    """A "mit"/"zwischen" partner belongs to the talks noun, not to a noun after it ("Abkommen mit Iran")."""
    if actor.first < cue:
        return False
    # an official's title before the name is his ("von Präsident Robert Fico mit …")
    covered = {i for a in sentence.actors for i in range(a.first - (a.type == "Official"), a.last + 1)}
    prep_at = next((i for i in range(actor.first - 1, cue, -1) if sentence.words[i].lower == actor.prep), None)
    if prep_at is None:
        return False
    for i in range(cue + 1, prep_at):
        w = sentence.words[i]
        if w.capitalized and w.text.isalpha() and i not in covered:
            return False
    return True


PARTNER_BEFORE = declare("talks-partner-before", "talks participants", "a „mit“/„zwischen“ partner written before "
                         "the talks noun it belongs to, with no other noun between: „Der Iran hat mit den USA "
                         "indirekte Gespräche geführt“, „Zwischen Merkel und Putin fand ein Treffen statt“")


def _partner_before(sentence: Sentence, cue: int, actor: Actor) -> bool:
    """Only verbs, adverbs, articles, adjectives, days and the subject lie between the partner and the noun."""
    words = sentence.words
    subjects = {i for a in sentence.actors if a.prep is None for i in range(a.first, a.last + 1)}
    partners = {i for a in sentence.actors if a.prep == actor.prep for i in range(a.first, a.last + 1)}
    days = calendar_words()["weekday"]
    prep = next((i for i in range(actor.first - 1, max(-1, actor.first - 5), -1) if words[i].lower == actor.prep), 0)
    if prep > 0 and words[prep - 1].capitalized and prep - 1 not in subjects | partners:
        return False        # "durch die Einigung mit dem Kosovo den Verhandlungen …": the partner of another noun
    return all(not w.capitalized or i in subjects or i in partners or w.lower in days
               for i, w in enumerate(words[actor.last + 1:cue], actor.last + 1))


def _participants(sentence: Sentence, cue: _Cue, prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    """The actors taking part in the talks a cue introduces (maybe fewer than two), and the rules
    that found them.

    A verb needs a partner in its slot ("mit X", an object, or "sich" with
    coordinated subjects); a noun needs one linked to it (genitive, "mit",
    "zwischen", a possessive owner) or coordinated subjects ("X und Y hatten
    ihr Treffen"): a lone actor elsewhere in the clause is not a participant.
    """
    if cue.entry.match == "verb":
        return _verb_participants(sentence, cue, prev)
    people, rules = _noun_participants(sentence, cue, prev)
    if GENITIVE_CUE in _cue_rule(sentence, cue) or _noun_attribute(sentence, cue.index):
        # "in die Woche eines EU-Gipfels": a noun in the genitive is another noun's attribute, and only
        # the actors linked to it take part, not the sentence's subject
        linked = {a.key for a, _ in _linked(sentence, cue, sentence.actors_in(*sentence.clause_of(cue.index)))}
        people = [a for a in people if a.key in linked]
    if not people:
        invited = _invitation(sentence, cue)
        if len(invited) >= 2:
            return invited, (NOUN_PARTIES, INVITATION)
    return people, rules


NOUN_ATTRIBUTE = declare("talks-noun-attribute", "talks participants", "a talks noun after a genitive article "
                         "and another noun is that noun's attribute: only the actors linked to it take part, not the "
                         "sentence's subject: „Ungarn hat im Vorfeld der Tagung der griechischen Regierung Kritik "
                         "geübt“")


def _noun_attribute(sentence: Sentence, cue: int) -> bool:
    """ "im Vorfeld der Tagung": a genitive article between a common noun and the talks noun."""
    words = sentence.words
    if cue < 2 or words[cue - 1].lower not in german.GENITIVE_ARTICLES:
        return False
    noun = words[cue - 2]
    if not noun.capitalized or not noun.text.isalpha() or noun.lower in german.PREPOSITIONS \
            or any(a.first <= cue - 2 <= a.last for a in sentence.actors):
        return False
    fired(NOUN_ATTRIBUTE)
    return True


INVITATION = declare("talks-invitation", "talks participants", "host and guest of an invitation or reception "
                     "„zu Gesprächen“ take part: „Merkel lud Putin zu Gesprächen nach Berlin ein“")


def _invitation(sentence: Sentence, cue: _Cue) -> list[Actor]:
    """The bare actors (host, guests) of a clause that invites or receives "zu" the talks noun."""
    words = sentence.words
    if not any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 2):cue.index]):
        return []
    if not _clause_verbs(sentence, cue.index, HOSTING):
        return []
    return [a for a in sentence.actors_in(*sentence.clause_of(cue.index)) if a.prep is None]


INVITING = resources.listed_words("inviting_verbs.tsv")


def _clause_verbs(sentence: Sentence, index: int, verbs: frozenset[str]) -> bool:
    """A verb of `verbs` (lemmas, with the clause's particle) in the clause of word `index`."""
    return clause_has_verb(sentence, *sentence.clause_of(index), verbs)


PASSIVE_AGENT = declare("talks-passive-agent", "talks participants", "the agent of a passive talks verb is the "
                        "partner: „Papst Franziskus wurde von Präsident Rafael Correa empfangen“")
PARTNER_SLOT = declare("talks-partner-slot", "talks participants", "the partner in a talks verb's slot, „mit X“ "
                       "or its object: „Biden telefonierte mit Putin“, „Merkel traf Macron“")
RECIPROCAL = declare("talks-reciprocal", "talks participants", "coordinated subjects of a reciprocal talks verb "
                     "meet each other: „Merkel und Macron trafen sich“")


def _verb_participants(sentence: Sentence, cue: _Cue, prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    first, last = sentence.clause_of(cue.index)
    if "agreement" in cue.entry.requires and not _names_agreement(sentence, first, last):
        return [], ()           # "unterzeichnete ein Gesetz": signing alone is no negotiation
    roles = find_subjects(sentence, cue.index, prev)
    people: list[Actor] = _second_group(sentence, list(roles.subjects), cue.index) if roles else []
    rules: list[str] = [VERB_PARTIES]
    if not people:
        people, organ_rules = _organ_subjects(sentence, first, cue.index)
        rules += organ_rules
    partners: list[Actor] = []
    taken = {a.key for a in people}
    capitals = capital_hosts(sentence, cue.index, last, german.DESTINATION_PREPOSITIONS) if _travel(cue) else []
    for written in sentence.actors_in(first, last) + capitals:
        actor = _from_state(sentence, written)
        if appealed(sentence, cue.entry.cue, actor):
            fired(APPEAL)       # „rief den Sicherheitsrat an“: an appeal, no phone call
            continue
        rule = None if actor.key in taken else _verb_slot(sentence, cue, actor, people)
        rule = VISIT_CAPITAL if rule == VISIT_SLOT and written in capitals else rule
        if rule is not None:
            partners.append(actor)
            taken.add(actor.key)
            rules += [rule, _organ_rule(written)] if actor is not written else [rule]
    if not people and _travel(cue):
        return [], ()           # "sei er nach Belgien und Marokko gereist": destinations do not meet each other
    if not people and partners:
        body = _summit_body(sentence, {a.key for a in partners})
        people, rules = ([body], [*rules, SUMMIT_BODY]) if body is not None else (people, rules)
    if partners and not people and _between_sides(partners):
        return partners, (*rules, VERB_BETWEEN)     # "das zwischen Putin und Poroschenko ausgehandelte Abkommen"
    if partners and not people:
        fired(NO_SUBJECT)
        return [], ()           # "Dort traf er mit Lawrow und Putin zusammen" (no antecedent): partners meet the subject
    if partners:
        joint = [JOINT_SUBJECTS] if len(people) >= 2 and _coordinated(sentence, people) else []
        return people + partners, tuple(dict.fromkeys(rules + joint))
    return _subjects_only(sentence, cue, people, tuple(rules))


VERB_BETWEEN = declare("talks-verb-between", "talks participants", "a talks verb's partners after „zwischen“ are all "
                       "its sides, with no subject the text names: „das zwischen Putin und Poroschenko ausgehandelte "
                       "Abkommen“")


def _between_sides(partners: list[Actor]) -> bool:
    """Two or more partners, all after „zwischen“."""
    return len(partners) >= 2 and all(a.prep in german.BETWEEN_PREPOSITIONS for a in partners)


NO_SUBJECT = declare("talks-partners-need-subject", "talks guard", "the partners in a talks verb's slot meet its "
                     "subject, not each other: where the subject is no actor the text names, there are no talks: "
                     "„Dort traf er mit Außenminister Lawrow und Präsident Putin zusammen“ (with no one before)")


def _subjects_only(sentence: Sentence, cue: _Cue, people: list[Actor],
                   rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The coordinated subjects of a talks verb with no partner in its slot, where they meet each other
    („trafen sich“, „telefonierten am Telefon“, „verhandelten“), with the rule that says so."""
    if len(people) < 2:
        return [], ()
    first, last = sentence.clause_of(cue.index)
    requires = cue.entry.requires
    with_partner = not german.WITH_PREPOSITIONS.isdisjoint(requires)
    if any(w.lower in RECIPROCALS for w in sentence.words[first:last]) and ("sich" in requires or with_partner):
        return people, (*rules, RECIPROCAL)
    if with_partner and _coordinated(sentence, people) and by_phone(sentence, cue.index):
        return people, (*rules, PHONE_PAIR)
    if "pair" in requires:
        return people, (*rules, JOINT_AGREEMENT if "agreement" in requires else COORDINATED_PAIR)
    return [], ()


SUMMIT_BODY = declare("talks-summit-body", "talks participants", "a talks verb without a named subject in a sentence "
                      "naming a body's meeting („Beim Gipfeltreffen der Nato“, „beim EU-Gipfel“) is that body's: „Beim "
                      "Gipfeltreffen der Nato sprachen die Staats- und Regierungschefs mit Präsident Ghani“")


def _summit_body(sentence: Sentence, partners: set[str]) -> Actor | None:
    """The organisation named in a talks noun of the sentence ("EU-Gipfel") or in its genitive ("Gipfel der Nato")."""
    words, memo = sentence.words, _WORD_CUES
    for actor in sentence.actors:
        if actor.type != "Organization" or actor.key in partners:
            continue
        at = actor.first if "-" in words[actor.first].text else actor.first - 2
        if at < 0 or (at != actor.first and words[at + 1].lower not in german.GENITIVE_ARTICLES):
            continue
        noun = words[at]
        if noun.capitalized and memo[(noun.text, noun.lemma, None, True)] is not None:
            return replace(actor, prep=None)
    return None


JOINT_SUBJECTS = declare("talks-joint-subjects", "talks participants", "coordinated subjects meeting partners "
                         "„mit“ hold one meeting with all of them, not one per partner: „Merkel und Hollande wollen "
                         "sich in Minsk mit Putin und Poroschenko treffen“")
PHONE_PAIR = declare("talks-phone-pair", "talks participants", "coordinated subjects of a talks verb that takes its "
                     "partner after „mit“, „am Telefon“ or „telefonisch“, talk to each other: „Putin und Erdogan haben "
                     "am Telefon über Syrien gesprochen“")


def _coordinated(sentence: Sentence, people: list[Actor]) -> bool:
    """The first two actors are joined by „und“ ("Putin und Erdogan")."""
    return any(w.lower in german.ADDITIVE_CONJUNCTIONS for w in sentence.words[people[0].last + 1:people[1].first])


AGREED = declare("talks-implied-by-agreement", "talks cue", "an agreement reached or signed together implies "
                 "the negotiation behind it: „Russland und die Ukraine einigten sich auf eine Waffenruhe“")
COORDINATED_PAIR = declare("talks-coordinated-pair", "talks participants", "coordinated subjects of a talks verb "
                           "that takes them as partners talk to each other: „Israel und die Hamas verhandelten in "
                           "Kairo“")
JOINT_AGREEMENT = declare("talks-joint-agreement", "talks participants", "coordinated subjects that sign or "
                          "conclude an agreement together negotiated it: „Russland und die Ukraine unterzeichneten "
                          "ein Abkommen“")
# Nouns naming an agreement, matched as a word's ending ("Freihandelsabkommen"): `kg/data/agreement_nouns.tsv`.
AGREEMENTS = tuple(sorted(resources.load_word_list("agreement_nouns.tsv")))


def _names_agreement(sentence: Sentence, first: int, last: int) -> bool:
    """The clause names an agreement ("ein Abkommen", "den Friedensvertrag")."""
    return any(w.capitalized and w.lower.endswith(AGREEMENTS) for w in sentence.words[first:last])


FROM_STATE = declare("talks-colleague-from", "talks participants", "a state after a role noun and „aus“ fills "
                     "the noun's slot: „Kerry telefonierte mit seinen Kollegen aus Saudi-Arabien und der Türkei“")
LISTING = german.LIST_GLUE | german.PERSON_ARTICLES


ORGAN_VON = declare("talks-organ-von", "talks participants", "a state or organisation after a role noun and „von“ "
                    "fills the noun's slot: „Die Verteidigungsminister von Deutschland und Frankreich trafen sich“, "
                    "„traf sich mit Vertretern von Hamas und Fatah“")


def _organ_rule(written: Actor) -> str:
    """The rule that gave an actor written after „aus“ or „von“ the slot of its role noun."""
    return FROM_STATE if written.prep in german.OUT_OF_PREPOSITIONS else ORGAN_VON


def _from_state(sentence: Sentence, actor: Actor) -> Actor:
    """The actor with the slot of the role noun it comes from ("mit seinem Kollegen aus X" → "mit",
    "die Minister von X und Y" → the subject)."""
    if not (actor.type == "State" and actor.prep in german.SOURCE_PREPOSITIONS
            or actor.type == "Organization" and actor.prep in german.FROM_PREPOSITIONS):
        return actor
    words = sentence.words
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    at = next((i for i in range(actor.first - 1, max(-1, actor.first - 8), -1)
               if words[i].lower not in LISTING and i not in covered), None)
    if at is None or words[at].lower != actor.prep or at == 0:
        return actor
    noun = words[at - 1]
    if at - 1 in covered or not (noun.capitalized and _organ(noun)):
        return actor        # "mit Flüchtlingen aus Syrien": people from a state are not it
    return replace(actor, prep=governing_prep(words, at - 1))


def _organ_subjects(sentence: Sentence, first: int, cue: int) -> tuple[list[Actor], list[str]]:
    """The states a subject organ before the verb comes from, and the rules that read them: „Delegationen aus
    Russland und der Ukraine verhandelten“ (the organ is the subject, its states act through it)."""
    out, rules = [], []
    for written in sentence.actors_in(first, cue):
        actor = _from_state(sentence, written)
        if actor is not written and actor.prep is None:
            out.append(actor)
            rules += [] if _organ_rule(written) in rules else [_organ_rule(written)]
    return out, rules


def _organ(word: Word) -> bool:
    """A noun through which a state acts (`state_organs.tsv`: "Amtskollegen", "Vertreter", "Minister")."""
    feminine = word.lower[:-2] + "e" if word.lower.endswith(german.FEMININE_GE_ENDING) else word.lower     # "Amtskollegin"
    singular = word.lower[:-1] if word.lower.endswith("s") else word.lower       # "Regierungschefs", "Premiers"
    return any(form.endswith(state_organs()) for form in (word.lower, word.lemma, feminine, singular))


def _verb_slot(sentence: Sentence, cue: _Cue, actor: Actor, people: list[Actor]) -> str | None:
    """The rule by which an actor of the clause fills a slot of the talks verb, if any."""
    requires = cue.entry.requires
    if "obj" in requires and actor.prep in german.FROM_PREPOSITIONS and actor.first < cue.index \
            and _passive_form(sentence, cue.index):
        return PASSIVE_AGENT
    if actor.prep in german.DESTINATION_PREPOSITIONS and actor.prep in requires and actor.type == "State":
        return VISIT_SLOT
    if actor.prep in german.PARTNER_PREPOSITIONS and actor.prep in requires:
        return PARTNER_SLOT
    if actor.prep is None and "obj" in requires and people and actor.first > people[0].last:
        return None if _joined_subject(sentence, cue.index, actor, people) else PARTNER_SLOT
    return None


JOINED_SUBJECT = declare("talks-joined-subject", "talks guard", "an actor joined to the subject by „und“ before the "
                         "talks verb is a second subject, not its object: „Innenministerin Mikl-Leitner und "
                         "Verteidigungsminister Doskozil besuchen die Grenze“")


def _joined_subject(sentence: Sentence, cue: int, actor: Actor, people: list[Actor]) -> bool:
    """The actor stands before the verb, joined to the last subject by a conjunction (titles and articles between)."""
    if actor.last >= cue:
        return False
    gap = sentence.words[people[-1].last + 1:actor.first]
    if not any(w.lower in german.ADDITIVE_CONJUNCTIONS for w in gap) or any(w.verbish for w in gap) \
            or any(w.lower in german.OBJECT_ARTICLES for w in gap):
        return False        # "hatte er den Revolutionsführer und Ex-Machthaber Castro getroffen": an object
    fired(JOINED_SUBJECT)
    return True


LINKED_BODY = declare("talks-linked-body", "talks participants", "a body named in a talks compound takes part: "
                      "„EU-Gipfel“, „Nato-Treffen“, and the parties of a compound naming two: „EU-Türkei-Gipfel“")
LINKED_GENITIVE = declare("talks-linked-genitive", "talks participants", "the actor in the genitive after a "
                          "talks noun takes part: „Gespräche der USA mit Russland“")
LINKED_PARTNER = declare("talks-linked-partner", "talks participants", "the actors after „mit“/„zwischen“ "
                         "belonging to the talks noun take part: „Gespräche zwischen Russland und der Ukraine“")
VISITOR = declare("talks-visitor", "talks participants", "the visitor after „von“ a visit noun takes part: "
                  "„während des Besuchs von Papst Franziskus“")
ATTENDEE = declare("talks-attendee", "talks participants", "the sentence's subject attends talks it is at: "
                   "„Beim EU-Gipfel in Brüssel forderte Merkel …“, „Nach einem Telefonat mit Macron sagte Scholz …“")
OWNER = declare("talks-possessive-owner", "talks participants", "the owner of „seine Gespräche“ is the "
                "sentence's (or the last) subject")
COORDINATED = declare("talks-coordinated-subjects", "talks participants", "coordinated subjects share a talks "
                      "noun with no partner of its own: „Merkel und Macron hatten ein Treffen“")


def _noun_participants(sentence: Sentence, cue: _Cue, prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    written = sentence.actors_in(*sentence.clause_of(cue.index))
    clause = [_from_state(sentence, a) for a in written]
    subjects = [a for a in clause if a.prep is None and a.last < cue.index and a.first != cue.index]
    linked = _linked(sentence, cue, clause)
    moved = [w for a, w in zip(clause, written) if a is not w and any(a is x for x, _ in linked)]
    rules = [NOUN_PARTIES, *dict.fromkeys(rule for _, rule in linked), *dict.fromkeys(_organ_rule(w) for w in moved)]
    words = sentence.words
    before = [w.lower for w in words[max(0, cue.index - 3):cue.index]]
    keys = {a.key for a, _ in linked}
    if any(rule == LINKED_GOVERNED for _, rule in linked):
        subjects = []       # "Mandat des Parlaments vor der Sitzung der Eurogruppe": only an attending subject
    if any(w in POSSESSIVES for w in before):
        # "nach seinen Gesprächen mit X": the owner is the sentence's (or last) subject
        owner = main_subject(sentence) or prev
        if owner is not None and not subjects:
            subjects = _owners(sentence, owner, before)
            rules = [*rules, OWNER, *((OWNERS,) if len(subjects) > 1 else ())]
    staying = _on_visit(words, cue.index)
    if linked and not subjects and (staying or any(w in ATTENDING for w in before)) and not _in_relative(sentence, cue.index):
        # "Beim EU-Gipfel sagte Merkel …", "Zum Nato-Treffen reist X", "Zu Besuch in Kuba sagte X": the subject attends
        owner = main_subject(sentence)
        if owner is not None and owner.key not in keys:
            subjects, rules = [owner], [*rules, VISIT_STAY if staying else ATTENDEE]
    if len(linked) == 1 and not subjects and linked[0][0].prep in german.WITH_PREPOSITIONS:
        # "Das Gespräch mit Putin sei konstruktiv gewesen, sagte Merkel": the speaker had it
        speaker = reported_speaker(sentence)
        if speaker is not None and speaker.key not in keys:
            subjects, rules = [speaker], [*rules, SPEAKER]
    if subjects and sum(a.prep in german.BETWEEN_PREPOSITIONS for a, _ in linked) >= 2:
        # "Ein Sprecher des Kreml bestätigte das Telefonat zwischen A und B": "zwischen" names every side
        subjects, rules = [], [*rules, BETWEEN_ONLY]
    if linked:
        return subjects + [a for a, _ in linked], tuple(rules)
    people, found = _unlinked(sentence, cue, subjects)
    return people, (*found, OWNERS) if people and OWNERS in rules else found


OWNERS = declare("talks-possessive-owners", "talks participants", "„ihr“ before a talks noun is the plural of the "
                 "coordinated subjects, who hold the talks together: „Bei ihrem Treffen in Berlin sprachen Merkel und "
                 "Hollande über die Flüchtlingskrise“")


def _owners(sentence: Sentence, owner: Actor, before: list[str]) -> list[Actor]:
    """The owner of a possessive talks noun, with the subjects coordinated with it where the possessive is „ihr“
    and the owner is this sentence's subject."""
    if german.THEIR.isdisjoint(before) or owner not in sentence.actors:
        return [owner]
    return coordinated_subjects(sentence, owner)


BETWEEN_ONLY = declare("talks-between-only", "talks participants", "the talks noun's „zwischen“ partners are all "
                       "its sides: the clause's subject reporting on them takes no part: „Ein Sprecher des Kreml "
                       "bestätigte das Telefonat zwischen Merkel und Obama“")


PAID_VISIT = declare("talks-paid-visit", "talks participants", "the dative object of „einen Besuch abstatten“ is "
                     "the visited host: „Kurz stattete Polen einen Besuch ab“")
PAYING_VISIT = frozenset({construction_verbs()["paid-visit"]})


def _unlinked(sentence: Sentence, cue: _Cue, subjects: list[Actor]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of a talks noun no actor is linked to: coordinated subjects, the subjects after the
    verb of a fronted noun, the subject and host of a paid visit."""
    words = sentence.words
    if len(subjects) >= 2 and _coordinated(sentence, subjects):
        return subjects, (NOUN_PARTIES, COORDINATED)
    if len(subjects) >= 2 and _visit(words[cue.index]) and _clause_verbs(sentence, cue.index, PAYING_VISIT):
        return subjects, (NOUN_PARTIES, PAID_VISIT)
    pair = _occasion_pair(sentence, cue)
    if pair:
        return pair, (NOUN_PARTIES, OCCASION_PAIR)
    taking_part = _taking_part(sentence, cue.index)
    if taking_part:
        return taking_part, (NOUN_PARTIES, TAKING_PART)
    after = [] if subjects else _subjects_after_verb(sentence, cue.index)
    return (after, (NOUN_PARTIES, FRONTED_NOUN)) if after else ([], ())


OCCASION_PAIR = declare("talks-occasion-pair", "talks participants", "a call or meeting after „in einem“/„bei einem“ "
                        "with no partner of its own is the occasion of its clause's act: the clause's two named actors, "
                        "subject and official object, held it: „Putin hat Erdogan in einem Telefonat sein Beileid "
                        "ausgesprochen“, „In einem Telefonat versicherte Merkel Poroschenko ihre Unterstützung“")


def _occasion_pair(sentence: Sentence, cue: _Cue) -> list[Actor]:
    """The subject and the official object of the clause of "in einem Telefonat" (exactly two bare actors)."""
    i, words = cue.index, sentence.words
    if i < 2 or cue.entry.kind not in OCCASION_KINDS or _visit(words[i]) \
            or words[i - 1].lower not in german.INDEFINITE_ARTICLES or words[i - 2].lower not in OCCASION_OPENERS:
        return []
    bare = [a for a in sentence.actors_in(*sentence.clause_of(i)) if a.prep is None]
    if len(bare) != 2 or bare[0].key == bare[1].key or bare[1].type != "Official" \
            or not any(w.verbish or w.lower in german.AUXILIARIES for w in words[max(0, bare[0].first - 1):bare[1].first]
                       if not w.capitalized):
        return []
    return bare


OCCASION_KINDS = frozenset({"PhoneCall", "Meeting"})
OCCASION_OPENERS = german.IN_PREPOSITIONS | german.OCCASION_PREPOSITIONS
TAKING_PART = declare("talks-taking-part", "talks participants", "the named actors of a clause that takes part "
                      "„an“ a talks noun („teilnehmen“, „sich beteiligen“) hold those talks: „An dem Treffen nahmen "
                      "Merkel, Hollande und Putin teil“, also those „neben“ them: „An der Konferenz nehmen neben den USA "
                      "auch Russland und der Iran teil“")
PARTAKING = resources.load_word_list("participation_verbs.tsv")


def _taking_part(sentence: Sentence, cue: int) -> list[Actor]:
    """The bare actors (two or more) of a clause whose verb takes part "an"/"am" the talks noun at `cue`."""
    words = sentence.words
    if not any(w.lower in german.PARTICIPATION_PREPOSITIONS for w in words[max(0, cue - 2):cue]):
        return []
    first, last = sentence.clause_of(cue)
    if not clause_has_verb(sentence, first, last, PARTAKING):
        return []
    # "neben den USA nehmen auch Russland und China teil": those besides take part too
    bare = list({a.key: a for a in sentence.actors_in(first, last)
                 if a.prep is None or a.prep in german.BESIDES_PREPOSITIONS}.values())
    return bare if len(bare) >= 2 else []


FRONTED_NOUN = declare("talks-fronted-noun", "talks participants", "a talks noun opening the sentence as the object "
                       "of the verb after it is held by the coordinated subjects after that verb: „Die Gespräche "
                       "führen die EU, die EZB sowie der IWF“")
FRONTED_GAP = german.LIST_GLUE | german.ARTICLES | frozenset({"(", ")"})


def _subjects_after_verb(sentence: Sentence, cue: int) -> list[Actor]:
    """The coordinated actors after the verb that follows a sentence-initial talks noun (two or more)."""
    words = sentence.words
    if not (cue == 0 or (cue == 1 and words[0].lower in german.ARTICLES)) or cue + 2 >= len(words) \
            or words[cue + 1].capitalized or not words[cue + 1].text.isalpha():
        return []
    out: list[Actor] = []
    end, joined = cue + 1, False
    for actor in sentence.actors:
        if actor.first <= end:
            continue
        gap = words[end + 1:actor.first]
        if not all(w.lower in FRONTED_GAP for w in gap) or (not out and len(gap) > 1):
            break
        joined = joined or any(w.lower in german.ADDITIVE_CONJUNCTIONS for w in gap)
        end = actor.last
        if actor.prep is None and actor.key not in {a.key for a in out}:
            out.append(actor)
    return out if len(out) >= 2 and joined else []


RELATIVE_ATTENDANCE = declare("talks-relative-not-attended", "talks participants", "talks named in a relative "
                              "clause are not attended by the sentence's subject: „Sie räumten ein Hindernis für ein "
                              "Abkommen aus, das bei einer UN-Konferenz in Paris beschlossen werden soll“")


def _in_relative(sentence: Sentence, cue: int) -> bool:
    """The cue stands in a relative clause ("…, das bei einer UN-Konferenz beschlossen werden soll")."""
    first, last = sentence.clause_of(cue)
    if first == 0 or sentence.words[first - 1].verbish:
        return False        # "Merkel sagte, die … Beschlüsse würden …": a clause of saying, not a relative one
    if not relative_clause(sentence, first) and not _verb_final_relative(sentence, first, last):
        return False
    fired(RELATIVE_ATTENDANCE)
    return True


def _verb_final_relative(sentence: Sentence, first: int, last: int) -> bool:
    """ "…, das Ende des Jahres beschlossen werden soll": a relative pronoun after the comma, its verbs at the end."""
    words = sentence.words
    lead = first + 1 if words[first].text == "," else first
    if lead >= last or words[lead].lower not in german.RELATIVES:
        return False
    end = last - 1 if words[last - 1].text in ".;:!?" else last
    return (words[end - 1].verbish or words[end - 1].lower in german.AUXILIARIES) \
        and not any(w.verbish or w.lower in german.AUXILIARIES for w in words[lead + 1:end - 3])


SPEAKER = declare("talks-speaker", "talks participants", "the speaker reporting on talks with a partner had "
                  "them: „Das Gespräch mit Putin sei konstruktiv gewesen, sagte Merkel“")


def _linked(sentence: Sentence, cue: _Cue, clause: list[Actor]) -> list[tuple[Actor, str]]:
    """The actors linked to a talks noun, each with the rule that links it, in the rules' order."""
    words, i = sentence.words, cue.index
    genitive = i + 1 < len(words) and words[i + 1].lower in german.GENITIVE_ARTICLES
    inside = [a for a in clause if a.first == i]
    # "Nato-Treffen": the body meets; "EU-Türkei-Gipfel": both parties, but "Syrien-Konferenz" is about Syria
    linked = [(a, LINKED_BODY) for a in inside if a.type == "Organization" or len(inside) >= 2]
    linked += [(a, PAIRED_ADJECTIVES) for a in _paired_adjectives(sentence, i, clause)]
    listing = _headline_list(sentence, i) or clause
    own = [a for a in clause if a.prep is None and (a.first == i + 1 or (genitive and i + 1 < a.first <= i + 3))]
    governed = [] if own or not genitive else _governed_genitive(words, i, clause)
    linked += _listed(own or governed, listing, words, LINKED_GOVERNED if governed else LINKED_GENITIVE)
    if not _visit(words[i]) and i + 1 < len(words) and words[i + 1].lower in german.FROM_PREPOSITIONS:
        # "ein Treffen von Fico mit Fischer": "von" stands for the genitive
        linked += _listed([a for a in clause if a.prep in german.FROM_PREPOSITIONS and i + 1 < a.first <= i + 3],
                          clause, words, LINKED_VON)
    linked += [(a, LINKED_PARTNER) for a in clause if a.prep in german.PARTNER_PREPOSITIONS and _partner_ok(sentence, i, a)]
    linked += [] if linked else [(a, AGREEMENT_PARTIES) for a in _agreement_parties(sentence, i, clause)]
    linked += [(a, PARTNER_BEFORE) for a in clause if a.prep in german.PARTNER_PREPOSITIONS and a.last < i
               and _partner_before(sentence, i, a)]
    supplier = None if linked else _supplier(sentence, cue)
    linked += [(supplier, SUPPLIER)] if supplier is not None else []
    if GUEST in cue.entry.requires:
        return linked + [(a, GUEST_HOST) for a in _guest_hosts(sentence, i, clause)]
    if not _visit(words[i]):
        return linked + ([] if linked else [(a, TRIP_HOST) for a in _trip_hosts(sentence, i)])
    return linked + _visit_links(sentence, i, clause, linked)


LINKED_GOVERNED = declare("talks-linked-governed-genitive", "talks participants", "the body in the genitive after a "
                          "talks noun that a preposition governs (and so carries that preposition) holds the talks: "
                          "„Beim Gipfeltreffen der Nato in Warschau sagte Obama …“, „Zur Konferenz der OSZE kam Lawrow“")


def _governed_genitive(words: tuple[Word, ...], cue: int, clause: list[Actor]) -> list[Actor]:
    """The organisations in the genitive after the talks noun ("der Nato") read with the preposition before the
    noun (a state there is one side of talks whose other side the sentence need not name: "nach Gesprächen der USA")."""
    prep = governing_prep(words, cue)
    if prep is None:
        return []
    return [a for a in clause if a.prep == prep and a.type == "Organization" and cue + 1 < a.first <= cue + 3]


HEADLINE_LIST = declare("talks-headline-list", "talks participants", "the actors listed with commas after a talks noun "
                        "opening a headline without a verb take part: „Treffen EU, Ukraine, Russland diese Woche möglich“")


def _headline_list(sentence: Sentence, cue: int) -> tuple[Actor, ...]:
    """All the sentence's actors, where a talks noun opens a sentence without a verb (its commas end no clause)."""
    if cue != 0 or len(sentence.clauses) < 2 or any(w.verbish for w in sentence.words):
        return ()
    fired(HEADLINE_LIST)
    return sentence.actors


AGREEMENT_PARTIES = declare("talks-agreement-parties", "talks participants", "the parties „zwischen“ A and B of the "
                            "agreement a talks noun is „über“ negotiate it: „Die Verhandlungen über ein "
                            "Freihandelsabkommen zwischen der EU und Kanada wurden abgeschlossen“")


def _agreement_parties(sentence: Sentence, cue: int, clause: list[Actor]) -> list[Actor]:
    """The two or more "zwischen" actors of an agreement noun after "über" right after the talks noun."""
    words = sentence.words
    if cue + 2 >= len(words) or words[cue + 1].lower not in german.ABOUT_PREPOSITIONS:
        return []
    noun = next((j for j in range(cue + 2, min(len(words), cue + 5))
                 if words[j].capitalized and words[j].lower.endswith(AGREEMENTS)), None)
    if noun is None:
        return []
    parties = [a for a in clause if a.prep in german.BETWEEN_PREPOSITIONS and _partner_ok(sentence, noun, a)]
    return parties if len(parties) >= 2 else []


GUEST_HOST = declare("talks-guest-host", "talks participants", "„zu Gast bei“ an official (or with an official "
                     "as guest) is a meeting of guest and host: „Kurz war am Montag bei Präsident Putin zu Gast“")
GUEST = "host"      # the talks lexicon's mark of a noun whose host after "bei" takes part ("zu Gast bei")
GUEST_OF = german.AT_PREPOSITIONS | (german.MEETING_PREPOSITIONS & german.CONTRACTIONS)      # "bei", "beim"


def _guest_hosts(sentence: Sentence, i: int, clause: list[Actor]) -> list[Actor]:
    """The actor after "bei" next to "zu Gast" (before or after it), where an official is guest or host."""
    host = next((a for a in clause if a.prep in GUEST_OF and (i < a.first <= i + 3 or i - 6 <= a.last < i)), None)
    if host is None:
        return []
    guests = [a for a in clause if a.prep is None and a.last < i and a.key != host.key]
    return [host] if "Official" in {host.type, *(a.type for a in guests)} else []




def _trip_hosts(sentence: Sentence, i: int) -> list[Actor]:
    """The state a clause travels to where the talks noun at `i` follows "zu"/"zum" ("zu Gesprächen nach Moskau")."""
    words = sentence.words
    if i == 0 or words[i - 1].lower not in german.TO_PREPOSITIONS or _clause_verbs(sentence, i, HOSTING):
        return []       # "lud Putin zu Gesprächen nach Berlin ein": host and guest, read as an invitation
    first, last = sentence.clause_of(i)
    preps = german.DESTINATION_PREPOSITIONS
    return _named_hosts(sentence, first, last, preps)[:1] or capital_hosts(sentence, first, last, preps)[:1]


def _named_hosts(sentence: Sentence, first: int, last: int, preps: frozenset[str]) -> list[Actor]:
    """The states words `first`..`last` name after one of `preps` ("nach Polen")."""
    return [a for a in sentence.actors_in(first, last) if a.type == "State" and a.prep in preps]


def _visit_links(sentence: Sentence, i: int, clause: list[Actor], linked: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The visitor after "von" and the visited state of the visit noun at `i` (its rules beside)."""
    words = sentence.words
    # "des Besuchs von Papst Franziskus im kommunistischen Kuba": the visitor after "von"
    visitor = next((a for a in clause if a.prep in german.FROM_PREPOSITIONS and a.first in (i + 2, i + 3)
                    and a.type != "State"), None)
    # the host comes after the visitor, named by "von" or in the genitive ("des Präsidenten Xi in den USA")
    reach = max([a.last for a, rule in linked if rule in (LINKED_GENITIVE, LINKED_LIST)] +
                [visitor.last if visitor else i]) + 4
    found = [(visitor, VISITOR)] if visitor is not None else []
    # "sein Besuch in Ägypten": the host state takes part
    hosts = [(a, VISIT_HOST) for a in clause if a.type == "State" and a.prep in german.TRAVEL_PREPOSITIONS
             and i < a.first <= reach]
    # "bei einem Besuch in Kairo": the state of the capital
    hosts = hosts or [(a, VISIT_CAPITAL) for a in capital_hosts(sentence, i + 1, reach + 1, german.TRAVEL_PREPOSITIONS)]
    # "ist in Polen zu Besuch": the state the clause goes to, also before the noun
    return found + (hosts or _stay_hosts(sentence, i) if _on_visit(words, i) else hosts)


ON_VISIT = german.TO_PREPOSITIONS - german.TO_CONTRACTIONS


def _on_visit(words: tuple[Word, ...], i: int) -> bool:
    """ "zu Besuch": the visit noun right after a bare "zu"."""
    return i > 0 and words[i - 1].lower in ON_VISIT


def _stay_hosts(sentence: Sentence, i: int) -> list[tuple[Actor, str]]:
    """The states a clause with "zu Besuch" at `i` goes to, each with its rule: named, or by their capital or
    as "die polnische Hauptstadt" (a stay in a capital is talks only through the meetings held there)."""
    first, last = sentence.clause_of(i)
    preps = german.TRAVEL_PREPOSITIONS
    named = [(a, VISIT_STAY) for a in _named_hosts(sentence, first, last, preps)]
    capitals = capital_hosts(sentence, first, last, preps) + [
        replace(o, last=o.last + 1) for o in sentence.owners if first <= o.first < last and o.prep in preps
        and o.last + 1 < last and sentence.words[o.last + 1].lower in CAPITAL_NOUNS]
    return named or list({a.key: (a, VISIT_CAPITAL) for a in capitals}.values())


LINKED_LIST = declare("talks-linked-list", "talks participants", "the actors listed after the first in a talks "
                      "noun's genitive (or „von“) take part too: „Gespräche der USA, Russlands und Chinas“")
LINKED_VON = declare("talks-linked-von", "talks participants", "the actor after „von“ right after a talks noun "
                     "takes part, as a genitive would: „ein Treffen von Merkel mit Putin ist geplant“")


def _listed(first: list[Actor], clause: list[Actor], words: tuple[Word, ...], rule: str) -> list[tuple[Actor, str]]:
    """The first actor linked to the noun, and those listed after it with the same preposition
    ("der USA, Russlands und Chinas"), each with its rule."""
    if not first:
        return []
    out = [(first[0], rule)]
    for actor in clause:
        last = out[-1][0]
        gap = words[last.last + 1:actor.first]
        if actor.first > last.last and actor.prep == last.prep and 0 < len(gap) <= 2 \
                and all(w.lower in german.LIST_GLUE or w.lower in german.GENITIVE_ARTICLES for w in gap) \
                and any(w.lower in german.LIST_GLUE for w in gap):
            out.append((actor, LINKED_LIST))
    return out


SUPPLIER = declare("talks-supplier", "talks participants", "the state a purchase under negotiation comes from "
                   "is the counterpart: „Indien will die Gespräche über Flugzeugkäufe aus Brasilien fortsetzen“")
# Nouns of buying and supplying, matched as a word's ending ("Flugzeugkäufe"): `kg/data/trade_nouns.tsv`.
TRADE = tuple(sorted(resources.load_word_list("trade_nouns.tsv")))


def _supplier(sentence: Sentence, cue: _Cue) -> Actor | None:
    """The State after "aus" in the talks noun's "über" topic of trade ("über Flugzeugkäufe aus Brasilien")."""
    first, last = sentence.clause_of(cue.index)
    words = sentence.words
    about = next((i for i in range(cue.index + 1, min(last, cue.index + 3)) if words[i].lower in german.ABOUT_PREPOSITIONS), None)
    if about is None:
        return None
    trade = next((i for i in range(about + 1, min(last, about + 5))
                  if words[i].capitalized and words[i].lower.endswith(TRADE)), None)
    if trade is None:
        return None
    return next((a for a in sentence.actors_in(trade + 1, last) if a.type == "State" and a.prep in german.OUT_OF_PREPOSITIONS), None)


PAIRED_ADJECTIVES = declare("talks-paired-adjectives", "talks participants", "the states of a hyphenated pair of "
                            "adjectives before a talks noun take part: „die russisch-ukrainischen Verhandlungen“")


def _paired_adjectives(sentence: Sentence, cue: int, clause: list[Actor]) -> list[Actor]:
    """The states named by one hyphenated adjective word just before the noun ("deutsch-französischen")."""
    for j in (cue - 1, cue - 2):
        word = sentence.words[j] if j >= 0 else None
        if word is None or word.capitalized or "-" not in word.text:
            continue
        states = [a for a in clause if a.first == a.last == j and a.type == "State"]
        if len(states) >= 2:
            return states
    return []


def _passive_form(sentence: Sentence, index: int) -> bool:
    """A participle after a passive auxiliary in its clause ("wurde … empfangen").

    "wird Merkel empfangen" may be a future; the caller also wants the agent after "von".
    """
    first, _ = sentence.clause_of(index)
    return sentence.words[index].text.islower() and any(w.lower in PASSIVE_AUXILIARIES for w in sentence.words[first:index])


_VISITS = tuple(sorted(resources.listed_words("visit_nouns.tsv")))


def _travel(cue: _Cue) -> bool:
    return travels(cue.entry)


def _visit(word: Word) -> bool:
    # "seine Reise nach Kuba": a journey to a state visits it (Aus-/Einreise are "none" cues)
    return word.lower.rstrip("s").endswith(_VISITS)


def _hosted(sentence: Sentence) -> bool:
    for first, last in sentence.clauses:
        particle = clause_particle(sentence, first, last)
        for word in sentence.words[first:last]:
            if any(key in HOSTING for key in verb_keys(word, particle[0] if particle else None)):
                return True
    return False


def _names(reading: EntityReading) -> dict[str, str]:
    """Lower-cased names and aliases → entity key, for splitting compounds."""
    table: dict[str, str] = {}
    for entity in reading.entities:
        if entity.type in ACTOR_TYPES:
            for name in (entity.name, *entity.aliases):
                table.setdefault(name.lower(), entity.key)
    return table


def _members(key: str, reading: EntityReading, names: dict[str, str]) -> list[str]:
    """A joint body named by its members ("Nato-Russland-Rat") stands for them in talks."""
    entity = reading.entity(key)
    if entity is None or entity.type != "Organization" or "-" not in entity.name:
        return [key]
    parts = entity.name.split("-")[:-1]
    keys = [names.get(p.lower()) or names.get(p.lower().rstrip("s")) for p in parts]
    if len(keys) >= 2 and all(keys):
        return [k for k in keys if k]
    return [key]


MEDIA_NAME = declare("talks-media-name", "talks participants", "an organisation whose name ends in a noun of the "
                     "press („…zeitung“, „…magazin“) is a medium, no party to talks: „sagte er im Gespräch mit der "
                     "Frankfurter Sonntagszeitung“")


def _medium(entity: Entity | None) -> bool:
    """A news medium: by its kind, or by the press noun its name ends in."""
    if entity is None or entity.type != "Organization":
        return False
    if entity.kind == "media":
        return True
    if org_heads().kind(entity.name.rsplit(" ", 1)[-1]) != "media":
        return False
    fired(MEDIA_NAME)
    return True


def _keys(actors: list[Actor], reading: EntityReading) -> list[str]:
    """Participant keys: joint bodies split into members, news media left out."""
    names = _names(reading) if any("-" in a.key for a in actors) else {}
    out: list[str] = []
    for actor in actors:
        if _medium(reading.entity(actor.key)):
            continue
        out += _members(actor.key, reading, names)
    return out


TWO_GROUPS = declare("talks-two-groups", "talks participants", "two groups of negotiators joined by „sowie“, "
                     "each named by its own noun, hold two meetings: „Die Außenminister Russlands und der USA sowie "
                     "die Verteidigungsminister Chinas und Indiens trafen sich“")


def _second_group(sentence: Sentence, people: list[Actor], cue: int) -> list[Actor]:
    """The subjects and a second group after „sowie“ and a noun before the verb ("X und Y sowie Vertreter Z und W")."""
    if len(people) < 2:
        return people
    taken = {a.key for a in people}
    more = [a for a in sentence.actors_in(people[-1].last + 1, cue) if a.prep is None and a.key not in taken]
    return people + more if len(_two_groups(sentence, people + more)) > 1 else people


def _two_groups(sentence: Sentence, people: list[Actor]) -> list[list[Actor]]:
    """The groups of `people` split at a „sowie“ followed by a noun of their own, each of two or more."""
    words = sentence.words
    cuts = [i for i in range(1, len(people))
            if any(w.lower in german.AS_WELL_AS and any(x.capitalized and x.text.isalpha() for x in words[j + 1:people[i].first])
                   for j, w in enumerate(words[people[i - 1].last + 1:people[i].first], people[i - 1].last + 1))]
    bounds = [0, *cuts, len(people)]
    groups = [people[a:b] for a, b in zip(bounds, bounds[1:])]
    return groups if cuts and all(len(g) >= 2 for g in groups) else [people]


JOINT_LINKED = declare("talks-joint-linked", "talks participants", "a talks noun whose genitive (or „von“) lists "
                       "two or more actors and that names partners „mit“ is one meeting of all, not one per partner: "
                       "„Der Gipfel von Merkel und Hollande mit Putin“")


def _joint_linked(rules: tuple[str, ...]) -> tuple[str, ...]:
    """The rules, with `JOINT_LINKED` where a listed genitive side meets partners "mit" (one meeting of all).

    Example: „Der Gipfel von Merkel und Hollande mit Putin“ read by talks-linked-list and talks-linked-partner.
    """
    if LINKED_LIST in rules and LINKED_PARTNER in rules:
        fired(JOINT_LINKED)
        return (*rules, JOINT_LINKED)
    return rules


# coordinated subjects meeting each other: one joint meeting, not one per partner of the first
JOINT = frozenset({RECIPROCAL, COORDINATED_PAIR, JOINT_AGREEMENT, COORDINATED, JOINT_SUBJECTS, OWNERS, TAKING_PART,
                   JOINT_LINKED})


def _bilateral(people: list[Actor]) -> list[list[Actor]]:
    """One official meeting several officials "mit A und B" held separate talks with each."""
    if len(people) > 2 and all(a.type == "Official" for a in people):
        return [[people[0], other] for other in people[1:]]
    return [people]


def _more(rules: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The rule names with one more, each once."""
    return rules if name in rules else (*rules, name)


def _unique(keys: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(keys))


@dataclass
class _Reading:
    """The state of reading one article's talks, sentence by sentence."""

    entities: EntityReading
    sentences: list[Sentence]
    ref: date | None
    opened: list[_Open] = field(default_factory=list)       # talks read so far
    dated: list[Sentence] = field(default_factory=list)      # sentences with a date expression, latest last
    offers: dict[int, int] = field(default_factory=dict)     # offered talks: evidence start → sentence index
    epithets: frozenset[int] = frozenset()                   # the current sentence's words read as a person


@dataclass(frozen=True)
class _When:
    """A sentence's tense reading and date, for the talks its cues open."""

    status: str
    tense: Tense
    span: DateSpan | None


def read_talks(doc: Doc, article: Article, reading: EntityReading) -> list[Talks]:
    """All talks of the article with at least two participants."""
    return list(_read_all(doc, article, reading)[1])


def read_consultations(doc: Doc, article: Article, reading: EntityReading) -> list[Talks]:
    """Every talks reading of the sentences, also those the article-level merge folds away.

    A visit folded into the meeting it was the occasion of is still a consultation of
    the visited state (a PLOVER CONSULT), though not talks of its own; talks read from an
    agreement are not (their PLOVER event is the AGREE the events stage reads).
    """
    return [t for t in _read_all(doc, article, reading)[0] if AGREED not in t.rules]


def _read_all(doc: Doc, article: Article, reading: EntityReading) -> tuple[tuple[Talks, ...], tuple[Talks, ...]]:
    """(the sentences' talks, the article's talks after merging), read once per Doc and reading."""
    return once_per_doc(doc, _CACHE_KEY, reading, lambda: _read_talks(doc, article, reading))


def _read_talks(doc: Doc, article: Article, reading: EntityReading) -> tuple[tuple[Talks, ...], tuple[Talks, ...]]:
    state = _Reading(reading, read_sentences(doc, article, reading), reference_date(article))
    for sentence in state.sentences:
        _read_sentence(state, sentence)
    opened = [with_body_official(o.talks, reading) for o in state.opened]
    read = [t for t in opened if len(t.participants) >= 2
            and not _refused(state.sentences, state.offers.get(t.evidence.start))]
    merged = drop_headline_repeats(once_per_sentence(subsume_visits(read, reading)), _body_start(state.sentences))
    if len(merged) > 1:
        again = frozenset(s.start for s in state.sentences if tells_again(s))
        merged = merge_same_meetings(merged, again)
    out = (tuple(read), tuple(merged))
    log.debug("%s: %d talks", article.id, len(out[1]))
    return out


def _body_start(sentences: list[Sentence]) -> int:
    """Where the body starts after a headline: the sentence opening with a dateline ("Kairo – …"), else 0."""
    for sentence in sentences[1:3]:
        if dateline_end(sentence.words):
            return sentence.start
    return 0


def _read_sentence(state: _Reading, sentence: Sentence) -> None:
    """Open talks for the cues of one sentence, or add its participants to the talks just read."""
    cues = _find_cues(sentence)
    if not cues:
        if find_date(sentence.text, state.ref) is not None:
            state.dated.append(sentence)
        if state.opened and PARTICIPATION.search(sentence.text):
            _join_participants(state, sentence)
        return
    if _sports(sentence):
        fired(SPORTS)
        return
    status, tense = _status(sentence)
    when = _When(status, tense, find_date(sentence.text, state.ref, tense))
    if when.span is not None:
        state.dated.append(sentence)
    prev = previous_subject(state.sentences, sentence.index)
    sentence, state.epithets = with_epithets(sentence, prev, state.entities)
    handled: set[int] = set()
    noun_clauses = {sentence.clause_of(c.index) for c in cues if c.entry.match == "suffix"}
    for cue in cues:
        if cue.index in handled:
            continue
        if _negated(sentence, cue.index):
            fired(NEGATED)
            continue
        if _travel(cue) and sentence.clause_of(cue.index) in noun_clauses:
            continue        # "reist zum Gipfel nach Malta": travel to the talks, not a visit
        handled.add(cue.index)
        _read_cue(state, sentence, cue, prev, when)


SPORTS = declare("talks-sports-match", "talks guard", "a sentence naming a match or its standing (`sport_nouns.tsv`) "
                 "tells of a game, no talks: „Die Belgier empfangen die Russen, Valencia hat das Schlusslicht zu Gast“")
# Endings of nouns of a sports match („Rückspiel“, „Viertelfinale“): `kg/data/sport_nouns.tsv`.
SPORT_NOUNS = tuple(sorted(resources.listed_words("sport_nouns.tsv")))


def _sports(sentence: Sentence) -> bool:
    return any(w.capitalized and w.lower.endswith(SPORT_NOUNS) for w in sentence.words)


def _read_cue(state: _Reading, sentence: Sentence, cue: _Cue, prev: Actor | None, when: _When) -> None:
    told = offer = None
    if offered(sentence, cue.index):
        told, offer = "planned", OFFERED        # "bot an, Gespräche auszurichten": not held
        state.offers[sentence.start] = sentence.index
    people, found_by = _participants(sentence, cue, prev)
    people, found_by = _plural_subject(state.sentences, sentence, people, found_by)
    if len(people) < 2 and cue.entry.match == "suffix" and "-" in sentence.words[cue.index].text:
        named = _compound_parties(sentence, cue.index, state.entities)
        people, found_by = (named, (NOUN_PARTIES, COMPOUND_NAMES)) if named else (people, found_by)
    people = _known_hosts(people, found_by, state.entities)
    traveller = _traveller(state, sentence, cue, people, prev)
    people, found_by = ([traveller, *people], (*found_by, TRAVELLER)) if traveller else (people, found_by)
    found_by = (*found_by, EPITHET) if any(a.first in state.epithets for a in people) else found_by
    inviter = _inviter(sentence, cue)
    if inviter is not None and inviter[1].key not in {a.key for a in people}:
        guest = people or (_guests(sentence, *inviter) if cue.entry.match == "verb" else [])
        people, found_by = ([*guest, inviter[1]], (*found_by, INVITER)) if guest else (people, found_by)
    if INVITATION in found_by and _clause_verbs(sentence, cue.index, INVITING):
        told = "planned"        # an invitation: the talks are still to come
    recent = next((o for o in reversed(state.opened) if sentence.index - o.sentence <= 2), None)
    words = sentence.words
    refers = cue.entry.match == "suffix" and cue.index > 0 and words[cue.index - 1].lower in REFERRING
    anaphor = _anaphoric(state, sentence, cue, people, refers)
    if anaphor is not None:
        _open_anaphoric(state, sentence, cue, *anaphor, when)
    elif refers and recent is not None:
        _extend_referred(state, sentence, cue, people, recent)
    elif people:
        rules = (*_cue_rule(sentence, cue), *found_by, *((offer,) if offer else ()),
                 *((AGREED,) if "agreed" in cue.entry.requires else ()))
        _open_talks(state, sentence, cue, people, rules, told, when)


TRAVELLER = declare("talks-traveller", "talks participants", "a talks noun with one „mit“ partner and no actor of "
                    "its own right after a sentence whose subject travels is the traveller's: „Merkel reist am Montag "
                    "nach Frankreich. Dort ist ein Treffen mit Hollande geplant.“")


def _traveller(state: _Reading, sentence: Sentence, cue: _Cue, people: list[Actor], prev: Actor | None) -> Actor | None:
    """The subject of the sentence before, where it travels and the cue (a noun) has one "mit" partner only."""
    if prev is None or len(people) != 1 or people[0].prep not in german.WITH_PREPOSITIONS or sentence.index == 0 \
            or cue.entry.match != "suffix" or prev.key == people[0].key:
        return None
    if any(a.prep is None for a in sentence.actors_in(*sentence.clause_of(cue.index))):
        return None         # "Dort will Merkel ein Treffen mit Hollande": the sentence names its own subject
    before = state.sentences[sentence.index - 1]
    if not any(_travel(c) and main_subject(before) == prev for c in _find_cues(before)):
        return None
    return replace(prev, first=cue.index, last=cue.index, prep=None)


PLURAL_SUBJECT = declare("talks-plural-pronoun", "talks participants", "„sie“ next to a finite verb in „-n“ (the "
                         "plural) among a talks cue's participants is the coordinated subjects of the sentence before "
                         "(or the one before it) that it was read as the first of: „Merkel und Hollande reisten nach "
                         "Minsk. Dort trafen sie Präsident Putin.“")


def _plural_subject(sentences: list[Sentence], sentence: Sentence, people: list[Actor],
                    rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants with a plural „sie“ read as all the coordinated subjects it stands for."""
    words = sentence.words
    at = next((k for k, a in enumerate(people) if a.resolved and words[a.first].lower == german.PLURAL_PRONOUN
               and _plural_verb(words, a.first)), None)
    if at is None:
        return people, rules
    pronoun = people[at]
    for earlier in sentences[max(0, sentence.index - 2):sentence.index][::-1]:
        head = main_subject(earlier)
        if head is None or head.key != pronoun.key:
            continue
        taken = {a.key for a in people}
        more = [replace(a, first=pronoun.first, last=pronoun.last, prep=None, resolved=True)
                for a in coordinated_subjects(earlier, head)[1:] if a.key not in taken]
        if more:
            return people[:at + 1] + more + people[at + 1:], (*rules, PLURAL_SUBJECT)
    return people, rules


def _plural_verb(words: tuple[Word, ...], i: int) -> bool:
    """A finite verb (or auxiliary) in „-n“ right before or after word i: „trafen sie“, „sie haben“."""
    return any((w.verbish or w.lower in german.AUXILIARIES) and w.lower.endswith("n")
               for w in words[max(0, i - 1):i + 2] if w is not words[i])


INVITER = declare("talks-inviter", "talks participants", "the inviter after „auf Einladung von“ (or in its genitive) "
                  "hosts the talks of its clause: „Auf Einladung von Kanzler Scholz besuchte Premier Modi Berlin“")
ON_INVITATION = german.ON_PREPOSITIONS
# „auf Einladung von Scholz“; „auf Einladung des Kanzlers X“ (a genitive after the noun keeps the phrase's „auf“)
INVITER_PREPS = german.FROM_PREPOSITIONS | ON_INVITATION | {None}


def _inviter(sentence: Sentence, cue: _Cue) -> tuple[int, Actor] | None:
    """The invitation noun's index and the actor right after it, where „auf Einladung“ stands in the clause of a
    talks verb or of a talks noun after „zu“ ("auf Einladung von Kanzler X … zu einem Treffen")."""
    words = sentence.words
    if cue.entry.match != "verb" and not any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 3):cue.index]):
        return None         # "vor dem EU-Gipfel": talks the invited meet before, not the invitation's
    first, last = sentence.clause_of(cue.index)
    at = next((i for i in range(first + 1, last) if words[i].lower in german.INVITATION_NOUNS
               and words[i - 1].lower in ON_INVITATION), None)
    if at is None:
        return None
    near = [a for a in sentence.actors_in(at + 1, last) if a.first <= at + 4 and a.prep in INVITER_PREPS
            and all(not w.verbish for w in words[at + 1:a.first])]
    # "des ägyptischen Präsidenten Abdel Fattah al-Sisi": the official, not the state of his adjective
    inviter = next((a for a in near if a.type == "Official"), near[0] if near else None)
    return (at, inviter) if inviter is not None else None


def _guests(sentence: Sentence, at: int, inviter: Actor) -> list[Actor]:
    """The first official or organisation that is a bare actor of the clause outside the invitation phrase."""
    first, last = sentence.clause_of(at)
    guest = next((a for a in sentence.actors_in(first, last) if a.prep is None and not at <= a.first <= inviter.last
                  and a.type in ("Official", "Organization") and a.key != inviter.key), None)
    return [guest] if guest is not None else []


COMPOUND_NAMES = declare("talks-compound-names", "talks participants", "the article's actors named as parts of a "
                         "hyphenated talks noun take part: „Obama-Putin-Treffen in Peking“, „das Merkel-Macron-Telefonat“")


def _compound_parties(sentence: Sentence, cue: int, reading: EntityReading) -> list[Actor]:
    """The actors whose names or aliases are the parts before the last of the hyphenated cue word (two or more)."""
    names = {**_surnames(reading), **_names(reading)}
    keys = [names.get(part.lower()) for part in sentence.words[cue].text.split("-")[:-1]]
    if len(keys) < 2 or not all(keys):
        return []
    return [Actor(k, reading.entity(k).type, cue, cue, None) for k in dict.fromkeys(keys) if k]


def _surnames(reading: EntityReading) -> dict[str, str]:
    """Lower-cased surnames (last name words) of the article's persons → key, where one person has it."""
    found: dict[str, set[str]] = {}
    for e in reading.entities:
        if e.type in ("Official", "Person") and " " in e.name:
            found.setdefault(e.name.rsplit(" ", 1)[1].lower(), set()).add(e.key)
    return {name: keys.pop() for name, keys in found.items() if len(keys) == 1}


def _known_hosts(people: list[Actor], rules: tuple[str, ...], reading: EntityReading) -> list[Actor]:
    """The participants without states the article does not name, and without the visited state of a capital
    where a visitor acts for it ("Merkel sagte bei einem Besuch in Berlin": no talks)."""
    named = [a for a in people if a.type != "State" or reading.entity(a.key) is not None]
    if VISIT_CAPITAL not in rules and VISIT_STAY not in rules and TRIP_HOST not in rules:
        return named if len(named) == len(people) or VISIT_RULES.isdisjoint(rules) else _no_host()
    own = {s for a in named for s in getattr(reading.entity(a.key), "affiliations", ())}
    kept = [a for a in named if not (a.type == "State" and a.key in own)]
    return kept if len(kept) == len(people) else _no_host()


NO_HOST = declare("talks-visit-without-host", "talks guard", "a visit whose host state the article does not name (or "
                  "is the visitor's own) is no talks, and those travelling together do not meet each other by it: "
                  "„Kanzlerin Merkel und Präsident Hollande reisten nach Minsk“")


def _no_host() -> list[Actor]:
    fired(NO_HOST)
    return []


def _anaphoric(state: _Reading, sentence: Sentence, cue: _Cue, people: list[Actor],
               refers: bool) -> tuple[Talks, str] | None:
    """The talks just read, whose partners are those of the sentence's own talks (and the rule), where the sentence
    names them only by reference: "Die beiden Minister wollen sich erneut treffen", "Die Gespräche wurden
    fortgesetzt"."""
    if len(people) >= 2:
        return None
    rule = CONTINUED if continues(sentence, cue.index) else \
        PAIR_ANAPHOR if not refers and pair_anaphor(sentence, cue.index) else None
    if rule is None:
        return None
    recent = next((o.talks for o in reversed(state.opened) if sentence.index - o.sentence <= 2
                   and o.sentence < sentence.index and len(o.talks.participants) >= 2), None)
    if recent is None or (rule == PAIR_ANAPHOR and len(recent.participants) != 2):
        return None
    if any(a.key not in recent.participants for a in people):
        return None         # "Indien will die Gespräche fortsetzen" after talks without India: other talks
    return recent, rule


def _open_anaphoric(state: _Reading, sentence: Sentence, cue: _Cue, earlier: Talks, rule: str, when: _When) -> None:
    """New talks of the partners of the `earlier` talks, those `_anaphoric` found by `rule`."""
    keys = earlier.participants
    rules = (*_cue_rule(sentence, cue), rule)
    place, place_rules = _where(state, sentence, cue, [])
    kind = cue.entry.kind
    if by_phone(sentence, cue.index):
        kind, place_rules = "PhoneCall", (BY_PHONE,)
    elif _spoken(cue):
        # "Kurz traf Lawrow in Wien. Die beiden sprachen über die Ukraine.": they spoke at the meeting just read
        if earlier.kind != "PhoneCall":
            kind, place, place_rules = earlier.kind, place or earlier.place, (*place_rules, SPOKEN_AT)
    talks = Talks(kind=kind, participants=keys, evidence=_evidence(sentence), status=when.status,
                  place=None if kind == "PhoneCall" else place, start=when.span.start if when.span else None,
                  end=when.span.end if when.span else None, confidence=0.5, rules=(*rules, *place_rules))
    state.opened.append(_Open(talks, sentence.index))


def _extend_referred(state: _Reading, sentence: Sentence, cue: _Cue, people: list[Actor], recent: _Open) -> None:
    """ "Zu den Gesprächen lud X ein": the sentence's partners join the talks it refers to."""
    extra = [a for a in sentence.actors if a.prep in german.PARTNER_PREPOSITIONS]
    if _hosted(sentence):
        extra += [a for a in sentence.actors if a.prep is None]
    merged = _unique(list(recent.talks.participants) + _keys(people + extra, state.entities))
    talks = replace(recent.talks, participants=merged, place=recent.talks.place or place_near(sentence, cue.index),
                    rules=_more(recent.talks.rules, REFERENCE))
    state.opened[state.opened.index(recent)] = _Open(talks, sentence.index)


def _open_talks(state: _Reading, sentence: Sentence, cue: _Cue, people: list[Actor], rules: tuple[str, ...],
                told: str | None, when: _When) -> None:
    """New talks of the cue: one, or one per partner of an official meeting several."""
    groups = _two_groups(sentence, people)
    rules = _joint_linked(rules)
    if len(groups) > 1:
        rules = (*rules, TWO_GROUPS)
    elif JOINT.isdisjoint(rules) and INVITER not in rules and PLURAL_SUBJECT not in rules:
        # host and guests of an invitation meet together, and so do those a plural „sie“ stands for
        groups = _bilateral(people)
        rules = (*rules, BILATERAL) if len(groups) > 1 else rules
    for group in groups:
        kind = cue.entry.kind
        place, place_rules = _where(state, sentence, cue, group if len(groups) > 1 else people)
        if kind == "PhoneCall" and _spoken(cue) and place:
            kind, place_rules = "Meeting", (*place_rules, SPOKEN_PLACE) if place_rules else place_rules
        if kind == "PhoneCall" and _at_meeting(sentence, cue.index):
            kind, place, place_rules = _at_meeting_call(cue, place, place_rules)
        if kind != "PhoneCall" and by_phone(sentence, cue.index):
            kind, place, place_rules = "PhoneCall", None, (BY_PHONE,)
        keys = _unique(_keys(group, state.entities))
        holders = role_holders(sentence, group, state.entities)
        if holders:
            keys, place_rules = _unique([holders.get(k, k) for k in keys]), (*place_rules, ROLE_OF_STATE)
        span = when.span or (_earlier_date(state.dated, sentence.index, keys, state.ref, when.tense)
                             if when.status == "held" else None)
        talks = Talks(kind=kind, participants=keys, evidence=_evidence(sentence), status=told or when.status,
                      place=place, start=span.start if span else None, end=span.end if span else None,
                      confidence=0.6 if len(keys) >= 2 else 0.4, rules=(*rules, *place_rules))
        state.opened.append(_Open(talks, sentence.index))


SPOKEN_AT_MEETING = declare("talks-spoken-at-meeting-noun", "talks kind", "„sprechen“ at a meeting its clause "
                            "names („am Rande“, „während“, „bei“ a talks noun) is a meeting, not a phone call: „Merkel "
                            "und Putin sprachen am Rande des G20-Gipfels miteinander“")
CALL_AT_MEETING = declare("talks-call-at-meeting-noun", "talks place", "a phone call made at a meeting its clause "
                          "names takes no place from that meeting: „Merkel telefonierte am Rande des Gipfels in "
                          "Brüssel mit Erdogan“ (Brüssel is the summit's place, not the call's)")


def _at_meeting(sentence: Sentence, cue: int) -> bool:
    """A non-phone talks noun of the cue's clause right after „am Rande“, „während“, „bei“, „auf“.

    Example: „sprachen am Rande des G20-Gipfels miteinander“ → True (the genitive „Gipfels“ is a summit).
    """
    words, suffixes = sentence.words, _cue_index()[0]
    first, last = sentence.clause_of(cue)
    for j in range(first + 1, last):
        w = words[j]
        if j == cue or not w.capitalized or not any(v.lower in german.AT_MEETING_WORDS for v in words[max(first, j - 3):j]):
            continue
        entry = _suffix_cue(w.lower, suffixes) or _genitive_cue(w, suffixes)
        if entry is not None and entry.kind not in ("PhoneCall", "none"):
            return True
    return False


def _at_meeting_call(cue: _Cue, place: str | None, place_rules: tuple[str, ...]
                     ) -> tuple[str, str | None, tuple[str, ...]]:
    """A talk at a meeting: „sprechen“ there is a meeting; a call keeps no place (it is the meeting's)."""
    if _spoken(cue):
        fired(SPOKEN_AT_MEETING)
        return "Meeting", place, (*place_rules, SPOKEN_AT_MEETING)
    if place is not None:
        fired(CALL_AT_MEETING)
        return "PhoneCall", None, (CALL_AT_MEETING,)
    return "PhoneCall", place, place_rules


def _where(state: _Reading, sentence: Sentence, cue: _Cue, group: list[Actor]) -> tuple[str | None, tuple[str, ...]]:
    """The talks' place and the rule that found it beyond the sentence's Place: a State, "dort"."""
    place = place_near(sentence, cue.index, group)
    if place is not None:
        return place, ()
    if cue.entry.kind != "PhoneCall" or _spoken(cue):
        place = described_capital(sentence, cue.index)
        if place is not None and state.entities.entity(place) is not None:
            fired(DESCRIBED_CAPITAL)
            return place, (DESCRIBED_CAPITAL,)
        place = state_place(sentence, cue.index, frozenset(a.key for a in group))
        if place is not None:
            return place, (STATE_PLACE,)
        # "sprechen" with "dort" is too often a phone call after a sentence about somewhere: its place is an arrival's
        place = there(state.sentences, sentence) if not _spoken(cue) else None
        if place is not None:
            return place, (THERE_PLACE,)
        place = arrival(state.sentences, sentence, frozenset(a.key for a in group))
        if place is not None:
            return place, (ARRIVAL_PLACE,)
    return None, ()


SPOKEN_AT = declare("talks-spoken-at-meeting", "talks kind", "the partners of a meeting just read who „sprachen“ "
                    "without a phone did so at that meeting: „Kurz traf Lawrow in Wien. Die beiden sprachen über die "
                    "Ukraine.“")
SPOKEN_PLACE = declare("talks-spoken-place", "talks kind", "„sprechen mit“ is a meeting where an earlier sentence "
                       "puts the speaker in a place („dort“, an arrival): „Kerry traf in Kairo ein. Am Montag sprach er "
                       "mit Präsident al-Sisi.“")


def _spoken(cue: _Cue) -> bool:
    """The talk verb that is a phone call only where no place is named ("sprechen")."""
    return cue.entry.cue == SPOKEN_TALK_VERB


def _join_participants(state: _Reading, sentence: Sentence) -> None:
    """ "Für Deutschland ist Y dabei": the sentence's actors join the talks of the last two sentences."""
    recent = state.opened[-1]
    if sentence.index - recent.sentence > 2:
        return
    extra = _keys([a for a in sentence.actors if a.prep not in german.FROM_PREPOSITIONS], state.entities)
    if extra:
        talks = replace(recent.talks, participants=_unique(list(recent.talks.participants) + extra),
                        place=recent.talks.place or place_near(sentence, 0),
                        rules=_more(recent.talks.rules, PARTICIPATION_RULE))
        state.opened[-1] = _Open(talks, sentence.index)


def _refused(sentences: list[Sentence], offered_in: int | None) -> bool:
    """Offered talks whose offer one of the next two sentences refuses ("lehnte das Angebot ab")."""
    if offered_in is None or not any(refuses_offer(s, _refusals()) for s in sentences[offered_in + 1:offered_in + 3]):
        return False
    fired(OFFER_REFUSED)
    return True


def _earlier_date(dated: list[Sentence], index: int, keys: tuple[str, ...], ref: date | None,
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


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.text, sentence.start, sentence.end)

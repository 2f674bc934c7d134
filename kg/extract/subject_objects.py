"""Actors that stand before the cue but are its objects, not its subject (the guards of `subject-before` in
`subject_rules`): an actor past a clause's finite verb or auxiliary, before the participle, infinitive or phrase cue at
its end, where the clause opens with „und“ and a verb sharing the subject before („… und hat die Südpartei scharf
kritisiert“), with an unnamed noun phrase („Der Minister hatte Russland als Bedrohung bezeichnet“) or with a personal
pronoun („Er hat die Nordpartei scharf kritisiert“).
"""
from __future__ import annotations

from typing import Sequence

from kg import german
from kg.extract.clauses import COORDINATORS, Actor, Word
from kg.extract.rules import declare, fired
from kg.extract.subject_slot import Slot, noun_first
from kg.extract.title_gender import feminine_role, title_words


OBJECT_AFTER_SHARED_VERB = declare("subject-not-object-after-shared-verb", "subject", "a clause opening with "
                                   "„und“, „sondern“ or „aber“ and its finite verb or auxiliary shares the subject of "
                                   "the clause before (`subject-elliptic`): an actor past that verb, before the "
                                   "participle or phrase cue at its end, is its object: „Die Nordpartei bestreitet das "
                                   "und hat die Südpartei scharf kritisiert“ → the Nordpartei criticised the Südpartei; "
                                   "not a cue before the actor („… und kritisiert die Südpartei“)")


def object_after_shared_verb(slot: Slot) -> bool:
    """The clause opens with a coordinator and a finite verb or auxiliary, the first actor before the cue stands past
    that verb and the cue ends the clause or its first conjunct."""
    words, actor, verb = slot.sentence.words, slot.before[0], slot.lead + 1
    if not (verb < slot.last and words[slot.lead].lower in COORDINATORS and actor.first > verb
            and words[verb].verb_or_auxiliary) \
            or any(w.text.isalpha() for w in _up_to_coordinator(words[slot.cue + 1:slot.last])):
        return False
    fired(OBJECT_AFTER_SHARED_VERB)
    return True


OBJECT_BEFORE_PARTICIPLE = declare("subject-not-object-before-participle", "subject", "a clause opening with an "
                                   "unnamed noun phrase: an actor past its auxiliary or finite verb, before the "
                                   "participle, infinitive or phrase cue at the end, is its object, not its subject: "
                                   "„Der Minister hatte Russland als Bedrohung bezeichnet“, „Die Armee machte die PKK "
                                   "verantwortlich“")


def object_of_noun_first(slot: Slot) -> bool:
    """The clause opens with an article and an unnamed noun, or with a personal pronoun and its finite verb, and the
    first actor before the cue stands past its auxiliary or finite verb („Der Minister hatte Russland … bezeichnet“,
    „Die Armee machte die PKK verantwortlich“, „Er hat Russland kritisiert“), not in the phrase („Der Konzern Siemens
    hat …“, „Der Chef der SPD, X, hat …“)."""
    words, actor = slot.sentence.words, slot.before[0]
    noun = words[slot.lead].lower in german.NOMINATIVE_ARTICLES and noun_first(slot.sentence, slot.lead, slot.last)
    if not (noun or _pronoun_first(words, slot.lead, slot.last)) \
            or not any(w.verb_or_auxiliary for w in words[slot.lead + 1:actor.first]) \
            or any(w.text.isalpha() for w in _up_to_coordinator(words[slot.cue + 1:slot.last])):
        return False        # the cue ends the clause or its first conjunct: „… bezeichnet.“, „… gestellt und …“
    fired(OBJECT_BEFORE_PARTICIPLE if noun else OBJECT_AFTER_PRONOUN)
    return True


OBJECT_AFTER_PRONOUN = declare("subject-not-object-after-pronoun", "subject", "a clause opening with a personal "
                               "pronoun that no actor was read for („er“, „sie“, „wir“, „ich“) and its finite verb has "
                               "that pronoun as subject: an actor past the verb, before the participle, infinitive or "
                               "phrase cue at the end, is its object: „Er hat die Nordpartei scharf kritisiert“, „Wir "
                               "machen die Nordpartei verantwortlich“ (no event of the Nordpartei); not a pronoun read as "
                               "the official it stands for")
_OPENING_PRONOUNS = german.THIRD_PERSON_PRONOUNS | german.FIRST_PERSON_PRONOUNS


def _pronoun_first(words: Sequence[Word], lead: int, last: int) -> bool:
    """The clause opens with a personal pronoun („er“, „sie“, „wir“, „ich“) right before its finite verb or auxiliary."""
    return lead + 1 < last and words[lead].lower in _OPENING_PRONOUNS \
        and words[lead + 1].verb_or_auxiliary


def _up_to_coordinator(words: Sequence[Word]) -> Sequence[Word]:
    """The words before the first coordinating conjunction („gestellt und Treuhänder eingesetzt“ → none)."""
    return next((words[:k] for k, w in enumerate(words) if w.lower in COORDINATORS), words)


FEMININE_DATIVE_OPENER = declare("subject-feminine-dative-opener", "subject", "a clause opening with „der“ and a "
                                 "feminine title (-in) right before a named person opens with a dative (or genitive): "
                                 "the person is an object, not the subject: „Der Innenministerin Eva Berger warf "
                                 "Abgeordneter Paul Moser Untätigkeit vor“ → Moser accuses Berger; not „Die "
                                 "Innenministerin Eva Berger warf …“")


def feminine_dative_opener(slot: Slot, actor: Actor) -> bool:
    """The clause opens with „der“, a feminine title and the named person `actor` („Der Ministerin Eva Berger …“)."""
    words, title = slot.sentence.words, actor.first - 1
    if not (title == slot.lead + 1 and actor.type in ("Official", "Person")
            and words[slot.lead].lower in german.FEMININE_GENITIVE_ARTICLES
            and words[title].capitalized and words[title].text.isalpha()
            and words[title].lower.endswith(german.FEMININE_ENDING)
            and not words[title].lower.endswith(german.FEMININE_LOOKALIKE_ENDINGS)):
        return False
    fired(FEMININE_DATIVE_OPENER)
    return True


_PERSONS = frozenset({"Official", "Person"})
_TITLE_REACH = 3        # words from „der“ to the named person: an adjective, a title („der neue Kanzler X“)


def nominative_after_verb(slot: Slot, verb: int) -> Actor | None:
    """The named person after „der“ and a man's title right after the finite verb at `verb`, past a bare actor
    before it: „Frankreich besucht der Kanzler X“ (a woman's title after „der“ is a dative: „der Kanzlerin“)."""
    words, k = slot.sentence.words, verb + 1
    if k + 1 >= slot.last or words[k].lower != german.MASCULINE_NOMINATIVE_ARTICLE \
            or not slot.before or slot.before[0].last >= verb:
        return None
    actor = next((a for a in slot.bare if a.type in _PERSONS and k < a.first <= k + _TITLE_REACH), None)
    if actor is None or actor.key == slot.before[0].key:
        return None
    title = next((w for w in words[k + 1:actor.last + 1] if w.capitalized), None)
    if title is None or feminine_role(title.text) or not title.lower.endswith(title_words()):
        return None
    return actor


OBJECT_PHRASE_GENITIVE = declare("subject-object-phrase-genitive", "subject", "an actor in the genitive of a noun "
                                 "phrase opened by an object's article („dem“, „den“, „einem“, „einen“) belongs to "
                                 "an object, not to the subject: „Dem neuen Sparplan der EU stand Ministerin Eva Berger "
                                 "skeptisch gegenüber“ → Berger acts on the EU; not „Der Sparplan der EU …“ (a "
                                 "subject's phrase)")
_PHRASE_REACH = 6       # words from the genitive's noun back to its article: „dem seit Monaten laufenden großen Plan“


def object_phrase_genitive(slot: Slot, actor: Actor) -> bool:
    """`actor` follows a genitive article and a capitalised noun, and the first determiner before that noun, with no
    punctuation or other actor between, is an object's article."""
    words, article = slot.sentence.words, actor.first - 1
    if article - 1 < slot.lead or words[article].lower not in german.GENITIVE_ARTICLES \
            or not words[article - 1].capitalized:
        return False
    for k in range(article - 2, max(slot.lead, article - 2 - _PHRASE_REACH) - 1, -1):
        w = words[k]
        if w.lower in german.DETERMINERS:
            if w.lower not in german.OBLIQUE_ARTICLES:
                return False
            fired(OBJECT_PHRASE_GENITIVE)
            return True
        if not w.text.replace("-", "").isalpha() or any(a.first <= k <= a.last for a in slot.sentence.actors):
            return False
    return False

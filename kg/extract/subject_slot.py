"""Where the subject rules (`subject_rules`) look and what they return: the cue's clause with its bare actors before
and after the cue, its boundary mark, whether the verb may precede its subject here (`Slot`, `cue_slot`); the subjects
found (`Roles`, `NO_SUBJECT`, `chained`); and the tests of how a clause opens that several rules ask: an object's
article (`oblique`), an unnamed noun first (`noun_first`), a postposition's phrase („Den Angaben zufolge griff …“).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from kg import german
from kg.extract.clauses import COORDINATORS, DETERMINERS, PREPOSITIONS, Actor, Sentence, Word, lemma_of, make_word
from kg.extract.lexicon import calendar_words, state_organs
from kg.extract.rules import declare, fired
from kg.extract.subjects import coordinated_chain, genitive_phrase, oblique_pronoun
from kg.nlp.orgheads import org_heads
from kg.german import CLAUSE_ADVERBS


@dataclass(frozen=True)
class Roles:
    """The subjects (coordinated ones included) and how they were found."""

    subjects: tuple[Actor, ...]
    borrowed: bool          # taken from outside the clause (elliptic, relative or pronoun)
    rule: str = ""          # the subject rule that found them


OBLIQUE_ARTICLES = german.OBLIQUE_ARTICLES | german.OBJECT_PRONOUNS


def oblique(sentence: Sentence, actor: Actor) -> bool:
    """An actor phrase opened by an accusative or dative article ("den Papst", "dem Kreml"), or an object
    pronoun read as an actor ("Ihm warf Merkel vor")."""
    return (actor.first > 0 and sentence.words[actor.first - 1].lower in OBLIQUE_ARTICLES) or \
        oblique_pronoun(sentence, actor)


KIND_APPOSITION = declare("subject-kind-apposition", "subject", "an organisation's name in -s right after a noun of "
                          "its kind is that noun's apposition, not its genitive, so it may be the subject: „Der "
                          "Konzern Talvis kritisiert Frankreich“ → Talvis; a state or person after such a noun stays a "
                          "genitive („die Partei Erdogans“, „die Bank Frankreichs“)")


def _genitive_attribute(sentence: Sentence, actor: Actor) -> bool:
    """ "Die Kirche Kubas", "die Opposition Venezuelas": the actor only qualifies a noun it does not act through."""
    words = sentence.words
    i = actor.first
    if i < 2 or actor.first != actor.last or not words[i].lower.endswith("s"):
        return False
    if not (words[i - 2].lower in DETERMINERS or words[i - 2].text.islower()):
        return False            # "Sowohl Valls als auch …": no noun phrase before the name
    noun = words[i - 1]
    if not noun.capitalized or not noun.text.isalpha() or any(a.first <= i - 1 <= a.last for a in sentence.actors):
        return False
    if actor.type == "Organization" and org_heads().kind(noun.text) is not None:
        fired(KIND_APPOSITION)
        return False
    # "die Regierungschefs Frankreichs": an organ's plural in -s acts for the state too
    return not any(form.endswith(state_organs()) for form in (noun.lower, noun.lemma, noun.lower.removesuffix("s")))


def noun_first(sentence: Sentence, lead: int, last: int) -> bool:
    """The clause opens with a non-actor noun ("Ein Leitartikel … forderte", "Bundespräsident traf"): its subject."""
    words = sentence.words
    if lead != 0 or lead + 1 >= last:
        return False
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    first = words[lead]
    if first.lower in german.NOMINATIVE_ARTICLES:
        return words[lead + 1].capitalized and (lead + 1) not in covered and not _postposition_phrase(words, lead, last)
    return (first.text.replace("-", "").isalpha() and lead not in covered and first.lower not in CLAUSE_ADVERBS
            and first.lower not in PREPOSITIONS and words[lead + 1].verbish and not _fronted_participle(words, lead, last))


@dataclass(frozen=True)
class Slot:
    """Where the subject rules look: the cue's clause and what stands around the cue."""

    sentence: Sentence
    cue: int
    previous_subject: Actor | None
    first: int
    last: int
    bare: list[Actor]               # the clause's actors without a preposition
    lead: int                       # the clause's first word after its boundary mark
    boundary: str | None            # that mark ("," or ";"), if any
    before: list[Actor]             # bare actors before the cue, genitive attributes aside
    after: list[Actor]              # bare actors after the cue
    coordinated: bool               # "… und wirft …": a verb right after a coordinator
    inverted: bool                  # the verb may precede its subject here


def cue_slot(sentence: Sentence, cue: int, previous_subject: Actor | None) -> Slot:
    """The slot of the cue at word index `cue`: its clause and what stands around it."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    bare = [a for a in sentence.actors_in(first, last) if a.prep is None]
    lead = first + 1 if words[first].text in (",", ";", ":", "–", "-", "(") else first
    # "… und wirft …": a coordinator inside the sentence right before a verb ("Doch die …" is no ellipsis)
    coordinated = 0 < lead < last - 1 and words[lead].lower in COORDINATORS and words[lead + 1].verbish
    opener = words[lead] if lead < last else words[first]
    # the verb may precede its subject only after an adverbial ("Am Dienstag lud Kosak ein") or at the
    # start of a clause ("…, kritisierte er"); after a noun phrase that noun phrase is the subject
    # "Nächste Woche verhandeln Serbien und der Kosovo": a fronted time span is adverbial too (as in main_subject)
    spans = calendar_words().get("span", {})
    inverted = (opener.verbish or opener.lower in CLAUSE_ADVERBS or opener.lower in PREPOSITIONS
                or opener.text[:1].isdigit() or any(w.lower in spans for w in words[lead:min(cue, lead + 3)])
                or genitive_phrase(words, lead, last) or _postposition_phrase(words, lead, last)
                or _fronted_participle(words, lead, last) or _measured_adverbial(words, lead, last))
    return Slot(sentence, cue, previous_subject, first, last, bare, lead, words[first].text if lead > first else None,
                [a for a in bare if a.last < cue and not _genitive_attribute(sentence, a)
                 and not _in_fronted_phrase(sentence, lead, last, a)],
                [a for a in bare if a.first > cue and not oblique_pronoun(sentence, a)], coordinated, inverted)


FRONTED_PHRASE = declare("subject-not-in-fronted-phrase", "subject", "a main clause that opens a sentence with a "
                         "preposition holds one phrase before its finite verb, that prepositional phrase: an actor in "
                         "it, a genitive of its noun, is no subject: „Nach einer Prüfung der Firma Brantel übt der "
                         "Rechnungshof Kritik“ → not Brantel; not a clause after a comma („…, mit der Russland "
                         "verhandelt“: a relative clause)")


def _in_fronted_phrase(sentence: Sentence, lead: int, last: int, actor: Actor) -> bool:
    """The clause opens the sentence (or follows a dash or colon) with a preposition, and its first finite verb
    stands after the actor."""
    words = sentence.words
    if (lead and words[lead - 1].text == ",") or words[lead].lower not in german.FRONTING_PREPOSITIONS \
            or actor.first <= lead:
        return False
    if any(w.verb_or_auxiliary and not w.capitalized for w in words[lead + 1:actor.first]) \
            or not any(w.verb_or_auxiliary and not w.capitalized for w in words[actor.last + 1:last]):
        return False
    fired(FRONTED_PHRASE)
    return True


POSTPOSITION_OPENER = declare("subject-postposition-opener", "subject", "a clause opening with a noun phrase that "
                              "a postposition closes right before the finite verb is an adverbial, so the subject may "
                              "follow the verb: „Den Angaben zufolge griff Russland die Ukraine an“, „Dem Vernehmen "
                              "nach wirft die SPÖ Niessl Verrat vor“")
_POSTPOSITION_REACH = 5     # words from the clause's determiner to the postposition


def _postposition_phrase(words: Sequence[Word], lead: int, last: int) -> bool:
    """ "Den Angaben zufolge griff …": a determiner, a short noun phrase, a postposition, then a verb."""
    if not (lead < last and words[lead].lower in DETERMINERS):
        return False
    for k in range(lead + 2, min(last - 1, lead + _POSTPOSITION_REACH + 1)):
        if words[k].lower in german.POSTPOSITIONS:
            if not words[k + 1].verbish:
                return False
            fired(POSTPOSITION_OPENER)
            return True
        if words[k].verbish or not words[k].text.isalpha():
            return False
    return False


MEASURED_OPENER = declare("subject-measured-adverbial", "subject", "a clause opening with an adverb of distance "
                          "right before a preposition or an adverb opens with one adverbial, so the subject may "
                          "follow the verb: „Kurz nach der Abstimmung rief Ministerin Halbach den Botschafter an“, "
                          "„Kurz darauf verurteilte Lettland den Angriff“")


def _measured_adverbial(words: Sequence[Word], lead: int, last: int) -> bool:
    """ "Kurz nach …", "Unmittelbar vor …", "Kurz zuvor": the capitalised adverb is no name but the adverbial's head."""
    if not (lead + 1 < last and words[lead].lower in german.DISTANCE_ADVERBS):
        return False
    modified = words[lead + 1].lower
    if modified not in PREPOSITIONS and modified not in CLAUSE_ADVERBS:
        return False
    fired(MEASURED_OPENER)
    return True


NO_SUBJECT = Roles((), False)       # a rule decided: no named actor is the subject


def chained(slot: Slot, head: Actor) -> Roles:
    """`head` and the bare actors coordinated with it as the subjects (no object pronoun among them)."""
    pool = [a for a in slot.bare if not oblique_pronoun(slot.sentence, a)]      # „sie ihn“: no pair
    return Roles(tuple(coordinated_chain(slot.sentence, head, pool)), head.resolved)


FRONTED_PARTICIPLE = declare("subject-fronted-participle", "subject", "a sentence opening with a past participle, "
                             "capitalised only by its place, and then its auxiliary has its subject after the "
                             "auxiliary: „Getroffen hatten sich die Außenminister Boliviens und Ecuadors in Quito“; not a "
                             "noun opening the sentence („Gesandte aus Bolivien haben …“: the noun is the subject)")


def _fronted_participle(words: Sequence[Word], lead: int, last: int) -> bool:
    """The sentence's first word is a capitalised past participle whose lower case the lemma table leads to a verb
    („Getroffen“ → „treffen“), and an auxiliary follows it."""
    if lead != 0 or lead + 1 >= last or not words[0].capitalized or words[1].lower not in german.AUXILIARIES:
        return False
    low = words[0].lower
    if not low.endswith(german.PAST_PARTICIPLE_ENDINGS) or low.endswith(german.WEAK_PAST_ENDINGS):
        return False        # "Verletzte wurden …": a preterite's or an adjective's ending, a noun here
    lemma = lemma_of(low)
    if lemma == low or not make_word(low, lemma, 0, 0).verbish:
        return False
    fired(FRONTED_PARTICIPLE)
    return True

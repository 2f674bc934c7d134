"""The subject of a cue (a verb or noun) in its clause: the `Stage` of subject rules, tried in order over
what stands around the cue (`_Slot`): an infinitive's controller, a relative clause's antecedent, a fronted
object, the actor before the verb or after it, an unnamed noun phrase.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, Sequence

from kg import german, resources
from kg.extract.clauses import (ACTOR_TYPES, COORDINATORS, DETERMINERS, PREPOSITIONS, RELATIVES, Actor, Sentence, Word,
                                clause_particle, dateline_end, verb_keys)
from kg.extract.lexicon import calendar_words, control_verbs, state_organs
from kg.extract.rules import Stage, declare, fired
from kg.extract.subjects import (REPORTING, coordinated_chain, genitive_phrase, main_subject, oblique_pronoun,
                                 zu_infinitive)
from kg.german import CLAUSE_ADVERBS, PERSONAL_PRONOUNS


@dataclass(frozen=True)
class Roles:
    """The subjects (coordinated ones included) and how they were found."""

    subjects: tuple[Actor, ...]
    borrowed: bool          # taken from outside the clause (elliptic, relative or pronoun)
    rule: str = ""          # the subject rule that found them


OBLIQUE_ARTICLES = german.OBLIQUE_ARTICLES | german.OBJECT_PRONOUNS


def _oblique(sentence: Sentence, actor: Actor) -> bool:
    """An actor phrase opened by an accusative or dative article ("den Papst", "dem Kreml"), or an object
    pronoun read as an actor ("Ihm warf Merkel vor")."""
    return (actor.first > 0 and sentence.words[actor.first - 1].lower in OBLIQUE_ARTICLES) or \
        oblique_pronoun(sentence, actor)


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
    # "die Regierungschefs Frankreichs": an organ's plural in -s acts for the state too
    return not any(form.endswith(state_organs()) for form in (noun.lower, noun.lemma, noun.lower.removesuffix("s")))


def _noun_first(sentence: Sentence, lead: int, last: int) -> bool:
    """The clause opens with a non-actor noun ("Ein Leitartikel … forderte", "Bundespräsident traf"): its subject."""
    words = sentence.words
    if lead != 0 or lead + 1 >= last:
        return False
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    first = words[lead]
    if first.lower in german.NOMINATIVE_ARTICLES:
        return words[lead + 1].capitalized and (lead + 1) not in covered and not _postposition_phrase(words, lead, last)
    return (first.text.replace("-", "").isalpha() and lead not in covered and first.lower not in CLAUSE_ADVERBS
            and first.lower not in PREPOSITIONS and words[lead + 1].verbish)


def _controller(sentence: Sentence, first: int) -> Actor | None:
    """The subject of the zu-infinitive clause starting at `first`: the object of a control verb in the
    clause before ("Kiew warf Moskau vor, … verletzt zu haben": Moskau), else the sentence's subject."""
    before = [c for c in sentence.clauses if c[1] <= first]
    if before:
        a, b = before[-1]
        particle = clause_particle(sentence, a, b)
        for i in range(a, b):
            keys = verb_keys(sentence.words[i], particle[0] if particle and particle[1] != i else None)
            if not sentence.words[i].capitalized and control_verbs().intersection(keys):
                return _control_object(sentence, i, b)
        subordinate = _subordinate_subject(sentence, a, b)
        if subordinate is not None:
            fired(INFINITIVE_AFTER_SUBORDINATE)
            return subordinate or None
    return main_subject(sentence)


CONTROL_OBJECT_INVERTED = declare("subject-control-object-inverted", "subject", "a control verb whose subject "
                                  "follows it („Am Montag forderte Merkel Putin auf, … abzuziehen“) has its object in "
                                  "the next bare actor: the zu-infinitive's subject is Putin, not Merkel")


def _control_object(sentence: Sentence, verb: int, last: int) -> Actor | None:
    """The object of the control verb at `verb`: the first bare actor after it that is not the verb's own
    inverted subject (the sentence's main subject standing right after the verb), None where only that one is."""
    after = [x for x in sentence.actors_in(verb + 1, last) if x.prep is None]
    subject = main_subject(sentence)
    if after and subject is not None and after[0].first == subject.first == verb + 1:
        fired(CONTROL_OBJECT_INVERTED)
        return after[1] if len(after) > 1 else None     # „forderte Merkel auf, …“: an unnamed addressee
    return after[0] if after else None


INFINITIVE_AFTER_SUBORDINATE = declare("subject-infinitive-subordinate", "subject", "a zu-infinitive right after a "
                                       "subordinate clause belongs to it: its subject is that clause's subject, a named "
                                       "actor right after the subordinator („Merkel sagte, dass die Nato bereit sei, die "
                                       "Türkei zu unterstützen“ → Nato), or none where that is an unnamed noun phrase "
                                       "(„…, dass deren Angriffe nur ein Vorwand seien, um gegen die PKK vorzugehen“)")
_SUBORDINATE_SUBJECT_REACH = 3      # words from the subordinator to its subject's first word


def _subordinate_subject(sentence: Sentence, first: int, last: int) -> Actor | Literal[False] | None:
    """The subject of a clause opening with a subordinator („, dass die Nato …“): the bare actor right after it,
    False for an unnamed noun phrase there („, dass deren Angriffe …“), None where the clause opens otherwise."""
    words = sentence.words
    lead = first + 1 if words[first].text == "," else first
    if not (lead + 1 < last and words[lead].lower in german.SUBORDINATORS):
        return None
    named = next((x for x in sentence.actors_in(lead + 1, last)
                  if x.prep is None and x.first <= lead + _SUBORDINATE_SUBJECT_REACH), None)
    if named is not None:
        return named
    if lead + 2 < last and words[lead + 1].lower in DETERMINERS and words[lead + 2].capitalized:
        return False
    return None


def find_subjects(sentence: Sentence, cue: int, previous_subject: Actor | None = None) -> Roles | None:
    """The subject(s) of the verb or noun at word index `cue`, by the first subject rule that applies.

    >>> from kg.extract.clauses import words_of, clause_ranges
    >>> ws = tuple(words_of("Am Donnerstag kritisierte Merkel die Türkei."))
    >>> acts = (Actor("person:merkel", "Official", 3, 3, None), Actor("state:tuerkei", "State", 5, 5, None))
    >>> s = Sentence(0, 0, 0, "", ws, acts, (), tuple(clause_ranges(ws)))
    >>> roles = find_subjects(s, 2)
    >>> roles.subjects[0].key, roles.rule
    ('person:merkel', 'subject-inverted')
    """
    found = SUBJECTS.first(_slot(sentence, cue, previous_subject))
    if found is None or not found[1].subjects:
        return None
    return replace(found[1], rule=found[0])


@dataclass(frozen=True)
class _Slot:
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


def _slot(sentence: Sentence, cue: int, previous_subject: Actor | None) -> _Slot:
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
                or genitive_phrase(words, lead, last) or _postposition_phrase(words, lead, last))
    return _Slot(sentence, cue, previous_subject, first, last, bare, lead, words[first].text if lead > first else None,
                 [a for a in bare if a.last < cue and not _genitive_attribute(sentence, a)],
                 [a for a in bare if a.first > cue and not oblique_pronoun(sentence, a)], coordinated, inverted)


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


SUBJECTS = Stage("subject")
NO_SUBJECT = Roles((), False)       # a rule decided: no named actor is the subject


def _chained(slot: _Slot, head: Actor) -> Roles:
    pool = [a for a in slot.bare if not oblique_pronoun(slot.sentence, a)]      # „sie ihn“: no pair
    return Roles(tuple(coordinated_chain(slot.sentence, head, pool)), head.resolved)


@SUBJECTS.rule("subject-infinitive-object", "actors before a zu-infinitive after a comma are its objects; its "
               "subject is the controller: „Merkel forderte die Nato auf, die Türkei zu unterstützen“")
def _infinitive_object(slot: _Slot) -> Roles | None:
    if slot.boundary != "," or not zu_infinitive(slot.sentence, slot.cue):
        return None
    subject = _controller(slot.sentence, slot.first)
    return Roles((subject,), True) if subject is not None and subject.last < slot.first else NO_SUBJECT


RELATIVE_OBJECT = declare("subject-relative-object", "subject", "a relative pronoun that is an object (den, dem, "
                          "denen) or stands before a pronoun that is only a subject („der er …“) is not its clause's "
                          "subject, nor is the actor it refers to: „Kanzler Karl Brunner, den die SPÖ kritisiert "
                          "hatte“ → the SPÖ criticised, „die Kammer, der er eine Blockade vorwirft“ → he accuses")


def object_relative(words: Sequence[Word], lead: int) -> bool:
    """The relative pronoun at `lead` is an object of its clause (`subject-relative-object`)."""
    if words[lead].lower in german.OBJECT_RELATIVES or (
            lead + 1 < len(words) and words[lead + 1].lower in german.NOMINATIVE_ONLY_PRONOUNS):
        fired(RELATIVE_OBJECT)
        return True
    if words[lead].lower == german.MASCULINE_NOMINATIVE_ARTICLE and lead >= 3 and words[lead - 1].text == "," \
            and words[lead - 3].lower in german.FEMININE_NOMINATIVE_ARTICLES and words[lead - 2].capitalized:
        fired(RELATIVE_FEMININE_DATIVE)
        return True
    return False


RELATIVE_FEMININE_DATIVE = declare("subject-relative-feminine-dative", "subject", "a relative „der“ right after a "
                                   "noun phrase of „die“ or „eine“ and one noun is a feminine dative, an object of its "
                                   "clause, not its subject: „Er kritisiert die Kammer, der die Grünen eine Blockade "
                                   "vorwerfen“ → the Grünen accuse the Kammer; not „der“ after „der Verband“ (the "
                                   "subject: „Sie lobt den Verband, der die Reform kritisiert“)")


@SUBJECTS.rule("subject-relative-antecedent", "a relative clause opened by a nominative relative pronoun and "
               "an uncapitalised word has the actor right before its comma as subject, also where the clause names an "
               "actor before its verb (its object): „Kerry, der am Montag Lawrow getroffen hatte, …“")
def _relative_antecedent(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if slot.boundary != "," or not slot.before or not (
            lead < slot.last - 1 and words[lead].lower in german.NOMINATIVE_RELATIVES and not words[lead + 1].capitalized) \
            or object_relative(words, lead):
        return None         # no named actor before the verb: `subject-relative` reads the clause
    previous = [a for a in slot.sentence.actors if a.last < slot.first]
    if previous and previous[-1].last == slot.first - 1:
        return Roles((previous[-1],), True)
    if _plural_relative_object(slot):
        fired(RELATIVE_PLURAL_OBJECT)
        return NO_SUBJECT
    return None


RELATIVE_PLURAL_OBJECT = declare("subject-relative-plural-object", "subject", "in a relative clause opened by „die“ "
                                 "and closed by a plural verb, an actor after „der“ is a dative or genitive object, "
                                 "not the subject: „Gruppen, die der Hamas Verrat vorwerfen“ (the unnamed groups "
                                 "accuse; „die der Präsident kritisierte“ has its subject after „der“)")


def _plural_relative_object(slot: _Slot) -> bool:
    """ „…, die der (herrschenden) Hamas … vorwerfen“: the clause's first actor after „der“, its last word a plural
    finite verb."""
    words, lead = slot.sentence.words, slot.lead
    if words[lead].lower not in german.PLURAL_ARTICLES:
        return False
    actor = slot.before[0]
    if not (lead + 2 <= actor.first <= lead + 4 and words[lead + 1].lower in german.FEMININE_GENITIVE_ARTICLES
            and all(w.text.islower() and not w.verbish for w in words[lead + 2:actor.first])):
        return False
    final = next((w for w in reversed(words[slot.first:slot.last]) if w.text.isalpha()), None)
    return final is not None and final.verbish and final.lower.endswith(german.PLURAL_FINITE_ENDING)


@SUBJECTS.rule("subject-relative-plural-person", "a relative clause opened by „die“ and closed by a plural verb "
               "has no single named person as its subject: the person is its object, the subject the actor before the "
               "comma, if any („Die Grünen, die Kanzler Karl Brunner kritisiert hatten“ → the Grünen; „Viele, die "
               "Brunner kritisiert hatten“ → none); not two persons joined by „und“ („…, die Brunner und Wendl "
               "kritisiert hatten“)")
def _plural_relative_person(slot: _Slot) -> Roles | None:
    sentence, words, lead = slot.sentence, slot.sentence.words, slot.lead
    if slot.boundary != "," or not slot.before or words[lead].lower not in german.PLURAL_ARTICLES:
        return None
    actor = slot.before[0]
    if actor.type != "Official" or actor.first > lead + 2 or len(_chained(slot, actor).subjects) > 1:
        return None
    final = next((w for w in reversed(words[slot.first:slot.last]) if w.text.isalpha()), None)
    if final is None or not final.verb_or_auxiliary \
            or not final.lower.endswith(german.PLURAL_FINITE_ENDING):
        return None
    antecedent = next((a for a in sentence.actors if a.last == slot.first - 1), None)
    return Roles((antecedent,), True) if antecedent is not None else NO_SUBJECT


@SUBJECTS.rule("subject-after-fronted-object", "an object fronted before the verb: the subject is the next "
               "bare actor: „Den Papst lobte Castro“")
def _after_fronted_object(slot: _Slot) -> Roles | None:
    if not slot.before or not _oblique(slot.sentence, slot.before[0]):
        return None
    fronted = slot.before[0]
    rest = [a for a in slot.bare if a.first > fronted.last and a.key != fronted.key
            and not _oblique(slot.sentence, a)]
    if rest:
        return _chained(slot, rest[0])
    return _chained(slot, slot.before[1]) if len(slot.before) > 1 else None


@SUBJECTS.rule("subject-pronoun-after-verb", "a pronoun that is only ever a subject („er“, „ich“, „wir“) right "
               "after a main clause's finite verb is its subject, so a named actor before the verb is an object or "
               "an object's attribute: „Eine Anfrage des Kuriers lehnt er ab“, „Die Nordpartei kritisiert er scharf“ "
               "→ he acts (the actor read for the pronoun, else no named one); not a relative or subordinate clause")
def _pronoun_after_verb(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if lead >= slot.cue or words[lead].lower in german.SUBORDINATORS \
            or (slot.boundary is not None and words[lead].lower in RELATIVES):     # „…, der er …“, not „Der Türkei …“
        return None
    verb = next((k for k in range(lead + 1, slot.cue + 1) if words[k].verb_or_auxiliary), None)
    if verb is None or verb + 1 >= slot.last or words[verb + 1].lower not in german.NOMINATIVE_ONLY_PRONOUNS \
            or not any(a.last < verb for a in slot.bare):
        return None
    pronoun = next((a for a in slot.sentence.actors if a.first == verb + 1), None)
    return _chained(slot, pronoun) if pronoun is not None else NO_SUBJECT


@SUBJECTS.rule("subject-person-first", "a clause whose field before its finite verb names a person who is no actor "
               "(no official), after no preposition, has that person as subject: an actor past the verb is an object: "
               "„Der Trainer Max Muster hat die UEFA scharf kritisiert“; not „Laut Max Muster hat Russland …“")
def _person_first(slot: _Slot) -> Roles | None:
    sentence, words = slot.sentence, slot.sentence.words
    verb = next((k for k in range(slot.lead, slot.cue) if words[k].verb_or_auxiliary), None)
    if verb is None or not slot.before or slot.before[0].first < verb:
        return None
    if any(w.lower in PREPOSITIONS for w in words[slot.lead:verb]) \
            or not any(slot.lead <= p < verb for p in sentence.persons):
        return None
    return NO_SUBJECT


@SUBJECTS.rule("subject-before", "the first bare actor before the cue is its subject (with those coordinated): "
               "„Russland und die Ukraine einigten sich“")
def _before(slot: _Slot) -> Roles | None:
    if not slot.before or _oblique(slot.sentence, slot.before[0]) or _object_of_noun_first(slot) \
            or _object_after_shared_verb(slot):
        return None
    return _chained(slot, slot.before[0])


OBJECT_AFTER_SHARED_VERB = declare("subject-not-object-after-shared-verb", "subject", "a clause opening with "
                                   "„und“, „sondern“ or „aber“ and its finite verb or auxiliary shares the subject of "
                                   "the clause before (`subject-elliptic`): an actor past that verb, before the "
                                   "participle or phrase cue at its end, is its object: „Die Nordpartei bestreitet das "
                                   "und hat die Südpartei scharf kritisiert“ → the Nordpartei criticised the Südpartei; "
                                   "not a cue before the actor („… und kritisiert die Südpartei“)")


def _object_after_shared_verb(slot: _Slot) -> bool:
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


def _object_of_noun_first(slot: _Slot) -> bool:
    """The clause opens with an article and an unnamed noun, or with a personal pronoun and its finite verb, and the
    first actor before the cue stands past its auxiliary or finite verb („Der Minister hatte Russland … bezeichnet“,
    „Die Armee machte die PKK verantwortlich“, „Er hat Russland kritisiert“), not in the phrase („Der Konzern Siemens
    hat …“, „Der Chef der SPD, X, hat …“)."""
    words, actor = slot.sentence.words, slot.before[0]
    noun = words[slot.lead].lower in german.NOMINATIVE_ARTICLES and _noun_first(slot.sentence, slot.lead, slot.last)
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


@SUBJECTS.rule("subject-relative", "a relative clause's subject is the actor right before its comma: "
               "„Russland, das einen Angriff plant“")
def _relative(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if not (lead < slot.last - 1 and words[lead].lower in RELATIVES and lead > 0 and not words[lead + 1].capitalized) \
            or object_relative(words, lead):
        return None
    previous = [a for a in slot.sentence.actors if a.last < slot.first]
    return Roles((previous[-1],), True) if previous and previous[-1].last >= slot.first - 2 else None


@SUBJECTS.rule("subject-infinitive-main", "a zu-infinitive without a subject of its own takes the sentence's: "
               "„Russland versucht seit Jahren, die Ukraine anzugreifen“")
def _infinitive_main(slot: _Slot) -> Roles | None:
    if not zu_infinitive(slot.sentence, slot.cue):
        return None
    subject = main_subject(slot.sentence)
    return Roles((subject,), True) if subject is not None and subject.last < slot.first else None


TEXT_NOUNS = resources.load_word_list("text_nouns.tsv")      # "Ein Leitartikel der X": X speaks


# where a text's author stands: "in der Washington Post", "im Spiegel", "der Zeitung", "von Reuters"
_AUTHOR_PREPOSITIONS = german.IN_PREPOSITIONS | german.NOUN_COMPLEMENT_OPENERS


@SUBJECTS.rule("subject-text-author", "a text opening the clause speaks for the organisation it appears in or "
               "comes from: „Ein Leitartikel in der Washington Post forderte Obama auf …“")
def _text_author(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    k = lead + 1 if lead < slot.last and words[lead].lower in DETERMINERS else lead
    if k >= slot.cue or words[k].text not in TEXT_NOUNS:
        return None
    author = next((a for a in slot.sentence.actors_in(k + 1, slot.cue) if a.type == "Organization"
                   and (a.prep in _AUTHOR_PREPOSITIONS or a.prep is None) and a.first <= k + 3), None)
    return Roles((author,), False) if author is not None else None


@SUBJECTS.rule("subject-noun-first", "a clause opening with an unnamed noun phrase has that as its subject, "
               "no named actor: „Westliche Regierungen werfen Russland vor …“")
def _noun_first_subject(slot: _Slot) -> Roles | None:
    return NO_SUBJECT if _noun_first(slot.sentence, slot.lead, slot.last) else None


@SUBJECTS.rule("subject-unnamed", "a pronoun or an unknown person right after the verb is the subject, no named "
               "actor: „Warum kritisieren Sie die Regierung?“")
def _unnamed(slot: _Slot) -> Roles | None:
    sentence, cue = slot.sentence, slot.cue
    nxt = cue + 1
    if nxt < slot.last and (sentence.words[nxt].lower in PERSONAL_PRONOUNS or nxt in sentence.persons) and \
            not any(a.first == nxt for a in sentence.actors):
        return NO_SUBJECT
    return None


@SUBJECTS.rule("subject-unnamed-titled", "a capitalised noun and an unknown person right after the verb are its "
               "subject (a title the lists lack before the name), no named actor: „Die Firma solle den Vertrag "
               "anerkennen, forderte Gewerkschaftssekretär Max Muster“; not a named actor there („…, forderte Kanzler "
               "Scholz“)")
def _unnamed_titled(slot: _Slot) -> Roles | None:
    sentence, nxt = slot.sentence, slot.cue + 1
    if nxt + 1 >= slot.last or nxt + 1 not in sentence.persons:
        return None
    noun = sentence.words[nxt]
    if not noun.capitalized or not noun.text.replace("-", "").isalpha() \
            or any(a.first <= nxt + 1 and nxt <= a.last for a in sentence.actors):
        return None
    return NO_SUBJECT


@SUBJECTS.rule("subject-unnamed-agent", "„der“ and an unnamed noun for a man right after the verb are its "
               "subject, no named actor: „Die Häuser der Caritas würden zu groß gebaut, kritisierte der Initiator.“; "
               "not a named actor there („…, warf der Ukraine vor …“)")
def _unnamed_agent(slot: _Slot) -> Roles | None:
    words, nxt = slot.sentence.words, slot.cue + 1
    if nxt + 1 >= slot.last or words[nxt].lower != german.MASCULINE_NOMINATIVE_ARTICLE:
        return None
    noun = words[nxt + 1]
    if not noun.capitalized or not noun.lower.endswith(german.MASCULINE_PERSON_NOUN_ENDINGS):
        return None
    return None if any(a.first <= nxt + 1 <= a.last for a in slot.sentence.actors) else NO_SUBJECT


@SUBJECTS.rule("subject-after-relative", "a clause opening with its verb after a relative clause goes on with the "
               "main clause that clause interrupted: its subject is the noun phrase before the relative clause, not "
               "an actor after the verb: „Putin, der in Berlin war, kritisierte Merkel“ → Putin")
def _after_relative(slot: _Slot) -> Roles | None:
    words, clauses = slot.sentence.words, slot.sentence.clauses
    if slot.boundary != "," or slot.lead >= slot.last or not words[slot.lead].verbish:
        return None
    k = clauses.index((slot.first, slot.last))
    j = k - 1
    while j > 0 and _relative_clause(words, clauses[j]):
        j -= 1
    first, last = clauses[j]
    if j == k - 1 or first > dateline_end(words) or any(w.verb_or_auxiliary for w in words[:last]):
        return None         # no relative clause between, an apposition („Neben Kritik von X, Y, der …“), or a verb
    bare = [a for a in slot.sentence.actors_in(first, last) if a.prep is None]
    if not bare or bare[-1].last != last - 1:
        return None         # the relative clause's antecedent is no named actor
    return Roles(tuple(coordinated_chain(slot.sentence, bare[0], bare)), True)


def _relative_clause(words: Sequence[Word], clause: tuple[int, int]) -> bool:
    """The clause opens with a comma and a relative pronoun, or a preposition and one („, mit dem …“)."""
    first, last = clause
    lead = first + 1 if words[first].text == "," else first
    if lead < last and words[lead].lower in PREPOSITIONS:
        lead += 1
    return first < lead < last and words[lead].lower in RELATIVES


@SUBJECTS.rule("subject-inverted", "after an adverbial the subject follows the verb: „Am Donnerstag kritisierte "
               "Merkel die Türkei“")
def _inverted(slot: _Slot) -> Roles | None:
    if not slot.after or slot.coordinated or not slot.inverted:
        return None
    head = slot.after[0]
    words = slot.sentence.words
    article = words[head.first - 1].lower if head.first > 0 else ""
    near = head.first <= slot.cue + 4
    if head.resolved or head.type == "Official" or (near and article not in german.MASCULINE_ARTICLES):
        return _chained(slot, head)
    return None


@SUBJECTS.rule("subject-elliptic", "a verb after „und“ or a comma without a subject of its own shares the "
               "sentence's (or the last sentence's): „Russland bestreitet die Pläne und wirft der Ukraine vor …“")
def _elliptic(slot: _Slot) -> Roles | None:
    words = slot.sentence.words
    if not (slot.coordinated or (slot.boundary == "," and slot.lead < slot.last and words[slot.lead].verbish)):
        return None
    if not slot.coordinated and _after_fronted(slot):
        fired(ELLIPTIC_AFTER_FRONTED)
        return None         # a subject further after the verb may still be named (`subject-inverted-far`)
    reporter = _reporter_before(slot) if slot.coordinated else None
    if reporter is not None:
        fired(ELLIPTIC_REPORTER)
        return Roles((reporter,), True) if reporter is not NO_SPEAKER else NO_SUBJECT
    subject = main_subject(slot.sentence)
    if subject is not None and subject.last < slot.first:
        return Roles((subject,), True)
    if subject is None and slot.previous_subject is not None and slot.coordinated and _unnamed_subject(slot.sentence):
        fired(ELLIPTIC_UNNAMED)
        return NO_SUBJECT
    if subject is None and slot.previous_subject is not None and slot.coordinated and _pronoun_subject(slot.sentence):
        fired(ELLIPTIC_PRONOUN)
        return NO_SUBJECT
    if subject is None and slot.previous_subject is not None:
        return Roles((slot.previous_subject,), True)
    return NO_SUBJECT


ELLIPTIC_REPORTER = declare("subject-elliptic-reporter", "subject", "a verb after „und“ right after a clause of "
                            "saying („…, sagte X und kritisierte …“) shares that clause's subject, the speaker, not the "
                            "subject of the statement he reports; no one where the speaker is no named actor: „Die "
                            "Nordpartei habe die Reform blockiert, sagte Bürgermeister Max Muster und kritisierte die "
                            "Südpartei“ → Muster criticised")
ELLIPTIC_AFTER_FRONTED = declare("subject-elliptic-after-fronted", "subject", "a verb right after the comma that "
                                 "closes a fronted subordinate clause or a verbless phrase opening the sentence is the "
                                 "main clause's own verb, its subject after it, not an elliptic one sharing an actor "
                                 "of before: „Dass es eine Absprache gab, bestreitet die Behörde“, „Während die "
                                 "Nordpartei die Reform lobte, hatten Aktivisten sie gefordert“ (no act of the "
                                 "Nordpartei); not a verb after a main clause („Russland bestreitet das, wirft der "
                                 "Ukraine aber vor …“) or after a named actor's apposition („Die Nordpartei, Partner der "
                                 "Südpartei, fordert …“)")


def _after_fronted(slot: _Slot) -> bool:
    """The cue's clause is the sentence's first to open with a verb after a comma, and what stands before it opens
    with a subordinator or holds neither a verb nor a bare actor."""
    words = slot.sentence.words
    start = dateline_end(words)
    if start >= slot.first:
        return False
    for first, last in slot.sentence.clauses:
        lead = first + 1 if words[first].text == "," else first
        if first >= slot.first:
            break
        if first > start and lead < last and words[lead].verb_or_auxiliary:
            return False        # an earlier verb after a comma: the cue's verb may be elliptic
    if words[start].lower in german.SUBORDINATORS:
        return True
    # „In der Liga konkurrenzlos, fordern …“; not a named actor with an apposition („X, Chef der Y, forderte …“)
    return not any(w.verb_or_auxiliary for w in words[start:slot.first]) \
        and not any(a.prep is None for a in slot.sentence.actors_in(start, slot.first))


NO_SPEAKER = Actor("", "", -1, -1, None)       # a clause of saying whose speaker is no named actor


def _reporter_before(slot: _Slot) -> Actor | None:
    """The speaker of the clause of saying right before the cue's clause („…, sagte X und …“): its first bare actor,
    NO_SPEAKER where it names none, None where the clause before says nothing."""
    clauses, words = slot.sentence.clauses, slot.sentence.words
    k = clauses.index((slot.first, slot.last))
    if k == 0:
        return None
    first, last = clauses[k - 1]
    lead = first + 1 if words[first].text == "," else first
    if first == 0 or lead >= last or not (words[lead].verbish and words[lead].lemma in REPORTING):
        return None
    return next((a for a in slot.sentence.actors_in(lead + 1, last) if a.prep is None and a.type in ACTOR_TYPES),
                NO_SPEAKER)


ELLIPTIC_UNNAMED = declare("subject-elliptic-unnamed", "subject", "a verb after „und“ sharing the sentence's subject "
                           "takes no actor from the sentence before where the sentence opens with an unnamed noun phrase, "
                           "its own subject: „Die Demonstranten skandierten Slogans und verlangten Entschädigungen“")


ELLIPTIC_PRONOUN = declare("subject-elliptic-pronoun", "subject", "a verb after „und“ sharing the sentence's subject "
                           "takes no actor from the sentence before where the sentence's first clause has a personal "
                           "pronoun no actor was read for, its own subject: „In dem Schreiben beklagte er Eingriffe und "
                           "kritisiert das fehlende Vertrauen seitens der ARD“")
_SUBJECT_PRONOUNS = german.THIRD_PERSON_PRONOUNS | german.FIRST_PERSON_PRONOUNS


def _pronoun_subject(sentence: Sentence) -> bool:
    """The sentence's first clause holds „er“, „sie“, „ich“ or „wir“ that no resolved actor stands for."""
    if not sentence.clauses:
        return False
    first, last = sentence.clauses[0]
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    return any(sentence.words[i].lower in _SUBJECT_PRONOUNS and i not in covered for i in range(first, last))


def _unnamed_subject(sentence: Sentence) -> bool:
    """The sentence's first clause opens with an article and an unnamed noun („Die Demonstranten skandierten …“)."""
    return bool(sentence.clauses) and sentence.words[0].lower in german.NOMINATIVE_ARTICLES \
        and _noun_first(sentence, 0, sentence.clauses[0][1])


@SUBJECTS.rule("subject-inverted-far", "a subject further after the verb, not one with an object's article: "
               "„Seit einem Jahr kritisiert die Regierung Russlands die Ukraine“")
def _inverted_far(slot: _Slot) -> Roles | None:
    if not slot.after or not slot.inverted:
        return None
    head = slot.after[0]
    words = slot.sentence.words
    if head.first > 0 and words[head.first - 1].lower in german.OBJECT_ARTICLES:
        return NO_SUBJECT         # an accusative or dative object, not the subject
    return _chained(slot, head)

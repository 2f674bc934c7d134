"""The subject of a cue (a verb or noun) in its clause: the `Stage` of subject rules, tried in order over
what stands around the cue (`Slot`): an infinitive's controller, a relative clause's antecedent, a fronted
object, the actor before the verb or after it, an unnamed noun phrase.

The rules are here, in their order; what they ask lives beside them: `subject_slot` (the slot, the subjects
found, how a clause opens), `subject_controllers` (a zu-infinitive's subject), `subject_relatives` (a relative
pronoun that is an object), `subject_objects` (an actor before the cue that is its object) and `subject_ellipsis`
(whether a verb after „und“ or a comma shares a subject named before it).
"""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.clauses import DETERMINERS, PREPOSITIONS, RELATIVES, Actor, Sentence, Word, dateline_end
from kg.extract.fronted_proposals import fronted_proposal
from kg.extract.rules import Stage, declare, fired
from kg.extract.subject_controllers import controller
from kg.extract.subject_number import first_verb, single_beside_plural_verb, singular_actor
from kg.extract.subject_ellipsis import (ELLIPTIC_AFTER_FRONTED, ELLIPTIC_AFTER_RELATIVE, ELLIPTIC_OWN_SENTENCE,
                                         ELLIPTIC_PRONOUN, ELLIPTIC_REPORTER, ELLIPTIC_UNNAMED, NO_SPEAKER, after_fronted,
                                         own_subject, pronoun_subject, relative_antecedent, reporter_before,
                                         unnamed_subject)
from kg.extract.subject_objects import (feminine_dative_opener, nominative_after_verb, object_after_shared_verb,
                                        object_of_noun_first, object_phrase_genitive)
from kg.extract.subject_relatives import (RELATIVE_PLURAL_OBJECT, object_relative, plural_relative_object,
                                          relative_clause, relative_head)
from kg.extract.subject_slot import NO_SUBJECT, Roles, Slot, chained, cue_slot, noun_first, oblique
from kg.extract.subjects import coordinated_chain, main_subject, zu_infinitive
from kg.german import PERSONAL_PRONOUNS

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
    found = SUBJECTS.first(cue_slot(sentence, cue, previous_subject))
    if found is None or not found[1].subjects:
        return None
    return replace(found[1], rule=found[0])


SUBJECTS = Stage("subject")


@SUBJECTS.rule("subject-infinitive-object", "actors before a zu-infinitive after a comma are its objects; its "
               "subject is the controller: „Merkel forderte die Nato auf, die Türkei zu unterstützen“")
def _infinitive_object(slot: Slot) -> Roles | None:
    if slot.boundary != "," or not zu_infinitive(slot.sentence, slot.cue):
        return None
    subject = controller(slot.sentence, slot.first)
    return Roles((subject,), True) if subject is not None and subject.last < slot.first else NO_SUBJECT


@SUBJECTS.rule("subject-relative-antecedent", "a relative clause opened by a nominative relative pronoun and "
               "an uncapitalised word has the actor right before its comma as subject, also where the clause names an "
               "actor before its verb (its object): „Kerry, der am Montag Lawrow getroffen hatte, …“")
def _relative_antecedent(slot: Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if slot.boundary != "," or not slot.before or not (
            lead < slot.last - 1 and words[lead].lower in german.NOMINATIVE_RELATIVES and not words[lead + 1].capitalized) \
            or object_relative(words, lead):
        return None         # no named actor before the verb: `subject-relative` reads the clause
    previous = [a for a in slot.sentence.actors if a.last < slot.first]
    if previous and previous[-1].last == slot.first - 1:
        return Roles((previous[-1],), True)
    if plural_relative_object(slot):
        fired(RELATIVE_PLURAL_OBJECT)
        return NO_SUBJECT
    return None


@SUBJECTS.rule("subject-relative-plural-person", "a relative clause opened by „die“ and closed by a plural verb "
               "has no single named person as its subject: the person is its object, the subject the actor before the "
               "comma, if any („Die Grünen, die Kanzler Karl Brunner kritisiert hatten“ → the Grünen; „Viele, die "
               "Brunner kritisiert hatten“ → none); not two persons joined by „und“ („…, die Brunner und Wendl "
               "kritisiert hatten“)")
def _plural_relative_person(slot: Slot) -> Roles | None:
    sentence, words, lead = slot.sentence, slot.sentence.words, slot.lead
    if slot.boundary != "," or not slot.before or words[lead].lower not in german.PLURAL_ARTICLES:
        return None
    actor = slot.before[0]
    if actor.type != "Official" or actor.first > lead + 2 or len(chained(slot, actor).subjects) > 1:
        return None
    final = next((w for w in reversed(words[slot.first:slot.last]) if w.text.isalpha()), None)
    if final is None or not final.verb_or_auxiliary \
            or not final.lower.endswith(german.PLURAL_FINITE_ENDING):
        return None
    antecedent = next((a for a in sentence.actors if a.last == slot.first - 1), None)
    return Roles((antecedent,), True) if antecedent is not None else NO_SUBJECT


@SUBJECTS.rule("subject-after-fronted-proposal", "a proposal, demand or accusation fronted before the finite verb "
               "(`kg.extract.fronted_proposals`) is the verb's object: its subject is the first named actor after the "
               "verb, not one inside the phrase, and none where no actor follows: „Die Forderung der Nordpartei lehnt "
               "die Südpartei ab“ → the Südpartei rejects; not „Der Vorschlag der Nordpartei …“ (a subject)")
def _after_fronted_proposal(slot: Slot) -> Roles | None:
    words = slot.sentence.words
    if not words[slot.cue].text.islower() or slot.boundary == ",":
        return None         # a noun cue (its own readings find who acts), a relative or infinitive clause
    fronted = fronted_proposal(slot.sentence, slot.lead, slot.last)
    if fronted is None or fronted.verb > slot.cue:
        return None
    after = fronted.verb + 1
    if after < slot.last and words[after].lower in german.NOMINATIVE_ONLY_PRONOUNS:
        return None         # „Eine Anfrage der Türkei lehnte er ab“: `subject-pronoun-after-verb`
    subject = next((a for a in slot.bare if a.first > fronted.verb and a not in fronted.owners
                    and not oblique(slot.sentence, a)), None)
    return chained(slot, subject) if subject is not None else NO_SUBJECT


@SUBJECTS.rule("subject-after-fronted-object", "an object fronted before the verb: the subject is the next "
               "bare actor: „Den Papst lobte Castro“")
def _after_fronted_object(slot: Slot) -> Roles | None:
    if not slot.before or not (oblique(slot.sentence, slot.before[0]) or feminine_dative_opener(slot, slot.before[0])
                               or object_phrase_genitive(slot, slot.before[0])):
        return None
    fronted = slot.before[0]
    rest = [a for a in slot.bare if a.first > fronted.last and a.key != fronted.key
            and not oblique(slot.sentence, a)]
    if rest:
        return chained(slot, rest[0])
    return chained(slot, slot.before[1]) if len(slot.before) > 1 else None


def _pronoun_subject(slot: Slot, k: int) -> Roles:
    """The subject pronoun at word k as the clause's subject: the actor read for it, else no named one."""
    pronoun = next((a for a in slot.sentence.actors if a.first == k), None)
    return chained(slot, pronoun) if pronoun is not None else NO_SUBJECT


@SUBJECTS.rule("subject-pronoun-after-verb", "a pronoun that is only ever a subject („er“, „ich“, „wir“) right "
               "after a main clause's finite verb is its subject, so a named actor before the verb is an object or "
               "an object's attribute: „Eine Anfrage des Kuriers lehnt er ab“, „Die Nordpartei kritisiert er scharf“ "
               "→ he acts (the actor read for the pronoun, else no named one); not a relative or subordinate clause")
def _pronoun_after_verb(slot: Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if lead >= slot.cue or words[lead].lower in german.SUBORDINATORS \
            or (slot.boundary is not None and words[lead].lower in RELATIVES):     # „…, der er …“, not „Der Türkei …“
        return None
    verb = next((k for k in range(lead + 1, slot.cue + 1) if words[k].verb_or_auxiliary), None)
    if verb is None or verb + 1 >= slot.last or words[verb + 1].lower not in german.NOMINATIVE_ONLY_PRONOUNS \
            or not any(a.last < verb for a in slot.bare):
        return None
    return _pronoun_subject(slot, verb + 1)


@SUBJECTS.rule("subject-person-first", "a clause whose field before its finite verb names a person who is no actor "
               "(no official), after no preposition, has that person as subject: an actor past the verb is an object: "
               "„Der Trainer Max Muster hat die UEFA scharf kritisiert“; not „Laut Max Muster hat Russland …“")
def _person_first(slot: Slot) -> Roles | None:
    sentence, words = slot.sentence, slot.sentence.words
    verb = next((k for k in range(slot.lead, slot.cue) if words[k].verb_or_auxiliary), None)
    if verb is None or not slot.before or slot.before[0].first < verb:
        return None
    if any(w.lower in PREPOSITIONS for w in words[slot.lead:verb]) \
            or not any(slot.lead <= p < verb for p in sentence.persons):
        return None
    return NO_SUBJECT


def _relative_lead(words: tuple[Word, ...], lead: int) -> bool:
    """A relative pronoun right after a comma opens the clause: „…, die man …“."""
    return words[lead].lower in RELATIVES and lead > 0 and words[lead - 1].text == ","


@SUBJECTS.rule("subject-pronoun-subordinate", "a pronoun that is only ever a subject („man“, „wir“, „ich“) right "
               "after the subordinator opening a verb-final clause is its subject, so the named actors after it are "
               "objects: „…, dass man der SPÖ die Zustimmung verweigert“ → no named subject; a pronoun read as an "
               "actor stays the subject („…, dass er die SPÖ kritisiert“, er an official named before); so too after "
               "a relative pronoun: „die Tricks, die man Zentrix vorwirft“ → no named subject")
def _pronoun_subordinate(slot: Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if lead + 1 >= slot.cue or words[lead].lower not in german.SUBORDINATORS and not _relative_lead(words, lead) \
            or words[lead + 1].lower not in german.NOMINATIVE_ONLY_PRONOUNS:
        return None
    return _pronoun_subject(slot, lead + 1)


@SUBJECTS.rule("subject-number-agreement", "one named person, or a state with a singular name, right before a "
               "plural finite verb, or after it in an inverted main clause, is its object, not its subject: the verb's "
               "subject is the actors listed after it, else no named one: „Die Türkei kritisierten Kanzlerin Ada Lanz "
               "und Minister Tim Rau“ → Lanz and Rau; „Im Bericht werfen die Prüfer Ministerin Lanz Versäumnisse vor“ "
               "→ none; not „Die USA kritisierten …“ (a plural name) or „Lanz und ihr Team kritisierten …“")
def _number_agreement(slot: Slot) -> Roles | None:
    words = slot.sentence.words
    verb = first_verb(words, slot.lead, slot.cue)
    if verb is None or not words[slot.cue].text.islower():
        return None         # a noun cue: its own readings find who acts
    bare = [a for a in slot.bare if not oblique(slot.sentence, a)]
    head = bare[0] if bare and bare[0].last < verb else _inverted_head(slot, bare, verb)
    if head is None or len(chained(slot, head).subjects) > 1 \
            or not single_beside_plural_verb(slot.sentence, head, verb):
        return None
    listed = next((chained(slot, a) for a in bare if a.first > max(verb, head.last) and a.key != head.key), None)
    if listed is not None and (len(listed.subjects) > 1 or not singular_actor(slot.sentence, listed.subjects[0])):
        return listed
    return NO_SUBJECT


def _inverted_head(slot: Slot, bare: list[Actor], verb: int) -> Actor | None:
    """The first actor after the finite verb of an inverted main clause, where that verb is the cue or an auxiliary
    (not an attribute's participle: „In vorher abgehaltenen Umfragen sprach …“), no pronoun stands before the actor
    and no „und“ follows it in the clause (a subject listed further on: „So werden X nach der Weihe und Y eintreffen“)."""
    words = slot.sentence.words
    if not slot.inverted or (verb != slot.cue and words[verb].lower not in german.AUXILIARIES):
        return None
    head = next((a for a in bare if a.first > verb), None)
    if head is None or any(w.lower in german.COORDINATORS for w in words[head.last + 1:slot.last]) \
            or any(w.lower in PERSONAL_PRONOUNS for w in words[verb + 1:head.first]):
        return None         # „Gestern kritisierten sie die Türkei“: the pronoun is the subject (`subject-unnamed`)
    return head


@SUBJECTS.rule("subject-nominative-after-verb", "„der“ and a man's title right after the finite verb open the "
               "nominative, the subject: the actor fronted before the verb is its object: „Frankreich besucht der "
               "deutsche Kanzler Karl Obermoser im Herbst“ → Obermoser visits Frankreich; not „der“ and a woman's "
               "title, a dative („Frankreich dankte der Kanzlerin X“), nor a name after „der“ without a title")
def _nominative_after_verb(slot: Slot) -> Roles | None:
    words = slot.sentence.words
    verb = first_verb(words, slot.lead, slot.cue) if slot.before and words[slot.cue].text.islower() else None
    subject = nominative_after_verb(slot, verb) if verb is not None else None
    return chained(slot, subject) if subject is not None else None


@SUBJECTS.rule("subject-before", "the first bare actor before the cue is its subject (with those coordinated): "
               "„Russland und die Ukraine einigten sich“")
def _before(slot: Slot) -> Roles | None:
    if not slot.before or oblique(slot.sentence, slot.before[0]) or object_of_noun_first(slot) \
            or object_after_shared_verb(slot) or feminine_dative_opener(slot, slot.before[0]) \
            or object_phrase_genitive(slot, slot.before[0]):
        return None
    return chained(slot, _renamed(slot, slot.before[0]))


RENAMED_PHRASE = declare("subject-renamed-phrase", "subject", "a name between commas that renames the noun phrase "
                         "opening the clause (`clause-name-apposition`) is the subject, not an actor named inside that "
                         "phrase before it: „Der Botschafter Russlands in Wien, Sergej Iwanow, kritisierte die "
                         "Regierung“ → Iwanow; not a list („Der Botschafter Russlands, Iwanow und …“)")


def _renamed(slot: Slot, head: Actor) -> Actor:
    """The named actor right after a renaming comma past `head` and before the cue, with no verb between, else
    `head` (a name right after `head` is already coordinated with it: `coordinated_chain`)."""
    words = slot.sentence.words
    comma = next((c for c in range(head.last + 2, slot.cue) if c in slot.sentence.renaming), None)
    if comma is None or any(w.verb_or_auxiliary for w in words[head.last + 1:comma]):
        return head
    renaming = next((a for a in slot.bare if a.first == comma + 1), None)
    if renaming is None:
        return head
    fired(RENAMED_PHRASE)
    return renaming


@SUBJECTS.rule("subject-relative", "a relative clause's subject is the actor right before its comma: "
               "„Russland, das einen Angriff plant“")
def _relative(slot: Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if not (lead < slot.last - 1 and words[lead].lower in RELATIVES and lead > 0 and not words[lead + 1].capitalized) \
            or object_relative(words, lead):
        return None
    antecedent = relative_head(words, slot.sentence.actors, slot.first)
    return Roles((antecedent,), True) if antecedent is not None else None


@SUBJECTS.rule("subject-infinitive-main", "a zu-infinitive without a subject of its own takes the sentence's: "
               "„Russland versucht seit Jahren, die Ukraine anzugreifen“")
def _infinitive_main(slot: Slot) -> Roles | None:
    if not zu_infinitive(slot.sentence, slot.cue):
        return None
    subject = main_subject(slot.sentence)
    return Roles((subject,), True) if subject is not None and subject.last < slot.first else None


TEXT_NOUNS = resources.load_word_list("text_nouns.tsv")      # "Ein Leitartikel der X": X speaks


# where a text's author stands: "in der Washington Post", "im Spiegel", "der Zeitung", "von Reuters"
_AUTHOR_PREPOSITIONS = german.IN_PREPOSITIONS | german.NOUN_COMPLEMENT_OPENERS


@SUBJECTS.rule("subject-text-author", "a text opening the clause speaks for the organisation it appears in or "
               "comes from: „Ein Kommentar in der Washington Post forderte Max Muster auf …“")
def _text_author(slot: Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    k = lead + 1 if lead < slot.last and words[lead].lower in DETERMINERS else lead
    if k >= slot.cue or words[k].text not in TEXT_NOUNS:
        return None
    author = next((a for a in slot.sentence.actors_in(k + 1, slot.cue) if a.type == "Organization"
                   and (a.prep in _AUTHOR_PREPOSITIONS or a.prep is None) and a.first <= k + 3), None)
    return Roles((author,), False) if author is not None else None


@SUBJECTS.rule("subject-noun-first", "a clause opening with an unnamed noun phrase has that as its subject, "
               "no named actor: „Westliche Regierungen werfen Russland vor …“")
def _noun_first_subject(slot: Slot) -> Roles | None:
    return NO_SUBJECT if noun_first(slot.sentence, slot.lead, slot.last) else None


@SUBJECTS.rule("subject-after-correlate", "„es“ right after the verb, where no actor opens the clause, stands "
               "for the „dass“ or zu-clause the verb governs: the named actor right after it is the subject: „Als nicht "
               "hinnehmbar bezeichnete es der deutsche Minister X, dass …“ → X; not where an actor opens the clause "
               "(„Die Lücke erlaubt es Firmen …“), nor a noun cue")
def _after_correlate(slot: Slot) -> Roles | None:
    words, nxt = slot.sentence.words, slot.cue + 1
    if nxt + 1 >= slot.last or words[nxt].lower not in german.CORRELATE_PRONOUNS or slot.before \
            or not words[slot.cue].text.islower():
        return None
    actor = next((a for a in slot.bare if nxt < a.first <= nxt + _CORRELATE_REACH), None)
    return chained(slot, actor) if actor is not None else None


_CORRELATE_REACH = 3        # words from „es“ to the actor: an article, an adjective, a title


@SUBJECTS.rule("subject-unnamed", "a pronoun or an unknown person right after the verb is the subject, no named "
               "actor: „Warum kritisieren Sie die Regierung?“")
def _unnamed(slot: Slot) -> Roles | None:
    sentence, cue = slot.sentence, slot.cue
    nxt = cue + 1
    if nxt < slot.last and (sentence.words[nxt].lower in PERSONAL_PRONOUNS or nxt in sentence.persons) and \
            not any(a.first == nxt for a in sentence.actors):
        return NO_SUBJECT
    return None


@SUBJECTS.rule("subject-unnamed-titled", "a capitalised noun and an unknown person right after the verb are its "
               "subject (a title the lists lack before the name), no named actor: „Die Firma solle den Vertrag "
               "anerkennen, forderte Verbandsreferent Max Muster“; not a named actor there („…, forderte Kanzler "
               "Scholz“)")
def _unnamed_titled(slot: Slot) -> Roles | None:
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
def _unnamed_agent(slot: Slot) -> Roles | None:
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
def _after_relative(slot: Slot) -> Roles | None:
    words, clauses = slot.sentence.words, slot.sentence.clauses
    if slot.boundary != "," or slot.lead >= slot.last or not words[slot.lead].verbish:
        return None
    k = clauses.index((slot.first, slot.last))
    j = k - 1
    while j > 0 and relative_clause(words, clauses[j]):
        j -= 1
    first, last = clauses[j]
    if j == k - 1 or first > dateline_end(words) or any(w.verb_or_auxiliary for w in words[:last]):
        return None         # no relative clause between, an apposition („Neben Kritik von X, Y, der …“), or a verb
    bare = [a for a in slot.sentence.actors_in(first, last) if a.prep is None]
    if not bare or bare[-1].last != last - 1:
        return None         # the relative clause's antecedent is no named actor
    return Roles(tuple(coordinated_chain(slot.sentence, bare[0], bare)), True)


@SUBJECTS.rule("subject-after-apposition", "a clause opening with its verb after a comma, right after the "
               "sentence's first clause, which has no verb and is a named actor with its apposition (a comma and an "
               "article), has that actor as subject, not one after the verb: „Marco Ribeira, der chilenische "
               "Präsident, traf am Montag Präsident Luis Andrade“ → Ribeira (also „Marco Ribeira, Präsident Chiles, "
               "traf …“; a name between the commas renames the phrase: „Chiles Präsident, Marco Ribeira, traf …“ → "
               "Ribeira); not „In Lima, der Hauptstadt Perus, traf …“ (no bare actor opens it)")
def _after_apposition(slot: Slot) -> Roles | None:
    words, clauses = slot.sentence.words, slot.sentence.clauses
    k = clauses.index((slot.first, slot.last))
    if slot.boundary != "," or slot.lead >= slot.last or not words[slot.lead].verbish or k not in (1, 2):
        return None
    first, last = clauses[0][0], clauses[k - 1][1]      # the apposition's own comma may open a clause
    start = max(first, dateline_end(words))
    comma = next((i for i in range(start + 1, last - 1) if words[i].text == ","), None)
    if comma is None or any(w.verb_or_auxiliary for w in words[first:last]):
        return None
    head = [a for a in slot.sentence.actors_in(start, comma) if a.prep is None]
    if not head or head[0].first != start:
        return None
    named = next((a for a in slot.sentence.actors if a.first == comma + 1), None)
    if named is not None and named.last == last - 1 and named.type in PERSON_TYPES:
        return Roles((named,), True)    # "Chiles Präsident, Marco Ribeira, traf …": the name renames the phrase
    opener = words[comma + 1]
    if named is not None or not (opener.lower in DETERMINERS or opener.capitalized):
        return None     # "Marco Ribeira, der chilenische Präsident, …", "Marco Ribeira, Präsident Chiles, …"
    return Roles(tuple(coordinated_chain(slot.sentence, head[0], head)), True)


PERSON_TYPES = frozenset({"Official", "Person"})


@SUBJECTS.rule("subject-inverted", "after an adverbial the subject follows the verb: „Am Donnerstag kritisierte "
               "Merkel die Türkei“")
def _inverted(slot: Slot) -> Roles | None:
    if not slot.after or slot.coordinated or not slot.inverted:
        return None
    head = slot.after[0]
    words = slot.sentence.words
    article = words[head.first - 1].lower if head.first > 0 else ""
    near = head.first <= slot.cue + 4
    if head.resolved or head.type == "Official" or (near and article not in german.MASCULINE_ARTICLES):
        return chained(slot, head)
    return None


@SUBJECTS.rule("subject-elliptic", "a verb after „und“ or a comma without a subject of its own shares the "
               "sentence's (or the last sentence's): „Russland bestreitet die Pläne und wirft der Ukraine vor …“")
def _elliptic(slot: Slot) -> Roles | None:
    words = slot.sentence.words
    if not (slot.coordinated or (slot.boundary == "," and slot.lead < slot.last and words[slot.lead].verbish)):
        return None
    if not slot.coordinated and after_fronted(slot):
        fired(ELLIPTIC_AFTER_FRONTED)
        return None         # a subject further after the verb may still be named (`subject-inverted-far`)
    antecedent = relative_antecedent(slot) if not slot.coordinated else None
    if antecedent is not None:
        fired(ELLIPTIC_AFTER_RELATIVE)
        return Roles((antecedent,), True) if antecedent is not NO_SPEAKER else NO_SUBJECT
    reporter = reporter_before(slot) if slot.coordinated else None
    if reporter is not None:
        fired(ELLIPTIC_REPORTER)
        return Roles((reporter,), True) if reporter is not NO_SPEAKER else NO_SUBJECT
    subject = main_subject(slot.sentence)
    if subject is not None and subject.last < slot.first:
        return Roles((subject,), True)
    if subject is None and slot.previous_subject is not None and slot.coordinated and unnamed_subject(slot.sentence):
        fired(ELLIPTIC_UNNAMED)
        return NO_SUBJECT
    if subject is None and slot.previous_subject is not None and slot.coordinated and pronoun_subject(slot.sentence):
        fired(ELLIPTIC_PRONOUN)
        return NO_SUBJECT
    own = own_subject(slot) if subject is None and slot.previous_subject is not None else None
    if own is not None:
        fired(ELLIPTIC_OWN_SENTENCE)
        return Roles((own,), True) if own is not NO_SPEAKER else NO_SUBJECT
    if subject is None and slot.previous_subject is not None:
        return Roles((slot.previous_subject,), True)
    return NO_SUBJECT


@SUBJECTS.rule("subject-inverted-far", "a subject further after the verb, not one with an object's article: "
               "„Seit einem Jahr kritisiert die Regierung Russlands die Ukraine“")
def _inverted_far(slot: Slot) -> Roles | None:
    if not slot.after or not slot.inverted:
        return None
    head = slot.after[0]
    words = slot.sentence.words
    if head.first > 0 and words[head.first - 1].lower in german.OBJECT_ARTICLES:
        return NO_SUBJECT         # an accusative or dative object, not the subject
    return chained(slot, head)

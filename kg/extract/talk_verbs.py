"""The participants of a talks verb: its subject and the partner in its slot („mit X“, an object, the agent of
a passive, a visited state), coordinated subjects meeting each other, and the guards against false partners.

>>> from kg.extract.clauses import Actor
>>> sides = [Actor("person:putin", "Official", 3, 3, "zwischen"), Actor("person:obama", "Official", 5, 5, "zwischen")]
>>> _between_sides(sides), _between_sides(sides[:1])
(True, False)
"""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.appeals import APPEAL, appealed
from kg.extract.clauses import Actor, Sentence
from kg.extract.prepositions import governing_prep
from kg.extract.roles import find_subjects
from kg.extract.rules import declare, fired
from kg.extract.talk_anaphora import by_phone
from kg.extract.talk_cues import AGREEMENTS, WORD_CUES, Cue, travel_cue
from kg.extract.talk_groups import GAPPED_PAIR, coordinated, second_group
from kg.extract.talk_organs import CAPITAL_ORGAN, capital_organ, from_state, is_organ, organ_rule, organ_subjects
from kg.extract.talk_places import CAPITAL_OBJECT, PLACE_PREPS, VISITED, capital_hosts
from kg.extract.talk_rules import RECEIVED_IN, VISIT_CAPITAL, VISIT_SLOT, VISITED_STATE
from kg.extract.talk_sides import both_word
from kg.german import PASSIVE_AUXILIARIES, RECIPROCALS


VERB_PARTIES = declare("talks-verb-participants", "talks participants", "a talks verb's subject and the partner "
                       "in its slot („mit X“, an object, „sich“ with coordinated subjects)")

PASSIVE_AGENT = declare("talks-passive-agent", "talks participants", "the agent of a passive talks verb is the "
                        "partner: „Papst Franziskus wurde von Präsident Rafael Correa empfangen“")
PARTNER_SLOT = declare("talks-partner-slot", "talks participants", "the partner in a talks verb's slot, „mit X“ "
                       "or its object: „Biden telefonierte mit Putin“, „Merkel traf Macron“")
RECIPROCAL = declare("talks-reciprocal", "talks participants", "coordinated subjects of a reciprocal talks verb "
                     "meet each other: „Merkel und Macron trafen sich“")


def verb_participants(sentence: Sentence, cue: Cue, cues: list[Cue],
                      prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    first, last = sentence.clause_of(cue.index)
    if not _verb_applies(sentence, cue, cues, first, last):
        return [], ()
    roles = find_subjects(sentence, cue.index, prev)
    people: list[Actor] = second_group(sentence, list(roles.subjects), cue.index) if roles else []
    rules: list[str] = [VERB_PARTIES, *((INVITED_TO_PLACE,) if INVITED in cue.entry.requires else ())]
    people, rules = _shared_word(sentence, people, rules)
    if not people:
        people, organ_rules = organ_subjects(sentence, first, cue.index)
        people, organ_rules = (people, organ_rules) if people else _organs_after(sentence, cue, last)
        rules += organ_rules
    if REFLEXIVE in cue.entry.requires and not any(w.lower in RECIPROCALS for w in sentence.words[first:last]):
        fired(REFLEXIVE_STAY)
        return [], ()           # "Putin hält den Vormarsch in Syrien auf": only „sich aufhalten“ is a stay
    if OFFICIAL in cue.entry.requires and not _officials(people):
        return [], ()           # "Frontex kommt nach Mazedonien": only an official visits by coming or flying
    partners, slot_rules = _slot_partners(sentence, cue, cues, people)
    rules += slot_rules
    if not partners and roles and roles.rule in FRONTED_OBJECT_SUBJECTS and "obj" in cue.entry.requires:
        partners = _fronted_objects(sentence, first, cue.index, people)
        rules += [FRONTED_OBJECT] if partners else []
    if WELCOMED in cue.entry.requires and not _welcomed_guest(sentence, partners, first, last):
        return [], ()           # "Merkel begrüßte die Initiative der EU": welcoming a step is no reception
    if not people and travel_cue(cue):
        return [], ()           # "sei er nach Belgien und Marokko gereist": destinations do not meet each other
    if not people and partners:
        body = _summit_body(sentence, {a.key for a in partners})
        people, rules = ([body], [*rules, SUMMIT_BODY]) if body is not None else (people, rules)
    if partners and not people and _between_sides(partners, sentence):
        return partners, (*rules, VERB_BETWEEN)     # "das zwischen Putin und Poroschenko ausgehandelte Abkommen"
    if partners and not people:
        fired(NO_SUBJECT)
        return [], ()           # "Dort traf er mit Lawrow und Putin zusammen" (no antecedent): partners meet the subject
    if partners:
        joint = [JOINT_SUBJECTS] if len(people) >= 2 and coordinated(sentence, people) else []
        return people + partners, tuple(dict.fromkeys(rules + joint))
    return _subjects_only(sentence, cue, *with_gapped_pairs(sentence, people, tuple(rules), last))


# the subject rules that read the actor before the verb as its object
FRONTED_OBJECT_SUBJECTS = frozenset({"subject-after-fronted-object", "subject-nominative-after-verb"})
FRONTED_OBJECT = declare("talks-fronted-object", "talks participants", "the object a talks verb's clause fronts "
                         "before the verb (its subject after it) is the partner met: „Den peruanischen Präsidenten "
                         "Luis Andrade traf der chilenische Präsident Marco Ribeira am Montag“")


def _fronted_objects(sentence: Sentence, first: int, cue: int, people: list[Actor]) -> list[Actor]:
    """The bare actors before the verb at `cue` in its clause that are none of its subjects."""
    taken = {a.key for a in people}
    found = [a for a in sentence.actors_in(first, cue) if a.prep is None and a.key not in taken]
    if found:
        fired(FRONTED_OBJECT)
    return found


OFFICIAL_VISITOR = declare("talks-official-visitor", "talks guard", "a verb the talks lexicon marks „official“ "
                           "(flying or coming to a state, staying in it) is a visit only where its subjects are named "
                           "officials: „Kerry flog nach Israel“, „Obama weilte in Berlin“; not „Frontex kommt nach "
                           "Mazedonien“, „Die Jets sind nach Polen geflogen“")
REFLEXIVE_STAY = declare("talks-reflexive-stay", "talks guard", "a verb the talks lexicon marks „reflexive“ "
                         "(„aufhalten“) is a stay only with „sich“ in its clause: „Kerry hielt sich in der Ukraine auf“ "
                         "visits it, „Präsident Putin hält den Vormarsch in Syrien auf“ does not")
REFLEXIVE = "reflexive"     # the talks lexicon's mark of a verb that is a cue only with „sich“ („sich aufhalten“)
OFFICIAL = "official"   # the talks lexicon's mark of a verb whose subject must be a named official („fliegen“)


def _officials(people: list[Actor]) -> bool:
    """Subjects that are all named officials; where there are subjects and they are not, the guard fires."""
    if people and all(a.type == "Official" for a in people):
        return True
    if people:
        fired(OFFICIAL_VISITOR)
    return False


WELCOMED_GUEST = declare("talks-welcomed-guest", "talks participants", "a verb the talks lexicon marks „welcomed“ "
                         "(„begrüßen“) is a reception only where its object or passive agent is a named official and "
                         "its clause names where, after „in“/„im“: „Der Papst begrüßte Präsident Obama im Vatikan“, "
                         "„Die Jets wurden in Litauen von Präsidentin Grybauskaite begrüßt“; not „Merkel begrüßte die "
                         "Initiative der EU“, „Merkel begrüßte Obamas Vorschlag“")
WELCOMED = "welcomed"   # the talks lexicon's mark of a verb of welcoming, a reception only of an official somewhere


def _welcomed_guest(sentence: Sentence, partners: list[Actor], first: int, last: int) -> bool:
    """Officials only in the verb's slot, and a place or state after „in“/„im“ in its clause."""
    words = sentence.words
    if not partners or any(a.type != "Official" or (a.last + 1 < len(words) and words[a.last + 1].capitalized)
                           for a in partners):
        return False        # "begrüßte Obamas Vorschlag": a genitive before its noun, no guest
    inside = german.IN_PREPOSITIONS
    if not any(first <= i < last and governing_prep(words, i) in inside for _, i in sentence.places) \
            and not any(a.type == "State" and a.prep in inside for a in sentence.actors_in(first, last)):
        return False
    fired(WELCOMED_GUEST)
    return True


PASSIVE_ONLY = declare("talks-passive-only", "talks guard", "a verb the talks lexicon marks „passive“ opens talks "
                       "only as a participle after a passive auxiliary: „Davutoglu wird am Montag in Berlin erwartet“ "
                       "is a visit, „Merkel erwartet in China Wachstum“ none")
PASSIVE = "passive"     # the talks lexicon's mark of a verb that is a talks cue only in the passive („erwartet“)


def _verb_applies(sentence: Sentence, cue: Cue, cues: list[Cue], first: int, last: int) -> bool:
    """Whether the verb opens talks in its clause: an agreement verb names an agreement, a passive-only verb is a
    passive participle (not its infinitive)."""
    requires = cue.entry.requires
    if "agreement" in requires and not names_agreement(sentence, first, last):
        return False            # "unterzeichnete ein Gesetz": signing alone is no negotiation
    if SETTLEMENT in requires and not _sought_settlement(sentence, cue.index, last):
        return False
    if PASSIVE in requires and (sentence.words[cue.index].lower == cue.entry.cue
                                or not _passive_form(sentence, cue.index)):
        fired(PASSIVE_ONLY)
        return False
    if SUMMONED in requires and not _summoned(sentence, first, last):
        return False
    if TABLE in requires and not _at_table(sentence, first, last):
        return False
    return INVITED not in requires or _invited_to_place(sentence, cues, first, last)


AT_TABLE = declare("talks-at-table", "talks cue", "a verb the talks lexicon marks „table“ („setzen“, „sitzen“) is a "
                   "meeting only where „an“ or „am“ and „Tisch“ stand in its clause: „Die Ministerin setzte sich mit "
                   "dem Bauernbund an einen Tisch“, „Nordpartei und Südpartei saßen wieder an einem Tisch“; not „Sie "
                   "setzte sich für den Bauernbund ein“")
TABLE = "table"     # the talks lexicon's mark of a verb that meets only at a table


def _at_table(sentence: Sentence, first: int, last: int) -> bool:
    """„an“/„am“ and, within three words, „Tisch“ in the clause."""
    words = sentence.words
    if any(words[i].lower in german.PARTICIPATION_PREPOSITIONS
           and any(w.lower in german.TABLE_NOUNS for w in words[i + 1:min(last, i + 4)]) for i in range(first, last)):
        fired(AT_TABLE)
        return True
    return False


SUMMONED_TO_SELF = declare("talks-summoned", "talks cue", "a verb the talks lexicon marks „summoned“ („zitieren“, "
                           "„bestellen“, „rufen“) is a meeting only where „zu sich“ stands in its clause: „Die "
                           "Präsidentin zitierte ihren Innenminister Olek Brand zu sich“; not „Die Präsidentin zitierte "
                           "einen Bericht des Innenministers Olek Brand“")
SUMMONED = "summoned"   # the talks lexicon's mark of a verb that meets only whom it summons „zu sich“


def _summoned(sentence: Sentence, first: int, last: int) -> bool:
    """„zu“ followed by „sich“ in the clause."""
    words = sentence.words
    if any(words[i].lower in german.TO_PREPOSITIONS and words[i + 1].lower == german.REFLEXIVE_PRONOUN
           for i in range(first, last - 1)):
        fired(SUMMONED_TO_SELF)
        return True
    return False


SOUGHT_SETTLEMENT = declare("talks-sought-settlement", "talks cue", "a verb the talks lexicon marks „settlement“ "
                            "(„ringen“) is a negotiation only where „um“ and a noun of settlement (`settlement_nouns.tsv`: "
                            "„Einigung“, „Kompromiss“) or of agreement follow it in its clause: „Chile und Peru ringen "
                            "seit Tagen um einen Kompromiss“; not „Zwei Lager ringen in Chile um die Macht“")
SETTLEMENT = "settlement"   # the talks lexicon's mark of a verb that negotiates only when it seeks a settlement
SETTLEMENTS = tuple(sorted(resources.load_word_list("settlement_nouns.tsv")))


def _sought_settlement(sentence: Sentence, cue: int, last: int) -> bool:
    """„um“ after the verb in its clause, a settlement or agreement noun within the next three words."""
    words = sentence.words
    for i in range(cue + 1, last):
        if words[i].lower in german.PURPOSE_CONJUNCTIONS:
            if any(w.capitalized and w.lower.endswith(SETTLEMENTS + AGREEMENTS) for w in words[i + 1:min(last, i + 4)]):
                fired(SOUGHT_SETTLEMENT)
                return True
            return False
    return False


INVITED_TO_PLACE = declare("talks-invited-to-place", "talks participants", "an invitation „nach“ or „in“ a place or "
                           "state (talks lexicon mark „invited“) is a meeting to come of host and guest: „Putin lud "
                           "Erdogan nach Moskau ein“; with a talks noun („zu Gesprächen“) the noun reads it")
INVITED = "invited"     # the talks lexicon's mark of a verb of inviting someone to a place („einladen“)


def _invited_to_place(sentence: Sentence, cues: list[Cue], first: int, last: int) -> bool:
    """The clause names where the guest is invited to (a place or state after „nach“/„in“) and no talks noun
    among the sentence's `cues`."""
    words = sentence.words
    if any(first <= c.index < last and c.entry.match == "suffix" for c in cues):
        return False        # "lud Putin zu Gesprächen nach Berlin ein": the noun's invitation
    return any(first <= i < last and governing_prep(words, i) in german.DESTINATION_PREPOSITIONS
               for _, i in sentence.places) or any(a.type == "State" and a.prep in german.DESTINATION_PREPOSITIONS
                                                    for a in sentence.actors_in(first, last))


def _slot_partners(sentence: Sentence, cue: Cue, cues: list[Cue], people: list[Actor]) -> tuple[list[Actor], list[str]]:
    """The actors in the verb's slots and the rules that put them there; for a receiving verb in the passive with no
    agent, the state (or capital) it is received in."""
    first, last = sentence.clause_of(cue.index)
    partners: list[Actor] = []
    rules: list[str] = []
    taken = {a.key for a in people}
    capitals = _capitals(sentence, cue, first, last, people)
    pairs = gapped_pairs(sentence, people, last)      # new subjects of their own: no partners
    gapped = [a for a in gapped_clauses(sentence, last) if a not in pairs] if people else []
    carried = carried_partners(sentence, first, last)
    for written in sentence.actors_in(first, last) + capitals + gapped + carried:
        actor = from_state(sentence, written)
        if appealed(sentence, cue.entry.cue, actor):
            fired(APPEAL)       # „rief den Sicherheitsrat an“: an appeal, no phone call
            continue
        rule = None if actor.key in taken else _verb_slot(sentence, cue, cues, actor, people)
        if rule in (VISIT_SLOT, PARTNER_SLOT) and written in capitals:
            rule, rules = VISIT_CAPITAL, rules + [VISITED_OBJECT] if written.prep is None else rules
        elif rule == PARTNER_SLOT and _visited_state(sentence, cue, written):
            fired(VISITED_STATE)    # "besuchte Polen": the visited host, as "besuchte Warschau"; the visit may fold
            rule = VISITED_STATE
        if rule is not None:
            partners.append(actor)
            taken.add(actor.key)
            rules += [rule, organ_rule(written)] if actor is not written else [rule]
            rules += [GAPPED] if written in gapped else []
            rules += [CARRIED_LIST] if written in carried else []
    if not partners and people and RECEIVED in cue.entry.requires and _passive_form(sentence, cue.index):
        return _received_in(sentence, cue, people)
    organ = capital_organ(sentence, first, last) if not partners and people and not travel_cue(cue) else None
    return ([organ], [*rules, CAPITAL_ORGAN, VISIT_CAPITAL]) if organ is not None else (partners, rules)


def _visited_state(sentence: Sentence, cue: Cue, written: Actor) -> bool:
    """A state named by its name (not „die polnische Botschaft“) as the bare object of a visiting verb."""
    return written.type == "State" and written.prep is None and VISITED in cue.entry.requires \
        and sentence.words[written.first].capitalized


GAPPED = declare("talks-gapped-partner", "talks participants", "a clause without a verb of its own after the talks "
                 "verb's clause, a place phrase and then a partner, repeats the verb with a new partner: „In Rom traf er "
                 "Premier Renzi, in Paris Präsident Hollande“ (two meetings, each in its place); not a clause with a "
                 "verb of its own („…, in Paris sprach Präsident Hollande“)")


def gapped_clauses(sentence: Sentence, end: int) -> list[Actor]:
    """The actors of the verbless clauses right after the clause ending at word `end` that open with „,“ or „und“ and a
    place preposition („, in Paris Präsident Hollande“)."""
    return [a for _, clause in _gapped_groups(sentence, end) for a in clause if a.type != "State" or a.prep is None]


def _gapped_groups(sentence: Sentence, end: int) -> list[tuple[int, list[Actor]]]:
    """Each verbless clause of `gapped_clauses`: the index of its place preposition and its actors."""
    words, found = sentence.words, []
    for first, last in sentence.clauses:
        if first != end or last - first < 3:
            continue
        lead = first + 1 if words[first].text == "," else first
        if words[lead].lower in german.ADDITIVE_CONJUNCTIONS:
            lead += 1
        if words[lead].lower not in PLACE_PREPS or any(w.verbish for w in words[lead:last]):
            break
        found.append((lead, sentence.actors_in(lead, last)))
        end = last
    return found


def gapped_pairs(sentence: Sentence, people: list[Actor], end: int) -> list[Actor]:
    """The coordinated pairs (no preposition) of the verbless clauses after the clause ending at `end`
    (`gapped_clauses`), where the verb's subjects `people` are a coordinated pair too (`GAPPED_PAIR`)."""
    if len(people) < 2 or not coordinated(sentence, people):
        return []
    found = []
    for lead, clause in _gapped_groups(sentence, end):
        if len(clause) >= 2 and all(_after_place(sentence, lead, a) for a in clause) and coordinated(sentence, clause):
            found += clause
    return found


def _after_place(sentence: Sentence, lead: int, actor: Actor) -> bool:
    """The actor stands bare after the gapped clause's place phrase: no preposition, or only the place's own, read
    past the place right after it („in Asunción Bolivien“)."""
    if actor.prep is None:
        return True
    return actor.prep == sentence.words[lead].lower and actor.first > lead + 1 \
        and any(index == lead + 1 for _, index in sentence.places)


def with_gapped_pairs(sentence: Sentence, people: list[Actor], rules: tuple[str, ...],
                      end: int) -> tuple[list[Actor], tuple[str, ...]]:
    """The subjects with the new pairs of the gapped clauses after theirs, and `GAPPED_PAIR` where there are any."""
    pairs = gapped_pairs(sentence, people, end)
    if not pairs:
        return people, rules
    fired(GAPPED_PAIR)
    return people + pairs, (*rules, GAPPED_PAIR)


CARRIED_LIST = declare("talks-carried-partner-list", "talks participants", "a list of partners after „mit“ goes on "
                       "over a name set off by commas: „Die Ministerin sprach mit dem Außenminister Perus, Luis Andrade, "
                       "und dem Innenminister Boliviens, Diego Salcedo“ meets both; not a clause with a verb of its own "
                       "(„sprach mit Luis Andrade, Diego Salcedo reiste ab“)")


def carried_partners(sentence: Sentence, first: int, end: int) -> list[Actor]:
    """The actors after „mit“ (`actor_phrases` carries it over a list) in the clauses without a verb or another
    preposition that open with a comma right after the clause `first`..`end`, whose last actor has „mit“ too."""
    words, found = sentence.words, []
    before = sentence.actors_in(first, end)
    if not before or before[-1].prep not in german.WITH_PREPOSITIONS:
        return []
    for start, last in sentence.clauses:
        if start != end or words[start].text != "," or any(w.verbish or w.lower in german.PREPOSITIONS
                                                            and w.lower not in german.WITH_PREPOSITIONS
                                                            for w in words[start:last]):
            continue        # „…, Obama in Washington mit Hollande“: a gapped clause of its own
        actors = sentence.actors_in(start, last)
        if not actors or any(a.prep not in german.WITH_PREPOSITIONS for a in actors):
            break
        found += [a for a in actors if not _renames_state(sentence, a, start)]
        end = last
    return found


def _renames_state(sentence: Sentence, actor: Actor, comma: int) -> bool:
    """A person's name alone after the comma at `comma` right after a state in the genitive renames the role
    before that state („mit dem Außenminister Perus, Luis Andrade“): the state stands for him (`role_holders`)."""
    return actor.type in PERSON_TYPES and actor.first == comma + 1 and comma > 0 \
        and any(a.type == "State" and a.last == comma - 1 for a in sentence.actors)


RECEIVED = "received"   # the talks lexicon's mark of a verb whose passive subject is received as a guest („empfangen“)


def _received_in(sentence: Sentence, cue: Cue, people: list[Actor]) -> tuple[list[Actor], list[str]]:
    """The state named after „in“ in the cue's clause, else the state of a capital named there, with the rules."""
    first, last = sentence.clause_of(cue.index)
    states = [a for a in sentence.actors_in(first, last) if a.type == "State" and a.prep in german.IN_PREPOSITIONS
              and a.key not in {p.key for p in people}]
    if states:
        return states[:1], [RECEIVED_IN]
    capitals = capital_hosts(sentence, first, last, german.IN_PREPOSITIONS)[:1]
    return (capitals, [RECEIVED_IN, VISIT_CAPITAL]) if capitals else ([], [])


VISITED_OBJECT = declare("talks-visited-capital-object", "talks participants", "a capital as the bare object of "
                         "a visiting verb („besuchen“) stands for its state, the visited host: „Davutoglu besuchte am "
                         "Montag Berlin“")


def _capitals(sentence: Sentence, cue: Cue, first: int, last: int, people: list[Actor]) -> list[Actor]:
    """The states whose capital a travel verb goes to anywhere in its clause („ist nach Kairo gereist“,
    „traf in Kairo ein“), or a visiting verb names as its bare object after the subject („besuchte Kairo“)."""
    if travel_cue(cue):
        return capital_hosts(sentence, first, last, german.DESTINATION_PREPOSITIONS)
    if VISITED not in cue.entry.requires or not people:
        return []
    return capital_hosts(sentence, people[0].last + 1, last, CAPITAL_OBJECT)


SHARED_WORD = declare("talks-shared-word-subjects", "talks participants", "actors read at the subject's own word, a "
                      "noun standing for both sides of a conflict, are subjects too: „Die Konfliktparteien trafen sich "
                      "in Kuwait“ (the state and its armed group)")
GENITIVE_ORGAN = declare("talks-genitive-organ-pair", "talks participants", "a state in the genitive before the noun "
                         "of its organ, joined by „und“ to a second actor, is the first of two coordinated subjects: "
                         "„Kolumbiens Regierung und die Farc verhandeln in Havanna“")


def _shared_word(sentence: Sentence, people: list[Actor], rules: list[str]) -> tuple[list[Actor], list[str]]:
    """The subjects with the other actors read at a subject's word, and with the actor joined by „und“ over the
    organ noun of a genitive state subject ("Kolumbiens Regierung und die Farc")."""
    if len(people) != 1:
        return people, rules
    subject = people[0]
    shared = [a for a in sentence.actors if a.first == subject.first and a.key != subject.key and a.prep == subject.prep
              and both_word(sentence, a.first)]
    if shared:
        return people + shared, [*rules, SHARED_WORD]
    words = sentence.words
    at = subject.last + 1
    if subject.type != "State" or subject.resolved or at + 2 >= len(words) or not words[subject.last].lower.endswith("s") \
            or not is_organ(words[at]) or words[at + 1].lower not in german.ADDITIVE_CONJUNCTIONS \
            or any(a.first <= at <= a.last for a in sentence.actors):
        return people, rules
    gap = 1 if words[at + 2].lower in german.ARTICLES else 0
    joined = next((a for a in sentence.actors if a.first == at + 2 + gap and a.prep is None), None)
    return (people + [joined], [*rules, GENITIVE_ORGAN]) if joined is not None else (people, rules)


ORGANS_AFTER = declare("talks-organs-after-verb", "talks participants", "the states or groups of a role noun after "
                       "a reciprocal talks verb with no subject before it meet each other: „In Genf trafen sich "
                       "Vertreter von Hamas und Fatah“")


def _organs_after(sentence: Sentence, cue: Cue, last: int) -> tuple[list[Actor], list[str]]:
    """The actors a role noun after the verb names („Vertreter von X und Y“), where the verb takes its partners as
    coordinated subjects („sich“ in the clause, or a pair verb)."""
    first = sentence.clause_of(cue.index)[0]
    requires = cue.entry.requires
    mutual = "pair" in requires or ("sich" in requires and any(w.lower in RECIPROCALS for w in sentence.words[first:last]))
    if not mutual:
        return [], []
    people, rules = organ_subjects(sentence, cue.index + 1, last)
    return (people, [*rules, ORGANS_AFTER]) if len(people) >= 2 else ([], [])


VERB_BETWEEN = declare("talks-verb-between", "talks participants", "a talks verb's partners after „zwischen“ are all "
                       "its sides, with no subject the text names: „das zwischen Putin und Poroschenko ausgehandelte "
                       "Abkommen“")


def _between_sides(partners: list[Actor], sentence: Sentence | None = None) -> bool:
    """Two or more partners, all after „zwischen“, none of them a genitive owner of the noun after the last
    (`talks-between-owners`)."""
    if not (len(partners) >= 2 and all(a.prep in german.BETWEEN_PREPOSITIONS for a in partners)):
        return False
    return sentence is None or not _genitive_owners(sentence, partners)


BETWEEN_OWNERS = declare("talks-between-owners", "talks guard", "persons named in „-s“ after „zwischen“ right before a "
                         "noun are genitive owners of that noun, whose holders are the sides: „das zwischen Minister "
                         "Lenz' und Ministerin Quispes Kanzleien unterzeichnete Abkommen“ is no negotiation of the two "
                         "ministers; not „der zwischen Minister Lenz und Ministerin Quispe unterzeichnete Vertrag“")
PERSON_TYPES = frozenset({"Official", "Person"})


def _genitive_owners(sentence: Sentence, partners: list[Actor]) -> bool:
    """The last partner, a person, ends in „-s“ and a capitalised noun that is no actor's word follows it."""
    words, last = sentence.words, partners[-1].last
    if partners[-1].type not in PERSON_TYPES or last + 1 >= len(words) \
            or not words[last].lower.endswith(german.SHORT_GENITIVE_ENDING):
        return False
    after = words[last + 1]
    if not after.capitalized or not after.text.isalpha() or any(a.first <= last + 1 <= a.last for a in sentence.actors):
        return False
    fired(BETWEEN_OWNERS)
    return True


NO_SUBJECT = declare("talks-partners-need-subject", "talks guard", "the partners in a talks verb's slot meet its "
                     "subject, not each other: where the subject is no actor the text names, there are no talks: "
                     "„Dort traf er mit Außenminister Lawrow und Präsident Putin zusammen“ (with no one before)")


def _subjects_only(sentence: Sentence, cue: Cue, people: list[Actor],
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
    if with_partner and coordinated(sentence, people) and by_phone(sentence, cue.index):
        return people, (*rules, PHONE_PAIR)
    if "pair" in requires:
        return people, (*rules, JOINT_AGREEMENT if "agreement" in requires else COORDINATED_PAIR)
    if TOPIC in requires and coordinated(sentence, people) \
            and any(w.lower in german.ABOUT_PREPOSITIONS for w in sentence.words[cue.index + 1:last]):
        return people, (*rules, TOPIC_PAIR)
    return [], ()


TOPIC_PAIR = declare("talks-topic-pair", "talks participants", "coordinated subjects of a verb the talks lexicon marks "
                     "„topic“ („sprechen“, „reden“) talk with each other where „über“ names the topic after it: "
                     "„Präsidentin Ortiz und Premier Lund sprachen am Rande der Konferenz über den Handel“; not „Ortiz und "
                     "Lund sprachen von einem Erfolg“ (each of them to the press)")
TOPIC = "topic"     # the talks lexicon's mark of a verb whose coordinated subjects talk together about a topic „über“


SUMMIT_BODY = declare("talks-summit-body", "talks participants", "a talks verb without a named subject in a sentence "
                      "naming a body's meeting („Beim Gipfeltreffen der Nato“, „beim EU-Gipfel“) is that body's: „Beim "
                      "Gipfeltreffen der Nato sprachen die Staats- und Regierungschefs mit Präsident Ghani“")


def _summit_body(sentence: Sentence, partners: set[str]) -> Actor | None:
    """The organisation named in a talks noun of the sentence ("EU-Gipfel") or in its genitive ("Gipfel der Nato")."""
    words, memo = sentence.words, WORD_CUES
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

AGREED = declare("talks-implied-by-agreement", "talks cue", "an agreement reached or signed together implies "
                 "the negotiation behind it: „Russland und die Ukraine einigten sich auf eine Waffenruhe“")
COORDINATED_PAIR = declare("talks-coordinated-pair", "talks participants", "coordinated subjects of a talks verb "
                           "that takes them as partners talk to each other: „Israel und die Hamas verhandelten in "
                           "Kairo“")
JOINT_AGREEMENT = declare("talks-joint-agreement", "talks participants", "coordinated subjects that sign or "
                          "conclude an agreement together negotiated it: „Russland und die Ukraine unterzeichneten "
                          "ein Abkommen“")


def names_agreement(sentence: Sentence, first: int, last: int) -> bool:
    """The clause names an agreement ("ein Abkommen", "den Friedensvertrag")."""
    return any(w.capitalized and w.lower.endswith(AGREEMENTS) for w in sentence.words[first:last])


def _verb_slot(sentence: Sentence, cue: Cue, cues: list[Cue], actor: Actor, people: list[Actor]) -> str | None:
    """The rule by which an actor of the clause fills a slot of the talks verb, if any."""
    requires = cue.entry.requires
    if "obj" in requires and actor.prep in german.FROM_PREPOSITIONS and actor.first < cue.index \
            and _passive_form(sentence, cue.index):
        return PASSIVE_AGENT
    if actor.type == "State" and _destination(actor.prep, requires) and not _noun_attribute(sentence, actor):
        return VISIT_SLOT
    if actor.prep in german.PARTNER_PREPOSITIONS and actor.prep in requires:
        return PARTNER_SLOT
    if actor.prep in german.ON_PREPOSITIONS and actor.prep in requires:
        return _met_upon(sentence, cue, cues, actor, people)
    if HOSTED in requires and actor.prep in german.OCCASION_PREPOSITIONS and actor.type == "Official" and people:
        return HOST_OFFICIAL
    if actor.prep is None and "obj" in requires and people and actor.first > people[0].last:
        if _talks_genitive(sentence, cues, actor):
            return None
        return None if _joined_subject(sentence, cue.index, actor, people) else PARTNER_SLOT
    return None


TALKS_GENITIVE = declare("talks-genitive-no-object", "talks guard", "the body in the genitive right after a talks noun "
                         "holds those talks and is no object of the clause's talks verb: „Erdogan traf sich am Rande des "
                         "Gipfeltreffens der Nato mit Stoltenberg“ (Erdogan meets Stoltenberg, not the Nato); "
                         "„Erdogan traf den Generalsekretär der Nato“ still meets the Nato")


def _talks_genitive(sentence: Sentence, cues: list[Cue], actor: Actor) -> bool:
    """The actor follows a genitive article right after a talks noun („des Gipfeltreffens der Nato“), one of `cues`."""
    at = actor.first - 2
    if at < 0 or sentence.words[at + 1].lower not in german.GENITIVE_ARTICLES \
            or not any(c.index == at and c.entry.match == "suffix" for c in cues):
        return False
    fired(TALKS_GENITIVE)
    return True


HOST_OFFICIAL = declare("talks-host-official", "talks participants", "a named official after „bei“/„beim“ in the clause "
                        "of a verb the talks lexicon marks „hosted“ (deliberating, meeting, negotiating) hosts the verb's "
                        "subjects: „Die Landeshauptleute beraten am Montag bei Bundeskanzlerin Vera Kolar in Graz“; not "
                        "a body („Die Länder verhandeln bei der Bahn“) nor a talks noun („beim Gipfel beraten“)")
HOSTED = "hosted"   # the talks lexicon's mark of a verb whose host may be written after „bei“


MET_UPON = declare("talks-met-upon", "talks participants", "an official after „auf“ of a meeting verb („treffen auf“) "
                   "in a clause that names the talks it happens at is met there by the verb's subject: „Merkel trifft "
                   "beim Gipfel in Brüssel auf Präsident Erdogan“; not a rival met in a contest („ob er in der Stichwahl "
                   "auf Hofer treffen werde“), a player („Thiem trifft auf Nadal“) nor a thing („traf auf Widerstand“)")
UPON_SUBJECTS = frozenset({"Official", "State", "Organization"})


def _met_upon(sentence: Sentence, cue: Cue, cues: list[Cue], actor: Actor, people: list[Actor]) -> str | None:
    """The rule by which an official after „auf“ is met: a subject acting for a state or body meets him at the talks a
    noun of the verb's clause names („beim Gipfel“, „am Rande der Konferenz“)."""
    if actor.type != "Official" or not people or any(p.type not in UPON_SUBJECTS for p in people):
        return None
    first, last = sentence.clause_of(cue.index)
    if not any(c.entry.match == "suffix" and first <= c.index < last for c in cues):
        return None
    return MET_UPON


DESTINATION_ATTRIBUTE = declare("talks-destination-attribute", "talks guard", "a state right after a noun of the "
                                "preposition's phrase is that noun's genitive, no destination of the travel verb: „Obama "
                                "kam nach Angaben Chinas zu spät“; „Kerry reiste nach Ägypten“ still visits")


def _noun_attribute(sentence: Sentence, actor: Actor) -> bool:
    """The capitalised word before the state is a noun of its own, neither a name nor the preposition („nach Angaben
    Chinas“)."""
    before = actor.first - 1
    if before < 1:
        return False
    word = sentence.words[before]
    if not word.capitalized or word.verbish or any(a.first <= before <= a.last for a in sentence.actors):
        return False
    fired(DESTINATION_ATTRIBUTE)
    return True


ARRIVAL_IN = declare("talks-arrival-in-contraction", "talks participants", "„im“ before a state is „in dem“: the "
                    "state a verb of arriving or travelling takes with „in“ is its slot also after „im“: „Kerry ist im "
                    "Iran eingetroffen“, „Der UN-Gesandte traf im Jemen ein“")


def _destination(prep: str | None, requires: tuple[str, ...]) -> bool:
    """A preposition of destination the verb takes (`requires`), „im“ standing for its „in“."""
    if prep in german.DESTINATION_PREPOSITIONS:
        return prep in requires
    if prep not in german.IN_PREPOSITIONS or german.INSIDE_PREPOSITIONS.isdisjoint(requires):
        return False
    fired(ARRIVAL_IN)
    return True


JOINED_SUBJECT = declare("talks-joined-subject", "talks guard", "an actor joined to the subject by „und“ before the "
                         "talks verb is a second subject, not its object: „Innenministerin Nancy Faeser und "
                         "der neue Verteidigungsminister Boris Pistorius besuchen am Dienstag die Grenze“")


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


def _passive_form(sentence: Sentence, index: int) -> bool:
    """A participle after a passive auxiliary in its clause ("wurde … empfangen").

    "wird Merkel empfangen" may be a future; the caller also wants the agent after "von".
    """
    first, _ = sentence.clause_of(index)
    return sentence.words[index].text.islower() and any(w.lower in PASSIVE_AUXILIARIES for w in sentence.words[first:index])

"""The participants of a talks noun: the actors linked to it (`talk_links`) with the subject that owns, attends
or reports on it, and where none is linked, coordinated subjects, a paid visit, the occasion of an act, those
taking part „an“ it, or the subjects after a fronted noun.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Die Gespräche führen die EU, die EZB sowie der IWF."))
>>> bodies = tuple(Actor(k, "Organization", i, i, None) for k, i in (("org:eu", 4), ("org:ezb", 7), ("org:iwf", 10)))
>>> [a.key for a in _subjects_after_verb(Sentence(0, 0, 0, "", ws, bodies, (), tuple(clause_ranges(ws))), 1)]
['org:eu', 'org:ezb', 'org:iwf']
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from kg import german, resources
from kg.extract.clauses import DETERMINERS, Actor, Sentence, Word, clause_has_verb
from kg.extract.lexicon import construction_verbs
from kg.extract.roles import coordinated_subjects, main_subject, reported_speaker
from kg.extract.subjects import zu_infinitive
from kg.extract.rules import declare, fired
from kg.extract.subject_rules import find_subjects
from kg.extract.talk_cues import HOSTING, REFUSED_INFINITIVE, Cue, clause_verbs, refused, visit_noun
from kg.extract.talk_groups import coordinated
from kg.extract.talk_links import LINKED_GOVERNED, linked_actors, on_visit
from kg.extract.talk_organs import CAPITAL_ORGAN, capital_organ, from_state, organ_rule
from kg.extract.talk_places import CAPITAL_OBJECT, capital_hosts, relative_clause
from kg.extract.talk_rules import VISIT_CAPITAL, VISIT_STAY
from kg.german import POSSESSIVES


# "beim Gipfel", "im Anschluss an", "zu einem Treffen mit Erdogan reiste Merkel"
ATTENDING = german.ATTENDANCE_PREPOSITIONS | german.ATTENDANCE_NOUNS | german.TO_PREPOSITIONS

NOUN_PARTIES = declare("talks-noun-participants", "talks participants", "a talks noun's participants: the "
                       "subject and an actor linked to the noun (genitive, „mit“, „zwischen“, compound, owner)")

NOUN_ATTRIBUTE = declare("talks-noun-attribute", "talks participants", "a talks noun after a genitive article "
                         "and another noun is that noun's attribute: only the actors linked to it take part, not the "
                         "sentence's subject: „Ungarn hat Griechenland im Vorfeld der Tagung der Nato mangelnde "
                         "Grenzsicherung vorgeworfen“")


AT_EDGE = declare("talks-at-edge", "talks participants", "„am Rande“ before a talks noun in the genitive puts the "
                  "clause's act at those talks, which its subject attends: „Am Rande des EU-Gipfels sagte Merkel …“")


def at_edge(sentence: Sentence, cue: int, cues: list[Cue]) -> bool:
    """ "am Rande des Gipfels": a word of attending the meeting and a genitive article before the talks noun, in a
    clause with no other talks cue among the sentence's `cues` ("sprachen am Rande des Gipfels miteinander" is the
    talks of the verb)."""
    words = sentence.words
    if cue < 2 or words[cue - 1].lower not in german.GENITIVE_ARTICLES or words[cue - 2].lower not in german.AT_MEETING_WORDS:
        return False
    first, last = sentence.clause_of(cue)
    if any(c.index != cue and first <= c.index < last for c in cues):
        return False
    fired(AT_EDGE)
    return True


def noun_attribute(sentence: Sentence, cue: int) -> bool:
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


def invitation_guests(sentence: Sentence, cue: Cue) -> list[Actor]:
    """The bare actors (host, guests) of a clause that invites or receives "zu" the talks noun."""
    words = sentence.words
    if not any(w.lower in german.TO_PREPOSITIONS for w in words[max(0, cue.index - 2):cue.index]):
        return []
    if not clause_verbs(sentence, cue.index, HOSTING):
        return []
    # "lud Vertreter von ÖGB und Arbeiterkammer zu Gesprächen ein": the bodies the invited represent
    return [a for a in (from_state(sentence, w) for w in sentence.clause_actors(cue.index)) if a.prep is None]


ATTENDEE = declare("talks-attendee", "talks participants", "the sentence's subject attends talks it is at: "
                   "„Beim EU-Gipfel in Brüssel forderte Merkel …“, „Nach einem Telefonat mit Macron sagte Scholz …“")
OWNER = declare("talks-possessive-owner", "talks participants", "the owner of „seine Gespräche“ is the "
                "sentence's (or the last) subject")
COORDINATED = declare("talks-coordinated-subjects", "talks participants", "coordinated subjects share a talks "
                      "noun with no partner of its own: „Merkel und Macron hatten ein Treffen“")


def noun_participants(sentence: Sentence, cue: Cue, prev: Actor | None) -> tuple[list[Actor], tuple[str, ...]]:
    written, words = sentence.clause_actors(cue.index), sentence.words
    clause = [from_state(sentence, a) for a in written]
    subjects = [a for a in clause if a.prep is None and a.last < cue.index and a.first != cue.index]
    linked = linked_actors(sentence, cue, clause)
    # "Kerry, der Gespräche mit Russland führte": a partner of its own, not a body's own meeting („den Gipfel der EU“)
    partnered = any(a.prep in german.PARTNER_PREPOSITIONS for a, _ in linked)
    fronted = (_relative_subject(sentence, cue.index) or _fronted_subject(sentence, cue.index)) \
        if partnered and not subjects else None
    if fronted is not None:
        subjects = [fronted[0]]
    moved = [w for a, w in zip(clause, written) if a is not w and any(a is x for x, _ in linked)]
    rules = [NOUN_PARTIES, *dict.fromkeys(rule for _, rule in linked), *dict.fromkeys(organ_rule(w) for w in moved),
             *((fronted[1],) if fronted is not None else ())]
    before = [w.lower for w in words[max(0, cue.index - 3):cue.index]]
    keys = {a.key for a, _ in linked}
    if any(rule == LINKED_GOVERNED for _, rule in linked):
        subjects = []       # "Mandat des Parlaments vor der Sitzung der Eurogruppe": only an attending subject
    if not partnered and _deadline(words, cue.index):   # "bis zum Gipfel der EU": it dates, nobody attends for it
        return ([a for a, _ in linked], tuple(rules)) if len(linked) >= 2 else ([], ())
    if any(w in POSSESSIVES for w in before):
        # "nach seinen Gesprächen mit X": the owner is the sentence's (or last) subject
        owner = _possessive_owner(sentence, prev, before, cue.index)
        if owner is not None and not subjects:
            subjects = _owners(sentence, owner, before)
            rules = [*rules, OWNER, *((OWNERS,) if len(subjects) > 1 else ())]
    attendee = _attendee(sentence, cue.index, keys) if linked and not subjects else None
    if attendee is not None:
        subjects, rules = [attendee[0]], [*rules, attendee[1]]
    reporter = _reporter(sentence, cue.index, linked) if not subjects else None
    if reporter is not None and reporter[0].key not in keys:
        subjects, rules = [reporter[0]], [*rules, reporter[1]]
    if subjects and sum(a.prep in german.BETWEEN_PREPOSITIONS for a, _ in linked) >= 2:
        # "Ein Sprecher des Kreml bestätigte das Telefonat zwischen A und B": "zwischen" names every side
        subjects, rules = [], [*rules, BETWEEN_ONLY]
    if linked:
        return subjects + [a for a, _ in linked], tuple(rules)
    people, found = _unlinked(sentence, cue, subjects)
    return people, (*found, OWNERS) if people and OWNERS in rules else found


DEADLINE = declare("talks-deadline-noun", "talks participants", "a talks noun without a partner („mit“, „zwischen“) "
                   "after „bis“ (over „zu“, „zum“, „zur“ and adjectives) is a deadline dating the clause's act: neither "
                   "the clause's subject nor an owner takes part in those talks for it, and a body's talks of their own "
                   "need a second body linked to them: „Die Kommission will den Plan bis zum Gipfel der Afrikanischen "
                   "Union vorlegen“ (no talks); not „beim Gipfel“ („Die Kommission will beim Gipfel der Afrikanischen "
                   "Union einen Plan vorlegen“: she attends)")
_DEADLINE_REACH = 4     # words from „bis“ to the talks noun: „bis zum nächsten EU-Gipfel“


def _deadline(words: Sequence[Word], cue: int) -> bool:
    """„bis“ before the talks noun at `cue`, right before it or before „zu“/„zum“/„zur“, over lower-case words."""
    for j in range(cue - 1, max(-1, cue - _DEADLINE_REACH - 1), -1):
        low = words[j].lower
        if low in german.DEADLINE_PREPOSITIONS or (low in german.TO_PREPOSITIONS and j > 0
                                                    and words[j - 1].lower in german.DEADLINE_PREPOSITIONS):
            fired(DEADLINE)
            return True
        if not words[j].text.islower() or low in german.PREPOSITIONS:
            return False
    return False


FRONTED_SUBJECT = declare("talks-noun-interrupted-subject", "talks participants", "a talks noun with a partner, in "
                          "a main clause that goes on with its verb after an apposition or a relative clause, is held by "
                          "the verb's subject before them, the official an apposition names: „Sarif, der Außenminister "
                          "des Iran, führte Gespräche mit Syrien“, „Der Außenminister des Iran, Sarif, führte mit Syrien "
                          "Gespräche“")
INTERRUPTING = frozenset({"subject-elliptic", "subject-after-relative"})


RELATIVE_SUBJECT = declare("talks-noun-relative-subject", "talks participants", "a talks noun with a partner in a "
                           "relative clause opened by a nominative relative pronoun is held by the actor the clause "
                           "describes: „Kerry, der am Montag Gespräche mit Russland führte, sagte …“")


def _relative_subject(sentence: Sentence, cue: int) -> tuple[Actor, str] | None:
    """The bare actor right before the comma that opens the cue's clause with a nominative relative pronoun."""
    first, _ = sentence.clause_of(cue)
    words = sentence.words
    if first < 1 or words[first].text != "," or first + 1 >= cue or words[first + 1].lower not in german.NOMINATIVE_RELATIVES \
            or visit_noun(words[cue]):
        return None         # "Davutoglu, der zu Besuch in Deutschland ist": the visitor (`_relative_visitor`)
    antecedent = next((a for a in sentence.actors if a.last == first - 1 and a.prep is None), None)
    if antecedent is None:
        return None
    fired(RELATIVE_SUBJECT)
    return replace(antecedent, first=first, last=first), RELATIVE_SUBJECT


def _fronted_subject(sentence: Sentence, cue: int) -> tuple[Actor, str] | None:
    """The subject, before the clause, of the verb right after the comma that opens the clause of the noun at `cue`;
    where that subject's clause is followed by an apposition naming one official (", Sarif,"), the official."""
    first, _ = sentence.clause_of(cue)
    words = sentence.words
    if first == 0 or words[first].text != "," or first + 1 >= cue or not words[first + 1].verbish:
        return None
    roles = find_subjects(sentence, first + 1)
    if roles is None or roles.rule not in INTERRUPTING or len(roles.subjects) != 1 or roles.subjects[0].last >= first:
        return None
    subject = roles.subjects[0]
    before = [c for c in sentence.clauses if c[1] == first]
    if before and words[before[0][0]].text == "," and subject.last < before[0][0]:
        named = sentence.actors_in(before[0][0] + 1, first)
        if len(named) == 1 and named[0].type in PERSON_TYPES and named[0].prep is None \
                and (named[0].first, named[0].last) == (before[0][0] + 1, first - 1):
            subject = named[0]      # "Der Außenminister des Iran, Sarif, führte …": the apposition's official
    fired(FRONTED_SUBJECT)
    return replace(subject, first=first, last=first), FRONTED_SUBJECT


PERSON_TYPES = frozenset({"Official", "Person"})


TAKES_PART_IN = declare("talks-takes-part-in", "talks participants", "the subject of a verb of taking part "
                        "(`participation_verbs.tsv`) „an“ talks linked to a body attends them: „Biden nimmt an der "
                        "Konferenz der Vereinten Nationen teil“, „Merkel nahm an einem Gipfeltreffen der Nato teil“")


def _attendee(sentence: Sentence, cue: int, keys: set[str]) -> tuple[Actor, str] | None:
    """The sentence's subject and the rule that makes it attend the talks noun at `cue`, if it does.

    Example: „Beim EU-Gipfel sagte Merkel …“, „Zu Besuch in Kuba sagte X“, „X nimmt an der Konferenz der UN teil“.
    """
    words = sentence.words
    staying = on_visit(words, cue)
    # "forderten Israel auf, Friedensgespräche … aufzunehmen": a particle before the clause's comma attends nothing
    start = max(sentence.clause_of(cue)[0], cue - 3)
    rule = VISIT_STAY if staying else ATTENDEE if any(w.lower in ATTENDING for w in words[start:cue]) \
        else TAKES_PART_IN if _takes_part_in(sentence, cue) else None
    if rule is None:
        return None
    if _in_relative(sentence, cue):
        return _relative_visitor(sentence, cue, keys) if visit_noun(words[cue]) else None
    owner = main_subject(sentence)
    if owner is not None and owner.key in keys and rule == ATTENDEE:
        owner, rule = _inverted_subject(sentence, cue, keys), INVERTED_ATTENDEE
    if owner is None or owner.key in keys:
        return None
    if rule == TAKES_PART_IN:
        fired(TAKES_PART_IN)
    return owner, rule


RELATIVE_VISITOR = declare("talks-relative-visitor", "talks participants", "the actor a relative clause on a visit "
                           "describes is the visitor: „Davutoglu, der zu Besuch in Deutschland ist, warb für "
                           "Visafreiheit“")


def _relative_visitor(sentence: Sentence, cue: int, keys: set[str]) -> tuple[Actor, str] | None:
    """The bare actor that ends right before the comma opening the relative clause of the visit noun at `cue`, with a
    subject's relative pronoun after the comma ("…, der zu Besuch in X ist")."""
    first, _ = sentence.clause_of(cue)
    words = sentence.words
    lead = first + 1 if words[first].text == "," else first
    if lead < 2 or words[lead - 1].text != "," or words[lead].lower not in german.NOMINATIVE_RELATIVES:
        return None
    visitor = next((a for a in sentence.actors if a.last == lead - 2 and a.prep is None), None)
    return (visitor, RELATIVE_VISITOR) if visitor is not None and visitor.key not in keys else None


INVERTED_ATTENDEE = declare("talks-inverted-attendee", "talks participants", "where the body of a fronted meeting "
                            "phrase was read as the subject, the actor right after the clause's verb attends: „Am "
                            "Rande des Gipfels der Nato sagte Merkel …“")


def _inverted_subject(sentence: Sentence, cue: int, keys: set[str]) -> Actor | None:
    """The bare actor right after the first verb following the talks noun at `cue` in its clause, not linked to it."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    verb = next((i for i in range(cue + 1, last) if words[i].verbish), None)
    if verb is None:
        return None
    actor = next((a for a in sentence.actors_in(verb + 1, min(last, verb + 4)) if a.prep is None), None)
    return None if actor is None or actor.key in keys else actor


def _takes_part_in(sentence: Sentence, cue: int) -> bool:
    """„an“ (with at most an article between) before the noun at `cue`, in a clause with a verb of taking part."""
    words = sentence.words
    if not any(w.lower in german.PARTICIPATION_PREPOSITIONS for w in words[max(0, cue - 2):cue]):
        return False
    return clause_has_verb(sentence, *sentence.clause_of(cue), PARTAKING)


OWNERS = declare("talks-possessive-owners", "talks participants", "„ihr“ before a talks noun is the plural of the "
                 "coordinated subjects, who hold the talks together: „Bei ihrem Treffen in Berlin sprachen Merkel und "
                 "Hollande über die Flüchtlingskrise“")


OWNED_BELOW = declare("talks-possessive-own-clause", "talks participants", "„ihr“ before a talks noun in a "
                     "subordinate clause whose own subject is an unnamed noun refers to that noun, not to the sentence's "
                     "subject: „Polen und Ungarn betonen, dass Reisende ihre Reise fortsetzen konnten“ → no talks; "
                     "not a pronoun subject („…, dass sie bei ihrem Treffen …“)")


def _possessive_owner(sentence: Sentence, prev: Actor | None, before: list[str], cue: int) -> Actor | None:
    """The owner of a possessive talks noun: the sentence's (or last) subject, none for „ihr“ in a clause with a
    subject of its own."""
    owner = main_subject(sentence) or prev
    if owner is not None and not german.THEIR.isdisjoint(before) and _own_subject_between(sentence, owner, cue):
        return None
    return owner


def _own_subject_between(sentence: Sentence, owner: Actor, cue: int) -> bool:
    """A subordinator between `owner` and the cue opens a clause with a subject of its own: a noun right after it,
    or after its article, that names no actor („dass Reisende“, „weil die Bürger“; not „dass sie“)."""
    words, named = sentence.words, {a.first for a in sentence.actors}
    for k in range(owner.last + 1, cue - 1):
        if words[k].lower not in german.SUBORDINATORS:
            continue
        noun = k + 2 if words[k + 1].lower in DETERMINERS else k + 1
        if noun < cue and words[noun].capitalized and words[noun].text.isalpha() and noun not in named:
            fired(OWNED_BELOW)
            return True
    return False


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


def _unlinked(sentence: Sentence, cue: Cue, subjects: list[Actor]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants of a talks noun no actor is linked to: coordinated subjects, the subjects after the
    verb of a fronted noun, the subject and host of a paid visit."""
    words = sentence.words
    if len(subjects) >= 2 and coordinated(sentence, subjects):
        return subjects, (NOUN_PARTIES, COORDINATED)
    if subjects and visit_noun(words[cue.index]) and clause_verbs(sentence, cue.index, PAYING_VISIT):
        if len(subjects) >= 2:
            return subjects, (NOUN_PARTIES, PAID_VISIT)
        # "stattete Kairo einen Besuch ab": the capital stands for its state
        hosts = capital_hosts(sentence, subjects[0].last + 1, cue.index, CAPITAL_OBJECT)[:1]
        if hosts:
            return subjects + hosts, (NOUN_PARTIES, PAID_VISIT, VISIT_CAPITAL)
    pair = _occasion_pair(sentence, cue)
    if pair:
        return pair, (NOUN_PARTIES, OCCASION_PAIR)
    described, by = _relative_partners(sentence, cue.index, subjects)
    if described:
        return described, by
    taking_part, by = _taking_part(sentence, cue.index)
    if taking_part:
        return taking_part, (NOUN_PARTIES, TAKING_PART, *by)
    after = [] if subjects else _subjects_after_verb(sentence, cue.index)
    if after:
        return after, (NOUN_PARTIES, FRONTED_NOUN)
    # "führte in Havanna Gespräche mit der Regierung": the government of the capital's state
    organ = capital_organ(sentence, *sentence.clause_of(cue.index)) if len(subjects) == 1 else None
    return (subjects + [organ], (NOUN_PARTIES, CAPITAL_ORGAN, VISIT_CAPITAL)) if organ is not None else ([], ())


OCCASION_PAIR = declare("talks-occasion-pair", "talks participants", "a call or meeting after „in einem“/„bei einem“ "
                        "with no partner of its own is the occasion of its clause's act: the clause's two named actors, "
                        "subject and official object, held it: „Putin hat Erdogan in einem Telefonat sein Beileid "
                        "ausgesprochen“, „In einem Telefonat versicherte Merkel Poroschenko ihre Unterstützung“, also "
                        "with titles: „In einem Telefonat sicherte Kanzlerin Merkel Präsident Hollande Hilfe zu“")


PHONE_MEDIUM = declare("talks-phone-medium", "talks participants", "the telephone as the medium of its clause's act "
                      "(„am Telefon“, „per Telefon“) is a call of the clause's two named actors, subject and official "
                      "object, as „in einem Telefonat“ is: „Putin sprach Erdogan am Telefon sein Beileid aus“")


def _occasion_pair(sentence: Sentence, cue: Cue) -> list[Actor]:
    """The subject and the official object of the clause of "in einem Telefonat" or "am Telefon" (exactly two bare
    actors)."""
    i, words = cue.index, sentence.words
    medium = i >= 1 and cue.entry.kind == "PhoneCall" and words[i - 1].lower in german.MEDIUM_PREPOSITIONS
    if not medium and (i < 2 or cue.entry.kind not in OCCASION_KINDS or visit_noun(words[i])
                       or words[i - 1].lower not in german.INDEFINITE_ARTICLES
                       or words[i - 2].lower not in OCCASION_OPENERS):
        return []
    bare = [a for a in sentence.clause_actors(i) if a.prep is None]
    if len(bare) != 2 or bare[0].key == bare[1].key or bare[1].type != "Official":
        return []
    start = bare[0].first - 1
    while start > i and words[start].capitalized:
        start -= 1          # „versicherte Kanzlerin Merkel …“: the verb before the subject's title
    if not any(w.verb_or_auxiliary for w in words[max(0, start):bare[1].first]
               if not w.capitalized):
        return []
    if medium:
        fired(PHONE_MEDIUM)
    return bare


RELATIVE_PARTNER = declare("talks-relative-partner", "talks participants", "the actor a relative clause opened by "
                           "„mit“ and a relative pronoun describes is the partner of the clause's talks noun: „Russland, "
                           "mit dem Kerry Gespräche führte, …“")
RELATIVE_HOLDERS = declare("talks-relative-holders", "talks participants", "a talks noun that a relative clause "
                           "describes right after it is held by that clause's bare actors and partners: „Die Gespräche, "
                           "die Kerry mit Russland führte, waren schwierig“, „Die Friedensgespräche, die Armenien und "
                           "Aserbaidschan führen wollen“")


def _relative_partners(sentence: Sentence, cue: int, subjects: list[Actor]) -> tuple[list[Actor], tuple[str, ...]]:
    """The participants a relative clause names: the antecedent of „…, mit dem“ opening the noun's clause beside its
    one subject, or the bare actors and partners of the relative clause right after the noun (two or more)."""
    words = sentence.words
    first, last = sentence.clause_of(cue)
    if len(subjects) == 1 and first >= 1 and words[first].text == "," and first + 2 < cue \
            and words[first + 1].lower in german.WITH_PREPOSITIONS and words[first + 2].lower in german.DATIVE_RELATIVES:
        partner = next((a for a in sentence.actors if a.last == first - 1 and a.key != subjects[0].key), None)
        if partner is not None:
            fired(RELATIVE_PARTNER)
            return subjects + [replace(partner, prep=words[first + 1].lower)], (NOUN_PARTIES, RELATIVE_PARTNER)
    if subjects or cue + 3 >= len(words) or words[cue + 1].text != "," or words[cue + 2].lower not in german.RELATIVES:
        return [], ()
    end = next((j for j in range(cue + 3, len(words)) if words[j].text in CLAUSE_MARKS), len(words))
    named = [a for a in sentence.actors_in(cue + 3, end) if a.prep is None or a.prep in german.PARTNER_PREPOSITIONS]
    named = list({a.key: a for a in named}.values())
    if len(named) < 2:
        return [], ()
    fired(RELATIVE_HOLDERS)
    return named, (NOUN_PARTIES, RELATIVE_HOLDERS)


CLAUSE_MARKS = frozenset({",", ";", ".", ":", "!", "?"})
OCCASION_KINDS = frozenset({"PhoneCall", "Meeting"})
OCCASION_OPENERS = german.IN_PREPOSITIONS | german.OCCASION_PREPOSITIONS
TAKING_PART = declare("talks-taking-part", "talks participants", "the named actors of a clause that takes part "
                      "„an“ a talks noun („teilnehmen“, „sich beteiligen“) hold those talks: „An dem Treffen nahmen "
                      "Merkel, Hollande und Putin teil“, also those „neben“ them: „An der Konferenz nehmen neben den USA "
                      "auch Russland und der Iran teil“")
PARTAKING = resources.load_word_list("participation_verbs.tsv")


def _taking_part(sentence: Sentence, cue: int) -> tuple[list[Actor], tuple[str, ...]]:
    """The bare actors (two or more) of a clause whose verb takes part "an"/"am" the talks noun at `cue`, or of a
    zu-infinitive's governing clause, and the rule beyond `TAKING_PART` that found them."""
    words = sentence.words
    if not any(w.lower in german.PARTICIPATION_PREPOSITIONS for w in words[max(0, cue - 2):cue]):
        return [], ()
    first, last = sentence.clause_of(cue)
    if not clause_has_verb(sentence, first, last, PARTAKING):
        return [], ()
    # "neben den USA nehmen auch Russland und China teil": those besides take part too
    bare = list({a.key: a for a in sentence.actors_in(first, last)
                 if a.prep is None or a.prep in german.BESIDES_PREPOSITIONS}.values())
    if len(bare) >= 2:
        return bare, ()
    listed = [] if bare else _controlling_list(sentence, first, last)
    return (listed, (TAKING_PART_INFINITIVE,)) if listed else ([], ())


TAKING_PART_INFINITIVE = declare("talks-taking-part-infinitive", "talks participants", "a zu-infinitive of taking "
                                 "part „an“ a talks noun with no actor of its own („…, um an den Beratungen "
                                 "teilzunehmen“) is taken part in by the list of actors the clause before it joins "
                                 "with „und“: „Landesrätin Olga Brunner und Stadtrat Ivo Kessler reisen nach Lienz, um "
                                 "an der Tagung teilzunehmen“; „Brunner bat Kessler, an der Tagung teilzunehmen“ names no "
                                 "list, „Brunner und Kessler weigern sich, an der Tagung teilzunehmen“ refuses "
                                 "(`talks-refused-infinitive`). The two join talks of others: no CONSULT between them")


def _controlling_list(sentence: Sentence, first: int, last: int) -> list[Actor]:
    """The bare actors (two or more) of the clause before a zu-infinitive clause [first, last), joined by „und“ or
    commas with no verb between them."""
    words = sentence.words
    if not any(zu_infinitive(sentence, i) for i in range(first, last) if not words[i].capitalized):
        return []
    before = [c for c in sentence.clauses if c[1] <= first]
    if not before or _declined(sentence, *before[-1]):
        return []
    bare = [a for a in sentence.actors_in(*before[-1]) if a.prep is None]
    for left, right in zip(bare, bare[1:]):
        gap = words[left.last + 1:right.first]
        if any(w.verbish for w in gap) or not any(w.lower in german.ADDITIVE_CONJUNCTIONS or w.text == ","
                                                  for w in gap):
            return []
    people = list({a.key: a for a in bare}.values())
    return people if len(people) >= 2 else []


def _declined(sentence: Sentence, first: int, last: int) -> bool:
    """The governing clause [first, last) refuses or negates the taking part („weigern sich“, „sind nicht bereit“)."""
    if refused(sentence, first, last, -1) or any(w.lower in german.NEGATIONS for w in sentence.words[first:last]):
        fired(REFUSED_INFINITIVE)
        return True
    return False


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
    verb = _after_topic(sentence, cue + 1) if words[cue + 1].lower in german.TOPIC_PREPOSITIONS else cue + 1
    out: list[Actor] = []
    end, joined = verb, False
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
    if len(out) < 2 or not joined:
        return []
    if verb > cue + 1:
        fired(FRONTED_TOPIC)
    return out


TOPIC_REACH = 6        # words at most in a talks noun's topic („über den künftigen Grenzverlauf“)


def _after_topic(sentence: Sentence, at: int) -> int:
    """The verb after the topic phrase opened by the preposition at `at` (determiners, adjectives and nouns naming no
    actor: „über den Grenzverlauf führen …“), else `at` (no verb: the rule reads nothing)."""
    words, named = sentence.words, {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    for k in range(at + 1, min(len(words), at + TOPIC_REACH)):
        w = words[k]
        if k in named or not w.text.replace("-", "").isalpha():
            return at
        if not w.capitalized and (w.verbish or w.lower in german.HAVE_BE):
            return k if k > at + 1 else at
        if not (w.capitalized or w.lower in german.DETERMINERS or w.lower.endswith(german.ADJECTIVE_ENDINGS)):
            return at
    return at


FRONTED_TOPIC = declare("talks-fronted-noun-topic", "talks participants", "a talks noun opening the sentence with its "
                        "topic („über …“) before the verb is held by the coordinated subjects after that verb, as "
                        "without a topic: „Verhandlungen über den Grenzverlauf führen Chile und Peru seit Jahren“, "
                        "„Gespräche über Gas haben Polen und Litauen geführt“")


RELATIVE_ATTENDANCE = declare("talks-relative-not-attended", "talks participants", "talks named in a relative "
                              "clause are not attended by the sentence's subject: „Damit beseitigten sie eine Hürde "
                              "für einen Vertrag, der im Herbst bei einer UN-Konferenz in Genf unterzeichnet werden "
                              "soll“")


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
    return words[end - 1].verb_or_auxiliary \
        and not any(w.verb_or_auxiliary for w in words[lead + 1:end - 3])


def _reporter(sentence: Sentence, cue: int, linked: list[tuple[Actor, str]]) -> tuple[Actor, str] | None:
    """The speaker or named source who had the talks with the noun's one „mit“ partner, and the rule: „Das Gespräch
    mit Putin sei konstruktiv gewesen, sagte Merkel“, „Laut Lawrow war das Gespräch mit der Ukraine konstruktiv“."""
    if len(linked) != 1 or linked[0][0].prep not in german.WITH_PREPOSITIONS:
        return None
    speaker = reported_speaker(sentence)
    if speaker is not None:
        return speaker, SPEAKER
    source = _named_source(sentence, cue)
    return (source, SOURCE) if source is not None else None


SOURCE = declare("talks-source-official", "talks participants", "the one official a sentence attributes its report "
                 "to („laut X“, „X zufolge“) had the talks with a partner it reports on: „Laut Lawrow war das Gespräch "
                 "mit der Ukraine konstruktiv“")
SOURCE_PREPOSITIONS = german.ATTRIBUTION_PREPOSITIONS | {german.ATTRIBUTION_POSTPOSITION}


def _named_source(sentence: Sentence, cue: int) -> Actor | None:
    """The one official the sentence names as its source, after „laut“ or before „zufolge“, where the talks noun at
    `cue` is definite (talks that took place: „das Gespräch mit X war …“, not „Gespräche mit X sind nötig“)."""
    words = sentence.words
    at = cue - 1
    while at > 0 and words[at].text.islower() and words[at].lower not in german.DEFINITE_ARTICLES:
        at -= 1         # adjectives: "das lange Gespräch"
    if at < 0 or words[at].lower not in german.DEFINITE_ARTICLES:
        return None
    sources = [a for a in sentence.actors if a.prep in SOURCE_PREPOSITIONS]
    if len(sources) != 1 or sources[0].type != "Official":
        return None
    fired(SOURCE)
    return replace(sources[0], prep=None)


SPEAKER = declare("talks-speaker", "talks participants", "the speaker reporting on talks with a partner had "
                  "them: „Das Gespräch mit Putin sei konstruktiv gewesen, sagte Merkel“")

"""Demands and allegations made in reported speech: „Mexiko müsse sich entschuldigen, sagte Ebrard“,
„Britischen Angaben zufolge sollen russische Truppen Streubomben eingesetzt haben“.

German reports a demand by a modal of obligation in the subjunctive of
reported speech („müsse“, „müssten“; „dürfe nicht“ forbids) under a named
speaker („sagte Ebrard“, „Ebrard forderte, …“). The act the modal names has
not happened and is not the addressee's: the statement is the speaker's
REQUEST to the clause's subject. An act reported by hearsay („soll … eingesetzt
haben“) under a named source („laut Kiew“, „X zufolge“, „nach Angaben Xs“) is
also that source's allegation: an ACCUSE of the act's agent.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Sequence

from kg import german
from kg.extract.clauses import Actor, Sentence, Word, dateline_end, verb_keys
from kg.extract.lexicon import plover_cues
from kg.extract.roles import REPORTING
from kg.extract.rules import declare, fired
from kg.german import (ATTRIBUTION_NOUNS, ATTRIBUTION_POSTPOSITION, ATTRIBUTION_PREPOSITIONS, CONDITIONALS,
                       DEMAND_MODALS, DETERMINERS, HEARSAY_MODALS, NEGATIONS, PERFECT_INFINITIVES,
                       PERSONAL_PRONOUNS, PROHIBITION_MODALS, QUOTED_DEMAND_MODALS,
                       SPEAKER_SIDE_PRONOUNS)

DEMAND_MODAL = declare("event-demand-modal", "event from reported speech", "a modal of obligation in reported "
                       "speech is the speaker's REQUEST to the clause's subject, not the subject's act: "
                       "„Mexiko müsse sich entschuldigen, sagte Ebrard“")
MODALS = DEMAND_MODALS | PROHIBITION_MODALS
# every modal a demand may stand on: a sentence with none of them is passed over in one C-level test
_ANY_DEMAND_MODAL = MODALS | QUOTED_DEMAND_MODALS | HEARSAY_MODALS
_LOWER = attrgetter("lower")
SPEAKER_WINDOW = 6          # words between a report verb and its speaker after it, at most


@dataclass(frozen=True)
class Demand:
    """One demand: who makes it, to whom, the modal's word index and the clause it stands in."""

    speaker: Actor
    addressee: Actor | None     # None: a thing or people no actor names must act (`event-demand-unnamed-subject`)
    modal: int
    clause: tuple[int, int]
    rule: str | None = None     # the rule that read a demand of no named addressee, or one of no speaker's sentence


# the REQUEST verbs of the lexicon that need no context: „fordern“, „verlangen“
REQUEST_VERBS = frozenset(c.cue for c in plover_cues() if c.code == "REQUEST" and c.pos == "verb" and not c.context)
# verbs that report a statement: `reporting_verbs.tsv` and the REQUEST verbs
SAYING_AND_ASKING_VERBS = REPORTING | REQUEST_VERBS


def _reports(word: Word) -> bool:
    return word.verbish and any(key in SAYING_AND_ASKING_VERBS for key in verb_keys(word, None))


def _report(sentence: Sentence) -> tuple[Actor, list[tuple[int, int]], bool] | None:
    """The named speaker, the clauses he reports and whether he closes them as a quotation: „…, sagte Ebrard“,
    „…, so Ebrard.“ (quoted) or „Ebrard sagte, …“, „Laut Ebrard müsse …“."""
    words, clauses = sentence.words, sentence.clauses
    for k, (first, last) in enumerate(clauses[1:], 1):
        lead = first + 1 if words[first].text == "," else first
        if lead < last and (_reports(words[lead]) or _quotative(sentence, k, lead)):
            speaker = next((a for a in sentence.actors
                            if lead < a.first <= lead + SPEAKER_WINDOW and a.prep is None), None)
            return (speaker, list(clauses[:k]), True) if speaker is not None else None
    first, last = clauses[0] if clauses else (0, 0)
    verb = next((i for i in range(first, last) if _reports(words[i])), None)
    if verb is None:
        return _attributed(sentence)
    speaker = next((a for a in sentence.actors_in(first, last) if a.prep is None), None)
    return (speaker, list(clauses[1:]), colon_demand(sentence, verb)) if speaker is not None else None


COLON_DEMAND = declare("event-demand-colon", "event from reported speech", "a demand verb before a colon introduces "
                       "the demand in the speaker's words: its „muss“ or „soll“ is a REQUEST to the clause's subject, "
                       "and an act it asks for with „ist/sind … zu“ is not asserted: „Die Abgeordnete Lena Horbach "
                       "verlangte: Die Stadt muss den Pachtvertrag kündigen“ → REQUEST Horbach → Stadt")


def colon_demand(sentence: Sentence, verb: int) -> bool:
    """A demand verb („fordern“, „verlangen“) in the first clause, which a colon closes."""
    words, (_, last) = sentence.words, sentence.clauses[0]
    if last >= len(words) or words[last].text != ":" \
            or not any(key in REQUEST_VERBS for key in verb_keys(words[verb], None)):
        return False
    fired(COLON_DEMAND)
    return True


def obligations(sentence: Sentence) -> set[tuple[int, int]]:
    """The clauses after a demand verb and its colon that ask for an act with „ist/sind … zu“ + infinitive
    („…: Der Firma ist die Lizenz zu entziehen“, also past a relative clause): acts demanded, not done."""
    clauses, words = sentence.clauses, sentence.words
    if len(clauses) < 2 or words[clauses[1][0]].text != ":":
        return set()
    asked = {(first, last) for first, last in clauses[1:] if _obligation(words, first, last)}
    verb = next((i for i in range(*clauses[0]) if _reports(words[i])), None) if asked else None
    return asked if verb is not None and colon_demand(sentence, verb) else set()


def _obligation(words: Sequence[Word], first: int, last: int) -> bool:
    """„ist/sind“ and, after it, „zu“ before a lower-case infinitive in the clause."""
    be = next((i for i in range(first, last) if words[i].lower in german.BE_FORMS), None)
    return be is not None and any(words[i].lower == german.INFINITIVE_PARTICLE and words[i + 1].text.islower()
                                  for i in range(be + 1, last - 1))


QUOTATIVE = declare("event-demand-so-speaker", "event from reported speech", "„so X“ closing a statement names its "
                    "speaker as „sagte X“ does: „Die ÖVP müsse endlich einlenken, so SPÖ-Chef Karl Obermoser“ → "
                    "REQUEST Obermoser → ÖVP; not „so“ opening a clause with a verb („…, so hat die ÖVP …“)")


def _quotative(sentence: Sentence, k: int, lead: int) -> bool:
    """The sentence's last clause opens with „so“ and holds no verb: „…, so SPÖ-Chef X in einer Aussendung.“"""
    words = sentence.words
    first, last = sentence.clauses[k]
    if k != len(sentence.clauses) - 1 or words[lead].lower not in german.QUOTATIVE_ADVERBS \
            or any(w.verb_or_auxiliary for w in words[lead + 1:last]):
        return False
    fired(QUOTATIVE)
    return True


ATTRIBUTED = declare("event-demand-attributed", "event from reported speech", "a demanding modal in a clause "
                     "opened by „laut X“ or „X zufolge“ is X's REQUEST to the clause's subject: „Laut SPÖ-Chef "
                     "Karl Obermoser müsse die ÖVP endlich einlenken“ → REQUEST Obermoser → ÖVP")


def _attributed(sentence: Sentence) -> tuple[Actor, list[tuple[int, int]], bool] | None:
    """A named source opening the first clause („Laut X …“, „X zufolge …“) as its speaker; the clause reported from
    the word after the attribution on."""
    words = sentence.words
    first, last = sentence.clauses[0]
    start = dateline_end(words)
    source = next((a for a in sentence.actors_in(start, last) if a.first <= start + 3), None)
    if source is None:
        return None
    opened = source.prep in ATTRIBUTION_PREPOSITIONS and words[start].lower in ATTRIBUTION_PREPOSITIONS
    closed = source.prep == ATTRIBUTION_POSTPOSITION and source.last + 1 < last \
        and words[source.last + 1].lower == ATTRIBUTION_POSTPOSITION
    if not (opened or closed):
        return None
    fired(ATTRIBUTED)
    return source, [(first, last)], False


def _after_source(sentence: Sentence, speaker: Actor, first: int, last: int) -> int:
    """Where the clause's own words begin: after the speaker's attribution phrase where it stands in the clause
    („Laut X müsse …“, „X zufolge müsse …“), else at `first`."""
    if not first <= speaker.first < last:
        return first
    after = speaker.last + 1
    return after + 1 if after < last and sentence.words[after].lower == ATTRIBUTION_POSTPOSITION else after


QUOTED_DEMAND = declare("event-demand-quoted", "event from reported speech", "„muss“ in a quotation its named "
                        "speaker closes is a demand as the subjunctive is: „Die Türkei muss die Menschenrechte "
                        "achten, sagte Mogherini“ → Mogherini REQUEST Türkei")


def _modal(sentence: Sentence, first: int, last: int, quoted: bool) -> int | None:
    """Word index of a demanding modal in the clause („müsse“; „dürfe“ only with a negation; in a quotation
    also „muss“, after a demand verb's colon also „soll“)."""
    words = sentence.words[first:last]
    colon = quoted and sentence.words[first].text == ":"
    negated = any(w.lower in NEGATIONS for w in words)
    return next((first + k for k, w in enumerate(words) if w.lower in DEMAND_MODALS
                 or (negated and w.lower in PROHIBITION_MODALS) or (quoted and w.lower in QUOTED_DEMAND_MODALS)
                 or (colon and w.lower in HEARSAY_MODALS)), None)


PRONOUN_SUBJECT = declare("event-demand-pronoun-subject", "event from reported speech", "a demand whose modal "
                          "has a pronoun as subject („man“, „wir“) is addressed to no actor named after it: "
                          "„Faymann meinte, man müsse die EU-Staaten überzeugen“ is no REQUEST to the EU")


def _addressee(sentence: Sentence, first: int, last: int, modal: int) -> Actor | None:
    """The modal's subject: a bare actor before it, or right after it when only adverbs precede
    („Deshalb müsse Mexiko …“); not an object after an unnamed subject („Der Westen müsse Russland …“)."""
    words = sentence.words
    # „man“/„wir“ read as the speaker's side (`reference-speaker-side`) stay the pronoun subject they are
    bare = [a for a in sentence.actors_in(first, last) if a.prep is None
            and not (a.resolved and words[a.first].lower in SPEAKER_SIDE_PRONOUNS)]
    before = [a for a in bare if a.last < modal]
    if before:
        return before[0]
    lead = _clause_lead(words, first)
    fronted = lead < modal and (words[lead].lower in DETERMINERS or any(w.capitalized for w in words[lead + 1:modal]))
    adverbial = fronted and _fronted_adverbial(words, lead, modal)
    if fronted and not adverbial:
        return None         # an unnamed noun phrase is the subject
    if any(w.lower in PERSONAL_PRONOUNS for w in words[lead:modal + 2]):
        fired(PRONOUN_SUBJECT)
        return None         # „man müsse diese Länder erst gewinnen“: a pronoun is the subject, the actor an object
    after = next((a for a in bare if modal < a.first <= modal + 3), None)
    if adverbial and after is not None:
        fired(FRONTED_ADVERBIAL)
    return after


FRONTED_ADVERBIAL = declare("event-demand-fronted-adverbial", "event from reported speech", "a prepositional "
                            "phrase before the demanding modal is an adverbial, not its subject: the subject is the "
                            "named actor right after the modal: „Ohne ein Angebot müsse der Konzern Brantel die Löhne "
                            "erhöhen, sagte Gewerkschafterin Lena Horbach“ → REQUEST Horbach → Brantel; not after a noun "
                            "phrase, the modal's subject („Die Kunden müssten …“)")


def _fronted_adverbial(words: Sequence[Word], lead: int, modal: int) -> bool:
    """A preposition opens the clause and no finite verb or comma stands before the modal: „Ohne ein Angebot
    müsse …“, „Mit dem Streik müsse …“."""
    return words[lead].lower in german.PREPOSITIONS \
        and not any(w.text == "," or (w.verb_or_auxiliary and not w.capitalized) for w in words[lead + 1:modal])


_CLAUSE_MARKS = frozenset({",", ";", ":"})     # the mark a clause of `Sentence.clauses` may open with


def _clause_lead(words: Sequence[Word], first: int) -> int:
    """The first word of the clause that starts at `first`, past the comma, semicolon or colon it opens with."""
    return first + 1 if words[first].text in _CLAUSE_MARKS else first


def read_demands(sentence: Sentence) -> list[Demand]:
    """The demands of a sentence's reported clauses.

    >>> from kg.extract.clauses import clause_ranges, words_of
    >>> ws = tuple(words_of("Mexiko müsse sich entschuldigen, sagte Ebrard."))
    >>> acts = (Actor("state:mexiko", "State", 0, 0, None), Actor("person:ebrard", "Official", 6, 6, None))
    >>> d = read_demands(Sentence(0, 0, 0, "", ws, acts, (), tuple(clause_ranges(ws))))
    >>> [(x.speaker.key, x.addressee.key, x.modal) for x in d]
    [('person:ebrard', 'state:mexiko', 1)]
    """
    if not sentence.clauses or _ANY_DEMAND_MODAL.isdisjoint(map(_LOWER, sentence.words)):
        return []
    report = _report(sentence)
    if report is None:
        return []
    speaker, reported, quoted = report
    out = []
    for first, last in reported:
        modal = _modal(sentence, first, last, quoted)
        if modal is None:
            continue
        start = _after_source(sentence, speaker, first, last)
        addressee = _addressee(sentence, start, last, modal)
        if addressee is not None and addressee.key != speaker.key:
            out.append(Demand(speaker, addressee, modal, (first, last)))
        elif addressee is None:
            rule = UNNAMED_SUBJECT if _unnamed_subject(sentence, start, last, modal) else \
                PASSIVE_DEMAND if _passive_demand(sentence, start, last, modal) else None
            if rule is not None:
                out.append(Demand(speaker, None, modal, (first, last), rule))
    return out


PASSIVE_DEMAND = declare("event-demand-passive", "event from reported speech", "a subjunctive demanding modal with a "
                         "passive infinitive („müsse … geklärt werden“, „nicht … gefährdet werden dürften“) in a named "
                         "speaker's reported speech demands an act of no named agent: the speaker's untargeted REQUEST: "
                         "„Bei solchen Fällen müsse stets die Aufsicht verständigt werden, sagte Ministerin Eva Marten“; "
                         "not the indicative „muss“, nor in an „ob“ or „wenn“ clause, nor with an actor in the clause")
_OPEN_CLAUSES = german.INTERROGATIVE_COMPLEMENTIZERS | CONDITIONALS     # „ob … müsse“: a question, no demand


def _passive_demand(sentence: Sentence, first: int, last: int, modal: int) -> bool:
    """A subjunctive modal, a participle and „werden“ in a clause that opens with no „ob“/„wenn“ and holds no bare
    actor."""
    words = sentence.words
    lead = _clause_lead(words, first)
    if words[modal].lower in QUOTED_DEMAND_MODALS or words[lead].lower in _OPEN_CLAUSES \
            or any(a.prep is None for a in sentence.actors_in(first, last)):
        return False
    if not any(w.lower in german.BECOME_INFINITIVES and words[k - 1].text.islower() and k - 1 != modal
               for k, w in enumerate(words[lead + 1:last], lead + 1)):
        return False
    fired(PASSIVE_DEMAND)
    return True


UNNAMED_SUBJECT = declare("event-demand-unnamed-subject", "event from reported speech", "a demanding modal whose "
                          "subject is a noun phrase no actor names is the speaker's REQUEST all the same, untargeted: "
                          "„Die Steuerreform müsse den Handel entlasten, sagte Ministerin Vera Lanz“ → REQUEST Lanz; "
                          "not a pronoun's („man müsse abwarten“) nor an official's own duty („Er müsse …“)")


def _unnamed_subject(sentence: Sentence, first: int, last: int, modal: int) -> bool:
    """The modal's subject is a determiner and its noun, right before it („Die Reform müsse …“) or right after it
    („Deshalb müsse die Reform …“), and no actor of the clause stands bare before it."""
    words = sentence.words
    lead = _clause_lead(words, first)
    dateline = dateline_end(words)
    lead = dateline if first < dateline <= last else lead
    if lead >= modal or any(a.prep is None and lead <= a.first and a.last < modal
                            for a in sentence.actors_in(first, last)):
        return False
    if any(w.lower in PERSONAL_PRONOUNS for w in words[lead:modal + 2]):
        return False
    fronted = words[lead].lower in DETERMINERS
    before = fronted and any(w.capitalized for w in words[lead + 1:modal])
    after = not fronted and modal - lead == 1 and modal + 2 < last and words[modal + 1].lower in DETERMINERS \
        and words[modal + 2].capitalized
    if not (before or after):
        return False        # „Diese müssten …“: a pronoun, whose noun stands before
    fired(UNNAMED_SUBJECT)
    return True


RUN_ON = declare("event-demand-run-on", "event from reported speech", "a sentence with no speaker of its own "
                 "whose main clause asks its named subject to act by a subjunctive modal („müsse“, „dürfe nicht“) goes "
                 "on with the reported speech of the sentence before: that sentence's named speaker makes the REQUEST: "
                 "„Die Mieten stiegen zu schnell, erklärte Ministerin Vera Lanz. Die ÖVP müsse den Bau von "
                 "Wohnungen fördern.“ → REQUEST Lanz → ÖVP; not the indicative „muss“, not a subject no "
                 "actor names, not an „ob“, „wenn“ or „dass“ clause, not after a sentence without a named speaker")


def run_on_demands(sentence: Sentence, before: Sentence | None) -> list[Demand]:
    """The demand of a sentence's first clause on its named subject, made by the speaker of the sentence before,
    where the sentence names no speaker of its own."""
    if before is None or not sentence.clauses or MODALS.isdisjoint(map(_LOWER, sentence.words)):
        return []
    first, last = sentence.clauses[0]
    modal = _modal(sentence, first, last, False)
    lead = max(_clause_lead(sentence.words, first), dateline_end(sentence.words))
    if modal is None or lead >= modal or sentence.words[lead].lower in _OPEN_CLAUSES | german.SUBORDINATORS:
        return []
    addressee = _addressee(sentence, lead, last, modal)
    who = speaker(before) if addressee is not None and _report(sentence) is None else None
    if who is None or addressee is None or addressee.key == who.key:
        return []
    fired(RUN_ON)
    # the speaker is an actor of the sentence before: here he is referred to, at the modal
    return [Demand(Actor.referred(who.key, who.type, modal), addressee, modal, (first, last), RUN_ON)]


ALLEGED = declare("event-alleged", "event from reported speech", "an act reported by hearsay under a named "
                  "source is that source's ACCUSE of its agent: „Britischen Angaben zufolge sollen russische "
                  "Truppen Streubomben eingesetzt haben“ → Großbritannien ACCUSE Russland")


def hearsay(sentence: Sentence, first: int, last: int) -> bool:
    """ „soll(en) … getan haben“ in the clause: a claim of a past act, reported."""
    words = [w.lower for w in sentence.words[first:last]]
    return any(w in HEARSAY_MODALS for w in words) and any(w in PERFECT_INFINITIVES for w in words)


def attributed_to(sentence: Sentence) -> Actor | None:
    """The named source a sentence's claim is attributed to: „laut Kiew“, „Kiew zufolge“, „Britischen
    Angaben zufolge“, „nach Angaben der Ukraine“."""
    words = sentence.words
    named = sorted(sentence.actors + sentence.owners, key=lambda a: a.first)
    laut = next((a for a in named if a.prep in ATTRIBUTION_PREPOSITIONS), None)
    if laut is not None:
        return laut
    for i, w in enumerate(words):
        if w.lower == ATTRIBUTION_POSTPOSITION:
            return next((a for a in reversed(named) if i - 3 <= a.last < i), None)
        if w.lower in ATTRIBUTION_NOUNS and i > 0 and words[i - 1].lower in german.ACCORDING_PREPOSITIONS:
            return next((a for a in named if i < a.first <= i + 2), None)
    return None


CONDITIONAL_THREAT = declare("event-conditional-threat", "event from reported speech", "a named speaker announcing a "
                             "hostile act on a condition, or its named actor saying he intends it on one, threatens "
                             "its target: „Sollten die Separatisten vorrücken, werde dies Sanktionen gegen Russland "
                             "nach sich ziehen, erklärte Kirby“, „Brüssel will Polen die Mittel kürzen, wenn …“")


def conditional_clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """The clauses a conditional word opens („Sollten die Separatisten …“, „…, falls Russland …“, also after a
    dateline: „Brüssel – Falls Polen …“)."""
    words = sentence.words
    out = []
    dateline = dateline_end(words)
    for first, last in sentence.clauses:
        lead = _clause_lead(words, first)
        if first < dateline <= last:
            lead = dateline
        if lead < last and words[lead].lower in CONDITIONALS:
            out.append((first, last))
    return out


def speaker(sentence: Sentence) -> Actor | None:
    """The named speaker who reports the sentence („…, erklärte Kirby“, „Kirby sagte, …“)."""
    report = _report(sentence) if sentence.clauses else None
    return report[0] if report else None


DEMANDED_OF = declare("event-target-demanded-subject", "event target", "a demand or criticism whose verb names no "
                      "addressee and whose „dass“ clause follows it is made to that clause's subject, a named actor right "
                      "after „dass“: „SPÖ-Chef Karl Obermoser fordert, dass die ÖVP endlich einlenkt“ → REQUEST "
                      "Obermoser → ÖVP, „Die SPÖ kritisiert, dass die ÖVP blockiert“ → ACCUSE; not an unnamed subject "
                      "(„…, dass die Kassen der ÖVP …“)")
_DEMANDED_REACH = 3     # words from „dass“ to its subject's first word: an article, a title


def demanded_subject(sentence: Sentence, cue: int, subjects: tuple[Actor, ...], blames: bool = False) -> Actor | None:
    """The named subject of the „dass“ clause right after the clause of the demanding verb at `cue` (where the verb
    `blames`, also the state of a state adjective on that subject: `_demanded_owner`)."""
    _, last = sentence.clause_of(cue)
    words = sentence.words
    if last + 2 >= len(words) or words[last].text != "," or words[last + 1].lower not in german.COMPLEMENTIZERS:
        return None
    end = sentence.clause_of(last + 1)[1]
    actor = next((a for a in sentence.actors_in(last + 2, end) if a.prep is None), None)
    if actor is None and blames:
        return _demanded_owner(sentence, last + 2, subjects)
    if actor is None or actor.first > last + 1 + _DEMANDED_REACH or actor.key in {a.key for a in subjects}:
        return None
    lead = words[last + 2:actor.first]
    if lead and actor.type == "Official" and lead[-1].capitalized:
        lead = lead[:-1]        # an official's title: „dass Kanzler Karl Brunner …“
    return actor if all(w.lower in DETERMINERS for w in lead) else None


DEMANDED_OWNER = declare("event-target-demanded-owner", "event target", "a criticism whose „dass“ clause opens with "
                         "a subject no actor names but a state's adjective qualifies blames that state: „Der Minister "
                         "kritisierte, dass die borlanische Autoindustrie Subventionen erhalte“ with „borlanisch“ a "
                         "state's adjective → ACCUSE → that state; not a demand („fordert, dass die französische "
                         "Wirtschaft …“), nor an adjective past the subject's noun")


def _demanded_owner(sentence: Sentence, at: int, subjects: tuple[Actor, ...]) -> Actor | None:
    """The state adjective right after the determiner that opens the „dass“ clause at `at`, before a noun: „die
    chinesische Stahlindustrie“."""
    words = sentence.words
    owner = next((a for a in sentence.owners if a.first == at + 1 and a.first == a.last), None)
    if owner is None or words[at].lower not in DETERMINERS or at + 2 >= len(words) \
            or not words[at + 2].capitalized or owner.key in {a.key for a in subjects}:
        return None
    fired(DEMANDED_OWNER)
    return owner

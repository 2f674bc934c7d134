"""The last reading rule of a cue: its subject by word order acts on its object or slot
(„Am Donnerstag kritisierte Merkel die Türkei“), else on a target `kg.extract.event_targets`
finds, else untargeted where the code allows it.
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import PREPOSITIONS, Actor, Sentence
from kg.extract.demands import DEMANDED_OF, DEMANDED_OWNER, demanded_subject
from kg.extract.event_cues import CueHit, TARGET_DIRECT, TARGET_FREE, TARGET_NEEDED
from kg.extract.event_fronted import FRONTED_ASIDE, proposal_owner
from kg.extract.event_reading import (MUTUAL, NEEDS_TARGET, NOTHING, TARGET_STAGE, UNTARGETED_OK, At, CueReading,
                                      same_side)
from kg.extract.event_targets import (ATTRIBUTIVE_MARK, ATTRIBUTIVE_OWNER, CLAIMANT, CONDITIONAL_MARK,
                                      BY_AGENT, BY_MARK, DEMANDED_UNLESS, FROM_MARK, FROM_OWNER, OWNER_CODES, PREVIOUS_STATEMENT,
                                      PRONOUN_OBJECT, RECIPROCAL, RECIPROCAL_HOSTILE, RELATIVE_TARGET, REPORTED_CODES,
                                      REPORTED_SUBJECT, THREATENED, UNLESS_MARK, UNTARGETED_VIOLENCE, armed_violence,
                                      attributive_owner, claimant_of, conditional_target, hostile_reflexive,
                                      object_agent, object_owner, owner_rule, owner_target, previous_statement, pronoun_object,
                                      reciprocal, relative_object, reported_subject)
from kg.extract.factuality import infinitive_follows
from kg.extract.statement_subjects import INVERTED_SUBJECT, inverted_subject
from kg.extract.roles import Roles, find_subjects, find_targets
from kg.extract.rules import declare, fired, Stage


ACTIVE_READINGS = Stage("event reading")


@ACTIVE_READINGS.rule("event-active-subject", "the subject by word order acts on the cue's object or slot: "
               "„Am Donnerstag kritisierte Merkel die Türkei“")
def active_reading(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None:
        return NOTHING
    subjects, factors = roles.subjects, (0.8,) if roles.borrowed else ()
    targets = find_targets(sentence, hit.index, subjects, hit.entry.targets)
    if TARGET_DIRECT in hit.entry.targets:
        direct = bare_object(sentence, hit.index, subjects, targets)
        return CueReading(subjects, direct, factors, (roles.rule, "event-target-slot")) if direct else NOTHING
    if targets:
        return CueReading(subjects, tuple(targets), factors, (roles.rule, "event-target-slot"))
    owner = owner_target(sentence, hit, subjects) or conditional_target(sentence, hit, subjects) \
        or object_owner(sentence, hit, subjects) or attributive_owner(sentence, hit, subjects) \
        or object_agent(sentence, hit, subjects)
    found = _clause_target(at, subjects) if owner is None else None
    if found is not None:
        return CueReading(subjects, (found[0],), factors, (roles.rule, found[1]))
    if owner is not None:
        rule = {CONDITIONAL_MARK: THREATENED, FROM_MARK: FROM_OWNER, ATTRIBUTIVE_MARK: ATTRIBUTIVE_OWNER,
                UNLESS_MARK: DEMANDED_UNLESS, BY_MARK: BY_AGENT}.get(
            owner.prep or "", owner_rule(hit))
        return CueReading(subjects, (owner,), factors, (roles.rule, rule))
    if len(subjects) >= 2 and reciprocal(sentence, hit):
        return CueReading(subjects, subjects, factors, (roles.rule, RECIPROCAL))
    if len(subjects) >= 2 and hostile_reflexive(sentence, hit):
        return CueReading(subjects, subjects, factors, (roles.rule, RECIPROCAL_HOSTILE))
    claimant = claimant_of(sentence, hit, subjects)
    if claimant is not None:
        return CueReading(subjects, (claimant,), factors, (roles.rule, CLAIMANT))
    if len(subjects) >= 2 and hit.entry.code in MUTUAL and _partners(hit):
        # "Merkel und ich haben übereingestimmt": coordinated subjects act on each other
        return CueReading(subjects[:1], subjects[1:], factors, (roles.rule, "event-target-partner"))
    untargeted = _untargeted_rule(at, roles)
    return CueReading(subjects, (), factors, (roles.rule, untargeted)) if untargeted else NOTHING


def bare_object(sentence: Sentence, cue: int, subjects: tuple[Actor, ...], targets: list[Actor]) -> tuple[Actor, ...]:
    """The targets when the first is the verb's bare object: next to the verb or subject with only lower-case
    words, none a preposition, between („warnte die USA vor …“), not a name inside a phrase after „vor“."""
    if not targets or not subjects or targets[0].prep is not None:
        return ()
    target = targets[0]
    anchor = subjects[0].last if target.first < cue else max(cue, subjects[0].last)
    between = sentence.words[anchor + 1:target.first]
    plain = all(w.text.islower() and w.lower not in PREPOSITIONS for w in between)
    return tuple(targets) if plain and target.first > anchor else ()


def _untargeted_rule(at: At, roles: Roles) -> str | None:
    """The rule by which the cue is its subject's act with no target named, or None where it is no act then."""
    sentence, hit = at.sentence, at.hit
    if hit.entry.code in UNTARGETED_OK and TARGET_NEEDED in hit.entry.targets:
        fired(NEEDS_TARGET)
    elif hit.entry.code in UNTARGETED_OK and _complement_missing(sentence, hit):
        return None
    elif hit.entry.code in UNTARGETED_OK and pronoun_object(sentence, hit):
        fired(PRONOUN_OBJECT)
    elif hit.entry.code in UNTARGETED_OK:
        return "event-untargeted"
    elif TARGET_FREE in hit.entry.targets and not pronoun_object(sentence, hit):
        return PROMISE_UNNAMED
    elif armed_violence(at, roles):
        return UNTARGETED_VIOLENCE
    return None


def _clause_target(at: At, subjects: tuple[Actor, ...]) -> tuple[Actor, str] | None:
    """The target a clause names outside the cue's slots, with its rule: the antecedent of an object relative
    pronoun, or the actor a reported statement opens with (not one the speaker acts for)."""
    antecedent = relative_object(at.sentence, at.hit, subjects)
    if antecedent is not None:
        return antecedent, RELATIVE_TARGET
    owner = proposal_owner(at.sentence, at.hit, subjects) if at.hit.entry.code in OWNER_CODES else None
    if owner is not None:
        return owner, FRONTED_ASIDE
    blames = at.hit.entry.code == BLAME
    demanded = demanded_subject(at.sentence, at.hit.index, subjects, blames) if _demand_verb(at.hit) else None
    if demanded is not None:
        return demanded, DEMANDED_OWNER if demanded in at.sentence.owners else DEMANDED_OF
    reported = reported_subject(at.sentence, at.hit, subjects)
    rule = REPORTED_SUBJECT
    if reported is None:
        reported, rule = inverted_subject(at.sentence, at.hit, subjects), INVERTED_SUBJECT
    if reported is not None and not (at.reading and any(same_side(at.reading, a.key, reported.key) for a in subjects)):
        return reported, rule
    previous = previous_statement(at, subjects)
    return (previous, PREVIOUS_STATEMENT) if previous is not None else None


def _demand_verb(hit: CueHit) -> bool:
    """A verb of demand or criticism, whose „dass“ clause may name whom it asks or blames."""
    return not hit.noun and hit.entry.code in REPORTED_CODES


BLAME = "ACCUSE"        # the code whose „dass“ clause may blame a state by its adjective (`event-target-demanded-owner`)


PROMISE_UNNAMED = declare("event-untargeted-promise", TARGET_STAGE, "a promise of support or solidarity (lexicon "
                          "slot „none“: „zusichern“ with „Unterstützung“, „sich solidarisieren“) to people no actor names "
                          "is the subject's SUPPORT all the same, untargeted: „Ministerin Vera Lanz sicherte den "
                          "Beschäftigten des Werks ihre Unterstützung zu“; not support of a thing („unterstützt den Plan“)")


OFFERED_ACT = "act"     # lexicon slot: untargeted only with the act offered in a zu-infinitive after the cue


OFFER_WITHOUT_ACT = declare("event-offer-without-act", "event guard", "an offer (lexicon slot „act“: „anbieten“) "
                            "that names neither the actor it is made to nor, in a zu-infinitive after it, the act "
                            "offered is a sale, no AGREE (PLOVER: intent to cooperate with another actor): „Die Firma "
                            "bietet Internetzugänge an“; not „Die Türkei bot an, Gespräche auszurichten“")


PARTNER_WITH = declare("event-partner-with", "event guard", "coordinated subjects act on each other only where the "
                       "cue takes its partner with „mit“ (sich einigen mit, telefonieren mit): „Die Ministerin und der "
                       "Minister besuchen die Grenze“, „A und B bieten einen Dienst an“ visit and offer no one")


def _partners(hit: CueHit) -> bool:
    """The cue takes a partner with „mit“ (`event-partner-with` where it does not)."""
    if german.WITH_PREPOSITIONS.isdisjoint(hit.entry.targets):
        fired(PARTNER_WITH)
        return False
    return True


STATED = "said"      # lexicon slot: untargeted only with the statement complained of (a clause after or before)


LAMENT_WITHOUT_STATEMENT = declare("event-lament-without-statement", "event guard", "a verb of complaint that also "
                                   "laments (lexicon slot „said“: „beklagen“) is an untargeted ACCUSE only with the "
                                   "statement complained of, a „dass“ clause or a clause after it with no object "
                                   "before the comma, or the statement it closes: „Die Ministerin beklagte, die "
                                   "Reform sei verschleppt worden“, „…, beklagte die Ministerin“; not „Die Ministerin "
                                   "beklagte die Opfer des Unglücks“")


def _complement_missing(sentence: Sentence, hit: CueHit) -> bool:
    """The cue's lexicon slot asks for a complement the sentence lacks: the act offered („act“), the statement
    complained of („said“); fires the guard that then leaves the cue no act."""
    if OFFERED_ACT in hit.entry.targets and not _act_offered(sentence, hit):
        fired(OFFER_WITHOUT_ACT)
        return True
    if STATED in hit.entry.targets and not _statement_complement(sentence, hit):
        fired(LAMENT_WITHOUT_STATEMENT)
        return True
    return False


def _statement_complement(sentence: Sentence, hit: CueHit) -> bool:
    """The cue's clause closes a statement, its speaker named after it („…, beklagte X“), or a clause follows it
    after a comma that opens with „dass“ or after no article in the cue's clause („beklagte ebenfalls, die Reform
    sei …“)."""
    words = sentence.words
    first, last = sentence.clause_of(hit.index)
    if first > 0 and words[first].text == "," and hit.index <= first + 1:
        # „…, beklagte die Ministerin“: its speaker stands after it, in its own clause
        return any(hit.index < a.first < last for a in sentence.actors)
    if last + 1 >= len(words) or words[last].text != ",":
        return False
    return words[last + 1].lower in german.COMPLEMENTIZERS or all(
        w.lower not in german.ARTICLES for w in words[hit.index + 1:last])


def _act_offered(sentence: Sentence, hit: CueHit) -> bool:
    """A zu-infinitive clause follows the offer's clause: „bot an, Gespräche auszurichten“."""
    return infinitive_follows(sentence, *sentence.clause_of(hit.index))

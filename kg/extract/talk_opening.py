"""New talks of a cue (`kg.extract.talks` opens them): of the partners its sentence names, one meeting or one per
partner of an official meeting several (`talk_groups`), each with its kind, place, date and status; or, where the
sentence names the partners only by reference („Die beiden Minister wollen sich erneut treffen“, `talk_anaphora`),
new talks of the partners of the talks just read."""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_anaphora import (ANOTHER_ROUND, BY_PHONE, CONTINUED, PAIR_ANAPHOR, another_round, by_phone,
                                      continues, pair_anaphor, role_holders)
from kg.extract.talk_cues import Cue, cue_rule, spoken_cue
from kg.extract.talk_groups import (BILATERAL, GAPPED_PAIR, clause_groups, JOINT_LINKED, JOINT_LIST, ONE_MEETING, PARTNERS_ONLY, PARTY_ROUNDS,
                                   TWO_GROUPS, bilateral, joint_linked, one_meeting, partners_only, party_rounds,
                                   two_groups)
from kg.extract.talk_keys import participant_keys
from kg.extract.talk_agenda import AGENDA_RULES, SESSION
from kg.extract.talk_kind import SPOKEN_AT, SPOKEN_PLACE, at_meeting, at_meeting_call, talk_place
from kg.extract.talk_mediation import MEDIATOR
from kg.extract.talk_nouns import COORDINATED, OWNERS, TAKING_PART
from kg.extract.talk_participants import INVITER, PLURAL_SUBJECT
from kg.extract.talk_plans import INFINITIVE_PAIR, INVITATION_TAKEN, OFFERED_TO, URGED, URGED_INFINITIVE
from kg.extract.talk_reading import Open, TalksReading, evidence, unique
from kg.extract.talk_rules import VISIT_RULES
from kg.extract.talk_status import When, cue_not_held, earlier_date
from kg.extract.talk_summits import EXPECTED_ATTENDEES, RELATIVE_ATTENDEES
from kg.extract.talk_verbs import (COORDINATED_PAIR, JOINT_AGREEMENT, JOINT_SUBJECTS, RECIPROCAL, VERB_BETWEEN,
                                   names_agreement)
from kg.facts import Talks

# coordinated subjects meeting each other: one joint meeting, not one per partner of the first
JOINT = frozenset({RECIPROCAL, COORDINATED_PAIR, JOINT_AGREEMENT, COORDINATED, JOINT_SUBJECTS, OWNERS, TAKING_PART,
                   JOINT_LINKED, JOINT_LIST, RELATIVE_ATTENDEES, EXPECTED_ATTENDEES, MEDIATOR, OFFERED_TO,
                   INVITATION_TAKEN, INFINITIVE_PAIR, URGED, URGED_INFINITIVE, VERB_BETWEEN})


def anaphoric(state: TalksReading, sentence: Sentence, cue: Cue, people: list[Actor],
              refers: bool) -> tuple[Talks, str] | None:
    """The talks just read, whose partners are those of the sentence's own talks (and the rule), where the sentence
    names them only by reference: "Die beiden Minister wollen sich erneut treffen", "Die Gespräche wurden
    fortgesetzt"."""
    if len(people) >= 2:
        return None
    rule = CONTINUED if continues(sentence, cue.index) else \
        PAIR_ANAPHOR if not refers and pair_anaphor(sentence, cue.index) else \
        ANOTHER_ROUND if cue.entry.match == "suffix" and another_round(sentence, cue.index) else None
    if rule is None:
        return None
    if "agreement" in cue.entry.requires and not names_agreement(sentence, *sentence.clause_of(cue.index)):
        fired(ANAPHOR_AGREEMENT)
        return None         # "Die beiden vereinbarten ein Treffen": the meeting is what they agreed, no agreement
    recent = next((o.talks for o in reversed(state.opened) if sentence.index - o.sentence <= 2
                   and o.sentence < sentence.index and len(o.talks.participants) >= 2), None)
    if recent is None or (rule == PAIR_ANAPHOR and len(recent.participants) != 2):
        return None
    if any(a.key not in recent.participants for a in people):
        return None         # "Indien will die Gespräche fortsetzen" after talks without India: other talks
    if rule == CONTINUED and _new_addressee(sentence, recent):
        return None
    return recent, rule


CONTINUED_WITH_OTHER = declare("talks-continued-with-other", "talks guard", "talks continued with an object the talks "
                               "just read did not have (a bare actor after „den“/„dem“: an offer's or invitation's "
                               "addressee) are other talks, not those continued: „Brunner sprach mit der SPÖ. Auch den "
                               "Grünen bot er an, die Gespräche fortzusetzen.“; not „Die Gespräche wurden fortgesetzt.“")


def _new_addressee(sentence: Sentence, recent: Talks) -> bool:
    """A bare actor of the sentence after an object article („den Grünen“) that the talks `recent` lack."""
    words = sentence.words
    if any(a.prep is None and a.key not in recent.participants and a.first > 0
           and words[a.first - 1].lower in german.OBJECT_ARTICLES for a in sentence.actors):
        fired(CONTINUED_WITH_OTHER)
        return True
    return False


def open_anaphoric(state: TalksReading, sentence: Sentence, cue: Cue, earlier: Talks, rule: str, when: When) -> None:
    """New talks of the partners of the `earlier` talks, those `anaphoric` found by `rule`."""
    keys = earlier.participants
    rules = (*cue_rule(sentence, cue), rule)
    place, place_rules = talk_place(state.sentences, state.entities, sentence, cue, [])
    kind = cue.entry.kind
    if by_phone(sentence, cue.index):
        kind, place_rules = "PhoneCall", (BY_PHONE,)
    elif spoken_cue(cue):
        # "Kurz traf Lawrow in Wien. Die beiden sprachen über die Ukraine.": they spoke at the meeting just read
        if earlier.kind != "PhoneCall":
            kind, place, place_rules = earlier.kind, place or earlier.place, (*place_rules, SPOKEN_AT)
    # "Die beiden Präsidenten vereinbarten ein Treffen in Sotschi": the cue's own clause says they are still to come
    not_held = cue_not_held(sentence, cue) if when.status == "held" else None
    talks = Talks(kind=kind, participants=keys, evidence=evidence(sentence), status="planned" if not_held else when.status,
                  place=None if kind == "PhoneCall" else place, start=when.span.start if when.span else None,
                  end=when.span.end if when.span else None, confidence=0.5,
                  rules=(*rules, *place_rules, *((not_held,) if not_held else ())))
    state.opened.append(Open(talks, sentence.index))


ANAPHOR_AGREEMENT = declare("talks-anaphor-agreement-verb", "talks guard", "a verb of agreeing („vereinbaren“) whose "
                            "clause names no agreement opens no talks of the partners named by reference: „Die beiden "
                            "Präsidenten vereinbarten ein Treffen in Sotschi“ is the meeting, not a negotiation held")


def open_talks(state: TalksReading, sentence: Sentence, cue: Cue, people: list[Actor], rules: tuple[str, ...],
               told: str | None, when: When) -> None:
    """New talks of the cue: one, or one per partner of an official meeting several."""
    groups, rules = _meetings(sentence, cue, people, rules, [_kind(state, a.key) for a in people])
    for group in groups:
        kind = SESSION if not AGENDA_RULES.isdisjoint(rules) else cue.entry.kind
        place, place_rules = talk_place(state.sentences, state.entities, sentence, cue, group if len(groups) > 1 else people)
        if kind == "PhoneCall" and spoken_cue(cue) and place:
            kind, place_rules = "Meeting", (*place_rules, SPOKEN_PLACE) if place_rules else place_rules
        elif kind == "PhoneCall" and spoken_cue(cue) and _on_visit(state, sentence, group):
            kind, place_rules = "Meeting", (*place_rules, SPOKEN_ON_VISIT)
        if kind == "PhoneCall" and at_meeting(sentence, cue.index):
            kind, place, place_rules = at_meeting_call(cue, place, place_rules)
        if kind == "PhoneCall" and spoken_cue(cue) and _body_among(state, group) and not by_phone(sentence, cue.index):
            fired(SPOKEN_UNSAID_PHONE)
            kind, place_rules = "Meeting", (*place_rules, SPOKEN_UNSAID_PHONE)
        if kind != "PhoneCall" and by_phone(sentence, cue.index):
            kind, place, place_rules = "PhoneCall", None, (BY_PHONE,)
        keys = unique(participant_keys(group, state.entities))
        holders = role_holders(sentence, group, state.entities)
        if holders:
            keys = unique([holders[k][0] if k in holders else k for k in keys])
            place_rules = (*place_rules, *dict.fromkeys(rule for _, rule in holders.values()))
        span = when.span or (earlier_date(state.dated, sentence.index, keys, state.ref, when.tense)
                             if when.status == "held" else None)
        talks = Talks(kind=kind, participants=keys, evidence=evidence(sentence), status=told or when.status,
                      place=place, start=span.start if span else None, end=span.end if span else None,
                      confidence=0.6 if len(keys) >= 2 else 0.4,
                      rules=(*rules, *place_rules, *((when.rule,) if when.rule else ())))
        state.opened.append(Open(talks, sentence.index))


def _kind(state: TalksReading, key: str) -> str | None:
    """The organisation kind of the entity `key` („party“), None for any other."""
    entity = state.entities.entity(key)
    return None if entity is None else entity.kind


def _meetings(sentence: Sentence, cue: Cue, people: list[Actor], rules: tuple[str, ...],
              kinds: list[str | None]) -> tuple[list[list[Actor]], tuple[str, ...]]:
    """The groups of `people` that meet (`talk_groups`; `kinds`: their organisation kinds), and the rules with the
    one that grouped them."""
    if GAPPED_PAIR in rules:
        return clause_groups(sentence, people), rules     # „Chile und Peru, in Asunción Bolivien und Paraguay“
    groups = two_groups(sentence, people)
    rules = joint_linked(rules)
    if len(groups) > 1:
        return groups, (*rules, TWO_GROUPS)
    if not JOINT.isdisjoint(rules) or INVITER in rules or PLURAL_SUBJECT in rules:
        return groups, rules    # host and guests of an invitation meet together, and so do those a plural „sie“ stands for
    groups = bilateral(people)
    noun = cue.entry.match == "suffix"
    if len(groups) == 1:
        groups = party_rounds(people, kinds, noun)
        if len(groups) == 1 or one_meeting(sentence, cue.index, noun):
            return [people], rules
        return groups, (*rules, PARTY_ROUNDS)
    if one_meeting(sentence, cue.index, cue.entry.match == "suffix"):
        return [people], (*rules, ONE_MEETING)      # "das Treffen Merkels mit Hollande und Renzi"
    if partners_only(people, cue.entry.match == "suffix"):
        return [people], (*rules, PARTNERS_ONLY)    # "Der Gipfel mit Merkel, Hollande und Putin"
    return groups, (*rules, BILATERAL)


SPOKEN_UNSAID_PHONE = declare("talks-spoken-unsaid-phone", "talks kind", "„sprechen mit“ with an organisation among "
                              "its sides (a party, a ministry, a union) and no telephone in its clause („telefonisch“, "
                              "„am Telefon“) is a meeting, not a call: one phones a person, talks with a body: „Die "
                              "IG Metall will am Montag mit der CDU sprechen“; „Ortiz sprach telefonisch mit der CDU“ "
                              "stays a call, and so does „Ortiz sprach mit Lund“ (two persons)")


def _body_among(state: TalksReading, group: list[Actor]) -> bool:
    """An organisation among the actors of the talks."""
    return any(getattr(state.entities.entity(a.key), "type", None) == "Organization" for a in group)
SPOKEN_ON_VISIT = declare("talks-spoken-on-visit", "talks kind", "„sprechen mit“ in a sentence that read a visit of "
                          "the speaker (before it) is a meeting in person on that visit, not a call: „Baerbock traf in der "
                          "Ukraine ein, wo sie mit Präsident Selenskyj sprach“ (by phone: „telefonisch“ stays a call)")


def _on_visit(state: TalksReading, sentence: Sentence, people: list[Actor]) -> bool:
    """A visit of one of `people` read earlier in this sentence (its talks opened by a visit rule)."""
    keys = {a.key for a in people}
    return any(o.sentence == sentence.index and not VISIT_RULES.isdisjoint(o.talks.rules)
               and not keys.isdisjoint(o.talks.participants) for o in state.opened)

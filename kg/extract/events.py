"""PLOVER interactions: who does what to whom, from German cue words.

Each clause is scanned for cues of `kg/data/plover_lexicon.tsv` (verbs by
lookup lemma, separable particle joined back on; nouns by their ending, so
compounds match). The subject comes from word order (`kg.extract.roles`), the
target from the cue's object slot or preposition. Talks between exactly two
actors are also a CONSULT from the first to the second, unless the same
sentence already yields that CONSULT from a verb.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from kg.extract.appeals import APPEAL, appealed
from kg.extract.clauses import (Actor, Sentence, Word, clause_has_verb, clause_particle, verb_keys,
                                word_before_modifiers)
from kg.extract.demands import (ALLEGED, CONDITIONAL_THREAT, DEMAND_MODAL, QUOTED_DEMAND, Demand, attributed_to,
                                conditional_clauses, hearsay, read_demands, speaker)
from kg.extract.factuality import NEGATION, Reading, read_factuality, talks_factuality
from kg.extract.lexicon import PloverCue, construction_verbs, plover_cues
from kg.extract.mentions import EntityReading
from kg.extract.rules import Stage, declare, fired
from kg.extract.roles import (OWN_COUNTRY, Roles, find_subjects, find_targets, main_subject, previous_subject,
                             read_sentences)
from kg.extract.talks import read_consultations
from kg.extract.threats import threat_factuality, threat_of
from kg.facts import Article, Evidence, Factuality, Interaction
from kg import german, resources
from kg.nlp.memo import Cache
from kg.german import (DETERMINERS, HAVE_BE, PASSIVE_AUXILIARIES, RELATIVE_ADVERBS, RELATIVES,
                       SUBORDINATORS, SUBORDINATORS_AMBIGUOUS)

log = logging.getLogger(__name__)

# Codes for which a statement without a named target is still worth an event
# ("Moskau bestreitet solche Pläne"); for the others an untargeted reading is
# more often a misread than a fact. PROTEST is not among them: crowds protest, and a
# named actor "protesting" with no one protested against is a misread subject.
UNTARGETED_OK = frozenset({"REJECT", "CONCEDE", "RETREAT", "REQUEST", "MOBILIZE", "AGREE", "COERCE", "ACCUSE"})
# lexicon slot: the cue is an event only with a named target ("drängte auf Einigung" urges no one)
TARGET_NEEDED = "needed"
NOUN_MIN_SUFFIX = 4
NOUN_INFLECTIONS = ("en", "n", "s", "e")    # plural and genitive endings of a noun cue's compounds
TARGET_STAGE = "event target"      # the stage of the rules that pick an event's target
GUARD_STAGE = "event guard"        # the stage of the rules that keep a reading from becoming an event
GENITIVE_TARGET = "gen"      # lexicon slot: the genitive after the noun is the target
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})     # "X und Y einigten sich": X with Y
# Talks that are also a CONSULT between their two participants; a conference
# (often a press conference) is not one actor consulting another.
CONSULT_KINDS = frozenset({"PhoneCall", "Meeting", "Negotiation", "Talks", "Summit", "Session"})


@dataclass(frozen=True)
class _Hit:
    index: int                  # word index of the cue
    entry: PloverCue
    noun: bool


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[PloverCue, ...]], dict[str, tuple[PloverCue, ...]]]:
    verbs: dict[str, list[PloverCue]] = defaultdict(list)
    nouns: dict[str, list[PloverCue]] = defaultdict(list)
    for cue in plover_cues():
        (nouns if cue.pos == "noun" else verbs)[cue.cue].append(cue)
    # entries with a context first: the more specific reading wins
    order = lambda entries: tuple(sorted(entries, key=lambda c: not c.context))  # noqa: E731
    return ({k: order(v) for k, v in verbs.items()}, {k: order(v) for k, v in nouns.items()})


@lru_cache(maxsize=1)
def _longest_context() -> int:
    return max((len(ctx) for cue in plover_cues() for ctx in cue.context), default=0)


class _ClauseContext:
    """The context words a clause offers: its forms, lemmas and their tails ("Kampfjets" ends
    in "jets"), gathered once per clause, so that a long clause with many cues costs no
    rescan per cue.

    >>> from kg.extract.clauses import words_of
    >>> _ClauseContext(words_of("Angriff mit Kampfjets")).has("jets")
    True
    """

    def __init__(self, words: Sequence[Word]):
        self.words = words
        self._forms: set[str] | None = None

    def has(self, ctx: str) -> bool:
        """A word is `ctx`, has it as lemma, or (from four letters on) ends in it."""
        if self._forms is None:
            longest = _longest_context()
            forms = self._forms = set()
            for w in self.words:
                forms.add(w.lower)
                forms.add(w.lemma)
                low = w.lower
                forms.update(low[k:] for k in range(max(0, len(low) - longest), len(low) - 3))
        return ctx in self._forms


def _context_ok(entry: PloverCue, context: _ClauseContext) -> bool:
    return not entry.context or any(context.has(ctx) for ctx in entry.context)


def _pick(entries: tuple[PloverCue, ...], context: _ClauseContext) -> PloverCue | None:
    return next((e for e in entries if _context_ok(e, context)), None)


@lru_cache(maxsize=1)
def _noun_endings() -> frozenset[str]:
    return frozenset(cue[-3:] for cue in _index()[1])


def _noun_entries(word: Word, nouns: dict[str, tuple[PloverCue, ...]]) -> tuple[PloverCue, ...] | None:
    for form in _noun_forms(word):
        if form in nouns:
            return nouns[form]
        for cut in range(1, len(form) - NOUN_MIN_SUFFIX + 1):
            if form[cut:] in nouns:
                return nouns[form[cut:]]
    return None


LOOKALIKE = declare("event-cue-noun-lookalike", "event cue", "a noun that only ends in a cue noun is none "
                    "(`not_cue_nouns.tsv`): „Herausforderung“ is no „Forderung“, „Webseite“ no „Seite“")
NOT_CUE_NOUNS = resources.load_word_list("not_cue_nouns.tsv")
_NOT_CUE_ENDINGS = tuple(NOT_CUE_NOUNS)     # one str.endswith call tests them all


# the lookalikes met so far: `_CANDIDATES` remembers a word's reading, so `find_cues` notes the rule each time
_LOOKALIKES: set[str] = set()


def _lookalike(word: Word) -> bool:
    """The noun ends in a word of `not_cue_nouns.tsv` („Herausforderungen“, „Sicherheitsanforderung“)."""
    low = word.lower
    found = low.endswith(_NOT_CUE_ENDINGS)
    if found:
        _LOOKALIKES.add(low)
    return found


def _noun_forms(word: Word) -> list[str]:
    """The forms a noun cue is looked up by: lemma, form, and the form without a plural or genitive ending
    where the lemma table does not know a compound („Luftangriffen“, „Korruptionsanklagen“)."""
    low, endings = word.lower, _noun_endings()
    forms = [f for f in dict.fromkeys((word.lemma, low)) if f[-3:] in endings]
    if word.lemma == low:
        forms += [low[:-len(e)] for e in NOUN_INFLECTIONS if low.endswith(e) and low[:-len(e)][-3:] in endings]
    return forms


def find_cues(sentence: Sentence) -> list[_Hit]:
    """The PLOVER cues of a sentence, clause by clause."""
    hits: list[_Hit] = []
    words = sentence.words
    named = sentence.named
    memo = _CANDIDATES
    for first, last in sentence.clauses:
        context = _ClauseContext(words[first:last])
        particle = clause_particle(sentence, first, last)
        for i in range(first, last):
            if i in named or (particle and particle[1] == i):
                continue
            word = words[i]
            # a sentence's first word is a noun unless its lemma is a verb's ("Kritik kam …", not "Kritisierte")
            noun = word.capitalized and (i > 0 or not word.lemma.endswith(german.INFINITIVE_ENDINGS))
            memo_key = (word.text, word.lemma, None if noun or not particle else particle[0], noun)
            found = memo.get(memo_key)
            if found is None:
                found = memo.put(memo_key, _candidates(word, memo_key[2], noun))
            candidates, noun_hit = found
            if noun and word.lower in _LOOKALIKES:
                fired(LOOKALIKE)
            entry = None
            for entries in candidates:
                entry = _pick(entries, context)
                if entry is not None:
                    break
            if entry is not None:
                hits.append(_Hit(i, entry, noun_hit))
    return hits


_Candidates = tuple[tuple[tuple[PloverCue, ...], ...], bool]
# (text, lemma, particle, noun) → the entry groups to try in order: they depend on the word alone
_CANDIDATES: Cache[tuple[str, str, str | None, bool], _Candidates] = Cache()


def _candidates(word: Word, particle: str | None, noun: bool) -> _Candidates:
    """The lexicon entry groups a word may stand for, in the order the clause context is tried,
    and whether a hit counts as a noun (the word has noun entries)."""
    if not word.text.replace("-", "").isalpha() or word.lower in DETERMINERS:
        return (), False
    verbs, nouns = _index()
    if noun:
        groups = []
        entries = None if _lookalike(word) else _noun_entries(word, nouns)
        if entries:
            groups.append(entries)
        if word.lower in verbs:     # "in Abrede stellen": a phrase with its verb
            groups.append(tuple(e for e in verbs[word.lower] if e.context))
        return tuple(groups), bool(entries)
    return tuple(verbs[key] for key in verb_keys(word, particle) if key in verbs), False


def _genitive(sentence: Sentence, hit: _Hit) -> Actor | None:
    """The actor right after the noun, as a genitive ("Angriff Russlands", "Seite der Ukraine")."""
    for actor in sentence.actors:
        if actor.first == hit.index + 1 and sentence.words[actor.last].lower.endswith("s"):
            return actor
        if actor.first == hit.index + 2 and sentence.words[hit.index + 1].lower in german.GENITIVE_ARTICLES:
            return actor
    return None


PREFIX_SOURCE = declare("event-noun-prefix-agent", "event cue", "a state or organisation prefixed to a noun cue "
                        "is its agent: „bei einem US-Luftangriff auf …“ → USA")


def _noun_source(sentence: Sentence, hit: _Hit) -> Actor | None:
    """The agent written on the noun itself: "russischer Angriff", "Angriff Russlands"."""
    for actor in sentence.actors:
        if actor.last == hit.index - 1 and actor.type in ("State", "Organization") and not _helped(sentence, actor):
            return actor
        if actor.first == actor.last == hit.index and actor.type in ("State", "Organization"):
            fired(PREFIX_SOURCE)
            return actor        # "US-Luftangriff", "IS-Terrorangriffe": the prefix names the agent
        if GENITIVE_TARGET in hit.entry.targets:
            continue            # "an der Seite der Ukraine": the genitive is the target
        if actor.first == hit.index + 1 and sentence.words[actor.last].lower.endswith("s"):
            return actor
        if actor.first == hit.index + 2 and sentence.words[hit.index + 1].lower in german.GENITIVE_ARTICLES:
            return actor
    # the agent of a nominalised passive: "die Niederschlagung des Aufstands durch die Sowjetunion"
    first, last = sentence.clause_of(hit.index)
    return next((a for a in sentence.actors_in(first, last)
                 if a.prep in german.BY_PREPOSITIONS and hit.index < a.first <= hit.index + 8), None)


# words that open a clause of its own before a participle cue
CLAUSE_OPENERS = SUBORDINATORS | SUBORDINATORS_AMBIGUOUS | RELATIVES | RELATIVE_ADVERBS
# Legal acts a state does on its own soil: "in Nordkorea festgenommen" names the state acting.
LOCATIVE_AGENT_CODES = frozenset({"COERCE", "SANCTION"})


def _passive(sentence: Sentence, cue: int) -> bool:
    """A participle cue with a passive auxiliary in its clause ("wurden … festgenommen")."""
    first, last = sentence.clause_of(cue)
    participle = _participle_shape(sentence.words[cue], strong=True)
    # the auxiliary may follow a coordinated participle: "ermittelt und bestraft werden",
    # or stand in the clause before it: "wurden festgenommen, verurteilt und freigelassen"
    span = sentence.words[first:max(last, min(len(sentence.words), cue + 5))]
    if participle and any(w.lower in PASSIVE_AUXILIARIES for w in span):
        return True
    return participle and first > 0 and sentence.words[first].text == "," and \
        _participle_chain(sentence, cue) and any(w.lower in PASSIVE_AUXILIARIES for w in sentence.words[:first])


def _participle_chain(sentence: Sentence, cue: int) -> bool:
    """The clause holds no finite verb of its own before the cue (", zu Haft verurteilt und …")."""
    first, _ = sentence.clause_of(cue)
    words = sentence.words[first:cue]
    if any(w.lower in PASSIVE_AUXILIARIES or w.lower in HAVE_BE or w.lower in CLAUSE_OPENERS for w in words):
        return False
    # a subject of its own makes the cue a finite verb (", falls Russland … einmarschiert")
    return not any(a.prep is None for a in sentence.actors_in(first, cue))


def _attribute(sentence: Sentence, actor: Actor, bracket: bool = False) -> bool:
    """ "von X" inside a noun phrase ("die von Russland unterstützten Separatisten"), not an agent; with
    `bracket`, also over a bracket after the name („die von X (ÖVP) erhobene Forderung“)."""
    words = sentence.words
    i = actor.last + 1
    if bracket and i < len(words) and words[i].text == "(":
        i = next((j + 1 for j in range(i, min(len(words), i + 6)) if words[j].text == ")"), i)
    return i + 1 < len(words) and words[i].text.islower() and words[i + 1].capitalized


def _attributive_agent(sentence: Sentence, cue: int) -> Actor | None:
    """X in "die von X unterstützte …": a participle used as an adjective, its agent before it."""
    word = sentence.words[cue]
    if not word.lower.endswith(german.PARTICIPLE_ADJECTIVE_ENDINGS) or word.lower == word.lemma:
        return None
    if cue + 1 >= len(sentence.words) or not sentence.words[cue + 1].capitalized:
        return None
    for actor in sentence.actors:
        if actor.prep in german.FROM_PREPOSITIONS and actor.last in (cue - 1, cue - 2) and actor.last < cue:
            return actor
    return None


def _after_noun(sentence: Sentence, actor: Actor) -> bool:
    """The preposition before the actor follows a noun ("Besuchs von X")."""
    words = sentence.words
    i = actor.first - 1
    while i > 0 and words[i].lower not in german.AGENT_PREPOSITIONS:
        i -= 1
    return i > 0 and words[i - 1].capitalized and words[i - 1].text.isalpha()


def _coordinated(sentence: Sentence, actor: Actor) -> list[Actor]:
    """The bare actor joined to `actor` by "und"/"sowie" ("der USA und Südkoreas")."""
    words = sentence.words
    for other in sentence.actors:
        if other.first > actor.last and other.prep is None and other.key != actor.key:
            gap = [w.lower for w in words[actor.last + 1:other.first]]
            joined = bool(gap) and gap[0] in german.ADDITIVE_CONJUNCTIONS and all(w in DETERMINERS for w in gap[1:])
            return [other] if joined else []
    return []


def _own(reading: EntityReading, a: str, b: str) -> bool:
    """One actor acts for the other (an official and his state): not an interaction between two
    (`_emit` keeps a state's legal act against one of its own: `event-domestic-legal-act`)."""
    ea, eb = reading.entity(a), reading.entity(b)
    return bool((ea and b in ea.affiliations) or (eb and a in eb.affiliations))


def _domestic(reading: EntityReading, a: str, b: str, code: str) -> bool:
    """State `a` acts by law against `b`, one of its own officials or bodies."""
    ea, eb = reading.entity(a), reading.entity(b)
    return code in DOMESTIC_CODES and ea is not None and ea.type == "State" and eb is not None \
        and eb.type != "State" and a in eb.affiliations


DOMESTIC = declare("event-domestic-legal-act", GUARD_STAGE, "a state's legal or repressive act against one of its "
                   "own officials or bodies is an event between the two: „Ägypten erließ Haftbefehl gegen Ex-Präsident "
                   "Mursi“ → Ägypten COERCE Mursi")
DOMESTIC_CODES = frozenset({"COERCE", "SANCTION", "ACCUSE"})


@dataclass(frozen=True)
class _At:
    """One cue where the reading rules look: its sentence and what is known around it."""

    sentence: Sentence
    hit: _Hit
    prev: Actor | None              # the previous sentence's subject, for pronouns
    source: Actor | None            # the agent written on a noun cue ("russischer Angriff")
    under_verb: bool                # the cue's clause also holds a verb cue
    armed: frozenset[str] = frozenset()     # keys of the sentence's armed groups
    reading: EntityReading | None = None    # the article's entities, for who acts for whom


@dataclass(frozen=True)
class _Reading:
    """Who acts on whom at a cue, as one rule read it (no subjects: the rule found no event)."""

    subjects: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    factors: tuple[float, ...]      # applied in turn to the cue's confidence
    rules: tuple[str, ...] = ()     # the subject and target rules that also applied


NOTHING = _Reading((), (), ())
READINGS = Stage("event reading")
PASSIVE_AGENTS = Stage("passive agent")


def _events_of(sentence: Sentence, prev: Actor | None, reading: EntityReading) -> list[Interaction]:
    hits = find_cues(sentence)
    verb_clauses = {sentence.clause_of(h.index) for h in hits if not h.noun}
    demands = read_demands(sentence)
    demanded = {d.clause for d in demands}
    out: list[Interaction] = [e for d in demands for e in _demand_events(sentence, d, reading)]
    out += _allegations(sentence, hits, prev, reading)
    out += _conditional_threats(sentence, hits, reading)
    out += _compliances(sentence, hits, prev, reading)
    out += _rejected_requests(sentence, hits, prev, reading)
    armed = _armed_groups(sentence, reading) if hits else frozenset()
    for hit in hits:
        if sentence.clause_of(hit.index) in demanded:
            fired(DEMAND_MODAL)     # "Mexiko müsse sich entschuldigen": asked for, not done
            continue
        # "wird keinen Vertrag schließen": a negated cooperation, "falls … einmarschiert": a possible attack
        hit, told = _refusal(hit, read_factuality(sentence, hit.index, hit.noun))
        source = _noun_source(sentence, hit) if hit.noun else None
        at = _At(sentence, hit, prev, source, sentence.clause_of(hit.index) in verb_clauses, armed, reading)
        found = READINGS.first(at)
        if found is None or not found[1].subjects:
            continue
        name, got = found
        if name == THREATENED_ACT:
            hit, told = _threat(sentence, hit)
        hit, got = _appeal(sentence, hit, got)
        cue_rule = "event-cue-noun" if hit.noun else "event-cue-verb"
        confidence = hit.entry.confidence
        for factor in got.factors:
            confidence *= factor
        out += _emit(sentence, hit, reading, list(got.subjects), list(got.targets), confidence,
                     (cue_rule, name, *got.rules, *told.rules), told.factuality)
    return out


def _armed_groups(sentence: Sentence, reading: EntityReading) -> frozenset[str]:
    """Keys of the sentence's actors that are armed groups („die Taliban“, „die Houthi-Rebellen“)."""
    return frozenset(a.key for a in sentence.actors if a.type == "Organization"
                     and getattr(reading.entity(a.key), "kind", None) == "armed")


NEGATED_SUPPORT = declare("event-negated-support", "event code", "support denied by a negation in its own "
                          "clause is a refusal, REJECT: „Die USA unterstützen Israel in dieser Frage nicht“")
# the verbs of constructions without a cue verb of their own (conditional threats, granted wishes)
CONSTRUCTION_VERBS = construction_verbs()
DEMAND_CUE = PloverCue(german.DEMAND_MODAL, "verb", (), "REQUEST", ("obj",), 0.55)


def _refusal(hit: _Hit, told: Reading) -> tuple[_Hit, Reading]:
    """A SUPPORT cue negated in its own clause, read as the asserted REJECT it states."""
    if hit.entry.code != "SUPPORT" or told.factuality != "negated" or NEGATION not in told.rules:
        return hit, told
    return replace(hit, entry=replace(hit.entry, code="REJECT")), Reading("asserted", (NEGATED_SUPPORT,))


def _appeal(sentence: Sentence, hit: _Hit, got: _Reading) -> tuple[_Hit, _Reading]:
    """A call whose targets are courts or councils, read as the REQUEST it is (`kg.extract.appeals`)."""
    if not got.targets or not all(appealed(sentence, hit.entry.cue, t) for t in got.targets):
        return hit, got
    return replace(hit, entry=replace(hit.entry, code="REQUEST")), replace(got, rules=(*got.rules, APPEAL))


ALLEGED_CODES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})   # acts one is accused of
ALLEGE_CUE = PloverCue(german.ATTRIBUTION_POSTPOSITION, "verb", (), "ACCUSE", ("obj",), 0.5)


def _allegations(sentence: Sentence, hits: list[_Hit], prev: Actor | None,
                 reading: EntityReading) -> list[Interaction]:
    """The named source's ACCUSE of the agent of a hostile act it reports by hearsay."""
    alleged = [h for h in hits if h.entry.code in ALLEGED_CODES and hearsay(sentence, *sentence.clause_of(h.index))]
    source = attributed_to(sentence) if alleged else None
    if source is None:
        return []
    out: list[Interaction] = []
    for hit in alleged:
        roles = find_subjects(sentence, hit.index, prev)
        agents = [a for a in roles.subjects if a.key != source.key] if roles else []
        if agents:
            out += _emit(sentence, _Hit(hit.index, ALLEGE_CUE, hit.noun), reading, [source], agents,
                         ALLEGE_CUE.confidence, (ALLEGED, roles.rule if roles else ""))
    return out


HOSTILE_CODES = frozenset({"SANCTION", "ASSAULT", "COERCE"})
THREATENED_ACT = "event-threatened-act"
THREAT_CUE = PloverCue(CONSTRUCTION_VERBS["threat"], "verb", (), "THREATEN", ("obj",), 0.5)
THREATENED_SLOTS = german.THREAT_PREPOSITIONS


def _conditional_threats(sentence: Sentence, hits: list[_Hit], reading: EntityReading) -> list[Interaction]:
    """The speaker's THREATEN of the target of a hostile act he announces on a condition."""
    hostile = [h for h in hits if h.entry.code in HOSTILE_CODES]
    conditions = conditional_clauses(sentence) if hostile else []
    who = speaker(sentence) if conditions else None
    if who is None:
        return []
    out: list[Interaction] = []
    for hit in hostile:
        if sentence.clause_of(hit.index) in conditions:
            continue        # the condition itself ("Sollten die Separatisten angreifen")
        first, last = sentence.clause_of(hit.index)
        roles = find_subjects(sentence, hit.index)
        # the actor of the announced act threatens; where the text names none, the speaker
        actor = roles.subjects[0] if roles is not None and not roles.borrowed else who
        # a noun's target follows it („Sanktionen gegen Russland“), a verb's stands anywhere in its clause
        span = (hit.index + 1, min(last, hit.index + 7)) if hit.noun else (first, last)
        target = next((a for a in sentence.actors_in(*span)
                       if (a.prep in THREATENED_SLOTS or a.prep in hit.entry.targets) and a.key != actor.key), None)
        rules: tuple[str, ...] = (CONDITIONAL_THREAT,)
        if target is None:
            target, rules = _condition_subject(sentence, conditions, actor), (CONDITIONAL_THREAT, THREAT_CONDITION)
        if target is not None:
            out += _emit(sentence, _Hit(hit.index, THREAT_CUE, hit.noun), reading, [actor], [target],
                         THREAT_CUE.confidence, rules)
    return out


THREAT_CONDITION = declare("event-conditional-threat-condition", TARGET_STAGE, "a hostile act announced on a "
                           "condition that names no target of its own is aimed at the condition's subject: „Falls "
                           "Griechenland die Reformen nicht umsetzt, werde die EU die Hilfen streichen, sagte "
                           "Juncker“ → EU THREATEN Griechenland")


def _condition_subject(sentence: Sentence, conditions: list[tuple[int, int]], actor: Actor) -> Actor | None:
    """The first bare actor of the sentence's conditional clauses, not the threatening actor."""
    return next((a for first, last in conditions for a in sentence.actors_in(first, last)
                 if a.prep is None and a.key != actor.key), None)


def _demand_events(sentence: Sentence, demand: Demand, reading: EntityReading) -> list[Interaction]:
    """The speaker's REQUEST to the subject of a demanding modal in his reported speech."""
    hit = _Hit(demand.modal, DEMAND_CUE, False)
    confidence = DEMAND_CUE.confidence * (0.8 if demand.speaker.resolved else 1.0)
    quoted = (QUOTED_DEMAND,) if sentence.words[demand.modal].lower in german.QUOTED_DEMAND_MODALS else ()
    return _emit(sentence, hit, reading, [demand.speaker], [demand.addressee], confidence, (DEMAND_MODAL, *quoted))


declare("event-cue-verb", "event cue", "a verb of the PLOVER lexicon, by lemma with its separable particle")
declare("event-cue-noun", "event cue", "a noun of the PLOVER lexicon, by its ending, so compounds match")
CONSULT_FROM_TALKS = declare("event-consult-from-talks", "event from talks", "talks between exactly two actors "
                             "are a CONSULT from the first to the second, unless a verb of the sentence said so")


RECEIVING = resources.load_word_list("receiving_verbs.tsv")       # "erhält von X Hilfe": X gives
HELP_OPENERS = german.MEANS_PREPOSITIONS


@lru_cache(maxsize=1)
def _help_nouns() -> frozenset[str]:
    """The nouns of support and aid ("Unterstützung", "Hilfe"): their genitive is their giver."""
    return frozenset(c.cue for c in plover_cues() if c.pos == "noun" and c.code in ("SUPPORT", "AID"))


def _helped(sentence: Sentence, actor: Actor) -> bool:
    """The actor is the genitive of a help noun before it ("mit Unterstützung Großbritanniens")."""
    words = sentence.words
    i = actor.first - 1
    return i >= 0 and words[i].capitalized and any(words[i].lower.endswith(n) for n in _help_nouns())


def _help_noun_genitive(at: _At, openers: frozenset[str]) -> tuple[Actor, Roles] | None:
    """The genitive after a help noun that follows one of `openers` („mit Unterstützung X“, „zur
    Unterstützung X“), with the subjects of the noun's clause; None where either is missing."""
    sentence, hit = at.sentence, at.hit
    if not hit.noun or hit.entry.code not in ("SUPPORT", "AID") or hit.index == 0 \
            or sentence.words[hit.index - 1].lower not in openers:
        return None
    genitive = _genitive(sentence, hit)
    roles = find_subjects(sentence, hit.index, at.prev) if genitive is not None else None
    return None if roles is None else (genitive, roles)


@READINGS.rule("event-noun-with-help", "„mit Unterstützung X“: X supports or aids the clause's subject: „Die "
               "USA fliegen mit Unterstützung Großbritanniens Luftangriffe“ → Großbritannien → USA")
def _with_help(at: _At) -> _Reading | None:
    found = _help_noun_genitive(at, HELP_OPENERS)
    if found is None:
        return None
    giver, roles = found
    helped = tuple(a for a in roles.subjects if a.key != giver.key)
    return _Reading((giver,), helped, (0.8,), (roles.rule,)) if helped else NOTHING


@READINGS.rule("event-noun-purpose", "„zur Unterstützung X“: the clause's subject supports or aids X, the noun's "
               "genitive: „Russland fliegt zur Unterstützung der syrischen Armee Luftangriffe“ → Russland → Syrien")
def _purpose(at: _At) -> _Reading | None:
    found = _help_noun_genitive(at, german.TO_CONTRACTIONS)
    if found is None:
        return None
    helped, roles = found
    givers = tuple(a for a in roles.subjects if a.key != helped.key)
    return _Reading(givers, (helped,), (0.8,), (roles.rule, "event-target-genitive")) if givers else NOTHING


@READINGS.rule("event-noun-received", "a noun of an act its clause's subject receives „von“ someone: „Die Ukraine "
               "erhält von den USA Militärhilfe“ → USA → Ukraine")
def _received(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    if not hit.noun or at.source is not None:
        return None
    first, last = sentence.clause_of(hit.index)
    verb = next((i for i in range(first, last) if sentence.words[i].verbish
                 and sentence.words[i].lemma in RECEIVING), None)
    giver = next((a for a in sentence.actors_in(first, last) if a.prep in german.SOURCE_PREPOSITIONS), None)
    if verb is None or giver is None:
        return None
    roles = find_subjects(sentence, verb, at.prev)
    if roles is None:
        return NOTHING
    received = tuple(a for a in roles.subjects if a.key != giver.key)
    return _Reading((giver,), received, (0.8,), (roles.rule,)) if received else NOTHING


ARRIVING = resources.load_word_list("arrival_verbs.tsv")        # "Kritik kam von X", "Lob gab es von X"


@READINGS.rule("event-noun-from", "a noun cue that „kommt“ or is „given“ „von“ someone is that one's act: „Kritik "
               "kam von den USA“, „Lob gab es von der UN für Österreich“ → UN SUPPORT Österreich")
def _noun_from(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    if not hit.noun or at.source is not None or at.under_verb or _material(hit):
        return None
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    if not any(words[i].lemma in ARRIVING for i in range(first, last) if not words[i].capitalized):
        return None
    givers = [a for a in sentence.actors_in(first, last) if a.prep in german.SOURCE_PREPOSITIONS
              and not _attribute(sentence, a)]     # not „ein von der Zeitung veröffentlichtes Foto“
    if not givers:
        return None
    givers += _coordinated_list(sentence, givers[0])
    slots = tuple(p for p in hit.entry.targets if p not in ("obj", GENITIVE_TARGET))
    targets = find_targets(sentence, hit.index, tuple(givers), slots) if slots else []
    # without a named target the reading is too often a misread (the target stood in an earlier sentence)
    return _Reading(tuple(givers), tuple(targets), (0.8,), ("event-target-slot",)) if targets else NOTHING


ENCOUNTERING = resources.load_word_list("encounter_verbs.tsv")   # "stieß auf Ablehnung"


@READINGS.rule("event-noun-met", "a plan or actor that „stößt auf“ a statement noun receives it from the one named "
               "„bei“ or „in“ it or in its genitive: „Der Vorschlag Frankreichs stieß in Deutschland auf Ablehnung“ → "
               "REJECT Deutschland → Frankreich")
def _noun_met(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    words = sentence.words
    if not hit.noun or _material(hit):
        return None
    k = word_before_modifiers(words, hit.index, over_determiners=False)     # "auf scharfe Kritik"
    first, last = sentence.clause_of(hit.index)
    verb = next((i for i in range(first, hit.index) if not words[i].capitalized and words[i].lemma in ENCOUNTERING), None)
    if words[k].lower not in german.ON_PREPOSITIONS or verb is None:
        return None
    genitive = _genitive(sentence, hit)
    actors = [genitive] if genitive is not None else [
        a for a in sentence.actors_in(first, last) if a.prep in german.MEETING_PREPOSITIONS and a.first > verb]
    # the plan's owner: its subject, or the agent inside it („Die von X erhobene Forderung stößt …“)
    met = [a for a in sentence.actors_in(first, verb) if a.key not in {x.key for x in actors}
           and (a.prep is None or (a.prep in german.FROM_PREPOSITIONS and _attribute(sentence, a, bracket=True)))]
    if not actors or not met:
        return NOTHING
    return _Reading(tuple(actors[:1]), tuple(met[:1]), (0.8,), (MET_AGENT,) if met[0].prep else ())




PARTICIPATING = resources.load_word_list("participation_verbs.tsv")   # "sich an X beteiligen"
JOINED_CODES = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "COERCE", "PROTEST"})


@READINGS.rule("event-noun-joined", "the subject of a verb of taking part („sich beteiligen an“, „teilnehmen an“) "
               "does the act the noun after „an“ names: „Deutschland beteiligt sich an der Militäraktion gegen den "
               "IS“ → ASSAULT Deutschland → IS")
def _noun_joined(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    words = sentence.words
    if not hit.noun or hit.entry.code not in JOINED_CODES:
        return None
    k = word_before_modifiers(words, hit.index, over_determiners=True)      # "an der gemeinsamen Militäraktion"
    first, last = sentence.clause_of(hit.index)
    verb = next((i for i in range(first, last) if not words[i].capitalized
                 and any(key in PARTICIPATING for key in verb_keys(words[i], _particle_of(sentence, i)))), None)
    if words[k].lower not in german.PARTICIPATION_PREPOSITIONS or verb is None:
        return None
    roles = find_subjects(sentence, verb, at.prev)
    if roles is None:
        return None         # the noun's own subject rules may still read it
    slots = tuple(p for p in hit.entry.targets if p not in ("obj", GENITIVE_TARGET))
    targets = find_targets(sentence, hit.index, roles.subjects, slots, noun=True) if slots else []
    return _Reading(roles.subjects, tuple(targets), (0.8,), (roles.rule, "event-target-slot")) if targets else NOTHING


COMPLYING = resources.load_word_list("compliance_verbs.tsv")     # "dem Wunsch X folgen"
AGREE_CUE = PloverCue(CONSTRUCTION_VERBS["compliance"], "verb", (), "AGREE", ("obj",), 0.5)


def _complied(sentence: Sentence, hit: _Hit, prev: Actor | None) -> tuple[Actor, Roles] | None:
    """The owner of a request noun („dem Wunsch Frankreichs“) and the subject of the verb that follows it."""
    if not hit.noun or hit.entry.code != "REQUEST":
        return None
    owner = _noun_source(sentence, hit)
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    verb = next((i for i in range(first, last) if i != hit.index and not words[i].capitalized
                 and any(key in COMPLYING for key in verb_keys(words[i], _particle_of(sentence, i)))), None)
    roles = find_subjects(sentence, verb, prev) if owner is not None and verb is not None else None
    return (owner, roles) if roles is not None and owner.key not in {a.key for a in roles.subjects} else None


@READINGS.rule("event-noun-complied", "a request whose owner is named and that someone „folgt“ or „nachkommt“ "
               "was made to that one, who agrees: „Deutschland beschloss, dem Wunsch Frankreichs zu folgen“ → "
               "REQUEST Frankreich → Deutschland, AGREE Deutschland → Frankreich")
def _noun_complied(at: _At) -> _Reading | None:
    # the events are `_compliances`': the request is presupposed (asserted) whatever the agreement's factuality
    return NOTHING if _complied(at.sentence, at.hit, at.prev) is not None else None


def _compliances(sentence: Sentence, hits: list[_Hit], prev: Actor | None,
                 reading: EntityReading) -> list[Interaction]:
    """The owner's REQUEST to whoever follows it, and that one's AGREE to the owner."""
    out: list[Interaction] = []
    for hit in hits:
        found = _complied(sentence, hit, prev)
        if found is not None:
            owner, roles = found
            told = read_factuality(sentence, hit.index, hit.noun)
            out += _emit(sentence, hit, reading, [owner], list(roles.subjects), hit.entry.confidence * 0.8,
                         ("event-cue-noun", "event-noun-complied", roles.rule))
            # deciding or promising to follow is the agreement itself (PLOVER AGREE: "express intent")
            factuality = "asserted" if told.factuality == "intended" else told.factuality
            out += _emit(sentence, _Hit(hit.index, AGREE_CUE, hit.noun), reading, list(roles.subjects), [owner],
                         AGREE_CUE.confidence, ("event-noun-complied", roles.rule, *told.rules), factuality)
    return out


REJECTED_REQUEST = declare("event-noun-rejected-request", "event cue", "a request noun whose owner is named, the "
                           "object of a refusal, was made to the one refusing: „Sanchez lehnte Iglesias' Forderung "
                           "nach Verhandlungen ab“ → REQUEST Iglesias → Sanchez (and his REJECT of Iglesias)")


_TITLE_REACH = 3       # words from a genitive article to the named owner: „des bayerischen Finanzministers X“


def _request_owner(sentence: Sentence, hit: _Hit) -> Actor | None:
    """Who made the request a noun names: the agent written on it, a named possessor in the genitive right
    before it („Putins Forderung“, „Iglesias' Forderung“) or a genitive title phrase after it („die Forderung des
    bayerischen Finanzministers X“)."""
    owner = _noun_source(sentence, hit)
    if owner is not None:
        return owner
    words, k = sentence.words, hit.index + 1
    if k < len(words) and words[k].lower in german.GENITIVE_ARTICLES:
        return next((a for a in sentence.actors if k < a.first <= k + _TITLE_REACH and a.prep is None
                     and not any(not w.text.isalpha() or w.verbish for w in words[k + 1:a.first])), None)
    return next((a for a in sentence.actors if a.last == hit.index - 1 and a.prep is None
                 and words[a.last].lower.endswith(("s", "'"))), None)


def _rejected_requests(sentence: Sentence, hits: list[_Hit], prev: Actor | None,
                       reading: EntityReading) -> list[Interaction]:
    """The owner's REQUEST to whoever refuses it, where a refusal verb has the request noun as object."""
    refusals = [h for h in hits if not h.noun and h.entry.code == "REJECT"]
    out: list[Interaction] = []
    for hit in hits if refusals else ():
        if not hit.noun or hit.entry.code != "REQUEST":
            continue
        clause = sentence.clause_of(hit.index)
        verb = next((r for r in refusals if sentence.clause_of(r.index) == clause and r.index < hit.index), None)
        owner = _request_owner(sentence, hit) if verb is not None else None
        roles = find_subjects(sentence, verb.index, prev) if verb is not None and owner is not None else None
        asked = [a for a in roles.subjects if a.key != owner.key] if roles is not None and owner is not None else []
        if owner is not None and asked and roles is not None:
            out += _emit(sentence, hit, reading, [owner], asked, hit.entry.confidence * 0.8,
                         ("event-cue-noun", REJECTED_REQUEST, roles.rule))
    return out


def _particle_of(sentence: Sentence, i: int) -> str | None:
    """The separable particle closing the clause of word i, if any („nahm … teil“)."""
    particle = clause_particle(sentence, *sentence.clause_of(i))
    return particle[0] if particle else None


def _material(hit: _Hit) -> bool:
    """The noun may name material aid („Unterstützung kommt vom Ministerium“: money): what arrives is no statement."""
    return any(c.code == "AID" for c in _index()[1].get(hit.entry.cue, ()))


def _coordinated_list(sentence: Sentence, head: Actor) -> list[Actor]:
    """The actors listed after `head` with its preposition carried over: „von den UN, den USA und der EU“."""
    return [a for a in sentence.actors if a.first > head.last and a.prep == head.prep and a.key != head.key
            and a.first - head.last <= 12]


@READINGS.rule("event-noun-between", "a mutual noun with two actors after „zwischen“ makes them act with "
               "each other: „die Einigung zwischen Russland und der Ukraine“")
def _noun_between(at: _At) -> _Reading | None:
    # "Gefechte zwischen X und Y": a fight has its two sides after "zwischen" too
    if not at.hit.noun or at.source is not None or (at.hit.entry.code not in MUTUAL
                                                    and german.BETWEEN_PREPOSITIONS.isdisjoint(at.hit.entry.targets)):
        return None
    pair = _between(at.sentence, at.hit)
    return _Reading(tuple(pair[:1]), tuple(pair[1:2]), (0.9,)) if pair else None


@READINGS.rule("event-noun-owner", "the agent written on a noun cue acts: „russischer Angriff auf die Ukraine“, "
               "„Angriff Russlands“")
def _noun_owner(at: _At) -> _Reading | None:
    if not at.hit.noun or at.source is None:
        return None
    return _noun_targets(at, (at.source,), ())


@READINGS.rule(THREATENED_ACT, "a hostile act governed by a threat verb of its subject („drohen“, a negated "
               "„ausschließen“) is that subject's THREATEN of the act's target, no act of its own: „Russland drohte, "
               "die Gaslieferungen an die Ukraine einzustellen“, „Putin schloss einen Atomangriff auf die Ukraine "
               "nicht aus“")
def _threatened_act(at: _At) -> _Reading | None:
    hit = at.hit
    if hit.entry.code not in HOSTILE_CODES or at.source is not None:
        return None
    threat = threat_of(at.sentence, hit.index, hit.noun)
    if threat is None:
        return None
    got = _noun_subject(at) if hit.noun else _active(at)
    roles = find_subjects(at.sentence, threat.verb, at.prev)
    if not got.targets or roles is None or {a.key for a in got.subjects} != {a.key for a in roles.subjects}:
        return None
    return got


def _threat(sentence: Sentence, hit: _Hit) -> tuple[_Hit, Reading]:
    """The THREATEN at the threat verb governing a hostile act, and how the text reports the threat."""
    threat = threat_of(sentence, hit.index, hit.noun)
    assert threat is not None       # the reading rule found it
    return _Hit(threat.verb, THREAT_CUE, False), threat_factuality(sentence, threat)


@READINGS.rule("event-noun-object", "a noun cue in a clause with a verb cue is that verb's object, "
               "no event of its own: „Russland bestreitet einen Angriff“")
def _noun_object(at: _At) -> _Reading | None:
    return NOTHING if at.hit.noun and at.under_verb else None


DECLARING = resources.load_word_list("declaring_verbs.tsv")     # "erklärte seinen Rücktritt"
DECLARED_CODES = frozenset({"REJECT", "RETREAT", "CONCEDE", "AGREE"})   # acts that need no one to act on


@READINGS.rule("event-noun-declared", "a noun cue of a refusal, concession, resignation or agreement that its "
               "subject declares is that subject's act also without a named target: „Die MHP hat ihren Verzicht auf "
               "eine Beteiligung erklärt“, „Der Minister reichte seinen Rücktritt ein“")
def _noun_declared(at: _At) -> _Reading | None:
    hit, sentence = at.hit, at.sentence
    if not hit.noun or hit.entry.code not in DECLARED_CODES or at.source is not None or at.under_verb:
        return None
    if not clause_has_verb(sentence, *sentence.clause_of(hit.index), DECLARING):
        return None
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None:
        return None
    if _noun_targets(at, roles.subjects, (0.8,)).subjects:
        return None         # a named target: `event-noun-subject` reads it („kündigte Widerstand gegen X an“)
    return _Reading(roles.subjects, (), (0.8,), (roles.rule, "event-untargeted"))


@READINGS.rule("event-noun-subject", "a noun cue's agent is the clause's subject: "
               "„Die USA verhängten Sanktionen gegen Russland“")
def _noun_subject(at: _At) -> _Reading | None:
    if not at.hit.noun:
        return None
    roles = find_subjects(at.sentence, at.hit.index, at.prev)
    return NOTHING if roles is None else _with_subject_rule(_noun_targets(at, roles.subjects, (0.8,)), roles)


def _with_subject_rule(got: _Reading, roles: Roles) -> _Reading:
    """The reading with the name of the subject rule that found its subjects."""
    return replace(got, rules=(roles.rule, *got.rules)) if got.subjects else got


def _noun_targets(at: _At, subjects: tuple[Actor, ...], factors: tuple[float, ...]) -> _Reading:
    """The target of a noun cue: its genitive, its preposition slot, or a mutual partner."""
    entry, sentence = at.hit.entry, at.sentence
    genitive = _genitive(sentence, at.hit) if GENITIVE_TARGET in entry.targets else None
    if genitive is not None and genitive.key not in {a.key for a in subjects}:
        return _Reading(subjects, (genitive,), factors, ("event-target-genitive",))
    slots = tuple(p for p in entry.targets if p not in ("obj", GENITIVE_TARGET)) or ("obj",)
    targets = find_targets(sentence, at.hit.index, subjects, slots, noun=True)
    if targets:
        return _Reading(subjects, tuple(targets), factors, ("event-target-slot",))
    owner = _owner_target(sentence, at.hit, subjects)
    if owner is not None:
        return _Reading(subjects, (owner,), factors, (OWNER_TARGET,))
    if entry.code in MUTUAL and at.source is not None:
        coordinated = _coordinated(sentence, at.source)
        return _Reading(subjects, tuple(coordinated), factors, ("event-target-coordinated",)) if coordinated \
            else NOTHING
    if entry.code in MUTUAL and len(subjects) >= 2:
        return _Reading(subjects[:1], subjects[1:], factors, ("event-target-partner",))
    if len(subjects) >= 2 and at.source is None and _reciprocal(sentence, at.hit):
        return _Reading(subjects, subjects, factors, (RECIPROCAL,))     # „machten sich gegenseitig Vorwürfe“
    victim = _passive_victim(at, subjects)
    if victim is not None:
        return _Reading(subjects, (victim,), factors, (PASSIVE_VICTIM,))
    return NOTHING          # a bare noun ("die Sanktionen") is too vague to be an event


PASSIVE_VICTIM = declare("event-target-passive-victim", "event target", "a hostile noun cue whose agent is "
                         "written on it, in a passive clause, acts on that clause's named subject: „Der IS-Chef "
                         "Abu Bakr wurde bei einem US-Luftangriff getötet“ → USA ASSAULT Abu Bakr")


def _passive_victim(at: _At, subjects: tuple[Actor, ...]) -> Actor | None:
    """The first bare actor of a passive clause around a hostile noun with its own agent, not that agent."""
    if at.source is None or at.hit.entry.code not in HOSTILE_CODES:
        return None
    sentence = at.sentence
    first, last = sentence.clause_of(at.hit.index)
    if not any(_participle(sentence.words[i]) and _passive(sentence, i) for i in range(first, last)):
        return None
    taken = {a.key for a in subjects}
    return next((a for a in sentence.actors_in(first, last) if a.prep is None and a.key not in taken), None)


def _participle(word: Word) -> bool:
    """A verb's past participle by its form: „getötet“, „festgenommen“ (not „nicht“, not an infinitive)."""
    return word.lower != word.lemma and word.lemma.endswith(german.INFINITIVE_ENDINGS) and \
        _participle_shape(word, strong=False)


def _participle_shape(word: Word, strong: bool) -> bool:
    """A lower-case word shaped like a past participle: in -t („verurteilt“, also where the lemma table misses
    it), or „ge…en“; with `strong`, any -en form with a lemma of its own („festgenommen“ → „festnehmen“)."""
    low = word.lower
    return word.text.islower() and (low.endswith("t") or (low.startswith(german.PARTICIPLE_PREFIX) and low.endswith("en"))
                                    or (strong and low.endswith("en") and low != word.lemma))


MET_AGENT = declare("event-noun-met-agent", TARGET_STAGE, "the plan that „stößt auf“ a statement noun is owned by "
                    "the agent inside it: „Die von Minister X erhobene Forderung stößt bei Y auf Ablehnung“ → REJECT "
                    "Y → X")
OWNER_TARGET = declare("event-target-owner", TARGET_STAGE, "for a verbal act without a named target, a state "
                      "adjective on its object names the target: „Chile lehnte die peruanischen Vorschläge ab“")
OWNER_CODES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})   # acts on what a state proposes, does or says


def _owner_target(sentence: Sentence, hit: _Hit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The state whose adjective stands on the cue's object, after the subject, in the cue's slot."""
    if hit.entry.code not in OWNER_CODES or not subjects:
        return None
    first, last = sentence.clause_of(hit.index)
    taken = {a.key for a in subjects}
    slots = set(hit.entry.targets)
    return next((a for a in sentence.owners if first <= a.first < last and a.key not in taken
                 and a.first > subjects[0].last and (a.prep in slots or (a.prep is None and "obj" in slots))), None)


FROM_OWNER = declare("event-target-object-owner", TARGET_STAGE, "for a verbal act without a named target, the "
                     "actor after „von“ on its object noun names the target: „Doskozil lobt die offene Art von "
                     "Mikl-Leitner“, „Foglar begrüßt den Vorschlag von Kanzler Faymann“")
FROM_MARK = "<owner>"      # the preposition slot an object's owner is marked with
_FROM_REACH = 3         # words from „von“ to the actor: a title may stand between („von Kanzler Faymann“)


def _from_owner(sentence: Sentence, hit: _Hit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The actor after „von“ right after a common noun that follows the subject in the cue's clause."""
    if hit.noun or hit.entry.code not in OWNER_CODES or "obj" not in hit.entry.targets or not subjects:
        return None
    first, last = sentence.clause_of(hit.index)
    words, taken = sentence.words, {a.key for a in subjects}
    for a in sentence.actors_in(first, last):
        if a.prep not in german.FROM_PREPOSITIONS or a.key in taken or a.first <= subjects[0].last:
            continue
        k = next((j for j in range(a.first - 1, max(first, a.first - _FROM_REACH) - 1, -1)
                  if words[j].lower in german.FROM_PREPOSITIONS), None)
        noun = k - 1 if k is not None else -1
        # the noun is the cue's object, not in a phrase of its own („für die Attacke auf ein Spital von X“)
        if noun > subjects[0].last and words[noun].capitalized and words[noun].text.isalpha() \
                and noun not in sentence.named and not any(x.first <= noun <= x.last for x in sentence.actors) \
                and words[word_before_modifiers(words, noun, over_determiners=True)].lower not in german.PREPOSITIONS:
            return replace(a, prep=FROM_MARK)
    return None


THREATENED = declare("event-target-conditional", TARGET_STAGE, "a threat without a named target is aimed at the "
                     "subject of the condition it sets: „Die Türkei drohte mit einer Reaktion, sollten Kämpfer der "
                     "YPG die Stadt einnehmen“ → YPG")
CONDITIONAL_OPENERS = german.CONDITIONALS
CONDITIONAL_MARK = "if"


def _threatened(sentence: Sentence, hit: _Hit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The first actor of the conditional clause right after a THREATEN cue's clause."""
    if hit.entry.code != "THREATEN":
        return None
    _, last = sentence.clause_of(hit.index)
    words = sentence.words
    lead = last + 1 if last < len(words) and words[last].text == "," else last
    if lead >= len(words) or words[lead].lower not in CONDITIONAL_OPENERS:
        return None
    end = sentence.clause_of(lead)[1]
    taken = {a.key for a in subjects}
    actor = next((a for a in sentence.actors_in(lead, end)
                  if a.key not in taken and (a.prep is None or a.prep in german.GENITIVE_ARTICLES)), None)
    return replace(actor, prep=CONDITIONAL_MARK) if actor is not None else None


declare("event-target-genitive", TARGET_STAGE, "the genitive after a noun cue is its target: "
        "„an der Seite der Ukraine“")
declare("event-target-slot", TARGET_STAGE, "the cue's object or preposition slot names its target: "
        "„kritisierte die Türkei“, „Angriff auf die Ukraine“")
declare("event-target-coordinated", TARGET_STAGE, "owners of a mutual noun joined by „und“ act with each "
        "other: „ein Großmanöver der USA und Südkoreas“")
declare("event-target-partner", TARGET_STAGE, "coordinated subjects of a mutual cue act with each other: "
        "„Merkel und Macron vereinbarten eine engere Zusammenarbeit“")


@READINGS.rule("event-attributive-agent", "a participle used as an adjective acts through its „von“ agent "
               "on the actor after it: „die von Russland unterstützte Regierung Syriens“")
def _attributive(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    agent = _attributive_agent(sentence, hit.index)
    if agent is None:
        return None
    targets = [a for a in sentence.actors if hit.index < a.first <= hit.index + 6 and a.key != agent.key][:1]
    return _Reading((agent,), tuple(targets), (0.8,), ("event-target-next",)) if targets else NOTHING


declare("event-target-next", TARGET_STAGE, "the target of an attributive participle is the actor right after it")


@READINGS.rule("event-passive", "a passive participle cue: the agent after „von“/„durch“ acts on the subject: "
               "„Der Journalist wurde von Russland festgenommen“")
def _passive_reading(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    if not _passive(sentence, hit.index):
        return None
    clause = sentence.actors_in(*sentence.clause_of(hit.index))
    found = PASSIVE_AGENTS.first(sentence, hit, clause)
    pair = [a for a in clause if a.prep in german.BETWEEN_PREPOSITIONS] if hit.entry.code in MUTUAL else []
    if found is None and len(pair) == 2:
        # "Der Vertrag zwischen Wien und Bratislava wurde unterzeichnet": the two sides did it
        return _Reading(tuple(pair[:1]), tuple(pair[1:2]), (0.8,), (PASSIVE_BETWEEN,))
    if found is None:
        return NOTHING
    name, subjects = found
    located = name in ("event-passive-locative", PASSIVE_HOME)
    keys = {s.key for s in subjects}
    targets = tuple(a for a in clause if a.prep is None and a.key not in keys)[:1]
    factors = (0.8, 0.8) if located else (0.8,)
    if targets:
        return _Reading(subjects, targets, factors, (name, "event-target-passive-subject"))
    antecedent = _antecedent(sentence, hit.index)
    if antecedent is not None and antecedent.key not in keys and at.reading is not None \
            and not any(_own(at.reading, s.key, antecedent.key) for s in subjects):
        return _Reading(subjects, (antecedent,), factors, (name, PASSIVE_ANTECEDENT))
    # a domestic legal act on unnamed people ("zu Haftstrafen verurteilt") is still one
    if (hit.entry.code in UNTARGETED_OK or located) and TARGET_NEEDED in hit.entry.targets:
        fired(NEEDS_TARGET)     # „wurde von der Nato gedrängt“: urged to do what, by whom on whom
    elif hit.entry.code in UNTARGETED_OK or located:
        return _Reading(subjects, (), factors, (name, "event-untargeted"))
    return NOTHING


PASSIVE_ANTECEDENT = declare("event-target-passive-antecedent", TARGET_STAGE, "the target of a passive cue in a "
                             "relative clause opened by a nominative relative pronoun is the actor the clause "
                             "follows: „Nawalny, der von Russland verhaftet worden war, …“ → Russland → Nawalny")


def _antecedent(sentence: Sentence, cue: int) -> Actor | None:
    """The actor right before the comma of the relative clause („, der von …“) the cue stands in."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    if words[first].text != "," or first + 1 >= last or words[first + 1].lower not in german.NOMINATIVE_RELATIVES:
        return None
    return next((a for a in sentence.actors if a.last == first - 1), None)


PASSIVE_BETWEEN = declare("event-passive-between", TARGET_STAGE, "a mutual act in the passive without an "
                          "agent is done by the two sides named after „zwischen“: „Der Vertrag zwischen Wien und "
                          "Bratislava wurde unterzeichnet“")
declare("event-target-passive-subject", TARGET_STAGE, "the target of a passive cue is its clause's bare actor")


@PASSIVE_AGENTS.rule("event-passive-agent", "the actor after „von“/„durch“/„seitens“, not an attribute "
                     "(„die von Russland unterstützten Separatisten“) nor a noun's complement "
                     "(„während des Besuchs von Papst Franziskus“)")
def _passive_agent(sentence: Sentence, hit: _Hit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    agents = tuple(a for a in clause if a.prep in german.AGENT_PREPOSITIONS
                   and not _attribute(sentence, a) and not _after_noun(sentence, a))[:1]
    return agents or None


@PASSIVE_AGENTS.rule("event-passive-locative", "a legal act done on a state's soil is that state's: "
                     "„In Nordkorea wurden zwei Amerikaner festgenommen“")
def _passive_locative(sentence: Sentence, hit: _Hit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if hit.entry.code not in LOCATIVE_AGENT_CODES:
        return None
    # the first such state, not "ein in Belgien gesuchter Algerier" inside the subject
    return tuple(a for a in sentence.actors if a.prep in german.IN_PREPOSITIONS and a.type == "State"
                 and a.last < hit.index)[:1] or None


@PASSIVE_AGENTS.rule("event-passive-summons", "a body summoning someone: „Der Botschafter wurde ins "
                     "Außenministerium einbestellt“")
def _passive_summons(sentence: Sentence, hit: _Hit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if hit.entry.code != "ACCUSE":
        return None
    return tuple(a for a in clause if a.prep in german.INTO_CONTRACTIONS and a.last < hit.index)[:1] or None


@PASSIVE_AGENTS.rule("event-passive-noun-agent", "a hostile passive without an agent is done by the agent written "
                     "on a hostile noun of its clause: „Bei israelischen Luftangriffen wurden drei Palästinenser "
                     "getötet“, „bei Angriffen von Palästinensern wurden 24 Israelis getötet“")
def _passive_noun_agent(sentence: Sentence, hit: _Hit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if hit.entry.code not in HOSTILE_CODES:
        return None
    first, last = sentence.clause_of(hit.index)
    for noun in find_cues(sentence):
        if not noun.noun or noun.entry.code != hit.entry.code or not first <= noun.index < last:
            continue
        if not _on_occasion(sentence, noun.index, first):
            continue        # „Nach einem US-Haftbefehl wurde X verhaftet“: what came before, not the act itself
        agent = _noun_source(sentence, noun) or _written_agent(sentence, noun.index)
        if agent is not None:
            return (replace(agent, prep=None),)
    return None


PASSIVE_HOME = "event-passive-home-state"


@PASSIVE_AGENTS.rule(PASSIVE_HOME, "a legal act in the passive with no agent and no state named where it was done "
                     "on a person the text names is done by the state the article is about, where its dateline "
                     "lies: „Chicago – … Hasan E. war am Flughafen festgenommen worden“ → USA")
def _passive_home(sentence: Sentence, hit: _Hit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if hit.entry.code not in LOCATIVE_AGENT_CODES or sentence.home is None:
        return None
    # the act falls on a person the text names („Badawi war festgenommen worden“), not on a group described
    first, last = sentence.clause_of(hit.index)
    if not any(first <= p < hit.index for p in sentence.persons) or any(a.type == "State" for a in clause):
        return None
    return (Actor(sentence.home, "State", hit.index, hit.index, None, resolved=True),)


OCCASION_PREPOSITIONS = german.OCCASION_PREPOSITIONS | german.BY_PREPOSITIONS
_OCCASION_REACH = 8     # words from „bei“ to its noun: „bei mit Messern oder Autos verübten Angriffen“


def _on_occasion(sentence: Sentence, noun: int, first: int) -> bool:
    """The noun stands in a „bei“ or „durch“ phrase of its clause, no auxiliary between."""
    words = sentence.words
    for k in range(noun - 1, max(first, noun - _OCCASION_REACH) - 1, -1):
        if words[k].lower in OCCASION_PREPOSITIONS:
            return True
        if words[k].lower in PASSIVE_AUXILIARIES:
            return False
    return False


def _written_agent(sentence: Sentence, noun: int) -> Actor | None:
    """A state adjective owning the noun („israelischen Luftangriffen“) or the actor after „von“ right after it."""
    owner = next((a for a in sentence.owners if a.last == noun - 1), None)
    if owner is not None:
        return owner
    words = sentence.words
    if noun + 1 < len(words) and words[noun + 1].lower in german.FROM_PREPOSITIONS:
        return next((a for a in sentence.actors if a.first in (noun + 2, noun + 3) and a.prep in german.FROM_PREPOSITIONS),
                    None)
    return None


@READINGS.rule("event-active-subject", "the subject by word order acts on the cue's object or slot: "
               "„Am Donnerstag kritisierte Merkel die Türkei“")
def _active(at: _At) -> _Reading | None:
    sentence, hit = at.sentence, at.hit
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None:
        return NOTHING
    subjects, factors = roles.subjects, (0.8,) if roles.borrowed else ()
    targets = find_targets(sentence, hit.index, subjects, hit.entry.targets)
    if targets:
        return _Reading(subjects, tuple(targets), factors, (roles.rule, "event-target-slot"))
    owner = _owner_target(sentence, hit, subjects) or _threatened(sentence, hit, subjects) \
        or _from_owner(sentence, hit, subjects)
    if owner is not None:
        rule = {CONDITIONAL_MARK: THREATENED, FROM_MARK: FROM_OWNER}.get(owner.prep or "", OWNER_TARGET)
        return _Reading(subjects, (owner,), factors, (roles.rule, rule))
    if len(subjects) >= 2 and _reciprocal(sentence, hit):
        return _Reading(subjects, subjects, factors, (roles.rule, RECIPROCAL))
    if len(subjects) >= 2 and _hostile_reflexive(sentence, hit):
        return _Reading(subjects, subjects, factors, (roles.rule, RECIPROCAL_HOSTILE))
    claimant = _claimant(sentence, hit, subjects)
    if claimant is not None:
        return _Reading(subjects, (claimant,), factors, (roles.rule, CLAIMANT))
    if len(subjects) >= 2 and hit.entry.code in MUTUAL:
        # "Merkel und ich haben übereingestimmt": coordinated subjects act on each other
        return _Reading(subjects[:1], subjects[1:], factors, (roles.rule, "event-target-partner"))
    if hit.entry.code in UNTARGETED_OK and TARGET_NEEDED in hit.entry.targets:
        fired(NEEDS_TARGET)
    elif hit.entry.code in UNTARGETED_OK and _pronoun_object(sentence, hit):
        fired(PRONOUN_OBJECT)
    elif hit.entry.code in UNTARGETED_OK:
        return _Reading(subjects, (), factors, (roles.rule, "event-untargeted"))
    elif _armed_violence(at, roles):
        return _Reading(subjects, (), factors, (roles.rule, UNTARGETED_VIOLENCE))
    return NOTHING


UNTARGETED_VIOLENCE = declare("event-untargeted-violence", TARGET_STAGE, "a violent verb whose subject in its own "
                              "clause is a state or an armed group is an ASSAULT even where no target actor is "
                              "named: „Die Rebellen überrannten den Stützpunkt“, „Die Armee erschoss zwei Männer“")


_VIOLENCE_REACH = 3      # words from the verb to an inverted subject: „erschoss die israelische Armee“


def _armed_violence(at: _At, roles: Roles) -> bool:
    """An ASSAULT verb (not one the lexicon marks „needed“) done by states or armed groups named in its clause."""
    entry = at.hit.entry
    if entry.code != "ASSAULT" or at.hit.noun or TARGET_NEEDED in entry.targets:
        return False
    (first, last), cue, words = at.sentence.clause_of(at.hit.index), at.hit.index, at.sentence.words
    if hearsay(at.sentence, first, last) or any(words[i].lower in OWN_COUNTRY and words[i - 1].lower
                                                in DETERMINERS for i in range(max(first, 1), last)):
        return False    # an allegation („soll … angegriffen haben“), or a state unresolved („griff das Land an“)
    # before the verb or right after it („erschoss die israelische Armee“), not deep in a phrase after it
    return all((a.type == "State" or a.key in at.armed) and first <= a.first <= cue + _VIOLENCE_REACH
               for a in roles.subjects)


VIOLENCE_COVERED = declare("event-untargeted-violence-covered", GUARD_STAGE, "an untargeted ASSAULT of a source "
                           "the article names as assaulting someone adds nothing: „Der IS eroberte die Stadt. Die "
                           "Dschihadisten griffen dann die Armee Syriens an“ is one ASSAULT, on Syrien")


def _uncovered(events: list[Interaction]) -> list[Interaction]:
    """The events without the untargeted violence (`event-untargeted-violence`) that a targeted one covers."""
    loose = [e for e in events if UNTARGETED_VIOLENCE in e.rules]
    if not loose:
        return events
    targeted = {(e.code, e.source) for e in events if e.target is not None}
    covered = {id(e) for e in loose if (e.code, e.source) in targeted}
    for _ in covered:
        fired(VIOLENCE_COVERED)
    return [e for e in events if id(e) not in covered]


RECIPROCAL = declare("event-target-reciprocal", TARGET_STAGE, "coordinated subjects with „sich gegenseitig“ or "
                     "„einander“ act on each other: „Russland und die Ukraine warfen sich gegenseitig Verstöße vor“ → "
                     "ACCUSE both ways")


RECIPROCAL_HOSTILE = declare("event-target-reciprocal-hostile", TARGET_STAGE, "coordinated subjects of an "
                             "accusation, threat or attack with a bare „sich“ as its object act on each other (no "
                             "side accuses itself): „Beide Seiten warfen sich Verstöße vor“ → ACCUSE both ways")
# acts no one does to himself: their bare "sich" with two subjects is reciprocal ("verteidigten sich" is not)
HOSTILE_RECIPROCAL_CODES = frozenset({"ACCUSE", "THREATEN", "ASSAULT"})
REFLEXIVE = german.REFLEXIVE_PRONOUN


def _hostile_reflexive(sentence: Sentence, hit: _Hit) -> bool:
    """A hostile verb cue with a bare „sich“ after it in its own clause."""
    if hit.noun or hit.entry.code not in HOSTILE_RECIPROCAL_CODES or "obj" not in hit.entry.targets:
        return False
    _, last = sentence.clause_of(hit.index)
    return any(w.lower == REFLEXIVE for w in sentence.words[hit.index + 1:last])


def _reciprocal(sentence: Sentence, hit: _Hit) -> bool:
    """The cue's clause says its subjects act on each other."""
    first, last = sentence.clause_of(hit.index)
    return any(w.lower in german.EACH_OTHER for w in sentence.words[first:last])


CLAIMANT = declare("event-target-claimant", TARGET_STAGE, "a denial in a „was“ clause denies what the main "
                   "clause's subject said: „Kiew wirft Moskau vor, Truppen zu verlegen, was Moskau bestreitet“ → "
                   "REJECT Russland → Ukraine")


def _claimant(sentence: Sentence, hit: _Hit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The subject of the main clause before a „was“ clause whose REJECT cue has no target of its own."""
    if hit.entry.code != "REJECT":
        return None
    first, _ = sentence.clause_of(hit.index)
    lead = first + 1 if sentence.words[first].text == "," else first
    if lead >= len(sentence.words) or sentence.words[lead].lower not in german.CLAUSE_RELATIVES:
        return None
    main = main_subject(sentence)
    taken = {a.key for a in subjects}
    return main if main is not None and main.key not in taken and main.last < first else None


UNTARGETED_COVERED = declare("event-untargeted-covered", GUARD_STAGE, "an untargeted event of a sentence that "
                             "also has the same act of the same source with a target adds nothing: „Mexiko müsse "
                             "sich entschuldigen, forderte Ebrard“ is one REQUEST, to Mexiko")
NEEDS_TARGET = declare("event-target-needed", GUARD_STAGE, "a cue the lexicon marks „needed“ is no event without "
                       "a named target: „Obama drängte auf Spannungsabbau“ urges no one")
PRONOUN_OBJECT = declare("event-target-pronoun", GUARD_STAGE, "a cue whose object is a pronoun names a target "
                         "the reading cannot: no untargeted event: „Merkel hat ihn um Erläuterungen gebeten“")


def _pronoun_object(sentence: Sentence, hit: _Hit) -> bool:
    """The cue's clause holds an object-only pronoun ("ihn", "ihm", "ihnen") and the cue takes an object."""
    first, last = sentence.clause_of(hit.index)
    return "obj" in hit.entry.targets and any(w.lower in german.OBJECT_ONLY_PRONOUNS
                                              for w in sentence.words[first:last])


declare("event-untargeted", TARGET_STAGE, "a statement without a named target is an event for some codes "
        "only: „Moskau bestreitet die Vorwürfe“")


def _between(sentence: Sentence, hit: _Hit) -> list[Actor]:
    """The two actors after "zwischen" following a noun."""
    pair = [a for a in sentence.actors if a.prep in german.BETWEEN_PREPOSITIONS and hit.index < a.first <= hit.index + 8]
    return pair[:2] if len(pair) >= 2 else []


def _emit(sentence: Sentence, hit: _Hit, reading: EntityReading, subjects: list[Actor], targets: list[Actor],
          confidence: float, rules: tuple[str, ...], factuality: Factuality = "asserted") -> list[Interaction]:
    evidence = Evidence(sentence.text, sentence.start, sentence.end)
    cue = sentence.words[hit.index].text
    out: list[Interaction] = []
    for subject in subjects:
        for target in targets or [None]:
            domestic = target is not None and _domestic(reading, subject.key, target.key, hit.entry.code)
            if target is not None and (target.key == subject.key
                                       or not domestic and _own(reading, subject.key, target.key)):
                continue
            conf = confidence * (0.8 if subject.resolved else 1.0) * (0.9 if target is None else 1.0)
            out.append(Interaction(hit.entry.code, subject.key, target.key if target else None,
                                   evidence, round(conf, 3), cue, factuality=factuality,
                                   rules=(*rules, DOMESTIC) if domestic else rules))
    return out


ANSWERED = declare("event-target-accuser", TARGET_STAGE, "a rejection without a named target answers the "
                   "accusation, demand or threat aimed at its source in its own or the sentence before: „Die Ukraine "
                   "warf Russland vor, die Waffenruhe zu brechen. Moskau wies die Vorwürfe zurück“ → REJECT "
                   "Russland → Ukraine")
ANSWERED_CODES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
UNTARGETED = "event-untargeted"
_NEXT_SENTENCE_GAP = 2      # characters between one sentence's end and the next one's start


def _answered(events: list[Interaction]) -> list[Interaction]:
    """The events (in text order), each untargeted REJECT aimed at whoever just accused, asked or threatened its source."""
    out: list[Interaction] = []
    for event in events:
        if event.code == "REJECT" and event.target is None:
            cause = next((c for c in reversed(out) if c.code in ANSWERED_CODES and c.target == event.source
                          and c.source != event.source and _adjacent(c.evidence, event.evidence)), None)
            if cause is not None:
                rules = tuple(r for r in event.rules if r != UNTARGETED)
                event = replace(event, target=cause.source, rules=(*rules, ANSWERED))
        out.append(event)
    return out


def _adjacent(before: Evidence, after: Evidence) -> bool:
    """Two pieces of evidence are one sentence, or the second follows the first right away."""
    return before.start == after.start or 0 <= after.start - before.end <= _NEXT_SENTENCE_GAP


def read_interactions(doc: Doc, article: Article, reading: EntityReading) -> list[Interaction]:
    """All PLOVER interactions of the article, in text order, without repeats per sentence."""
    sentences = read_sentences(doc, article, reading)
    out: list[Interaction] = []
    seen: set[tuple[str, str, str | None, int]] = set()
    consulted: set[tuple[frozenset[str], int]] = set()
    for sentence in sentences:
        found = _events_of(sentence, previous_subject(sentences, sentence.index), reading)
        targeted = {(e.code, e.source) for e in found if e.target is not None}
        for event in found:
            key = (event.code, event.source, event.target, event.evidence.start)
            if key in seen:
                continue
            if event.target is None and (event.code, event.source) in targeted:
                fired(UNTARGETED_COVERED)   # "…, forderte Ebrard" beside his REQUEST to Mexiko
                continue
            seen.add(key)
            if event.code == "CONSULT" and event.target:
                consulted.add((frozenset((event.source, event.target)), event.evidence.start))
            out.append(event)
    acts_for = {(a.key, a.of) for sentence in sentences for a in sentence.actors if a.of}
    for talks in read_consultations(doc, article, reading):
        if len(talks.participants) != 2 or talks.kind not in CONSULT_KINDS:
            continue
        source, target = talks.participants
        if _own(reading, source, target) or (source, target) in acts_for or (target, source) in acts_for:
            continue        # an official and the body he sits in or the state he serves
        if (frozenset((source, target)), talks.evidence.start) in consulted:
            continue
        consulted.add((frozenset((source, target)), talks.evidence.start))
        told = talks_factuality(talks)
        out.append(Interaction("CONSULT", source, target, talks.evidence, round(talks.confidence * 0.9, 3),
                               None, factuality=told.factuality,
                               rules=(CONSULT_FROM_TALKS, *talks.rules, *told.rules)))
    out = _uncovered(_answered(out))
    out.sort(key=lambda e: e.evidence.start)
    log.debug("%s: %d interactions", article.id, len(out))
    return out

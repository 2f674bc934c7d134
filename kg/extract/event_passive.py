"""Reading rules for participles, tried after `kg.extract.event_governed`: an attributive
participle acts through its „von“ agent („die von Russland unterstützte Regierung Syriens“), a
passive cue through its agent (`PASSIVE_AGENTS`, in order: „von“/„durch“ X, the state where a
legal act — an arrest, conviction or release, or a judicial ACCUSE of `judicial_verbs.tsv`: „Gegen X wird
ermittelt“ — was done, a summoning ministry, the agent written on a hostile noun of the clause,
the article's home state) on its clause's subject or the actor a relative clause follows
(„Nawalny, der von Russland verhaftet worden war“).
"""
from __future__ import annotations

from dataclasses import replace

from kg import german, resources
from kg.extract.charges import charged
from kg.extract.clauses import Actor, Sentence
from kg.extract.cue_scan import event_cues
from kg.extract.event_cues import TARGET_NEEDED, CueHit
from kg.extract.event_phrases import (ELIDED_PASSIVE, after_noun, attributive_agent, attributive_participle,
                                      elided_passive, in_attribute, is_participle, noun_source, passive_cue)
from kg.extract.event_reading import (HOSTILE_CODES, MUTUAL, NEEDS_TARGET, NOTHING, TARGET_STAGE, UNTARGETED_OK, At,
                                      CueReading, same_side)
from kg.extract.roles import find_subjects
from kg.extract.rules import declare, fired, Stage
from kg.german import PASSIVE_AUXILIARIES


PASSIVE_READINGS = Stage("event reading")


# Legal acts a state does on its own soil: "in Nordkorea festgenommen" names the state acting.
LOCATIVE_AGENT_CODES = frozenset({"COERCE", "SANCTION", "RETREAT"})
# of which a state's soil names the agent only when the act falls on a person the text names: „In der Türkei
# wurde der Journalist X freigelassen“, not „In Afghanistan wurden Truppen abgezogen“
RELEASE_CODES = frozenset({"RETREAT"})


PASSIVE_AGENTS = Stage("passive agent")


# ACCUSE cues of judicial proceedings: their agentless passive is a state's legal act too („Gegen X wird ermittelt“)
JUDICIAL_CUES = frozenset(row[0] for row in resources.commented_rows("judicial_verbs.tsv"))


JUDICIAL = declare("event-passive-judicial", TARGET_STAGE, "a judicial ACCUSE cue (`judicial_verbs.tsv`) in the "
                   "passive with no agent is a legal act like an arrest, the state's where it was done, else the home "
                   "state's, on the actor in its slot: „Kairo – … Gegen Ex-Präsident X wird wegen Spionage ermittelt“ "
                   "→ Ägypten ACCUSE X")


def _legal(sentence: Sentence, hit: CueHit) -> bool:
    """A cue whose agentless passive a state does: an arrest, conviction or release, or a judicial ACCUSE cue."""
    return hit.entry.code in LOCATIVE_AGENT_CODES or _judicial(sentence, hit)


def _judicial(sentence: Sentence, hit: CueHit) -> bool:
    """A judicial ACCUSE cue, or an accusation cue with an offence in its clause and no agent phrase („von X“)."""
    if hit.entry.code == "ACCUSE" and hit.entry.cue in JUDICIAL_CUES:
        return True
    return _charge(sentence, hit)


def _charge(sentence: Sentence, hit: CueHit) -> bool:
    return charged(sentence, hit) and not _agent_phrase(sentence, hit)


CHARGE = declare("event-passive-charge", TARGET_STAGE, "an accusation cue („vorwerfen“, „beschuldigen“: `charge_"
                 "verbs.tsv`) in the passive with no agent, whose clause names a criminal offence (`offence_nouns.tsv`), "
                 "is a criminal charge, a state's legal act like „anklagen“: „Kairo – Dem Ex-Minister Amr Saleh wird "
                 "Untreue vorgeworfen“ → Ägypten ACCUSE Saleh; not blame („Ihm wird Arroganz vorgeworfen“) nor with an "
                 "agent phrase („von Kritikern“)")


def _agent_phrase(sentence: Sentence, hit: CueHit) -> bool:
    """The clause holds a „von“/„durch“ phrase, an agent the text names even where it is no actor („von Kritikern“)."""
    first, last = sentence.clause_of(hit.index)
    return any(w.lower in german.AGENT_PREPOSITIONS for w in sentence.words[first:last])


ATTRIBUTIVE_AGENT = "event-attributive-agent"


@PASSIVE_READINGS.rule(ATTRIBUTIVE_AGENT, "a participle used as an adjective acts through its „von“ agent "
               "on the actor after it: „die von Russland unterstützte Regierung Syriens“")
def _attributive(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    agent = attributive_agent(sentence, hit.index)
    if agent is None:
        return None
    targets = [a for a in sentence.actors if hit.index < a.first <= hit.index + 6 and a.key != agent.key][:1]
    return CueReading((agent,), tuple(targets), (0.8,), ("event-target-next",)) if targets else NOTHING


declare("event-target-next", TARGET_STAGE, "the target of an attributive participle is the actor right after it")


@PASSIVE_READINGS.rule("event-attributive-unowned", "a participle cue used as an adjective, after an article or "
                       "adjective and before its noun, with no „von“ agent, names an act no actor of the clause is "
                       "said to do: „Die EU lehnte die geforderten Reformen ab“, „Die USA begrüßten die vereinbarte "
                       "Waffenruhe“ (no REQUEST, no AGREE of theirs)")
def _attributive_unowned(at: At) -> CueReading | None:
    return NOTHING if not at.hit.noun and attributive_participle(at.sentence, at.hit.index) else None


@PASSIVE_READINGS.rule("event-passive", "a passive participle cue: the agent after „von“/„durch“ acts on the subject: "
               "„Der Journalist wurde von Russland festgenommen“")
def _passive_reading(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    if passive_cue(sentence, hit.index):
        return _passive(at)
    if not elided_passive(sentence, hit):
        return None
    reading = _passive(at)      # „Max Muster von der EU-Kommission verklagt.“
    return replace(reading, rules=(ELIDED_PASSIVE, *reading.rules)) if reading.subjects else reading


def _passive(at: At) -> CueReading:
    """The agent of a passive cue on its clause's subject (`_passive_reading`)."""
    sentence, hit = at.sentence, at.hit
    clause = sentence.clause_actors(hit.index)
    found = PASSIVE_AGENTS.first(sentence, hit, clause)
    pair = [a for a in clause if a.prep in german.BETWEEN_PREPOSITIONS] if hit.entry.code in MUTUAL else []
    if found is None and len(pair) == 2:
        # "Der Vertrag zwischen Österreich und der Slowakei wurde schon Mitte Juli unterzeichnet": the two sides did it
        return CueReading(tuple(pair[:1]), tuple(pair[1:2]), (0.8,), (PASSIVE_BETWEEN,))
    if found is None:
        return NOTHING
    agent_rule, subjects = found
    located = agent_rule in ("event-passive-locative", PASSIVE_HOME)
    keys = {s.key for s in subjects}
    judicial = _judicial(sentence, hit) and located     # „Gegen X wird ermittelt“: the state's investigation of X
    slots = hit.entry.targets if judicial else ()
    targets = tuple(a for a in clause if (a.prep is None or a.prep in slots) and a.key not in keys)[:1]
    if targets and located and _described_only(sentence, hit):
        # „Sie sagte der Agentur AFP, der Politiker sei aus der Haft entlassen worden“: not AFP; „der US-Student“: USA
        targets = tuple(t for t in targets if t.type == "State" and _nationality(t, hit))
    name = ((agent_rule, JUDICIAL, CHARGE) if _charge(sentence, hit) else (agent_rule, JUDICIAL)) if judicial \
        else (agent_rule,)
    factors = (0.8, 0.8) if located else (0.8,)
    if targets:
        return CueReading(subjects, targets, factors, (*name, "event-target-passive-subject"))
    antecedent = _antecedent(sentence, hit.index)
    if antecedent is not None and antecedent.key not in keys and at.reading is not None \
            and not any(same_side(at.reading, s.key, antecedent.key) for s in subjects):
        return CueReading(subjects, (antecedent,), factors, (*name, PASSIVE_ANTECEDENT))
    # a domestic legal act on unnamed people ("zu Haftstrafen verurteilt") is still one
    if (hit.entry.code in UNTARGETED_OK or located) and TARGET_NEEDED in hit.entry.targets:
        fired(NEEDS_TARGET)     # „wurde von der Nato gedrängt“: urged to do what, by whom on whom
    elif hit.entry.code in UNTARGETED_OK or located:
        return CueReading(subjects, (), factors, (*name, "event-untargeted"))
    return NOTHING


STATIVE_CODES = frozenset({"REQUEST", "ACCUSE", "SANCTION", "COERCE", "THREATEN", "SUPPORT", "REJECT"})
SEIN_PERFECT = resources.load_word_list("sein_perfect_verbs.tsv")     # „ist gegen X vorgegangen“: the subject acted


@PASSIVE_READINGS.rule("event-stative-passive", "a participle cue after a form of „sein“ with no „werden“ or „haben“ "
                       "in its clause states what its subject has undergone, no act of it: „Die Ministerin sei "
                       "gefordert“, „Die Holding ist dem Ministerium unterstellt“, „Landesrat X ist angeklagt“ (read as "
                       "a passive: its agent after „von“, else none; with no actor as subject only on people it counts: „Drei Manager sind "
                       "wegen Betrugs angeklagt“, or a custody or charge cue on people it describes: „Der Kassier ist "
                       "der Untreue angeklagt“); not a verb whose perfect takes „sein“ (`sein_"
                       "perfect_verbs.tsv`: „Die Behörde ist gegen X vorgegangen“) nor where the subject is borrowed from outside the "
                       "clause")
def _stative_passive(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    word = sentence.words[hit.index]
    if hit.noun or hit.entry.code not in STATIVE_CODES or not hit.entry.cue.endswith(german.INFINITIVE_ENDINGS) \
            or hit.entry.cue in SEIN_PERFECT or not is_participle(word):
        return None
    first, last = sentence.clause_of(hit.index)
    clause = [w.lower for w in sentence.words[first:last]]
    if not german.BE_FORMS.intersection(clause) or german.HAVE_BE.difference(german.BE_FORMS).intersection(clause) \
            or PASSIVE_AUXILIARIES.intersection(clause) or german.MODALS.intersection(clause):
        return None
    roles = find_subjects(sentence, hit.index, at.prev)
    if roles is None and (_counted(sentence, hit) or _described(sentence, hit)):
        return _passive(at)     # „Mehrere Verdächtige sind in Belgien angeklagt“: people no actor names
    if roles is None or not first <= roles.subjects[0].first < last:
        return None         # a subject from outside the clause: the speaker's demand, read as his act
    return _passive(at)


PASSIVE_ANTECEDENT = declare("event-target-passive-antecedent", TARGET_STAGE, "the target of a passive cue in a "
                             "relative clause opened by a nominative relative pronoun is the actor the clause "
                             "follows: „Nawalny, der von Russland verhaftet worden war, …“ → Russland → Nawalny")


def _antecedent(sentence: Sentence, cue: int) -> Actor | None:
    """The actor right before the comma of the relative clause („, der von …“) the cue stands in."""
    first, last = sentence.clause_of(cue)
    words = sentence.words
    if words[first].text != "," or first + 1 >= last or words[first + 1].lower not in german.NOMINATIVE_RELATIVES:
        return None
    if first + 2 < last and words[first + 2].capitalized:
        return None         # „…, der Politiker sei entlassen worden“: an article before its noun, no relative pronoun
    return next((a for a in sentence.actors if a.last == first - 1), None)


PASSIVE_BETWEEN = declare("event-passive-between", TARGET_STAGE, "a mutual act in the passive without an "
                          "agent is done by the two sides named after „zwischen“: „Der Vertrag zwischen Österreich "
                          "und der Slowakei wurde schon Mitte Juli unterzeichnet“")


declare("event-target-passive-subject", TARGET_STAGE, "the target of a passive cue is its clause's bare actor")


@PASSIVE_AGENTS.rule("event-passive-agent", "the actor after „von“/„durch“/„seitens“, not an attribute "
                     "(„die von Russland unterstützten Separatisten“) nor a noun's complement "
                     "(„während des Besuchs von Kanzler Max Muster“)")
def _passive_agent(sentence: Sentence, hit: CueHit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    agents = tuple(a for a in clause if a.prep in german.AGENT_PREPOSITIONS
                   and not in_attribute(sentence, a) and not after_noun(sentence, a))[:1]
    return agents or None


@PASSIVE_AGENTS.rule("event-passive-locative", "a legal act done on a state's soil is that state's: "
                     "„In Nordkorea wurden zwei Amerikaner festgenommen“")
def _passive_locative(sentence: Sentence, hit: CueHit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if not _legal(sentence, hit) or (hit.entry.code in RELEASE_CODES and not _named(sentence, hit)):
        return None
    # the first such state, not "ein in Belgien gesuchter Algerier" inside the subject
    return tuple(a for a in sentence.actors if a.prep in german.IN_PREPOSITIONS and a.type == "State"
                 and a.last < hit.index)[:1] or None


@PASSIVE_AGENTS.rule("event-passive-summons", "a body summoning someone: „Der Botschafter wurde ins "
                     "Außenministerium einbestellt“")
def _passive_summons(sentence: Sentence, hit: CueHit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if hit.entry.code != "ACCUSE":
        return None
    return tuple(a for a in clause if a.prep in german.INTO_CONTRACTIONS and a.last < hit.index)[:1] or None


@PASSIVE_AGENTS.rule("event-passive-noun-agent", "a hostile passive without an agent is done by the agent written "
                     "on a hostile noun of its clause: „Bei israelischen Luftangriffen wurden drei Palästinenser "
                     "getötet“, „bei Angriffen von Palästinensern wurden 24 Israelis getötet“")
def _passive_noun_agent(sentence: Sentence, hit: CueHit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if hit.entry.code not in HOSTILE_CODES:
        return None
    first, last = sentence.clause_of(hit.index)
    for noun in event_cues(sentence):
        if not noun.noun or noun.entry.code != hit.entry.code or not first <= noun.index < last:
            continue
        if not _on_occasion(sentence, noun.index, first):
            continue        # „Nach einem US-Haftbefehl wurde X verhaftet“: what came before, not the act itself
        agent = noun_source(sentence, noun) or _written_agent(sentence, noun.index)
        if agent is not None:
            return (replace(agent, prep=None),)
    return None


PASSIVE_HOME = "event-passive-home-state"


@PASSIVE_AGENTS.rule(PASSIVE_HOME, "a legal act in the passive with no agent and no state named where it was done "
                     "on a person the text names is done by the state the article is about, where its dateline "
                     "lies: „Chicago – … Hasan E. war am Flughafen festgenommen worden“ → USA")
def _passive_home(sentence: Sentence, hit: CueHit, clause: list[Actor]) -> tuple[Actor, ...] | None:
    if not _legal(sentence, hit) or sentence.home is None or not _on_people(sentence, hit, clause):
        return None
    return (Actor.referred(sentence.home, "State", hit.index),)


def _on_people(sentence: Sentence, hit: CueHit, clause: list[Actor]) -> bool:
    """The act falls on people the text names or counts, and the clause names no state but theirs."""
    states = {a.key for a in clause if a.type == "State"}
    if len(states) > 1 or any(a.type == "State" and not _nationality(a, hit) for a in clause):
        return False    # „der Australier X, der Kanadier Y und der Ägypter Z wurden verurteilt“: whose act is unclear
    if not (_named(sentence, hit) or _counted(sentence, hit)):
        if not _described(sentence, hit):
            return False
        fired(DESCRIBED_PEOPLE)
    if states:
        fired(FOREIGN_DETAINEE)
    return True


CUSTODY_VERBS = frozenset(row[0] for row in resources.commented_rows("custody_verbs.tsv"))
CUSTODY_CODES = LOCATIVE_AGENT_CODES | {"ACCUSE"}     # „verurteilen“ convicts only in its SANCTION reading (Haft)


DESCRIBED_PEOPLE = declare("event-passive-described-people", TARGET_STAGE, "an arrest, charge, conviction, deportation "
                           "or release from prison (`custody_verbs.tsv`) in the passive with no agent falls on people "
                           "by its meaning, also where the text only describes them, and is the state's as on a person "
                           "it names, untargeted: „Graz – … Ein Verdächtiger wurde am Montag festgenommen“ → Österreich "
                           "COERCE; not a seizure of things („Munition wurde beschlagnahmt“)")


def _described_only(sentence: Sentence, hit: CueHit) -> bool:
    """The act falls on people the text describes, neither named nor counted: no actor of the clause is acted on."""
    return _described(sentence, hit) and not (_named(sentence, hit) or _counted(sentence, hit))


def _described(sentence: Sentence, hit: CueHit) -> bool:
    """A cue of `custody_verbs.tsv` in its legal reading (its object is a person, named or not), or a charge that
    names an offence (`event-passive-charged-people`), with the passive's auxiliary in its own clause, or „sein“ (the
    stative passive: „ist angeklagt“), or left out by a headline („Verdächtiger festgenommen.“): not a participle after
    a comma whose people stand in the clause before („Acht Soldaten, darunter ihr Kommandeur, wurden festgenommen“ may
    name their unit there)."""
    if not (hit.entry.cue in CUSTODY_VERBS and hit.entry.code in CUSTODY_CODES) and not _charged_people(sentence, hit):
        return False
    first, last = sentence.clause_of(hit.index)
    return any(w.lower in _PASSIVE_OR_STATIVE for w in sentence.words[first:last]) or elided_passive(sentence, hit)


_PASSIVE_OR_STATIVE = PASSIVE_AUXILIARIES | german.BE_FORMS
CHARGED_PEOPLE = declare("event-passive-charged-people", TARGET_STAGE, "a charge cue anyone may use to blame "
                         "(`charge_verbs.tsv`: „beschuldigen“) whose clause names a criminal offence falls on people as "
                         "an arrest does, also where the text only describes them, and is the home state's, untargeted: "
                         "„Wien – Der frühere Kassier wird der Untreue beschuldigt“ → Österreich ACCUSE; not „Der "
                         "Kassier wird der Faulheit beschuldigt“")


def _charged_people(sentence: Sentence, hit: CueHit) -> bool:
    """A charge cue whose clause names an offence (`kg.extract.charges.charged`)."""
    if not charged(sentence, hit):
        return False
    fired(CHARGED_PEOPLE)
    return True


FOREIGN_DETAINEE = declare("event-passive-foreign-person", TARGET_STAGE, "a legal act in the passive on a person "
                           "whose state, the clause's only one, is written on him („der US-Journalist X“) is still the "
                           "home state's, on that state: „Teheran – … Der US-Journalist X ist freigelassen worden“ → "
                           "Iran RETREAT USA")


PASSIVE_COUNTED = declare("event-passive-counted-people", TARGET_STAGE, "an arrest, search or penalty in the passive "
                          "with no agent on people the clause counts („Zwei Redakteure wurden festgenommen“, „In Lauterbach "
                          "wurden sechs mutmaßliche Schlepper verhaftet“) is the home state's, untargeted, as on a person "
                          "the text names; not a number inside a phrase („zu drei Jahren Haft“, „in Höhe von 900 Euro“)")


_COUNTED_REACH = 3      # words from the number to its noun: „Zwei ihrer leitenden Redakteure“


def _counted(sentence: Sentence, hit: CueHit) -> bool:
    """A hostile legal cue (an arrest, search, conviction) whose clause, before it, counts people outside a prepositional
    phrase: a number or plural quantifier not after a preposition, with a capitalised noun within three words."""
    if hit.entry.code not in HOSTILE_CODES and not (_judicial(sentence, hit) and "obj" in hit.entry.targets):
        return False        # „Es wurden 700 Tatverdächtige ermittelt“: found, not investigated
    words = sentence.words
    first, _ = sentence.clause_of(hit.index)
    for k in range(first, hit.index):
        if not (words[k].text.isdigit() or words[k].lower in german.PLURAL_QUANTIFIERS):
            continue
        if k > 0 and words[k - 1].lower in german.PREPOSITIONS:
            continue
        if any(w.capitalized for w in words[k + 1:min(hit.index, k + 1 + _COUNTED_REACH)]):
            fired(PASSIVE_COUNTED)
            return True
    return False


def _nationality(actor: Actor, hit: CueHit) -> bool:
    """A state written on the passive subject before the cue („der US-Journalist X“): bare, no preposition."""
    return actor.prep is None and actor.last < hit.index


def _named(sentence: Sentence, hit: CueHit) -> bool:
    """The act falls on a person the text names („Badawi war festgenommen worden“, also an official: „Gegen
    Ex-Präsident X wird ermittelt“), or a hostile or judicial act on an organisation it names
    (`event-passive-organisation`), not on a group described."""
    first, _ = sentence.clause_of(hit.index)
    before = sentence.actors_in(first, hit.index)
    return any(first <= p < hit.index for p in sentence.persons) \
        or any(a.type == "Official" and a.last < hit.index for a in before) \
        or _organisation_acted_on(hit, before)


PASSIVE_ORGANISATION = declare("event-passive-organisation", TARGET_STAGE, "a search, fine, ban or judicial "
                               "proceeding in the passive with no agent that falls on an organisation the clause names "
                               "is the state's where it was done, as on a person: „Wien – Die Büros der Firma Brantel "
                               "wurden am Dienstag durchsucht“ → Österreich COERCE Brantel")


def _organisation_acted_on(hit: CueHit, before: list[Actor]) -> bool:
    """A hostile or judicial cue (not a release) whose clause names an organisation before it, bare or in the cue's
    slot („Gegen die Brantel AG wird ermittelt“)."""
    if hit.entry.code in RELEASE_CODES or not any(
            a.type == "Organization" and (a.prep is None or a.prep in hit.entry.targets) for a in before):
        return False
    fired(PASSIVE_ORGANISATION)
    return True


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

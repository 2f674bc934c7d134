"""The first reading rules of a cue: a noun cue read through the phrase around it. Support
given „mit“ or „zur Unterstützung X“, an act received „von“ someone („erhält von den USA
Militärhilfe“), criticism that „kommt von X“, a plan that „stößt auf Ablehnung“, a subject that
takes part „an“ an act, a request followed, a mutual noun „zwischen“ two actors, the agent
written on the noun („russischer Angriff auf die Ukraine“). Tried in the order declared;
`kg.extract.events` tries these before the other reading stages.
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, verb_keys
from kg.extract.event_constructions import complied_owner
from kg.extract.event_cues import GENITIVE_TARGET, CueHit, material_noun
from kg.extract.event_fronted import FRONTED_SLOT, fronted_slot_actor
from kg.extract.event_phrases import between_pair, genitive_after, in_attribute, listed_after, particle_of
from kg.extract.event_reading import MUTUAL, NOTHING, TARGET_STAGE, UNTARGETED_OK, At, CueReading
from kg.extract.event_targets import REPORTED_CODES, noun_targets, statement_subject
from kg.extract.prepositions import word_before_modifiers
from kg.extract.roles import find_subjects, find_targets, Roles
from kg.extract.rules import declare, Stage


NOUN_READINGS = Stage("event reading")


RECEIVING = resources.load_word_list("receiving_verbs.tsv")       # "erhält von X Hilfe": X gives


HELP_OPENERS = german.MEANS_PREPOSITIONS


def _help_noun_genitive(at: At, openers: frozenset[str]) -> tuple[Actor, Roles] | None:
    """The genitive after a help noun that follows one of `openers` („mit Unterstützung X“, „zur
    Unterstützung X“), with the subjects of the noun's clause; None where either is missing."""
    sentence, hit = at.sentence, at.hit
    if not hit.noun or hit.entry.code not in ("SUPPORT", "AID") or hit.index == 0 \
            or sentence.words[hit.index - 1].lower not in openers:
        return None
    genitive = genitive_after(sentence, hit)
    roles = find_subjects(sentence, hit.index, at.prev) if genitive is not None else None
    return None if roles is None else (genitive, roles)


@NOUN_READINGS.rule("event-noun-with-help", "„mit Unterstützung X“: X supports or aids the clause's subject: „Die "
               "USA fliegen mit Unterstützung Großbritanniens Luftangriffe“ → Großbritannien → USA")
def _with_help(at: At) -> CueReading | None:
    found = _help_noun_genitive(at, HELP_OPENERS)
    if found is None:
        return None
    giver, roles = found
    helped = tuple(a for a in roles.subjects if a.key != giver.key)
    return CueReading((giver,), helped, (0.8,), (roles.rule,)) if helped else NOTHING


@NOUN_READINGS.rule("event-noun-purpose", "„zur Unterstützung X“: the clause's subject supports or aids X, the noun's "
               "genitive: „Finnland schickt zur Unterstützung der estnischen Armee Panzer“ → Finnland → Estland")
def _purpose(at: At) -> CueReading | None:
    found = _help_noun_genitive(at, german.TO_CONTRACTIONS)
    if found is None:
        return None
    helped, roles = found
    givers = tuple(a for a in roles.subjects if a.key != helped.key)
    return CueReading(givers, (helped,), (0.8,), (roles.rule, "event-target-genitive")) if givers else NOTHING


@NOUN_READINGS.rule("event-noun-received", "a noun of an act its clause's subject receives „von“ someone: „Die Ukraine "
               "erhält von den USA Militärhilfe“ → USA → Ukraine")
def _received(at: At) -> CueReading | None:
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
    return CueReading((giver,), received, (0.8,), (roles.rule,)) if received else NOTHING


@NOUN_READINGS.rule("event-noun-received-owner", "a noun of an act its clause's subject receives, with its giver "
               "written on it, is the giver's act on the subject: „Borlanien erhält einen Kredit des IWF“ → IWF → "
               "Borlanien, „Tarvonien bekam eine Rüge der EU-Kommission“; not where no other actor is the subject")
def _received_owner(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    if not hit.noun or at.source is None:
        return None
    first, last = sentence.clause_of(hit.index)
    if any(a.prep in hit.entry.targets and a.first > hit.index for a in sentence.actors_in(first, last)):
        return None         # „erhielt die Kritik der USA an X“: the noun names its own target
    verb = next((i for i in range(first, hit.index) if sentence.words[i].verbish
                 and sentence.words[i].lemma in RECEIVING), None)
    roles = find_subjects(sentence, verb, at.prev) if verb is not None else None
    received = tuple(a for a in roles.subjects if a.key != at.source.key and a.last < at.source.first) if roles else ()
    return CueReading((at.source,), received, (0.8,), (roles.rule,)) if roles and received else None


ARRIVING = resources.load_word_list("arrival_verbs.tsv")        # "Kritik kam von X", "Lob gab es von X"


@NOUN_READINGS.rule("event-noun-from", "a noun cue that „kommt“ or is „given“ „von“ someone is that one's act: „Kritik "
               "kam von den USA“, „Lob gab es von der UN für Österreich“ → UN SUPPORT Österreich")
def _noun_from(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    if not hit.noun or at.source is not None or at.under_verb or material_noun(hit):
        return None
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    if not any(words[i].lemma in ARRIVING for i in range(first, last) if not words[i].capitalized):
        return None
    givers = [a for a in sentence.actors_in(first, last) if a.prep in german.SOURCE_PREPOSITIONS
              and not in_attribute(sentence, a, inflected=True)]    # not „ein von der Zeitung veröffentlichtes Foto“
    if not givers:
        return None
    givers += listed_after(sentence, givers[0])
    slots = tuple(p for p in hit.entry.targets if p not in ("obj", GENITIVE_TARGET))
    targets = find_targets(sentence, hit.index, tuple(givers), slots) if slots else []
    if targets:
        return CueReading(tuple(givers), tuple(targets), (0.8,), ("event-target-slot",))
    fronted = fronted_slot_actor(sentence, hit, tuple(givers), slots)
    if fronted is not None:
        return CueReading(tuple(givers), (fronted,), (0.8,), (FRONTED_SLOT,))
    said = _said_of(sentence, hit, givers)
    # without a named target the reading is too often a misread (the target stood in an earlier sentence)
    return CueReading(tuple(givers), (said,), (0.8,), (SAID_OF,)) if said is not None else NOTHING


SAID_OF = declare("event-target-colon-statement", TARGET_STAGE, "criticism or a demand that „kam von“ someone, "
                  "followed by a colon and a statement that opens with a named actor, is aimed at that actor: „Heftige "
                  "Kritik kam von der FPÖ: Kanzler Karl Brunner handle zu spät“ → ACCUSE FPÖ → Brunner; not a "
                  "statement opening with an unnamed noun („…: Die Pläne der ÖVP seien unklar“)")


def _said_of(sentence: Sentence, hit: CueHit, givers: list[Actor]) -> Actor | None:
    """The named actor opening the statement after the colon that closes the cue's clause."""
    _, last = sentence.clause_of(hit.index)
    if hit.entry.code not in REPORTED_CODES or last + 1 >= len(sentence.words) or sentence.words[last].text != ":":
        return None
    actor = statement_subject(sentence, last + 1)
    return actor if actor is not None and actor.key not in {a.key for a in givers} else None


ENCOUNTERING = resources.load_word_list("encounter_verbs.tsv")   # "stieß auf Ablehnung"


@NOUN_READINGS.rule("event-noun-met", "a plan or actor that „stößt auf“ a statement noun receives it from the one named "
               "„bei“ or „in“ it or in its genitive: „Der Vorschlag Frankreichs stieß in Deutschland auf Ablehnung“ → "
               "REJECT Deutschland → Frankreich")
def _noun_met(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    words = sentence.words
    if not hit.noun or material_noun(hit):
        return None
    k = word_before_modifiers(words, hit.index, over_determiners=False)     # "auf scharfe Kritik"
    first, last = sentence.clause_of(hit.index)
    verb = next((i for i in range(first, hit.index) if not words[i].capitalized and words[i].lemma in ENCOUNTERING), None)
    if words[k].lower not in german.ON_PREPOSITIONS or verb is None:
        return None
    genitive = genitive_after(sentence, hit)
    actors = [genitive] if genitive is not None else [
        a for a in sentence.actors_in(first, last) if a.prep in german.MEETING_PREPOSITIONS and a.first > verb]
    # the plan's owner: its subject, or the agent inside it („Die von X erhobene Forderung stößt …“)
    met = [a for a in sentence.actors_in(first, verb) if a.key not in {x.key for x in actors}
           and (a.prep is None or (a.prep in german.FROM_PREPOSITIONS and in_attribute(sentence, a, bracket=True)))]
    if actors and not met and hit.entry.code in UNTARGETED_OK:
        return CueReading(tuple(actors[:1]), (), (0.8,), (MET_UNOWNED,))     # „Der Plan stößt bei X auf Kritik“
    if not actors or not met:
        return NOTHING
    return CueReading(tuple(actors[:1]), tuple(met[:1]), (0.8,), (MET_AGENT,) if met[0].prep else ())


EXPOSURE = resources.load_word_list("exposure_verbs.tsv")   # "steht im Visier der Behörde"


@NOUN_READINGS.rule("event-noun-exposed", "an actor that „steht im“ or „gerät ins“ a noun of scrutiny or criticism "
               "owned by a named actor in the genitive receives it from that one: „Die Brantel AG steht im Visier der "
               "EU“, „Die Südpartei geriet ins Visier der Kommission“ → ACCUSE Kommission → Südpartei; not without "
               "that owner („Der Minister steht in der Kritik“)")
def _noun_exposed(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    words = sentence.words
    if not hit.noun or hit.entry.code != EXPOSED_CODE:
        return None
    k = word_before_modifiers(words, hit.index, over_determiners=True)     # "in die scharfe Kritik"
    first, last = sentence.clause_of(hit.index)
    verb = next((i for i in range(first, k) if not words[i].capitalized and words[i].lemma in EXPOSURE), None)
    if words[k].lower not in german.INTO_PREPOSITIONS or verb is None:
        return None
    owner = genitive_after(sentence, hit)
    exposed = [a for a in sentence.actors_in(first, k) if a.prep is None and owner is not None and a.key != owner.key]
    return CueReading((owner,), tuple(exposed[:1]), (0.8,)) if exposed else NOTHING


EXPOSED_CODE = "ACCUSE"     # scrutiny and criticism: an inquiry is ACCUSE (codebook: „investigate“)


PARTICIPATING = resources.load_word_list("participation_verbs.tsv")   # "sich an X beteiligen"


JOINED_CODES = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "COERCE", "PROTEST"})


@NOUN_READINGS.rule("event-noun-joined", "the subject of a verb of taking part („sich beteiligen an“, „teilnehmen an“) "
               "does the act the noun after „an“ names: „Deutschland beteiligt sich an der Militäraktion gegen den "
               "IS“ → ASSAULT Deutschland → IS")
def _noun_joined(at: At) -> CueReading | None:
    sentence, hit = at.sentence, at.hit
    words = sentence.words
    if not hit.noun or hit.entry.code not in JOINED_CODES:
        return None
    k = word_before_modifiers(words, hit.index, over_determiners=True)      # "an der gemeinsamen Militäraktion"
    first, last = sentence.clause_of(hit.index)
    verb = next((i for i in range(first, last) if not words[i].capitalized
                 and any(key in PARTICIPATING for key in verb_keys(words[i], particle_of(sentence, i)))), None)
    if words[k].lower not in german.PARTICIPATION_PREPOSITIONS or verb is None:
        return None
    roles = find_subjects(sentence, verb, at.prev)
    if roles is None:
        return None         # the noun's own subject rules may still read it
    slots = tuple(p for p in hit.entry.targets if p not in ("obj", GENITIVE_TARGET))
    targets = find_targets(sentence, hit.index, roles.subjects, slots, noun=True) if slots else []
    return CueReading(roles.subjects, tuple(targets), (0.8,), (roles.rule, "event-target-slot")) if targets else NOTHING


@NOUN_READINGS.rule("event-noun-complied", "a request whose owner is named and that someone „folgt“ or „nachkommt“ "
               "was made to that one, who agrees: „Deutschland beschloss, dem Wunsch Frankreichs zu folgen“ → "
               "REQUEST Frankreich → Deutschland, AGREE Deutschland → Frankreich")
def _noun_complied(at: At) -> CueReading | None:
    # the events are `compliances`': the request is presupposed (asserted) whatever the agreement's factuality
    return NOTHING if complied_owner(at.sentence, at.hit, at.prev) is not None else None


@NOUN_READINGS.rule("event-noun-between", "a mutual noun with two actors after „zwischen“ makes them act with "
               "each other: „die Einigung zwischen Russland und der Ukraine“")
def _noun_between(at: At) -> CueReading | None:
    # "Gefechte zwischen X und Y": a fight has its two sides after "zwischen" too
    if not at.hit.noun or at.source is not None or (at.hit.entry.code not in MUTUAL
                                                    and german.BETWEEN_PREPOSITIONS.isdisjoint(at.hit.entry.targets)):
        return None
    pair = between_pair(at.sentence, at.hit)
    return CueReading(tuple(pair[:1]), tuple(pair[1:2]), (0.9,)) if pair else None


@NOUN_READINGS.rule("event-noun-owner", "the agent written on a noun cue acts: „russischer Angriff auf die Ukraine“, "
               "„Angriff Russlands“")
def _noun_owner(at: At) -> CueReading | None:
    if not at.hit.noun or at.source is None:
        return None
    return noun_targets(at, (at.source,), ())


MET_UNOWNED = declare("event-noun-met-unowned", TARGET_STAGE, "a plan no named actor owns that „stößt bei“ someone "
                      "„auf“ a refusal or criticism is that one's REJECT or ACCUSE with no target: „Das geplante Aus "
                      "der Kaserne stößt bei Landeshauptmann Karl Brunner auf heftigen Widerstand“ → REJECT Brunner; "
                      "not without the one it meets („Der Plan stieß auf Kritik“)")


MET_AGENT = declare("event-noun-met-agent", TARGET_STAGE, "the plan that „stößt auf“ a statement noun is owned by "
                    "the agent inside it: „Die von Minister X erhobene Forderung stößt bei Y auf Ablehnung“ → REJECT "
                    "Y → X")

"""An event's target where the cue's object or slot names none: a noun's genitive or slot, a
state adjective on the object („lehnte die peruanischen Vorschläge ab“ → Peru), „von X“ on it,
the subject of a condition („drohte …, sollten Kämpfer der YPG …“), subjects acting on each
other („warfen sich gegenseitig … vor“), the claimant a „was“ clause denies; and when an
untargeted reading is still an event (violence by states or armed groups) or none (a pronoun
object).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Sequence

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, Word, dateline_end
from kg.extract.demands import hearsay
from kg.extract.event_cues import GENITIVE_TARGET, TARGET_NEEDED, CueHit
from kg.extract.event_fronted import FRONTED_SLOT, fronted_slot_actor, SLOT_BEFORE_NOUN, slot_before_noun
from kg.extract.event_phrases import coordinated_with, genitive_after, is_participle, passive_cue
from kg.extract.owner_groups import names_group
from kg.extract.event_reading import GUARD_STAGE, HOSTILE_CODES, MUTUAL, NOTHING, TARGET_STAGE, At, CueReading
from kg.extract.prepositions import word_before_modifiers
from kg.extract.roles import OWN_COUNTRY, find_targets, main_subject, Roles
from kg.extract.rules import declare
from kg.extract.subject_relatives import object_relative
from kg.german import DETERMINERS


def noun_targets(at: At, subjects: tuple[Actor, ...], factors: tuple[float, ...]) -> CueReading:
    """The target of a noun cue: its genitive, its preposition slot, or a mutual partner."""
    entry, sentence = at.hit.entry, at.sentence
    genitive = genitive_after(sentence, at.hit) if GENITIVE_TARGET in entry.targets else None
    if genitive is not None and genitive.key not in {a.key for a in subjects}:
        return CueReading(subjects, (genitive,), factors, ("event-target-genitive",))
    slots = tuple(p for p in entry.targets if p not in ("obj", GENITIVE_TARGET)) or ("obj",)
    targets = find_targets(sentence, at.hit.index, subjects, slots, noun=True)
    if targets:
        return CueReading(subjects, tuple(targets), factors, ("event-target-slot",))
    fronted = fronted_slot_actor(sentence, at.hit, subjects, slots) if at.source is None else None
    if fronted is not None:
        return CueReading(subjects, (fronted,), factors, (FRONTED_SLOT,))
    before = slot_before_noun(sentence, at.hit, subjects, slots) if at.source is None else None
    if before is not None:
        return CueReading(subjects, (before,), factors, (SLOT_BEFORE_NOUN,))
    recipient = dative_object(sentence, at.hit, subjects) if at.source is None else None
    if recipient is not None:
        return CueReading(subjects, (recipient,), factors, (DATIVE_OBJECT,))
    owner = owner_target(sentence, at.hit, subjects)
    if owner is not None:
        return CueReading(subjects, (owner,), factors, (owner_rule(at.hit),))
    agent = attributive_owner(sentence, at.hit, subjects)
    if agent is not None:
        return CueReading(subjects, (agent,), factors, (ATTRIBUTIVE_OWNER,))
    if entry.code in MUTUAL and at.source is not None:
        coordinated = coordinated_with(sentence, at.source)
        return CueReading(subjects, tuple(coordinated), factors, ("event-target-coordinated",)) if coordinated \
            else NOTHING
    if entry.code in MUTUAL and len(subjects) >= 2:
        return CueReading(subjects[:1], subjects[1:], factors, ("event-target-partner",))
    if len(subjects) >= 2 and at.source is None and reciprocal(sentence, at.hit):
        return CueReading(subjects, subjects, factors, (RECIPROCAL,))     # „machten sich gegenseitig Vorwürfe“
    victim = _passive_victim(at, subjects)
    if victim is not None:
        return CueReading(subjects, (victim,), factors, (PASSIVE_VICTIM,))
    return NOTHING          # a bare noun ("die Sanktionen") is too vague to be an event


DATIVE_OBJECT = declare("event-target-dative-object", TARGET_STAGE, "a noun cue its clause's subject gives, "
                        "with a light verb, to a bare actor standing between them takes that actor, the verb's dative "
                        "object, as target: „Die Liste erteilte der Volkspartei eine klare Absage“, „Die Grünen machten "
                        "Bürgermeister Karl Brunner schwere Vorwürfe“; not an actor before the subject or with a "
                        "preposition („Die Liste erteilte in der Volkspartei eine Absage“)")


def dative_object(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The first bare actor after the subject and before the noun cue in its clause (a bracket aside), with only
    uncapitalised words (the light verb, adverbs), then a dative article or a title, before it and only uncapitalised ones (articles,
    adjectives) between it and the cue: „erteilte der Volkspartei eine klare Absage“."""
    if not subjects:
        return None
    first, _ = sentence.clause_of(hit.index)
    words, taken, start = sentence.words, {a.key for a in subjects}, max(a.last for a in subjects)
    found = [a for a in sentence.actors_in(first, hit.index) if a.first > start and a.last < hit.index
             and words[a.first - 1].text != "("]        # „Karl Brunner (ÖVP)“: the subject's party
    if not found or found[0].prep is not None or found[0].key in taken:
        return None
    actor = found[0]
    lead = _unbracketed(words[start + 1:actor.first])
    k = next((j for j in range(len(lead) - 1, -1, -1) if lead[j].lower in german.ARTICLES), None)
    if k is not None and lead[k].lower not in german.DATIVE_ARTICLES:
        return None         # „erteilte die Volkspartei …“: an accusative or nominative, no recipient
    if k is None:       # a name without article, perhaps after a title: „machten Bürgermeister Karl Brunner …“
        k = len(lead) - 1 if lead and lead[-1].capitalized else len(lead)
    head, title = lead[:k], lead[k + 1:]
    if any(w.capitalized or not w.text.isalpha() for w in head) or len(title) > 1 \
            or any(not w.text.replace("-", "").isalpha() for w in title) \
            or not any(w.verb_or_auxiliary for w in words[first:actor.first]):
        return None         # a genitive attribute or apposition, or no verb yet: „Die Liste der Volkspartei …“
    between = _unbracketed(words[actor.last + 1:hit.index])    # „Karl Brunner (ÖVP) Vorwürfe“: his party aside
    if any(w.capitalized or not w.text.isalpha() or w.lower in german.PREPOSITIONS for w in between):
        return None         # „drohten Russland mit Sanktionen“: the noun in a phrase of its own
    return actor


def _unbracketed(words: Sequence[Word]) -> list[Word]:
    """The words outside round brackets."""
    out, depth = [], 0
    for w in words:
        depth += w.text == "("
        if not depth:
            out.append(w)
        depth -= w.text == ")" and depth > 0
    return out


RELATIVE_TARGET = declare("event-target-relative-object", TARGET_STAGE, "a cue in a relative clause whose relative "
                          "pronoun is its object (`subject-relative-object`) and that names no target of its own acts "
                          "on the actor the pronoun refers to, right before the comma: „Kanzler Karl Brunner, den die "
                          "SPÖ scharf kritisiert hatte, …“ → ACCUSE SPÖ → Brunner; not a relative pronoun that is the "
                          "subject („Brunner, der die SPÖ kritisiert hatte“)")


def relative_object(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The actor right before the comma that opens the cue's clause with an object relative pronoun."""
    first, _ = sentence.clause_of(hit.index)
    words = sentence.words
    if first == 0 or words[first].text != "," or first + 1 >= hit.index or words[first + 1].lower not in \
            german.RELATIVES or not object_relative(words, first + 1):
        return None
    antecedent = next((a for a in sentence.actors if a.last == first - 1), None)
    return antecedent if antecedent is not None and antecedent.key not in {a.key for a in subjects} else None


REPORTED_SUBJECT = declare("event-target-reported-subject", TARGET_STAGE, "a criticism or demand whose verb "
                           "follows the statement it reports, its speaker after it („…, kritisierte X“), and that "
                           "names no target of its own is aimed at the named actor the statement opens with: „Die ÖVP "
                           "blockiere jede Reform, kritisierte SPÖ-Chef Otto Wendl“ → ACCUSE Wendl → ÖVP; not a "
                           "statement opening with an unnamed noun („Der Entwurf der ÖVP sei unklar, kritisierte X“)")


REPORTED_CODES = frozenset({"ACCUSE", "REQUEST"})     # said of someone: blamed or asked (an assurance is not praise)


def reported_subject(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The bare actor opening the sentence's first clause (after an article at most) before its finite verb,
    where the cue opens a later clause („…, kritisierte X“) and its subject stands after it."""
    if hit.noun or hit.entry.code not in REPORTED_CODES or not subjects or len(sentence.clauses) < 2:
        return None
    first, _ = sentence.clause_of(hit.index)
    words = sentence.words
    if first == 0 or words[first].text != "," or hit.index != first + 1 or subjects[0].first <= hit.index:
        return None
    start = dateline_end(words)
    if start >= first:
        return None
    actor = statement_subject(sentence, start)
    return actor if actor is not None and actor.key not in {a.key for a in subjects} else None


def statement_subject(sentence: Sentence, start: int) -> Actor | None:
    """The bare actor that opens the clause at word `start` (after an article, an official after his title, at
    most), right before its finite verb: „Die ÖVP blockiere …“; not one that only qualifies the subject („Die
    ÖVP-Pläne seien …“)."""
    words = sentence.words
    end = sentence.clause_of(start)[1]
    actor = next((a for a in sentence.actors_in(start, end)), None)
    if actor is None or actor.prep is not None:
        return None
    lead = words[start:actor.first]
    if lead and actor.type == "Official" and lead[-1].capitalized:
        lead = lead[:-1]        # an official's title: „Kanzler Karl Brunner …“
    if any(w.lower not in german.ARTICLES for w in lead):
        return None
    nxt = _unbracketed(words[actor.last + 1:end])
    if not nxt or not nxt[0].verb_or_auxiliary:
        return None         # „Die ÖVP-Pläne seien …“: the actor only qualifies the statement's subject
    return actor


PASSIVE_VICTIM = declare("event-target-passive-victim", "event target", "a hostile noun cue whose agent is "
                         "written on it, in a passive clause, acts on that clause's named subject: „Der IS-Chef "
                         "Abu Bakr wurde bei einem US-Luftangriff getötet“ → USA ASSAULT Abu Bakr")


def _passive_victim(at: At, subjects: tuple[Actor, ...]) -> Actor | None:
    """The first bare actor of a passive clause around a hostile noun with its own agent, not that agent."""
    if at.source is None or at.hit.entry.code not in HOSTILE_CODES:
        return None
    sentence = at.sentence
    first, last = sentence.clause_of(at.hit.index)
    if not any(is_participle(sentence.words[i]) and passive_cue(sentence, i) for i in range(first, last)):
        return None
    taken = {a.key for a in subjects}
    return next((a for a in sentence.actors_in(first, last) if a.prep is None and a.key not in taken), None)


OWNER_TARGET = declare("event-target-owner", TARGET_STAGE, "for a verbal act without a named target, a state "
                      "adjective on its object names the target: „Chile lehnte die peruanischen Vorschläge ab“")


OWNER_CODES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})   # acts on what a state proposes, does or says


HOSTILE_OWNER_TARGET = declare("event-target-owner-hostile", TARGET_STAGE, "for a hostile act (sanction, coercion, "
                               "violence) without a named target, a state adjective on what it strikes names the "
                               "target: „Iran beschlagnahmte einen britischen Tanker“ → Großbritannien")


def owner_rule(hit: CueHit) -> str:
    """The name of the rule by which `owner_target` found the cue's target."""
    return HOSTILE_OWNER_TARGET if hit.entry.code in HOSTILE_CODES else OWNER_TARGET


def owner_target(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The state whose adjective stands on the cue's object, after the subject, in the cue's slot."""
    if (hit.entry.code not in OWNER_CODES and hit.entry.code not in HOSTILE_CODES) or not subjects:
        return None
    first, last = sentence.clause_of(hit.index)
    taken = {a.key for a in subjects}
    slots = set(hit.entry.targets)
    return next((a for a in sentence.owners if first <= a.first < last and a.key not in taken
                 and a.first > subjects[0].last and (a.prep in slots or (a.prep is None and "obj" in slots))
                 and not names_group(sentence, a)), None)


FROM_OWNER = declare("event-target-object-owner", TARGET_STAGE, "for a verbal act without a named target, the "
                     "actor after „von“ on its object noun names the target: „Max Muster lobt die offene Art "
                     "von Eva Beispiel“, „Foglar begrüßt den Vorschlag von Kanzler Faymann“")


FROM_MARK = "<owner>"      # the preposition slot an object's owner is marked with


_FROM_REACH = 3         # words from „von“ to the actor: a title may stand between („von Kanzler Faymann“)


def _actors_after(sentence: Sentence, first: int, last: int, prepositions: frozenset[str], subjects: tuple[Actor, ...],
                  past: int) -> Iterator[tuple[Actor, int | None]]:
    """Each actor of the clause's words first..last written after one of `prepositions`, after word `past` and none
    of `subjects`, with the position of its preposition (None where it stands more than _FROM_REACH words before)."""
    words, taken = sentence.words, {a.key for a in subjects}
    for a in sentence.actors_in(first, last):
        if a.prep in prepositions and a.key not in taken and a.first > past:
            yield a, next((j for j in range(a.first - 1, max(first, a.first - _FROM_REACH) - 1, -1)
                           if words[j].lower in prepositions), None)


def object_owner(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The actor after „von“ right after a common noun that follows the subject in the cue's clause."""
    if hit.noun or hit.entry.code not in OWNER_CODES or "obj" not in hit.entry.targets or not subjects:
        return None
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    for a, k in _actors_after(sentence, first, last, german.FROM_PREPOSITIONS, subjects, subjects[0].last):
        noun = k - 1 if k is not None else -1
        # the noun is the cue's object, not in a phrase of its own („für die Attacke auf ein Spital von X“)
        if noun > subjects[0].last and words[noun].capitalized and words[noun].text.isalpha() \
                and noun not in sentence.named and not any(x.first <= noun <= x.last for x in sentence.actors) \
                and words[word_before_modifiers(words, noun, over_determiners=True)].lower not in german.PREPOSITIONS:
            return replace(a, prep=FROM_MARK)
    return None


BY_AGENT = declare("event-target-object-agent", TARGET_STAGE, "for a verbal act without a named target, the actor "
                   "after „durch“ or „seitens“ that closes its object's noun phrase, the agent of the act the object "
                   "names, is the target: „Die SPD kritisiert die Schließung der Schulen durch die CSU“ → "
                   "ACCUSE SPD → CSU, „Polen fordert mehr Schutz durch die Nato“ → REQUEST Polen → "
                   "Nato; not a „durch“ after a verb („wurde durch die Nato bekannt“), in a clause of its own or "
                   "after a noun of passage (`route_nouns.tsv`: „kritisiert die Durchreise durch Österreich“)")


BY_MARK = "<by>"        # the preposition slot an object's agent is marked with


AGENT_CODES = OWNER_CODES | {"REQUEST"}    # a blamed, refused, praised or demanded act names its doer: the target


def object_agent(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The actor after „durch“ or „seitens“ (a title at most between) right after a capitalised word of the noun
    phrase that follows the subject in the cue's clause, no noun of passage before it: „kritisiert die Schließung
    der Schulen durch X“."""
    if hit.noun or hit.entry.code not in AGENT_CODES or "obj" not in hit.entry.targets or not subjects:
        return None
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    for a, k in _actors_after(sentence, first, last, german.BY_PREPOSITIONS, subjects, subjects[-1].last):
        before = k - 1 if k is not None else -1
        if before > subjects[-1].last and words[before].capitalized and words[before].text.replace("-", "").isalpha() \
                and not any(x.first <= before <= x.last for x in sentence.actors) \
                and not any(w.capitalized and w.lower.endswith(_ROUTE_NOUNS) for w in words[first:k]):
            return replace(a, prep=BY_MARK)
    return None


_ROUTE_NOUNS = tuple(sorted(resources.listed_words("route_nouns.tsv")))    # „die Durchreise durch X“: X is the way


ATTRIBUTIVE_OWNER = declare("event-target-attributive-owner", TARGET_STAGE, "for a verbal act without a named "
                            "target, the „von“ agent of an attributive participle on what it acts on names the target: "
                            "„Der Minister kritisierte die vom Koalitionspartner SPÖ geplante Reform“, „… der von der "
                            "EU beschlossenen raschen Reform entgegentreten“, „Die Grünen übten Kritik an der von der "
                            "ÖVP geforderten Reform“ (the plan's author is the one criticised)")


ATTRIBUTIVE_MARK = "<agent>"      # the preposition slot an object's attributive agent is marked with


def attributive_owner(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """X in „die von X geplante Reform“ after the subject in the cue's clause: an article, „von“, X, a participle
    of authoring with an adjective ending, a noun; not the cue's own participle („die von X kritisierte Reform“)."""
    if hit.entry.code not in OWNER_CODES or not subjects:
        return None
    first, last = sentence.clause_of(hit.index)
    words = sentence.words
    for a, k in _actors_after(sentence, first, last, german.FROM_PREPOSITIONS, subjects, subjects[-1].last):
        participle = a.last + 1
        if k is None or k == first or words[k - 1].lower not in DETERMINERS or participle + 1 >= last \
                or participle == hit.index or not authoring_participle(words[participle]) \
                or not _noun_after_adjectives(words, participle + 1, last):
            continue
        return replace(a, prep=ATTRIBUTIVE_MARK)
    return None


_ATTRIBUTIVE_ADJECTIVES = 2     # adjectives between the participle and its noun: „der von X beschlossenen raschen Reform“


def _noun_after_adjectives(words: tuple[Word, ...], k: int, last: int) -> bool:
    """A capitalised noun at `k`, or after up to two lower-case words with an adjective ending there."""
    for j in range(k, min(last, k + _ATTRIBUTIVE_ADJECTIVES + 1)):
        if words[j].capitalized:
            return True
        if not (words[j].text.isalpha() and words[j].lower.endswith(german.ADJECTIVE_ENDINGS)):
            return False
    return False


AUTHORING = resources.listed_words("authoring_participles.tsv")


def authoring_participle(word: Word) -> bool:
    """A lower-case participle of authoring with an adjective ending (`authoring_participles.tsv`): „geplante“,
    „vorgeschlagenen“, „forcierte“.

    >>> from kg.extract.clauses import words_of
    >>> [authoring_participle(w) for w in words_of("geplanten gekippte geplant")]
    [True, False, False]
    """
    low = word.lower
    return word.text.islower() and any(low.endswith(end) and low[:-len(end)] in AUTHORING
                                       for end in german.ADJECTIVE_ENDINGS)


THREATENED = declare("event-target-conditional", TARGET_STAGE, "a threat without a named target is aimed at the "
                     "subject of the condition it sets: „Die Türkei drohte mit einer Reaktion, sollten Kämpfer der "
                     "YPG die Stadt einnehmen“ → YPG")


CONDITIONAL_OPENERS = german.CONDITIONALS


CONDITIONAL_MARK = "if"


DEMANDED_UNLESS = declare("event-target-conditional-demand", TARGET_STAGE, "a demand without a named target, "
                          "made for the case that someone fails to act, is aimed at that one, the subject of the "
                          "negated condition after it: „X forderte eine Volksabstimmung, sollte der Nationalrat das "
                          "Gesetz nicht ändern“ → REQUEST X → Nationalrat; not a condition that is not negated "
                          "(„…, falls die EU den Vertrag ändert“)")


def conditional_target(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
    """The first actor of the conditional clause right after a THREATEN cue's clause, or after a REQUEST cue's
    clause where the condition is negated (`event-target-conditional-demand`)."""
    if hit.entry.code not in ("THREATEN", "REQUEST"):
        return None
    _, last = sentence.clause_of(hit.index)
    words = sentence.words
    lead = last + 1 if last < len(words) and words[last].text == "," else last
    if lead >= len(words) or words[lead].lower not in CONDITIONAL_OPENERS:
        return None
    end = sentence.clause_of(lead)[1]
    if hit.entry.code == "REQUEST" and not any(w.lower in german.NEGATIONS for w in words[lead:end]):
        return None
    taken = {a.key for a in subjects}
    actor = next((a for a in sentence.actors_in(lead, end)
                  if a.key not in taken and (a.prep is None or a.prep in german.GENITIVE_ARTICLES)), None)
    mark = UNLESS_MARK if hit.entry.code == "REQUEST" else CONDITIONAL_MARK
    return replace(actor, prep=mark) if actor is not None else None


UNLESS_MARK = "unless"      # the slot a negated condition's subject is marked with


declare("event-target-genitive", TARGET_STAGE, "the genitive after a noun cue is its target: "
        "„an der Seite der Ukraine“")


declare("event-target-slot", TARGET_STAGE, "the cue's object or preposition slot names its target: "
        "„kritisierte die Türkei“, „Angriff auf die Ukraine“")


declare("event-target-coordinated", TARGET_STAGE, "owners of a mutual noun joined by „und“ act with each "
        "other: „ein Großmanöver der USA und Südkoreas“")


declare("event-target-partner", TARGET_STAGE, "coordinated subjects of a mutual cue act with each other: "
        "„Merkel und Macron vereinbarten eine engere Zusammenarbeit“")


UNTARGETED_VIOLENCE = declare("event-untargeted-violence", TARGET_STAGE, "a violent verb whose subject in its own "
                              "clause is a state or an armed group is an ASSAULT even where no target actor is "
                              "named: „Die Rebellen überrannten den Stützpunkt“, „Die Armee erschoss zwei Männer“")


_VIOLENCE_REACH = 3      # words from the verb to an inverted subject: „erschoss die israelische Armee“


def armed_violence(at: At, roles: Roles) -> bool:
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


RECIPROCAL = declare("event-target-reciprocal", TARGET_STAGE, "coordinated subjects with „sich gegenseitig“ or "
                     "„einander“ act on each other: „Russland und die Ukraine warfen sich gegenseitig Verstöße vor“ → "
                     "ACCUSE both ways")


RECIPROCAL_HOSTILE = declare("event-target-reciprocal-hostile", TARGET_STAGE, "coordinated subjects of an "
                             "accusation, threat or attack with a bare „sich“ as its object act on each other (no "
                             "side accuses itself): „Beide Seiten warfen sich Verstöße vor“ → ACCUSE both ways")


# acts no one does to himself: their bare "sich" with two subjects is reciprocal ("verteidigten sich" is not)
HOSTILE_RECIPROCAL_CODES = frozenset({"ACCUSE", "THREATEN", "ASSAULT"})


REFLEXIVE = german.REFLEXIVE_PRONOUN


def hostile_reflexive(sentence: Sentence, hit: CueHit) -> bool:
    """A hostile verb cue with a bare „sich“ after it in its own clause."""
    if hit.noun or hit.entry.code not in HOSTILE_RECIPROCAL_CODES or "obj" not in hit.entry.targets:
        return False
    _, last = sentence.clause_of(hit.index)
    return any(w.lower == REFLEXIVE for w in sentence.words[hit.index + 1:last])


def reciprocal(sentence: Sentence, hit: CueHit) -> bool:
    """The cue's clause says its subjects act on each other."""
    first, last = sentence.clause_of(hit.index)
    return any(w.lower in german.EACH_OTHER for w in sentence.words[first:last])


CLAIMANT = declare("event-target-claimant", TARGET_STAGE, "a denial in a „was“ clause denies what the main "
                   "clause's subject said: „Kiew wirft Moskau vor, Truppen zu verlegen, was Moskau bestreitet“ → "
                   "REJECT Russland → Ukraine")


def claimant_of(sentence: Sentence, hit: CueHit, subjects: tuple[Actor, ...]) -> Actor | None:
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


PRONOUN_OBJECT = declare("event-target-pronoun", GUARD_STAGE, "a cue whose object is a pronoun names a target "
                         "the reading cannot: no untargeted event: „Merkel hat ihn um Erläuterungen gebeten“")


def pronoun_object(sentence: Sentence, hit: CueHit) -> bool:
    """The cue's clause holds an object-only pronoun ("ihn", "ihm", "ihnen") and the cue takes an object."""
    first, last = sentence.clause_of(hit.index)
    return "obj" in hit.entry.targets and any(w.lower in german.OBJECT_ONLY_PRONOUNS
                                              for w in sentence.words[first:last])


declare("event-untargeted", TARGET_STAGE, "a statement without a named target is an event for some codes "
        "only: „Moskau bestreitet die Vorwürfe“")


PREVIOUS_STATEMENT = declare("event-target-previous-statement", TARGET_STAGE, "a rejection or criticism of „dies“ "
                             "after its subject acts on what the sentence before told, so on that sentence's subject: "
                             "„Die Nordpartei schlug eine Steuer vor. Die Südpartei wies dies zurück.“ → REJECT "
                             "Südpartei → Nordpartei; not that subject itself, nor „das“, also an article or a "
                             "relative („lehnt das Gesetz ab“, „…, das sich widersetzt“)")
STATEMENT_CODES = frozenset({"REJECT", "ACCUSE"})


def previous_statement(at: At, subjects: tuple[Actor, ...]) -> Actor | None:
    """The previous sentence's subject where a REJECT or ACCUSE verb's clause has „dies“ after its subjects and no
    target of its own."""
    hit, sentence, previous = at.hit, at.sentence, at.prev
    if hit.noun or hit.entry.code not in STATEMENT_CODES or previous is None or not subjects \
            or previous.key in {a.key for a in subjects}:
        return None
    words, (_, last) = sentence.words, sentence.clause_of(hit.index)
    pronoun = any(w.lower == german.STATEMENT_DEMONSTRATIVE for w in words[subjects[-1].last + 1:last])
    return previous if pronoun else None

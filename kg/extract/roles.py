"""Who acts and who is acted on in a clause, from word order and prepositions.

German main clauses put the finite verb second: the subject is the bare actor
phrase before it ("Biden sicherte Selenskyj … zu") or right after it when
something else comes first ("Am Donnerstag hatte er …"). Targets are the
other bare actors (dative/accusative objects) or actors after a given
preposition ("Kritik an X", "gegen X"). Coordinated verbs without a subject
("… und wirft der Ukraine vor") borrow the sentence's subject; relative
clauses ("…, das sich … widersetzt") the actor before the comma.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from spacy.tokens import Doc

from kg import resources
from kg.extract.clauses import (
    ACTOR_TYPES, COORDINATORS, DETERMINERS, PREPOSITIONS, RELATIVES, Actor,
    Resolver, Sentence, Word, build_sentences, clause_particle, dateline_end, governing_prep, verb_keys,
)
from kg.extract.lexicon import calendar_words, seat_title, control_verbs, state_organs
from kg.extract.mentions import EntityReading
from kg.extract.rules import Stage, declare, fired
from kg.facts import Article
from kg import german
from kg.german import (AUXILIARIES, BOTH, CLAUSE_ADVERBS, OBJECT_PRONOUNS, PERSONAL_PRONOUNS,
                       THIRD_PERSON_PRONOUNS)
from kg.nlp.memo import once_per_doc

_SENTENCE_DEMONSTRATIVE = german.MASCULINE_DEMONSTRATIVE.capitalize()     # "Dieser sagte …"

INSERTION_MARKS = frozenset({"–", "—", "-", "(", "["})      # clauses that open an insertion


@dataclass(frozen=True)
class Roles:
    """The subjects (coordinated ones included) and how they were found."""

    subjects: tuple[Actor, ...]
    borrowed: bool          # taken from outside the clause (elliptic, relative or pronoun)
    rule: str = ""          # the subject rule that found them


def with_references(sentence: Sentence, resolver: Resolver) -> Sentence:
    """The sentence with "er"/"sie", bare titles ("der Minister"), „Dieser“, „beide Seiten“ and
    epithets of an armed group („die Dschihadisten“) added as resolved actors."""
    # a seat compound read as its state („der Kremlchef“) may be a title phrase
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)
               if a.first != a.last or a.type == "Official" or seat_title(sentence.words[i].lower) is None}
    extra: list[Actor] = []
    words = sentence.words
    speaker = _speaker(sentence)
    before = ""
    objects: list[int] = []
    for i, w in enumerate(words):
        prev, before = before, w.lower
        if w.lower in OBJECT_PRONOUNS and i not in covered:
            objects.append(i)       # resolved last, once the clause's other references are known
            continue
        # what `_reference` can resolve: a referring word, a sentence's first word, a noun after an article
        if i in covered or not (w.lower in REFERRING or (w.capitalized and (i == 0 or prev in _REFERENCE_ARTICLES
                                                                              or _may_be_title_phrase(words, i)))):
            continue
        found = _reference(sentence, resolver, speaker, covered, i)
        extra += [replace(a, prep=governing_prep(words, a.first)) for a in found]
        covered.update(a.first for a in found)
    if objects:
        extra += _object_references(sentence, resolver, sentence.actors + tuple(extra), objects)
    if not extra:
        return sentence
    # a state adjective the title phrase took in („der russische Präsident“) is no actor of its own
    kept = tuple(a for a in sentence.actors if not any(e.first <= a.first and a.last <= e.last for e in extra))
    actors = tuple(sorted(kept + tuple(extra), key=lambda a: a.first))
    return replace(sentence, actors=actors)


ARMED_EPITHETS = frozenset(w.lower() for w in resources.load_word_list("armed_epithets.tsv"))
# lower-case words that may refer
REFERRING = THIRD_PERSON_PRONOUNS | BOTH | german.FIRST_PERSON_PRONOUNS | german.HIS
# the articles before a capitalised word that `_reference` reads: „die Dschihadisten“, „der Minister“
_REFERENCE_ARTICLES = german.PLURAL_GROUP_ARTICLES | german.PERSON_ARTICLES
DEMONSTRATIVE = declare("reference-demonstrative", "reference", "„Dieser“ opening a sentence before its verb is the "
                        "official who closed the sentence before: „Kiew schrieb an Außenminister Lawrow. Dieser …“")
PAIR = declare("reference-pair", "reference", "„beide Seiten“, „die beiden“ as a subject are the one pair of "
               "coordinated subjects of the last two sentences: „Russland und die Ukraine verhandelten. Beide "
               "Seiten einigten sich …“")
OWN_COUNTRY = resources.listed_words("own_country_nouns.tsv")
OWN_COUNTRY_RULE = declare("reference-own-country", "reference", "„sein Land“, „seine Regierung“: the state of the "
                           "official speaking or just named: „Sein Land werde protestieren, sagte Außenminister X“")
EPITHET = declare("reference-epithet", "reference", "„die Dschihadisten“, „die Miliz“: the one armed group "
                  "named in the last three sentences")


def _reference(sentence: Sentence, resolver: Resolver, speaker: Actor | None, covered: set[int],
               i: int) -> list[Actor]:
    """The actors word i refers to, if it is a pronoun, a title, „Dieser“, „beide“ or an epithet."""
    words, w = sentence.words, sentence.words[i]
    found = _where_clause_subject(sentence, w, i) if w.lower in THIRD_PERSON_PRONOUNS and i > 1 \
        and words[i - 1].lower in german.RELATIVE_ADVERBS and words[i - 2].text == "," else None
    if found is not None:
        pass        # "Merkel reiste nach Moskau, wo sie …": the main clause's subject
    elif w.lower in THIRD_PERSON_PRONOUNS and i > 1 and words[i - 1].text == "," \
            and (found := _reporting_subject(sentence, resolver, w, i)) is not None:
        pass        # "Putin sagte, er habe mit Erdogan telefoniert": the speaker
    elif w.lower in german.FIRST_PERSON_PRONOUNS and speaker is not None and i < speaker.first:
        # "Wir werden die Ukraine unterstützen, sagte Merkel": the speaker (or whom he speaks for)
        found = Actor(speaker.key, speaker.type, i, i, None, resolved=True)
    elif w.lower in THIRD_PERSON_PRONOUNS and (w.text in THIRD_PERSON_PRONOUNS or i == 0):
        found = resolver.pronoun(sentence.index, w, i)
    elif w.text == _SENTENCE_DEMONSTRATIVE and i == 0 and len(words) > 1 and words[1].verbish:
        found = _resolved(resolver.demonstrative(sentence.index), i, DEMONSTRATIVE)
    elif w.lower in german.HIS and i + 1 < len(words) and words[i + 1].lower in OWN_COUNTRY:
        owner = speaker if speaker is not None and speaker.first > i else resolver.pronoun(sentence.index, words[i], i)
        found = resolver.country_of(owner, i)
        if found is not None:
            fired(OWN_COUNTRY_RULE)
    elif w.lower in BOTH and (i == 0 or words[i - 1].lower in german.PLURAL_ARTICLES
                              or (i == 1 and words[0].lower in CLAUSE_ADVERBS)):      # „Doch beide Länder …“
        return _pair(sentence, resolver, i)
    elif w.lower in german.BOTH_NOMINATIVE and (words[i - 1].verbish or words[i - 1].lower in AUXILIARIES):
        return _pair(sentence, resolver, i, inverted=True)      # „Seit 2013 hatten beide Seiten …“
    elif w.capitalized and i > 0 and words[i - 1].lower in german.PLURAL_GROUP_ARTICLES and w.lower in ARMED_EPITHETS:
        found = _resolved(resolver.armed_group(sentence.index), i, EPITHET)
    elif w.capitalized and i > 0 and (i + 1 >= len(words) or (i + 1) not in covered):
        return _title_reference(sentence, resolver, i)
    return [found] if found is not None else []


def _may_be_title_phrase(words: Sequence[Word], i: int) -> bool:
    """A cheap test before `_title_reference`: a lower-case adjective before word i („der russische Präsident“)."""
    prev = words[i - 1]
    return i > 1 and prev.text.islower() and prev.lower.endswith(german.ADJECTIVE_ENDINGS)


def _title_reference(sentence: Sentence, resolver: Resolver, i: int) -> list[Actor]:
    """A title after „der“ („der Präsident“: the last official so titled), or a title phrase after „der“ and
    state adjectives or a seat compound („der russische Präsident“, „der Kremlchef“: the one official so titled
    of that state, spanning the adjectives)."""
    words = sentence.words
    j = i - 1
    while j >= i - 2 and j > 0 and words[j].lower not in german.PERSON_ARTICLES:
        j -= 1
    if words[j].lower not in german.PERSON_ARTICLES:
        return []
    if j == i - 1 and seat_title(words[i].lower) is None:
        found = resolver.title(sentence.index, words[i], i)
        return [found] if found is not None else []
    states = [a for a in sentence.actors if a.type == "State" and j < a.first and a.last < i]
    if len({a.key for a in states}) > 1 or sum(a.last - a.first + 1 for a in states) != i - 1 - j:
        return []       # every adjective a state's („der scheidende Präsident“ may be the next one)
    found = resolver.title_phrase(sentence.index, words[i], states[0].key if states else None, i)
    return [replace(found, first=j + 1)] if found is not None else []


OBJECT_REFERENCE = declare("reference-object-pronoun", "reference", "„ihn“/„ihm“ is the one official of the sentence "
                           "before (or of an earlier clause) not known as a woman and not named in the pronoun's own "
                           "clause: „Merkel traf Putin in Moskau. Später kritisierte sie ihn scharf“ → Putin")


def _object_references(sentence: Sentence, resolver: Resolver, actors: tuple[Actor, ...],
                       pronouns: list[int]) -> list[Actor]:
    """The officials the object pronouns at `pronouns` stand for, where exactly one fits."""
    out: list[Actor] = []
    for i in pronouns:
        first, last = sentence.clause_of(i)
        here = {a.key for a in actors if first <= a.first < last}
        earlier = [a.key for a in actors if a.last < first and a.type == "Official"]
        keys = [k for k in dict.fromkeys(resolver.officials_before(sentence.index) + earlier)
                if k not in here and not resolver.feminine(k)]
        if len(keys) == 1:
            fired(OBJECT_REFERENCE)
            out.append(Actor(keys[0], "Official", i, i, governing_prep(sentence.words, i), resolved=True))
    return out


WHERE_PRONOUN = declare("reference-where-clause", "reference", "„er“/„sie“ after „, wo“ is the subject of the "
                        "sentence's main clause before it: „Merkel reiste nach Moskau, wo sie Putin traf“")


def _where_clause_subject(sentence: Sentence, w: Word, i: int) -> Actor | None:
    """The main clause's subject before the comma, for a pronoun opening a "wo" clause ("er" only an official),
    where the main clause names no object the pronoun could mean."""
    subject = main_subject(sentence)
    if subject is None or subject.last >= i - 2 or subject.prep is not None:
        return None
    if any(a.prep is None and a.key != subject.key for a in sentence.actors if a.last < i - 2) \
            or any(x.lower in german.OBJECT_ONLY_PRONOUNS for x in sentence.words[:i - 2]):
        return None     # "Niessl holte Doskozil nach Eisenstadt, wo er …": the object may be meant
    if w.lower in german.MASCULINE_PRONOUNS and subject.type != "Official":
        return None
    return _resolved(subject, i, WHERE_PRONOUN)


REPORTED_SPEAKER = declare("reference-reported-speaker", "reference", "„er“/„sie“ opening the clause after a verb "
                           "of saying is its named subject, where the pronoun fits (er: an official not known as a "
                           "woman; sie: a woman, a state or a body): „Putin sagte, er habe mit Erdogan telefoniert“")


def _reporting_subject(sentence: Sentence, resolver: Resolver, w: Word, i: int) -> Actor | None:
    """The subject of the clause of saying that ends at the comma before the pronoun at `i`."""
    first, _ = sentence.clause_of(i - 2)
    words = sentence.words
    if not any(x.verbish and x.lemma in REPORTING for x in words[first:i - 1]):
        return None
    subject = main_subject(sentence)
    if subject is None or not first <= subject.first < i - 1 or subject.type not in ACTOR_TYPES:
        return None
    official = subject.type == "Official"
    if (w.lower in german.MASCULINE_PRONOUNS) != (official and not resolver.feminine(subject.key)):
        return None
    return _resolved(subject, i, REPORTED_SPEAKER)


def _resolved(actor: Actor | None, at: int, rule: str) -> Actor | None:
    if actor is None:
        return None
    fired(rule)
    return Actor(actor.key, actor.type, at, at, None, resolved=True)


def _pair(sentence: Sentence, resolver: Resolver, i: int, inverted: bool = False) -> list[Actor]:
    """ „Beide Seiten“/„die beiden“ before the verb (or, `inverted`, right after it: „hatten beide Seiten“),
    as subject: the pair, at this word and the next."""
    words = sentence.words
    nxt = i + 1 if i + 1 < len(words) and words[i + 1].capitalized else i
    if inverted and nxt == i:
        return []
    if not inverted and (nxt + 1 >= len(words) or not words[nxt + 1].verbish and words[nxt + 1].lower not in AUXILIARIES):
        return []
    pair = resolver.paired(sentence.index, words[nxt].text if nxt > i else "")
    if pair is None:
        return []
    fired(PAIR)
    return [Actor(pair[0].key, pair[0].type, i, i, None, resolved=True),
            Actor(pair[1].key, pair[1].type, nxt, nxt, None, resolved=True)]


REPORTING = resources.load_word_list("reporting_verbs.tsv")     # lemmas, `kg/data/reporting_verbs.tsv`


def _speaker(sentence: Sentence) -> Actor | None:
    """The named speaker of a sentence-final report ("…, sagte Merkel"), if any."""
    words = sentence.words
    for first, last in sentence.clauses[1:]:
        lead = first + 1 if words[first].text == "," else first
        if lead < last and words[lead].verbish and words[lead].lemma in REPORTING:
            actor = next((a for a in sentence.actors if lead < a.first <= lead + 6 and a.prep is None), None)
            if actor is not None and actor.type in ACTOR_TYPES:
                return actor
    return None


def _chain(sentence: Sentence, head: Actor, pool: list[Actor]) -> list[Actor]:
    """`head` and the actors coordinated with it ("die USA und die EU", "Frankreich, Deutschland und Russland")."""
    out = [head]
    last = organ = _organ_end(sentence.words, head)
    for actor in pool:
        if actor.first <= last or actor.key == head.key:
            continue
        gap = sentence.words[last + 1:actor.first]
        if not gap and actor.resolved and head.resolved and actor.first == last + 1:
            out.append(actor)       # the two of „beide Seiten“
            last = actor.last
        elif gap and all(w.lower in COORDINATORS | DETERMINERS | {","} for w in gap) \
                and any(w.lower in german.LIST_GLUE for w in gap):
            # "Die Minister der USA und Russlands, Kerry und Lawrow, …": the names rename those before them
            out = [actor] if last + 1 in sentence.renaming else out + [actor]
            last = actor.last
        elif _titled(gap, actor):
            fired(CHAIN_TITLE)      # "die SPD und ihr Kandidat Martin Schulz"
            out.append(actor)
            last = actor.last
        else:
            break
    if organ != head.last and len(out) > 1:
        fired(CHAIN_ORGAN)
    return out


def coordinated_subjects(sentence: Sentence, head: Actor) -> list[Actor]:
    """`head` and the bare actors coordinated with it ("Merkel und Hollande")."""
    return _chain(sentence, head, [a for a in sentence.actors if a.prep is None])


CHAIN_ORGAN = declare("chain-state-organ", "subject", "a state adjective's phrase ends with the organ noun it "
                      "qualifies, and the list goes on after it: „Die kolumbianische Regierung und die FARC "
                      "verhandeln“")


def _organ_end(words: Sequence[Word], actor: Actor) -> int:
    """The last word of a state adjective's phrase: the organ noun after it and its adjectives („kolumbianische
    Regierung“; the actor reading keeps a state adjective only before a noun the state acts through)."""
    if actor.type != "State" or actor.resolved or actor.first != actor.last or not words[actor.last].text.islower():
        return actor.last
    k = actor.last + 1
    while k < len(words) and k - actor.last <= 3 and words[k].text.islower() and words[k].text.isalpha() \
            and words[k].lower.endswith(german.ADJECTIVE_ENDINGS):
        k += 1
    if k >= len(words) or not words[k].capitalized or not words[k].text.isalpha():
        return actor.last
    return k


CHAIN_TITLE = declare("chain-title", "subject", "an official coordinated with a title before his name is one of "
                      "the list: „Die SPD und ihr Kandidat Martin Schulz kritisierten Merkel“, „Trump und sein "
                      "Außenminister Tillerson“")


def _titled(gap: Sequence[Word], actor: Actor) -> bool:
    """The gap is „und“ (with determiners) and one capitalised word, the title of the official after it."""
    return actor.type == "Official" and len(gap) >= 2 and gap[0].lower in german.ADDITIVE_CONJUNCTIONS \
        and gap[-1].capitalized and gap[-1].text.isalpha() and all(w.lower in DETERMINERS for w in gap[1:-1])


OBLIQUE_ARTICLES = german.OBLIQUE_ARTICLES | german.OBJECT_PRONOUNS


def _oblique(sentence: Sentence, actor: Actor) -> bool:
    """An actor phrase opened by an accusative or dative article ("den Papst", "dem Kreml"), or an object
    pronoun read as an actor ("Ihm warf Merkel vor")."""
    return (actor.first > 0 and sentence.words[actor.first - 1].lower in OBLIQUE_ARTICLES) or \
        _oblique_pronoun(sentence, actor)


def _genitive_attribute(sentence: Sentence, actor: Actor) -> bool:
    """ "Die Kirche Kubas", "die Opposition Venezuelas": the actor only qualifies a noun it does not act through."""
    words = sentence.words
    i = actor.first
    if i < 2 or actor.first != actor.last or not words[i].lower.endswith("s"):
        return False
    if not (words[i - 2].lower in DETERMINERS or words[i - 2].text.islower()):
        return False            # "Sowohl Valls als auch …": no noun phrase before the name
    noun = words[i - 1]
    if not noun.capitalized or not noun.text.isalpha() or any(a.first <= i - 1 <= a.last for a in sentence.actors):
        return False
    # "die Regierungschefs Frankreichs": an organ's plural in -s acts for the state too
    return not any(form.endswith(state_organs()) for form in (noun.lower, noun.lemma, noun.lower.removesuffix("s")))


def _oblique_pronoun(sentence: Sentence, actor: Actor) -> bool:
    """An object pronoun read as an actor („ihn“, „ihm“): never a subject."""
    return actor.resolved and sentence.words[actor.first].lower in OBJECT_PRONOUNS


def _verb_final(sentence: Sentence, cue: int, subject: Actor) -> bool:
    """An auxiliary between subject and cue ("hatten die Stadt erobert"): objects stand before the cue."""
    first, _ = sentence.clause_of(cue)
    return any(w.lower in AUXILIARIES for w in sentence.words[max(first, subject.last + 1):cue])


def reported_speaker(sentence: Sentence) -> Actor | None:
    """The named speaker of a sentence-final report ("…, sagte Merkel"), if any."""
    return _speaker(sentence)


def main_subject(sentence: Sentence) -> Actor | None:
    """The subject of the sentence's first verb, when it is a named actor.

    The bare actor before that verb ("Russland bestreitet …"), or right after
    it when an adverbial opens the sentence ("Am Montag lehnte Moskau … ab");
    a sentence without a verb (a headline) gives its first bare actor.
    Borrowed by elliptic clauses and pronouns.
    """
    words = sentence.words
    bare = [a for a in sentence.actors if a.prep is None and not _oblique_pronoun(sentence, a)]
    if not bare:
        return None
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    verb = next((i for i, w in enumerate(words) if w.verbish and i not in covered), None)
    if verb is None:
        return bare[0]
    before = [a for a in bare if a.last < verb]
    if before:
        return before[0]
    lead = dateline_end(words)
    opener = words[lead] if lead < len(words) else words[0]
    spans = calendar_words().get("span", {})
    # "Einen Tag vor dem Gipfel hat der Ministerrat …": a fronted time span is adverbial too
    timed = any(w.lower in spans for w in words[lead:min(verb, lead + 3)])
    if opener.lower in CLAUSE_ADVERBS or opener.lower in PREPOSITIONS or opener.text[:1].isdigit() or timed:
        return next((a for a in bare if verb < a.first <= verb + 4), None)
    return None


def zu_infinitive(sentence: Sentence, cue: int) -> bool:
    """A zu-infinitive ("… zu kooperieren", "auszuüben"): its subject is the main clause's."""
    words = sentence.words
    return (cue > 0 and words[cue - 1].lower == german.INFINITIVE_PARTICLE) or \
        (cue + 2 < len(words) and words[cue + 1].lower == german.INFINITIVE_PARTICLE
         and words[cue + 2].lower in german.PERFECT_INFINITIVES) or \
        any(words[cue].lower.startswith(p + german.INFINITIVE_PARTICLE) and len(words[cue].lower) > len(p) + 4
            for p in german.SEPARABLE_PARTICLES)


def _noun_first(sentence: Sentence, lead: int, last: int) -> bool:
    """The clause opens with a non-actor noun ("Ein Leitartikel … forderte", "Bundespräsident traf"): its subject."""
    words = sentence.words
    if lead != 0 or lead + 1 >= last:
        return False
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    first = words[lead]
    if first.lower in german.NOMINATIVE_ARTICLES:
        return words[lead + 1].capitalized and (lead + 1) not in covered
    return (first.text.replace("-", "").isalpha() and lead not in covered and first.lower not in CLAUSE_ADVERBS
            and first.lower not in PREPOSITIONS and words[lead + 1].verbish)


def _controller(sentence: Sentence, first: int) -> Actor | None:
    """The subject of the zu-infinitive clause starting at `first`: the object of a control verb in the
    clause before ("Kiew warf Moskau vor, … verletzt zu haben": Moskau), else the sentence's subject."""
    before = [c for c in sentence.clauses if c[1] <= first]
    if before:
        a, b = before[-1]
        particle = clause_particle(sentence, a, b)
        for i in range(a, b):
            keys = verb_keys(sentence.words[i], particle[0] if particle and particle[1] != i else None)
            if not sentence.words[i].capitalized and control_verbs().intersection(keys):
                return next((x for x in sentence.actors_in(i + 1, b) if x.prep is None), None)
    return main_subject(sentence)


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
    found = SUBJECTS.first(_slot(sentence, cue, previous_subject))
    if found is None or not found[1].subjects:
        return None
    return replace(found[1], rule=found[0])


@dataclass(frozen=True)
class _Slot:
    """Where the subject rules look: the cue's clause and what stands around the cue."""

    sentence: Sentence
    cue: int
    previous_subject: Actor | None
    first: int
    last: int
    bare: list[Actor]               # the clause's actors without a preposition
    lead: int                       # the clause's first word after its boundary mark
    boundary: str | None            # that mark ("," or ";"), if any
    before: list[Actor]             # bare actors before the cue, genitive attributes aside
    after: list[Actor]              # bare actors after the cue
    coordinated: bool               # "… und wirft …": a verb right after a coordinator
    inverted: bool                  # the verb may precede its subject here


def _slot(sentence: Sentence, cue: int, previous_subject: Actor | None) -> _Slot:
    first, last = sentence.clause_of(cue)
    words = sentence.words
    bare = [a for a in sentence.actors_in(first, last) if a.prep is None]
    lead = first + 1 if words[first].text in (",", ";", ":", "–", "-", "(") else first
    # "… und wirft …": a coordinator inside the sentence right before a verb ("Doch die …" is no ellipsis)
    coordinated = 0 < lead < last - 1 and words[lead].lower in COORDINATORS and words[lead + 1].verbish
    opener = words[lead] if lead < last else words[first]
    # the verb may precede its subject only after an adverbial ("Am Dienstag lud Kosak ein") or at the
    # start of a clause ("…, kritisierte er"); after a noun phrase that noun phrase is the subject
    # "Nächste Woche verhandeln Serbien und der Kosovo": a fronted time span is adverbial too (as in main_subject)
    spans = calendar_words().get("span", {})
    inverted = (opener.verbish or opener.lower in CLAUSE_ADVERBS or opener.lower in PREPOSITIONS
                or opener.text[:1].isdigit() or any(w.lower in spans for w in words[lead:min(cue, lead + 3)])
                or _genitive_phrase(words, lead, last))
    return _Slot(sentence, cue, previous_subject, first, last, bare, lead, words[first].text if lead > first else None,
                 [a for a in bare if a.last < cue and not _genitive_attribute(sentence, a)],
                 [a for a in bare if a.first > cue and not _oblique_pronoun(sentence, a)], coordinated, inverted)


GENITIVE_OPENER = declare("subject-genitive-opener", "subject", "„während“ before a genitive opens a phrase, no "
                          "clause: the subject may follow the verb: „Während seines Besuchs in Berlin traf Erdogan "
                          "Merkel“")


def _genitive_phrase(words: Sequence[Word], lead: int, last: int) -> bool:
    """ "Während des/seines …": a preposition of the genitive, not the conjunction."""
    if not (lead + 1 < last and words[lead].lower in german.GENITIVE_SUBORDINATORS
            and words[lead + 1].lower in german.GENITIVE_DETERMINERS):
        return False
    fired(GENITIVE_OPENER)
    return True


SUBJECTS = Stage("subject")
NO_SUBJECT = Roles((), False)       # a rule decided: no named actor is the subject


def _chained(slot: _Slot, head: Actor) -> Roles:
    pool = [a for a in slot.bare if not _oblique_pronoun(slot.sentence, a)]      # „sie ihn“: no pair
    return Roles(tuple(_chain(slot.sentence, head, pool)), head.resolved)


@SUBJECTS.rule("subject-infinitive-object", "actors before a zu-infinitive after a comma are its objects; its "
               "subject is the controller: „Merkel forderte die Nato auf, die Türkei zu unterstützen“")
def _infinitive_object(slot: _Slot) -> Roles | None:
    if slot.boundary != "," or not zu_infinitive(slot.sentence, slot.cue):
        return None
    subject = _controller(slot.sentence, slot.first)
    return Roles((subject,), True) if subject is not None and subject.last < slot.first else NO_SUBJECT


@SUBJECTS.rule("subject-relative-antecedent", "a relative clause opened by a nominative relative pronoun and "
               "an uncapitalised word has the actor right before its comma as subject, also where the clause names an "
               "actor before its verb (its object): „Kerry, der am Montag Lawrow getroffen hatte, …“")
def _relative_antecedent(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if slot.boundary != "," or not slot.before or not (
            lead < slot.last - 1 and words[lead].lower in german.NOMINATIVE_RELATIVES and not words[lead + 1].capitalized):
        return None         # no named actor before the verb: `subject-relative` reads the clause
    previous = [a for a in slot.sentence.actors if a.last < slot.first]
    return Roles((previous[-1],), True) if previous and previous[-1].last == slot.first - 1 else None


@SUBJECTS.rule("subject-after-fronted-object", "an object fronted before the verb: the subject is the next "
               "bare actor: „Den Papst lobte Castro“")
def _after_fronted_object(slot: _Slot) -> Roles | None:
    if not slot.before or not _oblique(slot.sentence, slot.before[0]):
        return None
    fronted = slot.before[0]
    rest = [a for a in slot.bare if a.first > fronted.last and a.key != fronted.key
            and not _oblique(slot.sentence, a)]
    if rest:
        return _chained(slot, rest[0])
    return _chained(slot, slot.before[1]) if len(slot.before) > 1 else None


@SUBJECTS.rule("subject-before", "the first bare actor before the cue is its subject (with those coordinated): "
               "„Russland und die Ukraine einigten sich“")
def _before(slot: _Slot) -> Roles | None:
    if not slot.before or _oblique(slot.sentence, slot.before[0]) or _object_of_noun_first(slot):
        return None
    return _chained(slot, slot.before[0])


OBJECT_BEFORE_PARTICIPLE = declare("subject-not-object-before-participle", "subject", "a clause opening with an "
                                   "unnamed noun phrase: an actor past its auxiliary, before the participle or "
                                   "infinitive at the end, is its object, not its subject: „Der Minister hatte "
                                   "Russland als Bedrohung bezeichnet“")


def _object_of_noun_first(slot: _Slot) -> bool:
    """The clause opens with an article and an unnamed noun and the first actor before the cue stands past its
    auxiliary („Der Minister hatte Russland … bezeichnet“), not in the phrase („Der Konzern Siemens hat …“, „Der Chef
    der SPD, X, hat …“)."""
    words, actor = slot.sentence.words, slot.before[0]
    if words[slot.lead].lower not in german.NOMINATIVE_ARTICLES or not _noun_first(slot.sentence, slot.lead, slot.last) \
            or not any(w.lower in AUXILIARIES for w in words[slot.lead + 1:actor.first]) \
            or any(w.text.isalpha() for w in words[slot.cue + 1:slot.last]):
        return False        # the cue ends the clause: a participle or infinitive („… bezeichnet.“)
    fired(OBJECT_BEFORE_PARTICIPLE)
    return True


@SUBJECTS.rule("subject-relative", "a relative clause's subject is the actor right before its comma: "
               "„Russland, das einen Angriff plant“")
def _relative(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    if not (lead < slot.last - 1 and words[lead].lower in RELATIVES and lead > 0 and not words[lead + 1].capitalized):
        return None
    previous = [a for a in slot.sentence.actors if a.last < slot.first]
    return Roles((previous[-1],), True) if previous and previous[-1].last >= slot.first - 2 else None


@SUBJECTS.rule("subject-infinitive-main", "a zu-infinitive without a subject of its own takes the sentence's: "
               "„Russland versucht seit Jahren, die Ukraine anzugreifen“")
def _infinitive_main(slot: _Slot) -> Roles | None:
    if not zu_infinitive(slot.sentence, slot.cue):
        return None
    subject = main_subject(slot.sentence)
    return Roles((subject,), True) if subject is not None and subject.last < slot.first else None


TEXT_NOUNS = resources.load_word_list("text_nouns.tsv")      # "Ein Leitartikel der X": X speaks


# where a text's author stands: "in der Washington Post", "im Spiegel", "der Zeitung", "von Reuters"
_AUTHOR_PREPOSITIONS = german.IN_PREPOSITIONS | german.NOUN_COMPLEMENT_OPENERS


@SUBJECTS.rule("subject-text-author", "a text opening the clause speaks for the organisation it appears in or "
               "comes from: „Ein Leitartikel in der Washington Post forderte Obama auf …“")
def _text_author(slot: _Slot) -> Roles | None:
    words, lead = slot.sentence.words, slot.lead
    k = lead + 1 if lead < slot.last and words[lead].lower in DETERMINERS else lead
    if k >= slot.cue or words[k].text not in TEXT_NOUNS:
        return None
    author = next((a for a in slot.sentence.actors_in(k + 1, slot.cue) if a.type == "Organization"
                   and (a.prep in _AUTHOR_PREPOSITIONS or a.prep is None) and a.first <= k + 3), None)
    return Roles((author,), False) if author is not None else None


@SUBJECTS.rule("subject-noun-first", "a clause opening with an unnamed noun phrase has that as its subject, "
               "no named actor: „Westliche Regierungen werfen Russland vor …“")
def _noun_first_subject(slot: _Slot) -> Roles | None:
    return NO_SUBJECT if _noun_first(slot.sentence, slot.lead, slot.last) else None


@SUBJECTS.rule("subject-unnamed", "a pronoun or an unknown person right after the verb is the subject, no named "
               "actor: „Warum kritisieren Sie die Regierung?“")
def _unnamed(slot: _Slot) -> Roles | None:
    sentence, cue = slot.sentence, slot.cue
    nxt = cue + 1
    if nxt < slot.last and (sentence.words[nxt].lower in PERSONAL_PRONOUNS or nxt in sentence.persons) and \
            not any(a.first == nxt for a in sentence.actors):
        return NO_SUBJECT
    return None


@SUBJECTS.rule("subject-inverted", "after an adverbial the subject follows the verb: „Am Donnerstag kritisierte "
               "Merkel die Türkei“")
def _inverted(slot: _Slot) -> Roles | None:
    if not slot.after or slot.coordinated or not slot.inverted:
        return None
    head = slot.after[0]
    words = slot.sentence.words
    article = words[head.first - 1].lower if head.first > 0 else ""
    near = head.first <= slot.cue + 4
    if head.resolved or head.type == "Official" or (near and article not in german.MASCULINE_ARTICLES):
        return _chained(slot, head)
    return None


@SUBJECTS.rule("subject-elliptic", "a verb after „und“ or a comma without a subject of its own shares the "
               "sentence's (or the last sentence's): „Russland bestreitet die Pläne und wirft der Ukraine vor …“")
def _elliptic(slot: _Slot) -> Roles | None:
    words = slot.sentence.words
    if not (slot.coordinated or (slot.boundary == "," and slot.lead < slot.last and words[slot.lead].verbish)):
        return None
    subject = main_subject(slot.sentence)
    if subject is not None and subject.last < slot.first:
        return Roles((subject,), True)
    if subject is None and slot.previous_subject is not None:
        return Roles((slot.previous_subject,), True)
    return NO_SUBJECT


@SUBJECTS.rule("subject-inverted-far", "a subject further after the verb, not one with an object's article: "
               "„Seit einem Jahr kritisiert die Regierung Russlands die Ukraine“")
def _inverted_far(slot: _Slot) -> Roles | None:
    if not slot.after or not slot.inverted:
        return None
    head = slot.after[0]
    words = slot.sentence.words
    if head.first > 0 and words[head.first - 1].lower in german.OBJECT_ARTICLES:
        return NO_SUBJECT         # an accusative or dative object, not the subject
    return _chained(slot, head)


SLOT_GENITIVE = declare("event-target-slot-genitive", "event target", "the genitive of the noun in the cue's "
                        "preposition slot names the target: „Luftangriffe auf Stellungen der PKK“ → PKK")
_SLOT_GENITIVE_REACH = 6      # words from the preposition to the genitive actor


def _slot_genitive(sentence: Sentence, pool: list[Actor], place: str, cue: int) -> list[Actor]:
    """A bare actor in the genitive of the noun after the slot's preposition: „auf ein Lager der IS“."""
    words = sentence.words
    for i in range(cue + 1, min(len(words), cue + 8)):
        if words[i].lower != place:
            continue
        for a in pool:
            gap = words[i + 1:a.first]
            # "der PKK", "der Extremistenmiliz IS": the article, at most one head noun before the name
            k = len(gap) - 2 if len(gap) >= 3 and gap[-1].capitalized else len(gap) - 1
            if a.prep is None and 2 <= len(gap) <= _SLOT_GENITIVE_REACH and gap[k].lower in german.GENITIVE_ARTICLES \
                    and gap[k - 1].capitalized and not any(w.text in (",", ".") or w.verbish for w in gap):
                fired(SLOT_GENITIVE)
                return [a]
        return []
    return []


def find_targets(sentence: Sentence, cue: int, subjects: tuple[Actor, ...], places: tuple[str, ...],
                 noun: bool = False) -> list[Actor]:
    """Targets of the cue: the actors after one of `places` ("obj" or prepositions), tried in order."""
    first, last = sentence.clause_of(cue)
    taken = {a.key for a in subjects}
    pool = [a for a in sentence.actors_in(first, last) if a.key not in taken]
    for place in places:
        if place == "obj":
            if noun:
                # "Festnahme des Oppositionellen X": a genitive actor right after the noun
                hits = [a for a in pool if a.prep is None and cue < a.first <= cue + 3]
            else:
                hits = [a for a in pool if a.prep is None and a.first > subjects[0].last] or \
                       [a for a in pool if a.prep is None]
                if _verb_final(sentence, cue, subjects[0]):
                    # "hatten Sanaa erobert und Präsident Hadi … gezwungen": Hadi belongs to the next verb
                    hits = [a for a in hits if a.first < cue]
        else:
            hits = [a for a in pool if a.prep == place and (not noun or cue < a.first <= cue + 6)] or \
                _slot_genitive(sentence, pool, place, cue)
        if hits:
            return _chain(sentence, hits[0], pool)
    if not noun:
        # a prepositional partner in an insertion of the same sentence ("– also auch mit der Ukraine –")
        # insertions (clauses opened by a dash or bracket) and what follows the cue (its infinitive
        # complement: "hat sich bereiterklärt, in Syrien eng mit den USA … zu kooperieren"); a partner
        # of an earlier clause ("verstieß gegen UN-Resolutionen, weshalb …") is not this cue's target
        inserts = [(a, b) for a, b in sentence.clauses
                   if (a, b) != (first, last) and (a >= last or sentence.words[a].text in INSERTION_MARKS)]
        rest = [a for a in sentence.actors if a.key not in taken
                and any(x <= a.first < y for x, y in inserts)]
        for place in places:
            hits = [a for a in rest if place != "obj" and a.prep == place]
            if hits:
                return [hits[0]]
    return []


_CACHE_KEY = "kg.extract.sentences"


def read_sentences(doc: Doc, article: Article, reading: EntityReading) -> list[Sentence]:
    """The article's sentences with pronouns and titles resolved; computed once per Doc and reading."""
    return once_per_doc(doc, _CACHE_KEY, reading, lambda: _read_sentences(doc, article, reading))


def _read_sentences(doc: Doc, article: Article, reading: EntityReading) -> list[Sentence]:
    resolver = Resolver(reading)
    out: list[Sentence] = []
    for sentence in build_sentences(doc, article, reading):
        sentence = with_references(sentence, resolver)
        subject = main_subject(sentence)
        if subject is not None:
            resolver.subject(sentence.index, subject)
            chain = _chain(sentence, subject, [a for a in sentence.actors if a.prep is None])
            if len(chain) == 2 and not chain[0].resolved:
                resolver.pair(sentence.index, (chain[0], chain[1]))
        resolver.saw(sentence)
        out.append(sentence)
    return out


def previous_subject(sentences: list[Sentence], index: int) -> Actor | None:
    """The main subject of the nearest earlier sentence that has one (up to two back)."""
    for back in (1, 2):
        if index - back >= 0:
            subject = main_subject(sentences[index - back])
            if subject is not None:
                return subject
    return None

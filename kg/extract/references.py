"""Actors named by reference, added to a sentence as resolved actors: „er“/„sie“, „ihn“, a bare title („der
Minister“, „der russische Präsident“), „Dieser“, „beide Seiten“, „sein Land“, an armed group's epithet.

>>> from kg.extract.clauses import words_of
>>> _may_be_title_phrase(tuple(words_of("der russische Präsident")), 2)
True
"""
from __future__ import annotations

from dataclasses import replace
from itertools import compress
from operator import attrgetter
from typing import Sequence

from kg import german, resources
from kg.extract.clauses import ACTOR_TYPES, BOUNDARY_PUNCT, Actor, Sentence, Word, clause_has_verb, make_word
from kg.extract.lexicon import seat_title, time_nouns
from kg.extract.party_lookup import member_nouns
from kg.extract.prepositions import governing_prep
from kg.extract.resolver import MINISTRY_LEMMAS, Resolver
from kg.extract.rules import declare, fired
from kg.extract.subjects import REPORTING, main_subject, reported_speaker
from kg.german import BOTH, CLAUSE_ADVERBS, OBJECT_PRONOUNS, THIRD_PERSON_PRONOUNS
from kg.nlp.memo import Memo


_SENTENCE_DEMONSTRATIVE = german.MASCULINE_DEMONSTRATIVE.capitalize()     # "Dieser sagte …"


def with_references(sentence: Sentence, resolver: Resolver) -> Sentence:
    """The sentence with "er"/"sie", bare titles ("der Minister"), „Dieser“, „beide Seiten“ and
    epithets of an armed group („die Dschihadisten“) added as resolved actors."""
    # a seat compound read as its state („der Kremlchef“) may be a title phrase
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)
               if a.first != a.last or a.type == "Official" or (seat_title(sentence.words[i].lower) is None
                                                                and not _state_title(sentence, a)
                                                                and not _party_title(sentence, a, resolver))}
    extra: list[Actor] = []
    words = sentence.words
    speaker = reported_speaker(sentence)
    objects: list[int] = []
    for i in compress(range(len(words)), map(_MAY_REFER.__getitem__, map(_TEXT, words))):
        w, prev = words[i], words[i - 1].lower if i else ""
        if w.lower in OBJECT_PRONOUNS and i not in covered:
            objects.append(i)       # resolved last, once the clause's other references are known
            continue
        # what `_reference` can resolve: a referring word, a sentence's first word, a noun after an article
        if i in covered or not (w.lower in REFERRING or w.lower in DOMESTIC_ORGANS or w.text in german.COUNTRY_NOUNS
                                or w.lower in MINISTRY_NOUNS
                                or (w.capitalized and (i == 0 or prev in _REFERENCE_ARTICLES
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
REFERRING = THIRD_PERSON_PRONOUNS | BOTH | german.SPEAKER_SIDE_PRONOUNS | german.HIS | german.NOMINATIVE_DEMONSTRATIVES
_CLAUSE_OPENERS = german.SUBORDINATORS | german.SUBORDINATORS_AMBIGUOUS
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
    found = _subordinate_subject(sentence, w, i)
    if found is not None:
        pass        # "Merkel reiste nach Moskau, wo sie …", "Für Minister Muster ist das Gesetz, das er …": named there
    elif w.lower in THIRD_PERSON_PRONOUNS and i > 1 and words[i - 1].text == "," \
            and (found := _reporting_subject(sentence, resolver, w, i)) is not None:
        pass        # "Putin sagte, er habe mit Erdogan telefoniert": the speaker
    elif w.lower in german.SPEAKER_SIDE_PRONOUNS:
        found = _speaker_side(sentence, resolver, speaker, w, i)
    elif w.lower in THIRD_PERSON_PRONOUNS and (w.text in THIRD_PERSON_PRONOUNS or i == 0):
        found = resolver.pronoun(sentence.index, w, i) or (_woman_named_last(sentence, resolver) if i == 0 else None)
        found = None if found is not None and _plural_she(words, i, found) else found
    elif w.text == _SENTENCE_DEMONSTRATIVE and i == 0 and len(words) > 1 and words[1].verbish:
        found = _resolved(resolver.demonstrative(sentence.index), i, DEMONSTRATIVE)
    elif w.lower in german.HIS and i + 1 < len(words) and words[i + 1].lower in OWN_COUNTRY:
        found = _own_country(sentence, resolver, speaker, i)
    elif w.lower in BOTH and (i == 0 or words[i - 1].lower in german.PLURAL_ARTICLES
                              or (i == 1 and words[0].lower in CLAUSE_ADVERBS)):      # „Doch beide Länder …“
        return _pair(sentence, resolver, i)
    elif w.lower in german.BOTH_NOMINATIVE and words[i - 1].verb_or_auxiliary:
        return _pair(sentence, resolver, i, inverted=True)      # „Seit 2013 hatten beide Seiten …“
    elif w.lower in DOMESTIC_ORGANS and i > 0 and words[i - 1].lower in german.ARTICLES and _bare_noun(words, covered, i):
        found = _domestic_organ(sentence, resolver, i)
    elif w.lower in MINISTRY_NOUNS and i > 0 and _bare_ministry(words, covered, i):
        found = resolver.ministry(sentence, i)
    elif w.lower in german.NOMINATIVE_DEMONSTRATIVES and i > 0 and words[i - 1].lower in _CLAUSE_OPENERS \
            and (i + 1 >= len(words) or not words[i + 1].capitalized or (i + 1) in covered):
        found = _last_named(sentence, i)
    elif w.text in german.COUNTRY_NOUNS and _subject_country_noun(words, covered, i):
        found = _resolved(resolver.country(sentence.index, i), i, COUNTRY_NOUN)
    elif w.capitalized and i > 0 and words[i - 1].lower in german.PLURAL_GROUP_ARTICLES and w.lower in ARMED_EPITHETS:
        found = _resolved(resolver.armed_group(sentence.index), i, EPITHET)
    elif w.capitalized and i > 0 and (i + 1 >= len(words) or (i + 1) not in covered):
        return _apposed(sentence, i, _title_reference(sentence, resolver, i))
    return [found] if found is not None else []


def _subordinate_subject(sentence: Sentence, w: Word, i: int) -> Actor | None:
    """„er“/„sie“ opening a „wo“ clause or „er“ opening a relative clause: an actor its own sentence named."""
    words = sentence.words
    if w.lower in THIRD_PERSON_PRONOUNS and i > 1 and words[i - 1].lower in german.RELATIVE_ADVERBS \
            and words[i - 2].text == ",":
        return _where_clause_subject(sentence, w, i)
    return _relative_clause_official(sentence, w, i)


RELATIVE_CLAUSE_OFFICIAL = declare("reference-relative-clause-official", "reference", "„er“ right after the "
                                   "relative pronoun opening a relative clause is the one official its sentence "
                                   "named before, no earlier one: „Für Minister Max Muster ist das Gesetz, das er "
                                   "gestern unterschrieb, ein Erfolg.“ → er = Muster")


def _relative_clause_official(sentence: Sentence, w: Word, i: int) -> Actor | None:
    """The one Official named before „, das er …“ in the same sentence, where no private person is named before."""
    words = sentence.words
    if w.text not in german.MASCULINE_PRONOUNS or i < 2 or words[i - 1].lower not in german.RELATIVES \
            or words[i - 2].text != ",":
        return None
    named = {a.key for a in sentence.actors if a.last < i and not a.resolved}
    officials = [a for a in sentence.actors if a.last < i and a.type == "Official" and not a.resolved]
    if len(named) != 1 or not officials or any(p < i for p in sentence.persons):
        return None
    fired(RELATIVE_CLAUSE_OFFICIAL)
    return Actor.referred(officials[0].key, "Official", i)


def _woman_named_last(sentence: Sentence, resolver: Resolver) -> Actor | None:
    """ „Sie“ opening the sentence before a singular finite verb („Sie fordert“, not „Sie fordern“): the woman
    official the sentence before named last (`Resolver.woman_named_last`)."""
    words = sentence.words
    if words[0].lower != german.PLURAL_PRONOUN or len(words) < 2 or not _singular_finite(words[1]):
        return None
    return resolver.woman_named_last(sentence.index, 0)


SHE_PLURAL = declare("reference-she-plural-verb", "reference", "„Sie“ before a plural finite verb is no single "
                     "official: „Stadträtin Mirja Tallbeck lud die Vereine ein. Sie kritisierten die Kammer“ → not "
                     "Tallbeck")


def _plural_she(words: Sequence[Word], i: int, found: Actor) -> bool:
    """ „Sie“ opening a clause (the sentence, after punctuation or „und“) before a plural finite verb („Sie fordern“,
    „, sie sind“) standing for an official, one person (`reference-she-plural-verb`)."""
    if found.type != "Official" or words[i].lower != german.PLURAL_PRONOUN or i + 1 >= len(words):
        return False
    if i > 0 and words[i - 1].text not in BOUNDARY_PUNCT and words[i - 1].lower not in german.COORDINATORS:
        return False        # „gegen sie laufen Ermittlungen“: „sie“ is no subject, the verb agrees with another
    verb = words[i + 1]
    plural = verb.verb_or_auxiliary and (verb.lower in german.PLURAL_FORMS_NOT_IN_N or not _singular_finite(verb))
    if plural:
        fired(SHE_PLURAL)
    return plural


def _singular_finite(word: Word) -> bool:
    """A finite verb of the third person singular: „fordert“, „kritisierte“, „hat“, „kann“, not „fordern“, „sind“."""
    if not word.verb_or_auxiliary or word.lower in german.PLURAL_FORMS_NOT_IN_N:
        return False
    return not word.lower.endswith(german.PLURAL_VERB_ENDING) or word.lower in german.SINGULAR_FORMS_IN_N


def _own_country(sentence: Sentence, resolver: Resolver, speaker: Actor | None, i: int) -> Actor | None:
    """ „sein Land“ at word i: the state of the speaker after it, else of the official „sein“ stands for."""
    owner = speaker if speaker is not None and speaker.first > i else \
        resolver.pronoun(sentence.index, sentence.words[i], i)
    found = resolver.country_of(owner, i)
    if found is not None:
        fired(OWN_COUNTRY_RULE)
    return found


COUNTRY_NOUN = declare("reference-country-noun", "reference", "„Das Land“ opening a sentence, bare, is the state "
                       "that was the latest subject of the last two sentences: "
                       "„Die Türkei kritisierte die EU. Das Land wirft Brüssel Doppelmoral vor“ → Türkei")


def _subject_country_noun(words: Sequence[Word], covered: set[int], i: int) -> bool:
    """ „Das Land …“ opening the sentence, no name or genitive after it („Das Land Tirol“, „Das Land des
    Präsidenten“); after its verb „das Land“ may as well be an object."""
    return i == 1 and words[0].lower in german.NEUTER_ARTICLES and _bare_noun(words, covered, i)


DOMESTIC_ORGANS = resources.listed_words("domestic_organs.tsv")
DOMESTIC_ORGAN = declare("reference-domestic-organ", "reference", "a state institution named bare („die Polizei“, "
                         "„ein Gericht“, `domestic_organs.tsv`) is the state the article is about: the one it has named so "
                         "far, or the one named at least twice as often as any other, where the dateline is in it: "
                         "„Istanbul – In der Türkei wird gewählt. Die Polizei nahm den Chefredakteur der Zeitung "
                         "Zaman fest“ → Türkei; a time after it leaves it bare („die Justiz im April“), a place does "
                         "not („die Polizei in Narva“)")


# prepositions that place an institution by the words after it („die Regierung in Athen“, „die Polizei von
# Chicago“, „die Behörden im Kosovo“); „mit der Regierung über Friedensgespräche“ places nothing
SEATING = german.IN_PREPOSITIONS | german.FROM_PREPOSITIONS | german.OUT_OF_PREPOSITIONS


def _placed(words: Sequence[Word], i: int) -> bool:
    """A place follows the noun at i: „die Regierung in Athen“, „die Polizei von Chicago“; a time does not: „die
    Justiz im April“."""
    return i + 2 < len(words) and words[i + 1].lower in SEATING and words[i + 2].capitalized \
        and words[i + 2].lower not in time_nouns()


def _bare_noun(words: Sequence[Word], covered: set[int], i: int) -> bool:
    """No name, genitive or capitalised word follows the noun at i („die Regierung Erdogans“ names its own)."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if _placed(words, i):
        return False        # „die Regierung in Athen“, „die Polizei von Chicago“: placed by its own words
    return nxt is None or ((i + 1) not in covered and not nxt.capitalized and nxt.lower not in german.GENITIVE_ARTICLES)


# „Ministerium“ and its genitive „Ministeriums“, not the plural „Ministerien“
MINISTRY_NOUNS = frozenset(lemma + end for lemma in MINISTRY_LEMMAS for end in ("", *german.GENITIVE_ENDINGS))
_REFERRING_LOWER = OBJECT_PRONOUNS | REFERRING | DOMESTIC_ORGANS | MINISTRY_NOUNS
# a word's text → whether `with_references` reads it at all (a capitalised word, a pronoun, a referring noun): the
# test runs in C over a sentence's words, and the loop reads only the third of them that pass
_MAY_REFER: Memo[str, bool] = Memo(lambda text: text[:1].isupper() or text in german.COUNTRY_NOUNS
                                   or text.lower() in _REFERRING_LOWER)
_TEXT = attrgetter("text")


def _bare_ministry(words: Sequence[Word], covered: set[int], i: int) -> bool:
    """ „das Ministerium“ after an article or a preposition joined with one („vom Ministerium“), no name, genitive,
    place or „für …“ after it („das Ministerium für Kultur“, „das Ministerium in Berlin“ are named by their own
    words)."""
    before = words[i - 1].lower
    if before not in german.DEFINITE_ARTICLES and before not in german.CONTRACTED:
        return False
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    if _placed(words, i):
        return False        # „das Ministerium in Berlin“: placed by its own words
    # a noun after it is the clause's next phrase („warf dem Ministerium Untätigkeit vor“), a name its owner's
    return (i + 1) not in covered and nxt.lower not in german.GENITIVE_ARTICLES and nxt.lower not in german.FOR_PREPOSITIONS


def _domestic_organ(sentence: Sentence, resolver: Resolver, i: int) -> Actor | None:
    state = resolver.home_state(sentence)
    if state is None:
        return None
    fired(DOMESTIC_ORGAN)
    resolver.organ(sentence.index, i)
    return Actor.referred(state, "State", i)


CLAUSE_DEMONSTRATIVE = declare("reference-clause-demonstrative", "reference", "„diese“/„dieser“ as the subject of "
                               "a subordinate clause is the actor last named before it, not the main clause's "
                               "subject: „Podemos verhandelt nicht mit der PSOE, solange diese mit Ciudadanos spricht“ "
                               "→ PSOE")


def _last_named(sentence: Sentence, i: int) -> Actor | None:
    """The last actor before word i in its sentence, where it is not the main clause's subject."""
    words = sentence.words
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and i + 2 < len(words) and nxt.text.islower() and nxt.lower.endswith(german.ADJECTIVE_ENDINGS) \
            and nxt.lower not in german.ARTICLES and words[i + 2].capitalized:
        return None         # „dass diese geografischen Bezeichnungen …“: a determiner, no pronoun
    before = [a for a in sentence.actors if a.last < i]
    subject = main_subject(sentence)
    if not before or (subject is not None and before[-1].key == subject.key):
        return None
    if words[i].lower == german.MASCULINE_DEMONSTRATIVE and before[-1].type != "Official":
        return None         # „dieser“: a man, not the party or state named last
    return _resolved(before[-1], i, CLAUSE_DEMONSTRATIVE)


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
    party = next((a for a in sentence.actors if a.first == a.last == i and _party_title(sentence, a, resolver)), None)
    if party is not None:
        # "der ÖVP-Chef": the one official of that party just named
        found = resolver.party_official(sentence, party.key, i)
        return [found] if found is not None else []
    state = next((a for a in sentence.actors if a.first == a.last == i and _state_title(sentence, a)), None)
    if state is not None:
        # "der US-Präsident": the one official so titled of the state the compound names
        head = words[i].text.rpartition("-")[2]
        found = resolver.title_phrase(sentence.index, make_word(head, head.lower(), 0, 0), state.key, i)
        if found is not None:
            fired(STATE_TITLE)
        return [found] if found is not None else []
    if j == i - 1 and seat_title(words[i].lower) is None:
        found = resolver.title(sentence.index, words[i], i) \
            or (resolver.head_of_body(sentence.index, words[i], words[j].lower, i)
                if _bare_subject_title(words, j) else None)
        return [found] if found is not None else []
    states = [a for a in sentence.actors if a.type == "State" and j < a.first and a.last < i]
    if len({a.key for a in states}) > 1 or sum(a.last - a.first + 1 for a in states) != i - 1 - j:
        return []       # every adjective a state's („der scheidende Präsident“ may be the next one)
    found = resolver.title_phrase(sentence.index, words[i], states[0].key if states else None, i)
    return [replace(found, first=j + 1)] if found is not None else []


TITLE_APPOSITION = declare("reference-title-apposition", "reference", "a title phrase whose holder a comma's "
                           "apposition names right after it is that person's, no earlier official's: "
                           "„Kammerpräsident Wolf Lantner lehnt ab. Auch der Präsident der Notare, Ivo Brand, ist "
                           "skeptisch“ → Brand, not Lantner; not where a verb or a bracket stands before the comma "
                           "(„Als der Präsident abreiste, sprach Ivo Brand“)")
_APPOSITION_REACH = 6       # words from the title to the comma: „der Präsident der Kammer für Notare,“


def _apposed(sentence: Sentence, i: int, found: list[Actor]) -> list[Actor]:
    """The official a title at i refers to, or the person its apposition names (`TITLE_APPOSITION`): a comma within
    reach after the title, no verb or bracket before it, and a person's name right after it."""
    if len(found) != 1 or found[0].type != "Official":
        return found
    words = sentence.words
    comma = next((k for k in range(i + 1, min(i + _APPOSITION_REACH + 1, len(words))) if words[k].text == ","), None)
    if comma is None or any(w.verb_or_auxiliary or not w.text[:1].isalnum() for w in words[i + 1:comma]):
        return found
    named = next((a for a in sentence.actors if a.first == comma + 1 and not a.resolved and a.type in _PERSON_TYPES),
                 None)
    holder = _resolved(named, i, TITLE_APPOSITION)
    return found if holder is None else [replace(holder, first=found[0].first)]


_PERSON_TYPES = frozenset({"Official", "Person"})


def _bare_subject_title(words: Sequence[Word], j: int) -> bool:
    """A title after the article at j that is a clause's subject and names no body of its own: the article opens the
    sentence, follows its one opening word („Dass der Chef …“) or a verb („Dann sprach der Chef …“), and no genitive
    or „von“ follows the title („der Chef des Verbands“ is that body's, „ich bin der Chef“ a predicate)."""
    opens = j <= 1 or words[j - 1].verbish
    return opens and (j + 2 >= len(words) or words[j + 2].lower not in german.NOUN_COMPLEMENT_OPENERS)


STATE_TITLE = declare("reference-state-title-compound", "reference", "a state's title compound after „der“/„die“ "
                      "with no name after it („der US-Präsident“, „die US-Außenministerin“) is the one official named "
                      "so far with that title of that state: „Barack Obama sprach in Washington. Am Montag telefonierte "
                      "der US-Präsident mit Erdogan.“ (Obama, not the USA)")


def _state_title(sentence: Sentence, actor: Actor) -> bool:
    """A State read from one hyphen compound right after „der“/„die“ and before no name: „der US-Präsident“."""
    i, words = actor.first, sentence.words
    return actor.type == "State" and actor.first == actor.last and 0 < i and "-" in words[i].text[1:-1] \
        and words[i - 1].lower in german.PERSON_ARTICLES \
        and not any(a.first == i + 1 and a.type in ("Official", "Person") for a in sentence.actors)


def _party_title(sentence: Sentence, actor: Actor, resolver: Resolver) -> bool:
    """A party read from one hyphen compound of a title right after „der“/„die“ and before no name: „der ÖVP-Chef“."""
    i, words = actor.first, sentence.words
    if actor.first != actor.last or i == 0 or "-" not in words[i].text[1:-1] \
            or words[i - 1].lower not in german.PERSON_ARTICLES or not resolver.is_party(actor.key) \
            or any(a.first == i + 1 and a.type in ("Official", "Person") for a in sentence.actors):
        return False
    head = words[i].text.rpartition("-")[2]
    return head in _TITLE_HEADS


_TITLE_HEADS = frozenset(w for t in resources.load_titles() for w in (t.title, t.feminine) if w) | member_nouns()


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
            out.append(Actor.referred(keys[0], "Official", i, governing_prep(sentence.words, i)))
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


ANNOUNCING_SPEAKER = declare("reference-announcing-speaker", "reference", "„er“/„sie“ opening the clause after a "
                             "verb of declaring (`declaring_verbs.tsv`, its particle joined: „kündigte an“, „gab "
                             "bekannt“) is its named subject, as after a verb of saying: „Merkel kündigte an, sie werde "
                             "am Freitag mit Putin telefonieren“")
DECLARING = resources.load_word_list("declaring_verbs.tsv")
JOINED_MAIN_CLAUSE = declare("reference-joined-main-clause", "reference", "„er“/„sie“ and its finite verb opening "
                            "a main clause joined by a comma to the sentence's first clause is that clause's named "
                            "subject, where the pronoun fits: „Bürgermeister Max Muster findet den Streit unnötig, er "
                            "mahnt die Regierung zur Eile“ → Muster, not an official of the sentence before; not a "
                            "plural verb („…, sie müssten warten“: a group)")


def _reporting_subject(sentence: Sentence, resolver: Resolver, w: Word, i: int) -> Actor | None:
    """The subject of the clause of saying or declaring that ends at the comma before the pronoun at `i`; „wir“
    and „man“ only after a verb of saying or declaring, as the speaker's side (`reference-speaker-side`)."""
    first, _ = sentence.clause_of(i - 2)
    words = sentence.words
    own_side = w.lower in german.SPEAKER_SIDE_PRONOUNS
    rule = REPORTED_SPEAKER if any(x.verbish and x.lemma in REPORTING for x in words[first:i - 1]) else \
        ANNOUNCING_SPEAKER if clause_has_verb(sentence, first, i - 1, DECLARING) else \
        JOINED_MAIN_CLAUSE if not own_side and first == sentence.clauses[0][0] and i + 1 < len(words) \
        and words[i + 1].verb_or_auxiliary \
        and not words[i + 1].lower.endswith(german.PLURAL_FINITE_ENDING) else None
    if rule is None:
        return None
    subject = main_subject(sentence)
    if subject is None or not first <= subject.first < i - 1 or subject.type not in ACTOR_TYPES:
        return None
    if own_side:
        return _resolved(subject, i, SPEAKER_SIDE)
    official = subject.type == "Official"
    if (w.lower in german.MASCULINE_PRONOUNS) != (official and not resolver.feminine(subject.key)):
        return None
    return _resolved(subject, i, rule)


SPEAKER_SIDE = declare("reference-speaker-side", "reference", "„man“ or „wir“ opening the clause after a named "
                      "speaker's verb of saying, or „man“ before his „…, sagte X“, is the speaker's side, read as "
                      "the speaker: „Mit der Nordpartei sei man sich einig, sagte Minister Ivo Brenner“, „Ministerin "
                      "Eva Lamm sagte, man werde Arvien unterstützen“; not after a clause of no saying („Bürgermeister "
                      "Jan Holm ist zufrieden, man werde …“), nor where no speaker is named, nor „man“ opening a "
                      "subordinate clause before the speaker („…, wie man das macht, sagte X“: anyone)")


# the words after which „man“ opens a subordinate clause and means anyone: „wie man das macht“, „den man sperrt“
_GENERIC_MAN_OPENERS = _CLAUSE_OPENERS | german.RELATIVES | german.RELATIVE_ADVERBS


def _speaker_side(sentence: Sentence, resolver: Resolver, speaker: Actor | None, w: Word, i: int) -> Actor | None:
    """The speaker, for „ich“, „wir“ or „man“ in his reported speech: before his „…, sagte X“ („Wir werden die
    Ukraine unterstützen, sagte Merkel“), or opening the clause after his verb of saying („Merkel sagte, man
    werde …“)."""
    if speaker is not None and i < speaker.first:
        if w.lower not in german.IMPERSONAL_PRONOUNS:
            return Actor.referred(speaker.key, speaker.type, i)    # „ich“, „wir“: read so before the rule
        generic = i > 0 and sentence.words[i - 1].lower in _GENERIC_MAN_OPENERS
        return None if generic else _resolved(speaker, i, SPEAKER_SIDE)
    if i > 1 and sentence.words[i - 1].text == ",":
        return _reporting_subject(sentence, resolver, w, i)
    return None


def _resolved(actor: Actor | None, at: int, rule: str) -> Actor | None:
    if actor is None:
        return None
    fired(rule)
    return Actor.referred(actor.key, actor.type, at)


def _pair(sentence: Sentence, resolver: Resolver, i: int, inverted: bool = False) -> list[Actor]:
    """ „Beide Seiten“/„die beiden“ before the verb (or, `inverted`, right after it: „hatten beide Seiten“),
    as subject: the pair, at this word and the next."""
    words = sentence.words
    nxt = i + 1 if i + 1 < len(words) and words[i + 1].capitalized else i
    if inverted and nxt == i:
        return []
    if not inverted and (nxt + 1 >= len(words) or not words[nxt + 1].verb_or_auxiliary):
        return []
    pair = resolver.paired(sentence.index, words[nxt].text if nxt > i else "")
    if pair is None:
        return []
    fired(PAIR)
    return [Actor.referred(pair[0].key, pair[0].type, i),
            Actor.referred(pair[1].key, pair[1].type, nxt)]

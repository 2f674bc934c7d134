"""Sentences, clauses and the actors in them, read without a parser.

The talks and events stages need, for each sentence, its words (with lookup
lemmas), the actor mentions grouped into one phrase each ("Russlands Präsident
Wladimir Putin" is one actor: Putin), the preposition governing each actor
("mit Putin"), the clause boundaries, and pronouns resolved to a recent
subject. This module computes exactly that, from the spaCy `Doc` and the
`EntityReading`, with `words` (the words and their lemmas) and `resolver`
(references across sentences).

>>> words = words_of("Biden sicherte Selenskyj Unterstützung zu.")
>>> [w.text for w in words][:3]
['Biden', 'sicherte', 'Selenskyj']
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from spacy.tokens import Doc

from kg import german, resources
from kg.extract.lexicon import calendar_words, seat_title, state_organs
from kg.extract.mentions import EntityReading, Mention
from kg.extract.reading import tables
from kg.extract.rules import declare, fired
# the words of a sentence live in `words`; their names are imported from here too
from kg.extract.words import Word, article_words, lemma_of, make_word, words_of
from kg.facts import Article
from kg.german import (ADJECTIVE_ENDINGS, ARTICLES, ATTRIBUTION_POSTPOSITION, COORDINATORS, DETERMINERS,
                       LIST_CONJUNCTIONS, LIST_SEPARATORS, PREPOSITIONS, RELATIVES, SEPARABLE_PARTICLES,
                       SINGULAR_OBJECT_ARTICLES, SUBORDINATORS, THIRD_PERSON_PRONOUNS)
from kg.nlp.memo import Cache

log = logging.getLogger(__name__)

ACTOR_TYPES = frozenset({"State", "Official", "Organization"})
# Words that end a clause or a phrase; quotes and dashes too, since news prose
# uses them for insertions.
BOUNDARY_PUNCT = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "?", "!", "."})

# A sentence ends at . ! ? before a capital, except after ordinals ("10. Januar"), a single letter
# and common abbreviations (each its own look-behind: they differ in length).
_SENTENCE_END = re.compile(
    r"(?<![0-9])(?<!\b[A-ZÄÖÜa-zäöü])" + "".join(rf"(?<!\b{a})" for a in sorted(german.SENTENCE_INNER_ABBREVIATIONS))
    + r"[.!?][\"“”»]?\s+(?=[„\"«A-ZÄÖÜ])")


@dataclass(frozen=True)
class Actor:
    """One actor phrase of a sentence: the entity it names and the words it spans."""

    key: str
    type: str
    first: int                  # index of its first word in Sentence.words
    last: int                   # index of its last word
    prep: str | None            # governing preposition, if any ("mit")
    resolved: bool = False      # a pronoun or title resolved to an earlier actor
    of: str | None = None       # the state or body written into the phrase ("Rada-Vizechef X"): X acts for it

    @classmethod
    def referred(cls, key: str, type_: str, at: int, prep: str | None = None) -> Actor:
        """The actor one word at `at` refers to without naming it („er“, „der Minister“, „die Regierung“, „das
        Land“), hence `resolved`."""
        return cls(key, type_, at, at, prep, resolved=True)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its words, actors (in text order), places and clause ranges."""

    index: int
    start: int
    end: int
    text: str
    words: tuple[Word, ...]
    actors: tuple[Actor, ...]
    places: tuple[tuple[Mention, int], ...]          # Place mentions with their word index
    clauses: tuple[tuple[int, int], ...]             # [first, last) word ranges
    persons: tuple[int, ...] = ()                    # first words of Person (non-official) mentions
    named: frozenset[int] = frozenset()              # words wholly inside a name ("UN-Vollversammlung"): no cues
    owners: tuple[Actor, ...] = ()                   # state adjectives on a noun the state owns, not acts
                                                     # through ("die peruanischen Vorschläge")
    renaming: frozenset[int] = frozenset()           # commas opening names that rename the noun phrase before
                                                     # them (`clause-names-apposition`, read by `clause_layout`)
    home: str | None = None                          # the state the article is about so far, where its dateline
                                                     # lies (`Resolver.home_state`)

    def clause_of(self, word: int) -> tuple[int, int]:
        for first, last in self.clauses:
            if first <= word < last:
                return first, last
        return 0, len(self.words)

    def actors_in(self, first: int, last: int) -> list[Actor]:
        return [a for a in self.actors if first <= a.first < last]

    def clause_actors(self, word: int) -> list[Actor]:
        """The actors of the clause `word` stands in."""
        return self.actors_in(*self.clause_of(word))


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Character ranges of sentences by punctuation, for Docs the pipeline did not split.

    >>> split_sentences("Am 9. Januar reist er. Dann kommt Kosak.\n\nNeuer Absatz")
    [(0, 22), (23, 40), (42, 54)]
    """
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        pos = block.start()
        for cut in _SENTENCE_END.finditer(block.group(0)):
            piece_end = block.start() + cut.start() + len(cut.group(0).rstrip())
            if text[pos:piece_end].strip():
                spans.append((pos, piece_end))
            pos = block.start() + cut.end()
        if text[pos:block.end()].strip():
            spans.append((pos, block.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in spans]


def _word_at(starts: Sequence[int], words: Sequence[Word], char: int) -> int:
    i = bisect.bisect_right(starts, char) - 1
    return max(0, min(i, len(words) - 1))


def attributive_participle_at(words: Sequence[Word], i: int) -> bool:
    """Word i is a lower-case participle with an adjective ending before a capitalised noun, after an article or an
    adjective („die geforderten Reformen“, „eine lang vereinbarte Waffenruhe“), not a finite verb („Die EU kritisierte
    Russland“)."""
    return 0 < i < len(words) - 1 and participle_before_noun(words, i) and (
        after_determiner_or_adjective(words, i) or _after_count(words, i))


PARTICIPLE_AFTER_COUNT = declare("clause-participle-after-count", "clause", "a participle with an adjective ending "
                                 "between a count and a noun is an adjective, no finite verb: „Der Präsident begnadigte "
                                 "sechs inhaftierte Oppositionelle“ arrests no one; not after a year („2014 verurteilte "
                                 "Russland …“)")
_COUNT_DIGITS = 3       # „14 festgenommene Personen“; four digits are a year


def _after_count(words: Sequence[Word], i: int) -> bool:
    """The word before word i is a number word or a number of at most three digits."""
    before = words[i - 1]
    if before.lower in german.NUMBER_WORDS or (before.text.isdigit() and len(before.text) <= _COUNT_DIGITS):
        fired(PARTICIPLE_AFTER_COUNT)
        return True
    return False


def participle_before_noun(words: Sequence[Word], i: int) -> bool:
    """Word i is lower-case with a participle's adjective ending and a capitalised word follows it."""
    word = words[i]
    return i + 1 < len(words) and word.text.islower() and word.lower.endswith(german.PARTICIPLE_ADJECTIVE_ENDINGS) \
        and words[i + 1].capitalized


def after_determiner_or_adjective(words: Sequence[Word], i: int) -> bool:
    """The word before word i is a determiner or a lower-case adjective that is no verb."""
    before = words[i - 1]
    return before.lower in DETERMINERS or (before.text.islower() and before.lower.endswith(ADJECTIVE_ENDINGS)
                                           and not before.verbish)


def word_before_modifiers(words: Sequence[Word], index: int, over_determiners: bool, floor: int = 0) -> int:
    """The index of the word before a noun's adjectives (and determiners), not before `floor`: where its
    preposition stands („an der gemeinsamen Militäraktion“ → „an“)."""
    k = index - 1
    while k > floor and ((over_determiners and words[k].lower in DETERMINERS) or
                         (words[k].text.islower() and words[k].lower.endswith(ADJECTIVE_ENDINGS))):
        k -= 1
    return k


_PREP_REACH = 4            # words from an actor back to its preposition: "mit seinem neuen ägyptischen Kollegen"
_TITLED_PREP_REACH = 5     # a title before the name, two adjectives and an article

TITLED_NAME_REACH = declare("clause-titled-name-reach", "clause", "a preposition governs a name across its title, "
                            "an article and two adjectives: „Anklage gegen den amtierenden konservativen Premier "
                            "Ponta“ (over a genitive attribute it reaches no further: „im Vorfeld der Tagung der "
                            "griechischen Regierung“)")


def governing_prep(words: Sequence[Word], first: int, titled: bool = False) -> str | None:
    """The preposition before an actor phrase, over determiners and adjectives ("mit seinem ägyptischen …");
    a `titled` phrase opens with its own title, so no title of it stands before it."""
    i = first - 1
    steps = 0
    reach = _PREP_REACH
    while i >= 0 and steps < reach:
        w = words[i]
        if w.lower in PREPOSITIONS:
            if w.lower in german.PURPOSE_CONJUNCTIONS and _infinitive_after(words, first):
                return None
            if steps >= _PREP_REACH:
                fired(TITLED_NAME_REACH)
            return w.lower
        if w.lower == german.REFLEXIVE_PRONOUN:
            fired(REFLEXIVE_STOP)
            return None     # "als sich Merkel und Putin trafen": a pronoun stands in no noun phrase
        if _phrase_word(words, i):
            i -= 1
            steps += 1
            continue
        over = _title_before_name(words, i) if steps == 0 else 0
        if over:
            if titled:
                fired(COMPOUND_TITLE_START)
                return None     # "traf in Paris US-Präsident Obama": „Paris“ is no title of his
            i -= over       # a title before a name: "mit Präsident Sisi", "gegen den früheren Präsidenten Mursi",
            # also hyphenated: "gegen Ex-Präsident Mursi", and a genitive before it: "gegen Südtirols Alt-Landeshauptmann"
            steps += over
            reach = _TITLED_PREP_REACH     # "gegen den amtierenden konservativen Premier Ponta"
            continue
        if steps == 0 and _place_list(words, i):
            return words[i - 2].lower     # "in Brüssel und Paris": Paris is a place too, no subject
        if w.capitalized and w.text.isalpha() and i + 1 < len(words) and words[i + 1].lower in german.GENITIVE_ARTICLES:
            i -= 1          # a genitive attribute: "gegen Stellungen des IS"
            steps += 1
            reach = _PREP_REACH
            continue
        return None
    return None


GENITIVE_BEFORE_TITLE = declare("clause-genitive-before-title", "clause", "a preposition governs a name across its "
                                "title and a name's genitive before it: „Im Prozess gegen Nordlands Alt-Landeshauptmann "
                                "Max Muster hat der Staatsanwalt …“ (Muster is no subject), „mit Russlands "
                                "Präsident Putin“")


def _title_before_name(words: Sequence[Word], i: int) -> int:
    """How many words a preposition reaches over from word i, right before a name: 1 for a title after an article,
    preposition or adjective („mit Präsident Sisi“), 2 for a title after a name's genitive („gegen Südtirols
    Alt-Landeshauptmann“), 0 where word i is no such title."""
    w = words[i]
    if not (w.capitalized and w.text.replace("-", "").isalpha() and i > 0 and not _day(w)):
        return 0
    if i > 1 and _genitive_before_title(words, i - 1):
        fired(GENITIVE_BEFORE_TITLE)
        return 2
    return 1 if words[i - 1].lower in DETERMINERS | PREPOSITIONS or _attributive(words[i - 1]) else 0


def _genitive_before_title(words: Sequence[Word], i: int) -> bool:
    """Word i is a capitalised name's genitive in -s right after a preposition („gegen Südtirols“, „mit Russlands“),
    not a place after a locative one („in Paris Präsident Hollande“: a place, then the name)."""
    w = words[i]
    return w.capitalized and w.text.isalpha() and len(w.text) > 3 and w.lower.endswith(german.SHORT_GENITIVE_ENDING) \
        and words[i - 1].lower in PREPOSITIONS and words[i - 1].lower not in german.LOCATIVE_PREPOSITIONS


PARTICIPLE_ADJECTIVE = declare("clause-participle-adjective", "clause", "a preposition governs a name across a "
                                "participle used as an adjective after an article: „Einsätze gegen die verbotene "
                                "Kurdische Arbeiterpartei“ (no subject)")


def _participle_adjective(words: Sequence[Word], i: int) -> bool:
    """Word i is an inflected participle right after a determiner („die verbotene“, „den gewählten“)."""
    w = words[i]
    found = i > 0 and w.verbish and w.text.isalpha() and w.text.islower() \
        and w.lower.endswith(ADJECTIVE_ENDINGS) and words[i - 1].lower in DETERMINERS
    if found:
        fired(PARTICIPLE_ADJECTIVE)
    return found


def _phrase_word(words: Sequence[Word], i: int) -> bool:
    """Word i is a determiner or lower-case modifier of a noun phrase, across which a preposition governs."""
    w = words[i]
    return w.lower in DETERMINERS or (w.text.isalpha() and w.text.islower() and not w.verbish
                                      and w.lower not in COORDINATORS and w.lower not in SUBORDINATORS
                                      and w.lower not in THIRD_PERSON_PRONOUNS) or _participle_adjective(words, i)


PLACE_LIST_PREPOSITION = declare("clause-place-list-preposition", "clause", "a place preposition governs the "
                                  "second of two names joined by „und“: „Zu den Anschlägen in Brüssel und Paris "
                                  "bekannte sich der IS“ (Paris is where, not who)")


def _place_list(words: Sequence[Word], i: int) -> bool:
    """Word i is „und“ after a one-word name right after a place preposition („in Brüssel und …“)."""
    found = i >= 2 and words[i].lower in german.AND_CONJUNCTIONS and words[i - 1].capitalized \
        and words[i - 1].text.isalpha() and words[i - 2].lower in PLACE_LIST_PREPOSITIONS
    if found:
        fired(PLACE_LIST_PREPOSITION)
    return found


PLACE_LIST_PREPOSITIONS = german.LOCATIVE_PREPOSITIONS | german.CONTRACTIONS


COMPOUND_TITLE_START = declare("clause-compound-title-start", "clause", "an official's phrase that opens with a "
                               "compound title naming his state or body („US-Präsident“, „EU-Kommissionschef“) has no "
                               "other title before it: the capitalised word there is a place, across which no "
                               "preposition governs him: „Gauck traf in Neu-Delhi US-Präsident Obama“ (Obama, not „in“)")


def _compound_title(words: Sequence[Word], actor: Actor) -> bool:
    """An official's phrase merged with the state or body of a hyphen compound at its first word („US-Präsident“)."""
    return actor.type == "Official" and actor.of is not None and "-" in words[actor.first].text


REFLEXIVE_STOP = declare("clause-reflexive-stop", "clause", "a preposition governs no actor across the reflexive "
                        "„sich“: „Als sich Merkel und Putin in Minsk trafen“ (Merkel and Putin are subjects)")


def _day(w: Word) -> bool:
    """A weekday or month ("am Montag Putin traf"): a time before a name, not its title."""
    table = calendar_words()
    return w.lower in table["weekday"] or w.lower in table["month"]


def _infinitive_after(words: Sequence[Word], first: int) -> bool:
    """ "um Putin zu treffen": "um" opens an infinitive clause and governs no actor."""
    return any(w.lower == german.INFINITIVE_PARTICLE for w in words[first + 1:first + 8])


def _is_title_gap(words: Sequence[Word]) -> bool:
    """Words between a state and an official that make them one phrase ("Russlands Präsident")."""
    if len(words) > 3:
        return False
    for w in words:
        if w.text in BOUNDARY_PUNCT - {"-"} or w.lower in COORDINATORS or w.lower in PREPOSITIONS or w.verbish:
            return False
    return not words or words[-1].capitalized or words[-1].text.startswith("-")


def _two_titles(words: Sequence[Word], state: Actor, gap: Sequence[Word]) -> bool:
    """ „der russische Präsident Bundeskanzlerin Angela Merkel“, „der Kremlchef Kanzlerin Merkel“: a state
    adjective's title or a seat compound and, after it, the name's own title are two people's; the first is a
    title phrase with no name (`reference-title-phrase`)."""
    if state.first != state.last or not gap or not gap[-1].capitalized:
        return False
    word = words[state.first]
    return seat_title(word.lower) is not None or len(gap) >= 2 and word.text.islower() \
        and all(w.capitalized and w.text.isalpha() for w in gap[-2:])


COMPOUND_APART = declare("actor-compound-noun-apart", "actor", "guard: a compound that holds a state or body before "
                         "its own noun („EU-Gipfels“), followed by an official's own title and name, is no part of his "
                         "phrase: „traf am Rande des EU-Gipfels Kanzlerin Merkel“ (Merkel, not of the EU); not "
                         "„EU-Kommissarin Malmström“, whose compound is the title, nor „sein US-amerikanischer Amtskollege X“")


def _compound_apart(words: Sequence[Word], prev: Actor, gap: Sequence[Word]) -> bool:
    """The state or body is the prefix of a one-word compound and a title of the official's own stands between."""
    word = words[prev.first].text
    if prev.first != prev.last or not gap or "-" not in word or not word.rsplit("-", 1)[1][:1].isupper():
        return False        # „sein US-amerikanischer Amtskollege X“: an adjective, his own state
    fired(COMPOUND_APART)
    return True


PREPOSITION_OBJECT = declare("actor-state-after-preposition", "actor", "guard: a state written by its bare name "
                             "(no genitive -s, no adjective, no compound) right after a preposition is that "
                             "preposition's object, not the owner of the official named after it: „Gauck traf in "
                             "Indien Premierminister Modi“ (Modi; not „Indiens Premierminister“)")


def _preposition_object(words: Sequence[Word], prev: Actor, actor: Actor) -> bool:
    """The state is one capitalised word without a hyphen or a final „s“, after a preposition, apart from the
    official's phrase."""
    at = prev.first
    word = words[at]
    if prev.type != "State" or at != prev.last or at == 0 or prev.last >= actor.first or not word.capitalized \
            or "-" in word.text or word.lower.endswith("s") or words[at - 1].lower not in PREPOSITIONS:
        return False
    fired(PREPOSITION_OBJECT)
    return True


_ADJECTIVE = re.compile(r"sch(?:e|en|er|es|em)?$")


def _one_national(words: Sequence[Word], actor: Actor) -> bool:
    """One citizen, not his state: "empfing den Argentinier", "ein Belgier wurde festgenommen".

    The plural takes an -n in the dative ("den Amerikanern"), so "den/dem/ein … -er" is one person.
    """
    if actor.type != "State" or actor.first != actor.last or actor.first == 0:
        return False
    word = words[actor.first]
    before = actor.first - 1
    while before > 0 and before >= actor.first - 2 and words[before].text.islower() \
            and words[before].lower.endswith(ADJECTIVE_ENDINGS) and words[before].lower not in SINGULAR_OBJECT_ARTICLES:
        before -= 1         # "einen 23-jährigen Palästinenser", "einen jungen Israeli"
    return word.capitalized and "-" not in word.text and word.lower.endswith(german.ER_SUFFIX) \
        and words[before].lower in SINGULAR_OBJECT_ARTICLES


def _generic_adjective(words: Sequence[Word], actor: Actor) -> bool:
    """A state adjective on a noun it does not act through ("syrische Menschenrechtsgruppen")."""
    if actor.type != "State" or actor.first != actor.last:
        return False
    word = words[actor.first]
    if "-" in word.text or not _ADJECTIVE.search(word.lower):
        return False
    nxt = actor.last + 1
    while nxt < len(words) and words[nxt].text.islower() and _ADJECTIVE.search(words[nxt].lower) is None \
            and words[nxt].lower.endswith(german.ADJECTIVE_ENDINGS) and nxt - actor.last < 3:
        nxt += 1        # more adjectives: "ukrainischen neuen Regierung"
    if nxt >= len(words) or not words[nxt].capitalized or not words[nxt].text.replace("-", "").isalpha():
        return False
    organs = state_organs()
    noun = words[nxt]
    if "-" in noun.text:        # a hyphen compound by its head: „britische Medizin-Nobelpreisträger“, „Militär-Offensive“
        generic = not noun.lower.rsplit("-", 1)[1].rstrip("s").endswith(organs)
        if generic:
            fired(ADJECTIVE_COMPOUND)
        return generic
    # "mit syrischen Regierungsvertretern": a role noun in the dative plural
    dative = noun.lower.endswith(german.ER_DATIVE_PLURAL_ENDING) and noun.lower[:-1].endswith(organs)
    return not (noun.lower.endswith(organs) or noun.lemma.endswith(organs) or noun.lower.rstrip("s").endswith(organs)
                or dative)


ADJECTIVE_COMPOUND = declare("actor-adjective-compound-head", "actor", "a state adjective before a hyphen compound "
                             "acts through it only where its head is an organ or an act: „der britische "
                             "Medizin-Nobelpreisträger X“ is no act of Großbritannien, „die russische "
                             "Militär-Offensive“ is Russland's")


def _organ_before(words: Sequence[Word], first: int) -> int:
    """Index where a state-organ phrase before "in" + state starts ("die Regierung in Kiew"), else -1."""
    i = first - 1
    if i < 1 or words[i].lower not in german.INSIDE_PREPOSITIONS:
        return -1
    noun = words[i - 1]
    organs = state_organs()
    if noun.capitalized and noun.text.isalpha() and (noun.lower.endswith(organs) or noun.lemma.endswith(organs)):
        j = i - 1
        while j > 0 and (words[j - 1].lower in DETERMINERS or (words[j - 1].text.islower() and
                                                               words[j - 1].text.isalpha() and not words[j - 1].verbish
                                                               and words[j - 1].lower not in PREPOSITIONS)):
            j -= 1
        return j
    return -1


def group_actors(words: Sequence[Word], mentions: Iterable[Mention]) -> list[Actor]:
    """Actor phrases from the actor mentions of one sentence.

    A State or Organization directly before an Official ("Russlands Präsident
    Wladimir Putin", "US-Präsident Joe Biden") or in parentheses after one
    ("Olaf Scholz (SPD)") is part of the Official's phrase: the official acts.
    """
    return _with_prepositions(words, _merge_phrases(words, _raw_actors(words, mentions)))


def _raw_actors(words: Sequence[Word], mentions: Iterable[Mention]) -> list[Actor]:
    """One actor per actor mention (by word index), generic adjectives and single nationals left out."""
    starts = [w.start for w in words]
    raw: list[Actor] = []
    for m in mentions:
        if m.type not in ACTOR_TYPES or not words:
            continue
        first = _word_at(starts, words, m.start)
        last = _word_at(starts, words, max(m.start, m.end - 1))
        if raw and raw[-1].first == first and raw[-1].key == m.key:
            continue
        raw.append(Actor(m.key, m.type, first, last, None))
    # a state adjective inside a name („der Palästinensischen Regierung“) is no mention
    # (`kg.nlp.state_guards`), so no actor either
    return [a for a in raw if not _generic_adjective(words, a) and not _one_national(words, a)]


def owner_adjectives(words: Sequence[Word], mentions: Iterable[Mention]) -> list[Actor]:
    """State adjectives on a noun the state does not act through, with their preposition:
    „lehnte die peruanischen Vorschläge ab“ (the proposals are Peru's)."""
    starts = [w.start for w in words]
    out = []
    for m in mentions:
        if m.type != "State" or not words:
            continue
        first = _word_at(starts, words, m.start)
        actor = Actor(m.key, m.type, first, first, None)
        if _word_at(starts, words, max(m.start, m.end - 1)) == first and _generic_adjective(words, actor):
            out.append(replace(actor, prep=governing_prep(words, first)))
    return out


def _merge_phrases(words: Sequence[Word], raw: list[Actor]) -> list[Actor]:
    """A state or body before an official joins his phrase; a party in brackets after one is dropped."""
    merged: list[Actor] = []
    for actor in raw:
        if merged:
            prev = merged[-1]
            if (actor.type == "Official" and prev.type in ("State", "Organization")) or \
                    (actor.type == "Organization" and prev.type == "State" and words[prev.first].text.islower()):
                gap = words[prev.last + 1:actor.first] if actor.first > prev.last else []
                if actor.first >= prev.first and _is_title_gap(gap) and not _two_titles(words, prev, gap) \
                        and not _compound_apart(words, prev, gap) and not _preposition_object(words, prev, actor):
                    merged[-1] = replace(actor, first=prev.first, of=prev.key)
                    continue
            if _member_compound(words, prev, actor):
                merged[-1] = replace(actor, first=prev.first)
                continue
            if prev.type == "Official" and actor.type == "Organization":
                gap = [w.text for w in words[prev.last + 1:actor.first]]
                if gap == ["("] and actor.last + 1 < len(words) and words[actor.last + 1].text == ")":
                    continue
            if actor.key == prev.key and actor.first <= prev.last + 1:
                merged[-1] = replace(prev, last=max(prev.last, actor.last))
                continue
        merged.append(actor)
    return merged


MEMBER_COMPOUND_ACTOR = declare("actor-member-compound", "actor", "an organisation's member compound before a "
                                "state names the state, not the body, as the actor: „Das Nato-Land Türkei protestierte“")


def _member_compound(words: Sequence[Word], prev: Actor, actor: Actor) -> bool:
    """ „Nato-Land Türkei“, „EU-Mitglied Ungarn“: the organisation only classifies the state after it."""
    if prev.type != "Organization" or actor.type != "State" or prev.first != prev.last or \
            actor.first != prev.last + 1:
        return False
    word = words[prev.last].text
    if "-" not in word or word.rsplit("-", 1)[1] not in tables().member_words:
        return False
    fired(MEMBER_COMPOUND_ACTOR)
    return True


def _with_prepositions(words: Sequence[Word], merged: list[Actor]) -> list[Actor]:
    """Each actor with the preposition governing it ("()" inside brackets, through an organ before it)."""
    inside = _bracket_openers(words)
    out: list[Actor] = []
    for actor in merged:
        if actor.first in inside:
            # a parenthesis ("22 sind Nato-Mitglieder") is an aside, unless it lists the group before it
            out.append(replace(actor, prep=_listed_members_prep(words, inside[actor.first], merged)))
            continue
        prep = None if _relative_subject(words, actor) else governing_prep(words, actor.first,
                                                                           _compound_title(words, actor))
        organ = _organ_before(words, actor.first) if prep in german.INSIDE_PREPOSITIONS and actor.type == "State" else -1
        if organ >= 0:
            # "die Regierung in Kiew", "ein Gericht in Pjöngjang": the state acts through the organ
            out.append(replace(actor, first=organ, prep=governing_prep(words, organ)))
            continue
        group = _led_group(words, actor, merged) if prep in german.PLAIN_FROM_PREPOSITIONS else -1
        if group >= 0:
            # "eine von Riad geführte Militärallianz": Riad leads it and acts through it, the phrase is his
            start = actor.first - 1 - (words[actor.first - 1].lower in DETERMINERS)     # at „von“
            actor = replace(actor, first=start, last=group)
            prep = governing_prep(words, start)
        if prep is None and out and out[-1].prep is not None and _carries_over(words[out[-1].last + 1:actor.first]):
            prep = out[-1].prep     # "mit Merkel und seinem Amtskollegen Gauck": the preposition carries over
        if prep is None:
            prep = apposition_prep(words, actor.first)
        if prep is None and actor.last + 1 < len(words) and words[actor.last + 1].lower == ATTRIBUTION_POSTPOSITION:
            prep = words[actor.last + 1].lower      # "Der Nato zufolge": a source, not a subject
        out.append(replace(actor, prep=prep))
    return out


LED_GROUP = declare("clause-led-group", "clause", "an actor after „von“ before a participle of leading and a "
                    "noun that names no actor stands for the group it leads, governed as that group is: „Im März "
                    "startete eine von Riad geführte Militärallianz Angriffe“ (Riad acts, no agent after „von“); not "
                    "„die von Juncker geführte EU-Kommission“ (the Commission acts)")


LEADING_PARTICIPLES = resources.load_word_list("leading_participles.tsv")


def _led_group(words: Sequence[Word], actor: Actor, actors: Sequence[Actor]) -> int:
    """The index of the group noun after a participle of leading right after the actor (over adjectives): a
    capitalised noun no actor covers; else -1."""
    k = actor.last + 1
    if k >= len(words) or not any(words[k].lower == p + e for p in LEADING_PARTICIPLES for e in ("", *ADJECTIVE_ENDINGS)):
        return -1
    k += 1
    while k < len(words) and words[k].text.islower() and words[k].lower.endswith(ADJECTIVE_ENDINGS):
        k += 1
    if k < len(words) and words[k].capitalized and words[k].text.replace("-", "").isalpha() \
            and not any(a.first <= k <= a.last for a in actors):
        fired(LED_GROUP)
        return k
    return -1


RELATIVE_NAME_SUBJECT = declare("clause-relative-name-subject", "clause", "a person's name right after a "
                                "preposition and a relative pronoun opening a clause is its subject, not governed by "
                                "the preposition (a name takes no article): „Putin, mit dem Merkel telefonierte, …“")
PERSON_TYPES = frozenset({"Official", "Person"})


def _relative_subject(words: Sequence[Word], actor: Actor) -> bool:
    """A person's name after ", mit dem": the pronoun belongs to the preposition, the name is the clause's subject."""
    at = actor.first
    if actor.type not in PERSON_TYPES or at < 3 or words[at - 1].lower not in german.RELATIVES \
            or words[at - 2].lower not in german.PREPOSITIONS or words[at - 3].text != ",":
        return False
    fired(RELATIVE_NAME_SUBJECT)
    return True


def _bracket_openers(words: Sequence[Word]) -> dict[int, int]:
    """Each word inside brackets → the index of its outermost opening bracket."""
    depth, opener, inside = 0, -1, {}
    for i, w in enumerate(words):
        if w.text == "(" and depth == 0:
            opener = i
        depth += (w.text == "(") - (w.text == ")")
        if depth > 0:
            inside[i] = opener
    return inside


BRACKET_MEMBERS = declare("actor-bracket-members", "actor", "actors listed in brackets opened by „mit“ "
                          "after an unnamed group are its members and take its role: „eine Gruppe der Staaten (mit "
                          "Merkel, Davutoglu und Hollande) wollte zusammenkommen“")


def _listed_members_prep(words: Sequence[Word], opener: int, actors: Sequence[Actor]) -> str | None:
    """The preposition of the unnamed noun phrase before a "(mit …" bracket for its members, else "()"."""
    if opener + 1 >= len(words) or words[opener + 1].lower not in german.WITH_PREPOSITIONS or opener == 0 \
            or not _in_actor(actors, opener + 2):
        return "()"         # "(mit Ausnahme Ungarns)": no list of names
    noun = words[opener - 1]
    if _in_actor(actors, opener - 1) or not (noun.capitalized and noun.text.isalpha()):
        return "()"         # "Toronto Maple Leafs (mit Grabner)": a player of the named team
    fired(BRACKET_MEMBERS)
    return governing_prep(words, opener - 1)


def _in_actor(actors: Sequence[Actor], i: int) -> bool:
    """Word i is part of one of the actors."""
    return any(a.first <= i <= a.last for a in actors)


def _carries_over(gap: Sequence[Word]) -> bool:
    """A short list gap ("und seinem Amtskollegen") across which a preposition governs the next actor."""
    return bool(gap) and all(w.lower in LIST_SEPARATORS or w.lower in DETERMINERS
                             or (w.text.isalpha() and not w.verbish and w.lower not in PREPOSITIONS) for w in gap) \
        and any(w.lower in LIST_SEPARATORS for w in gap) and len(gap) <= 4


def clause_ranges(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Clause word ranges: cut at clause punctuation, subordinators and '… und' + verb.

    >>> ws = words_of("Russland bestreitet die Pläne und wirft der Ukraine vor, Soldaten verlegt zu haben.")
    >>> [" ".join(w.text for w in ws[a:b]) for a, b in clause_ranges(ws)]
    ['Russland bestreitet die Pläne', 'und wirft der Ukraine vor', ', Soldaten verlegt zu haben .']
    """
    return clause_layout(words)[0]


def clause_layout(words: Sequence[Word]) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """`clause_ranges`, and the commas that open names renaming the noun phrase before them
    (`Sentence.renaming`): the scan reads them once.

    >>> clause_layout(words_of("Die Chefs der Parteien, Ali Can und Eva Berg, trafen sich."))[1]
    frozenset({4})
    """
    cuts = [0]
    renaming: set[int] = set()      # opening commas of those names
    inserted: set[int] = set()      # closing commas of appositions: the clause around them goes on
    named: set[int] = set()         # closing commas of names renaming the subject: its verb follows
    for i in [k for k, w in enumerate(words) if w.lower in _CUTTING and k]:     # most words cut nothing
        w = words[i]
        if w.text in BOUNDARY_PUNCT and w.text not in (".", "?", "!", "(", ")"):
            end = _apposition_end(words, i) if w.text == "," else None
            if end is not None:
                inserted.add(end)
            elif w.text == "," and (i in named or (end := _names_apposition_end(words, i)) is not None):
                if end is not None:
                    renaming.add(i)
                named.add(end or i)
            elif not (w.text == "," and (_list_comma(words, i) or _adjective_comma(words, i)
                                         or (i in inserted and _resumes(words, i)))):
                cuts.append(i)
        elif w.lower in SUBORDINATORS and words[i - 1].text not in BOUNDARY_PUNCT and w.lower not in german.COMPARATIVE_CONJUNCTIONS:
            cuts.append(i)
        elif w.lower in COORDINATORS and i + 1 < len(words) and _verb_like(words[i + 1]):
            cuts.append(i)
    cuts.append(len(words))
    ranges = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            ranges.append((a, b))
    return ranges, frozenset(renaming)


# the words `clause_ranges` may cut at (punctuation is its own lower case)
_CUTTING = BOUNDARY_PUNCT | SUBORDINATORS | COORDINATORS
APPOSITION = declare("clause-apposition", "clause", "a noun phrase between commas after a noun, opened by an "
                     "article and holding no verb, renames that noun: it stays in the clause around it and takes "
                     "the noun's preposition: „traf mit dem Vorsitzenden der Partei, dem Abgeordneten Deniz Baykal, "
                     "zusammen“")


def _apposition_end(words: Sequence[Word], i: int) -> int | None:
    """The comma (or sentence end) closing an apposition opened by the comma at `i`, else None.

    >>> ws = words_of("traf mit dem Chef der Partei, dem Abgeordneten Ali Can, zusammen.")
    >>> _apposition_end(ws, 6)
    11
    >>> _apposition_end(words_of("traf mit dem Chef der Partei, der ihn empfangen hatte, zusammen."), 6) is None
    True
    """
    if not 0 < i < len(words) - 3 or words[i + 1].lower not in ARTICLES or not words[i - 1].capitalized:
        return None
    start = next((j for j in range(i - 1, -1, -1) if words[j].text in BOUNDARY_PUNCT), -1)
    if any(w.lower in LIST_CONJUNCTIONS for w in words[start + 1:i]):
        return None         # "Russland und Ukraine, dem Besuch …": a list goes on
    for j in range(i + 2, min(len(words), i + 10)):
        if words[j].text in (",", ".") and words[j - 1].capitalized and j > i + 2:
            # ", der Sicherheitsrat, Minister Carter versichern": a list goes on after it
            return j if j + 1 == len(words) or not words[j + 1].capitalized else None
        if not _noun_phrase_word(words, j):
            return None
    return None


NAMES_APPOSITION = declare("clause-names-apposition", "clause", "coordinated names between commas after a "
                          "noun phrase opening the sentence, before its verb, rename it and stay in its clause: „Die "
                          "Außenminister der USA und Russlands, John Kerry und Sergej Lawrow, trafen sich in Genf“")


NAME_APPOSITION = declare("clause-name-apposition", "clause", "one full name (two words or more) between commas after "
                          "a noun phrase opening the sentence, before its verb, renames it and stays in its clause: „Der "
                          "Chef der kurdischen PYD, Salih Muslim, traf in Paris mit Präsident Hollande zusammen“")


def _names_apposition_end(words: Sequence[Word], i: int) -> int | None:
    """The comma closing coordinated names that the comma at `i` opens after an article-led noun phrase,
    where a verb follows it, else None.

    >>> ws = words_of("Die Chefs der beiden Parteien, Ali Can und Eva Berg, trafen sich.")
    >>> _names_apposition_end(ws, 5)
    11
    >>> _names_apposition_end(words_of("Die Partei lehnt ab, Ali Can und Eva Berg, sagte er."), 4) is None
    True
    """
    if not (0 < i < len(words) - 5 and words[i - 1].capitalized and words[i + 1].capitalized
            and words[i + 1].lower not in DETERMINERS):
        return None
    start = next((j for j in range(i - 1, -1, -1) if words[j].text in BOUNDARY_PUNCT), -1)
    if words[start + 1].lower not in ARTICLES or not all(
            w.lower in LIST_CONJUNCTIONS or _noun_phrase_word(words, j)
            for j, w in enumerate(words[start + 1:i], start + 1)):
        return None
    joined = False
    for j in range(i + 1, min(len(words) - 1, i + 10)):
        w = words[j]
        if w.text == ",":
            # one name renames only as a full name of two words or more („Der Chef der PYD, Salih Muslim, traf …“)
            if not ((joined or j - i > 2) and words[j - 1].capitalized and words[j + 1].verbish):
                return None
            fired(NAMES_APPOSITION if joined else NAME_APPOSITION)
            return j
        if w.lower in LIST_CONJUNCTIONS:
            joined = True
        elif not (w.capitalized and w.text.replace("-", "").isalpha()):
            return None
    return None


def _noun_phrase_word(words: Sequence[Word], j: int) -> bool:
    """A word of a noun phrase: a capitalised word, a determiner, or an inflected adjective before one."""
    w = words[j]
    if not w.text.replace("-", "").isalpha() or w.lower in SUBORDINATORS or w.lower in COORDINATORS:
        return False
    if w.capitalized or w.lower in DETERMINERS:
        return True
    return not w.verbish and w.lower.endswith(german.ADJECTIVE_ENDINGS) and j + 1 < len(words) \
        and (words[j + 1].capitalized or _noun_phrase_word(words, j + 1))


def _resumes(words: Sequence[Word], i: int) -> bool:
    """After an apposition's closing comma the clause around it goes on, unless a verb, a subordinator
    or a relative pronoun opens a new one (", sagte Merkel", ", die …")."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is not None and not (nxt.verbish or nxt.lower in SUBORDINATORS or nxt.lower in RELATIVES)


def apposition_prep(words: Sequence[Word], first: int) -> str | None:
    """The preposition of the noun an apposition before word `first` renames, if the apposition's
    article agrees with the noun's ("mit dem Chef der Partei, dem Abgeordneten Can" → "mit")."""
    comma = next((i for i in range(first - 1, max(0, first - 5), -1) if words[i].text == ","), None)
    if comma is None or _apposition_end(words, comma) is None or _apposition_end(words, comma) < first:
        return None
    article = words[comma + 1].lower
    for j in range(comma - 1, max(-1, comma - 10), -1):
        w = words[j]
        if w.lower in PREPOSITIONS:
            head = words[j + 1].lower
            agrees = head not in DETERMINERS or head[-2:] == article[-2:] or head[-1] == article[-1] == "e"
            if agrees:
                fired(APPOSITION)
            return w.lower if agrees else None
        if w.text in BOUNDARY_PUNCT or w.verbish or w.lower in COORDINATORS or w.lower in THIRD_PERSON_PRONOUNS:
            return None
    return None


def _list_comma(words: Sequence[Word], i: int) -> bool:
    """A comma between items of a noun list ("für Syrien, UN-Organisationen und afrikanische Länder").

    >>> ws = words_of("Hilfe für Syrien, Jordanien und den Libanon")
    >>> _list_comma(ws, 3)
    True
    >>> _list_comma(words_of("Es trafen sich Putin, Poroschenko, Merkel und Hollande."), 4)
    True
    """
    k = i + 2 if i + 2 < len(words) and words[i + 1].lower in DETERMINERS else i + 1   # ", die Türkei und …"
    if k + 1 >= len(words) or not words[i - 1].capitalized or not words[k].capitalized:
        return False
    articled = False
    for j in range(k + 1, min(len(words), k + 8)):
        if words[j].lower in LIST_CONJUNCTIONS:
            if articled:
                fired(LIST_ARTICLE)
            return True
        if words[j].text == "," and j + 1 < len(words) and words[j + 1].capitalized:
            continue        # "Putin, Poroschenko, Merkel und Hollande": the list goes on
        if words[j].text == "," and _articled_item(words, j):
            articled = True     # "Tschechiens, Polens, der Slowakei und Ungarns": an article opens the next item
            continue
        if not (words[j].capitalized or words[j].text.isalpha() and not words[j].verbish):
            return False
    return False


LIST_ARTICLE = declare("clause-list-article", "clause", "a comma list goes on over an item opened by an article: "
                       "„Die Regierungschefs Tschechiens, Polens, der Slowakei und Ungarns trafen sich in Prag“ and "
                       "„Tschechien, Polen, die Slowakei und Ungarn trafen sich“ are one clause with four subjects")


def _articled_item(words: Sequence[Word], j: int) -> bool:
    """The comma at `j` is followed by an article and a capitalised word ("…, der Slowakei und …")."""
    return j + 2 < len(words) and words[j + 1].lower in ARTICLES and words[j + 2].capitalized


ADJECTIVE_COMMA = declare("clause-adjective-comma", "clause", "a comma between adjectives of one noun („eine "
                          "große, ernsthafte Bedrohung“, „sehr, sehr ernsthaft“) cuts no clause: „Carter hatte Russland "
                          "als sehr, sehr ernsthafte Bedrohung bezeichnet“")
_NOT_ATTRIBUTIVE = DETERMINERS | SUBORDINATORS | RELATIVES | german.QUANTIFIERS | german.PERSONAL_PRONOUNS | PREPOSITIONS
_ADJECTIVE_REACH = 3        # adjectives after the comma before the noun: „große, ernsthafte militärische Bedrohung“


def _adjective_comma(words: Sequence[Word], i: int) -> bool:
    """A comma between two adjectives of one noun phrase, or between a repeated adverb („sehr, sehr“)."""
    if not 0 < i < len(words) - 2:
        return False
    before, after = words[i - 1], words[i + 1]
    repeated = before.text == after.text and before.text in german.INTENSIFIERS
    if not (repeated or _attributive(before) and _attributive(after)):
        return False
    for j in range(i + 2, min(len(words), i + 2 + _ADJECTIVE_REACH)):
        if words[j].capitalized and words[j].text.isalpha():
            fired(ADJECTIVE_COMMA)
            return True
        if not _attributive(words[j]):
            return False
    return False


def _attributive(w: Word) -> bool:
    """A lower-case word that may be an attributive adjective: inflected, no verb, no function word."""
    return w.text.isalpha() and w.text.islower() and not w.verbish and w.lower.endswith(german.ADJECTIVE_ENDINGS) \
        and w.lemma != w.lower and w.lower not in _NOT_ATTRIBUTIVE     # „anwenden“ is its own lemma: no adjective


def _verb_like(w: Word) -> bool:
    return w.verbish


def dateline_end(words: Sequence[Word]) -> int:
    """Index of the first word after a dateline ("Kairo – …", "Kiew/Moskau – …"), else 0."""
    for i, w in enumerate(words[:6]):
        if w.text in german.DATELINE_DASHES and i > 0:
            if all(x.capitalized or x.text == "/" for x in words[:i]):
                return i + 1
            return 0
    return 0


def build_sentences(doc: Doc, article: Article, reading: EntityReading) -> list[Sentence]:
    """The article's sentences with words, grouped actors, places and clauses."""
    text = article.text
    mentions = sorted(reading.mentions, key=lambda m: (m.start, -m.end))
    mention_starts = [m.start for m in mentions]
    out: list[Sentence] = []
    for index, (start, end, words) in enumerate(_sentence_words(doc, article)):
        lo = bisect.bisect_left(mention_starts, start)
        hi = bisect.bisect_left(mention_starts, end)
        inside = [m for m in mentions[lo:hi] if m.end <= end]
        actors = [a for a in group_actors(words, inside) if a.last >= dateline_end(words)]
        starts = [w.start for w in words]
        places = tuple((m, _word_at(starts, words, m.start)) for m in inside if m.type == "Place" and words)
        persons = tuple(_word_at(starts, words, m.start) for m in inside if m.type == "Person" and words)
        named = frozenset(i for m in inside for i in range(_word_at(starts, words, m.start),
                                                             _word_at(starts, words, max(m.start, m.end - 1)) + 1)
                          if words and words[i].start >= m.start and words[i].end <= m.end + 2)
        clauses, renaming = clause_layout(words)
        out.append(Sentence(index, start, end, text[start:end], tuple(words), tuple(actors), places,
                            tuple(clauses), persons, named, tuple(owner_adjectives(words, inside)), renaming))
    return out


def _sentence_words(doc: Doc, article: Article) -> list[tuple[int, int, list[Word]]]:
    """(start, end, words) of each sentence: the pipeline's sentences, else a punctuation split."""
    text = article.text
    doc_length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if doc_length != len(text):     # the tokenizer may only normalise with same-length substitutions
        log.warning("%s: parsed text does not align with the article text; using plain word splitting", article.id)
        return [(s, e, words_of(text[s:e], s)) for s, e in split_sentences(text)]
    words, starts = article_words(doc, text)
    if not words:
        return []
    if starts is None:
        spans = split_sentences(text)
        word_starts = [w.start for w in words]
        starts = sorted({bisect.bisect_left(word_starts, s) for s, _ in spans} | {0})
    bounds = sorted({i for i in starts if i < len(words)} | {0}) + [len(words)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if b > a:
            out.append((words[a].start, words[b - 1].end, words[a:b]))
    return out


def clause_particle(sentence: Sentence, first: int, last: int) -> tuple[str, int] | None:
    """The separable verb particle closing a clause ("sicherte … zu"), with its word index."""
    i = last - 1
    while i >= first and not sentence.words[i].text[:1].isalnum():
        i -= 1
    if i > first and sentence.words[i].lower in SEPARABLE_PARTICLES and sentence.words[i].text.islower():
        return sentence.words[i].lower, i
    return _stranded_particle(sentence) if first == 0 and len(sentence.clauses) > 2 else None


def clause_has_verb(sentence: Sentence, first: int, last: int, verbs: frozenset[str]) -> bool:
    """A verb of `verbs` (lemmas, with the clause's particle) among words `first`..`last` of one clause."""
    particle = clause_particle(sentence, first, last)
    return any(key in verbs for w in sentence.words[first:last] if not w.capitalized
               for key in verb_keys(w, particle[0] if particle else None))


STRANDED_PARTICLE = declare("clause-stranded-particle", "clause", "a particle standing alone after an embedded "
                            "clause belongs to the first clause's verb: „X wies den Vorwurf, dass …, zurück“")


def _stranded_particle(sentence: Sentence) -> tuple[str, int] | None:
    """The particle that alone makes the sentence's last clause („…, zurück.“), with its word index."""
    first, last = sentence.clauses[-1]
    core = [k for k in range(first, last) if sentence.words[k].text[:1].isalnum()]
    if len(core) != 1 or sentence.words[first].text != ",":
        return None
    word = sentence.words[core[0]]
    if word.lower in SEPARABLE_PARTICLES and word.text.islower():
        fired(STRANDED_PARTICLE)
        return word.lower, core[0]
    return None


def verb_keys(word: Word, particle: str | None, exclusive: bool = False) -> list[str]:
    """Lexicon keys a verb form may stand for: particle joined to lemma and form first.

    With `exclusive`, a particle closing the clause rules out the bare verb
    ("spricht sich … aus" is not "sprechen").

    >>> verb_keys(make_word("sicherte", "sichern", 0, 8), "zu")
    ['zusichern', 'zusicherte', 'sichern', 'sicherte']
    >>> verb_keys(make_word("spricht", "sprechen", 0, 7), "aus", exclusive=True)
    ['aussprechen', 'ausspricht']
    """
    key = (word.lower, word.lemma, particle, exclusive)
    keys = _KEYS.get(key)
    return keys if keys is not None else _KEYS.put(key, _verb_keys(word, particle, exclusive))


# (lower, lemma, particle, exclusive) → keys: both cue scans ask for every word
_KEYS: Cache[tuple[str, str, str | None, bool], list[str]] = Cache()


def _verb_keys(word: Word, particle: str | None, exclusive: bool) -> list[str]:
    keys = []
    stems = [word.lemma, word.lower]
    weak = _weak_infinitive(word)
    if weak:
        stems.append(weak)
    if particle:
        keys += [particle + stem for stem in stems]
        if exclusive:
            return list(dict.fromkeys(keys))
    keys += stems
    return list(dict.fromkeys(keys))


def _participle_infinitive(lemma: str) -> str | None:
    """The infinitive of a weak participle the table gives as its own lemma, with its separable particle
    („gefordert“ → „fordern“, „angedroht“ → „androhen“).

    >>> _participle_infinitive("gefordert"), _participle_infinitive("angedroht"), _participle_infinitive("gestern")
    ('fordern', 'androhen', None)
    """
    if not lemma.endswith("t") or len(lemma) < 7:
        return None
    for particle in ("", *german.SEPARABLE_PARTICLES):
        if lemma.startswith(particle + german.PARTICIPLE_PREFIX) and len(lemma) - len(particle) > 5:
            stem = lemma[len(particle) + len(german.PARTICIPLE_PREFIX):-1]
            return particle + stem + ("n" if stem.endswith(german.SHORT_INFINITIVE_STEMS) else "en")
    return None


def _weak_infinitive(word: Word) -> str | None:
    """The infinitive of a weak verb form the lookup table misses ("vereinbarten" → "vereinbaren").

    >>> _weak_infinitive(make_word("vereinbarten", "vereinbart", 0, 12))
    'vereinbaren'
    """
    if word.lemma.endswith("n"):
        return None         # the table gave an infinitive: trust it
    participle = _participle_infinitive(word.lemma)
    if participle:
        return participle
    for form in (word.lower, word.lemma):
        if not form.endswith(german.PAST_ENDINGS):
            continue        # most words: one test instead of one per ending
        for ending in german.PAST_ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 4:
                return form[:-len(ending)] + "en"
    return None

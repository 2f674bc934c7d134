"""The preposition that governs an actor phrase (`governing_prep`: „mit seinem ägyptischen Kollegen X“, „gegen
Bayerns Alt-Bürgermeister X“; none across „sich“ or before „um … zu“), read over the words of the noun phrase
before it; and the tests of those words other stages share (a participle used as an adjective, where a noun's
modifiers begin).

>>> from kg.extract.clauses import words_of
>>> governing_prep(words_of("Er traf sich mit dem neuen Präsidenten Max Muster."), 7)
'mit'
"""
from __future__ import annotations

from typing import Sequence

from kg import german
from kg.extract.clauses import Word, attributive
from kg.extract.lexicon import calendar_words
from kg.extract.rules import declare, fired
from kg.german import (ADJECTIVE_ENDINGS, COORDINATORS, DETERMINERS, LIST_CONJUNCTIONS, PREPOSITIONS,
                       SUBORDINATORS, THIRD_PERSON_PRONOUNS)


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
                            "Ponta“, and as far over a genitive attribute before them: „starben nach Angaben der "
                            "britischen Organisation Amnesty International“ (the source of a claim, no subject); "
                            "without a title no further than four words: „im Vorfeld des Gipfels der italienischen "
                            "Regierung“")


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
        if _reflexive(w) or both_joined(words, i):
            return None     # "als sich Merkel und Putin trafen", „Sowohl Wien als auch Prag …“: no noun phrase
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
            # also hyphenated: "gegen Ex-Präsident Mursi", and a genitive before it: "gegen Bayerns Alt-Bürgermeister"
            steps += over
            reach = _TITLED_PREP_REACH     # "gegen den amtierenden konservativen Premier Ponta"
            continue
        if steps == 0 and _place_list(words, i):
            return words[i - 2].lower     # "in Brüssel und Paris": Paris is a place too, no subject
        if w.capitalized and w.text.isalpha() and i + 1 < len(words) and words[i + 1].lower in german.GENITIVE_ARTICLES:
            i -= 1          # a genitive attribute: "gegen Stellungen des IS"
            steps += 1
            reach = max(reach, _PREP_REACH)      # "nach Angaben der türkischen Stiftung X": a title's reach stays
            continue
        return None
    return None


def _reflexive(word: Word) -> bool:
    """„sich“: a pronoun stands in no noun phrase (`clause-reflexive-stop`)."""
    if word.lower != german.REFLEXIVE_PRONOUN:
        return False
    fired(REFLEXIVE_STOP)
    return True


BOTH_AND = declare("clause-both-and", "clause", "„sowohl X als auch Y“ lists two members: „als“ there is no "
                   "preposition, and Y is coordinated with X: „Sowohl Nordland als auch Südland protestierten gegen die "
                   "Zölle“ → both protest")


def both_joined(words: Sequence[Word], i: int) -> bool:
    """Word i is the „auch“ of „als auch“ after a „sowohl“ earlier in the sentence."""
    if not (i > 0 and (words[i - 1].lower, words[i].lower) == german.BOTH_JOINER):
        return False
    if not any(w.lower == german.BOTH_OPENER for w in words[:i - 1]):
        return False
    fired(BOTH_AND)
    return True


GENITIVE_BEFORE_TITLE = declare("clause-genitive-before-title", "clause", "a preposition governs a name across its "
                                "title and a name's genitive before it: „Im Prozess gegen Nordlands Alt-Landeshauptmann "
                                "Max Muster hat der Staatsanwalt …“ (Muster is no subject), „mit Russlands "
                                "Präsident Putin“")


def _title_before_name(words: Sequence[Word], i: int) -> int:
    """How many words a preposition reaches over from word i, right before a name: 1 for a title after an article,
    preposition or adjective („mit Präsident Sisi“), 2 for a title after a name's genitive („gegen Bayerns
    Alt-Bürgermeister“), 0 where word i is no such title."""
    w = words[i]
    if not (w.capitalized and w.text.replace("-", "").isalpha() and i > 0 and not _day(w)):
        return 0
    if i > 1 and _genitive_before_title(words, i - 1):
        fired(GENITIVE_BEFORE_TITLE)
        return 2
    return 1 if words[i - 1].lower in DETERMINERS | PREPOSITIONS or attributive(words[i - 1]) else 0


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
                                      and w.lower not in THIRD_PERSON_PRONOUNS) or _participle_adjective(words, i) \
        or _truncated_pair(words, i)


PLACE_LIST_PREPOSITION = declare("clause-place-list-preposition", "clause", "a place preposition governs the "
                                  "second of two names joined by „und“: „Zu den Anschlägen in Madrid und Rom "
                                  "bekannte sich der IS“ (Rom is where, not who)")


def _place_list(words: Sequence[Word], i: int) -> bool:
    """Word i is „und“ after a one-word name right after a place preposition („in Brüssel und …“)."""
    found = i >= 2 and words[i].lower in german.AND_CONJUNCTIONS and words[i - 1].capitalized \
        and words[i - 1].text.isalpha() and words[i - 2].lower in PLACE_LIST_PREPOSITIONS
    if found:
        fired(PLACE_LIST_PREPOSITION)
    return found


PLACE_LIST_PREPOSITIONS = german.LOCATIVE_PREPOSITIONS | german.CONTRACTIONS


TRUNCATED_COMPOUND = declare("clause-truncated-compound", "clause", "a compound joined by „und“ or „oder“ to a "
                             "compound cut short before it („Nordpartei- und Südpartei-Konten“) stands in that "
                             "compound's noun phrase, so the preposition before it governs both: „Die Sperre von SPÖ- "
                             "und FPÖ-Konten lehnt das Gericht ab“ (no party rejects); not „Die SPÖ und die FPÖ "
                             "lehnen die Sperre ab“")


def _truncated_pair(words: Sequence[Word], i: int) -> bool:
    """Word i is „und“ or „oder“ right after a compound cut short by its hyphen („von SPÖ- und FPÖ-Konten“), or
    that cut compound before it: words of the phrase the preposition before them governs."""
    if words[i].text.endswith("-") and words[i].text[:1].isalpha():
        return i + 1 < len(words) and words[i + 1].lower in LIST_CONJUNCTIONS
    found = i >= 1 and words[i].lower in LIST_CONJUNCTIONS and words[i - 1].text.endswith("-") \
        and words[i - 1].text[:1].isalpha()
    if found:
        fired(TRUNCATED_COMPOUND)
    return found


COMPOUND_TITLE_START = declare("clause-compound-title-start", "clause", "an official's phrase that opens with a "
                               "compound title naming his state or body („US-Präsident“, „EU-Kommissionschef“) has no "
                               "other title before it: the capitalised word there is a place, across which no "
                               "preposition governs him: „Gauck traf in Neu-Delhi US-Präsident Obama“ (Obama, not „in“)")


REFLEXIVE_STOP = declare("clause-reflexive-stop", "clause", "a preposition governs no actor across the reflexive "
                        "„sich“: „Als sich Merkel und Putin in Minsk trafen“ (Merkel and Putin are subjects)")


def _day(w: Word) -> bool:
    """A weekday or month ("am Montag Putin traf"): a time before a name, not its title."""
    table = calendar_words()
    return w.lower in table["weekday"] or w.lower in table["month"]


def _infinitive_after(words: Sequence[Word], first: int) -> bool:
    """ "um Putin zu treffen": "um" opens an infinitive clause and governs no actor."""
    return any(w.lower == german.INFINITIVE_PARTICLE for w in words[first + 1:first + 8])

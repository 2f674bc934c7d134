"""Speakers: a lone name next to a verb of saying is a person ("sagte Kowalczyk",
"Kowalczyk betonte", "…, so Kowalczyk.").

A common word there is a person only if its corpus word class is a surname's
("sagte Fischer"; not "sagte Regierungssprecher", not "sagte Moskau"). The verbs
are in `kg/data/speech_verbs.tsv`, as the finite forms a token shows (the rule
pipeline has no lemmas; the extractor's `reporting_verbs.tsv` holds lemmas).

>>> words = "„ Wir bleiben “ , sagte Kowalczyk . Fischer betonte das .".split()
>>> speaker_tokens(words, {"sagte", "betonte"}, lambda k: words[k] in ("Kowalczyk", "Fischer"))
[6, 8]
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg import german, resources
from kg.nlp.tokens import positions
from kg.rules import declare

STAGE = "speakers"
SPEAKER = declare("speaker", STAGE, "a lone name next to a verb of saying is a person: "
                  "„sagte Kowalczyk“, „Kowalczyk betonte“, „…, so Kowalczyk.“")

NAMED_ELSEWHERE = declare("speaker-named-elsewhere", STAGE, "a speaker's lone word that no list "
                          "classes is a person only where the article names it beside another name word or "
                          "after a title (a news text introduces a person in full once): „sagte Kowalczyk“ "
                          "after „Anna Kowalczyk“; not „berichtet Golem“, „erzählt Netflix“")

MEDIA_SOURCE = declare("media-source", STAGE, "a lone name that no list holds and the text names nowhere beside a "
                       "name word or title, as the subject of a verb of reporting news (`media_verbs.tsv`) or "
                       "after „laut“ or before „zufolge“, is the medium that reports (a news text introduces a "
                       "person in full): „meldete Kathimerini“, „wie Milliyet berichtete“, „laut Milliyet“")

MEDIA_COINED = declare("media-source-coined", STAGE, "a coined one-word name ending in a medium's word "
                       "(`media_name_tails.tsv`: „-press“, „-news“), itself no German word, as the subject of a verb of "
                       "reporting news or after „laut“ is the medium that reports, though the lexicon reads it as a "
                       "compound of that word: „meldete Kirchpress“, „laut Alpennews“; not „meldeten Regierungskreise“")
MEDIA_NAME_TAILS = tuple(resources.listed_words("media_name_tails.tsv"))

MEDIA_SURNAME = declare("media-surname", STAGE, "a lone word of a surname's word class as the subject of a verb of "
                        "reporting news (`media_verbs.tsv`) is the medium that reports, no person, where the article "
                        "names it nowhere beside a name word or after a title (a news text introduces a person in "
                        "full): „Die Lücke sei geschlossen, berichtet Hanse.“ after sentences that name no Hanse; not "
                        "after „Anna Hanse“, not „sagte Hanse“, not in a lone sentence")

MEDIA_REPORT_CLAUSE = declare("media-report-clause", STAGE, "the name of one to three capitalised words between "
                              "a comparative „wie“ (after a comma or opening the sentence) and a verb of reporting "
                              "news that closes the clause, no word of it a German word alone, a first name, a "
                              "surname or a title, is the medium that reports: „…, wie Morning Ledger berichtet.“, "
                              "„Wie Techblick.de meldete, …“; not „wie Anna Muster berichtet“, „wie Medien in Ostland "
                              "meldeten“, „wie die Polizei berichtete“")

# „laut Folha de São Paulo“, „Gazzetta dello Sport“: a foreign name goes on after them
_NAME_GOES_ON = german.FOREIGN_NAME_CONNECTORS | german.NAME_PARTICLES

_ATTRIBUTION_MARKS = german.with_capitalised(german.ATTRIBUTION_PREPOSITIONS) \
    | {german.ATTRIBUTION_POSTPOSITION}

_BEFORE_SUBJECT = {".", "!", "?", ",", ";", ":", "“", "”", "\"", "«", "»", "„", "(", "–", "-"} \
    | german.AND_CONJUNCTIONS | german.BUT_CONJUNCTIONS


def speaker_tokens(words: Sequence[str], verbs: set[str] | frozenset[str],
                   may_name: Callable[[int], bool]) -> list[int]:
    """Tokens k where a one-word name stands as the subject of a verb of saying.

    `may_name(k)`: word k is a lone capitalised word that may be a person's name.
    """
    n = len(words)
    out = []
    # only a word beside a verb of saying may be one: most words are beside none
    at_verbs = positions(words, verbs)
    for k in sorted({j for v in at_verbs for j in (v - 1, v + 1) if 0 <= j < n}):
        w = words[k]
        if not w[:1].isupper() or (k + 1 < n and words[k + 1][:1].isupper() and words[k + 1].isalpha()):
            continue
        after_verb = k > 0 and words[k - 1] in verbs and (words[k - 1] not in german.QUOTATIVE_ADVERBS or (k > 1 and words[k - 2] == ","))
        before_verb = k + 1 < n and words[k + 1] in verbs and words[k + 1] not in german.QUOTATIVE_ADVERBS \
            and (k == 0 or words[k - 1] in _BEFORE_SUBJECT)
        if (after_verb or before_verb) and may_name(k):
            out.append(k)
    return out


def named_elsewhere(words: Sequence[str], k: int, is_name: Callable[[str], bool],
                    is_title: Callable[[str], bool]) -> bool:
    """Whether word k (or its last hyphen part) stands elsewhere beside a name word or after a title.

    >>> words = "Anna Kowalczyk kam . Dann sagte Kowalczyk .".split()
    >>> named_elsewhere(words, 6, lambda w: w == "Anna", lambda w: False)
    True
    >>> named_elsewhere("Golem berichtete .".split(), 0, lambda w: False, lambda w: False)
    False
    """
    w = words[k]
    forms = {w, w.rsplit("-", 1)[-1]}
    n = len(words)
    for j in (j for j in range(n) if j != k and words[j] in forms):
        before = words[j - 1] if j else ""
        after = words[j + 1] if j + 1 < n else ""
        if before[:1].isupper() and (is_name(before) or is_title(before)) or after[:1].isupper() and is_name(after):
            return True
    return False


def source_tokens(words: Sequence[str], verbs: set[str] | frozenset[str],
                  may_name: Callable[[int], bool]) -> list[int]:
    """Tokens k where a one-word name is the subject of a verb of reporting or stands after „laut“
    or before „zufolge“ (`may_name(k)`: word k may name a medium).

    >>> words = "Das meldete Kathimerini . Laut Milliyet kam er , Hürriyet zufolge nicht , wie Sabah meldete .".split()
    >>> source_tokens(words, {"meldete"}, lambda k: words[k] in ("Kathimerini", "Milliyet", "Hürriyet", "Sabah"))
    [2, 5, 9, 14]
    """
    n = len(words)
    out = set(speaker_tokens(words, verbs, may_name))
    # the word after „laut“, before „zufolge“ or before a verb of reporting: most words are none
    marks = _ATTRIBUTION_MARKS | verbs
    for m in positions(words, marks):
        for k in (m - 1, m + 1):
            if 0 < k < n - 1 and _attributed(words, k, verbs) and may_name(k) \
                    and not (words[k + 1][:1].isupper() and words[k + 1].isalpha()) \
                    and not (k + 2 < n and words[k + 1] in _NAME_GOES_ON and words[k + 2][:1].isupper()):
                out.add(k)
    return sorted(out)


_REPORT_NAME_WORDS = 3        # „Morning Ledger Daily“
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", ")", "–"})


def report_clause_names(words: Sequence[str], verbs: set[str] | frozenset[str], name_word: Callable[[int], bool],
                        foreign: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(first token, end) of each name between a comparative „wie“ that follows a comma or opens the text or a
    sentence and a verb of reporting (`verbs`) that a punctuation mark or the text's end follows: one to three words
    `name_word` accepts, one at least `foreign` (no German word).

    >>> words = ", wie Morning Ledger berichtet . Wie Medien meldeten , wie Anna Muster berichtet .".split()
    >>> report_clause_names(words, {"berichtet", "meldeten"}, lambda k: words[k] != "Anna",
    ...                     lambda k: words[k] in ("Morning", "Ledger", "Muster"))
    [(2, 4)]
    """
    n = len(words)
    out = []
    for v in positions(words, verbs):
        if v + 1 < n and words[v + 1] not in _CLAUSE_ENDS:
            continue
        k = v
        while k > 0 and v - k < _REPORT_NAME_WORDS and words[k - 1][:1].isupper() \
                and words[k - 1].lower() not in german.COMPARATIVE_CONJUNCTIONS and name_word(k - 1):
            k -= 1
        if k == v or k == 0 or words[k - 1].lower() not in german.COMPARATIVE_CONJUNCTIONS:
            continue
        if (k == 1 or words[k - 2] in _CLAUSE_ENDS) and any(foreign(j) for j in range(k, v)):
            out.append((k, v))
    return out


def _attributed(words: Sequence[str], k: int, verbs: set[str] | frozenset[str]) -> bool:
    """Word k stands after „laut“, before „zufolge“ (not after a capitalised word: „der Zeitung X
    zufolge“ is read by the head noun) or between „wie“ and a verb of reporting („wie Sabah meldete“)."""
    before = words[k - 1].lower()
    return before in german.ATTRIBUTION_PREPOSITIONS \
        or words[k + 1] == german.ATTRIBUTION_POSTPOSITION and not words[k - 1][:1].isupper() \
        or words[k + 1] in verbs and before in german.COMPARATIVE_CONJUNCTIONS

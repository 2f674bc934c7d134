"""Teams named by their town: a town right after a noun of a team's standing, title or rivalry
(`kg/data/team_nouns.tsv`: „Spitzenreiter“, „Schlusslicht“, „Titelverteidiger“, „Gegner“) is the team of
that town, an organisation, no place („der Rückstand auf Spitzenreiter Salzburg“, „gegen den
Tabellenvorletzten Norwich City“, „Bundesliga-Spitzenreiter Bayern München“). A state after such a noun is
left as it is („Weltmeister Deutschland“ is the state's team, read as the state), and so is a person
(„Titelverteidiger Djokovic“). A town right after „gegen“ is the team too where its sentence gives a match's
score („beim 3:2 gegen Graz“), or another sentence of the text does (a match report: „… gegen Graz. Das
Hinspiel endete 2:0.“; a clock time „14:30“ is no score). In a text that gives a match's score, a town right
before a verb of a match's result (no preposition before it) or right after one is the team too („Wolkenhausen
schlägt Graz“, `kg/data/match_verbs.tsv`), and so is a town before a colon and a line-up („Wolkenhausen: Muster –
Beispiel, Probe“). A town right before one or two foreign words no list holds, the last an English plural, is a
team's name („die Wolkenhausen Panthers“, „die Graz Red Giants“); after an article, which no town takes, any capitalised
words do („die Graz Panthers“; gazetteer_teams' place-team-name reads one unknown plural early: „Denver Broncos“).

>>> from kg.nlp.hits import Hit
>>> words = "auf Spitzenreiter Salzburg .".split()
>>> [(h.label, h.text, h.rule) for h in team_towns(words, [Hit(18, 26, "PLACE", "Salzburg", "Salzburg", 2, 3)])]
[('ORG', 'Salzburg', 'place-team-standing')]
"""
from __future__ import annotations

from dataclasses import replace
import re
from bisect import bisect_right
from typing import Callable, Sequence

from kg import german, resources
from kg.nlp.hits import Hit, cover, token_hit
from kg.rules import declare, fired

STAGE = "gazetteer"
TEAM_STANDING = declare("place-team-standing", STAGE, "a town right after a noun of a team's standing, title "
                        "or rivalry is that town's team, an organisation, no place: „Spitzenreiter Salzburg“, „den "
                        "Vorletzten Ried“, „Bundesliga-Spitzenreiter Bayern München“; not after another noun („die "
                        "Hauptstadt Salzburg“), nor in the genitive („die Gegner Moskaus“), not a state "
                        "(„Weltmeister Deutschland“)")

TEAM_OPPONENT = declare("place-team-opponent", STAGE, "a town right after „gegen“ in a sentence that gives a "
                        "match's score is the town's team, an organisation, no place: „muss gegen Linz das 3:0 "
                        "aus dem ersten Duell retten“, „beim 3:2 gegen Graz“; not without a score („Proteste gegen "
                        "Graz“), not a state („2:0 gegen Spanien“)")

TEAM_MATCH_TEXT = declare("place-team-opponent-match-text", STAGE, "a town right after „gegen“ in a text that gives a "
                          "match's score in another sentence is the town's team, an organisation, no place: „Am "
                          "Samstag trifft Wolkenhausen auswärts gegen Graz. … Das Hinspiel endete 2:0.“; not in a "
                          "text whose only figures with a colon are clock times („gegen Graz … um 14:30 Uhr“), not a "
                          "state („gegen Spanien“)")

TEAM_MATCH_VERB = declare("place-team-match-verb", STAGE, "a town right before a verb of a match's result or course "
                          "(`match_verbs.tsv`; no preposition before the town) or right after one, in a text that gives "
                          "a match's score, is that town's team, an organisation, no place: „Wolkenhausen schlägt Graz. "
                          "… 2:1“; not „In Graz schlug ein Blitz ein“, not in a text with no score, not a state "
                          "(„Spanien gewann 2:0“)")

TEAM_LINEUP = declare("place-team-lineup", STAGE, "a town before a colon and a line-up (a name, then a dash within "
                      "a few words: the goalkeeper, then the rest), in a text that gives a match's score, is that "
                      "town's team, an organisation, no place: „Wolkenhausen: Muster – Beispiel, Probe“; not „in "
                      "Graz: Dort regnete es“, not a state's team („Spanien: …“), not in a text with no score")

TEAM_NICKNAME = declare("place-team-nickname", STAGE, "a town right before one or two capitalised foreign words that no "
                        "lexicon or name list holds, the last an English plural in -s, is a team's name with the town in "
                        "it, an organisation, no place: „die Wolkenhausen Panthers“, „bei den Graz Red Giants“ (after "
                        "an article, which a town takes none of, any capitalised words); not a German word without "
                        "the article („in Graz Fans“), a surname or first name („mit Florenz Jones“), nor without "
                        "the plural („die Graz Mitte“), nor where the word after the town opens a name of its own "
                        "(„das Fest der Graz Neos“: the town's branch of a party)")

TEAM_RESULT_LINE = declare("place-team-result-line", STAGE, "a town and one or two capitalised words that open no "
                           "other name, right before a match's score or before a dash in a text that gives one, are a "
                           "team's name, an organisation, no place: „Wolkenhausen Heat – Graz Giants 98:91“, „Graz "
                           "Giants 3:2“; not a town alone („Graz – Linz 2:1“ is left to the other team rules), not "
                           "before a clock time („Graz Mitte 14:30 Uhr“), not in a text with no score")
TEAM_SPONSOR = declare("place-team-sponsor", STAGE, "one or two foreign capitalised words the lexicon holds (brands, "
                       "English words; no first name, surname, German or unknown word) right before a town, in a text that gives a match's score, open a team's name "
                       "with the town, an organisation, no place: „Red Wolves Graz gewann 2:1“, „gegen Black Wings "
                       "Linz“; not a German word („nach Handtor Graz 0:1“), not an unknown word, which may be a "
                       "player's name („Tore: Oyelaran Graz: …“), not in a text with no score")

_TOWNS = ("PLACE", "CAPITAL")
# a result's score, also a basketball's (three digits): „3:2“, „106:100“
_RESULT_SCORE = re.compile(r"^(\d{1,3}):(\d{1,3})(?:\D|$)")
_CLOCK_HOURS, _CLOCK_MINUTES = 24, 60
_ARTICLED = german.DETERMINERS | german.CONTRACTIONS
_NICKNAME_REACH = 2         # words of a team's nickname after its town: „Red Giants“
_PLURAL = "s"               # an English plural's ending: „Panthers“
# a match's score: „2:1“, „1:1-Remis“, „(3:0)“ (as the tokenizer leaves it, brackets split off)
_SCORE = re.compile(r"^\d{1,2}:\d{1,2}(?:\D|$)")
# a score that is no clock time, whose minutes have two digits: „2:1“, „6:4“, „1:0,0:1“ (not „14:30“, „9:00“)
_MATCH_SCORE = re.compile(r"^\d{1,2}:\d(?:\D|$)")
# not a genitive: „die Gegner Moskaus“ are the city's (its government's) opponents
_NOT_NAME_FORMS = ("genitive", "adjective", "demonym")
_TEAM_NOUNS = resources.listed_words("team_nouns.tsv")
_MATCH_VERBS = resources.listed_words("match_verbs.tsv")
_LINEUP_DASHES = ("–", "-")     # a line-up's goalkeeper, then the defenders: „Muster – Beispiel, Probe“
_LINEUP_REACH = 4               # words from the colon to the first dash of a line-up („C. Muster –“)


def _team_noun(word: str) -> bool:
    """„Spitzenreiter“, „Bundesliga-Spitzenreiter“: a capitalised noun of a team's standing, whole or after
    its last hyphen."""
    return word[:1].isupper() and word.rsplit("-", 1)[-1].lower() in _TEAM_NOUNS


def _scored(words: Sequence[str], opens: Sequence[int], k: int) -> bool:
    """Whether the sentence of token k gives a match's score („2:1“, „1:1-Remis“)."""
    s = bisect_right(opens, k) - 1
    start, end = opens[s], opens[s + 1] if s + 1 < len(opens) else len(words)
    return any(_SCORE.match(w) for w in words[start:end])


def _beside_match_verbs(words: Sequence[str], by_start: dict[int, Hit]) -> list[Hit]:
    """The first towns of the runs of towns right before a match verb, with no preposition before the run („Wolkenhausen
    schlägt“, not „In Graz schlug“), or right after one („schlägt Graz“)."""
    ends = {h.tok_end for h in by_start.values()}
    out = []
    for k, h in by_start.items():
        if k in ends:
            continue        # inside a run: „Bayern München“ is read from „Bayern“
        last = h
        while last.tok_end in by_start:
            last = by_start[last.tok_end]
        before = words[k - 1] if k else ""
        if last.tok_end < len(words) and words[last.tok_end] in _MATCH_VERBS and before.lower() not in german.PREPOSITIONS \
                or before in _MATCH_VERBS:
            out.append(h)
    return out


def _lineup_heads(words: Sequence[str], by_start: dict[int, Hit]) -> list[Hit]:
    """The towns right before a line-up, with no preposition before them: „Wolkenhausen: Muster – Beispiel, Probe“
    (not „in Graz: Dort regnete es – wie immer“)."""
    return [h for h in by_start.values() if _lineup_at(words, h.tok_end)
            and not (h.tok and words[h.tok - 1].lower() in german.PREPOSITIONS)]


def _lineup_at(words: Sequence[str], k: int) -> bool:
    """A colon at k, then a capitalised word that is no function word, a dash within a few words and a comma a few
    words after it: „: Muster – Beispiel, Probe“, „: C. Muster – Beispiel, Probe“."""
    if not (k + 2 < len(words) and words[k] == ":" and words[k + 1][:1].isupper()
            and words[k + 1] not in german.CAPITALISED_FUNCTION_WORDS):
        return False
    dash = next((d for d in range(k + 2, min(k + 2 + _LINEUP_REACH, len(words))) if words[d] in _LINEUP_DASHES), None)
    return dash is not None and "," in words[dash + 1:dash + 1 + _LINEUP_REACH]


def team_nicknames(text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit],
                   foreign: Callable[[str], bool]) -> list[Hit]:
    """The hits with each town right before a team's nickname read with it as the team: „Wolkenhausen Panthers“
    after an article (a town takes none: it is a part of the name), or else where the nickname is foreign words.

    `foreign(w)`: w is a capitalised word that no lexicon or name list holds, or a foreign one of the lexicon.

    >>> words = "die Wolkenhausen Panthers gewannen".split()
    >>> h = Hit(4, 16, "PLACE", "Wolkenhausen", "Wolkenhausen", 1, 2)
    >>> [(h.label, h.text) for h in team_nicknames(" ".join(words), words, [0, 4, 17, 26], [h], lambda w: w == "Panthers")]
    [('ORG', 'Wolkenhausen Panthers')]
    """
    out = []
    named_at = {h.tok for h in hits if h.label != "TITLE"}     # a word opening another name is no part of one
    for h in hits:
        if h.label not in _TOWNS or h.form in _NOT_NAME_FORMS or h.tok_end >= len(words) or h.tok_end in named_at:
            out.append(h)
            continue
        # a town after an article modifies the noun after it, which names the thing: „die Wolkenhausen Panthers“
        named = h.tok > 0 and words[h.tok - 1].lower() in _ARTICLED
        end = _nickname_end(words, h.tok_end, lambda w: w[:1].isupper() and w.isalpha() if named else foreign(w))
        if end is not None:
            fired(TEAM_NICKNAME)
            stop = idx[end - 1] + len(words[end - 1])
            name = " ".join(text[h.start:stop].split())
            h = replace(h, end=stop, label="ORG", key=name, text=text[h.start:stop], tok_end=end, form="team",
                        rule=TEAM_NICKNAME)
        out.append(h)
    return out


def team_fixture_names(text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit],
                       foreign: Callable[[str], bool]) -> list[Hit]:
    """The hits with each town in a team's name of a match report read as that team: „Wolkenhausen Heat 98:91“ (a
    result line), „Blue Wolves Graz“ (a sponsor's or nickname's foreign words before the town).

    >>> words = "Blue Wolves Graz gewann 2:1".split()
    >>> h = Hit(12, 16, "PLACE", "Graz", "Graz", 2, 3)
    >>> [(h.label, h.text) for h in team_fixture_names(" ".join(words), words, [0, 5, 12, 17, 24], [h], str.istitle)]
    [('ORG', 'Blue Wolves Graz')]
    """
    towns = [h for h in hits if h.label in _TOWNS and h.form not in _NOT_NAME_FORMS]
    if not towns:
        return hits
    covered = cover(hits, [False] * len(words))
    scored: list[bool] = []         # whether the text gives a match's score, read once where a town needs it

    def in_report() -> bool:
        if not scored:
            scored.append(any(_result_score(w) for w in words))
        return scored[0]

    teams: dict[int, Hit] = {}
    for h in towns:
        end = _result_line_end(words, h.tok_end, covered, in_report)
        start = h.tok
        while end is None and start > 0 and h.tok - start < _NICKNAME_REACH and not covered[start - 1] \
                and foreign(words[start - 1]):
            start -= 1
        if end is None and (start == h.tok or not in_report()):
            continue
        rule = TEAM_RESULT_LINE if end is not None else TEAM_SPONSOR
        fired(rule)
        team = token_hit(text, words, idx, start, end or h.tok_end, "ORG", None, "team", rule)
        teams[id(h)] = replace(team, key=" ".join(team.text.split()))
    return [teams.get(id(h), h) for h in hits]


def _result_line_end(words: Sequence[str], k: int, covered: Sequence[bool], in_report: Callable[[], bool]) -> int | None:
    """The end of one or two capitalised words from k that open no other name, before a match's score („Heat 98:91“;
    no clock time) or a dash in a match report („Heat –“); None where there are none."""
    end = k
    while end < len(words) and end - k < _NICKNAME_REACH and words[end][:1].isupper() and words[end].isalpha() \
            and not covered[end]:
        end += 1
    if end == k or end >= len(words):
        return None
    after = words[end]
    if _RESULT_SCORE.match(after):
        return end if not (end + 1 < len(words) and words[end + 1] in german.CLOCK_WORDS) else None
    return end if after in _LINEUP_DASHES and in_report() else None


def _result_score(word: str) -> bool:
    """A match's score that is no clock time: „2:1“, „98:91“, „106:100“ (not „14:30“).

    >>> [_result_score(w) for w in ("2:1", "98:91", "106:100", "14:30", "9:00")]
    [True, True, True, False, False]
    """
    m = _RESULT_SCORE.match(word)
    if not m:
        return False
    hours, minutes = m.group(1), m.group(2)
    return not (len(minutes) == 2 and int(hours) <= _CLOCK_HOURS and int(minutes) < _CLOCK_MINUTES)


def _nickname_end(words: Sequence[str], k: int, foreign: Callable[[str], bool]) -> int | None:
    """The end of a team's nickname of one or two foreign words from k, the last an English plural: „Panthers“,
    „Red Giants“; None where there is none."""
    end = k
    while end < len(words) and end - k < _NICKNAME_REACH and foreign(words[end]):
        end += 1
    while end > k and not _english_plural(words[end - 1]):
        end -= 1
    return end if end > k else None


def _english_plural(word: str) -> bool:
    """A word ending like an English plural: „Panthers“, „Broncos“; not „Landhaus“, „Campus“, „Boss“, „Basis“."""
    return len(word) > 3 and word.endswith(_PLURAL) and word[-2] not in german.NOT_BEFORE_ENGLISH_PLURAL_S


TEAM_CITY = declare("place-team-city", STAGE, "a town's name of one word and the English „City“ in a text that "
                    "gives a match's score is a club, an organisation, no place: „schlug die Gäste von Bramford City "
                    "mit 2:0“; not after „in“, „nach“ or „aus“ („Das Spiel in Bramford City "
                    "endete 2:1“), not a longer name („Salt Lake City“), not in a text with no score")


def team_cities(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with each „X City“ that `place-city` read as a town read as a club, in a match's report."""
    cities = [h for h in hits if h.form == "context:city" and h.tok_end - h.tok == 2
              and not (h.tok and words[h.tok - 1].lower() in german.LOCATIVE_PREPOSITIONS)]
    if not cities or not any(_MATCH_SCORE.match(w) for w in words):
        return hits
    fired(TEAM_CITY)
    taken = {id(h) for h in cities}
    return [replace(h, label="ORG", form="team", rule=TEAM_CITY) if id(h) in taken else h for h in hits]


def team_towns(words: Sequence[str], hits: list[Hit], opens: Sequence[int] = (0,)) -> list[Hit]:
    """The hits with each run of adjacent towns right after a team noun, or after „gegen“ in a sentence with
    a score, read as one organisation, the team; first each „X City“ of a match's report (`team_cities`), last
    each bare mention of a team's town again (`teams_again`)."""
    hits = team_cities(words, hits)
    towns = [h for h in hits if h.label in _TOWNS and h.form not in _NOT_NAME_FORMS and h.tok > 0]
    starts = {h.tok: h for h in towns
              if _team_noun(words[h.tok - 1]) or words[h.tok - 1] == german.AGAINST and _scored(words, opens, h.tok)}
    opponents = [h for h in towns if h.tok not in starts and words[h.tok - 1] == german.AGAINST]
    by_start = {h.tok: h for h in hits if h.label in _TOWNS and h.form not in _NOT_NAME_FORMS}
    playing = _beside_match_verbs(words, by_start) + _lineup_heads(words, by_start)
    if (opponents or playing) and any(_MATCH_SCORE.match(w) for w in words):      # once per text: a match's report
        starts.update((h.tok, h) for h in opponents)
        starts.update((h.tok, h) for h in playing if h.tok not in starts)
    if not starts:
        return teams_again(words, hits, opens)
    teams: dict[int, Hit] = {}       # first town's token → the team
    taken: set[int] = set()          # ids of the town hits a team replaces
    for k, first in starts.items():
        last = first
        while last.tok_end in by_start and by_start[last.tok_end].start == last.end + 1:
            last = by_start[last.tok_end]      # „Bayern München“: the run of towns is the team's name
        run = [h for h in hits if h.label in _TOWNS and first.tok <= h.tok < last.tok_end]
        taken.update(id(h) for h in run)
        surface = " ".join(h.text for h in run)
        rule = TEAM_LINEUP if _lineup_at(words, last.tok_end) \
            else TEAM_MATCH_VERB if k == 0 or not _team_noun(words[k - 1]) and words[k - 1] != german.AGAINST \
            else TEAM_STANDING if words[k - 1] != german.AGAINST else TEAM_OPPONENT if _scored(words, opens, k) \
            else TEAM_MATCH_TEXT
        teams[k] = replace(first, end=last.end, label="ORG", key=surface, text=surface, tok_end=last.tok_end,
                           form="team", rule=rule)
        fired(rule)
    return teams_again(words, [teams.get(h.tok, h) if id(h) in taken else h for h in hits
                               if id(h) not in taken or h.tok in teams], opens)


TEAM_AGAIN = declare("place-team-again", STAGE, "a town that the other rules of this module read as a team at one "
                     "mention is that team at each other mention standing in no phrase of place, also in the genitive: "
                     "„Spitzenreiter Wolkenhausen … Seit Mai hat Wolkenhausen nicht verloren“, „Wolkenhausens Kader“; "
                     "not after a preposition of place („in Wolkenhausen“), a noun („Stadion Wolkenhausen“) or a "
                     "bracket („(Wolkenhausen, Arena)“), not in a dateline („Wolkenhausen/Graz –“), not a town no "
                     "team's name is")
# the words after which a town is the place: prepositions of place and route, a bracket (a match's venue), a slash
_PLACE_MARKS = german.PLACE_PREPOSITIONS | german.CONTRACTIONS | german.DIRECTION_PREPOSITIONS | {"(", "/"}


def teams_again(words: Sequence[str], hits: list[Hit], opens: Sequence[int] = (0,)) -> list[Hit]:
    """The hits with each town that a team's hit names again, standing bare, read as that team."""
    teams = {h.key for h in hits if h.label == "ORG" and h.form == "team"}
    if not teams:
        return hits
    starts = frozenset(opens)
    out = []
    for h in hits:
        if h.label in _TOWNS and h.key in teams and h.form not in ("adjective", "demonym") and _bare_town(words, h, starts):
            fired(TEAM_AGAIN)
            h = replace(h, label="ORG", form="team", rule=TEAM_AGAIN)
        out.append(h)
    return out


def _bare_town(words: Sequence[str], h: Hit, opens: frozenset[int]) -> bool:
    """Whether town hit h stands after no preposition of place, slash or noun (a sentence's first word aside), in no
    bracket (a match's venue) and before no slash or dash of a dateline."""
    nxt = words[h.tok_end] if h.tok_end < len(words) else ""
    if nxt == "/" or nxt in german.DATELINE_DASHES and h.tok in opens:
        return False
    if h.tok == 0 or h.tok in opens:
        return True
    prev = words[h.tok - 1]
    if prev.lower() in _PLACE_MARKS or _in_bracket(words, h.tok):
        return False
    return not (prev[:1].isupper() and prev.lower() not in german.FUNCTION_WORDS and h.tok - 1 not in opens)


_BRACKET_REACH = 8      # words back to a bracket that opens a match's venue: „(Samstag, 16.00 Uhr, Graz, Arena“


def _in_bracket(words: Sequence[str], k: int) -> bool:
    """Whether a bracket opens within a few words before token k and closes not before it."""
    for j in range(k - 1, max(-1, k - 1 - _BRACKET_REACH), -1):
        if words[j] == ")":
            return False
        if words[j] == "(":
            return True
    return False

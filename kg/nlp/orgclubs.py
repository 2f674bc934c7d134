"""Clubs named by their form: a club prefix before a name ("FC Oberwölz", "1. FC Köln"), a club's
acronym after a town's adjective ("Hamburger SV"), a town and a club's number ("Schalke 04"), an
acronym before a town ("PSV Eindhoven").

`kg.nlp.orgnames.OrgNames.spans` calls these rules in its left-to-right pass; what the gazetteer
knows of each word comes in as `ClubTests`.

>>> words = "gegen Schalke 04 und den FC Rotweil .".split()
>>> club = ClubTests(lambda k: words[k] in ("Schalke", "Rotweil"), lambda k: False, lambda k: False)
>>> club_by_form(words, 1, club), club_prefix(words, 5, club)
(((1, 3), 'number'), ((5, 7), 'club'))
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from kg.german import PLACE_PREPOSITIONS
from kg.rules import declare, fired

CLUB_PREFIX = declare("org-club-prefix", "orgnames", "a club prefix before a name: „der FC Oberwölz“")
CLUB_TOWN = declare("club-after-town", "orgnames", "a club's acronym after a town's adjective: „der Hamburger SV“, "
                    "„beim Karlsruher SC“")
CLUB_NUMBER = declare("club-number", "orgnames", "a town and a two-digit number with a leading zero, or a town and "
                      "a club's number after a club prefix: „Schalke 04“, „Mainz 05“, „der TSV 1860 München“")
CLUB_FIRST_NAME = declare("club-prefix-first-name", "orgnames", "guard: a club prefix that is also a first name "
                          "starts a person's name, not a club's, where no town, acronym or number follows: "
                          "„gegen Viktoria Asarenka“, but „Viktoria Pilsen“, „Hertha BSC“")
ACRONYM_TOWN = declare("acronym-before-town", "orgnames", "an acronym before a town names the club or body "
                       "there: „ZSKA Moskau“, „PSV Eindhoven“, „der LASK Linz“")


@dataclass(frozen=True)
class ClubTests:
    """What the gazetteer knows of word k for a club's name."""

    word: Callable[[int], bool]             # may go on a club's name: "Schalke", "Dortmund"
    town: Callable[[int], bool]             # a town: "Hannover"
    town_adjective: Callable[[int], bool]   # a town's adjective: "Hamburger", "Karlsruher"
    first_name: Callable[[int], bool] = lambda k: False     # a first name: "Viktoria", "Hertha"
    town_end: Callable[[int], int] = lambda k: 0   # one past a town of several words at k: "St. Pölten", else 0


def _club_digits(word: str) -> bool:
    """A club's number: 'Schalke 04', 'Hannover 96', 'TSV 1860 München'."""
    return word.isdigit() and (len(word) == 2 or len(word) == 4 and word[:2] in ("18", "19"))


def _club_number(words: Sequence[str], i: int, club: ClubTests) -> bool:
    """'Schalke 04', 'Mainz 05', 'Hannover 96': a name and a two-digit number with a leading zero (a
    date writes its dots: „am 04.05.“), or a town and any two-digit number, not after a preposition
    of place („in Hannover 12 neue …“); not where a capitalised word follows („Hannover 96 Häuser“)."""
    n = len(words)
    if i + 1 >= n or len(words[i + 1]) != 2 or not words[i + 1].isdigit() or not words[i][:1].isupper() \
            or i + 2 < n and words[i + 2][:1].isupper() and not words[i + 2].isupper():
        return False
    if words[i + 1].startswith("0"):
        return club.word(i)
    return club.town(i) and not (i > 0 and words[i - 1].lower() in PLACE_PREPOSITIONS)


def club_by_form(words: Sequence[str], i: int, club: ClubTests) -> tuple[tuple[int, int] | None, str | None]:
    """A club or body named by its form at the capitalised word i (`_club_number`, `_acronym_town`),
    or (None, None); the cheap tests first, as most capitalised words are neither."""
    if i + 1 < len(words) and len(words[i + 1]) == 2 and _club_number(words, i, club):
        return (i, i + 2), "number"
    if words[i].isupper() and _acronym_town(words, i, club):
        return (i, i + 2), "acronym"
    return None, None


def _acronym_town(words: Sequence[str], i: int, club: ClubTests) -> bool:
    """'ZSKA Moskau', 'PSV Eindhoven', 'LASK Linz': an acronym before a town names the club or body
    there; not where a capitalised word follows („ZSKA Moskau Trainer“)."""
    w = words[i]
    n = len(words)
    return 2 <= len(w) <= 5 and w.isupper() and w.isalpha() and i + 1 < n and club.town(i + 1) \
        and not (i + 2 < n and words[i + 2][:1].isupper())


def club_prefix(words: Sequence[str], i: int, club: ClubTests) -> tuple[tuple[int, int] | None, str]:
    """A club named with the club prefix at word i: 'FC Oberwölz', '1. FC Köln', 'TSV 1860 München', 'Borussia
    Dortmund'; also a club's acronym after a town's adjective: 'Hamburger SV'."""
    n = len(words)
    if words[i].isupper() and i > 0 and club.town_adjective(i - 1) and not (i + 1 < n and club.word(i + 1)):
        return (i - 1, i + 1), "town"       # "der Hamburger SV", "beim Karlsruher SC"
    j = i + 1
    while j < n and j - i <= 3 and (club.word(j) or _club_digits(words[j])):
        j += 1
    if j == i + 1:
        return None, "club"
    if club.first_name(i) and not any(club.town(k) or words[k].isupper() or _club_digits(words[k])
                                      for k in range(i + 1, j)):
        fired(CLUB_FIRST_NAME)      # „Viktoria Asarenka“: a person; „Viktoria Pilsen“, „Hertha BSC“: clubs
        return None, "club"
    return (i - 1 if i > 0 and words[i - 1] == "1." else i, j), "club"

"""Teams named by their town: a town right after a noun of a team's standing, title or rivalry
(`kg/data/team_nouns.tsv`: „Spitzenreiter“, „Schlusslicht“, „Titelverteidiger“, „Gegner“) is the team of
that town, an organisation, no place („der Rückstand auf Spitzenreiter Salzburg“, „gegen den
Tabellenvorletzten Norwich City“, „Bundesliga-Spitzenreiter Bayern München“). A state after such a noun is
left as it is („Weltmeister Deutschland“ is the state's team, read as the state), and so is a person
(„Titelverteidiger Djokovic“).

>>> from kg.nlp.hits import Hit
>>> words = "auf Spitzenreiter Salzburg .".split()
>>> [(h.label, h.text, h.rule) for h in team_towns(words, [Hit(18, 26, "PLACE", "Salzburg", "Salzburg", 2, 3)])]
[('ORG', 'Salzburg', 'place-team-standing')]
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from kg import resources
from kg.nlp.hits import Hit
from kg.rules import declare, fired

STAGE = "gazetteer"
TEAM_STANDING = declare("place-team-standing", STAGE, "a town right after a noun of a team's standing, title "
                        "or rivalry is that town's team, an organisation, no place: „Spitzenreiter Salzburg“, „den "
                        "Vorletzten Ried“, „Bundesliga-Spitzenreiter Bayern München“; not after another noun („die "
                        "Hauptstadt Salzburg“), nor in the genitive („die Gegner Moskaus“), not a state "
                        "(„Weltmeister Deutschland“)")

_TOWNS = ("PLACE", "CAPITAL")
# not a genitive: „die Gegner Moskaus“ are the city's (its government's) opponents
_NOT_NAME_FORMS = ("genitive", "adjective", "demonym")
_TEAM_NOUNS = resources.listed_words("team_nouns.tsv")


def _team_noun(word: str) -> bool:
    """„Spitzenreiter“, „Bundesliga-Spitzenreiter“: a capitalised noun of a team's standing, whole or after
    its last hyphen."""
    return word[:1].isupper() and word.rsplit("-", 1)[-1].lower() in _TEAM_NOUNS


def team_towns(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with each run of adjacent towns right after a team noun read as one organisation, the team."""
    starts = {h.tok: h for h in hits if h.label in _TOWNS and h.form not in _NOT_NAME_FORMS and h.tok > 0
              and _team_noun(words[h.tok - 1])}
    if not starts:
        return hits
    by_start = {h.tok: h for h in hits if h.label in _TOWNS and h.form not in _NOT_NAME_FORMS}
    teams: dict[int, Hit] = {}       # first town's token → the team
    taken: set[int] = set()          # ids of the town hits a team replaces
    for k, first in starts.items():
        last = first
        while last.tok_end in by_start and by_start[last.tok_end].start == last.end + 1:
            last = by_start[last.tok_end]      # „Bayern München“: the run of towns is the team's name
        run = [h for h in hits if h.label in _TOWNS and first.tok <= h.tok < last.tok_end]
        taken.update(id(h) for h in run)
        surface = " ".join(h.text for h in run)
        teams[k] = replace(first, end=last.end, label="ORG", key=surface, text=surface, tok_end=last.tok_end,
                           form="team", rule=TEAM_STANDING)
        fired(TEAM_STANDING)
    return [teams.get(h.tok, h) if id(h) in taken else h for h in hits
            if id(h) not in taken or h.tok in teams]

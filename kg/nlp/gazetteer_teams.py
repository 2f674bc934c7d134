"""The passes of `Gazetteer.match` that read a team named by its town, an organisation, not the town: a listed town
and an English plural („die Denver Broncos“), a region's name before a town of the same state („Bayern München“).
Mixed into `kg.nlp.gazetteer.Gazetteer` as `TeamPasses`.
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.hits import Hit
from kg.nlp.tokens import positions
from kg.rules import declare, fired


REGION_TOWN_CLUB = declare("place-region-town-club", STAGE, "a region's name right before the name of a town of "
                           "the same state is a club's name, no place: „Bayern München“, „Tirol Innsbruck“; German "
                           "writes a town in its region with „in“ or a comma („München in Bayern“)")


TEAM_NAME = declare("place-team-name", STAGE, "a listed town and an English plural no lexicon holds after it "
                    "name a team, an organisation, not the town: „die Denver Broncos“, „gegen die New York "
                    "Islanders“; not „in Marokko Kovalik“")


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, tuple[str, str | None]]:
    """Each listed place's name → (kind, state): „Bayern“ → (region, DE)."""
    return {p.name: (p.kind, p.state) for p in resources.load_places()}


def _region_town_clubs(text: str, hits: list[Hit], prefixes: set[int]) -> list[Hit]:
    """A region's name right before a town of the same state names a club, an organisation, neither a place:
    „Bayern München“, „Tirol Innsbruck“ (`place-region-town-club`); after a club's prefix (tokens `prefixes`)
    the prefix's rule reads the whole name („der FC Bayern München“)."""
    kinds = _place_kinds()
    out: list[Hit] = []
    for h in hits:
        last = out[-1] if out else None
        if last is not None and last.label == "PLACE" and h.label == "PLACE" and last.form == h.form == "name" \
                and last.tok_end == h.tok and text[last.end:h.start] == " " and last.tok - 1 not in prefixes \
                and kinds.get(last.key, ("", None))[0] == "region" and kinds.get(h.key, ("", None))[0] == "city" \
                and kinds[last.key][1] is not None and kinds[last.key][1] == kinds[h.key][1]:
            fired(REGION_TOWN_CLUB)
            surface = text[last.start:h.end]
            out[-1] = Hit(last.start, h.end, "ORG", surface, surface, last.tok, h.tok_end, "form:club", REGION_TOWN_CLUB)
            continue
        out.append(h)
    return out


class TeamPasses:
    """Mixed into `Gazetteer`: the passes that read a team named by its town."""

    def _team_names(self, text: str, words: list[str], idx: list[int], hits: list[Hit],
                    covered: list[bool]) -> list[Hit]:
        """A listed town and an English plural no lexicon holds after it are a team's name, an organisation:
        „die Denver Broncos“, „gegen die New York Islanders“; the town is no place there."""
        out = []
        for h in hits:
            e = h.tok_end
            if h.label in ("PLACE", "CAPITAL") and h.form == "name" and e < len(words) and not covered[e] \
                    and self._team_word(words[e]) and not (e + 1 < len(words) and self._team_word(words[e + 1])):
                fired(TEAM_NAME)
                end = idx[e] + len(words[e])
                covered[e] = True
                h = Hit(h.start, end, "ORG", text[h.start:end], text[h.start:end], h.tok, e + 1, "form:team", TEAM_NAME)
            out.append(h)
        club = set(positions(words, self.org_words.club_words))  # „FC Bayern München“
        return _region_town_clubs(text, out, club)

    def _team_word(self, w: str) -> bool:
        """'Broncos', 'Canucks': a capitalised English plural that no lexicon, name list or word class holds."""
        return len(w) > 3 and w[:1].isupper() and w.endswith(german.SHORT_GENITIVE_ENDING) and w[1:].islower() \
            and self._unknown_memo[w] and self.name_classes.get(w) is None

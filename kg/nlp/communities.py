"""Peoples named by two states' words: a state's demonym after another state's adjective or joined
to its name („die bosnischen Serben“, „die Kosovo-Albaner“), and a listed compound of two state
adjectives („der bosnisch-serbische Politiker“, `kg/data/community_adjectives.tsv`) name a people
living in one state, and so that state alone; the other word names the people, not its state.

>>> from kg.nlp.hits import Hit
>>> words = "Die bosnischen Serben feiern .".split()
>>> hits = [Hit(4, 14, "STATE", "BA", "bosnischen", 1, 2, "adjective"), Hit(15, 21, "STATE", "RS", "Serben", 2, 3, "demonym")]
>>> [h.key for h in community_hits(words, hits)]
['BA']
"""
from __future__ import annotations

from typing import Sequence

from kg import german, resources
from kg.nlp.hits import Hit
from kg.rules import declare, fired

STAGE = "gazetteer"
COMMUNITY_DEMONYM = declare("community-demonym", STAGE, "guard: a state's demonym right after another state's "
                            "adjective or joined to another state's name names a people living in that state, not "
                            "its own: „die bosnischen Serben“, „die Kosovo-Albaner“ (Bosnien-Herzegowina, Kosovo); "
                            "not „die Serben und die Bosnier“, „die US-Amerikaner“")
COMMUNITY_ADJECTIVE = declare("community-adjective", STAGE, "a listed compound of two state adjectives that names a "
                              "people of one state names that state alone: „der bosnisch-serbische Politiker“ "
                              "(Bosnien-Herzegowina), „die griechisch-zypriotische Regierung“ (Zypern); both states "
                              "before a noun of what lies between them: „die bosnisch-serbische Grenze“")

_ROWS = resources.commented_rows("community_adjectives.tsv")
_COMMUNITIES = {r[1]: r[2] for r in _ROWS if r[0] == "community"}
_BETWEEN = tuple(sorted({r[1] for r in _ROWS if r[0] == "between"} | resources.load_word_list("relation_nouns.tsv")))
# the states' demonyms in the forms the gazetteer lists (`gazetteer_tables.add_states`): „Albaner“, „Serben“
_DEMONYMS = frozenset(f for r in resources.rows("states.tsv") for d in r["demonyms"].split("|") if d
                      for f in (d, d + "n"))


def community_hits(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with the states of peoples' words read as the state the people live in."""
    dropped: set[int] = set()          # ids of the demonyms' state hits that name a people
    replaced: dict[int, Hit] = {}      # a compound's token → its one state hit
    by_tok: dict[int, list[Hit]] = {}
    for h in hits:
        if h.label == "STATE":
            by_tok.setdefault(h.tok, []).append(h)
    for tok, here in by_tok.items():
        for h in here:
            if h.form == "demonym" and _after_other_state(h, by_tok.get(tok - 1, ())):
                dropped.add(id(h))
        if len(here) == 2 and here[0].form == here[1].form == "prefix" and here[1].key != here[0].key \
                and words[tok].endswith(here[1].text) and here[1].text in _DEMONYMS:
            dropped.add(id(here[1]))       # „Kosovo-Albaner“: the second part is the people
        community = _community(words, tok) if any(h.form == "adjective" for h in here) else None
        if community is not None:
            first = here[0]
            replaced[tok] = Hit(first.start, first.start + len(words[tok]), "STATE", community, words[tok], tok,
                                tok + 1, "adjective", COMMUNITY_ADJECTIVE)
    if not dropped and not replaced:
        return hits
    out: list[Hit] = []
    for h in hits:
        if h.label == "STATE" and h.tok in replaced:
            if replaced[h.tok] is not None:
                fired(COMMUNITY_ADJECTIVE)
                out.append(replaced[h.tok])
                replaced[h.tok] = None      # type: ignore[assignment]  # its parts are one hit
            continue
        if id(h) in dropped:
            fired(COMMUNITY_DEMONYM)
            continue
        out.append(h)
    return out


def _after_other_state(h: Hit, before: Sequence[Hit]) -> bool:
    """Whether a demonym's state hit follows another state's adjective: „die bosnischen Serben“."""
    return any(b.form == "adjective" and b.key != h.key and b.tok_end == h.tok for b in before)


def _community(words: Sequence[str], tok: int) -> str | None:
    """The state of a listed people's compound adjective at tok, unless a noun of what lies between two
    states follows it („die bosnisch-serbische Grenze“)."""
    low = words[tok].casefold()
    if "-" not in low:
        return None
    for end in (*german.ADJECTIVE_ENDINGS, ""):
        stem = low[: len(low) - len(end)] if end and low.endswith(end) else (low if not end else None)
        if stem in _COMMUNITIES:
            nxt = words[tok + 1] if tok + 1 < len(words) else ""
            return None if nxt.startswith(_BETWEEN) else _COMMUNITIES[stem]
    return None

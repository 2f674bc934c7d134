"""A party named by a noun made of an adjective („die Grünen“, „die Linke“) is that adjective where a thing's noun
follows it: „Grüne Dächer kühlen die Stadt“, „der Linke Flügel“ name no party; „der Grüne Abgeordnete“ (a title),
„die Grüne Partei“ (a party's noun) and „die Grünen Tirols“ (a name) still do.

>>> words = "Grüne Dächer kühlen .".split()
>>> hits = [Hit(0, 5, "ORG", "Grüne", "Grüne", 0, 1)]
>>> drop_adjective_parties(words, hits, lambda w: w == "Dächer")
[]
"""
from __future__ import annotations

from typing import Callable, Sequence

from kg import resources
from kg.nlp.hits import Hit, cover
from kg.rules import declare, fired

STAGE = "gazetteer"
ADJECTIVE_PARTY = declare("party-alias-adjective", STAGE, "guard: a party's name made of an adjective („Grüne“, "
                          "„Linke“) right before a capitalised noun of a thing no rule read is that adjective, no "
                          "party: „Grüne Dächer kühlen die Stadt“, „der Linke Flügel“; not „der Grüne Abgeordnete "
                          "Max Muster“ (a title), „die Grüne Partei“ (a party's noun), „die Grünen Tirols“ (a name)")

_ADJECTIVE_NAMES = resources.load_word_list("party_adjective_names.tsv")
# nouns of a party itself, its parts and its people: „die Grüne Partei“, „die Grüne Fraktion“
_PARTY_NOUNS = frozenset({r["noun"] for r in resources.rows("context_nouns.tsv") if r["kind"] == "party"}) \
    | resources.load_word_list("party_member_nouns.tsv") | resources.load_word_list("party_organ_nouns.tsv") \
    | resources.listed_words("party_units.tsv")


def drop_adjective_parties(words: Sequence[str], hits: list[Hit], plain_noun: Callable[[str], bool]) -> list[Hit]:
    """The hits without a party's adjective name before a thing's noun (`plain_noun`) that no hit covers."""
    if not any(h.text in _ADJECTIVE_NAMES for h in hits):
        return hits
    covered = cover(hits, [False] * len(words))
    out = []
    for h in hits:
        nxt = h.tok_end
        # the whole word („Grünen-Abgeordneter“ holds the party), before a capitalised noun no hit covers
        if h.label == "ORG" and h.text in _ADJECTIVE_NAMES and words[h.tok] == h.text and nxt < len(words) \
                and not covered[nxt] \
                and words[nxt][:1].isupper() and words[nxt] not in _PARTY_NOUNS and plain_noun(words[nxt]):
            fired(ADJECTIVE_PARTY)
            continue
        out.append(h)
    return out

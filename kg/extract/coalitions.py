"""A coalition named by its parties' colours: „die rot-blaue Koalition“ is the cooperation (COOPERATE) of the two
parties the article names that wear those colours (`kg/data/party_colours.tsv`), and where its clause ends it („die
schwarz-grüne Koalition wurde von den Grünen aufgekündigt“) also the SANCTION of the party that ends it on the other.
A colour no party of the article wears, or two parties of the article wear, names no one.
"""
from __future__ import annotations

from collections import defaultdict

from kg import german, resources
from kg.extract.clauses import Sentence, Word
from kg.extract.factuality import Reading, read_factuality
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired
from kg.facts import Evidence, Interaction, entity_key

COALITION_COLOURS = declare("event-coalition-colours", "event reading", "a compound of party colours before a noun "
                            "of coalition names the parties' cooperation, COOPERATE: „Die rot-grüne Koalition in "
                            "Nordheim hält“ → SPD COOPERATE Grüne (where the article names both); not colours before "
                            "any other noun („die gelb-blauen Fahnen“)")
COALITION_ENDED = declare("event-coalition-ended", "event reading", "a coalition named by colours that its clause "
                          "ends, with one of its parties named there as the one who ends it, is that party's SANCTION "
                          "of the other: „Die rot-grüne Koalition wurde von der SPD aufgekündigt“ → SPD SANCTION Grüne")

COALITION_DISCUSSED = declare("event-coalition-discussed", "event factuality", "a coalition named by colours with an "
                              "indefinite article after „von“ or „über“ is only talked about, possible: „Von einer "
                              "rot-grünen Koalition hält die Bürgermeisterin wenig“, „Spekulationen über eine "
                              "schwarz-gelbe Koalition“; not „die rot-grüne Koalition von Nordheim“")


def _colour_parties() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = defaultdict(list)
    for colour, party in resources.commented_rows("party_colours.tsv"):
        table[colour].append(entity_key("Organization", party))
    return {colour: tuple(keys) for colour, keys in table.items()}


COLOURS = _colour_parties()
NOUNS = tuple(sorted(resources.kind_words("coalition_words.tsv", "noun")))
ENDING_VERBS = resources.kind_words("coalition_words.tsv", "ending")


_ENDINGS_LONGEST_FIRST = tuple(sorted(german.ADJECTIVE_ENDINGS, key=len, reverse=True))   # „-en“ before „-e“


def _stem(part: str) -> str:
    """A colour adjective without its inflection: „blauen“ → „blau“."""
    for ending in _ENDINGS_LONGEST_FIRST:
        if part.endswith(ending) and part[:-len(ending)] in COLOURS:
            return part[:-len(ending)]
    return part


def _parties(word: Word, reading: EntityReading) -> tuple[str, ...]:
    """The parties a compound of two or more colours names, one per colour, each the one party of the article that
    wears it; none where a colour names no party or several."""
    parts = [_stem(p) for p in word.lower.split("-")]
    if len(parts) < 2 or not all(p in COLOURS for p in parts):
        return ()
    out = []
    for part in parts:
        named = [e.key for k in COLOURS[part] for e in reading.entities if _of_party(e.key, k)]
        if len(named) != 1 or named[0] in out:
            return ()
        out.append(named[0])
    return tuple(out)


def _of_party(key: str, party: str) -> bool:
    """Whether `key` is the party's, or its node of one state (`party_keys`: „org:grune-at“ of „org:grune“)."""
    return key == party or key.startswith(party + "-") and len(key) == len(party) + STATE_SUFFIX


STATE_SUFFIX = len("-at")


def _ender(sentence: Sentence, noun: int, parties: tuple[str, ...]) -> tuple[str, int] | None:
    """The party named in the noun's clause apart from the colours, and the verb that ends the coalition there."""
    first, last = sentence.clause_of(noun)
    verb = next((k for k in range(first, last) if sentence.words[k].lemma in ENDING_VERBS), None)
    actor = next((a for a in sentence.actors_in(first, last) if a.key in parties and a.first != noun - 1), None)
    return (actor.key, verb) if verb is not None and actor is not None else None


def _coalition_factuality(sentence: Sentence, colour: int) -> Reading:
    """How the sentence tells of the coalition whose colour word is `colour`: the noun phrase's signals are read
    from the colour word („eine mögliche rot-grüne Koalition“), and a coalition named with an indefinite article
    after „von“ or „über“ is only talked about, possible („von einer rot-grünen Koalition hält er nichts“)."""
    words = sentence.words
    if colour >= 2 and words[colour - 1].lower in german.INDEFINITE_ARTICLES \
            and words[colour - 2].lower in german.DISCUSSED_PREPOSITIONS:
        fired(COALITION_DISCUSSED)
        return Reading("possible", (COALITION_DISCUSSED,))
    return read_factuality(sentence, colour, True)


def coalition_events(sentence: Sentence, reading: EntityReading) -> list[Interaction]:
    """The COOPERATE of each coalition the sentence names by colours, and the SANCTION of the party that ends one."""
    words, out = sentence.words, []
    evidence = Evidence(sentence.text, sentence.start, sentence.end)
    for i in range(len(words) - 1):
        if "-" not in words[i].text or not words[i + 1].lower.endswith(NOUNS):
            continue
        parties = _parties(words[i], reading)
        if not parties:
            continue
        told = _coalition_factuality(sentence, i)
        out.append(Interaction("COOPERATE", parties[0], parties[1], evidence, 0.5, words[i + 1].text, told.factuality,
                               rules=(COALITION_COLOURS, *told.rules)))
        ended = _ender(sentence, i + 1, parties)
        if ended is not None:
            told = read_factuality(sentence, ended[1], False)
            out += [Interaction("SANCTION", ended[0], other, evidence, 0.5, words[ended[1]].text, told.factuality,
                                rules=(COALITION_ENDED, *told.rules)) for other in parties if other != ended[0]]
    return out

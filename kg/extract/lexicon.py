"""Loads the TSV lexicons in `kg/data/` that the talks and events stages read, and the verbs of saying the
entity steps read too.

Each file is tab-separated, one entry a line; `#` starts a comment line.
Loaded once per process (the tables are small and immutable).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg import german, resources
from kg.facts import PLOVER_CODES

TALKS_KINDS = ("Talks", "PhoneCall", "Meeting", "Negotiation", "Summit", "Session", "Conference")
NOT_TALKS = "none"      # talks_lexicon.tsv kind for nouns that end like a cue but are no talks
# the finite forms of verbs of saying, as a token shows them („sagte“, „betonte“); the gazetteer's `speech_verbs`
SPEECH_VERBS = resources.load_word_list("speech_verbs.tsv")
# endings of nouns of a sports match or its standing („Rückspiel“, „Tabellenführer“): `sport_nouns.tsv`
SPORT_NOUN_ENDINGS = tuple(sorted(resources.listed_words("sport_nouns.tsv")))


def sport_noun(lower: str) -> bool:
    """A lower-cased noun of a sports match or its standing („rückspiel“, „tabellenführer“)."""
    return lower.endswith(SPORT_NOUN_ENDINGS)


@dataclass(frozen=True)
class PloverCue:
    """One row of `plover_lexicon.tsv`.

    `cue` is a lemma (separable verbs written joined: "zusichern") or an
    inflected form the lookup lemmatiser misses ("angriffen"); `context`
    lists words of which one must occur in the clause ("Unterstützung");
    `targets` says where the target stands: "obj" (a bare actor after the
    subject) and/or prepositions ("an", "gegen"); `unless` lists words of
    which none may occur in the clause (written "!strafe" in the context column).
    """

    cue: str
    pos: str                      # "verb" or "noun"
    context: tuple[str, ...]
    code: str
    targets: tuple[str, ...]
    confidence: float
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class TalksCue:
    """One row of `talks_lexicon.tsv`: a word that introduces talks.

    `match` is "lemma" (whole word or lemma), "suffix" (compound nouns:
    "Krisentreffen" ends in "treffen") or "verb" (a verb whose partners follow
    `requires`, e.g. "sprechen" + "mit").
    """

    cue: str
    match: str
    kind: str
    requires: tuple[str, ...]


UNLESS = "!"        # plover_lexicon.tsv: a context word that must not stand in the clause
NEGATED = "~"       # plover_lexicon.tsv: a context word that counts only right after a negation („nicht akzeptabel“)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


@lru_cache(maxsize=1)
def plover_cues() -> tuple[PloverCue, ...]:
    """All rows of the PLOVER lexicon.

    >>> any(c.cue == "vorwerfen" and c.code == "ACCUSE" for c in plover_cues())
    True
    """
    cues = []
    for row in resources.commented_rows("plover_lexicon.tsv"):
        cue, pos, context, code, targets, confidence = (row + ("",) * 6)[:6]
        if code not in PLOVER_CODES:
            raise ValueError(f"plover_lexicon.tsv: unknown PLOVER code {code!r} for {cue!r}")
        words = tuple(c.lower() for c in _split(context))
        cues.append(PloverCue(cue.strip().lower(), pos.strip(), tuple(c for c in words if not c.startswith(UNLESS)),
                              code, _split(targets) or ("obj",), float(confidence or 0.6),
                              tuple(c[len(UNLESS):] for c in words if c.startswith(UNLESS))))
    return tuple(cues)


@lru_cache(maxsize=1)
def talks_cues() -> tuple[TalksCue, ...]:
    """All rows of the talks lexicon.

    >>> next(c.kind for c in talks_cues() if c.cue == "telefonat")
    'PhoneCall'
    """
    cues = []
    for row in resources.commented_rows("talks_lexicon.tsv"):
        cue, match, kind, requires = (row + ("",) * 4)[:4]
        if kind not in TALKS_KINDS and kind != NOT_TALKS:
            raise ValueError(f"talks_lexicon.tsv: unknown talks kind {kind!r} for {cue!r}")
        cues.append(TalksCue(cue.strip().lower(), match.strip(), kind, _split(requires)))
    return tuple(cues)


def travels(cue: TalksCue) -> bool:
    """A talks verb of travelling or arriving at a destination („reisen nach“, „eintreffen in“).

    >>> [travels(c) for c in talks_cues() if c.cue in ("reisen", "telefonieren")]
    [False, True]
    """
    return cue.match == "verb" and not german.DESTINATION_PREPOSITIONS.isdisjoint(cue.requires)


@lru_cache(maxsize=1)
def travel_verbs() -> frozenset[str]:
    """The talks lexicon's verbs of travelling or arriving at a destination (`travels`)."""
    return frozenset(c.cue for c in talks_cues() if travels(c))


@lru_cache(maxsize=1)
def talks_partner_verbs() -> frozenset[str]:
    """The talks lexicon's verbs whose partner follows „mit“, agreements aside: „verhandeln“, „telefonieren“.

    >>> "verhandeln" in talks_partner_verbs(), "einigen" in talks_partner_verbs()
    (True, False)
    """
    return frozenset(c.cue for c in talks_cues() if c.match == "verb" and not german.WITH_PREPOSITIONS.isdisjoint(c.requires)
                     and "agreed" not in c.requires)


@lru_cache(maxsize=1)
def talks_noun_endings() -> tuple[str, ...]:
    """The talks lexicon's noun endings of meetings, negotiations and calls, the nouns a partner follows with „mit“.

    >>> "gespräche" in talks_noun_endings(), "gipfel" in talks_noun_endings()
    (True, False)
    """
    return tuple(sorted(c.cue for c in talks_cues() if c.match == "suffix" and c.kind in PARTNER_KINDS))


PARTNER_KINDS = frozenset({"Meeting", "Negotiation", "PhoneCall"})


@lru_cache(maxsize=1)
def construction_verbs() -> dict[str, str]:
    """The verb each construction without a cue verb of its own is read as (`construction_verbs.tsv`).

    >>> construction_verbs()["threat"]
    'drohen'
    """
    return {kind: verb for kind, verb in resources.commented_rows("construction_verbs.tsv")}


@lru_cache(maxsize=1)
def calendar_words() -> dict[str, dict[str, int]]:
    """`dates_de.tsv` by kind: {"month": {"januar": 1, …}, "weekday": …, "planned": …, "held": …}.

    >>> calendar_words()["month"]["jänner"]
    1
    """
    table: dict[str, dict[str, int]] = {}
    for kind, word, value in (row[:3] for row in resources.commented_rows("dates_de.tsv")):
        table.setdefault(kind, {})[word.lower()] = int(value)
    return table


@lru_cache(maxsize=1)
def time_nouns() -> frozenset[str]:
    """Weekdays, months, day nouns and time spans (`dates_de.tsv`): „am Montag“, „im Mai“, „seit Jahren“.

    >>> "april" in time_nouns()
    True
    """
    calendar = calendar_words()
    return frozenset(w for kind in ("weekday", "month", "day-noun", "span") for w in calendar.get(kind, {}))


@lru_cache(maxsize=1)
def state_organs() -> tuple[str, ...]:
    """Noun endings through which a state acts (`state_organs.tsv`, event nouns), longest first.

    >>> "truppen" in state_organs()
    True
    """
    words = {row[0].lower() for row in resources.commented_rows("state_organs.tsv") if row[0]}
    # nouns of events also take their agent as an adjective ("ein russischer Angriff")
    words |= {c.cue for c in plover_cues() if c.pos == "noun"}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def control_verbs() -> frozenset[str]:
    """`control_verbs.tsv`: verbs whose object does what their zu-infinitive says.

    >>> "vorwerfen" in control_verbs()
    True
    """
    return frozenset(row[0].lower() for row in resources.commented_rows("control_verbs.tsv") if row[0])


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """`lemma_fixes.tsv`: form → lemma where the lookup table picks a rarer verb.

    >>> lemma_fixes()["getroffen"]
    'treffen'
    """
    return {row[0].lower(): row[1].lower() for row in resources.commented_rows("lemma_fixes.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def verb_cues() -> frozenset[str]:
    """The verbs of the PLOVER lexicon (lemmas, separable particles joined).

    >>> "bestreiten" in verb_cues()
    True
    """
    return frozenset(c.cue for c in plover_cues() if c.pos == "verb")


@lru_cache(maxsize=1)
def _seat_heads() -> tuple[tuple[str, str, str], ...]:
    """(seat prefix, office, ISO code) for each seat of `title_seats.tsv` whose head `body_heads.tsv` names."""
    heads = {row["body"].casefold(): (row["role"].casefold(), row["state"]) for row in resources.rows("body_heads.tsv")}
    return tuple((row["prefix"].casefold(), *heads[row["prefix"].casefold()]) for row in resources.rows("title_seats.tsv")
                 if row["prefix"].casefold() in heads)


@lru_cache(maxsize=1)
def _seat_head_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in resources.listed_words("seat_head_titles.tsv"))


def seat_title(lower: str) -> tuple[str, str] | None:
    """The office and state a seat-compound title names („kremlchef“, „kreml-chef“), else None.

    >>> seat_title("kreml-chef")
    ('präsident', 'RU')
    >>> seat_title("kremlchefs")
    ('präsident', 'RU')
    >>> seat_title("kremlsprecher") is None
    True
    """
    heads = _seat_head_words()
    for prefix, office, iso in _seat_heads():
        head = lower[len(prefix):].lstrip("-")
        if lower.startswith(prefix) and (head in heads or head[-1:] == german.SHORT_GENITIVE_ENDING and head[:-1] in heads):
            return office, iso
    return None

"""Places no list holds, read from the form of German place names and the words around them.

Runs after the gazetteer's own context rules (`kg.nlp.context`) and the organisation names, on
the tokens nothing covers yet; each rule is named in `kg.rules`:

- a word of toponym form (`toponym_endings.tsv`: "-hausen", "-ingen", "-kirchen" after a stem
  that is no German word) after a place preposition: "bei Quedlinburg", "über Gelsenkirchen";
- the next conjuncts of a place named after a place preposition: "in Tekoa und Otniel";
- a capitalised adjective before a geographic noun (`geo_heads.tsv`): "am Potsdamer Platz",
  "das Tyrrhenische Meer"; a street named after a person: "in der Goethestraße";
- a river or region joined to a place: "Frankfurt an der Oder", "Freiburg im Breisgau";
- a town after a regional adjective: "im oberbayerischen Wolfratshausen";
- a district of a known city: "Wien-Favoriten", "Berlin-Kreuzberg".

>>> from kg.nlp import build_nlp
>>> doc = build_nlp()("Sie zogen von Quedlinburg nach Oberwölz und Sindelfingen.")
>>> [h.text for h in doc._.geokg_hits if h.label == "PLACE"]
['Quedlinburg', 'Oberwölz', 'Sindelfingen']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from kg import german, resources
from kg.german import COMPOUND_LINKS, DETERMINERS, DISTRICT_WORDS, NUMBER_WORDS, PLACE_NAME_JOINERS
from kg.nlp.hits import Hit, token_hit
from kg.nlp.memo import Memo
from kg.nlp.names import NOT_NAMES
from kg.nlp.place_frames import frame_places
from kg.nlp.tokens import capitalised
from kg.rules import fired, rule

if TYPE_CHECKING:
    from kg.nlp.gazetteer import Gazetteer

# prepositions of place, direction and origin before a town ("bei", "über": only a toponym form); "von"
# follows a noun more often than it names a place ("der Präsident von Frankreich")
_TOWN_PREPOSITIONS = (german.PLACE_PREPOSITIONS - german.FROM_PREPOSITIONS) | german.DIRECTION_PREPOSITIONS | german.COMPASS_ADVERBS
_ANY_PREPOSITION = german.with_capitalised(_TOWN_PREPOSITIONS)
# words that stand only before places: after them any unknown name is one ("unweit Tekoa")
_PLACE_ONLY = german.PLACE_ONLY_PREPOSITIONS | german.COMPASS_ADVERBS
_COORDINATION = german.LIST_SEPARATORS | {"bzw."}
_JOINER_ENDS = frozenset(joiner[-1] for joiner in PLACE_NAME_JOINERS)
# adjective suffixes no noun ends in: "Bayerische", "Tyrrhenischen", "Südliches"
_ADJECTIVE_ENDINGS = tuple(stem + end for stem in german.NOUNLESS_ADJECTIVE_SUFFIXES
                           for end in german.ADJECTIVE_ENDINGS)
_RIVER_OPENERS = german.DEFINITE_ARTICLES | german.CONTRACTIONS | german.ALONG_POSTPOSITIONS


@lru_cache(maxsize=1)
def toponym_endings() -> tuple[tuple[str, bool], ...]:
    """(ending, strict) of `toponym_endings.tsv`, longest first; a strict ending closes no German noun."""
    rows = sorted(resources.rows("toponym_endings.tsv"), key=lambda r: -len(r["ending"]))
    return tuple((r["ending"], r["strict"] == "yes") for r in rows)


@lru_cache(maxsize=1)
def _all_endings() -> tuple[str, ...]:
    return tuple(ending for ending, _ in toponym_endings())


@lru_cache(maxsize=1)
def _lone_endings() -> tuple[str, ...]:
    """Endings that mark a place even with no place word near (`alone`): not '-berg', '-stein', '-itz',
    which end many surnames ("Goldberg", "Einstein", "Mateschitz")."""
    return tuple(r["ending"] for r in resources.rows("toponym_endings.tsv") if r["alone"] == "yes")


@lru_cache(maxsize=1)
def _broad_places() -> frozenset[str]:
    """Continents and regions of `places.tsv`: no town is joined to them."""
    return frozenset(r["name"] for r in resources.rows("places.tsv") if r["kind"] in ("continent", "region"))


@lru_cache(maxsize=1)
def _river_words() -> frozenset[str]:
    """Rivers of `rivers.tsv`: words that name a river only after 'an der' or 'am' ("Oder", "Main")."""
    return resources.load_word_list("rivers.tsv")


@lru_cache(maxsize=1)
def geo_heads() -> dict[str, tuple[str, bool]]:
    """Every form (nominative, genitive) of a geographic head noun → (its nominative, forms compounds)."""
    out: dict[str, tuple[str, bool]] = {}
    for r in resources.rows("geo_heads.tsv"):
        head, compound = r["head"], r["compound"] == "yes"
        for form in (head, *(head + link for link in german.COMPOUND_LINKS if link)):
            out.setdefault(form, (head, compound))
    return out


def toponym_form(word: str, common: frozenset[str]) -> bool:
    """A word built as a German place name: a toponym ending after a stem that is no German word.

    >>> common = frozenset({"Partner", "Stadt", "Vorsitz", "Kirchen"})
    >>> [toponym_form(w, common) for w in ("Gelsenkirchen", "Partnerstadt", "Oberhausen", "Parteivorsitz")]
    [True, False, True, False]
    """
    if len(word) < 5 or not word.endswith(_all_endings()) or not word[:1].isupper() or not word.isalpha() \
            or word in common:
        return False            # most words: one test of all endings at once
    for ending, strict in toponym_endings():
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        # a longer head that is a German noun makes a compound noun ("Parteivorsitz": "Vorsitz")
        if any(word[k].upper() + word[k + 1:] in common for k in range(1, len(word) - len(ending))):
            return False
        stem = word[: len(word) - len(ending)]
        return strict or not any(stem.endswith(s) and stem[: len(stem) - len(s)] in common
                                 for s in COMPOUND_LINKS if len(stem) - len(s) >= 2)
    return False


NOUN, STREET, LONE, HEAD, HYPHEN, WORD_STREET = 1, 2, 4, 8, 16, 32
# first parts that make a street noun's compound a kind of street: „Gemeindestraße“, „Parallelstraße“
_STREET_KINDS = resources.kind_words("ambiguous_nouns.tsv", "street-kind")


class WordFacts:
    """What the rules ask of a word alone, computed once per word and process (`Memo`s)."""

    def __init__(self, gaz: "Gazetteer") -> None:
        self.gaz = gaz
        self.place_word: Memo[str, int] = Memo(self._place_word)
        self.place_noun: Memo[str, tuple[str, str] | None] = Memo(self._place_noun)   # of the NOUN-marked
        self.marks: Memo[str, int] = Memo(self._marks)

    def _marks(self, w: str) -> int:
        """Which rules a capitalised word may start (bits: NOUN, STREET, LONE, HEAD, HYPHEN, WORD_STREET); 0 for most.
        Its parts are computed here, not memoised: only `marks` asks them of every word."""
        return (NOUN if self._place_noun(w) is not None else 0) \
            | (STREET if len(w) > 7 and w[:1].isupper() and _street(w, self.gaz) else 0) \
            | (LONE if self._lone(w) else 0) | (HEAD if w in geo_heads() else 0) | (HYPHEN if "-" in w else 0) \
            | (WORD_STREET if len(w) > 7 and w[:1].isupper() and _word_street(w, self.gaz) else 0)

    def _place_word(self, w: str) -> int:
        """2: a toponym form or a place by its word class; 1: a name word that may be unknown; 0: no name."""
        gaz = self.gaz
        if not w[:1].isupper() or not gaz.is_name_word(w) or gaz.title(w) is not None \
                or gaz.adjective_state(w) is not None or (german.SHARP_S in w and w.replace(german.SHARP_S, german.SHARP_S_SWISS) in gaz.common):
            return 0            # "Nord- und Mittelamerika", "in Arabisch", "im Fußball" ("Fussball"): no name
        cls = gaz.name_classes.get(w)
        if toponym_form(w, gaz.common) or (cls == "PLACE" and w not in gaz.common):
            return 2
        return 1 if cls not in ("SURNAME", "FIRST") else 0

    def _lone(self, w: str) -> bool:
        gaz = self.gaz
        return (w.endswith(_lone_endings()) or gaz.name_classes.get(w) == "PLACE") and toponym_form(w, gaz.common) \
            and gaz.is_name_word(w) and gaz.title(w) is None and gaz.name_classes.get(w) not in ("SURNAME", "FIRST", "ORG")

    def _place_noun(self, w: str) -> tuple[str, str] | None:
        kind = self.gaz._context_noun(w) if w[:1].isupper() else None
        return kind if kind is not None and kind[0] == "PLACE" else None


def word_facts(gaz: "Gazetteer") -> WordFacts:
    """The gazetteer's `WordFacts`, made on first use."""
    facts = gaz.__dict__.get("_place_word_facts")
    if facts is None:
        facts = gaz.__dict__["_place_word_facts"] = WordFacts(gaz)
    return facts


@dataclass
class PlacePass:
    """The state the rules share: the document's words and what is covered, and the hits added."""

    gaz: "Gazetteer"
    text: str
    words: Sequence[str]
    idx: Sequence[int]
    covered: list[bool]
    places: dict[int, int]                # first token → one past the last, of each place found
    hits: list[Hit]                       # the gazetteer's hits so far (a longer name replaces one)
    states: frozenset[int] = frozenset()  # first tokens of the places that are states or continents
    facts: WordFacts | None = None
    caps: list[int] = field(default_factory=list)   # the capitalised words: where a place may be
    marked: list[tuple[int, int]] = field(default_factory=list)   # (token, WordFacts.marks) where marks
    out: list[Hit] = field(default_factory=list)

    def add(self, i: int, j: int, form: str, rule: str, key: str | None = None) -> None:
        """A place from token i to j, made by `rule`; its name is `key` or the text."""
        self.out.append(token_hit(self.text, self.words, self.idx, i, j, "PLACE", key or None, form, rule))
        fired(rule)
        self.places[i] = j
        for k in range(i, j):
            self.covered[k] = True

    def replace(self, i: int, j: int, form: str, rule: str) -> None:
        """One place from token i to j, in place of the shorter hit at i (a listed or found place)."""
        self.places.pop(i, None)
        self.out[:] = [h for h in self.out if h.tok != i]
        self.hits[:] = [h for h in self.hits if h.tok != i]
        self.covered[i] = False
        self.add(i, j, form, rule)

    def free(self, k: int) -> bool:
        return 0 <= k < len(self.words) and not self.covered[k]

    def evidence(self, k: int, loose: bool) -> bool:
        """Word k may be a place: a toponym form or a place by its word class; `loose`: any unknown word."""
        if not self.free(k):
            return False
        kind = self.facts.place_word[self.words[k]]
        return kind == 2 or (loose and kind == 1 and self.gaz._unknown(self.words, self.covered, k))

    def ends_name(self, k: int) -> bool:
        """No capitalised word follows word k (it would make a longer name or a compound phrase)."""
        nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
        return not (nxt[:1].isupper() and nxt.isalpha())

    def placeable(self, k: int, loose: bool = True) -> bool:
        """Word k may be a place by itself: `evidence`, the name ends there, and no genitive -s (a place's
        genitive is read apart: „Quellstedts“, `place-genitive`)."""
        return self.evidence(k, loose) and self.ends_name(k) \
            and not self.words[k].endswith(german.SHORT_GENITIVE_ENDING)


@rule("place-toponym-preposition", "a word of toponym form (kg/data/toponym_endings.tsv) or of the place "
      "word class after a preposition of place: 'bei Quedlinburg', 'über Gelsenkirchen'", stage="nlp")
def toponym_after_preposition(p: PlacePass) -> None:
    for k in p.caps:
        i, w = k - 1, p.words[k - 1] if k else ""
        if w not in _ANY_PREPOSITION:
            continue
        # a capitalised preposition opens a sentence: "In Tekoa", "Nach Quellstedt" (the context rules
        # read only the lower-case ones, so here any unknown name after in, nach, aus is one too)
        low = w.lower() if w[:1].isupper() else w
        loose = low in _PLACE_ONLY or (low != w and low in german.LOCATIVE_PREPOSITIONS)
        if low in _TOWN_PREPOSITIONS and p.placeable(i + 1, loose) and not p.gaz.plain_noun_after_preposition(p.words, i + 1):
            p.add(i + 1, i + 2, "context:toponym", "place-toponym-preposition")


@rule("place-noun-toponym", "a word of toponym form or of the place word class after a noun for a place "
      "(context_nouns.tsv, place_heads.tsv): 'die Gemeinde Quellstedt', 'im Landkreis Rosenheim'", stage="nlp")
def toponym_after_place_noun(p: PlacePass) -> None:
    words, gaz = p.words, p.gaz
    nouns = p.facts.place_noun
    for i, mark in p.marked:
        kind = nouns[words[i]] if mark & NOUN else None
        if kind is None or not p.free(i + 1):
            continue
        nxt = words[i + 1]
        placey = p.evidence(i + 1, False) or (gaz.name_classes.get(nxt) == "PLACE" and gaz.is_name_word(nxt))
        if placey and p.ends_name(i + 1):
            p.add(i + 1, i + 2, "context:" + kind[1], "place-noun-toponym")


@rule("place-coordinated", "the next conjuncts of a place named after a preposition of place: "
      "'in Tekoa und Otniel', 'zwischen Gelsenkirchen, Herne und Bochum'", stage="nlp")
def coordinated_places(p: PlacePass) -> None:
    n = len(p.words)
    for i, end in sorted(p.places.items()):
        # after a preposition of place any unknown name; in a bare list only a toponym form
        loose = i > 0 and p.words[i - 1] in _TOWN_PREPOSITIONS
        if i in p.states and not loose:
            continue
        j = end
        while j + 1 < n and p.words[j] in _COORDINATION:
            k = j + 1
            if k in p.places:
                j = p.places[k]
            elif p.evidence(k, loose) and p.ends_name(k):
                p.add(k, k + 1, "context:coordinated", "place-coordinated")
                j = k + 1
            else:
                break


def _name_adjective(p: PlacePass, k: int) -> bool:
    """Word k is a capitalised adjective inside a name, not at a sentence start: 'Potsdamer',
    'Tyrrhenische', 'Roten'; no noun ('Menschen Platz finden') and no surname ('Gruber Platz')."""
    w, gaz = p.words[k], p.gaz
    if k == 0 or p.words[k - 1] in german.SENTENCE_OPENERS or not p.free(k) or len(w) <= 3 or not w.isalpha() \
            or not w[:1].isupper() or not w[1:].islower() or not w.endswith(german.ADJECTIVE_ENDINGS):
        return False
    stem = w[:-len(german.ER_SUFFIX)]
    if w.endswith(german.ER_SUFFIX) and (gaz.phrases.get((stem,)) is not None
                                                     or gaz.name_classes.get(stem) == "PLACE"):
        return True             # "Kölner", "Genfer": the adjective of a place
    if w.endswith(_ADJECTIVE_ENDINGS):
        return True             # "Bayerische", "Tyrrhenischen": an adjective by its suffix
    return w not in gaz.common and w not in NOT_NAMES and gaz.name_classes.get(w) not in ("SURNAME", "FIRST")


@rule("place-name-adjective", "a capitalised adjective before a geographic noun of kg/data/geo_heads.tsv "
      "is a place's name: 'am Potsdamer Platz', 'das Tyrrhenische Meer', 'im Bayerischen Wald'", stage="nlp")
def adjective_geo_names(p: PlacePass) -> None:
    heads = geo_heads()
    for i, mark in p.marked:
        if mark & HEAD and i > 0 and p.words[i] in heads and p.free(i) and _name_adjective(p, i - 1) and p.ends_name(i) \
                and not _ranked(p, i):
            p.add(i - 1, i + 1, "context:geo-name", "place-name-adjective")


def _ranked(p: PlacePass, k: int) -> bool:
    """A number follows word k: 'Platz sieben', 'Platz 3' is a rank."""
    nxt = p.words[k + 1] if k + 1 < len(p.words) else ""
    return nxt.isdigit() or nxt in NUMBER_WORDS


def _named_stem(stem: str, gaz: "Gazetteer") -> bool:
    """The first part of a street's name names someone or somewhere: 'Goethe', 'Karl-Marx', 'Schweden'."""
    names = stem.split("-")
    if not all(x[:1].isupper() and x.isalpha() and len(x) > 1 for x in names):
        return False
    if len(names) > 1:          # "Karl-Marx-Allee", "Maria-Theresien-Platz", not "Europa-League-Platz"
        return all(x in gaz.first_names or x not in gaz.common for x in names) and _named_stem(names[-1], gaz)
    if stem in gaz.first_names or gaz.name_classes.get(stem) in ("SURNAME", "PLACE", "FIRST") \
            or gaz.phrases.get((stem,)) is not None:
        return True
    # no German word, and no compound of one ("Einbahn", "Zufahrts")
    return not any(stem[:len(stem) - len(s)] in gaz.common for s in COMPOUND_LINKS if len(stem) - len(s) >= 2) \
        and not any(stem[k].upper() + stem[k + 1:] in gaz.common for k in range(1, len(stem) - 2))


@lru_cache(maxsize=None)
def _street_endings() -> tuple[str, ...]:
    """What a street's name may end in: a compound head of geo_heads.tsv, joined ('-Allee') or not."""
    return tuple(end for head, (_, compound) in geo_heads().items() if compound for end in ("-" + head, head.lower()))


def _street(word: str, gaz: "Gazetteer") -> bool:
    """'Goethestraße', 'Karl-Marx-Allee', 'Rudolf-Virchow-Platz': a name before a street noun."""
    if not word.endswith(_street_endings()):     # most words: one test instead of one per head
        return False
    common = gaz.common
    for head, (nominative, compound) in geo_heads().items():
        if not compound:
            continue
        joined = word.endswith("-" + head)
        if not (joined or word.endswith(head.lower())) or len(word) <= len(head) + 2:
            continue
        stem = word[: len(word) - len(head)].rstrip("-")
        # a longer head that is a German noun makes a compound noun ("Verkäufer", "Schauplatz")
        if not joined and any(word[k].upper() + word[k + 1:] in common
                              for k in range(1, len(word) - len(head))):
            return False
        return _named_stem(stem, gaz)
    return False


@rule("place-street-name", "a compound of a person's or place's name and a street noun (geo_heads.tsv): "
      "'in der Goethestraße', 'an der Karl-Marx-Allee'", stage="nlp")
def street_names(p: PlacePass) -> None:
    for i, mark in p.marked:
        if mark & STREET and p.free(i):
            p.add(i, i + 1, "context:street", "place-street-name")


def _word_street(word: str, gaz: "Gazetteer") -> bool:
    """'Herrengasse', 'Lindenstraße', 'Revolutionsplatz': a German word and a street noun (geo_heads.tsv, a site's
    compound head) in one compound that no dictionary holds; not a common compound („Hauptplatz“, „Parkplatz“) nor
    an abstract noun's („Umfahrungsstraße“, „Grabungsplatz“: a kind of street, not its name)."""
    head = next((h for h in _site_heads() if word.endswith(h)), None)
    if head is None or "-" in word or word in gaz.common or word in resources.plain_nouns():
        return False
    stem = word[: len(word) - len(head)]
    base = next((stem[: len(stem) - len(link)] for link in COMPOUND_LINKS if stem.endswith(link)), stem)
    return len(base) >= 3 and not base.lower().endswith(german.NOUN_SUFFIXES) and base not in _STREET_KINDS \
        and not _named_stem(stem, gaz)


@lru_cache(maxsize=1)
def _site_heads() -> tuple[str, ...]:
    """The street nouns that end a street's name in one compound (geo_heads.tsv, kind site): 'straße', 'gasse'."""
    return tuple(r["head"].lower() for r in resources.rows("geo_heads.tsv") if r["kind"] == "site" and r["compound"] == "yes")


@rule("place-street-word", "after an article, a compound of a German word and a street noun that no dictionary "
      "holds is a street's name: „in der Herrengasse“, „auf dem Revolutionsplatz“; not a common compound („auf "
      "dem Parkplatz“) nor an abstract noun's („an der Umfahrungsstraße“)", stage="nlp")
def word_streets(p: PlacePass) -> None:
    words = p.words
    for i, mark in p.marked:
        if mark & WORD_STREET and i > 0 and p.free(i) and (words[i - 1].lower() in german.DEFINITE_ARTICLES
                                                           or words[i - 1] in german.CONTRACTIONS):
            p.add(i, i + 1, "context:street", "place-street-word")


@rule("place-river", "a river of kg/data/rivers.tsv after an article or 'am', 'vom', 'zum': 'an der Oder', "
      "'über den Rhein', 'am Inn' (alone its word may be a German word: 'Oder')", stage="nlp")
def rivers(p: PlacePass) -> None:
    names = _river_words()
    for k in p.caps:
        if k and p.words[k] in names and p.free(k) and p.words[k - 1] in _RIVER_OPENERS and p.ends_name(k):
            p.add(k, k + 1, "context:river", "place-river")


@rule("place-joined-river", "a place joined to its river or region by 'an der', 'am', 'im', 'ob der': "
      "'Frankfurt an der Oder', 'Bruck an der Leitha', 'Weil am Rhein' is one place", stage="nlp")
def joined_places(p: PlacePass) -> None:
    # a town ending at token k starts at …; a state is not joined ("Österreich im Spitzenfeld")
    starts = {end: start for start, end in p.places.items() if start not in p.states}
    words = p.words
    for k in p.caps:
        end = _joiner_start(words, k) if k > 1 and words[k - 1] in _JOINER_ENDS else -1
        if end < 1:
            continue
        first = starts.get(end)
        if first is None and (not p.free(end - 1) or not p.evidence(end - 1, False)):
            continue            # "Bruck an der Leitha": an unknown name joined to a river is a place too
        i = end - 1 if first is None else first
        if p.free(k) and p.ends_name(k) and (p.words[k] in _river_words() or p.evidence(k, False)):
            p.replace(i, k + 1, "context:joined", "place-joined-river")   # in place of the shorter hit at i


def _joiner_start(words: Sequence[str], k: int) -> int:
    """Where a joiner ('an der', 'am', 'im', 'ob der') before word k starts; -1: none."""
    for joiner in PLACE_NAME_JOINERS:
        end = k - len(joiner)
        if end >= 0 and tuple(words[end:k]) == joiner:
            return end
    return -1


@rule("place-regional-adjective", "a town after a regional adjective in the dative or with 'das': "
      "'im oberbayerischen Wolfratshausen', 'aus dem syrischen Kobane', 'das sächsische Bautzen'", stage="nlp")
def regional_adjective_places(p: PlacePass) -> None:
    words = p.words
    for k in p.caps:
        i = k - 1
        if i < 1:
            continue
        adjective, opener = words[i], words[i - 1]
        if not adjective.endswith(german.SCH_ADJECTIVE_ENDINGS):
            continue
        # after a contraction or a preposition and "dem" the adjective is weak: "im", "aus dem"
        if opener in german.CONTRACTIONS or (i > 1 and opener in german.DATIVE_NEUTER_ARTICLES
                                             and words[i - 2] in german.PLACE_PREPOSITIONS):
            ok = adjective.endswith(german.WEAK_SCH_ADJECTIVE_ENDINGS)
        else:
            ok = opener in german.NEUTER_ARTICLES and adjective.endswith(german.STRONG_SCH_ADJECTIVE_ENDINGS)
        if ok and adjective.islower() and p.placeable(i + 1) and "-" not in words[i + 1]:
            p.add(i + 1, i + 2, "context:regional", "place-regional-adjective")


@rule("place-toponym-alone", "a word of toponym form standing alone, not after an article and not in a "
      "longer capitalised name: 'Quellstedt liegt an der Grenze'", stage="nlp")
def lone_toponyms(p: PlacePass) -> None:
    words = p.words
    for k, mark in p.marked:
        if not mark & LONE or not p.free(k):
            continue
        before = words[k - 1] if k > 0 else ""
        if before.lower() in DETERMINERS or (before[:1].isupper() and before.isalpha() and before not in NOT_NAMES) \
                or not p.ends_name(k):
            continue
        p.add(k, k + 1, "context:toponym-form", "place-toponym-alone")


@rule("place-district", "a known town joined by a hyphen to a name that is no German word, or to a compass "
      "word, is a district of it: 'Wien-Favoriten', 'Berlin-Kreuzberg', 'Berlin-Mitte' (not 'Berlin-Besuch')",
      stage="nlp")
def districts(p: PlacePass) -> None:
    gaz = p.gaz
    for k, mark in p.marked:
        w = p.words[k]
        if not mark & HYPHEN or not p.free(k):
            continue
        town, _, rest = w.partition("-")
        entry = gaz.phrases.get((town,))
        if entry is None or entry.label not in ("PLACE", "CAPITAL") or town in _broad_places():
            continue
        if all(x in DISTRICT_WORDS or (x[:1].isupper() and x.isalpha() and x[1:].islower()
                                        and (x not in gaz.common or gaz.name_classes.get(x) == "PLACE")
                                        and not gaz.compound_noun(x) and gaz.title(x) is None) for x in rest.split("-")):
            p.add(k, k + 1, "context:district", "place-district")


def place_hits(gaz: "Gazetteer", text: str, words: Sequence[str], idx: Sequence[int], hits: list[Hit],
               covered: list[bool]) -> list[Hit]:
    """The PLACE hits of the rules above, in their order; the tokens they take become covered."""
    places = {h.tok: h.tok_end for h in hits
              if h.label in ("PLACE", "CAPITAL") or (h.label == "STATE" and h.form in ("name", "genitive"))}
    states = frozenset(h.tok for h in hits if h.label == "STATE" or (h.label == "PLACE" and h.tok_end - h.tok == 1
                                                                     and h.key in _broad_places()))
    facts = word_facts(gaz)
    caps = capitalised(words)
    marks = facts.marks
    marked = [(k, m) for k in caps if (m := marks[words[k]])]
    p = PlacePass(gaz, text, words, idx, covered, places, hits, states, facts, caps, marked)
    adjective_geo_names(p)
    toponym_after_place_noun(p)
    street_names(p)
    word_streets(p)
    districts(p)
    toponym_after_preposition(p)
    regional_adjective_places(p)
    coordinated_places(p)
    frame_places(p)
    joined_places(p)
    rivers(p)
    lone_toponyms(p)
    return p.out

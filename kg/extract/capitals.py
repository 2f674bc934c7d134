"""A capital's reading: its government (State) when it acts („Moskau bestreitet …“), else the city (Place: „in
Moskau“), by the rules of `CAPITAL_ACTS`; a lone dateline's capital that the article reads as its government
elsewhere names no place. The step `capital` runs for each capital hit (see `entities.STEPS`).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(e.key, e.type) for e in read("Moskau bestreitet die Vorwürfe. In Moskau regnet es.").entities]
[('state:russland', 'State'), ('place:moskau', 'Place')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import lemma_of
from kg.extract.lexicon import plover_cues, sport_noun, talks_noun_endings, talks_partner_verbs, verb_cues
from kg.extract.reading import ReadingState
from kg.extract.reading_tables import tables
from kg.extract.rules import Stage, declare, fired
from kg.german import (AUXILIARIES, CLAUSE_RELATIVES, COORDINATORS, EXISTENTIAL, FUNCTION_WORDS, PLACE_PREPOSITIONS,
                       RELATION_PREPOSITIONS, RELATIVE_ADVERBS, RELATIVES, SUBORDINATORS)
from kg.nlp.hits import Hit

_PARTICIPLE = re.compile(r"^[a-zäöü]*ge[a-zäöü]+(t|te|ten|ter|tes|tem)$")
# verbs that take any subject ("In meinem Herzen wird Wien ...", "Der größte Markt ist Wien")
_AUXILIARIES = AUXILIARIES | EXISTENTIAL
# nouns for a capital („Hauptstadt“), after a state's adjective or before its genitive
CAPITAL_NOUNS = resources.load_word_list("capital_nouns.tsv")
_SEAT_PREPOSITIONS = german.INSIDE_PREPOSITIONS | german.OUT_OF_PREPOSITIONS     # "Regierung in Kabul"


def capital(st: ReadingState, h: Hit) -> None:
    """A capital's entity and mention: its government or acting body, or the city."""
    rec = st.t.states[h.key]
    acts, rule = _government_reading(st, h)
    if acts:
        # "Brüssel droht": the EU, not Belgium
        org = st.t.acting_capitals.get(rec.capitals[0])
        actor = st.org(org, h.start) if org else st.state(h.key, h.start)
        st.mention(actor, h.start, h.end, h.rule, rule)
    elif _dateline_of_government(st, h):
        fired(DATELINE_GOVERNMENT)      # the State's other name, no Place of its own
    elif _dateline_list_of_government(st, h):
        fired(DATELINE_LIST_GOVERNMENT)
    else:
        d = st.entity("Place", rec.capitals[0], h.start)
        st.mention(d, h.start, h.end, h.rule, rule)


ACTING_ELSEWHERE = declare("capital-acting-elsewhere", "entities", "a capital that no rule reads here, standing in "
                           "no phrase of place, is its government where another mention of the article reads it so "
                           "(not in the genitive): „Lissabon lehnt den Plan ab. Die Auflagen der Geber für Lissabon "
                           "bleiben streng.“ is Portugal twice; not after a preposition of place, an article or a noun, "
                           "in a list, in a dateline or before another capitalised word („In Lissabon regnet es“, „die "
                           "Stadt Lissabon“, „ob Porto und Lissabon …“, „der Lissabon Energie“), nor in an article about "
                           "sport, where a city names its club")


def _government_reading(st: ReadingState, h: Hit) -> tuple[bool, str]:
    """Whether capital hit h stands for its government, by the rules of `CAPITAL_ACTS` or, where none decides, by
    another mention's reading; and the rule that decided ("": none)."""
    acts, rule = _capital_acts(st, h)
    if not rule and _acting_elsewhere(st, h):
        fired(ACTING_ELSEWHERE)
        return True, ACTING_ELSEWHERE
    return acts, rule


def _acting_elsewhere(st: ReadingState, h: Hit) -> bool:
    """Whether capital hit h stands bare (no place, list or name around it) and another hit of the same capital
    in the article, not in the genitive („des alten Roms“ may be the city's), is read as its government."""
    if not _bare(st, h) or _sport_article(st):
        return False
    return any(x.label == "CAPITAL" and x.key == h.key and x.tok != h.tok and x.form != "genitive"
               and _capital_acts(st, x)[0] for x in st.hits)


# the words that make the capital after them (up to two words between) a place, a list's member or part of a name
_PLACE_MARKS = PLACE_PREPOSITIONS | german.CONTRACTIONS | german.DIRECTION_PREPOSITIONS | german.COMPASS_ADVERBS
_LIST_MARKS = german.LIST_CONJUNCTIONS | frozenset({",", "/", "(", "-"}) | german.DATELINE_DASHES
_BARE_REACH = 3


def _bare(st: ReadingState, h: Hit) -> bool:
    """Whether capital hit h stands in no phrase of place („in der Stadt Lissabon“), list („Porto und Lissabon“),
    dateline („Lissabon/Madrid –“) or name („Lissabon Energie“), with no article or noun right before it."""
    words, s = st.words, st.sent_of[h.tok]
    nxt = words[h.tok_end] if h.tok_end < len(words) and st.sent_of[h.tok_end] == s else "."
    if nxt in _LIST_MARKS or nxt[:1].isupper() and nxt.lower() not in FUNCTION_WORDS:
        return False
    before = [words[j] for j in range(max(0, h.tok - _BARE_REACH), h.tok) if st.sent_of[j] == s]
    if before and (before[-1] in _LIST_MARKS or before[-1].lower() in german.ARTICLES or
                   before[-1][:1].isupper() and len(before) > 1):
        return False
    return not any(w.lower() in _PLACE_MARKS for w in before)


DATELINE_GOVERNMENT = declare("capital-dateline-government", "entities", "guard: a dateline that names one capital "
                              "alone, which the article reads as its government elsewhere, says where the report was "
                              "filed and names no place: „Belgrad – … Belgrad protestierte …“ has the State Serbien, "
                              "no Place Belgrad; not „Belgrad/Zagreb – …“, nor where the capital is a place elsewhere")


def _dateline_of_government(st: ReadingState, h: Hit) -> bool:
    """Whether h is a lone dateline's capital that another hit of the article reads as its government, and
    none as the city."""
    if h.tok != st.states.lone_dateline_tok:
        return False
    others = [x for x in st.hits if x.label == "CAPITAL" and x.key == h.key and x.tok != h.tok]
    readings = [_government_reading(st, x)[0] for x in others]
    return any(readings) and all(readings)


DATELINE_LIST_GOVERNMENT = declare("capital-dateline-list-government", "entities", "guard: a capital in a "
                                   "dateline of several places, which the article reads as its government elsewhere "
                                   "and never as the city, names no place: „Belgrad/Zagreb – … Belgrad protestierte …“ "
                                   "has the State Serbien, no Place Belgrad; not where a state's adjective or genitive "
                                   "and a noun for its capital name the city („in der serbischen Hauptstadt“, „in der "
                                   "Hauptstadt Serbiens“)")


def _dateline_list_of_government(st: ReadingState, h: Hit) -> bool:
    """Whether h is a capital of a dateline of several places that the article reads as its government elsewhere,
    never as the city nor by an epithet of its capital."""
    if not st.states.dateline_places or h.tok not in {x.tok for x in st.states.dateline_places}:
        return False
    others = [x for x in st.hits if x.label == "CAPITAL" and x.key == h.key and x.tok != h.tok]
    readings = [(_government_reading(st, x)[0], x.form != "genitive") for x in others]
    # a genitive alone („die Befreiung Roms“) may name the city
    return any(acts and plain for acts, plain in readings) and all(acts for acts, _ in readings) \
        and not _capital_epithet(st, h.key)


def _capital_epithet(st: ReadingState, state: str) -> bool:
    """Whether the article names the capital of `state` by an epithet: its adjective before a noun for a capital
    („die serbische Hauptstadt“) or such a noun before its genitive („die Hauptstadt Serbiens“)."""
    words = st.words
    for x in st.hits:
        if x.label != "STATE" or x.key != state:
            continue
        if x.form == "adjective" and x.tok_end < len(words) and words[x.tok_end].lower() in CAPITAL_NOUNS:
            return True
        if x.form == "genitive" and x.tok and words[x.tok - 1].lower() in CAPITAL_NOUNS:
            return True
    return False


ACTING_PLACE = declare("place-acting-body", "entities", "a place that acting_capitals.tsv makes a body's other name "
                       "(„Europa“ for the EU, as „Brüssel“), right before or after a verb of state action, is that "
                       "body, and so is every mention of it in the article that follows no preposition of place: "
                       "„Europa hat entschieden, die Zölle zu senken. Für Europa ist das teuer.“ is the EU twice; "
                       "not „In Europa wird das geschätzt“, „Europas Wirtschaft“, „Europa und Asien“")


def acting_place(st: ReadingState, h: Hit) -> bool:
    """Whether place hit h is the body acting_capitals.tsv names for it; if so, its mention."""
    org = st.t.acting_capitals.get(h.key or h.text)
    if org is None or not _body_place(st, h) or not any(
            _body_place(st, x) and _capital_state_verb(st, x) for x in st.hits if x.label == "PLACE" and x.key == h.key):
        return False
    fired(ACTING_PLACE)
    st.mention(st.org(org, h.start), h.start, h.end, h.rule, ACTING_PLACE)
    return True


def _body_place(st: ReadingState, h: Hit) -> bool:
    """A place hit that may stand for a body: no genitive, after no preposition of place („in Europa“)."""
    return h.form != "genitive" and not (h.tok > 0 and st.words[h.tok - 1].lower() in PLACE_PREPOSITIONS)


CAPITAL_ACTS = Stage("capital acts")


def _capital_acts(st: ReadingState, h: Hit) -> tuple[bool, str]:
    """Whether a capital stands for its government here ("Moskau bestreitet …") rather than the city,
    and the rule that decided ("" : none): the rules about the words before it decide first, then
    those about the verb after it; a capital no rule reads as acting is the city."""
    found = CAPITAL_ACTS.first(st, h)
    return (bool(found[1]), found[0]) if found is not None else (False, "")


@CAPITAL_ACTS.rule("capital-genitive-city", "a capital in the genitive after a noun of a town's part, people or "
                   "surroundings (`place_of_nouns.tsv`, `municipal_words.tsv`, a compass point: „im Süden "
                   "Lissabons“, „am Stadtrand Lissabons“, „die Einwohner Lissabons“) or after „innerhalb“, or before "
                   "a noun of a building (`building_nouns.tsv`: „Lissabons Stadion“), is the city; not „die Politik "
                   "Lissabons“")
def _capital_genitive_city(st: ReadingState, h: Hit) -> bool | None:
    if h.form != "genitive":
        return None
    words = st.words
    prev = words[h.tok - 1] if h.tok > 0 else ""
    nxt = words[h.tok_end] if h.tok_end < len(words) else ""
    if prev.lower() in german.PLACE_GENITIVE_PREPOSITIONS or prev[:1].isupper() and _town_part(prev) \
            or nxt in _BUILDING_NOUNS:
        return False
    return None


def _town_part(word: str) -> bool:
    """A noun of a town's part, people or surroundings, also at a compound's end: „Stadtrand“, „Südwesten“,
    „Bezirk“, „Einwohner“."""
    low = word.lower()
    return low.endswith(_TOWN_PARTS) or low.endswith(tuple(tables().municipal_parts))


_TOWN_PARTS = tuple(w.lower() for w in resources.load_word_list("place_of_nouns.tsv") | german.VICINITY_NOUNS)
_BUILDING_NOUNS = resources.load_word_list("building_nouns.tsv")


@CAPITAL_ACTS.rule("capital-genitive", "a capital in the genitive is its government („Moskaus Vorgehen“), "
                   "but the city before a municipal word („Wiens Bürgermeister“)")
def _capital_genitive(st: ReadingState, h: Hit) -> bool | None:
    if h.form != "genitive":
        return None
    nxt = st.words[h.tok_end] if h.tok_end < len(st.words) else ""
    return not any(w in nxt.lower() for w in st.t.municipal_parts)


@CAPITAL_ACTS.rule("capital-after-noun", "a capital right after a common noun is the city: „die Universität "
                   "Wien“, „am Flughafen Moskau“, „die Hauptstadt Kiew“")
def _capital_after_noun(st: ReadingState, h: Hit) -> bool | None:
    prev = st.words[h.tok - 1] if h.tok > 0 else ""
    # a sentence's first word is capitalised whatever it is: „Laut Peking …“, „Wie Teheran mitteilte“
    opens = h.tok <= 1 or st.sent_of[h.tok - 2] != st.sent_of[h.tok - 1]     # h.tok 0: an article's first word
    if prev[:1].isupper() and prev in resources.common_nouns() and st.sent_of[h.tok - 1] == st.sent_of[h.tok] \
            and not st.by_tok.get(h.tok - 1) and not opens:
        return False
    return None


@CAPITAL_ACTS.rule("capital-government-in", "a capital after a government word and „in“ or „aus“ is the "
                   "government: „die Regierung in Kiew“, „die Behörden in Peking“")
def _capital_government_in(st: ReadingState, h: Hit) -> bool | None:
    before = st.words[max(0, h.tok - 2):h.tok]
    return True if len(before) == 2 and before[1] in _SEAT_PREPOSITIONS and before[0] in st.t.seat_words else None


@CAPITAL_ACTS.rule("capital-attribution", "a capital after „laut“ or „gemäß“ is the source of a claim, its "
                   "government: „Laut Madrid ist der Hafen wieder offen“")
def _capital_attribution(st: ReadingState, h: Hit) -> bool | None:
    return True if h.tok > 0 and st.words[h.tok - 1].lower() in german.ATTRIBUTION_PREPOSITIONS else None


@CAPITAL_ACTS.rule("capital-aid-recipient", "a capital after „für“ right after a noun of aid (`aid_nouns.tsv`, an "
                   "ending) is the government that receives it: „Die Geber sperren das Darlehen für Lissabon“")
def _capital_aid_recipient(st: ReadingState, h: Hit) -> bool | None:
    return True if _after_noun_of(st.words, h.tok, german.FOR_PREPOSITIONS, _AID_NOUNS) else None


def _after_noun_of(words: list[str], tok: int, prepositions: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether the word at tok follows one of `prepositions` right after a capitalised noun ending in one of
    `endings`: „das Darlehen für Lissabon“."""
    return tok >= 2 and words[tok - 1] in prepositions and words[tok - 2][:1].isupper() \
        and words[tok - 2].lower().endswith(endings)


_AID_NOUNS = tuple(resources.load_word_list("aid_nouns.tsv"))


@CAPITAL_ACTS.rule("capital-message-source", "a capital after „aus“ right after a noun of what a government sends "
                   "out (`message_nouns.tsv`, an ending: a message, demand, pressure, support or an order it places) "
                   "is the government that sends it: „Die Kritik aus Lissabon wächst“, „Man wartet auf Feedback aus "
                   "Madrid“, „weitere Bestellungen aus Riad“, and „Mahnbriefe aus Brüssel“ are the EU's; not a trip, "
                   "a person or a thing from the city („nach der Rückkehr aus Madrid“, „die Gäste aus Lissabon“)")
def _capital_message_source(st: ReadingState, h: Hit) -> bool | None:
    if _after_noun_of(st.words, h.tok, german.OUT_OF_PREPOSITIONS, _MESSAGE_NOUNS) \
            and st.sent_of[h.tok - 2] == st.sent_of[h.tok]:
        return True
    return None


_MESSAGE_NOUNS = tuple(resources.load_word_list("message_nouns.tsv"))


@CAPITAL_ACTS.rule("capital-event-target", "a capital right after a noun of a political act (`plover_lexicon.tsv`: "
                   "a noun cue that needs no context, of no military or police act) and the preposition of its "
                   "target is the government the act aims at: „Die Union beschließt Sanktionen gegen Lissabon“, "
                   "„Die Nachbarn üben Kritik an Madrid“; not in an article about sport (`sport_nouns.tsv`), where "
                   "a city names its club („Nach dem Finale legte der Verein Protest gegen Madrid ein“), nor after "
                   "an attack („Luftangriffe auf Kiew“: the city)")
def _capital_event_target(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    if h.tok < 2 or st.sent_of[h.tok - 2] != st.sent_of[h.tok]:
        return None
    noun, prep = words[h.tok - 2], words[h.tok - 1]
    endings = _target_cues("noun").get(prep)
    if endings and noun[:1].isupper() and noun.lower().endswith(endings) and not _sport_article(st):
        return True
    return None


# the codes of physical acts: their target is a place hit or entered („Angriffe gegen Kabul“)
_PHYSICAL_CODES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


@lru_cache(maxsize=2)
def _target_cues(pos: str) -> dict[str, tuple[str, ...]]:
    """By preposition of `german.TARGET_PREPOSITIONS`, the cues of part of speech `pos` („noun“, „verb“) of
    political acts, needing no context, whose target it introduces."""
    found: dict[str, set[str]] = {}
    for cue in plover_cues():
        if cue.pos == pos and not cue.context and cue.code not in _PHYSICAL_CODES:
            for prep in german.TARGET_PREPOSITIONS.intersection(cue.targets):
                found.setdefault(prep, set()).add(cue.cue)
    return {prep: tuple(sorted(cues)) for prep, cues in found.items()}


def _before_reflexive(words: list[str], at: int) -> int:
    """The word before a reflexive „sich“ at `at` („entschuldigte sich bei Madrid“), else `at`."""
    return at - 1 if at >= 1 and words[at] == german.REFLEXIVE_PRONOUN else at


@CAPITAL_ACTS.rule("capital-event-verb-target", "a capital right after a verb of a political act "
                   "(`plover_lexicon.tsv`: a verb cue that needs no context, of no military or police act; a "
                   "reflexive „sich“ may stand between) and the preposition of its target is the government the "
                   "act aims at: „Die Kommission ermittelt gegen Lissabon“, „Der Gesandte entschuldigte sich bei "
                   "Madrid“, „Die Opposition appelliert an Rom“; not in an article about sport (`sport_nouns.tsv`)")
def _capital_event_verb_target(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    at = _before_reflexive(words, h.tok - 2)
    if at < 0 or st.sent_of[at] != st.sent_of[h.tok] or not words[at][:1].islower():
        return None
    verbs = _target_cues("verb").get(words[h.tok - 1], ())
    return True if lemma_of(words[at]) in verbs and not _sport_article(st) else None


def _sport_article(st: ReadingState) -> bool:
    """Whether the article names a match or its standing („Rückspiel“, „Tabellenführer“): its cities may be clubs."""
    return any(w[:1].isupper() and sport_noun(w.lower()) for w in st.words)


@CAPITAL_ACTS.rule("capital-between", "capitals after „zwischen“ are governments: „die Spannungen zwischen "
                   "Ankara und Moskau“")
def _capital_between(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    before = words[max(0, h.tok - 2):h.tok]
    if (before and before[-1] in german.BETWEEN_PREPOSITIONS) or \
            (len(before) == 2 and before[1] in german.AND_CONJUNCTIONS and h.tok >= 3
                 and words[h.tok - 3] in german.BETWEEN_PREPOSITIONS):
        return True
    return None


@CAPITAL_ACTS.rule("capital-coordinated", "a capital coordinated after an acting capital or a named state acts "
                   "too: „Moskau und Kiew bestreiten die Vorwürfe“, „Russland und Kiew verhandeln“")
def _capital_coordinated(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    if h.tok < 2 or words[h.tok - 1] not in german.AND_CONJUNCTIONS:
        return None
    before = next((x for x in st.by_tok.get(h.tok - 2, []) if x.tok_end == h.tok - 1
                   and x.label in ("CAPITAL", "STATE") and x.form == "name"), None)
    if before is None:
        return None
    if before.label == "STATE":
        return None if before.tok > 0 and words[before.tok - 1].lower() in PLACE_PREPOSITIONS else True
    return True if _capital_acts(st, before)[0] else None


@CAPITAL_ACTS.rule("capital-state-adjective", "a capital qualified by its state's adjective is the city: "
                   "„im maltesischen Valletta“")
def _capital_state_adjective(st: ReadingState, h: Hit) -> bool | None:
    if st.state_at(h.tok - 1, "adjective") is not None:
        return False
    return None


@CAPITAL_ACTS.rule("capital-relation-noun", "a capital after a noun of relations and its preposition is the "
                   "government: „das Verhältnis zu Moskau“, „eine Loslösung von Moskau“")
def _capital_relation_noun(st: ReadingState, h: Hit) -> bool | None:
    before = st.words[max(0, h.tok - 2):h.tok]
    if len(before) == 2 and before[1] in RELATION_PREPOSITIONS \
            and before[0].startswith(st.t.relation_nouns):
        return True
    return None


@CAPITAL_ACTS.rule("capital-talks-partner", "a capital after „mit“ that a talks verb governs is the partner "
                   "government: „Teheran verhandelt seit Wochen mit Moskau“, „telefonierte mit Washington und Kiew“")
def _capital_talks_partner(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    at = h.tok - 1
    if at >= 2 and words[at] in german.AND_CONJUNCTIONS and words[at - 1][:1].isupper():
        at -= 2         # "mit Moskau und Kiew"
    if at < 1 or words[at] not in german.WITH_PREPOSITIONS:
        return None
    verbs = talks_partner_verbs()
    for j in range(at - 1, max(-1, at - 5), -1):
        if words[j] in _CLAUSE_ENDS:
            return None
        if words[j][:1].islower() and lemma_of(words[j]) in verbs:
            return True
    return None


@CAPITAL_ACTS.rule("capital-talks-noun-partner", "a capital after „mit“ beside a talks noun, before or right after it, "
                   "or right after a noun of agreement, or before a talks verb closing its clause, is the partner "
                   "government: „Friedensgespräche mit Moskau“, „die Einigung mit Lissabon“, „soll mit Moskau "
                   "Friedensgespräche aufnehmen“, „will mit Moskau über einen Frieden verhandeln“")
def _capital_talks_noun_partner(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    at = h.tok - 1
    if at < 1 or words[at] not in german.WITH_PREPOSITIONS:
        return None
    if _talks_noun(words[at - 1]) or _agreement_noun(words[at - 1]):
        return True
    verbs = talks_partner_verbs()
    for j in range(h.tok_end, min(len(words), h.tok_end + TALKS_VERB_REACH)):
        word = words[j]
        if word in _CLAUSE_ENDS:
            return None
        if j < h.tok_end + TALKS_NOUN_REACH and _talks_noun(word):
            return True
        if word[:1].islower() and lemma_of(word) in verbs and (j + 1 == len(words) or words[j + 1] in _CLAUSE_ENDS):
            return True
    return None


def _agreement_noun(word: str) -> bool:
    """A capitalised noun ending in a noun of settlement or agreement (`settlement_nouns.tsv`,
    `agreement_nouns.tsv`): „Einigung“, „Handelsabkommen“, „Kompromiss“."""
    return word[:1].isupper() and word.lower().endswith(_AGREEMENT_NOUNS)


_AGREEMENT_NOUNS = tuple(resources.load_word_list("settlement_nouns.tsv")) \
    + tuple(resources.load_word_list("agreement_nouns.tsv"))


TALKS_NOUN_REACH = 3        # words from a capital to the talks noun after it („mit Moskau direkte Gespräche“)
TALKS_VERB_REACH = 8        # words from a capital to the end of its clause („mit Moskau über einen Frieden verhandeln“)


def _talks_noun(word: str) -> bool:
    """A capitalised noun ending in a talks noun of meeting, negotiating or calling (`talks_lexicon.tsv`), also in
    the dative plural: „Friedensgespräche“, „Verhandlungen“, „Gesprächen“."""
    low = word.lower()
    return word[:1].isupper() and (low.endswith(talks_noun_endings()) or low[:-1].endswith(talks_noun_endings()))


@CAPITAL_ACTS.rule("capital-participle-agent", "a capital after „von“ before a participle is its agent and "
                   "acts: „eine von Riad geführte Allianz“")
def _capital_participle_agent(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    if h.tok > 0 and words[h.tok - 1] in german.PLAIN_FROM_PREPOSITIONS and h.tok_end < len(words) and _PARTICIPLE.match(words[h.tok_end]):
        return True
    return None


@CAPITAL_ACTS.rule("capital-place-preposition", "a capital after a preposition of place is the city: "
                   "„in Moskau“, „nach Kiew“, „aus Washington“")
def _capital_place_preposition(st: ReadingState, h: Hit) -> bool | None:
    if h.tok > 0 and st.words[h.tok - 1].lower() in PLACE_PREPOSITIONS:
        return False
    return None


@CAPITAL_ACTS.rule("capital-state-verb", "a capital next to a verb of state action is the government: "
                   "„Moskau bestreitet“, „Washington und Moskau streiten“, „Zudem warf Moskau Kiew vor“")
def _capital_state_verb(st: ReadingState, h: Hit) -> bool | None:
    words, verbs = st.words, st.t.state_verbs
    k = _past_coordinated(st, h)
    if k < len(words) and words[k] in verbs:
        return True
    # the capital right after a finite verb is its subject, and a capital right after an acting state its object
    if h.tok > 0 and words[h.tok - 1] in verbs and words[h.tok - 1] not in _AUXILIARIES:
        return True
    if h.tok >= 2 and words[h.tok - 2] in verbs and any(x.label in ("STATE", "CAPITAL") and x.tok_end == h.tok
                                                         for x in st.by_tok.get(h.tok - 1, [])):
        return True
    return None


_CLAUSE_OPENERS = SUBORDINATORS | RELATIVES | RELATIVE_ADVERBS | CLAUSE_RELATIVES
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "?", "!", "–", "(", ")"})


def _rest_of_clause(st: ReadingState, h: Hit) -> tuple[int, int] | None:
    """The words after capital hit `h` (and what is coordinated with it) to its clause's end, within 12 words, as
    (first, end); None where no clause ends there or nothing stands between."""
    words = st.words
    k = _past_coordinated(st, h)
    end = next((j for j in range(k, min(len(words), k + 12)) if words[j] in _CLAUSE_ENDS), None)
    return None if end is None or end == k else (k, end)


@CAPITAL_ACTS.rule("capital-verb-final", "a capital opening a subordinate clause whose verb at the end is a verb "
                   "of state action is the government: „…, was Moskau und Minsk bestreiten“, „…, dass Washington "
                   "Sanktionen verhängt“")
def _capital_verb_final(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    opener = h.tok - 1
    if opener >= 2 and words[opener] in COORDINATORS and any(x.label in ("CAPITAL", "STATE") and x.tok_end == opener
                                                       for x in st.by_tok.get(opener - 1, [])):
        opener = min(x.tok for x in st.by_tok[opener - 1]) - 1      # "was Moskau und Minsk …"
    if opener < 0 or words[opener].lower() not in _CLAUSE_OPENERS:
        return None
    span = _rest_of_clause(st, h)
    if span is None:
        return None
    k, end = span
    # the verb closes the clause, an auxiliary may follow it: "bestritten hat"
    return True if any(_state_verb(words[j]) for j in range(max(k, end - 2), end)) else None


@CAPITAL_ACTS.rule("capital-content-clause-subject", "a capital right after „dass“, „ob“ or a relative pronoun that "
                   "is never a subject („den“, „dem“, „denen“) whose clause closes with a verb of any kind is the "
                   "clause's subject, the government: „…, dass Lissabon und Madrid den Streit vor Gericht austragen“, "
                   "„die Inseln, um die Rom seit Jahren streitet“; not before a copula or a passive („…, dass Rom "
                   "damals größer war“), nor after a relative that may be the subject („die Region, die Paris "
                   "umgibt“), nor in an article about sport (`sport_nouns.tsv`)")
def _capital_content_clause_subject(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    if h.tok < 1 or words[h.tok - 1].lower() not in _SUBJECTLESS_OPENERS:
        return None
    span = _rest_of_clause(st, h)
    if span is None:
        return None
    k, end = span
    closing = [w for w in words[max(k, end - 2):end] if w not in _ACTING_AUXILIARIES]
    if not closing or any(w in _COPULA_FORMS for w in closing) or words[end - 2] in german.PLAIN_TO_PREPOSITIONS:
        return None
    verb = closing[-1]
    return True if verb.isalpha() and verb.islower() and verb.endswith(_VERB_ENDINGS) and not _sport_article(st) \
        else None


# the openers of a clause whose subject follows them: „dass“, „ob“, and the relatives that are no subject
_SUBJECTLESS_OPENERS = german.COMPLEMENTIZERS | german.INTERROGATIVE_COMPLEMENTIZERS | german.OBJECT_RELATIVES


@CAPITAL_ACTS.rule("capital-inverted-auxiliary", "a capital right after the finite modal or „haben“ of an inverted "
                   "clause (a reflexive „sich“ may stand between) whose verb at the end is a verb of state action, "
                   "or of talks with a partner after „mit“, is its subject, the government: „Deshalb will Lissabon "
                   "den Vertrag kündigen“, „Zugleich hat Madrid den Plan abgelehnt“, „Dafür würde sich Paris "
                   "einsetzen“, „Nun will Rom mit den Nachbarn verhandeln“; not after „werden“ or „sein“, which take "
                   "any subject and form passives („Seit Tagen ist Paris blockiert“), nor before a passive "
                   "infinitive („Morgen soll Lissabon besucht werden“), nor in an article about sport (`sport_nouns.tsv`), "
                   "where a city names its club („Nach dem Rückspiel hat Wien den Trainer entlassen“)")
def _capital_inverted_auxiliary(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    span = _inverted_clause_rest(st, h, _ACTING_AUXILIARIES)
    if span is None:
        return None
    k, end = span
    closing = words[max(k, end - 2):end]
    if any(w in german.PASSIVE_AUXILIARIES for w in closing):
        return None
    partnered = any(w in german.WITH_PREPOSITIONS for w in words[k:end])
    acts = any(_state_verb(w) or partnered and _talks_verb(w) for w in closing)
    return True if acts and not _sport_article(st) else None


def _inverted_clause_rest(st: ReadingState, h: Hit, finites: frozenset[str],
                          after_comma: bool = False) -> tuple[int, int] | None:
    """The rest of the clause after a capital right after one of `finites` (a reflexive „sich“ may stand between)
    in the same sentence, the finite verb not opening a clause („Deshalb will Lissabon …“), or opening one after a
    comma where `after_comma` („Weil die Frist endet, kann Rom …“)."""
    words = st.words
    at = _before_reflexive(words, h.tok - 1)
    if at < 1 or words[at] not in finites or st.sent_of[at - 1] != st.sent_of[h.tok]:
        return None
    if words[at - 1] in _CLAUSE_ENDS and not (after_comma and words[at - 1] == ","):
        return None
    return _rest_of_clause(st, h)


def _talks_verb(word: str) -> bool:
    """A verb form of talks with a partner after „mit“ („verhandeln“, „gesprochen“), by its lemma."""
    return word[:1].islower() and lemma_of(word) in talks_partner_verbs()


# finite verbs whose subject acts („will Lissabon kündigen“); „werden“ and „sein“ take any subject, form passives
_ACTING_AUXILIARIES = AUXILIARIES - german.PASSIVE_AUXILIARIES - german.BE_FORMS


@CAPITAL_ACTS.rule("capital-inverted-modal-subject", "a capital right after the finite modal or „haben“ of a main "
                   "clause (also a modal of reported speech: „wolle“, „müsse“; also after the comma of a clause before "
                   "it) whose clause closes with the infinitive or participle of any verb is its subject, the "
                   "government: „Bis Ende Mai muss Lissabon die Kredite tilgen“, „Seither hatte Madrid eine Brücke "
                   "gebaut“, „Weil die Frist endet, kann Rom nicht auf Aufschub hoffen“; not before a copula "
                   "(„werden“, „sein“, „bleiben“), a passive, or an infinitive with „zu“ („Im Sommer hat Wien viel zu "
                   "bieten“), nor where the capital opens a name the article writes again („Davon hat Quorvo "
                   "Energie viel verkauft“), nor in an article about sport (`sport_nouns.tsv`)")
def _capital_inverted_modal_subject(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    span = _inverted_clause_rest(st, h, _SUBJECT_MODALS, after_comma=True)
    if span is None or _opens_repeated_name(st, h):
        return None
    k, end = span
    verb = words[end - 1]
    if not (verb.isalpha() and verb.islower()) or verb in _COPULA_FORMS or words[end - 2] in german.PLAIN_TO_PREPOSITIONS:
        return None
    return True if verb.endswith(_VERB_ENDINGS) and not _sport_article(st) else None


# the finite verbs whose subject acts: modals of both moods and „haben“ („will“, „wolle“, „hatte“)
_SUBJECT_MODALS = _ACTING_AUXILIARIES | german.SUBJUNCTIVE_MODALS
# verbs that take any subject and close a clause as its predicate („will Paris Hauptstadt bleiben“)
_COPULA_FORMS = AUXILIARIES | EXISTENTIAL | german.COPULA_INFINITIVES | german.REMAIN_VERBS
# an infinitive („tilgen“, „ändern“) or a participle („gebaut“)
_VERB_ENDINGS = german.INFINITIVE_ENDINGS + german.PAST_PARTICIPLE_ENDINGS


def _opens_repeated_name(st: ReadingState, h: Hit) -> bool:
    """Whether the capital and the capitalised word after it are written together again in the article: a name
    they open („Quorvo Energie“), not a subject and its object."""
    nxt = st.words[h.tok_end] if h.tok_end < len(st.words) else ""
    return nxt[:1].isupper() and st.text.count(f"{st.text[h.start:h.end]} {nxt}") > 1


def _state_verb(word: str) -> bool:
    """A verb form of state action: in `state_verbs.tsv`, or a verb of the PLOVER lexicon by its lemma."""
    if not word[:1].islower() or word in _AUXILIARIES:
        return False        # "…, dass Moskau im Winter kalt sei": a copula takes any subject
    return word in tables().state_verbs or lemma_of(word) in verb_cues()


@CAPITAL_ACTS.rule("capital-clause-subject", "a capital opening a clause before a lowercase word that is no "
                   "function word is a verb's subject: „Riad wies die Vorwürfe zurück“")
def _capital_clause_subject(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    k = _past_coordinated(st, h)
    prev = words[h.tok - 1] if h.tok > 0 else ""
    clause_start = h.tok == 0 or st.sent_of[h.tok - 1] != st.sent_of[h.tok] or prev in (",", "–", ":", "„")
    if clause_start and k < len(words) and words[k][:1].islower() and words[k] not in FUNCTION_WORDS:
        return True
    return None


def _past_coordinated(st: ReadingState, h: Hit) -> int:
    """The token after the capital, or after a capital or state coordinated with it ("Washington und Moskau")."""
    words, k = st.words, h.tok_end
    if k + 1 < len(words) and words[k] in german.AND_CONJUNCTIONS and any(x.label in ("CAPITAL", "STATE")
                                                      for x in st.by_tok.get(k + 1, [])):
        k += 2
    return k

"""Where talks take place: a Place after "in"/"nach"/"bei" near the cue, else the State
where the text names only the country, else the place an earlier sentence named ("dort"),
else the place a participant travelled or arrived at in the sentence before.

>>> from kg.extract.clauses import Sentence, make_word, Actor
>>> words = tuple(make_word(t, t.lower(), 0, 0) for t in "Gespräche in der Türkei".split())
>>> s = Sentence(0, 0, 0, "", words, (Actor("state:turkei", "State", 3, 3, "in"),), (), ((0, 4),))
>>> state_place(s, 0)
'state:turkei'
"""
from __future__ import annotations

from kg import german
from functools import lru_cache

from kg import resources
from kg.extract.clauses import Actor, Sentence, clause_has_verb
from kg.extract.lexicon import calendar_words, travel_verbs
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.talk_rules import VISIT_CAPITAL
from kg.facts import entity_key
from kg.german import RELATIVES

PLACE_PREPS = german.VENUE_PREPOSITIONS
# Words that open a topic or a purpose between the cue and a state: "Gespräche über die Lage in Syrien".
TOPICAL = german.TOPIC_PREPOSITIONS
THERE = german.THERE

STATE_PLACE = declare("talks-place-state", "talks place", "where the text names only the country, the talks "
                      "are in that State: „Merkel und Erdogan führten Gespräche in der Türkei“")
THERE_PLACE = declare("talks-place-there", "talks place", "„dort“ carries the place an earlier sentence named: "
                      "„Scholz reiste nach Paris. Dort traf er Macron.“")

CONTINENT_NO_VENUE = declare("talks-place-not-continent", "talks guard", "a continent is no place talks are held "
                             "at: „Die Ministerin warnte in einer Sitzung der Eurogruppe vor der Lage in Europa“ "
                             "gives the talks no place; „Das Treffen fand in Brüssel statt“ still does")
_CONTINENT = "continent"        # the kind of a continent in places.tsv


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    """The continents' names (places.tsv): „Europa“, „Afrika“."""
    return frozenset(r["name"] for r in resources.rows("places.tsv") if r["kind"] == _CONTINENT)


def place_near(sentence: Sentence, near: int, group: list[Actor] | None = None) -> str | None:
    """The Place after "in"/"im"/"nach"/"bei" nearest the cue, its own clause first.

    A place in a relative clause belongs to the actor the clause describes
    ("… Gauck, der ihn in Schloss Bellevue empfing"): it counts only for talks with that actor.
    """
    first, last = sentence.clause_of(near)
    keys = {a.key for a in group or []}
    after = _after_phrase(sentence, near)
    best: tuple[int, int, str] | None = None
    for mention, index in sentence.places:
        prep = governing_prep(sentence.words, index)
        if prep not in PLACE_PREPS:
            continue
        if mention.text in _continents():
            fired(CONTINENT_NO_VENUE)
            continue
        if after and prep in german.AFTER_PREPOSITIONS and index > near:
            fired(AFTER_TRAVEL)
            continue
        a, _ = sentence.clause_of(index)
        if (a, _) != (first, last) and relative_clause(sentence, a):
            owner = _antecedent(sentence, a)
            if owner is None or owner.key not in keys:
                continue
        rank = (0 if first <= index < last else 1, abs(index - near))
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], mention.key)
    return best[2] if best else None


RELATIVE_NOUN = declare("talks-place-relative-noun", "talks place", "a place in a relative clause whose antecedent "
                        "is a noun after the last actor before it (a capitalised word no actor covers between them) "
                        "belongs to that noun, not to the talks: „Beim EU-Gipfel suchte Estland eine Lösung für "
                        "die Pendler, die täglich nach Helsinki fahren“ (no place); but „… mit Präsident Hans Mayer, der "
                        "ihn in Tallinn empfing“ (in Tallinn)")


def _antecedent(sentence: Sentence, start: int) -> Actor | None:
    """The actor a relative clause starting at word `start` describes: the last actor before it, where no capitalised
    word outside the actors stands between them (else the clause describes that word's noun)."""
    owner = next((x for x in reversed(sentence.actors) if x.last < start), None)
    if owner is None:
        return None
    words = sentence.words
    if any(words[i].capitalized and words[i].text.isalpha() for i in range(owner.last + 1, start)):
        fired(RELATIVE_NOUN)
        return None
    return owner


PARTNER_PLACE = declare("talks-partner-place", "talks place", "where a meeting verb names several places, each "
                        "partner is met in the place written right before him: „Renzi traf in Rom Präsident Hollande und "
                        "in Berlin Kanzlerin Merkel“ (Merkel in Berlin)")


def partner_place(sentence: Sentence, cue: int, group: list[Actor]) -> str | None:
    """The place after a place preposition right before the last partner of `group` after the cue, with no other
    actor between (the group's own aside), where the cue's clause and those after it name two or more such places."""
    words = sentence.words
    start = sentence.clause_of(cue)[0]
    after = [(i, m.key) for m, i in sentence.places if i >= start and governing_prep(words, i) in PLACE_PREPS]
    partner = max((a.first for a in group if a.first > cue), default=None)
    if len(after) < 2 or partner is None:
        return None
    own = {a.key for a in group}
    before = [(i, key) for i, key in after if i < partner
              and not any(i < a.first < partner and a.key not in own for a in sentence.actors)]
    if not before:
        return None
    fired(PARTNER_PLACE)
    return before[-1][1]


AFTER_TRAVEL = declare("talks-place-not-after-journey", "talks place", "where talks are named in a phrase of time "
                      "„nach“/„im Anschluss an“, the place a journey after them goes to „nach“ is not theirs: „Nach "
                      "dem Treffen mit Lukaschenko reiste Scholz nach Prag weiter“")


def _after_phrase(sentence: Sentence, cue: int) -> bool:
    """The talks noun at `cue` follows „nach“ or „im Anschluss an“ and its article ("nach dem Treffen")."""
    words = sentence.words
    for i in range(cue - 1, max(-1, cue - 4), -1):
        low = words[i].lower
        if low in german.AFTER_PREPOSITIONS or low in german.ATTENDANCE_NOUNS:
            return True
        if low not in german.ARTICLES and low not in german.POSSESSIVES and low not in german.PLACE_BEFORE_ARTICLE:
            return False
    return False


def relative_clause(sentence: Sentence, first: int) -> bool:
    """The clause starting at word `first` is a relative clause (", der ihn empfing")."""
    words = sentence.words
    lead = first + 1 if words[first].text == "," else first
    return lead < len(words) - 1 and first > 0 and words[lead].lower in RELATIVES and not words[lead + 1].capitalized


def state_place(sentence: Sentence, near: int, taking_part: frozenset[str] = frozenset()) -> str | None:
    """The State after "in"/"im" in the cue's clause that no topic word separates from the cue.

    A state taking part is no place ("zu Besuch in Kuba": Kuba is the host).
    """
    first, last = sentence.clause_of(near)
    for actor in sentence.actors_in(first, last):
        if actor.type != "State" or actor.prep not in german.IN_PREPOSITIONS or actor.key in taking_part:
            continue
        lo, hi = sorted((near, actor.first))
        if not any(w.lower in TOPICAL for w in sentence.words[lo:hi]) and _adverbial(sentence, actor, near, first):
            return actor.key
    return None


def _adverbial(sentence: Sentence, actor: Actor, cue: int, first: int) -> bool:
    """ "in der Türkei" tells where, not which noun: it opens the clause or follows the cue, a verb or
    a day, not another noun ("nach der Parlamentswahl in Spanien")."""
    words = sentence.words
    prep = next((i for i in range(actor.first - 1, max(first, actor.first - 3) - 1, -1)
                 if words[i].lower in german.IN_PREPOSITIONS), None)
    if prep is None or prep == first or prep - 1 == cue:
        return prep is not None
    before = words[prep - 1]
    return not before.capitalized or before.lower in calendar_words()["weekday"] or not before.text.isalpha()


def there(sentences: list[Sentence], sentence: Sentence) -> str | None:
    """ "Dort traf er Macron": the place (or state) the last two sentences went to or were in."""
    if not any(w.lower in THERE for w in sentence.words):
        return None
    for earlier in reversed(sentences[max(0, sentence.index - 2):sentence.index]):
        found = [(index, mention.key) for mention, index in earlier.places
                 if governing_prep(earlier.words, index) in PLACE_PREPS]
        found += [(a.first, a.key) for a in earlier.actors if a.type == "State" and a.prep in german.TRAVEL_PREPOSITIONS]
        if found:
            return max(found)[1]
    return None


ARRIVAL_PLACE = declare("talks-place-arrival", "talks place", "talks without a place of their own are where one "
                        "of their participants travelled or arrived in the sentence before: „Kerry traf am Sonntag "
                        "in Genf ein. Am Montag sprach er mit Lawrow.“")


def arrival(sentences: list[Sentence], sentence: Sentence, keys: frozenset[str]) -> str | None:
    """The Place after "in"/"nach" in the clause of a travel verb in the sentence before, whose subject
    (its first bare actor) takes part in the talks."""
    if sentence.index == 0 or sentence.places:
        return None
    earlier = sentences[sentence.index - 1]
    for first, last in earlier.clauses:
        bare = next((a for a in earlier.actors_in(first, last) if a.prep is None), None)
        if bare is None or bare.key not in keys or not clause_has_verb(earlier, first, last, travel_verbs()):
            continue
        for mention, index in earlier.places:
            if first <= index < last and governing_prep(earlier.words, index) in german.TRAVEL_PREPOSITIONS:
                fired(ARRIVAL_PLACE)
                return mention.key
    return None


@lru_cache(maxsize=1)
def capital_states() -> dict[str, str]:
    """Place key of each state's capital → the state's key (`states.tsv`)."""
    return {entity_key("Place", s.capitals[0]): entity_key("State", s.name)
            for s in resources.load_states() if s.capitals}


def capital_hosts(sentence: Sentence, first: int, last: int, preps: frozenset[str | None]) -> list[Actor]:
    """The states whose capital words `first`..`last` name after one of `preps` ("in Kairo" → Ägypten),
    as actors at the capital's word."""
    out = []
    for mention, index in sentence.places:
        state = capital_states().get(mention.key)
        prep = governing_prep(sentence.words, index)
        if state is not None and first <= index < last and prep in preps:
            fired(VISIT_CAPITAL)
            out.append(Actor(state, "State", index, index, prep))
    return out


VISITED_PLACE = declare("talks-place-visited-capital", "talks place", "the capital a visiting verb („besuchen“) "
                        "takes as its bare object is where the visit is: „Davutoglu besuchte am Montag Berlin“")


def visited_capital(sentence: Sentence, cue: int, requires: tuple[str, ...]) -> str | None:
    """The place key of the first capital without a preposition after the visiting verb at `cue` in its clause, for a
    verb the talks lexicon marks "visited"."""
    if VISITED not in requires:
        return None
    first, last = sentence.clause_of(cue)
    words = sentence.words
    return next((m.key for m, i in sentence.places if first <= i < last and m.key in capital_states()
                 and governing_prep(words, i) is None), None)


VISITED = "visited"     # the talks lexicon's mark of a verb whose object is the place visited („besuchen“)
CAPITAL_OBJECT: frozenset[str | None] = frozenset({None})      # no preposition governs an object („besuchte Kairo“)


DESCRIBED_CAPITAL = declare("talks-place-described-capital", "talks place", "a state's adjective before a noun "
                            "for its capital names that capital: „nach ihren Gesprächen in der finnischen Hauptstadt“ "
                            "(Berlin)")
# Nouns for a capital after a state's adjective: `kg/data/capital_nouns.tsv`.
CAPITAL_NOUNS = resources.load_word_list("capital_nouns.tsv")


@lru_cache(maxsize=1)
def state_capitals() -> dict[str, str]:
    """State key → the place key of its capital (`states.tsv`)."""
    return {state: place for place, state in capital_states().items()}


def described_capital(sentence: Sentence, near: int) -> str | None:
    """The capital a state adjective and a capital noun after "in" name in the cue's clause
    ("in der deutschen Hauptstadt" → Berlin), as a place key."""
    first, last = sentence.clause_of(near)
    words = sentence.words
    for owner in sentence.owners:
        noun = owner.last + 1
        if first <= owner.first < last and owner.prep in PLACE_PREPS and noun < len(words) \
                and words[noun].lower in CAPITAL_NOUNS:
            return state_capitals().get(owner.key)
    return None

"""Where states stand in the text: capitals acting as governments, generic bodies, state context.

A capital is its State when it acts ("Moskau bestreitet …") and a Place when it is
a location ("in Moskau"); a generic body ("das Außenministerium") belongs to the
state its words name, else the one the article is about.

Steps (see `entities.STEPS`): `capital` for each capital hit, `bodies` (the bodies
whose words name their state), `late_bodies` (the rest, once officials are known),
`org_affiliations`. The other public functions answer "which state?" for the
steps in `titles` and `persons`.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(e.key, e.type) for e in read("Moskau bestreitet die Vorwürfe. In Moskau regnet es.").entities]
[('state:russland', 'State'), ('place:moskau', 'Place')]
>>> [(e.key, e.affiliations) for e in read("Das russische Außenministerium bestellte ihn ein.").entities]
[('state:russland', ()), ('org:aussenministerium-ru', ('state:russland',))]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import lemma_of
from kg.extract.lexicon import talks_noun_endings, talks_partner_verbs, verb_cues
from kg.extract.reading import Draft, ReadingState, common_nouns, tables
from kg.extract.rules import Stage, declare, fired
from kg.german import (AUXILIARIES, CLAUSE_RELATIVES, COORDINATORS, DETERMINERS, EXISTENTIAL, FUNCTION_WORDS, PLACE_PREPOSITIONS,
                       RELATION_PREPOSITIONS, RELATIVE_ADVERBS, RELATIVES, SUBORDINATORS)
from kg.facts import entity_key
from kg.nlp.gazetteer_org_acronyms import BODY_BRACKET_ALIAS
from kg.nlp.hits import Hit

_PARTICIPLE = re.compile(r"^[a-zäöü]*ge[a-zäöü]+(t|te|ten|ter|tes|tem)$")
# verbs that take any subject ("In meinem Herzen wird Wien ...", "Der größte Markt ist Wien")
_AUXILIARIES = AUXILIARIES | EXISTENTIAL
_SEAT_PREPOSITIONS = german.INSIDE_PREPOSITIONS | german.OUT_OF_PREPOSITIONS     # "Regierung in Kabul"
_STATE_GENITIVE_OPENERS = german.INSIDE_PREPOSITIONS | german.GENITIVE_ARTICLES


# -- capitals: the government (State) when they act, else the city (Place) -----------------
def capital(st: ReadingState, h: Hit) -> None:
    """A capital's entity and mention: its government or acting body, or the city."""
    rec = st.t.states[h.key]
    acts, rule = _capital_acts(st, h)
    if acts:
        # "Brüssel droht": the EU, not Belgium
        org = st.t.acting_capitals.get(rec.capitals[0])
        actor = st.org(org, h.start) if org else st.state(h.key, h.start)
        st.mention(actor, h.start, h.end, h.rule, rule)
    elif _dateline_of_government(st, h):
        fired(DATELINE_GOVERNMENT)      # the State's other name, no Place of its own
    else:
        d = st.entity("Place", rec.capitals[0], h.start)
        st.mention(d, h.start, h.end, h.rule, rule)


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
    readings = [_capital_acts(st, x)[0] for x in others]
    return any(readings) and all(readings)


CAPITAL_ACTS = Stage("capital acts")


def _capital_acts(st: ReadingState, h: Hit) -> tuple[bool, str]:
    """Whether a capital stands for its government here ("Moskau bestreitet …") rather than the city,
    and the rule that decided ("" : none): the rules about the words before it decide first, then
    those about the verb after it; a capital no rule reads as acting is the city."""
    found = CAPITAL_ACTS.first(st, h)
    return (bool(found[1]), found[0]) if found is not None else (False, "")


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
    if prev[:1].isupper() and prev in common_nouns() and st.sent_of[h.tok - 1] == st.sent_of[h.tok] \
            and not st.by_tok.get(h.tok - 1) and not opens:
        return False
    return None


@CAPITAL_ACTS.rule("capital-government-in", "a capital after a government word and „in“ or „aus“ is the "
                   "government: „die Regierung in Kiew“, „die Behörden in Peking“")
def _capital_government_in(st: ReadingState, h: Hit) -> bool | None:
    before = st.words[max(0, h.tok - 2):h.tok]
    return True if len(before) == 2 and before[1] in _SEAT_PREPOSITIONS and before[0] in st.t.seat_words else None


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
                   "or before a talks verb closing its clause, is the partner government: „Friedensgespräche mit "
                   "Moskau“, „soll mit Moskau Friedensgespräche aufnehmen“, „will mit Moskau über einen Frieden "
                   "verhandeln“")
def _capital_talks_noun_partner(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    at = h.tok - 1
    if at < 1 or words[at] not in german.WITH_PREPOSITIONS:
        return None
    if _talks_noun(words[at - 1]):
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
    k = _past_coordinated(st, h)
    end = next((j for j in range(k, min(len(words), k + 12)) if words[j] in _CLAUSE_ENDS), None)
    if end is None or end == k:
        return None
    # the verb closes the clause, an auxiliary may follow it: "bestritten hat"
    return True if any(_state_verb(words[j]) for j in range(max(k, end - 2), end)) else None


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


# -- government bodies named generically: their state from the words around them ------------
BODY_STATE = Stage("body state")


def bodies(st: ReadingState) -> None:
    """Generic government bodies whose state the words around them name ("das russische
    Außenministerium"); `late_bodies` places the others."""
    for h in st.hits:
        if h.label == "BODY" and h.tok not in st.body_at:
            iso = _body_qualifier(st, h, {})
            if iso is not None:
                fired("body-qualifier")
                body(st, h, iso, "body-qualifier")


def late_bodies(st: ReadingState) -> None:
    """The other generic bodies, once the officials are known (the rules of `BODY_STATE`)."""
    by_sentence: dict[int, list[int]] | None = None
    for h in st.hits:
        if h.label != "BODY" or h.tok in st.body_at:
            continue
        by_sentence = _persons_by_sentence(st) if by_sentence is None else by_sentence
        found = BODY_STATE.first(st, h, by_sentence)
        if found is not None:
            body(st, h, found[1], found[0])
        elif h.rule == BODY_BRACKET_ALIAS:     # no state's body where no state is named: the acronym stays an organisation
            d = st.entity("Organization", h.text, h.start)
            d.kind = d.kind or "other"
            st.mention(d, h.start, h.end, h.rule)
        elif h.key in _member_chambers():
            fired(UNPLACED_CHAMBER)
            d = st.entity("Organization", h.key, h.start)
            d.kind = "government"
            st.mention(d, h.start, h.end, h.rule, UNPLACED_CHAMBER)
            st.body_at[h.tok] = d


UNPLACED_CHAMBER = declare("body-unplaced-chamber", "body state", "a generic chamber whose name is also its "
                           "members' title (`member_chambers.tsv`: „Bundesrat“) is the name of a chamber: where no "
                           "word and no state of the article places it, it stays an organisation of that name: „Der "
                           "Bundesrat billigte das Gesetz.“; not a body no member is named after („Das Parlament "
                           "billigte das Gesetz.“: no entity)")


@lru_cache(maxsize=1)
def _member_chambers() -> frozenset[str]:
    """The chambers whose name is their members' title (`member_chambers.tsv`)."""
    return resources.load_word_list("member_chambers.tsv")


@BODY_STATE.rule("body-qualifier", "a generic body belongs to the state its words name: „das russische "
                 "Außenministerium“, „das Prager Außenministerium“, „das Parlament in Kiew“")
def _body_qualifier(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return _qualifier_state(st, h.tok, h.tok_end)


@BODY_STATE.rule("body-sentence-official", "a generic body belongs to the state of an official in its sentence: "
                 "„Der russische Außenminister Lawrow sprach im Außenministerium“")
def _body_sentence_official(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    for p_tok in by_sentence.get(st.sent_of[h.tok], ()):
        p = st.person_at[p_tok]
        if p.key and p.key in st.drafts:
            for aff in st.drafts[p.key].affiliations:
                d = st.drafts.get(aff)
                if d is not None and d.type == "State" and d.code:
                    return d.code
    return None


@BODY_STATE.rule("body-dateline", "a generic body belongs to the state of the dateline's capital: "
                 "„Kiew – Das Verteidigungsministerium teilte mit …“")
def _body_dateline(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return st.states.dateline


@BODY_STATE.rule("body-sentence-state", "a generic body belongs to the state named nearest in its sentence: "
                 "„In Frankreich kündigte das Innenministerium Kontrollen an“")
def _body_sentence_state(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return sentence_state(st, h.tok)


@BODY_STATE.rule("body-main-state", "a generic body no word places belongs to the state the article names "
                 "most: „Polen … Das Außenministerium bestellte den Botschafter ein.“")
def _body_main_state(st: ReadingState, h: Hit, by_sentence: dict[int, list[int]]) -> str | None:
    return main_state(st)


def body(st: ReadingState, h: Hit, iso: str, rule: str) -> Draft:
    """The entity of the body at h, of the state `iso` (as `rule` read it): a known one ("Kreml") or a new one."""
    known = next((o for o in st.t.orgs.values() if o.state == iso and o.kind == "government"
                  and (o.name.endswith("-" + h.key) or h.key in o.aliases)), None)
    if (h.key, iso) in st.t.parliaments:   # the Ukrainian parliament is the Rada
        known = st.t.orgs[st.t.parliaments[h.key, iso]]
    elif (h.key, iso) in st.t.named_parliaments and _names_org(st, st.t.named_parliaments[h.key, iso]):
        fired(PARLIAMENT_NAMED)         # „das polnische Parlament, der Sejm“: one entity
        known = st.t.orgs[st.t.named_parliaments[h.key, iso]]
    if known is not None:
        d = st.org(known.name, h.start)
    else:
        d = st.entity("Organization", h.key, h.start, key=entity_key("Organization", f"{h.key} {iso}"))
        d.kind = "government"
    d.affiliate(st.state(iso, h.start).key, rule)
    st.mention(d, h.start, h.end, h.rule)
    st.body_at[h.tok] = d
    return d


PARLIAMENT_NAMED = declare("body-parliament-named", "body state",
                           "a state's parliament named generically is the parliament the article also names by "
                           "its own word: „das polnische Parlament, der Sejm“, „Das norwegische Parlament … Im "
                           "Storting …“ (one entity); where the article names no such word it keeps its label")


def _names_org(st: ReadingState, org: str) -> bool:
    """Whether the article names the listed organisation `org` (a hit of it anywhere)."""
    return any(x.label == "ORG" and x.key == org for x in st.hits)


def _persons_by_sentence(st: ReadingState) -> dict[int, list[int]]:
    """First tokens of the person mentions of each sentence, in the order they were found."""
    index: dict[int, list[int]] = {}
    for p_tok in st.person_at:
        index.setdefault(st.sent_of[p_tok], []).append(p_tok)
    return index


DEMONYM_QUALIFIER = declare("body-qualifier-demonym", "body state", "a state's demonym in „-er“ right before a "
                            "generic body, used as its adjective, names the body's state: „eine Entscheidung des "
                            "Schweizer Bundesrats“ for Schweiz; not „die Schweizer im Bundesrat“ (no body after it)")


def _qualifier_state(st: ReadingState, tok: int, tok_end: int) -> str | None:
    """The state named by an adjective or genitive before, or 'X Russlands'/'in Moskau' after.

    "das Prager Außenministerium": a capital's adjective names its state too.
    """
    for k in (tok - 1, tok - 2):
        if k >= 0 and st.words[k] in st.t.capital_adjectives:
            return st.t.capital_adjectives[st.words[k]]
        for x in st.by_tok.get(k, []):
            if x.label == "STATE" and x.form in ("adjective", "genitive"):
                return x.key
            if x.label == "STATE" and x.form == "demonym" and k == tok - 1 and x.text.endswith(german.ER_SUFFIX):
                fired(DEMONYM_QUALIFIER)    # „des Schweizer Bundesrats“: the demonym in -er used as an adjective
                return x.key
            if x.label == "CAPITAL" and x.form == "genitive":
                return x.key
        if k >= 0 and st.words[k] not in DETERMINERS and not st.words[k].islower():
            break
    for k in (tok_end, tok_end + 1):
        for x in st.by_tok.get(k, []):
            if x.label in ("STATE", "CAPITAL") and (x.form == "genitive" or
                                                    st.words[k - 1] in _STATE_GENITIVE_OPENERS):
                return x.key
    return None


# -- which state a passage is about ------------------------------------------------------------
def sentence_state(st: ReadingState, tok: int) -> str | None:
    """The state of tok's sentence nearest to it."""
    return st.states.nearest(tok)


def main_state(st: ReadingState, min_mentions: int = 1) -> str | None:
    """The state the article names most (ties: the first named), if named `min_mentions` times."""
    main = st.states.main()
    return main[0] if main is not None and main[1] >= min_mentions else None


ORG_STATE = declare("org-state", "org affiliation", "a government body, state medium, armed force or party "
                    "the data files place belongs to its state where the article names it: „Die AKP gewann in "
                    "der Türkei“")
PARTY_MAIN_STATE = declare("party-main-state", "org affiliation", "a party named generically belongs to the "
                           "state the article names at least twice: „die Kommunistische Partei“ in an article "
                           "on China")


PARTY_DATELINE_STATE = declare("party-dateline-state", "org affiliation", "a party named generically belongs to the "
                               "state the article names where the dateline names a place of it (its capital or a listed town alone, or places "
                               "all in one state), where the report was filed, before the state the article names most: "
                               "„Wien – … die Emirate … die Emirate … kritisieren die Grünen“ for Österreich; not "
                               "„Wien/Abu Dhabi – …“")


def dateline_state(st: ReadingState) -> str | None:
    """The ISO code of the state of the place a dateline names: its capital or a listed town alone („Wien – …“,
    „Graz – …“), or places all in one state („Wien/Linz – …“)."""
    if st.states.lone_dateline:
        return st.states.lone_dateline
    town = st.states.town_dateline
    rec = st.t.places.get(town.key) if town is not None else None
    if rec is not None and rec.state:
        return rec.state
    states = {h.key if h.label == "CAPITAL" else (r.state if (r := st.t.places.get(h.key)) else None)
              for h in st.states.dateline_places}
    return states.pop() if len(states) == 1 else None


PARTY_PEERS_STATE = declare("party-peers-state", "org affiliation", "a party named generically belongs to the one "
                            "state of the other parties the article names, where it names that state, but not where "
                            "the party's first sentence names another state or capital: „Die Grünen und die ÖVP "
                            "streiten über Exporte. … die Emirate … die Emirate …“ for Österreich; not „die Grünen in "
                            "Berlin“, „In Vietnam tagt die KP. Vietnam wählt. Die SPD schweigt.“, nor where the article "
                            "names the SPD too")


def _generic_party_state(st: ReadingState, d: Draft) -> tuple[str | None, str]:
    """The ISO code of the state a party named generically („die Grünen“) belongs to, with the rule that read it:
    the one state of the other parties named, else the dateline's, else the one the article names most."""
    peers = set(st.named_party_states()) - {None}
    if len(peers) == 1 and st.named_state(next(iter(peers))) and not _other_state_beside(st, d, next(iter(peers))):
        return peers.pop(), PARTY_PEERS_STATE
    dateline = dateline_state(st)
    if dateline and st.named_state(dateline):
        return dateline, PARTY_DATELINE_STATE
    return main_state(st, min_mentions=2), PARTY_MAIN_STATE


def _other_state_beside(st: ReadingState, d: Draft, iso: str) -> bool:
    """Whether the sentence that first names `d` names a state or capital other than `iso`: „die Grünen in Berlin“."""
    tok = st.tok_at(d.first)
    s = st.sent_of[tok]
    k = tok
    while k > 0 and st.sent_of[k - 1] == s:
        k -= 1
    while k < len(st.words) and st.sent_of[k] == s:
        if any(h.label in ("STATE", "CAPITAL") and h.key != iso and h.tok == k for h in st.by_tok.get(k, ())):
            return True
        k += 1
    return False


def org_affiliations(st: ReadingState) -> None:
    """Government bodies, state media and parties belong to their state, where the article names it."""
    for d in list(st.drafts.values()):
        if d.type != "Organization" or d.affiliations:
            continue
        rec = st.t.orgs.get(d.name)
        if rec and rec.state and rec.kind in ("government", "media", "armed", "party"):
            state_key = st.named_state(rec.state)
            if state_key is not None:
                fired(ORG_STATE)
                d.affiliate(state_key, ORG_STATE)
        elif rec and rec.kind == "party":
            # a party named generically ("die Kommunistische Partei") is the country's the
            # article is about
            iso, rule = _generic_party_state(st, d)
            if iso:
                fired(rule)
                d.affiliate(st.state(iso, d.first).key, rule)

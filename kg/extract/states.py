"""Where states stand in the text: capitals acting as governments, generic bodies, state context.

A capital is its State when it acts ("Moskau bestreitet …") and a Place when it is
a location ("in Moskau"); a generic body ("das Außenministerium") belongs to the
state its words name, else the one the article is about.

Steps (see `entities.STEPS`): `capital` for each capital hit, `bodies` (the bodies
whose words name their state), `late_bodies` (the rest, once officials are known),
`org_affiliations`. The other public functions answer "which state?" for the
steps in `titles` and `persons`.
"""
from __future__ import annotations

import re

from kg.extract.reading import Draft, ReadingState, common_nouns
from kg.german import AUXILIARIES, DETERMINERS, EXISTENTIAL
from kg.facts import entity_key
from kg.nlp.hits import Hit

_PARTICIPLE = re.compile(r"^[a-zäöü]*ge[a-zäöü]+(t|te|ten|ter|tes|tem)$")
_RELATION_NOUNS = ("Verhältnis", "Beziehung", "Loslösung", "Abhängigkeit", "Annäherung", "Distanz",
                   "Abgrenzung", "Bündnis", "Kooperation", "Zusammenarbeit", "Spannungen", "Streit",
                   "Konflikt", "Gespräche", "Verhandlungen", "Abkommen", "Dialog")
_GOV_WORDS = {"Regierung", "Führung", "Staatsführung", "Regime", "Machthaber", "Behörden", "Administration"}
# verbs that take any subject ("In meinem Herzen wird Wien ...", "Der größte Markt ist Wien")
_AUXILIARIES = AUXILIARIES | EXISTENTIAL
# words after a clause-initial capital that show it is not a verb's subject ("Moskau im Winter")
_FUNCTION_WORDS = {"im", "in", "am", "an", "und", "oder", "sowie", "als", "wie", "bei", "nach", "zu", "zur", "zum",
                   "auf", "für", "mit", "von", "vom", "aus", "über", "unter", "vor", "seit", "bis", "gegen",
                   "ohne", "um", "durch", "ins", "ans", "beim", "der", "die", "das", "des", "dem", "den", "ein",
                   "eine", "selbst", "allein", "etwa", "noch", "dagegen", "hingegen", "jedoch", "aber"}
_MUNICIPAL = ("stadt", "bürgermeister", "gemeinde", "bezirk", "kammer", "landes", "spital", "polizei",
              "universität", "bürger", "einwohner")


# -- capitals: the government (State) when they act, else the city (Place) -----------------
def capital(st: ReadingState, h: Hit) -> None:
    """A capital's entity and mention: its government or acting body, or the city."""
    rec = st.t.states[h.key]
    if _capital_acts(st, h):
        # "Brüssel droht": the EU, not Belgium
        org = st.t.acting_capitals.get(rec.capitals[0])
        actor = st.org(org, h.start) if org else st.state(h.key, h.start)
        st.mention(actor, h.start, h.end)
    else:
        d = st.entity("Place", rec.capitals[0], h.start)
        st.mention(d, h.start, h.end)


def _capital_acts(st: ReadingState, h: Hit) -> bool:
    """Whether a capital stands for its government here ("Moskau bestreitet …") rather than the city:
    the rules about the words before it decide first, then those about the verb after it."""
    for rule in (_capital_genitive, _capital_after_noun, _capital_by_words_before):
        answer = rule(st, h)
        if answer is not None:
            return answer
    return _capital_as_subject(st, h)


def _capital_genitive(st: ReadingState, h: Hit) -> bool | None:
    # "Moskaus Vorgehen" is the government; "Wiens Bürgermeister" the city
    if h.form != "genitive":
        return None
    nxt = st.words[h.tok_end] if h.tok_end < len(st.words) else ""
    return not any(w in nxt.lower() for w in _MUNICIPAL)


def _capital_after_noun(st: ReadingState, h: Hit) -> bool | None:
    # "Universität Wien", "Flughafen Moskau", "Hauptstadt Kiew": a common noun before names the city
    prev = st.words[h.tok - 1] if h.tok > 0 else ""
    if prev[:1].isupper() and prev in common_nouns() and st.sent_of[h.tok - 1] == st.sent_of[h.tok] \
            and not st.by_tok.get(h.tok - 1):
        return False
    return None


def _capital_by_words_before(st: ReadingState, h: Hit) -> bool | None:
    words = st.words
    before = words[max(0, h.tok - 2):h.tok]
    if len(before) == 2 and before[1] in ("in", "aus") and before[0] in _GOV_WORDS:
        return True         # "die Regierung in Kiew"
    # "zwischen Ankara und Moskau": relations between governments
    if (before and before[-1] == "zwischen") or \
            (len(before) == 2 and before[1] == "und" and h.tok >= 3 and words[h.tok - 3] == "zwischen"):
        return True
    # "im maltesischen Valletta": a capital qualified by its state's adjective is the city
    if any(x.label == "STATE" and x.form == "adjective" for x in st.by_tok.get(h.tok - 1, [])):
        return False
    # "das Verhältnis zu Moskau", "eine Loslösung von Moskau": relations are between governments
    if len(before) == 2 and before[1] in ("zu", "von", "mit", "gegenüber", "zwischen") \
            and before[0].startswith(_RELATION_NOUNS):
        return True
    # "eine von Riad geführte Allianz": the agent of a participle acts
    if before and before[-1] == "von" and h.tok_end < len(words) and _PARTICIPLE.match(words[h.tok_end]):
        return True
    if before and before[-1].lower() in ("in", "nach", "aus", "bei", "von", "nahe", "vor", "um", "über", "bis"):
        return False
    return None


def _capital_as_subject(st: ReadingState, h: Hit) -> bool:
    """The capital is the subject or object of a state verb ("Moskau bestreitet", "warf Moskau Kiew vor")."""
    words = st.words
    before = words[max(0, h.tok - 2):h.tok]
    k = h.tok_end
    # "Washington und Moskau streiten": look past a coordinated capital
    if k + 1 < len(words) and words[k] == "und" and any(x.label in ("CAPITAL", "STATE")
                                                      for x in st.by_tok.get(k + 1, [])):
        k += 2
    if k < len(words) and words[k] in st.t.state_verbs:
        return True
    # "Zudem warf Moskau Kiew vor": the capital right after a finite verb is its subject,
    # and a capital right after an acting state its object
    if before and before[-1] in st.t.state_verbs and before[-1] not in _AUXILIARIES:
        return True
    if h.tok > 0 and any(x.label in ("STATE", "CAPITAL") and x.tok_end == h.tok for x in st.by_tok.get(h.tok - 1, [])) \
            and h.tok >= 2 and words[h.tok - 2] in st.t.state_verbs:
        return True
    # "Riad wies die Vorwürfe zurück": at a clause start, followed by a lowercase word that
    # is no function word, the capital is the subject of a verb
    prev = words[h.tok - 1] if h.tok > 0 else ""
    clause_start = h.tok == 0 or st.sent_of[h.tok - 1] != st.sent_of[h.tok] or prev in (",", "–", ":", "„")
    return clause_start and k < len(words) and words[k][:1].islower() and words[k] not in _FUNCTION_WORDS


# -- government bodies named generically: their state from the words around them ------------
def bodies(st: ReadingState) -> None:
    """Generic government bodies whose state the words around them name ("das russische
    Außenministerium")."""
    for h in st.hits:
        if h.label == "BODY" and h.tok not in st.body_at:
            iso = _qualifier_state(st, h.tok, h.tok_end)
            if iso is not None:
                body(st, h, iso)


def late_bodies(st: ReadingState) -> None:
    """The other generic bodies, once the officials are known: by the state of an official in the
    same sentence, the dateline, a state of the sentence, or the state the article names most."""
    by_sentence: dict[int, list[int]] | None = None
    for h in st.hits:
        if h.label != "BODY" or h.tok in st.body_at:
            continue
        iso = _qualifier_state(st, h.tok, h.tok_end)
        if iso is None:
            by_sentence = _persons_by_sentence(st) if by_sentence is None else by_sentence
            iso = _sentence_official_state(st, by_sentence, h.tok) or st.states.dateline or \
                sentence_state(st, h.tok) or main_state(st)
        if iso is not None:
            body(st, h, iso)


def body(st: ReadingState, h: Hit, iso: str) -> Draft:
    """The entity of the body at h, of the state `iso`: a known one ("Kreml") or a new one."""
    known = next((o for o in st.t.orgs.values() if o.state == iso and o.kind == "government"
                  and (o.name.endswith("-" + h.key) or h.key in o.aliases)), None)
    if h.key == "Parlament" and iso in st.t.parliaments:   # the Ukrainian parliament is the Rada
        known = st.t.orgs[st.t.parliaments[iso]]
    if known is not None:
        d = st.org(known.name, h.start)
    else:
        d = st.entity("Organization", h.key, h.start, key=entity_key("Organization", f"{h.key} {iso}"))
        d.kind = "government"
    d.affiliations.append(st.state(iso, h.start).key)
    st.mention(d, h.start, h.end)
    st.body_at[h.tok] = d
    return d


def _persons_by_sentence(st: ReadingState) -> dict[int, list[int]]:
    """First tokens of the person mentions of each sentence, in the order they were found."""
    index: dict[int, list[int]] = {}
    for p_tok in st.person_at:
        index.setdefault(st.sent_of[p_tok], []).append(p_tok)
    return index


def _sentence_official_state(st: ReadingState, by_sentence: dict[int, list[int]], tok: int) -> str | None:
    """The state of an Official named in the same sentence ("Carter … mit dem Außenministerium")."""
    for p_tok in by_sentence.get(st.sent_of[tok], ()):
        p = st.person_at[p_tok]
        if p.key and p.key in st.drafts:
            for aff in st.drafts[p.key].affiliations:
                d = st.drafts.get(aff)
                if d is not None and d.type == "State" and d.code:
                    return d.code
    return None


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
            if x.label == "CAPITAL" and x.form == "genitive":
                return x.key
        if k >= 0 and st.words[k] not in DETERMINERS and not st.words[k].islower():
            break
    for k in (tok_end, tok_end + 1):
        for x in st.by_tok.get(k, []):
            if x.label in ("STATE", "CAPITAL") and (x.form == "genitive" or
                                                    st.words[k - 1] in ("in", "der", "des")):
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


def state_before(st: ReadingState, tok: int, window: int = 8) -> str | None:
    """A state named in the same sentence at most `window` tokens before `tok`."""
    return st.states.last_before(tok, window)


def org_affiliations(st: ReadingState) -> None:
    """Government bodies, state media and parties belong to their state, where the article names it."""
    for d in list(st.drafts.values()):
        if d.type != "Organization" or d.affiliations:
            continue
        rec = st.t.orgs.get(d.name)
        if rec and rec.state and rec.kind in ("government", "media", "armed", "party"):
            state_key = entity_key("State", st.t.states[rec.state].name)
            if state_key in st.drafts:
                d.affiliations.append(state_key)
        elif rec and rec.kind == "party":
            # a party named generically ("die Kommunistische Partei") is the country's the
            # article is about
            iso = main_state(st, min_mentions=2)
            if iso:
                d.affiliations.append(st.state(iso, d.first).key)

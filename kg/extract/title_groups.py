"""A plural title held by each of the names it lists: counted or in the dative („zwei Minister, Max Muster und
Hans Mayer“, „mit den Landesräten Max Muster und Hans Mayer“) or named as examples („Abgeordnete wie Max Muster
und Hans Mayer“).

`titles.titles` asks `listed_holders` for a title's holder and the others its plural lists (`plural_rule`: whether
a title before a list of names is a plural), and `such_as_holders` for the holders of a title no name stands beside.
"""
from __future__ import annotations

from kg import german
from kg.extract.party_groups import named_examples
from kg.extract.party_lookup import before_adjectives
from kg.extract.person_spans import person_name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare
from kg.extract.title_holders import HOLDER_APPOSITION, HOLDER_NEXT
from kg.nlp.hits import Hit

HOLDER_PLURAL = declare("title-holder-plural", "title holder", "a plural title before a list of names is held by "
                        "each: „die Außenminister Max Muster und Hans Mayer“, „die Abgeordneten A, B und C“")
PLURAL_DATIVE = declare("title-holder-plural-dative", "title holder", "a title in a form only its plural has after "
                        "„den“ (the dative plural) before a list of names is held by each: „mit den Landesräten Max "
                        "Muster und Hans Mayer“, „den Ministern Max Muster und Hans Mayer“; not „er lobte den "
                        "Interimspräsidenten Max Muster und Hans Mayer“ (a weak noun's singular looks the same)")
PLURAL_DATIVE_PREPOSITION = declare("title-holder-plural-dative-preposition", "title holder", "a title after a "
                                    "preposition of the dative alone and „den“ (so a dative plural, whatever its form: "
                                    "the singular would take „dem“) before a list of names is held by each: „mit den "
                                    "Abgeordneten Max Muster und Eva Beispiel“, „von den Präsidenten Max Muster und Hans "
                                    "Mayer“; not „für den Abgeordneten Max Muster und Eva Beispiel“ (an accusative "
                                    "singular: one holder)")
PLURAL_COUNTED = declare("title-holder-plural-counted", "title holder", "a title counted by a number or „beide“ "
                         "before a list of names, right after it or after a comma, is held by each: „zwei Minister, "
                         "Max Muster und Hans Mayer, reisten ab“, „mit beiden Landesräten Max Muster und Hans Mayer“; "
                         "not „der Minister Max Muster und Hans Mayer“ (one title, one holder)")
PLURAL_ASIDE = declare("title-holder-plural-aside", "title holder", "the names listed in a dash aside right after a "
                       "counted or plural title hold it: „Zwei Minister – Max Muster und Hans Mayer – traten "
                       "zurück“, „drei ihrer Landesräte – A, B und C –“; not a singular title („Der Minister – Max "
                       "Muster sah zu – schwieg“), nor an aside that opens with no name („zwei Minister – wohl aus "
                       "Vorsicht – schwiegen“)")
SUCH_AS = declare("title-holder-such-as", "title holder", "the names after an office's plural title and „wie“ "
                  "(examples of its holders) hold it: „Die Partei hat Abgeordnete wie Max Muster und Hans Mayer "
                  "verloren“; not „ein Kritiker wie Max Muster“ (no office), nor „der Abgeordnete wie Max Muster“ "
                  "(a singular's comparison)")


# the articles of a singular title or a negated one: „ein Abgeordneter wie X“ compares, names no example
_COMPARING_ARTICLES = (german.ARTICLES | german.NEGATIVE_ARTICLES) - german.PLURAL_GROUP_ARTICLES


def plural_rule(st: ReadingState, h: Hit) -> str | None:
    """The rule that reads the title at h as a plural held by a list of names, else None: „die Außenminister“,
    „die beiden Abgeordneten“ (not „die Ministerin“), „den Landesräten“, „mit den Abgeordneten“, „zwei Minister“."""
    words = st.words
    b = before_adjectives(words, h.tok - 1, -1, german.ARTICLES)     # past „beiden“, „russischen“
    feminine = h.text.endswith(german.FEMININE_ENDING) and not h.text.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
    if b >= 0 and words[b].lower() in german.PLURAL_ARTICLES and not feminine:
        return HOLDER_PLURAL
    if b >= 0 and words[b].lower() in german.DATIVE_PLURAL_ARTICLES and plural_only_form(h):
        return PLURAL_DATIVE
    if b >= 1 and words[b].lower() in german.DATIVE_PLURAL_ARTICLES \
            and words[b - 1].lower() in german.DATIVE_PREPOSITIONS:
        return PLURAL_DATIVE_PREPOSITION        # „mit den Abgeordneten“: no singular takes „den“ after „mit“
    counted = any(words[k].lower() in german.PLURAL_QUANTIFIERS for k in range(max(b, 0), h.tok))
    return PLURAL_COUNTED if counted and not feminine else None


def plural_only_form(h: Hit) -> bool:
    """The title at h is written in a form only its plural has: a strong noun's „-s“ („Parteichefs“) or dative
    „-n“ after „-er“/„-el“ („Ministern“), an umlaut plural („Landesräte(n)“, „Landeshauptleute(n)“), a feminine
    plural („Ministerinnen“); not „Präsidenten“, „Abgeordneten“ (also singular)."""
    text, key = h.text.rpartition("-")[2], h.key.rpartition("-")[2]
    if text.endswith(german.FEMININE_ENDING + german.FEMININE_PLURAL_LINK) or text == key + german.S_PLURAL_ENDING:
        return True
    if text == key + german.DATIVE_PLURAL_LINK and key.endswith(german.UNSTRESSED_NOUN_ENDINGS):
        return True
    heads = german.UMLAUT_PLURAL_HEADS + german.OFFICE_PLURAL_HEADS
    return any(text.endswith((plural, plural + german.DATIVE_PLURAL_LINK)) and not key.endswith(plural)
               for _, plural in heads)


def such_as_holders(st: ReadingState, h: Hit) -> list[PersonDraft]:
    """The persons named after „wie“ right behind the office's title at h, where no singular article stands before
    it: „Abgeordnete wie Max Muster und Hans Mayer“, „die SPÖ-Mandatare wie Max Muster“."""
    words = st.words
    if h.tok_end >= len(words) or words[h.tok_end] not in german.SUCH_AS:
        return []
    b = before_adjectives(words, h.tok - 1, -1, german.ARTICLES)
    if b >= 0 and words[b].lower() in _COMPARING_ARTICLES:
        return []       # „ein Abgeordneter wie X“, „der Abgeordnete wie X“, „kein Abgeordneter wie X“: a comparison
    return named_examples(st, h.tok_end)


def aside_holders(st: ReadingState, h: Hit) -> list[PersonDraft]:
    """The persons listed in a dash aside right after the plural title at h: „zwei Minister – X und Y –“."""
    k = h.tok_end
    if k + 1 >= len(st.words) or st.words[k] not in german.ASIDE_MARKS or st.words[k] == "(" \
            or k + 1 not in st.person_at or plural_rule(st, h) not in _ASIDE_PLURALS:
        return []
    return [st.person_at[k + 1], *_coordinated(st, k + 1)]


_ASIDE_PLURALS = frozenset({HOLDER_PLURAL, PLURAL_COUNTED})     # a plural by its article or its number


def listed_holders(st: ReadingState, h: Hit, holder: PersonDraft, how: str) -> list[tuple[PersonDraft, str]]:
    """The holder of the title at h with the rule that found him, and where the title is a plural („die
    Außenminister X und Y“, „zwei Minister, X und Y“) the persons listed after him, each with the plural's rule."""
    out = [(holder, how)]
    if how not in (HOLDER_NEXT, HOLDER_APPOSITION):
        return out
    start = h.tok_end if how == HOLDER_NEXT else _apposition_start(st, h, holder)
    plural = plural_rule(st, h) if start is not None else None
    if plural is not None and (how == HOLDER_NEXT or plural != HOLDER_PLURAL):
        out += [(each, plural) for each in _coordinated(st, start)]
    return out


_APPOSITION_REACH = 12      # tokens from the title's end to the comma before its holder: „der Länder im Westen“


def _apposition_start(st: ReadingState, h: Hit, holder: PersonDraft) -> int | None:
    """The first token of the holder's name in apposition after the title at h („zwei Minister, X und Y“)."""
    for k in range(h.tok_end + 1, min(len(st.words), h.tok_end + _APPOSITION_REACH)):
        if st.person_at.get(k) is holder and st.words[k - 1] == ",":
            return k
    return None


def _coordinated(st: ReadingState, j: int) -> list[PersonDraft]:
    """The persons named after the one at token j in a list: „X, Y und Z“."""
    words, n, found = st.words, len(st.words), []
    end = _past_bracket(words, person_name_end(st, j))
    while end is not None and end + 1 < n and words[end] in german.LIST_GLUE:
        nxt = end + 1
        if words[nxt] in german.AND_CONJUNCTIONS and words[end] == ",":
            nxt += 1        # „X, Y, und Z“
        end = _past_bracket(words, person_name_end(st, nxt))
        if end is not None:
            found.append(st.person_at[nxt])
        if words[nxt - 1] in german.ADDITIVE_CONJUNCTIONS:
            break       # the list's last name
    return found


_BRACKET_REACH = 6      # tokens of „(Untreue und Bilanzfälschung)“


def _past_bracket(words: list[str], end: int | None) -> int | None:
    """Past a short bracket after a name in a list: „Max Muster (SPD), Hans Mayer (41) und …“."""
    if end is None or end >= len(words) or words[end] != "(":
        return end
    close = next((k for k in range(end + 1, min(len(words), end + _BRACKET_REACH)) if words[k] == ")"), None)
    return close + 1 if close is not None else end

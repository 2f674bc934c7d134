"""Where a title's phrase ends, and the holder named right behind it: a complement („der Sprecher des
Außenministeriums“, „Berater von Kanzler X“), a portfolio („Minister für Handel, X“), a place of work („der
Klubchef im Gemeinderat, X“).

`title_holders.holder_of` reads the title's phrase with these before it looks for the holder.
"""
from __future__ import annotations

from kg import german
from kg.extract.person_spans import person_name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.extract.land_bodies import region_names
from kg.extract.title_affiliation import genitive_state
from kg.extract.title_predicates import genitive_noun
from kg.german import ADJECTIVE_ENDINGS, CASE_ENDINGS, GENITIVE_ARTICLES, NOUN_COMPLEMENT_OPENERS, DETERMINERS


_WORKPLACE_PREPOSITIONS = german.INSIDE_PREPOSITIONS | german.OUT_OF_PREPOSITIONS | german.AT_PREPOSITIONS
_TITLE_STOPS = german.AND_GLUE | {"("}
_TITLE_JOINERS = german.FOR_PREPOSITIONS | german.AND_CONJUNCTIONS      # "Beauftragter für Menschenrechte"


HOLDER_WORKPLACE = declare("title-holder-workplace", "title holder", "the name after a comma behind a title and "
                           "its place of work holds it: „der SPÖ-Klubchef im Gemeinderat, Max Muster“, „die "
                           "Sprecherin im Europäischen Parlament, Eva Beispiel“")
HOLDER_PORTFOLIO = declare("title-holder-portfolio", "title holder", "the name after a title's portfolio "
                           "(„für“ and a short noun phrase, maybe after the title's complement), with or without a "
                           "comma, holds it: „der Staatsminister für die Wirtschaft, Max Muster“, „die Kommissarin für "
                           "Handel Eva Beispiel“, „der Sondergesandte der UN für den Jemen, Max Muster“")


def _office_attribute(st: ReadingState, j: int) -> bool:
    """The word at j qualifies a title that follows it within the next two words: „des britischen
    Premierministers X“, „des Londoner Ex-Bürgermeisters X“ (the complement's person is the office holder)."""
    words, n = st.words, len(st.words)
    if not any(x.label == "TITLE" for k in range(j + 1, min(n, j + 3)) for x in st.by_tok.get(k, [])):
        return False
    hits = st.by_tok.get(j, [])
    if hits:
        return all(x.label == "STATE" and x.form == "adjective" for x in hits)
    return words[j].endswith(ADJECTIVE_ENDINGS) and (words[j].islower() or
                                                       any(x.label == "TITLE" for x in st.by_tok.get(j + 1, [])))


def title_complement(st: ReadingState, k: int) -> tuple[PersonDraft | None, int, PersonDraft | None]:
    """After the title word at k: the person of a von-complement, where the title's affiliation
    ends, and the holder when the complement runs straight into his name."""
    words, n = st.words, len(st.words)
    state = genitive_state(st, k)
    if state is not None:       # "der Außenminister Frankreichs (,) Max Muster"
        return None, state.tok_end, st.person_at.get(state.tok_end)
    if k < n and words[k] in NOUN_COMPLEMENT_OPENERS:
        j = k + 1
        while j < n and (words[j] in DETERMINERS or any(x.label == "TITLE" for x in st.by_tok.get(j, []))
                         or _office_attribute(st, j)):
            j += 1
        if j in st.person_at:
            j2 = j
            while j2 < n and st.by_tok.get(j2) and any(x.label == "PER" for x in st.by_tok[j2]):
                j2 += 1
            return st.person_at[j], j2, None
        # "Präsident der Ukraine", "Sprecher des US-Außenministeriums (, ) John Kirby"
        while j < n and st.by_tok.get(j) and any(x.label in ("STATE", "ORG", "BODY", "CAPITAL")
                                                   for x in st.by_tok[j]):
            j += 1
        # an adjective ("der ukrainischen Regierung") leaves the noun phrase open
        if not any(x.label in ("STATE", "ORG", "BODY", "CAPITAL") and x.form != "adjective"
                   for x in st.by_tok.get(j - 1, [])):
            j = _noun_phrase_end(st, k, j)
        return None, j, (st.person_at[j] if j > k + 1 and j in st.person_at else None)
    if k + 1 < n and words[k] in _WORKPLACE_PREPOSITIONS and any(
            x.label in ("CAPITAL", "PLACE", "STATE") for x in st.by_tok.get(k + 1, [])):
        # "der russische Botschafter in Wien, Sergej Netschajew"
        return None, max(x.tok_end for x in st.by_tok[k + 1]), None
    return None, k, None


_PORTFOLIO_REACH = 6        # tokens of „für Wirtschaft, Energie und Umwelt“


def portfolio_holder(st: ReadingState, k: int) -> PersonDraft | None:
    """After the title word at k, „für“ and a short noun phrase of lower-case adjectives and nouns (maybe
    coordinated), then the holder's name, maybe after a comma: „Minister für Wirtschaft und Energie, Max Muster“."""
    words, n = st.words, len(st.words)
    if k + 2 >= n or words[k] not in german.FOR_PREPOSITIONS:
        return None
    j, nouns = k + 1, 0
    while j < n and j - k <= _PORTFOLIO_REACH and j not in st.person_at:
        w = words[j]
        if w == "," and j + 1 in st.person_at and nouns:
            # an apposition is closed: „…, Max Muster, sagte“, „…, Max Muster.“, not „…, Max Muster sei dagegen“
            end = person_name_end(st, j + 1) or n
            return st.person_at[j + 1] if end == n or not words[end][:1].isalnum() else None
        if w[:1].isupper() and not any(x.label in ("PER", "TITLE") for x in st.by_tok.get(j, [])):
            nouns += 1
        elif not (w in DETERMINERS or w in german.AND_GLUE or w.islower() and w.endswith(ADJECTIVE_ENDINGS)):
            return None
        j += 1
    return st.person_at[j] if nouns and j in st.person_at and words[j - 1] != "," else None


_WORKPLACE_REACH = 4        # tokens of „im Europäischen Parlament“, „in der Landeshauptstadt“


def workplace_end(st: ReadingState, k: int) -> int:
    """After the title word at k: the end of a short place of work („im Gemeinderat“, „im Europäischen
    Parlament“), where a comma and a name follow it; else k."""
    words, n = st.words, len(st.words)
    if k >= n or words[k] not in german.IN_PREPOSITIONS:
        return k
    j = k + 1
    while j < n and j - k < _WORKPLACE_REACH and (words[j] in DETERMINERS or words[j].islower()
                                                  and words[j].endswith(ADJECTIVE_ENDINGS)):
        j += 1
    spans = [x.tok_end for x in st.by_tok.get(j, []) if x.label != "PER"]
    end = max(spans) if spans else j + 1 if j < n and words[j][:1].isupper() else k
    if end + 1 < n and words[end] == "," and end + 1 in st.person_at:
        fired(HOLDER_WORKPLACE)
        return end
    return k


WORKPLACE_DESCRIBED = declare("title-holder-workplace-described", "title holder", "the name after a comma behind "
                               "a title and its place of work holds it also where a town's adjective stands before the "
                               "place's noun or a genitive follows it: „der Staatssekretär im Berliner "
                               "Arbeitsministerium, Max Muster, sagte“, „die Vorsitzende im Verband der Versicherer, Eva "
                               "Beispiel, sagte“; not „die Vorsitzende im Verband der Versicherer, Eva Beispiel und Max "
                               "Muster“ (no closed apposition)")


def described_workplace_end(st: ReadingState, k: int) -> int:
    """After the title word at k, where `workplace_end` found none: the end of a place of work whose noun a town's
    adjective („im Berliner Arbeitsministerium“) or a genitive („im Verband der Versicherer“) describes, where a comma
    and a closed apposition of a name follow it; else k."""
    words, n = st.words, len(st.words)
    if k >= n or words[k] not in german.IN_PREPOSITIONS:
        return k
    j = k + 1
    while j < n and j - k < _WORKPLACE_REACH and (words[j] in DETERMINERS or words[j].islower()
                                                  and words[j].endswith(ADJECTIVE_ENDINGS) or _town_adjective(st, j)):
        j += 1
    if j >= n or not words[j][:1].isupper() or j in st.person_at:
        return k
    end = max([x.tok_end for x in st.by_tok.get(j, []) if x.label != "PER"], default=j + 1)
    g = genitive_noun(words, end + 1) if end < n and words[end] in GENITIVE_ARTICLES else None
    if g is not None and g not in st.person_at:
        end = max([x.tok_end for x in st.by_tok.get(g, []) if x.label != "PER"], default=g + 1)
    return end if end + 1 < n and words[end] == "," and _closed_apposition(st, end) else k


def _town_adjective(st: ReadingState, j: int) -> bool:
    """The word at j is a capitalised adjective in „-er“ no name's hit covers, before a capitalised noun: „Berliner“,
    „Grazer“ in „im Berliner Arbeitsministerium“."""
    words = st.words
    return j + 1 < len(words) and words[j][:1].isupper() and words[j].isalpha() \
        and words[j].endswith(german.ER_SUFFIX) and words[j + 1][:1].isupper() \
        and not any(x.label in ("PER", "ORG", "TITLE") for x in st.by_tok.get(j, []))


def _noun_phrase_end(st: ReadingState, k: int, j: int) -> int:
    """ "der Chef der Internet-Polizei (IIP), Kamal Hadiafar", "der Partei Recht und Gerechtigkeit,
    Beata Szydło": a short noun phrase after the title at k, names taken whole."""
    words, n = st.words, len(st.words)
    crossed = None      # the first preposition the phrase runs past („für die Welt“), if any
    while j < n and j - k <= 10 and j not in st.person_at:
        spans = [x.tok_end for x in st.by_tok.get(j, []) if x.label in ("STATE", "ORG", "BODY")]
        if spans:
            j = max(spans)
        elif (words[j][:1].isupper() or words[j] in DETERMINERS or
              words[j].endswith(CASE_ENDINGS)) and words[j] not in _TITLE_STOPS:
            j += 1
        elif words[j] in _TITLE_JOINERS and j + 1 < n and words[j + 1][:1].isupper() \
                and j + 1 not in st.person_at:
            j += 1      # "der Kommission für Menschenrechte und Nationale Versöhnung"
        elif words[j] in _COMPLEMENT_PREPOSITIONS and j + 1 < n and j + 1 not in st.person_at and (
                words[j + 1][:1].isupper() or words[j + 1] in DETERMINERS):
            crossed = j if crossed is None else crossed
            j += 1      # "des Krisenstabes für die Flüchtlingskrise", "der Geschäftsführung von Wien Energie"
        else:
            break
    if crossed is not None and not _closed_apposition(st, j):
        return crossed
    if crossed is not None:
        fired(COMPLEMENT_PREPOSITION)
    return j


COMPLEMENT_PREPOSITION = declare("title-complement-preposition", "title holder", "a title's complement may run "
                                 "past a preposition to the comma before its holder, where the apposition closes: "
                                 "„der Sprecher des Krisenstabs für die Flüchtlingskrise, Max Muster, sagte“")

_COMPLEMENT_PREPOSITIONS = german.FOR_PREPOSITIONS | german.IN_PREPOSITIONS | german.NOUN_COMPLEMENT_OPENERS


def _closed_apposition(st: ReadingState, j: int) -> bool:
    """A comma at j, a person's name, and no word after it: „…, Max Muster, sagte“, „…, Max Muster.“"""
    words, n = st.words, len(st.words)
    end = person_name_end(st, j + 1) if j + 1 < n and words[j] == "," else None
    return end is not None and (end == n or not words[end][:1].isalnum())


def past_affiliation(st: ReadingState, j: int) -> int:
    """Past a bracket and a genitive state or organisation: "... (IIP) des Iran, Kamal Hadiafar"; past a region
    after a party (`past_party_region`)."""
    words, n = st.words, len(st.words)
    if j < n and words[j] == "(":
        while j < n and words[j] != ")":
            j += 1
        j += 1
    if j + 1 < n and words[j] in GENITIVE_ARTICLES and any(x.label in ("STATE", "ORG", "CAPITAL")
                                                         for x in st.by_tok.get(j + 1, [])):
        j = max(x.tok_end for x in st.by_tok[j + 1])
    return past_party_region(st, j)


PARTY_REGION = declare("title-holder-party-region", "title holder", "a region or town named right after a party "
                       "in a title's complement names the party's branch there, and the name after the comma holds "
                       "the title: „die Chefin der SPÖ Kärnten, Eva Muster, sagte“ → Eva Muster memberOf SPÖ")


def past_party_region(st: ReadingState, j: int) -> int:
    """Past the region or town at j after a party, where a comma and a name follow: „der Chef der SPÖ Kärnten,
    Max Muster“."""
    words, n = st.words, len(st.words)
    if not (j + 2 < n and words[j + 1] == "," and j + 2 in st.person_at and words[j] in region_names()):
        return j
    if any(x.label == "ORG" and x.tok_end == j and st.orgs[x.key].kind == "party" for x in st.by_tok.get(j - 1, [])):
        fired(PARTY_REGION)
        return j + 1
    return j

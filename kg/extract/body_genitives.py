"""A body no list holds, named by the genitive after its head's title: „die Vorsitzende der Jungen Fabrikanten, Eva
Muster“, „Max Muster, Chef der Sozialistischen Gärtner,“.

A title's genitive that declines capitalised adjectives before a capitalised noun („der Jungen Fabrikanten“) is a
name by its form: inside a sentence only a name capitalises an adjective. So are two or three capitalised words side
by side after a genitive or „von“ („der Bundesvereinigung Lagertechnik“, „des Quorvo Instituts“, „der Lindauer
Bergrettung“): German joins two nouns by a compound, a genitive or a preposition, a name by juxtaposition. So is one
word of capitalised parts joined by hyphens whose last is a common noun („von Fernau-Tourismus“). Where no hit covers
those words, the title is an official's and a person holds it (named after the phrase and a comma, or before the
title and a comma), the words become an organisation in the nominative, which `title-affiliation-after` then reads as
the holder's affiliation. Not a state's own body („der Steirischen Landesregierung“, `state_body_nouns.tsv`): its
holder acts for the state.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Das sei falsch, sagte die Vorsitzende der Jungen Fabrikanten, Eva Muster."
>>> [(e.key, e.affiliations) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities]
[('org:junge-fabrikanten', ()), ('person:eva-muster', ('org:junge-fabrikanten',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired
from kg.nlp.hits import Hit
from kg.nlp.orgheads import org_heads
from kg.nlp.orgnames import nominative

TITLE_GENITIVE = declare("title-genitive-body", "entities", "an official's title followed by a genitive of "
                         "capitalised adjectives and a capitalised noun that no rule reads names that body, for which "
                         "the holder named beside it acts: „die Vorsitzende der Jungen Fabrikanten, Eva Muster“, „Max "
                         "Muster, Chef der Sozialistischen Gärtner,“; not before an acronym in brackets („des "
                         "Österreichischen Fabrixtags (ÖFT)“: title-affiliation-adjective-body), not „der Chef der Fabrik, Max Muster“ (no "
                         "adjective: no name by its form), „der Sprecher der Steirischen Landesregierung, Max Muster“ "
                         "(a state's own body), nor a title with no holder beside it")
TITLE_NAMES = declare("title-genitive-names-body", "entities", "an official's title followed by a genitive or „von“ "
                      "and two or three capitalised words side by side, which only a name writes, that no rule reads "
                      "names that body, for which the holder named beside it acts: „Max Muster, Präsident der "
                      "Bundesvereinigung Lagertechnik,“, „der Chef des Quorvo Instituts, Max Muster“ (Quorvo "
                      "Institut), „Eva Muster, Sprecherin der Lindauer Bergrettung.“, or one word of capitalised "
                      "parts joined by hyphens whose last is a common noun („der Geschäftsführer von Fernau-Tourismus, "
                      "Max Muster“); not one plain word („der Chef der Fabrik, Max Muster“), nor a surname's parts "
                      "(„der Sprecher von Kessler-Lindquist, Max Muster“), a state's own body („der Sprecher der "
                      "Bundesregierung Nordlands, Max Muster“), words a rule reads („der Sprecher von Präsident Max "
                      "Muster“), nor before an acronym in brackets")
_STATE_BODY_NOUNS = tuple(resources.listed_words("state_body_nouns.tsv"))
_NAME_WORDS = range(2, 4)       # „Bundesvereinigung Lagertechnik“, „Quorvo Media Group“
_NAME_ENDS = frozenset({",", ".", ";", ":"})    # what follows the name: the holder's comma or the sentence's end
_WEAK_ENDING = german.WEAK_NOUN_ENDING      # „-en“: an adjective after „der“/„des“


def _name_span(st: ReadingState, h: Hit) -> tuple[int, int] | None:
    """(first, end) of the capitalised adjectives and noun of the title hit h's genitive that no hit covers."""
    words, k = st.words, h.tok_end
    if k + 2 >= len(words) or words[k] not in german.GENITIVE_ARTICLES:
        return None
    j = k + 1
    while j < len(words) and words[j][:1].isupper() and words[j].isalpha():
        j += 1          # the capitalised words: adjectives, then the noun
    if j - k < 3 or not all(w.endswith(_WEAK_ENDING) for w in words[k + 1:j - 1]) \
            or words[j - 1].lower().endswith(_STATE_BODY_NOUNS) or any(st.by_tok.get(t) for t in range(k + 1, j)) \
            or j < len(words) and words[j] == "(":
        return None     # a name spelled before its acronym is the acronym's: „des Österreichischen Fabrixtags (ÖFT)“
    return k + 1, j


def _names_span(st: ReadingState, h: Hit) -> tuple[int, int] | None:
    """(first, end) of the two or three capitalised words side by side after the title hit h's genitive article or
    „von“ that no hit covers, ending the phrase before a comma or the sentence's end."""
    words, k = st.words, h.tok_end
    if k + 3 >= len(words) or words[k] not in _NAME_LINKS:
        return None
    j = k + 1
    while j < len(words) and j - k <= _NAME_WORDS[-1] + 1 and _capitalised(words[j]):
        j += 1
    if not (j - k - 1 in _NAME_WORDS or j - k == 2 and _compound_name(words[k + 1])) or j >= len(words) \
            or words[j] not in _NAME_ENDS \
            or words[j - 1].lower().endswith(_STATE_BODY_NOUNS) or any(st.by_tok.get(t) for t in range(k + 1, j)):
        return None
    return k + 1, j


_NOUNS = resources.common_nouns()
_NAME_LINKS = german.GENITIVE_ARTICLES | german.PLAIN_FROM_PREPOSITIONS


def _compound_name(word: str) -> bool:
    """Whether a lone word is a name by its form: capitalised parts joined by hyphens, the last a common noun, maybe
    in the genitive („Fernau-Tourismus“, „Quorvo-Kommission“); a surname's parts are names („Meier-Lassing“)."""
    parts = word.split("-")
    return len(parts) > 1 and all(x[:1].isupper() for x in parts) and any(
        s in _NOUNS for s in (parts[-1], *german.genitive_stems(parts[-1])))


def _capitalised(word: str) -> bool:
    """A capitalised word of letters, maybe with hyphens inside: „Lagertechnik“, „Serpentine-Galerie“."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.endswith("-")


def _names_nominative(st: ReadingState, i: int, j: int) -> str:
    """The name of words[i:j] after „des“ in the nominative: the first word in „-s“ or „-es“ whose stem heads an
    organisation or is a common noun (`common_words.txt`) loses it, the longer ending first („des Quorvo Instituts“
    → Quorvo Institut, „des Vereins Quorvo“ → Verein Quorvo, „des Landkreises Nordheim“ → Landkreis Nordheim)."""
    name = list(st.words[i:j])
    if st.words[i - 1] in german.MASCULINE_GENITIVE_ARTICLES:
        for n, w in enumerate(name):
            stem = next((s for s in reversed(german.genitive_stems(w))
                         if org_heads().kind(s) or s.rsplit("-", 1)[-1] in _NOUNS), None)
            if stem is not None:
                name[n] = stem
                break
    return " ".join(name)


def _held(st: ReadingState, h: Hit, end: int) -> bool:
    """Whether a person's name stands after the title's phrase (ending at `end`) and a comma, or before the title
    and a comma, past its article and lower-case adjectives."""
    words = st.words
    if end + 1 < len(words) and words[end] == "," and any(x.label == "PER" for x in st.by_tok.get(end + 1, ())):
        return True
    b = h.tok - 1
    while b > 0 and (words[b].lower() in german.ARTICLES or words[b].islower()) and h.tok - b <= 3:
        b -= 1
    return b > 0 and words[b] == "," and any(x.label == "PER" and x.tok_end == b for x in st.by_tok.get(b - 1, ()))


def _add_body(st: ReadingState, name: str, i: int, j: int, rule: str) -> None:
    """The organisation `name` at the tokens i…j, read by `rule`."""
    st.orgs.setdefault(name, resources.OrgRecord(name, (), "other", None))
    end = st.idx[j - 1] + len(st.words[j - 1])
    st.add_hit(Hit(st.idx[i], end, "ORG", name, st.text[st.idx[i]:end], i, j, "context:other", rule))
    fired(rule)


def body_genitives(st: ReadingState) -> None:
    """Add the bodies named by an official title's genitive, as organisations where no hit covers them."""
    added = False
    for h in list(st.hits):
        if h.label != "TITLE" or h.form != "yes":
            continue
        span, rule = _name_span(st, h), TITLE_GENITIVE
        if span is None:
            span, rule = _names_span(st, h), TITLE_NAMES
        if span is None or not _held(st, h, span[1]):
            continue
        i, j = span
        if rule == TITLE_GENITIVE:
            adjectives = frozenset(st.words[i:j - 1])
            name = nominative(st.words, i, j, adjectives.__contains__)
        else:
            name = _names_nominative(st, i, j)
        _add_body(st, name, i, j, rule)
        added = True
    if added:
        st.hits.sort(key=lambda x: (x.start, -x.end))

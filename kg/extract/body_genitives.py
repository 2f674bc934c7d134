"""A body no list holds, named by the genitive after its head's title: „die Vorsitzende der Jungen Fabrikanten, Eva
Muster“, „Max Muster, Chef der Sozialistischen Gärtner,“.

A title's genitive that declines capitalised adjectives before a capitalised noun („der Jungen Fabrikanten“) is a
name by its form: inside a sentence only a name capitalises an adjective. Where no hit covers those words, the title
is an official's and a person holds it (named after the phrase and a comma, or before the title and a comma), the
words become an organisation in the nominative, which `title-affiliation-after` then reads as the holder's
affiliation. Not a state's own body („der Steirischen Landesregierung“, `state_body_nouns.tsv`): its holder acts for
the state.

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
from kg.nlp.orgnames import nominative

TITLE_GENITIVE = declare("title-genitive-body", "entities", "an official's title followed by a genitive of "
                         "capitalised adjectives and a capitalised noun that no rule reads names that body, for which "
                         "the holder named beside it acts: „die Vorsitzende der Jungen Fabrikanten, Eva Muster“, „Max "
                         "Muster, Chef der Sozialistischen Gärtner,“; not before an acronym in brackets („des "
                         "Österreichischen Fabrixtags (ÖFT)“: title-affiliation-adjective-body), not „der Chef der Fabrik, Max Muster“ (no "
                         "adjective: no name by its form), „der Sprecher der Steirischen Landesregierung, Max Muster“ "
                         "(a state's own body), nor a title with no holder beside it")
_STATE_BODY_NOUNS = tuple(resources.listed_words("state_body_nouns.tsv"))
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


def body_genitives(st: ReadingState) -> None:
    """Add the bodies named by an official title's genitive, as organisations where no hit covers them."""
    added = False
    for h in list(st.hits):
        if h.label != "TITLE" or h.form != "yes" or (span := _name_span(st, h)) is None or not _held(st, h, span[1]):
            continue
        i, j = span
        adjectives = frozenset(st.words[i:j - 1])
        name = nominative(st.words, i, j, adjectives.__contains__)
        st.orgs.setdefault(name, resources.OrgRecord(name, (), "other", None))
        hit = Hit(st.idx[i], st.idx[j - 1] + len(st.words[j - 1]), "ORG", name, st.text[st.idx[i]:st.idx[j - 1]
                  + len(st.words[j - 1])], i, j, "context:other", TITLE_GENITIVE)
        st.add_hit(hit)
        fired(TITLE_GENITIVE)
        added = True
    if added:
        st.hits.sort(key=lambda x: (x.start, -x.end))

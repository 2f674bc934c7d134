"""An office named as such: „das Amt des Bundespräsidenten“, „den Posten des Kulturministers“.

The title in the genitive after an office noun (`grammar_nouns.tsv`, kind office) names no holder
of its own: the clause's verb says who took or holds it (`office_verbs.tsv`, kind take: „trat …
an“, „übernahm“, „füllte … aus“), and a verb of succession says whom he followed in it (kind
follow: „als er dem X folgte“). Both are officials of that title; `titles.titles` reads their role
and affiliation as for any title.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Später trat Max Muster das Amt des Bundespräsidenten an."
>>> [(e.name, e.type, e.role) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities]
[('Max Muster', 'Official', 'Bundespräsident')]
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.person_spans import person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare
from kg.nlp.hits import Hit

OFFICE_HOLDER = declare("title-office-holder", "title holder", "the person a clause names before „das Amt des "
                        "T“ („den Posten des T“), whose verb takes or holds the office (`office_verbs.tsv`: „trat … "
                        "an“, „übernahm“, „hatte … inne“), holds T: „Später trat Max Muster das Amt des "
                        "Bundespräsidenten an“ → Max Muster, Bundespräsident; not „Max Muster bewarb sich um das Amt "
                        "des Bürgermeisters“")
OFFICE_PREDECESSOR = declare("title-office-predecessor", "title holder", "the person named right before a verb "
                             "of succession that ends its clause („folgte“, „ablöste“; `office_verbs.tsv`), in the "
                             "sentence of a clause that takes or holds „das Amt des T“, held T before: „Er übernahm "
                             "das Amt des Kulturministers, als er dem Max Muster folgte“ → Max Muster, Kulturminister; "
                             "not „…, als er Max Muster traf“")
_REACH = 12         # tokens between the office and the holder or the predecessor's verb
_ADJECTIVES = 2     # adjectives between the genitive article and the title: „das Amt des neuen Kulturministers“


@lru_cache(maxsize=1)
def _verbs() -> dict[str, dict[str, str]]:
    """kind („take“, „follow“) → verb form → the particle that must end its clause (or "")."""
    out: dict[str, dict[str, str]] = {}
    for kind, form, *particle in resources.commented_rows("office_verbs.tsv"):
        out.setdefault(kind, {})[form] = particle[0] if particle else ""
    return out


def office_holders(st: ReadingState, h: Hit) -> list[tuple[PersonDraft, str]]:
    """The holders of the title hit h that follows an office noun in the genitive, each with the rule that read it:
    the clause's named subject (`OFFICE_HOLDER`), the one he followed in it (`OFFICE_PREDECESSOR`)."""
    office = _office_noun(st, h)
    if office is None:
        return []
    start, end = _clause(st, office)
    if not _takes(st, start, end):
        return []
    found = []
    holder = next((st.person_at[k] for k in range(office - 1, max(start, office - _REACH) - 1, -1)
                   if k in st.person_at), None)
    if holder is not None:
        found.append((holder, OFFICE_HOLDER))
    before = _predecessor(st, office, range(office - 1, max(-1, office - _REACH), -1))
    after = _predecessor(st, office, range(h.tok_end, min(len(st.words), h.tok_end + _REACH)))
    for p in (before, after):
        if p is not None and p is not holder:
            found.append((p, OFFICE_PREDECESSOR))
    return found


def _office_noun(st: ReadingState, h: Hit) -> int | None:
    """The token of the office noun before the title hit h, past a genitive article and a few adjectives: „das Amt
    des (neuen) Kulturministers“."""
    words, b = st.words, h.tok - 1
    while b >= 0 and h.tok - b <= _ADJECTIVES and words[b].islower() and words[b].endswith(german.ADJECTIVE_ENDINGS) \
            and words[b] not in german.ARTICLES:
        b -= 1
    if b < 1 or words[b] not in german.GENITIVE_ARTICLES or words[b - 1] not in german.OFFICE_NOUNS:
        return None
    return b - 1 if b >= 2 and words[b - 2].lower() in german.ARTICLES else None     # „das Amt“, not „um Amt“


def _clause(st: ReadingState, i: int) -> tuple[int, int]:
    """The tokens [start, end) of the clause around token i: up to a comma or the sentence's ends, within reach."""
    words, s = st.words, st.sent_of[i]
    start = i
    while start > 0 and i - start < _REACH and st.sent_of[start - 1] == s and words[start - 1] not in _CLAUSE_STOPS:
        start -= 1
    end = i + 1
    while end < len(words) and end - i < _REACH and st.sent_of[end] == s and words[end] not in _CLAUSE_STOPS:
        end += 1
    return start, end


_CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", "–", "-"})


def _takes(st: ReadingState, start: int, end: int) -> bool:
    """Whether the clause [start, end) has a verb of taking or holding an office, its particle closing the clause
    where it has one („trat … an“)."""
    words, take = st.words, _verbs().get("take", {})
    last = words[end - 1] if words[end - 1][:1].isalnum() or end - 2 < start else words[end - 2]    # before a full stop
    return any(w in take and take[w] in ("", last) for w in words[start:end])


def _predecessor(st: ReadingState, office: int, toks: range) -> PersonDraft | None:
    """The person named right before a verb of succession at one of the tokens toks, in the office's sentence."""
    follow, words = _verbs().get("follow", {}), st.words
    for k in toks:
        if st.sent_of[k] != st.sent_of[office]:
            return None
        if words[k] in follow:
            found = person_ending_at(st, k)
            return found[1] if found is not None else None
    return None

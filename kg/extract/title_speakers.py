"""A state's official named by his title alone, then by his name as the next speaker: „Der lorcanische
Finanzminister will mehr Zeit. Jannis Beispilos sagte am Montag, …“ → Jannis Beispilos, Finanzminister of
Lorcanien. One title without a holder, one bare speaker just after it, and no one else between.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Der polnische Finanzminister will mehr Zeit. Jan Beispielski sagte am Montag, man brauche zwei Monate."
>>> [(e.name, e.type, e.role, e.affiliations) for e in read_entities(build_nlp()(text),
...  Article(id="x", text=text)).entities if e.type in ("Official", "Person")]
[('Jan Beispielski', 'Official', 'Finanzminister', ('state:polen',))]
"""
from __future__ import annotations

from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare
from kg.extract.title_elsewhere import masculine, named_state
from kg.extract.title_interviews import names_one
from kg.nlp.gazetteer_words import COLLEAGUE
from kg.nlp.hits import Hit

_WINDOW = 2     # sentences after the title's in which the speaker is first named

NEXT_SPEAKER = declare("title-next-speaker", "title holder", "a state official's title (not „der ukrainische Komponist“) no name holds, singular after a "
                       "definite article or the state's genitive, is held by the bare name that speaks first in the "
                       "next sentence or the one after (a verb of saying right before or after the name): „Der "
                       "lorcanische Finanzminister will mehr Zeit. Jannis Beispilos sagte am Montag, …“ → Finanzminister "
                       "of Lorcanien; not where the article has a second such title („… der ameranische Finanzminister "
                       "…“), or someone holds that title by name, nor where another person is named between, nor "
                       "„sagte der Ökonom Max Muster“ (a description, not a bare name), nor a person with a role")


def next_speaker(st: ReadingState, unheld: list[Hit]) -> tuple[Hit, PersonDraft] | None:
    """The one unheld state title of the article and the bare speaker who holds it, or None. The states are read
    last: reading one may add a draft („Wiens Bürgermeister“ → Österreich)."""
    titled = [h for h in unheld if h.form not in ("no", COLLEAGUE) and names_one(st, h)]
    if not titled or len({masculine(h.key) for h in titled}) != 1 or _held_elsewhere(st, titled[0]):
        return None
    h = titled[-1]
    after = sorted(((tok, p) for tok, p in _first_mentions(st) if tok > h.tok), key=lambda m: m[0])
    if not after:
        return None
    tok, p = after[0]
    if st.sent_of[tok] - st.sent_of[h.tok] not in range(1, _WINDOW + 1) or not _bare(p) or not _speaks(st, tok) \
            or _other_title_between(st, h, tok):
        return None
    return (h, p) if len({named_state(st, x) for x in titled} - {None}) == 1 and named_state(st, h) else None


def _first_mentions(st: ReadingState) -> list[tuple[int, PersonDraft]]:
    """Each person with the token of the first mention."""
    firsts: dict[int, tuple[int, PersonDraft]] = {}
    for tok, p in sorted(st.person_at.items()):
        firsts.setdefault(id(p), (tok, p))
    return list(firsts.values())


def _other_title_between(st: ReadingState, h: Hit, tok: int) -> bool:
    """Whether another title („der Notenbankchef“) stands between the title at h and the name at tok."""
    return any(x.label == "TITLE" and h.tok < x.tok < tok and masculine(x.key) != masculine(h.key) for x in st.hits)


def _held_elsewhere(st: ReadingState, h: Hit) -> bool:
    """Whether a named person holds the title of h (any state, either gender) somewhere in the article."""
    title = masculine(h.key)
    return any(x.label == "TITLE" and masculine(x.key) == title for p in st.person_at.values()
               if p.title_tok is not None for x in st.by_tok.get(p.title_tok, ()))


def _bare(p: PersonDraft) -> bool:
    """Whether nothing gave the person an office, an affiliation or a listed role."""
    return not p.official and p.role is None and p.affiliation is None and not (p.known and p.known.role)


def _speaks(st: ReadingState, tok: int) -> bool:
    """Whether a verb of saying stands right before the name at tok or right after it."""
    end = name_end(st, tok)
    return (tok > 0 and st.words[tok - 1] in SPEECH_VERBS) or (end < len(st.words) and st.words[end] in SPEECH_VERBS)

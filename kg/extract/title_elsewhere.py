"""The state another mention of an official's title names: „Der griechische Finanzminister will Zeit. … Finanzminister
Jannis Beispilos sagte …“ — a rule of `OFFICIAL_AFFILIATION` tried before the context rules of
`affiliation_context`, so a dateline („Berlin –“) or the state named most does not place him.
"""
from __future__ import annotations

from kg import german
from kg.extract.affiliation_words import OFFICIAL_AFFILIATION
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.title_affiliation import TITLE_AFFILIATION
from kg.nlp.hits import Hit

_STATE_RULES = ("title-affiliation-prefix", "title-affiliation-before", "title-affiliation-genitive")


@OFFICIAL_AFFILIATION.rule("official-affiliation-title-elsewhere", "an official whose title names no state acts "
                           "for the one state that the article's mentions of the same title with no holder name "
                           "(„der griechische Finanzminister“, „Griechenlands Finanzminister“, „die Finanzministerin "
                           "Griechenlands“): „Berlin – Der griechische Finanzminister will Zeit. … Finanzminister Jannis "
                           "Beispilos sagte …“ for Griechenland, not for Deutschland; not where those mentions name two "
                           "states, nor a mention that names its own holder („der deutsche Finanzminister Max Muster“) or a state "
                           "another holder's title names („Österreichs Außenminister Jan Beispiel … des "
                           "österreichischen Außenministers“)")
def _affiliation_title_elsewhere(st: ReadingState, p: PersonDraft, tok: int) -> str | None:
    own = _title_hit(st, p.title_tok)
    states = _free_title_states(st).get(masculine(own.key), set()) if own is not None else set()
    return next(iter(states)) if len(states) == 1 else None


def _free_title_states(st: ReadingState) -> dict[str, set[str]]:
    """By title (masculine), the states its mentions without holder name, but those a holder's own title names: a
    mention without holder may name one again („Österreichs Außenminister Max Muster … des österreichischen
    Außenministers“); read once per article."""
    if st.free_title_states is None:
        holders = [(q, h) for q in st.people.values() if (h := _title_hit(st, q.title_tok)) is not None]
        held = {h.tok for _, h in holders}
        theirs = {(masculine(h.key), q.affiliation) for q, h in holders}
        st.free_title_states = {}
        for title, hits in _titles(st).items():
            states = {key for h in hits if h.tok not in held for key in [named_state(st, h)] if key is not None}
            states -= {key for t, key in theirs if t == title}
            if states:
                st.free_title_states[title] = states
    return st.free_title_states


def _title_hit(st: ReadingState, tok: int | None) -> Hit | None:
    """The title hit that starts at token tok."""
    return next((x for x in st.by_tok.get(tok, ()) if x.label == "TITLE" and x.tok == tok), None) \
        if tok is not None else None


def _titles(st: ReadingState) -> dict[str, list[Hit]]:
    """The article's title hits by their key in the masculine form („Finanzministerin“ → Finanzminister)."""
    found: dict[str, list[Hit]] = {}
    for h in st.hits:
        if h.label == "TITLE":
            found.setdefault(masculine(h.key), []).append(h)
    return found


def masculine(title: str) -> str:
    """A title's masculine form: „Finanzministerin“ → „Finanzminister“."""
    return title.removesuffix(german.FEMININE_ENDING)


def named_state(st: ReadingState, h: Hit) -> str | None:
    """The key of the State that a title mention names by a prefix, a word before it or a genitive after it."""
    for r in TITLE_AFFILIATION.rules:
        if r.name in _STATE_RULES:
            key = r.fn(st, h, None)
            if key is not None:
                return key if st.drafts[key].type == "State" else None
    return None

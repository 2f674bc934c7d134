"""The body a state-owned company's head acts for: a title whose genitive names its body as the state's by its kind
alone („der Chef der Staatsholding“, „die Chefin der staatlichen Beteiligungsgesellschaft“) refers to the one
organisation the article introduces by a noun of that kind („die staatliche Beteiligungsholding Öbib“) or whose name
ends in it („die Deutsche Bahn“ for „der Chef der Staatsbahn“). German news names such a body once by its name and
then by what it is; its head acts for the body as well as for the state (`official-affiliation-state-owned-body`).
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.affiliation_words import state_body_noun
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired

STATE_OWNED_HEAD = declare("official-affiliation-state-owned-head", "official affiliation", "an official tied to a "
                           "state (and maybe a party) only, whose title's genitive names its body as the state's by a "
                           "noun alone („der Staatsholding“, „der staatlichen Bahn“, „des Staatskonzerns“; "
                           "`state_owned_stems.tsv`), acts for the one organisation as well that the article names "
                           "right after a noun ending in that noun's kind, or a word of whose name ends in it: „Die "
                           "staatliche Beteiligungsholding Quorvia verkauft Anteile. Das sei richtig, sagte die Chefin "
                           "der Staatsholding, Eva Muster“ for the state and Quorvia; not where a name follows the "
                           "noun („der Staatsholding Quorvia“: read by the title's rules), nor where two organisations "
                           "are so named, nor a state's own organ („der Staatsanwaltschaft“)")
_STATE_OWNED_STEMS = tuple(resources.listed_words("state_owned_stems.tsv"))
_MIN_KIND = 4                   # letters of a body's kind noun: „bahn“, „holding“
_NOT_BODIES = frozenset({"party", "media"})


def state_owned_heads(st: ReadingState) -> None:
    """Each official tied to a state only whose title's genitive names a state-owned body by its kind acts for the
    one organisation of that kind the article names (see STATE_OWNED_HEAD)."""
    for p in st.people.values():
        d = st.drafts.get(p.key) if p.key else None
        if d is None or d.type != "Official" or p.title_tok is None or not _state_only(st, d.affiliations):
            continue
        kind = _state_owned_kind(st.words, p.title_tok)
        body = _named_of_kind(st, kind) if kind else None
        if body is not None and body not in d.affiliations:
            fired(STATE_OWNED_HEAD)
            d.affiliate(body, STATE_OWNED_HEAD)


def _state_only(st: ReadingState, keys: list[str]) -> bool:
    """Whether the affiliations hold a state and else only parties."""
    drafts = [st.drafts.get(k) for k in keys]
    return any(d is not None and d.type == "State" for d in drafts) and all(
        d is not None and (d.type == "State" or d.kind == "party") for d in drafts)


def _state_owned_kind(words: list[str], k: int) -> str | None:
    """The kind noun, lower case, of a state-owned body the genitive after the title at k names alone: „der
    Staatsholding“ → „holding“, „der staatlichen Beteiligungsgesellschaft“ → „beteiligungsgesellschaft“; None where
    the genitive names no such body, or a name follows it."""
    if k + 2 >= len(words) or words[k + 1] not in german.GENITIVE_ARTICLES:
        return None
    j, owned = k + 2, False
    while j < len(words) - 1 and words[j].islower() and words[j].endswith(german.ADJECTIVE_ENDINGS):
        owned = owned or words[j].startswith(_STATE_OWNED_STEMS)
        j += 1
    noun = words[j]
    if not noun[:1].isupper() or state_body_noun(noun) or j + 1 < len(words) and words[j + 1][:1].isupper():
        return None
    low = min((noun, *german.genitive_stems(noun)), key=len).lower()
    # „Staatsholding“: a stem that opens the noun itself makes the body the state's; the rest is its kind
    stem = max((s for s in _STATE_OWNED_STEMS if low.startswith(s)), key=len, default="")
    if stem and len(low) - len(stem) >= _MIN_KIND:
        return low[len(stem):]
    return low if owned and len(low) >= _MIN_KIND else None


def _named_of_kind(st: ReadingState, kind: str) -> str | None:
    """The key of the one organisation (no party, no medium) the article names right after a noun ending in `kind`,
    or a word of whose name ends in it, maybe with a case or plural ending („Bundesbahnen“ for „bahn“)."""
    words, keys = st.words, set()
    for m in st.mentions:
        d = st.drafts.get(m.key)
        if d is None or d.type != "Organization" or d.kind in _NOT_BODIES:
            continue
        t = st.tok_at(m.start)
        before = words[t - 1].lower() if t > 0 else ""
        if before.endswith(kind) or any(_ends_in(w.lower(), kind) for w in d.name.split()):
            keys.add(m.key)
    return keys.pop() if len(keys) == 1 else None


_ENDING = 2     # letters of a case or plural ending after the kind noun in a name: „Bundesbahnen“


def _ends_in(word: str, kind: str) -> bool:
    """Whether the word ends in the kind noun, maybe with a case or plural ending of up to two letters."""
    return any(word[:len(word) - n].endswith(kind) for n in range(_ENDING + 1))

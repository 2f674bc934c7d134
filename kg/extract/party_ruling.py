"""The party that governs a state is the party of its head of government: „Die HDP wirft Präsident Erdoğan
Propaganda vor. Sie bezichtigt die regierende AKP …“ → Erdoğan memberOf AKP. Only where the reading is sure: the
article calls one party of that state the governing one and names no coalition, and one head of government of that
state (a head of state where it names none) has no party yet. The words are `kg/data/ruling_words.tsv`.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Präsident Recep Tayyip Erdoğan sprach in Ankara. Die Opposition kritisiert die regierende AKP."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:recep-tayyip-erdogan', 'org:akp')]
"""
from __future__ import annotations

from kg import resources
from kg.extract.party_lookup import distinct_people, party_after, state_of
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import rule
from kg.german import DETERMINERS

_RULING = resources.kind_words("ruling_words.tsv", "ruling")
_COALITION = tuple(sorted(resources.kind_words("ruling_words.tsv", "coalition")))
_GOVERNMENT_HEADS = resources.kind_words("ruling_words.tsv", "government-head")
_STATE_HEADS = resources.kind_words("ruling_words.tsv", "state-head")
_ADVERB_REACH = 2       # adverbs between the article and „regierende“: „die heute wieder regierende“


def _ruling_party(st: ReadingState, k: int) -> str | None:
    """The party „regierende“ at token k calls governing: after an article (and adverbs) before it and adjectives
    after it („die bisher regierende rechtskonservative Volkspartei (PP)“); not „die im Gazastreifen regierende Hamas“
    (a place: where it governs)."""
    words, b = st.words, k - 1
    while b >= 0 and k - b <= _ADVERB_REACH and words[b].islower() and words[b].isalpha() \
            and words[b] not in DETERMINERS:
        b -= 1
    if b < 0 or words[b].lower() not in DETERMINERS:
        return None
    j = k + 1
    while j < len(words) and words[j][:1].islower() and words[j].replace("-", "").isalpha() and not st.by_tok.get(j):
        j += 1      # "islamisch-konservative", which `party_after` does not pass
    return party_after(st, j) if j + 1 < len(words) else None


def _ruling_parties(st: ReadingState) -> dict[str, str]:
    """Each state's one governing party the article names (a state it names two of has none), where it names no
    coalition."""
    found: dict[str, set[str]] = {}
    for k in [k for k, w in enumerate(st.words) if w in _RULING]:
        party = _ruling_party(st, k)
        state = st.orgs[party].state if party is not None else None
        if state is not None:
            found.setdefault(state, set()).add(party)
    if not found or any(c in w.lower() for w in st.words for c in _COALITION):
        return {}
    return {state: parties.pop() for state, parties in found.items() if len(parties) == 1}


def _heads(st: ReadingState, ruling: dict[str, str]) -> dict[str, PersonDraft]:
    """For each state with a governing party, its one head of government the article names, or where it names none,
    its one head of state; a state with two is left out."""
    government: dict[str, list[PersonDraft]] = {}
    state_heads: dict[str, list[PersonDraft]] = {}
    for p in distinct_people(st):
        home = state_of(st, p) if p.role in _GOVERNMENT_HEADS or p.role in _STATE_HEADS else None
        if home in ruling:
            (government if p.role in _GOVERNMENT_HEADS else state_heads).setdefault(home, []).append(p)
    out = {}
    for state in ruling:
        heads = government.get(state) or state_heads.get(state) or []
        if len(heads) == 1:
            out[state] = heads[0]
    return out


@rule("relation-party-ruling", "the one party an article calls governing its state („die regierende AKP“) is the "
      "party of that state's one head of government it names (its head of state where it names none): „Präsident "
      "Erdoğan sprach. Die Opposition kritisiert die regierende AKP.“ → memberOf AKP; not where it names a coalition "
      "or two governing parties of the state", "relations")
def ruling_parties(st: ReadingState) -> None:
    ruling = _ruling_parties(st)
    for state, p in _heads(st, ruling).items() if ruling else ():
        if not p.party:
            p.join(ruling[state], "relation-party-ruling", official=True)

"""The party that governs a state is the party of its head of government: „Die HDP wirft Präsident Max Muster
Wahlbetrug vor. Sie beschuldigt die regierende AKP …“ → Muster memberOf AKP; also „die Regierungspartei AKP“ and
„die AKP-Regierung“. Only where the reading is sure: the article calls one party of that state the governing one (not a
former one: „die frühere AKP-Regierung“) and names no coalition, and one head of government of that
state (a head of state where it names none) has no party yet. The words are `kg/data/ruling_words.tsv`.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Präsident Recep Tayyip Erdoğan sprach in Ankara. Die Opposition kritisiert die regierende AKP."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:recep-tayyip-erdogan', 'org:akp')]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.party_lookup import before_adjectives, distinct_people, party_after, state_of
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, rule
from kg.german import DETERMINERS, INDEFINITE_ARTICLES

_RULING = resources.kind_words("ruling_words.tsv", "ruling")
_COALITION = tuple(sorted(resources.kind_words("ruling_words.tsv", "coalition")))
_GOVERNMENT_HEADS = resources.kind_words("ruling_words.tsv", "government-head")
_STATE_HEADS = resources.kind_words("ruling_words.tsv", "state-head")
_RULING_NOUNS = resources.kind_words("ruling_words.tsv", "ruling-noun")
_GOVERNMENTS = resources.kind_words("ruling_words.tsv", "government")
_PAST = resources.kind_words("ruling_words.tsv", "past")
_LED = resources.kind_words("ruling_words.tsv", "led")
_CUE_WORDS = _RULING | _RULING_NOUNS | _LED     # the words `_ruling_cues` reads, and the last parts of compounds:
_ENDS = _GOVERNMENTS | _LED                     # „AKP-Regierung“, „AKP-geführte“
_ADVERB_REACH = 2       # adverbs between the article and „regierende“: „die heute wieder regierende“


def _ruling_party(st: ReadingState, k: int) -> str | None:
    """The party „regierende“ at token k calls governing: after an article (and adverbs) before it and adjectives
    after it („die einst regierende rechtskonservative Volkspartei (PP)“); not „die im Gazastreifen regierende Hamas“
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


RULING_NOUN = declare("relation-party-ruling-noun", "relations", "the party after the noun of a governing party is "
                      "the governing one: „die bisherige Regierungspartei AKP“ (with the heads of "
                      "`relation-party-ruling`); not „eine Regierungspartei“, nor „die frühere Regierungspartei X“")
RULING_GOVERNMENT = declare("relation-party-ruling-government", "relations", "the one party that names a government in "
                            "a hyphen compound, or leads it, governs: „die AKP-Regierung“, „Kritik an der "
                            "PiS-Regierung“, „die Smer-geführte Regierung“, „die von der Smer geführte Regierung“ (with "
                            "the heads of `relation-party-ruling`); not „die SPÖ-ÖVP-Regierung“ (two parties), nor "
                            "„die frühere PiS-Regierung“")


def _current(st: ReadingState, k: int) -> bool:
    """No indefinite article and no word of a past holder („frühere“, „damalige“) stands before the noun at token k,
    past adjectives: „eine Regierungspartei“ is one of several, „die frühere AKP-Regierung“ no longer governs."""
    words = st.words
    b = before_adjectives(words, k - 1, max(-1, k - 4), DETERMINERS)
    return not any(words[m].lower() in _PAST or words[m].lower() in INDEFINITE_ARTICLES for m in range(max(0, b), k))


def _ruling_noun_party(st: ReadingState, k: int) -> str | None:
    """The party named right after the governing party's noun at token k („Regierungspartei AKP“), where it is the
    current one."""
    return party_after(st, k + 1) if k + 2 < len(st.words) and _current(st, k) else None


def _government_party(st: ReadingState, k: int) -> str | None:
    """The one party that names the government in the hyphen compound at token k („AKP-Regierung“), where it is the
    current one."""
    parties = {x.key for x in st.by_tok.get(k, []) if x.label == "ORG" and st.orgs[x.key].kind == "party"}
    return parties.pop() if len(parties) == 1 and st.party_prefix(k) and _current(st, k) else None


def _leading_party(st: ReadingState, k: int) -> str | None:
    """The one party that leads the government after the participle at token k: named in its hyphen compound („die
    Smer-geführte Regierung“) or right before it („die von der Smer geführte Regierung“), where it is the current
    one."""
    words = st.words
    at = k if "-" in words[k] else k - 1
    hits = [x for x in st.by_tok.get(at, []) if x.label == "ORG" and st.orgs[x.key].kind == "party"
            and (at == k or x.tok_end == k)]
    parties = {x.key for x in hits}
    start = k if at == k or not hits else min(x.tok for x in hits) - 2
    if len(parties) != 1 or start < 0 or start != k and words[start] not in german.FROM_PREPOSITIONS:
        return None     # „von der Smer geführte“: „von“ and an article before the party
    return parties.pop() if _current(st, start) else None


def _ruling_cues(st: ReadingState) -> list[tuple[str, str]]:
    """Each party the article calls governing, with the rule that read it: „die regierende AKP“, „die Regierungspartei
    AKP“, „die AKP-Regierung“."""
    out: list[tuple[str, str]] = []
    # the words that may be a cue, picked in one comprehension: a ruling word or noun, a leading participle, or a
    # compound ending in a government's noun or a leading participle
    for k in [k for k, w in enumerate(st.words) if w in _CUE_WORDS or "-" in w and w.rpartition("-")[2] in _ENDS]:
        w = st.words[k]
        if w in _RULING:
            party, name = _ruling_party(st, k), "relation-party-ruling"
        elif w in _RULING_NOUNS:
            party, name = _ruling_noun_party(st, k), RULING_NOUN
        elif "-" in w and w.rsplit("-", 1)[1] in _GOVERNMENTS:
            party, name = _government_party(st, k), RULING_GOVERNMENT
        elif w.rpartition("-")[2] in _LED and k + 1 < len(st.words) and st.words[k + 1] in _GOVERNMENTS:
            party, name = _leading_party(st, k), RULING_GOVERNMENT
        else:
            continue
        if party is not None:
            out.append((party, name))
    return out


def _ruling_parties(st: ReadingState) -> dict[str, tuple[str, str]]:
    """Each state's one governing party the article names (a state it names two of has none), with the rule that read
    it, where it names no coalition."""
    found: dict[str, dict[str, str]] = {}
    for party, name in _ruling_cues(st):
        state = st.orgs[party].state
        if state is not None:
            found.setdefault(state, {}).setdefault(party, name)
    if not found or any(c in w.lower() for w in st.words for c in _COALITION):
        return {}
    return {state: next(iter(parties.items())) for state, parties in found.items() if len(parties) == 1}


def _heads(st: ReadingState, ruling: dict[str, tuple[str, str]]) -> dict[str, PersonDraft]:
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
            p.join(*ruling[state], official=True)

"""One label, one entity per state: a party the lists hold under a name many states' parties share, with no state
of its own („Grüne“, „Kommunistische Partei“), is the party of the state the text ties it to, a node of its own per
state (`org:grune-at`, `org:kommunistische-partei-cn`), labelled as written; where nothing ties it to a state it
stays the one node of that name. The step `keyed_by_state` runs once `states.org_affiliations` has placed the
parties (see `entities.STEPS`).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> text = "Peking – Die Kommunistische Partei tagt in Peking. China plant Reformen. China wächst."
>>> [(e.key, e.name) for e in read(text).entities if e.type == "Organization"]
[('org:kommunistische-partei-cn', 'Kommunistische Partei')]
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.reading import Draft, ReadingState
from kg.extract.rules import declare, fired
from kg.facts import Relation, entity_key

PARTY_STATE_KEY = declare("party-state-key", "entities", "a listed party of no state whose name many states' "
                          "parties bear („die Grünen“, „die Kommunistische Partei“) is, in an article that places "
                          "it in one state, that state's party, an entity of its own per state: „Die Grünen von "
                          "Norwegen verlieren. Norwegen wählt. Norwegen …“ → the Grüne of Norway, not those of "
                          "Austria or Germany; where the article places it in no state it stays one entity of that "
                          "name")


def keyed_by_state(st: ReadingState) -> None:
    """Each party named generically that the article placed in one state keyed by that state."""
    renamed: dict[str, str] = {}
    for d in list(st.drafts.values()):
        iso = _stateless_party_state(st, d)
        if iso is not None:
            renamed[d.key] = state_keyed(d.key, iso)
    if renamed:
        fired(PARTY_STATE_KEY)
        _rename(st, renamed)


def state_keyed(key: str, iso: str) -> str:
    """The key of the entity of `key`'s name of the state `iso`: „org:grune“, AT → „org:grune-at“."""
    return entity_key("Organization", f"{key.partition(':')[2]} {iso}")


def _stateless_party_state(st: ReadingState, d: Draft) -> str | None:
    """The ISO code of the one state a listed party of no state was placed in, else None."""
    if d.type != "Organization" or d.kind != "party":
        return None
    rec = st.t.orgs.get(d.name)
    if rec is None or rec.state or rec.kind != "party":
        return None
    codes = {s.code for key in d.affiliations if (s := st.drafts.get(key)) is not None and s.type == "State"}
    return codes.pop() if len(codes) == 1 and None not in codes else None


def _rename(st: ReadingState, renamed: dict[str, str]) -> None:
    """Every draft, affiliation, mention and relation of an old key under its new one."""
    drafts = list(st.drafts.values())
    st.drafts.clear()
    for d in drafts:
        d.key = renamed.get(d.key, d.key)
        d.affiliations[:] = [renamed.get(k, k) for k in d.affiliations]
        st.drafts[d.key] = d
    st.mentions[:] = [replace(m, key=renamed[m.key]) if m.key in renamed else m for m in st.mentions]
    st.relations[:] = [_renamed_relation(r, renamed) for r in st.relations]


def _renamed_relation(r: Relation, renamed: dict[str, str]) -> Relation:
    if r.subject not in renamed and r.object not in renamed:
        return r
    return replace(r, subject=renamed.get(r.subject, r.subject), object=renamed.get(r.object, r.object))

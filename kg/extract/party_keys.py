"""One label, one entity per state: a party the lists hold under a name many states' parties share, with no state
of its own („Grüne“, „Kommunistische Partei“), is the party of the state the text ties it to, a node of its own per
state (`org:grune-at`, `org:kommunistische-partei-cn`), labelled as written; where nothing ties it to a state it
stays the one node of that name. So is a listed party of one state whose name is such a word („Republikaner“, „Linke“)
in an article about another state that names the party's own state but once. The step `keyed_by_state` runs once
`states.org_affiliations` has placed the parties (see `entities.STEPS`).

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

from kg import german, resources
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
            fired(PARTY_STATE_KEY)
            renamed[d.key] = state_keyed(d.key, iso)
        elif (iso := _other_state(st, d)) is not None:
            fired(PARTY_OTHER_STATE_KEY)
            own = st.named_state(st.t.orgs[d.name].state or "")
            d.affiliations[:] = [k for k in d.affiliations if k != own]
            d.affiliate(st.state(iso, d.first).key, PARTY_OTHER_STATE_KEY)
            renamed[d.key] = state_keyed(d.key, iso)
    if renamed:
        _rename(st, renamed)


PARTY_OTHER_STATE_KEY = declare("party-other-state-key", "entities", "a listed party of one state whose name is a "
                                "word many states' parties bear („die Republikaner“, „die Linke“), in an article that "
                                "names another state at least four times and a listed party of it, and the party's own "
                                "state once at most, in no sentence of the party nor through a listed person of it "
                                "there, is that other state's party, an entity of its own: „Frankreich wählt. Die "
                                "Sozialistische Partei … Die Republikaner lehnen ab. Frankreich … Frankreich … In den "
                                "USA …“ → the Republikaner of France; not where the party's own state is named twice "
                                "or more, or in its sentence, nor where no party of the other state is named")
OTHER_STATE_MIN = 4        # how often the article names the other state
OWN_STATE_MAX = 1          # … and the party's own state at most


def _other_state(st: ReadingState, d: Draft) -> str | None:
    """The ISO code of the state the article is about where `d` is a listed party of another state named by a
    common word, whose own state the article names at most once and not beside it, else None."""
    if d.type != "Organization" or d.kind != "party" or d.name not in resources.common_nouns() or \
            not d.name[1:].islower():      # „FPÖ“ is in the noun lexicon too: an acronym is no common word
        return None
    rec = st.t.orgs.get(d.name)
    main = st.states.main()
    if rec is None or not rec.state or main is None or main[0] == rec.state or main[1] < OTHER_STATE_MIN:
        return None
    own = [h for h in st.hits if h.label in ("STATE", "CAPITAL") and h.key == rec.state]
    if len(own) > OWN_STATE_MAX or main[0] not in st.named_party_states() or _tied_to(st, d, rec.state):
        return None
    return main[0]


def _tied_to(st: ReadingState, d: Draft, iso: str) -> bool:
    """Whether a sentence that names `d` names the state `iso` or a listed person of it."""
    sentences = {st.sent_of[st.tok_at(m.start)] for m in st.mentions if m.key == d.key}
    for h in st.hits:
        if st.sent_of[h.tok] in sentences and (h.label in ("STATE", "CAPITAL") and h.key == iso or h.label == "PER"
                                              and (p := st.t.people.get(h.key)) is not None and p.affiliation == iso):
            return True
    return False


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
    if _in_international_body(st, d):
        fired(PARTY_INTERNATIONAL_GROUP)
        d.affiliations[:] = [k for k in d.affiliations if (s := st.drafts.get(k)) is None or s.type != "State"]
        return None
    qualifier = _qualifier_state(st, d)
    if qualifier is not None:
        fired(PARTY_QUALIFIER_STATE)
        d.affiliations[:] = [k for k in d.affiliations if (s := st.drafts.get(k)) is None or s.type != "State"]
        d.affiliate(st.state(qualifier, d.first).key, PARTY_QUALIFIER_STATE)
        return qualifier
    codes = {s.code for key in d.affiliations if (s := st.drafts.get(key)) is not None and s.type == "State"}
    return codes.pop() if len(codes) == 1 and None not in codes else None


PARTY_QUALIFIER_STATE = declare("party-qualifier-state", "org affiliation", "a listed party of no state whose "
                                "name many states' parties bear, with a state's adjective right before it, is that "
                                "state's party, whichever state the article names most: „Sie bewunderte einen "
                                "Dichter der dänischen KP. Frankreich … Frankreich …“ → the KP of Denmark; not a "
                                "party with no such adjective („Die KP tagt in Frankreich“)")


PARTY_INTERNATIONAL_GROUP = declare("party-international-group", "org affiliation", "guard: a listed party of no "
                                    "state named as sitting in an international body („die Grünen im Europaparlament“, "
                                    "„die Grünen-Fraktion im Europäischen Parlament“) is the group of parties of "
                                    "several states there, of no one state: not the state the article names most; "
                                    "but „die Grünen im Landtag“ (no international body)")


def _in_international_body(st: ReadingState, d: Draft) -> bool:
    """Whether a mention of `d` is followed by a preposition of place and an international organisation."""
    for m in st.mentions:
        tok = st.tok_at(m.start) + 1 if m.key == d.key else 0
        if 0 < tok < len(st.words) - 1 and st.words[tok] in german.IN_PREPOSITIONS and any(
                x.label == "ORG" and (rec := st.orgs.get(x.key)) is not None and rec.kind == "international"
                for x in st.by_tok.get(tok + 1, ())):
            return True
    return False


def _qualifier_state(st: ReadingState, d: Draft) -> str | None:
    """The ISO code of the one state whose adjective stands right before a mention of `d`: „der italienischen KP“."""
    found = {x.key for m in st.mentions if m.key == d.key and (tok := st.tok_at(m.start)) > 0
             for x in st.by_tok.get(tok - 1, ()) if x.label == "STATE" and x.form == "adjective"}
    return found.pop() if len(found) == 1 else None


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

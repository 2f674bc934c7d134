"""Which state a passage is about, for the steps that place entities (`capitals`, `body_states`, `titles`,
`persons`): the state nearest in a sentence, the one the article names most, the dateline's; and the step
`org_affiliations`: government bodies, state media and parties the data files place belong to their state where the
article names it, a party named generically („die Grünen“) to the state of the other parties, the dateline or the
article (see `entities.STEPS`).
"""
from __future__ import annotations

from kg.extract.reading import Draft, ReadingState
from kg.extract.rules import declare, fired

def sentence_state(st: ReadingState, tok: int) -> str | None:
    """The state of tok's sentence nearest to it."""
    return st.states.nearest(tok)


def main_state(st: ReadingState, min_mentions: int = 1) -> str | None:
    """The state the article names most (ties: the first named), if named `min_mentions` times."""
    main = st.states.main()
    return main[0] if main is not None and main[1] >= min_mentions else None


ORG_STATE = declare("org-state", "org affiliation", "a government body, state medium, armed force or party "
                    "the data files place belongs to its state where the article names it: „Die AKP gewann in "
                    "der Türkei“")
PARTY_MAIN_STATE = declare("party-main-state", "org affiliation", "a party named generically belongs to the "
                           "state the article names at least twice: „die Kommunistische Partei“ in an article "
                           "on China; so does a party no list holds: „Die Partei Neue Mitte gewann in Portugal. "
                           "Portugal …“")


PARTY_DATELINE_STATE = declare("party-dateline-state", "org affiliation", "a party named generically belongs to the "
                               "state the article names where the dateline names a place of it (its capital or a listed town alone, or places "
                               "all in one state), where the report was filed, before the state the article names most: "
                               "„Wien – … die Emirate … die Emirate … kritisieren die Grünen“ for Österreich; not "
                               "„Wien/Abu Dhabi – …“")


def dateline_state(st: ReadingState) -> str | None:
    """The ISO code of the state of the place a dateline names: its capital or a listed town alone („Wien – …“,
    „Graz – …“), or places all in one state („Wien/Linz – …“)."""
    if st.states.lone_dateline:
        return st.states.lone_dateline
    town = st.states.town_dateline
    rec = st.t.places.get(town.key) if town is not None else None
    if rec is not None and rec.state:
        return rec.state
    states = {h.key if h.label == "CAPITAL" else (r.state if (r := st.t.places.get(h.key)) else None)
              for h in st.states.dateline_places}
    return states.pop() if len(states) == 1 else None


PARTY_PEERS_STATE = declare("party-peers-state", "org affiliation", "a party named generically belongs to the one "
                            "state of the other parties the article names, where it names that state, but not where "
                            "the party's first sentence names another state or capital: „Die Grünen und die ÖVP "
                            "streiten über Exporte. … die Emirate … die Emirate …“ for Österreich; not „die Grünen in "
                            "Berlin“, „In Vietnam tagt die KP. Vietnam wählt. Die SPD schweigt.“, nor where the article "
                            "names the SPD too")


def _generic_party_state(st: ReadingState, d: Draft) -> tuple[str | None, str]:
    """The ISO code of the state a party named generically („die Grünen“) belongs to, with the rule that read it:
    the one state of the other parties named, else the dateline's, else the one the article names most."""
    peers = set(st.named_party_states()) - {None}
    if len(peers) == 1 and st.named_state(next(iter(peers))) and not _other_state_beside(st, d, next(iter(peers))):
        return peers.pop(), PARTY_PEERS_STATE
    seat = _member_seat_state(st, d)
    if seat and st.named_state(seat):
        return seat, PARTY_MEMBER_SEAT
    dateline = dateline_state(st)
    if dateline and st.named_state(dateline):
        return dateline, PARTY_DATELINE_STATE
    main = main_state(st, min_mentions=2)
    if main and peers and main not in peers and _shared_name(st, d) and not _names_beside(st, d, main):
        fired(PARTY_MAIN_STATE_OTHERS)      # „die Grünen“ beside the SPD and the ÖVP are no Canadian party
        return None, PARTY_MAIN_STATE_OTHERS
    return main, PARTY_MAIN_STATE


PARTY_MAIN_STATE_OTHERS = declare("party-main-state-other-parties", "org affiliation", "guard: a listed party of "
                                  "no state whose name many states' parties bear („die Grünen“) does not belong to "
                                  "the state the article names most where the article names parties of other "
                                  "states only: „Ugo Muster (ÖVP), Eva Beispiel (SPD) und Timo Muster (Grüne) "
                                  "diskutieren. Danach: Ein Film über Peru. Peru …“ → no Peruvian Grüne; not where "
                                  "no other party is named („Die Grünen protestieren in Polen. Polen …“), nor where "
                                  "the party's first sentence names that state („In Vietnam tagt die Kommunistische "
                                  "Partei. Vietnam … Die SPD schweigt.“)")


def _shared_name(st: ReadingState, d: Draft) -> bool:
    """Whether `d` is a listed party of no state: a name many states' parties bear."""
    rec = st.t.orgs.get(d.name)
    return rec is not None and rec.kind == "party" and not rec.state


PARTY_MEMBER_SEAT = declare("party-member-seat-state", "org affiliation", "a party named generically belongs to the "
                            "one state whose chamber or government its named members sit in (a body the data files "
                            "place), where the article names that state, before the dateline's state and the one the "
                            "article names most: „Österreich hilft. Der Grüne-Nationalrat Arno Pelzig … in Polen … Polen "
                            "…“ → the Grüne of Österreich, whose Nationalrat he sits in; not where its members sit in no "
                            "such body")


def _member_seat_state(st: ReadingState, d: Draft) -> str | None:
    """The one state of the listed government bodies and chambers the party's named members act for, else None."""
    seats = set()
    for person in st.people.values():
        member = st.drafts.get(person.key) if person.party in (d.key, d.name) and person.key else None
        for key in member.affiliations if member is not None else ():
            body = st.drafts.get(key)
            rec = st.orgs.get(body.name) if body is not None and body.type == "Organization" else None
            if rec is not None and rec.kind == "government" and rec.state:
                seats.add(rec.state)
    return seats.pop() if len(seats) == 1 else None


def _names_beside(st: ReadingState, d: Draft, iso: str) -> bool:
    """Whether the sentence that first names `d` names the state `iso` or its capital: „In Vietnam tagt die KP“."""
    tok = st.tok_at(d.first)
    return any(h.label in ("STATE", "CAPITAL") and h.key == iso for h in st.hits if st.sent_of[h.tok] == st.sent_of[tok])


def _other_state_beside(st: ReadingState, d: Draft, iso: str) -> bool:
    """Whether the sentence that first names `d` names a state or capital other than `iso`: „die Grünen in Berlin“."""
    tok = st.tok_at(d.first)
    s = st.sent_of[tok]
    k = tok
    while k > 0 and st.sent_of[k - 1] == s:
        k -= 1
    while k < len(st.words) and st.sent_of[k] == s:
        if any(h.label in ("STATE", "CAPITAL") and h.key != iso and h.tok == k for h in st.by_tok.get(k, ())):
            return True
        k += 1
    return False


def org_affiliations(st: ReadingState) -> None:
    """Government bodies, state media and parties belong to their state, where the article names it."""
    for d in list(st.drafts.values()):
        if d.type != "Organization" or d.affiliations:
            continue
        rec = st.orgs.get(d.name)    # also a party no list holds („die Partei Neue Mitte“): it is named generically
        if rec and rec.state and rec.kind in ("government", "media", "armed", "party"):
            state_key = st.named_state(rec.state)
            if state_key is not None:
                fired(ORG_STATE)
                d.affiliate(state_key, ORG_STATE)
        elif rec and rec.kind == "party":
            # a party named generically ("die Kommunistische Partei") is the country's the
            # article is about
            iso, rule = _generic_party_state(st, d)
            if iso:
                fired(rule)
                d.affiliate(st.state(iso, d.first).key, rule)

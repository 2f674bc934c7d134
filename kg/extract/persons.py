"""Persons frozen as Officials or Persons: after `person_names.group` found the people and `titles` and the
party rules marked them, `leaders_under` and `chamber_members` mark more officials and `finish` makes each person
an Official or a Person entity, with role, affiliation (`affiliation_context.official_affiliation`), party membership
and adviser relations.
"""
from __future__ import annotations

from kg import german, resources
from kg.extract import land_bodies, land_titles
from kg.extract.affiliation_context import official_affiliation
from kg.extract.mentions import Mention
from kg.extract.reading import Draft, PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.facts import Relation, entity_key
from kg.nlp.gazetteer_words import LISTED_NAME

LEADER_UNDER = declare("person-leader-under", "person", "a person after a word of government and „unter“ "
                       "leads it, an official: „die Regierung unter Max Muster“")


def leaders_under(st: ReadingState) -> None:
    """'die Regierung unter X', 'die Führung der Tschechoslowakei unter X': X leads a state."""
    words = st.words
    for tok, p in st.person_at.items():
        if tok < 2 or words[tok - 1] not in german.AMONG_PREPOSITIONS:
            continue
        s = st.sent_of[tok]
        # the government word, maybe with its state in the genitive between
        for b in range(tok - 2, max(-1, tok - 6), -1):
            if st.sent_of[b] != s or words[b] in german.AND_GLUE:
                break
            if words[b] in st.t.leader_words:
                fired(LEADER_UNDER)
                p.official = True
                p.rules.append(LEADER_UNDER)
                break


CHAMBER_MEMBER = declare("official-chamber-member", "person", "a chamber's name right before a person's name, alone "
                         "or after a party's hyphen, is that member's title (`member_chambers.tsv`): „Bundesrat Max "
                         "Muster störte sich daran“, „der Grüne-Nationalrat Max Muster“; not „der Bundesrat "
                         "beschloss, Max Muster …“")


def chamber_members(st: ReadingState) -> None:
    """'Bundesrat X', 'der Grüne-Nationalrat X': X a member of the chamber, an official with it as role."""
    chambers = resources.load_word_list("member_chambers.tsv")
    for tok, p in st.person_at.items():
        chamber = st.words[tok - 1].rsplit("-", 1)[-1] if tok else ""
        if p.official or chamber not in chambers:
            continue
        fired(CHAMBER_MEMBER)
        p.official = True
        p.role = chamber
        p.rules.append(CHAMBER_MEMBER)
        p.role_rules.append(CHAMBER_MEMBER)
        st.chamber_titles.append((p, tok - 1))


def finish(st: ReadingState) -> None:
    """Each person an Official (a title, a party, a known official) or a Person entity, with the
    affiliation, party membership and adviser relations the steps before found; then the
    person mentions, typed."""
    drafts: dict[int, Draft] = {}
    for p in st.people.values():
        known = p.known
        official = p.official or (known is not None and known.affiliation is not None)
        d = st.entity("Official" if official else "Person", p.name, p.first,
                      key=entity_key("Person", p.name))
        d.type = "Official" if official else "Person"
        d.read_by(*p.rules)
        if official:
            _official(st, d, p)
        if p.party:
            party = st.org(p.party, p.first)
            st.relations.append(Relation(d.key, "memberOf", party.key, st.evidence(st.tok_at(p.first)),
                                         tuple(r for r in (p.party_rule, p.party_step) if r)))
        drafts[id(p)] = d
        p.key = d.key
    for p, h in st.pending:
        d = drafts[id(p)]
        st.mentions.append(Mention(h.start, h.end, d.key, d.type, h.text))
        d.alias(h.text)
        d.read_by(h.rule)
    for holder, obj, tok, rule in st.advisors:
        if holder is not obj:
            st.relations.append(Relation(drafts[id(holder)].key, "advisorTo", drafts[id(obj)].key,
                                         st.evidence(tok), (rule,)))
    # a mention's type must match its entity's final type
    types = {d.key: d.type for d in st.drafts.values()}
    st.mentions = [Mention(m.start, m.end, m.key, types.get(m.key, m.type), m.text)
                   for m in st.mentions if m.key]


def _official(st: ReadingState, d: Draft, p: PersonDraft) -> None:
    """An official's role (from the text, else the list) and affiliation, with the rules that read them."""
    d.role = p.role_or_listed
    d.role_rules += p.role_rules
    if d.role and not p.role:
        d.role_rules.append(LISTED_NAME)        # the role of a listed person no title gives
    found = official_affiliation(st, p)
    if found is not None:
        # the title's affiliation was read by the title's rule, noted with the role
        d.affiliate(found[1], "" if found[0] == "official-affiliation-title" else found[0])
        for kind, rule in _STATE_BODIES:
            state = _body_state(st, found[1], kind)
            if state is not None:
                fired(rule)
                d.affiliate(state, rule)
    if p.body is not None and p.body not in d.affiliations:
        fired(BODY_TOO)
        d.affiliate(p.body, BODY_TOO)
    party = st.org(p.party, p.first).key if p.party else None
    if party is not None and party not in d.affiliations:
        fired(PARTY_TOO)
        d.affiliate(party, PARTY_TOO)
    land, rule = land_titles.title_body(st, p) or (land_bodies.member_body(st, p), land_bodies.MEMBER)
    if land is not None and land not in d.affiliations:
        d.affiliate(land, rule)
    listed = _listed_party(st, p)
    if listed is not None and listed not in d.affiliations:
        fired(LISTED_PARTY)
        d.affiliate(listed, LISTED_PARTY)


LISTED_PARTY = declare("official-affiliation-listed-party", "official affiliation", "a listed official whose party "
                       "the list gives (`people.tsv`) acts for that party too where the article names it and the text "
                       "states no other, unless his office stands above the parties (`above_party_titles.tsv`): "
                       "„Bundeskanzler Werner Faymann … die SPÖ“ for Österreich and SPÖ; not where the article names "
                       "no SPÖ, nor for „Bundespräsident Heinz Fischer … die SPÖ“")
_ABOVE_PARTY = resources.listed_words("above_party_titles.tsv")


def _listed_party(st: ReadingState, p: PersonDraft) -> str | None:
    """The entity key of a listed official's listed party, where the article names it, the text gave the person
    no party and his office (as the text or the list names it) is a party's man's."""
    name = p.known.party if p.known is not None and p.party is None else None
    if name and (p.role_or_listed or "").casefold() in _ABOVE_PARTY:
        return None
    rec = st.orgs.get(name) if name else None
    key = entity_key("Organization", rec.name) if rec is not None else None
    return key if key in st.drafts else None


PARTY_TOO = declare("official-affiliation-party-too", "official affiliation", "an official whose party the text "
                    "states acts for the party too, after the state or body his title names: „Sozialminister Max Muster "
                    "(SPÖ)“ for Österreich and SPÖ; not a party the text does not state")


BODY_TOO = declare("official-affiliation-body-too", "official affiliation", "an official whose title names a state's "
                   "government body (a chamber, a ministry, an office: `organizations.tsv` kind government, with a "
                   "state) acts for the body too, after its state: „der Präsident des Nationalrats, Max Muster“ for "
                   "Österreich and Nationalrat, „Kreml-Sprecher Max Muster“ for Russland and Kreml; not „der Sprecher "
                   "der Nato, Max Muster“ (no state's body)")


PARTY_STATE = declare("official-affiliation-party-state", "official affiliation", "an official who acts for a "
                      "party of one state, where the article names that state, acts for it too: „HDP-Chef Max "
                      "Muster“ in an article on the Türkei, for HDP and Türkei")


FORCE_STATE = declare("official-affiliation-force-state", "official affiliation", "an official who acts for a "
                      "state's armed force (`organizations.tsv`: kind armed, with a state), where the article names "
                      "that state, acts for it too: „Navy-Sprecherin Eva Beispiel“ in an article on the USA, for "
                      "US Navy and USA")


_STATE_BODIES = (("party", PARTY_STATE), ("armed", FORCE_STATE))     # the bodies of one state an official acts for


def _body_state(st: ReadingState, key: str, kind: str) -> str | None:
    """The key of the state an organisation (its entity key) of `kind` belongs to („party“, „armed“: a state's
    armed force), where the article names that state."""
    body = st.drafts.get(key)
    rec = st.orgs.get(body.name) if body is not None and body.kind == kind else None
    return st.named_state(rec.state) if rec is not None and rec.state else None

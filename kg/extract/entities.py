"""Entities, their relations and mentions, read from the gazetteer hits of a Doc.

The gazetteer (`kg.nlp`) finds typed spans; this stage decides what they are
in context: a capital acting as its government (State) or named as a place,
which person a title belongs to and for whom they act, surname-only mentions,
party membership ("Olaf Scholz (SPD)"), advisers ("Berater von Kanzler
Scholz") and state membership ("Nato-Mitglied Türkei").

The stage is one state object (`reading.ReadingState`: the article's tables,
drafts, and what each step found) and the plain functions in `STEPS` below,
run in that order; a step reads only what the steps before it filled. The
modules of the steps, each with its one job, are listed by stage in
docs/DESIGN.md ("The extractor").

>>> from kg.nlp import build_nlp
>>> from kg.facts import Article, Relation
>>> text = "Der türkische Präsident Recep Tayyip Erdoğan traf in Moskau Wladimir Putin."
>>> reading = read_entities(build_nlp()(text), Article(id="x", text=text))
>>> sorted((e.type, e.name) for e in reading.entities)[:3]
[('Official', 'Recep Tayyip Erdoğan'), ('Official', 'Wladimir Putin'), ('Place', 'Moskau')]
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract import (advisers, body_genitives, body_name_prefixes, body_prefixes, body_speakers, body_states,
                        bracket_associations, capitals, chamber_bodies, land_bodies, member_chairs, member_clauses, member_predicates, member_stays, member_verbs,
                        member_epithets, memberships, parties, party_keys,
                        party_adjectives, party_bodies, party_appositions, party_clubs, party_context, party_descriptions,
                        party_as, party_groups, party_links, party_names, party_references, party_ruling, person_names, persons,
                        state_owned_heads, states, succession, title_colleagues, titles, written_labels)
from kg.extract.mentions import EntityReading
from kg.extract.reading import Draft, ReadingState, start_reading
from kg.extract.rules import declare, fired
from kg.facts import Article, Relation, slug
from kg.german import DETERMINERS, NAME_JOINERS
from kg.nlp.hits import Hit


STATE_SHORT_NAME = declare("state-short-name", "entities", "a place named by the last word of a state's name of "
                           "several words that the article names is that state: „in der Demokratischen Republik "
                           "Kongo … im Osten des Kongo“; not „der Kongo“ where the article names no such state")


PLACE_IN_SPELLED_NAME = declare("place-in-spelled-name", "entities", "guard: a place after a noun and "
                                "before the acronym in brackets that holds its initial is a word of the name the "
                                "acronym spells, no place of its own: „die Arbeiterpartei Kurdistans (PKK)“, „die "
                                "Arbeiterkammer Niederösterreich (AKNÖ)“; not „im Bezirk Mistelbach (NÖ)“")


def named_hits(st: ReadingState) -> None:
    """The entities the gazetteer typed: states, capitals (`capitals.capital`), organisations
    (with the name an acronym in brackets spells out) and places."""
    short = _short_state_names(st)
    for h in st.hits:
        if h.label == "PLACE" and _in_spelled_name(st, h):
            fired(PLACE_IN_SPELLED_NAME)
            continue
        if h.label == "PLACE" and h.key in short:
            st.mention(st.state(short[h.key], h.start), h.start, h.end, h.rule, STATE_SHORT_NAME)
            continue
        if h.label == "STATE":
            st.mention(st.state(h.key, h.start), h.start, h.end, h.rule)
        elif h.label == "CAPITAL":
            capitals.capital(st, h)
        elif h.label == "ORG":
            d = st.org(h.key, h.start)
            st.mention(d, h.start, h.end, h.rule)
            spelled = _spelled_out(st, h) if h.form == "context:acronym" else None
            if spelled is not None:
                st.mention(d, *spelled)
        elif h.label == "PLACE" and not capitals.acting_place(st, h):
            st.mention(st.entity("Place", h.key, h.start), h.start, h.end, h.rule)


def _in_spelled_name(st: ReadingState, h: Hit) -> bool:
    """Whether a place is a word of an organisation's name that an acronym in brackets right after it
    spells: a noun before it inside its sentence, the acronym's letters holding the place's initial."""
    words = st.words
    if h.tok < 1 or h.tok_end + 2 >= len(words) or words[h.tok_end] != "(" or words[h.tok_end + 2] != ")":
        return False
    acronym, before = words[h.tok_end + 1], words[h.tok - 1]
    if not (acronym.isupper() and sum(c.isalpha() for c in acronym) >= 2) or slug(h.text)[:1] not in slug(acronym):
        return False
    # a noun inside the sentence: its first word is capitalised whatever it is
    return before[:1].isupper() and before.isalpha() and h.tok >= 2 and st.sent_of[h.tok - 2] == st.sent_of[h.tok] \
        and not st.by_tok.get(h.tok - 1)


def _short_state_names(st: ReadingState) -> dict[str, str]:
    """The last words of the names of several words of the states the article names, with their ISO codes:
    {"Kongo": "CD"} where it names the Demokratische Republik Kongo; a word two of them end in is left out."""
    short: dict[str, set[str]] = {}
    for iso in {h.key for h in st.hits if h.label == "STATE"}:
        rec = st.t.states[iso]
        for name in (rec.name, *rec.aliases):
            words = name.split()
            if len(words) > 1:
                short.setdefault(words[-1], set()).add(iso)
    # „Korea“ where the article names both Koreas is neither
    return {word: next(iter(isos)) for word, isos in short.items() if len(isos) == 1}


def _spelled_out(st: ReadingState, h: Hit) -> tuple[int, int] | None:
    """Character span of the name an acronym in brackets spells out, if any.

    "der Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN)": the words
    before the bracket, capitalised or joined by für/und/von, are the organisation's name.
    """
    words = st.words
    if h.tok < 3 or words[h.tok - 1] != "(":
        return None
    end = h.tok - 1
    b = end - 1
    while b >= 0 and end - b <= 8 and not st.by_tok.get(b) and words[b].lower() not in DETERMINERS and (
            words[b][:1].isupper() or (words[b] in NAME_JOINERS and b > 0 and words[b - 1][:1].isupper())):
        b -= 1
    b += 1
    capitals = sum(1 for w in words[b:end] if w[:1].isupper())
    if capitals < 2 or words[b] in NAME_JOINERS:
        return None
    return st.idx[b], st.idx[end - 1] + len(words[end - 1])


# The steps, in order. Each reads the state the steps before it filled and adds to it.
STEPS: tuple[Callable[[ReadingState], None], ...] = (
    party_names.party_names,                          # "Chef der Fortschrittspartei": parties no list holds
    body_prefixes.body_prefixes,                      # "ÖGB-Chef X": bodies no list holds, named by a title's prefix
    body_name_prefixes.body_name_prefixes,            # "Quorvo-Textil-Chef X": ... by a title's prefix of names
    body_genitives.body_genitives,                    # "Chefin der Jungen Fabrikanten, X": ... by a title's genitive
    named_hits,                                       # states, capitals, organisations, places
    body_states.bodies,                               # bodies whose words name their state: body_at
    person_names.group,                               # people and their mentions: people, person_at, pending
    land_bodies.land_bodies,                          # "der Kärntner Landtag": a Land's bodies, one per region
    titles.titles,                                    # holders: official, role, affiliation, party; advisors
    persons.leaders_under,                            # "die Regierung unter X": X an official
    persons.chamber_members,                          # "Bundesrat X": X a member of the chamber, an official
    body_speakers.body_speakers,                      # "sagte X vom Innenministerium": X an official of the body
    body_speakers.fronted_bodies,                     # "Für den ÖGB reagierte X": X an official of the body
    bracket_associations.bracket_associations,        # "X (Evangelischer Frauenrat)": X an official of it
    parties.parties,                                  # "Olaf Scholz (SPD)", "SPD-Chef X": the person's party
    parties.party_of,                                 # "die Nationale Front (NF) von X"
    parties.party_leaders,                            # "X leitet die Partei"
    party_adjectives.party_adjectives,                # "der republikanische Gouverneur X"
    party_adjectives.party_member_nouns,              # "der Demokrat X", "die US-Demokratin X"
    party_adjectives.party_adjective_appositions,     # "X, ein republikanischer Senator,"
    party_appositions.party_appositions,              # "ein Funktionär der KP, X"
    party_appositions.party_appositions_after,        # "X, der Kandidat der Republikaner,"
    party_appositions.party_appositions_coordinated,  # "X, Anwalt und Senator der Republikaner"
    party_appositions.party_appositions_described,    # "X, langjähriges Mitglied der SPD"
    parties.party_possessives,                        # "die SPD von Kanzler X", "die Syriza des Regierungschefs"
    parties.party_noun_title_genitives,               # "die Smer, die Partei des Regierungschefs,"
    party_appositions.party_bracket_groups,           # "X und Y (beide SPÖ)"
    party_groups.party_members_such_as,               # "Republikaner wie X", "Abgeordnete der CDU, darunter X"
    party_appositions.party_bracket_roles,            # "X (Innenminister, ÖVP)", "(X, ÖVP)"
    party_appositions.party_title_appositions,        # "X, der SPÖ-Bürgermeister von Y"
    party_links.party_copulas,                        # "X ist Mitglied der SPÖ"
    party_links.party_relative_copulas,               # "X, der seit 2010 Mitglied der SPD ist,"
    party_as.party_as_members,                        # "X stimmte als Mitglied der SPD dagegen"
    member_verbs.party_activities,                    # "X ist seit Jahren bei den Grünen aktiv"
    member_verbs.party_switches,                      # "X ging nach der Matura zur SPÖ"
    party_links.party_heads,                          # "X steht an der Spitze der SPD"
    party_links.party_owners,                         # "Erdoğans Regierungspartei AKP"
    party_links.party_own_possessives,                # "X und seine Fidesz-Partei", "X mit seiner AKP"
    party_links.party_coordinated_titles,             # "der AKP-Vorsitzende und Ministerpräsident X"
    member_verbs.belongings,                          # "X gehört der SPÖ an", "Polen gehört der EU an"
    member_clauses.party_relatives,                   # "die AKP, der auch Präsident X angehört"
    party_links.party_possessors,                     # "die FPÖ und ihr Kandidat X"
    party_appositions.party_title_holders,            # "der ÖVP-Sprecher im Parlament, X"
    party_links.party_candidacies,                    # "X, der für die Partei Y antritt"
    party_links.party_for_lists,                      # "X für die SPÖ und Y für die ÖVP"
    party_links.party_tickets,                        # "X zog auf dem Ticket der Republikaner in den Senat ein"
    party_context.generic_party_titles,               # "Die CDU verlor. Parteichef X …"
    party_clubs.club_titles,                          # "Die Grünen … Klubobfrau X"
    party_clubs.office_titles,                        # "Die ÖVP lobt … sagte Generalsekretär X"
    party_context.unit_leaders,                       # "Die KP tagt. X, der den Parteiflügel führt, …"
    party_context.deputies_after_party,               # "Die Grünen lehnten ab. Die Abgeordnete X sagte"
    party_bodies.party_body_officers,                 # "Der ÖVP-Wirtschaftsbund … Wirtschaftsbund-Obmann X"
    party_bodies.party_body_titles,                   # "Der ÖVP-Wirtschaftsbund … sein Präsident im Wirtschaftsbund, X"
    party_references.party_sentence_possessives,      # "Regierungschef X sprach. Seine Partei Syriza …"
    party_references.party_referent_possessives,      # "X sprach. Bei der Wahl hatte seine Partei Smer …"
    party_references.party_copula_references,         # "X sprach. Er ist Mitglied der SPD."
    party_references.party_possessive_titles,         # "Podemos' Spitzenkandidat X", "Die Syriza … Ihr Chef X"
    party_references.party_membership_possessives,    # "Der Staatschef hat seine Mitgliedschaft bei der AKP …"
    party_descriptions.party_descriptions,            # "X sprach. Der SPÖ-Politiker betonte …"
    party_descriptions.party_member_descriptions,     # "X sprach. Der Sozialdemokrat forderte …"
    party_groups.party_peers,                         # "X (SPD) … sein Parteifreund Y"
    party_groups.party_title_partners,                # "Klubobfrau X und Y hatten unterschrieben"
    party_ruling.ruling_parties,                      # "Präsident X … die regierende AKP"
    advisers.advisers,                                # "Putins Berater X", "Präsidentenberater X", "Putin-Berater X"
    advisers.adviser_appositions,                     # "X, Putins außenpolitischer Berater,"
    advisers.adviser_verbs,                           # "X, der Präsident Y in Wirtschaftsfragen berät,"
    advisers.adviser_verb_pronouns,                   # "Die Ökonomin X berät ihn seit Jahren"
    advisers.staff_relations,                         # "sein Stabschef X", "Ys Wahlkampfleiter X"
    succession.successions,                           # "Bans Vorgänger X", "sein Nachfolger X": the same office
    title_colleagues.colleagues,                      # "der Philosoph X und sein Kollege Y": Y no official
    persons.finish,                                   # Official or Person entities, memberOf, advisorTo, mentions
    advisers.adviser_affiliations,                    # an adviser acts for his principal's state
    memberships.membership,                           # "Nato-Mitglied Türkei": states in organisations
    memberships.accession,                            # "den Beitritt der Türkei zur EU"
    memberships.accession_compounds,                  # "seit dem EU-Beitritt Kroatiens"
    member_stays.stays_and_exits,                     # "der Verbleib Irlands in der EU", "der EU-Austritt Irlands"
    member_verbs.copula_membership,                   # "Estland und Lettland sind in der Nato"
    memberships.inclusion_membership,                 # "der Sicherheitsrat – einschließlich China –"
    memberships.member_appositions,                   # "die Türkei, ein Nato-Mitglied,"
    member_predicates.copula_compounds,               # "Polen ist seit 2004 EU-Mitglied"
    member_clauses.relative_belongings,               # "die Nato, der die Türkei angehört"
    member_clauses.as_members,                        # "Deutschland will als Mitglied des Sicherheitsrats …"
    member_clauses.land_members,                      # "Polen … Das Land ist seit 2004 Mitglied der EU"
    member_clauses.listed_members,                    # "die Mitglieder des Sicherheitsrats – die USA, Russland –"
    member_clauses.noun_states,                       # "Die EU berät. Das Mitgliedsland Polen lehnt ab."
    member_clauses.among_members,                     # "mehrere EU-Staaten, darunter Österreich"
    member_clauses.relative_copulas,                  # "Die Türkei, die seit 1952 Mitglied der Nato ist, …"
    member_epithets.epithet_members,                  # "Slowenien prüft, ob das kleine EU-Land …"
    member_clauses.admissions,                        # "Polen wurde 2004 in die EU aufgenommen"
    member_clauses.body_nouns,                        # "die Vetomacht Russland" (and the Security Council)
    member_chairs.chairs,                             # "Malta hat den EU-Ratsvorsitz inne"
    member_chairs.parts,                              # "Die Türkei ist Teil der G20"
    member_chairs.belongs_to,                         # "Die Türkei gehört zur Nato"
    body_states.late_bodies,                          # the other bodies, by officials, dateline, main state
    chamber_bodies.chamber_affiliations,              # "Bundesrat X": X acts for that chamber
    chamber_bodies.body_title_affiliations,           # "Der Rechnungshof … Rechnungshofpräsident X": X acts for it
    states.org_affiliations,                          # bodies, state media and parties: their state
    chamber_bodies.body_noun_titles,                  # "Das Innenministerium … Ministeriumssprecher X": it as well
    state_owned_heads.state_owned_heads,              # "die Holding Öbib … die Chefin der Staatsholding": it as well
    chamber_bodies.body_states,                       # "Innenministeriumssprecher X": its state as well
    party_keys.keyed_by_state,                        # "die Grünen" of Norway: a node of their own
    written_labels.label_as_written,                  # "Die EZB senkt den Zins": labelled EZB, the name written
)


def read_entities(doc: Doc, article: Article) -> EntityReading:
    """The entities, relations and mentions of one parsed article (offsets into `article.text`)."""
    st = start_reading(doc, article)
    for step in STEPS:
        step(st)
    relations = _merged(st.relations)
    _named_by(st.drafts, relations)
    entities = sorted(st.drafts.values(), key=lambda d: d.first)
    mentions = sorted(set(st.mentions), key=lambda m: (m.start, m.end))
    return EntityReading(tuple(d.freeze() for d in entities), relations, tuple(mentions))


def _named_by(drafts: dict[str, Draft], relations: tuple[Relation, ...]) -> None:
    """An entity no mention read (a listed official's state, a party from a title) was read by the
    rules of the facts that name it: the affiliations and relations it is the object of."""
    unread = {key: d for key, d in drafts.items() if not d.rules and not d.role_rules}
    if not unread:
        return
    for d in drafts.values():
        for key in d.affiliations:
            if key in unread:
                unread[key].read_by(*d.role_rules)
    for r in relations:
        for key in (r.subject, r.object):
            if key in unread:
                unread[key].read_by(*r.rules)


def _merged(relations: list[Relation]) -> tuple[Relation, ...]:
    """Each relation once, in the order first read, with the names of every rule that read it."""
    rules: dict[Relation, list[str]] = {}
    for r in relations:
        rules.setdefault(replace(r, rules=()), []).extend(r.rules)
    return tuple(replace(r, rules=tuple(dict.fromkeys(names))) for r, names in rules.items())

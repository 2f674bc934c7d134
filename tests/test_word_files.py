"""The word lists of kg/data/ that code reads instead of literals: each loads, says what it holds in a
header comment, holds words, and no row twice; kg/german.py reads every kind of grammar_nouns.tsv."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from kg import german, resources

# `#`-commented lists: (file, fields a row)
COMMENTED = [("short_title_heads.tsv", 1), ("ministry_forms.tsv", 2), ("own_country_nouns.tsv", 1), ("not_verbs.tsv", 1),
             ("inviting_verbs.tsv", 1), ("visit_nouns.tsv", 1), ("grammar_nouns.tsv", 2),
             ("construction_verbs.tsv", 2), ("ambiguous_nouns.tsv", 2),
             ("appeal_bodies.tsv", 1), ("belonging_verbs.tsv", 1), ("joining_verbs.tsv", 1), ("threat_verbs.tsv", 2),
             ("lowercase_names.tsv", 2), ("colour_words.tsv", 1), ("seat_head_titles.tsv", 1),
             ("participation_words.tsv", 2), ("domestic_organs.tsv", 1), ("side_nouns.tsv", 2),
             ("attendance_verbs.tsv", 1), ("judicial_verbs.tsv", 1), ("mediation_nouns.tsv", 1),
             ("private_title_heads.tsv", 1), ("local_office_heads.tsv", 1), ("chair_words.tsv", 2), ("body_office_titles.tsv", 1),
             ("ruling_words.tsv", 2), ("state_offices.tsv", 2), ("arranging_verbs.tsv", 1), ("seeking_words.tsv", 2),
             ("membership_words.tsv", 2), ("named_body_titles.tsv", 2), ("state_body_nouns.tsv", 1)]
COMMENTED += [("authoring_participles.tsv", 1)]     # kg.extract.event_targets
COMMENTED += [("route_nouns.tsv", 1)]     # kg.extract.event_targets, event-target-object-agent
COMMENTED += [("bare_spokesperson_titles.tsv", 1)]     # kg.extract.affiliation_context, official-affiliation-spokesperson-body
COMMENTED += [("settlement_nouns.tsv", 1)]     # kg.extract.talk_verbs, talks-sought-settlement
COMMENTED += [("aid_nouns.tsv", 1)]     # kg.extract.talk_aid, talks-aid-recipient
COMMENTED += [("message_nouns.tsv", 1)]     # kg.extract.capitals, capital-message-source
COMMENTED += [("creditor_nouns.tsv", 1)]     # kg.extract.talk_creditors, talks-creditors-named
COMMENTED += [("agreement_parties.tsv", 2)]     # kg.extract.talk_agreements, talks-named-agreement-parties
COMMENTED += [("bringing_verbs.tsv", 1)]     # kg.extract.talk_status, talks-purpose-brought-about
COMMENTED += [("advising_verbs.tsv", 1)]     # kg.extract.advisers, relation-adviser-verb
COMMENTED += [("compound_office_titles.tsv", 3)]     # kg.nlp.gazetteer_compounds, body-office-compound
COMMENTED += [("activity_words.tsv", 1)]     # kg.extract.member_verbs, relation-party-active
COMMENTED += [("staff_titles.tsv", 1)]     # kg.extract.advisers and titles, relation-staff-title
COMMENTED += [("related_party_nouns.tsv", 1)]     # kg.extract.talk_keys, talks-related-party
COMMENTED += [("portfolio_prefix_titles.tsv", 1)]     # kg.extract.title_affiliation, title-affiliation-portfolio-prefix
COMMENTED += [("interest_group_heads.tsv", 1)]     # kg.extract.body_speakers, official-speaker-of-association
COMMENTED += [("lay_association_heads.tsv", 1)]     # kg.extract.bracket_associations, official-bracket-association
COMMENTED += [("media_name_tails.tsv", 1)]     # kg.nlp.speakers, media-source-coined
COMMENTED += [("counterpart_titles.tsv", 1)]     # kg.extract.affiliation_words, official-affiliation-counterpart
COMMENTED += [("trade_fairs.tsv", 1)]     # kg.extract.affiliation_firms, official-affiliation-officer-body
COMMENTED += [("nonstate_office_ends.tsv", 1)]     # kg.extract.affiliation_words, official-affiliation-nonstate-office
COMMENTED += [("chamber_member_states.tsv", 2)]     # kg.extract.affiliation_words, official-affiliation-chamber-elsewhere
COMMENTED += [("envoy_titles.tsv", 1)]     # kg.extract.affiliation_context, official-affiliation-envoy-dateline
COMMENTED += [("performing_verbs.tsv", 2)]     # kg.extract.event_governed, event-noun-performed
COMMENTED += [("agreeing_verbs.tsv", 1)]     # kg.extract.event_governed, event-noun-agreed
COMMENTED += [("charge_verbs.tsv", 1), ("offence_nouns.tsv", 1)]     # kg.extract.charges, event-passive-charge
COMMENTED += [("custody_verbs.tsv", 1)]     # kg.extract.event_passive, event-passive-described-people
COMMENTED += [("negotiation_words.tsv", 1)]     # kg.nlp.negotiators, negotiating-party
COMMENTED += [("looming_verbs.tsv", 1)]     # kg.extract.threats, event-looming-not-threat
COMMENTED += [("member_stay_words.tsv", 2)]     # kg.extract.member_stays, member-stay-or-exit
COMMENTED += [("switching_verbs.tsv", 1)]     # kg.extract.member_verbs, relation-party-switch
COMMENTED += [("voting_verbs.tsv", 1)]     # kg.extract.member_stays, member-stay-or-exit-vote
COMMENTED += [("expecting_verbs.tsv", 2)]     # kg.extract.threats, event-demand-expected-act
COMMENTED += [("state_owned_stems.tsv", 1)]     # kg.extract.affiliation_words, official-affiliation-state-owned-body
COMMENTED += [("authority_heads.tsv", 1)]     # kg.nlp.authorities, org-authority-compound
COMMENTED += [("central_banks.tsv", 3)]     # kg.extract.body_states, body-listed-central-bank
COMMENTED += [("branch_head_titles.tsv", 1)]     # kg.extract.branch_heads, title-affiliation-branch-head
COMMENTED += [("place_complement_heads.tsv", 1)]     # kg.extract.title_affiliation, title-affiliation-place-in-body-name


@pytest.mark.parametrize(("name", "width"), COMMENTED)
def test_commented_list_loads_without_duplicates(name: str, width: int) -> None:
    rows = resources.commented_rows(name)
    assert rows, name
    assert all(len(r) == width and all(r) for r in rows), name
    assert not [r for r, n in Counter(rows).items() if n > 1], name
    assert (resources.DATA / name).read_text(encoding="utf-8").startswith("# "), "a header comment says what it is"


def test_side_nouns_are_lower_case_and_not_armed_epithets() -> None:
    rows = resources.commented_rows("side_nouns.tsv")
    assert {side for _, side in rows} == {"government", "both"}
    assert all(noun == noun.lower() and noun.isalpha() for noun, _ in rows)
    armed = {w.lower() for w in resources.load_word_list("armed_epithets.tsv")}
    assert not armed & {noun for noun, _ in rows}, "an armed group's nouns live in armed_epithets.tsv"


def test_member_stay_words_are_nouns_of_staying_or_leaving() -> None:
    rows = resources.commented_rows("member_stay_words.tsv")
    assert {kind for kind, _ in rows} == {"continue", "ending"}
    assert all(noun[:1].isupper() and noun.isalpha() for _, noun in rows)
    assert not {noun for _, noun in rows} & {"Rückzug", "Mitgliedschaft", "Ausschluss"}, "they name no member for certain"


def test_ministry_forms_share_one_lemma_that_is_a_form() -> None:
    rows = resources.commented_rows("ministry_forms.tsv")
    lemmas = {lemma for _, lemma in rows}
    assert len(lemmas) == 1 and lemmas <= {form for form, _ in rows}


def test_place_prepositions_derive_from_one_core() -> None:
    assert german.LOCATIVE_PREPOSITIONS < german.PLACE_PREPOSITIONS
    assert not german.DIRECTION_PREPOSITIONS & german.PLACE_PREPOSITIONS


def test_grammar_nouns_fill_every_kind_german_reads() -> None:
    kinds = {kind for kind, _ in resources.commented_rows("grammar_nouns.tsv")}
    read = set(re.findall(r'_nouns\("([\w-]+)"\)', (Path(german.__file__)).read_text(encoding="utf-8")))
    assert kinds == read, "every kind of the file is read by kg/german.py, and every kind it reads is there"
    assert "angaben" in german.ATTRIBUTION_NOUNS and "Nähe" in german.VICINITY_NOUNS
    assert "Frau" in german.ADDRESS_NOUNS and "Dr." in german.ACADEMIC_TITLES
    # relatives, read before a lone first name („sein Bruder Raul“), are German nouns
    assert {"Bruder", "Tochter", "Cousin"} <= german.KINSHIP_NOUNS
    assert german.KINSHIP_NOUNS <= resources.common_nouns()
    # a member's noun before its body („Mitglied der Nato“), singular apart from plural
    assert {"Mitglied", "Mitgliedsstaat"} <= german.MEMBER_NOUNS
    assert not german.MEMBER_NOUNS & {"Mitglieder", "Mitgliedsstaaten"}
    assert german.MEMBER_NOUNS | {"Mitglieder", "Mitgliedsstaaten"} <= german.MEMBERSHIP_NOUNS


def test_construction_verbs_are_known_verbs() -> None:
    """construction_verbs.tsv names the verb each cue-less construction is read as: a PLOVER cue or a compliance verb."""
    from kg.extract.lexicon import construction_verbs, plover_cues, talks_cues
    CONSTRUCTION_VERBS = construction_verbs()
    assert set(CONSTRUCTION_VERBS) == {"threat", "compliance", "spoken-talk", "appeal", "paid-visit",
                                      "cancelled-talks"}
    assert CONSTRUCTION_VERBS["appeal"] in {c.cue for c in talks_cues() if c.kind == "PhoneCall"}
    # the light verb of a paid visit is found as a particle verb of a clause: "stattete … ab"
    from kg.extract.clauses import make_word, verb_keys
    assert CONSTRUCTION_VERBS["paid-visit"] in verb_keys(make_word("stattete", "statten", 0, 8), "ab")
    assert CONSTRUCTION_VERBS["cancelled-talks"] in verb_keys(make_word("sagte", "sagen", 0, 5), "ab")
    assert CONSTRUCTION_VERBS["spoken-talk"] in {c.cue for c in talks_cues() if c.kind == "PhoneCall"}
    assert CONSTRUCTION_VERBS["threat"] in {c.cue for c in plover_cues() if c.code == "THREATEN"}
    assert CONSTRUCTION_VERBS["compliance"] in resources.load_word_list("compliance_verbs.tsv")


def test_ambiguous_nouns_fill_the_kinds_the_rules_read() -> None:
    """ambiguous_nouns.tsv: each kind the NLP rules read holds words, and none other is there."""
    kinds = {kind for kind, _ in resources.commented_rows("ambiguous_nouns.tsv")}
    assert kinds == {"feminine-group", "masculine-only", "common-plural", "town-tail", "pool-group", "street-kind"}
    assert all(resources.kind_words("ambiguous_nouns.tsv", kind) for kind in kinds)
    assert {"Band", "Bands"} == resources.kind_words("ambiguous_nouns.tsv", "feminine-group")


def test_participation_words_fill_the_kinds_the_rule_reads() -> None:
    """participation_words.tsv: each kind talks-participation reads holds words, and none other is there."""
    from kg.extract.talks import PARTICIPATION
    kinds = {kind for kind, _ in resources.commented_rows("participation_words.tsv")}
    assert kinds == {"opener", "coming", "being", "present", "taking", "particle", "joined", "noun"}
    assert all(resources.kind_words("participation_words.tsv", kind) for kind in kinds)
    assert PARTICIPATION.search("Für Deutschland ist Außenminister Steinmeier dabei.")
    assert PARTICIPATION.search("An dem Treffen nahmen auch Vertreter der Ukraine teil.")
    assert not PARTICIPATION.search("Deutschland will am Montag mit Frankreich verhandeln.")


def test_central_banks_are_listed_government_bodies_of_their_state() -> None:
    # kg.extract.body_states, body-listed-central-bank: a generic body of government_bodies.tsv → a listed organisation
    generic = {b.name for b in resources.load_government_bodies()}
    orgs = {o.name: o for o in resources.load_organizations()}
    for body, iso, name in resources.commented_rows("central_banks.tsv"):
        assert body in generic and name in orgs, (body, name)
        assert orgs[name].kind == "government" and orgs[name].state == iso, name

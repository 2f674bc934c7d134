"""The word lists of the entity stage (kg/data) parse, are well formed, and are what the rules read."""
from __future__ import annotations

import csv

import pytest

from kg import resources
from kg.extract.reading import tables

FILES = ["relation_nouns.tsv", "government_words.tsv", "municipal_words.tsv", "member_words.tsv",
         "lead_verbs.tsv", "adviser_words.tsv", "spokesperson_words.tsv", "party_adjective_names.tsv", "parliaments.tsv",
         "candidacy_verbs.tsv", "seat_verbs.tsv", "succession_nouns.tsv"]


@pytest.mark.parametrize("name", FILES)
def test_rows_have_the_header_width_and_no_duplicates(name: str) -> None:
    with (resources.DATA / name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows if r), name
    firsts = [tuple(r) for r in rows[1:] if r]
    assert len(firsts) == len(set(firsts)), name
    assert all(v == v.strip() and v for r in rows for v in r), f"{name}: an empty or padded cell"


def test_nouns_are_capitalised_and_word_parts_lower_case() -> None:
    t = tables()
    for noun in (*t.relation_nouns, *t.seat_words, *t.leader_words, *t.member_words, *t.accession_words):
        assert noun[:1].isupper() and " " not in noun, noun
    for part in (*t.municipal_parts, *t.lead_verbs, *t.adviser_endings, *t.spokesperson_endings):
        assert part == part.lower() and part.isalpha(), part


def test_government_words_say_yes_or_no_and_each_has_a_use() -> None:
    for row in resources.rows("government_words.tsv"):
        assert row["seat"] in ("yes", "no") and row["leader"] in ("yes", "no"), row
        assert "yes" in (row["seat"], row["leader"]), f"{row['word']} is read by no rule"
    t = tables()
    # "die Regierung in Kiew" and "die Regierung unter X" both read the government's word
    assert "Regierung" in t.seat_words & t.leader_words
    assert "Kabinett" in t.leader_words - t.seat_words


def test_member_words_are_members_or_accession() -> None:
    kinds = {r["kind"] for r in resources.rows("member_words.tsv")}
    assert kinds == {"member", "accession", "unheld", "partner"}
    t = tables()
    assert {"Mitglied", "Mitgliedstaaten"} <= t.member_words and "Beitritt" in t.accession_words
    assert not t.member_words & t.accession_words


def test_lead_verbs_hold_the_forms_of_both_verbs() -> None:
    # "X leitet die SPD", "X wird die KP weiter führen", "X führte die Partei an"
    assert {"leitet", "führen", "führte", "anführen"} <= tables().lead_verbs


def test_party_adjective_names_are_listed_parties() -> None:
    parties = {form for o in resources.load_organizations() if o.kind == "party" for form in (o.name, *o.aliases)}
    assert tables().party_adjective_names <= parties


def test_parliaments_name_a_generic_body_and_a_known_state() -> None:
    bodies = {r["name"] for r in resources.rows("government_bodies.tsv")}
    states = {s.iso2 for s in resources.load_states()}
    for (body, iso), org in tables().parliaments.items():
        assert body in bodies and iso in states, (body, iso)
        assert org in tables().orgs, org


def test_party_units_are_capitalised_compounds_of_a_party_noun() -> None:
    units = resources.listed_words("party_units.tsv")
    assert {"Parteiflügel", "Landespartei"} <= units
    assert all(u[:1].isupper() and u.isalpha() and "partei" in u.lower() for u in units), units
    assert not units & tables().party_nouns     # the party nouns are read beside them


def test_body_member_nouns_name_listed_international_bodies() -> None:
    rows = resources.commented_rows("body_member_nouns.tsv")
    bodies = {o.name: o.kind for o in resources.load_organizations()}
    assert rows and all(len(r) == 2 and r[0][:1].isupper() and bodies.get(r[1]) == "international" for r in rows), rows


def test_lead_nouns_are_capitalised_nouns_no_title_list_holds() -> None:
    nouns = resources.listed_words("lead_nouns.tsv")
    assert "Spitze" in nouns and all(n[:1].isupper() and n.isalpha() for n in nouns)
    assert not nouns & tables().party_titles

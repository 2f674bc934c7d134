"""The data files in kg/data/ parse, hold no duplicates and do not contradict each other."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from kg import german, resources
from kg.facts import slug

DATA = resources.DATA
ENTITY_FILES = ["states.tsv", "organizations.tsv", "places.tsv", "titles.tsv", "people.tsv", "first_names.tsv",
                "government_bodies.tsv", "state_verbs.tsv", "role_adjectives.tsv", "not_entities.tsv",
                "context_nouns.tsv", "party_titles.tsv", "place_prefixes.tsv", "acting_capitals.tsv",
                "abbreviations.tsv", "parliaments.tsv", "place_heads.tsv", "org_name_words.tsv",
                "speech_verbs.tsv", "currencies.tsv", "toponym_endings.tsv", "geo_heads.tsv", "rivers.tsv",
                "party_adjectives.tsv", "party_members.tsv", "party_member_nouns.tsv", "separable_candidacy_verbs.tsv",
                "org_heads.tsv", "noun_suffixes.tsv", "name_end_nouns.tsv", "credit_words.tsv",
                "building_nouns.tsv", "vessel_nouns.tsv", "confession_adjectives.tsv", "corporate_nouns.tsv", "thing_acronyms.tsv", "not_cue_nouns.tsv", "place_of_nouns.tsv", "body_heads.tsv",
                "work_nouns.tsv", "feast_days.tsv"]
ENTITY_FILES += ["federal_heads.tsv", "media_verbs.tsv", "organ_heads.tsv", "region_adjectives.tsv"]     # kg.nlp.orgnames, speakers, orgprefixed
ENTITY_FILES += ["transliterations.tsv"]     # kg.extract.listed_variants
ENTITY_FILES += ["product_nouns.tsv"]     # kg.nlp.brand_guards
ENTITY_FILES += ["party_organ_nouns.tsv"]     # kg.extract.party_links


def dupes(values) -> list:
    return [v for v, n in Counter(values).items() if n > 1]


@pytest.mark.parametrize("name", ENTITY_FILES)
def test_tsv_rows_have_the_header_width(name: str) -> None:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    width = len(rows[0])
    bad = [(i + 1, r) for i, r in enumerate(rows) if r and len(r) != width]
    assert not bad, bad[:3]
    assert not dupes(tuple(r) for r in rows[1:]), name


def test_states_cover_the_un_members_and_observers() -> None:
    states = resources.load_states()
    codes = [s.iso2 for s in states]
    assert not dupes(codes)
    assert len(states) >= 197          # 193 members, 2 observers, Kosovo, Taiwan
    for iso in codes:
        # former states keep their withdrawn code (SU, CS): articles tell history too
        assert iso == "XK" or pycountry.countries.get(alpha_2=iso) is not None \
            or pycountry.historic_countries.get(alpha_2=iso) is not None, iso
    names = [s.name for s in states]
    assert not dupes(names)
    assert {"USA", "Russland", "Deutschland", "Großbritannien", "Türkei", "Iran", "Ukraine"} <= set(names)
    # Victoria (Seychelles) is left out on purpose: as a first name it is far more common
    # former states have no capital of their own: Moskau and Prag act for today's states
    # (the DDR's Ost-Berlin is a compass part of Berlin; Belgrad acts for Serbia)
    assert sorted(s.name for s in states if not s.capitals) == ["DDR", "Jugoslawien", "Seychellen", "Sowjetunion",
                                                                 "Tschechoslowakei"]
    assert {"DDR", "BRD", "Jugoslawien"} <= {n for s in states for n in (s.name, *s.aliases)}


def test_no_surface_form_names_two_states() -> None:
    seen: dict[str, str] = {}
    for s in resources.load_states():
        for form in (s.name, *s.aliases, *s.demonyms):
            assert seen.setdefault(form, s.iso2) == s.iso2, form
    stems = [a for s in resources.load_states() for a in s.adjectives]
    assert not dupes(stems)
    assert all(a == a.lower() for a in stems)


def test_organisations_are_consistent() -> None:
    orgs = resources.load_organizations()
    assert not dupes(o.name for o in orgs)
    assert not dupes(slug(o.name) for o in orgs)
    forms = [f for o in orgs for f in (o.name, *o.aliases)]
    assert not dupes(forms), dupes(forms)
    kinds = {"international", "government", "party", "armed", "media", "agency", "company", "other"}
    assert {o.kind for o in orgs} <= kinds
    codes = {s.iso2 for s in resources.load_states()}
    for o in orgs:
        assert o.state is None or o.state in codes, o
        if o.kind == "government":
            assert o.state, f"government body without a state: {o.name}"


def test_organisation_names_do_not_clash_with_states_or_places() -> None:
    state_forms = {f for s in resources.load_states() for f in (s.name, *s.aliases)}
    org_forms = {f for o in resources.load_organizations() for f in (o.name, *o.aliases)}
    assert not (org_forms & state_forms - {"US-Regierung"}), org_forms & state_forms


def test_places_are_unique_and_name_known_states() -> None:
    places = resources.load_places()
    assert not dupes(p.name for p in places)
    assert not dupes(f for p in places for f in (p.name, *p.aliases))
    codes = {s.iso2 for s in resources.load_states()}
    assert all(p.state is None or p.state in codes for p in places)
    state_names = {s.name for s in resources.load_states()}
    assert not ({p.name for p in places} & state_names)


def test_titles_parse_and_have_known_kinds() -> None:
    titles = resources.load_titles()
    assert not dupes(t.title for t in titles)
    assert {t.declension for t in titles} <= {"weak", "strong", "adjective"}
    assert {t.official for t in titles} <= {"yes", "no", "colleague"}
    for needed in ("Präsident", "Kanzler", "Außenminister", "Generalsekretär", "Berater", "Sprecher"):
        assert any(t.title == needed for t in titles), needed


def test_people_point_at_known_states_and_organisations() -> None:
    people = resources.load_people()
    assert not dupes(p.name for p in people)
    assert not dupes(slug(p.name) for p in people)
    codes = {s.iso2 for s in resources.load_states()}
    orgs = {o.name: o for o in resources.load_organizations()}
    for p in people:
        assert p.affiliation is None or p.affiliation in codes or p.affiliation in orgs, p
        assert p.party is None or orgs[p.party].kind == "party", p
    aliases = [a for p in people for a in (p.name, *p.aliases)]
    assert not dupes(aliases), dupes(aliases)


def test_first_names_are_capitalised_words() -> None:
    names = resources.load_first_names()
    assert len(names) > 300
    assert all(n[:1].isupper() and " " not in n for n in names)
    # a first name that is also a state, capital or month would make persons out of places
    places = {f for s in resources.load_states() for f in (s.name, *s.capitals)}
    assert not (names & places), names & places
    assert not (names & {"Januar", "Mai", "August"})


def test_the_states_file_is_what_the_generator_makes(tmp_path: Path) -> None:
    import subprocess
    import sys
    tool = DATA / "tools" / "make_states.py"
    out = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True, check=True).stdout
    assert out == (DATA / "states.tsv").read_text(encoding="utf-8")


def test_context_nouns_type_places_and_organisations() -> None:
    rows = list(resources.rows("context_nouns.tsv"))
    assert {r["label"] for r in rows} == {"PLACE", "ORG"}
    org_kinds = {r["kind"] for r in rows if r["label"] == "ORG"}
    assert org_kinds <= {"media", "party", "armed", "other", "company", "international", "government"}


def test_place_heads_agree_with_the_context_nouns() -> None:
    """A compound's head types it as the noun alone does: "Küstenprovinz" is a region as "Provinz" is."""
    heads = {r["head"]: r["kind"] for r in resources.rows("place_heads.tsv")}
    nouns = {r["noun"].lower(): r["kind"] for r in resources.rows("context_nouns.tsv") if r["label"] == "PLACE"}
    assert heads and all(h == h.lower() and h.isalpha() for h in heads)
    assert set(heads.values()) <= {"city", "region", "site"}
    both = heads.keys() & nouns.keys()
    assert {"provinz", "stadt", "insel", "stützpunkt"} <= both
    assert {h: heads[h] for h in both} == {h: nouns[h] for h in both}


@pytest.mark.parametrize("name", ["hosting_verbs.tsv", "reporting_verbs.tsv", "sein_perfect_verbs.tsv"])
def test_verb_lists_hold_infinitives(name: str) -> None:
    verbs = resources.load_word_list(name)
    assert len(verbs) >= 5
    assert all(v.isalpha() and v.islower() and v.endswith("n") for v in verbs), name


def test_pending_verbs_are_infinitives() -> None:
    verbs = resources.listed_words("pending_verbs.tsv")
    assert "anstehen" in verbs
    assert all(v.isalpha() and v.islower() and v.endswith("n") for v in verbs)


def test_title_seats_name_known_states() -> None:
    states = {s.iso2 for s in resources.load_states()}
    rows = list(resources.rows("title_seats.tsv"))
    assert rows and all(r["prefix"][:1].isupper() and r["iso2"] in states for r in rows)


def test_a_title_word_beginning_with_a_seat_acts_for_its_state() -> None:
    from kg.extract.entities import read_entities
    from kg.facts import Article
    from kg.nlp import build_nlp
    text = "In Berlin sagte der Kremlbeamte Juri Plakin, man lade zu Gesprächen ein."
    reading = read_entities(build_nlp()(text), Article(id="t", text=text))
    kosak = next(e for e in reading.entities if e.name == "Juri Plakin")
    assert kosak.type == "Official" and kosak.affiliations == ("state:russland",)


def test_a_compound_place_noun_types_the_name_after_it_by_its_head() -> None:
    from kg.nlp import build_nlp
    doc = build_nlp()("Die Armee rückte in die Küstenprovinz Zalbonia und in die Hafenstadt Krevat vor.")
    forms = {h.text: h.form for h in doc._.geokg_hits if h.label == "PLACE"}
    assert forms == {"Zalbonia": "context:region", "Krevat": "context:city"}


def test_common_words_hold_nouns_and_few_names() -> None:
    words = set((DATA / "common_words.txt").read_text(encoding="utf-8").split())
    assert len(words) > 100_000
    assert {"Haft", "Abwesenheit", "Unterstützung", "Präsidenten"} <= words
    first = set(resources.load_first_names())
    assert len(words & first) < 0.4 * len(first)   # the lemma table holds some names ("Olaf")


def test_parliaments_and_acting_capitals_name_known_organisations() -> None:
    orgs = {o.name for o in resources.load_organizations()}
    assert {r["organization"] for r in resources.rows("parliaments.tsv")} <= orgs
    assert {r["organization"] for r in resources.rows("acting_capitals.tsv")} <= orgs


def test_organisation_name_words_have_known_roles() -> None:
    rows = list(resources.rows("org_name_words.tsv"))
    assert {r["role"] for r in rows} == {"head", "organ", "legal", "club", "club-end", "end", "foreign-end", "adjective", "tail", "of-head",
                                       "federal"}
    assert not dupes(r["word"] for r in rows)
    assert all(r["word"][:1].isupper() or r["role"] == "legal" for r in rows)


def test_org_genitive_heads_are_lower_case_organisation_nouns() -> None:
    heads = resources.listed_words("org_genitive_heads.tsv")
    assert {"verband", "gewerkschaft", "akademie"} <= heads
    assert all(h == h.lower() and h.isalpha() for h in heads)


def test_association_heads_are_lower_case_genitive_heads_of_members() -> None:
    heads = resources.listed_words("association_heads.tsv")
    assert {"verband", "vereinigung", "gewerkschaft"} <= heads
    assert heads <= resources.listed_words("org_genitive_heads.tsv") - {"akademie"}
    assert all(h == h.lower() and h.isalpha() for h in heads)


def test_policy_areas_are_lower_case_compound_parts_that_name_no_organ() -> None:
    areas = resources.listed_words("policy_areas.tsv")
    assert {"bildungs", "sozial", "menschenrechts"} <= areas
    assert all(a == a.lower() and a.isalpha() for a in areas)
    assert not areas & {"polizei", "regierungs", "außenamts", "presse", "partei"}   # an organ's spokesperson


def test_representative_titles_are_lower_case_titles_no_other_body_has() -> None:
    titles = resources.listed_words("representative_titles.tsv")
    assert {"abgeordneter", "stadträtin", "mandatar"} <= titles
    assert all(t == t.lower() and t.isalpha() for t in titles)
    assert not titles & {"chef", "vorsitzender", "mitglied", "funktionär", "sprecher", "präsident"}


def test_party_office_titles_are_lower_case_titles_the_title_list_holds() -> None:
    offices = resources.listed_words("party_office_titles.tsv")
    titles = {row[col].casefold() for row in resources.rows("titles.tsv") for col in ("title", "feminine") if row[col]}
    assert "generalsekretär" in offices and offices - {"title"} <= titles     # its header aside


def test_above_party_titles_are_lower_case_titles_the_title_list_holds() -> None:
    offices = resources.listed_words("above_party_titles.tsv")
    titles = {row[col].casefold() for row in resources.rows("titles.tsv") for col in ("title", "feminine") if row[col]}
    assert "bundespräsident" in offices and offices - {"title"} <= titles     # its header aside


def test_domestic_adjectives_are_lower_case_adjectives() -> None:
    words = resources.listed_words("domestic_adjectives.tsv")
    assert "nationale" in words and all(w == w.lower() and w.isalpha() for w in words)


def test_agreement_nouns_are_lower_case_endings_of_the_agreement_verbs() -> None:
    from kg.extract.lexicon import talks_cues
    nouns = resources.load_word_list("agreement_nouns.tsv")
    assert {"abkommen", "vertrag", "vereinbarung"} <= nouns
    assert all(n == n.lower() and n.isalpha() for n in nouns)
    assert {c.cue for c in talks_cues() if "agreement" in c.requires} >= {"unterzeichnen", "schließen"}


def test_talks_anaphora_words_have_known_roles() -> None:
    rows = list(resources.rows("talks_anaphora.tsv"))
    assert {r["role"] for r in rows} == {"continue", "phone", "pair", "again", "another"}
    assert all(r["word"] == r["word"].lower() and r["word"].isalpha() for r in rows)
    assert all(r["word"].endswith("n") for r in rows if r["role"] == "continue"), "verbs as infinitives"


def test_trade_nouns_are_lower_case_endings() -> None:
    nouns = resources.load_word_list("trade_nouns.tsv")
    assert {"kauf", "käufe", "lieferung", "import"} <= nouns
    assert all(n == n.lower() and n.isalpha() for n in nouns)


def test_sport_nouns_are_lower_case_endings_that_name_no_political_body() -> None:
    nouns = resources.listed_words("sport_nouns.tsv")
    assert {"rückspiel", "viertelfinale", "schlusslicht"} <= nouns
    assert all(n == n.lower() and n.isalpha() for n in nouns)
    assert not {"liga", "spiel", "gipfel"} & nouns, "the Arab League, „Beispiel“ and summits are no games"


def test_team_nouns_are_lower_case_nouns_of_a_standing_that_name_no_title_of_office() -> None:
    # kg.nlp.team_places: a town after one is a team („Spitzenreiter Salzburg“); an office's noun („Bürgermeister
    # Wien“) must not be one, nor may a noun whose genitive town is a government's („die Gegner Moskaus“ is guarded)
    nouns = resources.listed_words("team_nouns.tsv")
    assert {"spitzenreiter", "schlusslicht", "tabellenführer", "titelverteidiger"} <= nouns
    assert all(n == n.lower() and n.isalpha() for n in nouns)
    assert not {"bürgermeister", "präsident", "hauptstadt", "regierung"} & nouns


def test_match_verbs_are_lower_case_finite_forms_of_a_match_and_no_infinitive() -> None:
    # kg.nlp.team_places: a town beside one, in a text with a score, is a team („Wolkenhausen schlägt Graz“); an
    # infinitive or participle of another sense („empfangen“: a state guest) must not be one
    verbs = resources.listed_words("match_verbs.tsv")
    assert {"schlägt", "besiegte", "unterlag", "gewann"} <= verbs
    assert all(v == v.lower() and v.isalpha() for v in verbs)
    assert not {"empfangen", "schlagen", "trifft", "traf"} & verbs, "a meeting („trifft“) is no match"


@pytest.mark.parametrize("name", ["party_adjectives.tsv", "party_members.tsv"])
def test_party_words_name_listed_parties(name: str) -> None:
    # "der republikanische Gouverneur", "die Demokratin": each word names a party of organizations.tsv
    parties = {o.name for o in resources.load_organizations() if o.kind == "party"}
    rows = list(resources.rows(name))
    assert rows and all(r["party"] in parties for r in rows), [r for r in rows if r["party"] not in parties]
    # several parties per word only where the official's state tells them apart
    states = {o.name: o.state for o in resources.load_organizations()}
    by_word: dict[str, list] = {}
    for r in rows:
        by_word.setdefault(next(iter(r.values())), []).append(states[r["party"]])
    assert all(len(set(s)) == len(s) for s in by_word.values()), by_word
    assert all(None not in s for s in by_word.values() if len(s) > 1), by_word


def test_party_adjectives_are_uninflected_stems() -> None:
    stems = [r["adjective"] for r in resources.rows("party_adjectives.tsv")]
    assert all(a.islower() and not a.endswith("e") for a in stems)


def test_receiving_verbs_are_infinitives() -> None:
    # "erhält von X Hilfe": the lemma of a verb of receiving
    verbs = resources.load_word_list("receiving_verbs.tsv")
    assert {"erhalten", "bekommen"} <= verbs
    assert all(v.islower() and v.endswith("en") for v in verbs)


def test_reaction_words_are_verbs_and_nouns_of_disapproval() -> None:
    # „empören die SPÖ“, „löst bei der SPÖ Kritik aus“, „sorgt bei X für Unmut“ (kg.extract.reactions)
    outrage = resources.load_word_list("outrage_verbs.tsv")
    assert {"empören", "verärgern"} <= outrage and all(v.isalpha() and v.islower() and v.endswith("n") for v in outrage)
    nouns = {r["noun"]: r["code"] for r in resources.rows("reaction_nouns.tsv")}
    assert {"empörung", "kritik", "ablehnung"} <= nouns.keys() and set(nouns.values()) == {"ACCUSE", "REJECT"}
    assert all(n.isalpha() and n.islower() for n in nouns)
    causing = {r["lemma"]: r["preposition"] for r in resources.rows("causing_verbs.tsv")}
    assert causing["auslösen"] == "" and all(not p or p in german.PREPOSITIONS for p in causing.values())


def test_state_giver_prefixes_are_lower_case_compound_parts() -> None:
    # „Staatshilfe“: an aid noun whose first part names the state as giver (event-state-aid-giver)
    prefixes = resources.listed_words("state_giver_prefixes.tsv")
    assert "staats" in prefixes and all(p.isalpha() and p.islower() for p in prefixes)


def test_consent_verbs_are_agree_cues_of_the_lexicon() -> None:
    # "stimmte nicht zu": a verb of consent whose negation refuses (event-negated-consent)
    verbs = resources.listed_words("consent_verbs.tsv")
    agree = {row[0] for row in resources.commented_rows("plover_lexicon.tsv") if len(row) > 3 and row[3] == "AGREE"}
    assert "zustimmen" in verbs and verbs <= agree


def test_agreeing_verbs_are_agree_cues_of_the_lexicon() -> None:
    # "einigten sich auf Kredite für X": a verb whose object noun cue is its subject's planned act (event-noun-agreed)
    verbs = resources.listed_words("agreeing_verbs.tsv")
    agree = {row[0] for row in resources.commented_rows("plover_lexicon.tsv") if len(row) > 3 and row[3] == "AGREE"}
    assert {"einigen", "zustimmen"} <= verbs <= agree


def test_declaring_verbs_are_infinitives() -> None:
    # "erklärte seinen Rücktritt": the lemma of a verb that declares the act its object noun names
    verbs = resources.load_word_list("declaring_verbs.tsv")
    assert {"erklären", "ankündigen"} <= verbs
    assert all(v.islower() and v.isalpha() and v.endswith("en") for v in verbs)


def test_armed_epithets_are_plural_or_group_nouns() -> None:
    # "die Dschihadisten": capitalised nouns that name an armed group by what its members are
    words = resources.load_word_list("armed_epithets.tsv")
    assert {"Dschihadisten", "Miliz"} <= words
    assert all(w[:1].isupper() and w.isalpha() for w in words)


def test_org_heads_are_lower_case_noun_endings_of_known_kinds() -> None:
    rows = list(resources.rows("org_heads.tsv"))
    assert len(rows) >= 50 and not dupes(r["head"] for r in rows)
    kinds = {"company", "media", "club", "band", "party", "armed", "other", "body", "seat"}
    assert all(r["head"] == r["head"].lower() and r["head"].isalpha() and r["kind"] in kinds for r in rows)


def test_venues_and_hospitals_are_named_by_their_seat() -> None:
    # „die Kunsthalle Wien“, „das Bezirkskrankenhaus Lindau“: the town is the name's seat, no Place
    kinds = {r["head"]: r["kind"] for r in resources.rows("org_heads.tsv")}
    assert all(kinds.get(h) == "seat" for h in ("kunsthalle", "kunsthaus", "krankenhaus", "spital", "galerie"))
    roles = {r["word"]: r["role"] for r in resources.rows("org_name_words.tsv")}
    assert roles.get("Kunsthalle") == "head"
    # „ins Krankenhaus gebracht“: the bare noun is any hospital, so only its compounds name one
    assert "Krankenhaus" not in roles and "Spital" not in roles


def test_unlemmatised_words_are_common_words_no_lemma_holds() -> None:
    words = resources.unlemmatised_words()
    assert {"Siemens", "Science"} <= words and not {"Recht", "Verkehr"} & words
    assert words <= resources.common_nouns()
    assert not words & resources.lemma_words()
    lines = (DATA / "unlemmatised_words.txt").read_text(encoding="utf-8").split()
    assert lines == sorted(set(lines))


def test_the_name_rules_word_lists() -> None:
    suffixes = resources.load_word_list("noun_suffixes.tsv")
    assert {"ung", "heit", "keit", "schaft"} <= suffixes
    assert all(x.isalpha() and x.islower() for x in suffixes)
    heads = resources.load_word_list("name_end_nouns.tsv")
    assert {"Stiftung", "Partei", "Universität"} <= heads
    # a noun that ends a name is no first name: it would start a person's name instead
    assert all(h[:1].isupper() and h.isalpha() for h in heads) and not heads & resources.load_first_names()
    credits = resources.load_word_list("credit_words.tsv")
    assert {"Foto", "Bild"} <= credits and all(c[:1].isupper() for c in credits)
    # a building noun before a name makes it the building's: a German noun, no first name, no title
    buildings = resources.load_word_list("building_nouns.tsv")
    assert {"Villa", "Hotel", "Schloss"} <= buildings and buildings <= resources.common_nouns()
    assert not buildings & resources.load_first_names()
    assert not buildings & {r["title"] for r in resources.rows("titles.tsv")}
    # a ship noun before a name makes it the ship's: capitalised, no first name, no title, and no head of a
    # person's noun („Preisträger“, „Segler“ are people)
    vessels = resources.load_word_list("vessel_nouns.tsv")
    assert {"Schiff", "Zerstörer", "Fregatte", "Flugzeugträger"} <= vessels
    assert all(v[:1].isupper() for v in vessels) and not vessels & resources.load_first_names()
    assert not {v for v in vessels if v in {r["title"] for r in resources.rows("titles.tsv")}}
    assert not vessels & {"Träger", "Segler", "Fahrer"}
    # a church's adjective stem, lower case: a state's adjective joined to one names the church („serbisch-orthodox“)
    # nouns that end a company's name as its legal form does („die Koza Ipek Holding“ is Koza Ipek)
    corporate = resources.load_word_list("corporate_nouns.tsv")
    assert "Holding" in corporate and all(c[:1].isupper() for c in corporate)
    assert not corporate & {r["word"] for r in resources.rows("org_name_words.tsv") if r["role"] == "legal"}
    confessions = resources.load_word_list("confession_adjectives.tsv")
    assert {"orthodox", "katholisch", "evangelisch"} <= confessions and all(c.islower() for c in confessions)


def test_community_adjectives_join_two_states_words_and_name_one_of_them() -> None:
    """A people's compound („bosnisch-serbisch“) is two states' lower-case words, and names a listed state."""
    states = {r["iso2"]: r for r in resources.rows("states.tsv")}
    words = {w.casefold() for r in states.values() for w in (r["name"], *r["adjectives"].split("|")) if w}
    rows = resources.commented_rows("community_adjectives.tsv")
    assert {r[0] for r in rows} == {"community", "between"}
    for kind, word, *state in rows:
        if kind == "community":
            assert word.islower() and all(part in words for part in word.split("-")), word
            assert len(state) == 1 and state[0] in states, word
        else:
            assert word[:1].isupper() and not state, word


def test_speech_verb_forms_and_reporting_lemmas_are_two_lists_of_one_kind() -> None:
    # speech_verbs.tsv: the finite forms the rule pipeline sees as tokens („sagte“, „betonte“; it has no
    # lemmas); reporting_verbs.tsv: the lemmas the extractor matches („sagen“); neither holds the other's
    forms = resources.load_word_list("speech_verbs.tsv")
    lemmas = resources.load_word_list("reporting_verbs.tsv")
    assert not forms & lemmas
    assert {"sagte", "betonte", "erklärte"} <= forms and {"sagen", "betonen", "erklären"} <= lemmas
    assert next(iter(resources.rows("speech_verbs.tsv"))).keys() == {"form"}
    assert next(iter(resources.rows("reporting_verbs.tsv"))).keys() == {"lemma"}


def test_text_nouns_are_capitalised_nouns() -> None:
    # "Ein Leitartikel in der X": nouns for a text that speaks for its author
    nouns = resources.load_word_list("text_nouns.tsv")
    assert {"Leitartikel", "Bericht"} <= nouns
    assert all(n[:1].isupper() and n.isalpha() for n in nouns)


def test_thing_acronyms_are_acronyms_no_list_names() -> None:
    """`thing_acronyms.tsv` holds acronyms of things, laws, units and events, none an organisation we list."""
    from kg.nlp.orgacronyms import ACRONYM
    words = resources.load_word_list("thing_acronyms.tsv")
    assert {"GPS", "BIP", "WM"} <= words
    assert all(ACRONYM.match(w) for w in words), [w for w in words if not ACRONYM.match(w)]
    listed = {f for o in resources.load_organizations() for f in (o.name, *o.aliases)}
    assert not words & listed, words & listed


def test_place_of_nouns_are_capitalised_german_nouns() -> None:
    """„der Bürgermeister von“: each a noun of the lexicon, or the feminine of one ("Einwohnerin")."""
    common = resources.common_nouns()
    words = resources.load_word_list("place_of_nouns.tsv")
    assert len(words) >= 20
    assert all(w[:1].isupper() and w.isalpha() and (w in common or w.endswith("in") and w[:-2] in common)
               for w in words), sorted(words - common)


def test_places_name_the_large_regions_mountains_and_waters() -> None:
    """General geography (no article's answer): regions, mountain ranges, landscapes and seas."""
    places = {p.name: p.kind for p in resources.load_places()}
    for name in ("Alpen", "Schwarzwald", "Ruhrgebiet", "Toskana", "Bodensee", "Sahara", "Preußen"):
        assert places.get(name) == "region", name


def test_capital_nouns_are_lower_case_nouns() -> None:
    # "in der deutschen Hauptstadt": the nouns that name a state's capital after its adjective
    nouns = resources.load_word_list("capital_nouns.tsv")
    assert "hauptstadt" in nouns
    assert all(n == n.lower() and n.isalpha() for n in nouns)


def _attributed_lines(name: str) -> list[str]:
    """The lines of a word list derived from Wiktionary, whose first line states its licence (CC BY-SA 4.0)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "CC BY-SA 4.0" in lines[0]     # the source's licence, attributed
    return lines


def test_dictionary_nouns_are_attributed_capitalised_words_no_other_list_holds() -> None:
    lines = _attributed_lines("dictionary_nouns.txt")
    words = resources.dictionary_nouns()
    assert len(words) == len(lines) - 1 > 1000
    assert all(w[:1].isupper() and " " not in w for w in words)
    assert not words & resources.common_nouns()
    assert {"Dickicht", "Taiga"} <= words and not {"Öbib", "Wifo", "Admira"} & words


def test_lexicon_names_are_attributed_common_words_that_are_no_german_noun() -> None:
    lines = _attributed_lines("lexicon_names.txt")
    words = resources.lexicon_names()
    assert len(words) == len(lines) - 1 > 1000 and lines[1:] == sorted(words)
    assert words <= resources.common_nouns() and not words & resources.unlemmatised_words()
    assert {"Daimler", "Nature", "Verdi"} <= words
    assert not {"Container", "Recht", "Platz", "The", "In", "Frank", "GmbH", "Verschiedene"} & words


def test_plain_nouns_are_attributed_common_nouns_that_name_no_place() -> None:
    lines = _attributed_lines("plain_nouns.txt")
    words = resources.plain_nouns()
    assert len(words) == len(lines) - 1 > 10000
    assert all(w[:1].isupper() and " " not in w for w in words)
    assert not words & resources.common_nouns()
    assert {"Seenot", "Kunstharz", "Notwehr"} <= words
    assert not {"Tekoa", "Halle", "Brenner", "Oberwölz", "Elche"} & words      # towns, also those that are words


def test_regional_nouns_are_capitalised_words_that_name_no_listed_place() -> None:
    lines = (DATA / "regional_nouns.txt").read_text(encoding="utf-8").splitlines()
    words = resources.regional_nouns()
    assert len(words) == len(lines) - 1 and lines[1:] == sorted(words)
    assert all(w[:1].isupper() and w.isalpha() for w in words) and not words & resources.plain_nouns()
    assert not words & {p.name for p in resources.load_places()}


def test_country_codes_name_known_states_and_add_to_iso() -> None:
    rows = list(resources.rows("country_codes.tsv"))
    states = {s.iso2 for s in resources.load_states()}
    assert rows and all(len(r["code"]) == 3 and r["code"].isupper() and r["state"] in states for r in rows)
    codes = resources.country_codes()
    assert {"AUT", "FRA", "GER", "SUI"} <= codes and not {"KPMG", "BMW", "ORF"} & codes


def test_a_seat_compound_names_the_office_that_heads_the_seat() -> None:
    from kg.extract.lexicon import seat_title
    assert seat_title("kremlchef") == seat_title("kreml-chefin") == ("präsident", "RU")
    assert seat_title("kremlsprecher") is None and seat_title("chef") is None
    heads = {r["body"] for r in resources.rows("body_heads.tsv")}
    assert all(r["prefix"] in heads for r in resources.rows("title_seats.tsv"))


def test_federal_heads_are_nouns_of_organisations_kinds() -> None:
    # `kg.nlp.orgnames` asks a compound of „Bundes“ or „Landes“ only where `org_heads.tsv` makes it an organisation's noun
    heads = {r["head"] for r in resources.rows("org_heads.tsv")}
    assert resources.load_word_list("federal_heads.tsv") <= heads
    assert {r["word"] for r in resources.rows("org_name_words.tsv") if r["role"] == "federal"} == {"Bundes", "Landes"}


def test_legal_acts_are_verbs_issuing_noun_cues() -> None:
    # "Haftbefehl erlassen": a procedure verb's lemma and the endings of the legal-act nouns it issues
    from kg.extract.event_legal import legal_acts
    from kg.extract.lexicon import plover_cues
    acts = legal_acts()
    assert {"erlassen", "einleiten"} <= set(acts)
    nouns = {c.cue for c in plover_cues() if c.pos == "noun"}
    for verb, endings in acts.items():
        assert verb.islower() and verb.isalpha() and verb.endswith("en"), verb
        # each ending is a noun cue of the lexicon, a compound or plural of one, so the noun is a cue at all
        assert all(e.islower() and any(e.endswith(n) or e.startswith(n) for n in nouns) for e in endings), \
            (verb, endings)


def test_judicial_verbs_are_accuse_verb_cues() -> None:
    # „Gegen X wird ermittelt“: each is an ACCUSE verb cue of the lexicon, as the lexicon writes it
    from kg.extract.event_passive import JUDICIAL_CUES
    from kg.extract.lexicon import plover_cues
    accuse = {c.cue for c in plover_cues() if c.pos == "verb" and c.code == "ACCUSE"}
    assert {"anklagen", "ermitteln"} <= JUDICIAL_CUES <= accuse


def test_charge_verbs_are_accuse_verb_cues_and_offences_nouns() -> None:
    # „Dem Minister wird Untreue vorgeworfen“: blaming cues of the lexicon, not already judicial; offences lower case
    from kg.extract.charges import CHARGE_CUES, OFFENCES
    from kg.extract.event_passive import JUDICIAL_CUES
    from kg.extract.lexicon import plover_cues
    accuse = {c.cue for c in plover_cues() if c.pos == "verb" and c.code == "ACCUSE"}
    assert {"vorwerfen", "beschuldigen"} <= CHARGE_CUES <= accuse and not CHARGE_CUES & JUDICIAL_CUES
    assert OFFENCES and all(o.isalpha() and o == o.lower() for o in OFFENCES)
    assert not {"kriegsverbrechen", "menschenrechtsverletzung", "verbrechen"} & set(OFFENCES)


def test_custody_verbs_are_legal_verb_cues() -> None:
    # „Ein Verdächtiger wurde festgenommen“: verb cues of the lexicon with a COERCE, SANCTION or RETREAT reading
    from kg.extract.event_passive import CUSTODY_VERBS
    from kg.extract.lexicon import plover_cues
    legal = {c.cue for c in plover_cues() if c.pos == "verb" and c.code in ("COERCE", "SANCTION", "RETREAT", "ACCUSE")}
    assert {"festnehmen", "verhaften"} <= CUSTODY_VERBS <= legal and "freilassen" not in CUSTODY_VERBS


def test_region_adjectives_are_stems_of_known_states() -> None:
    # „steirisch“ → AT: a lower-case adjective stem in -isch/-sch, no inflection ending, of a listed state
    states = {s.iso2 for s in resources.load_states()}
    rows = list(resources.rows("region_adjectives.tsv"))
    assert rows and all(r["state"] in states for r in rows)
    assert all(r["adjective"].islower() and r["adjective"].endswith("sch") for r in rows)
    state_adjectives = {a.casefold() for s in resources.load_states() for a in s.adjectives}
    assert not {r["adjective"] for r in rows} & state_adjectives


def test_region_adjectives_name_their_region() -> None:
    # „steirisch“ → Steiermark: each region a capitalised name, none two states'
    rows = list(resources.rows("region_adjectives.tsv"))
    assert all(r["region"][:1].isupper() for r in rows)
    states: dict[str, str] = {}
    assert all(states.setdefault(r["region"], r["state"]) == r["state"] for r in rows)


def test_land_bodies_and_their_members_titles() -> None:
    """land_bodies.tsv: a capitalised form, the body, its nominative noun, an adjective's ending; each title of
    land_body_titles.tsv (lower case) names one of those bodies."""
    rows = resources.commented_rows("land_bodies.tsv")
    assert rows and all(len(r) == 4 and r[0][:1].isupper() and r[0].startswith(r[2]) and r[3] in ("er", "e", "es")
                        for r in rows), rows
    assert not dupes(r[0] for r in rows)
    bodies = {r[1] for r in rows}
    assert bodies <= {r[2] for r in rows}
    titles = resources.commented_rows("land_body_titles.tsv")
    assert titles and all(len(r) == 2 and r[0].islower() and r[1] in bodies for r in titles), titles
    assert not dupes(r[0] for r in titles)


def test_company_heads_are_nouns_with_their_owner() -> None:
    """company_heads.tsv: capitalised nouns, each once, marked ORG (no person has one) or PER (a person may)."""
    rows = resources.commented_rows("company_heads.tsv")
    assert all(len(r) == 2 and r[0][:1].isupper() and r[1] in ("ORG", "PER") for r in rows), rows
    assert not dupes(r[0] for r in rows)
    heads = dict(rows)
    assert heads["Aktie"] == "ORG" and heads["Sprecher"] == "PER" and heads["Konzern"] == "ORG"
    assert "Konzerne" not in heads      # a plural kind noun follows a trade or an origin: „die Tech-Konzerne“


def test_company_class_heads_are_no_titles_heads() -> None:
    """company_class_heads.tsv: capitalised nouns, each once, none a noun of works (a game's or show's title heads
    those: „Zorbex-Spiel“) nor a head of company_heads.tsv (org-company-compound reads those)."""
    rows = resources.commented_rows("company_class_heads.tsv")
    assert all(len(r) == 1 and r[0][:1].isupper() for r in rows), rows
    heads = [r[0] for r in rows]
    assert not dupes(heads) and "Suche" in heads
    works = {r["noun"] for r in resources.rows("work_nouns.tsv")}
    assert not set(heads) & (works | {r[0] for r in resources.commented_rows("company_heads.tsv")})
    assert not set(heads) & {"Spiel", "Server", "Satellit", "Rakete", "Studio"}


def test_work_nouns_name_works_not_people() -> None:
    """`work_nouns.tsv` (person_guards.drop_work_titles): nouns of works, none a title; compound heads only
    where no common longer noun ends in them („Verband“, „Mitglied“, „Staatsoper“ would)."""
    rows = list(resources.rows("work_nouns.tsv"))
    works = {r["noun"] for r in rows}
    assert {"Film", "Roman", "Album", "Band", "Serie"} <= works
    assert all(w[:1].isupper() for w in works) and {r["compound"] for r in rows} <= {"yes", "no"}
    assert not works & {r["title"] for r in resources.rows("titles.tsv")}
    heads = {r["noun"] for r in rows if r["compound"] == "yes"}
    assert not {"Band", "Lied", "Oper", "Spiel", "Buch", "Stück", "Novelle"} & heads   # Verband, Mitglied, Staatsoper …


def test_feast_days_are_days() -> None:
    """`feast_days.tsv` (persons_by_form's first-name-feast-day): feast days, capitalised, no title; the first names
    among them are why the guard exists."""
    days = resources.load_word_list("feast_days.tsv")
    assert {"Silvester", "Nikolaus", "Ostern"} <= days and all(d[:1].isupper() for d in days)
    assert not days & {r["title"] for r in resources.rows("titles.tsv")}


def test_company_context_nouns_say_where_the_name_stands() -> None:
    """company_context_nouns.tsv (org-after-economic-noun): capitalised nouns, each once, the name after „von“ or
    right after the noun; none a person's too („Chef“, „Mitarbeiter“, „Tochter“) nor a product's („Marktanteil“)."""
    rows = resources.commented_rows("company_context_nouns.tsv")
    assert all(len(r) == 2 and r[0][:1].isupper() and r[1] in ("von", "name") for r in rows), rows
    assert not dupes(r[0] for r in rows)
    nouns = dict(rows)
    assert nouns["Umsatz"] == "von" and nouns["Konkurrent"] == "name"
    assert not {"Chef", "Mitarbeiter", "Tochter", "Sprecher", "Marktanteil", "Rivale"} & set(nouns)


def test_proposal_nouns_are_capitalised_nouns_no_texts() -> None:
    # "Die Forderung der X lehnt Y ab": what one actor puts to another; texts and decisions speak for themselves
    nouns = resources.load_word_list("proposal_nouns.tsv")
    assert {"Vorschlag", "Forderung", "Vorwurf"} <= nouns
    assert all(n[:1].isupper() and n.isalpha() for n in nouns)
    assert not nouns & (resources.load_word_list("text_nouns.tsv") | {"Resolution", "Beschluss", "Erklärung"})


def test_employer_words_say_their_side() -> None:
    """employer_words.tsv (org-employer-after-bei): words of working or playing for an employer, before „bei“ or right
    after the name, each once a side; no word of being or living („sein“, „wohnen“), which a person's or a town's name
    follows as well."""
    rows = resources.commented_rows("employer_words.tsv")
    assert all(len(r) == 2 and r[1] in ("before", "after") for r in rows), rows
    assert not dupes((r[0], r[1]) for r in rows)
    words = {r[0] for r in rows}
    assert {"arbeitete", "beschäftigt"} <= words and not {"war", "ist", "wohnt", "wohnte", "lebt"} & words


def test_force_nouns_are_lower_case_endings_of_people_forces_and_places() -> None:
    # kg.extract.violence_targets: violence on such a noun in a genitive's possession strikes its owner; an abstract
    # noun („Politik“, „Plan“, „Diktat“) must not be one („Ziele“ under violence are targets, not aims)
    nouns = resources.listed_words("force_nouns.tsv")
    assert {"stellungen", "truppen", "anhängern", "botschaft"} <= nouns
    assert {"hubschrauber", "patrouille", "flügel", "organisation"} <= nouns    # a force's units and vehicles
    assert all(n == n.lower() and n.isalpha() for n in nouns)
    assert not {"politik", "plan", "pläne", "diktat", "kurs", "reform"} & nouns


def test_nonstate_group_nouns_are_lower_case_endings_of_groups() -> None:
    # kg.extract.owner_groups: a state adjective on such a noun names the group's home, not the state; an organ or
    # a thing the state owns („regierung“, „truppen“, „botschaft“, „vorschläge“) must not be one
    nouns = resources.listed_words("nonstate_group_nouns.tsv")
    assert {"rebellen", "milizen", "demonstranten", "oppositionelle", "kämpfer"} <= nouns
    assert all(n == n.lower() and n.isalpha() for n in nouns)
    assert not any(organ.endswith(tuple(nouns)) for organ in ("regierung", "truppen", "soldaten", "botschaft",
                                                               "vorschläge", "armee", "polizei", "behörden"))


def test_party_colours_name_listed_parties() -> None:
    # kg.extract.coalitions: „die rot-blaue Koalition“; each colour names parties organizations.tsv lists as parties
    parties = {r["name"] for r in resources.rows("organizations.tsv") if r["kind"] == "party"}
    rows = resources.commented_rows("party_colours.tsv")
    assert {("rot", "SPÖ"), ("blau", "FPÖ"), ("grün", "Grüne")} <= set(rows)
    assert all(len(r) == 2 and r[0] == r[0].lower() and r[1] in parties for r in rows), rows
    assert not dupes(rows)


def test_coalition_words_are_lower_case_nouns_and_ending_verbs() -> None:
    nouns = resources.kind_words("coalition_words.tsv", "noun")
    endings = resources.kind_words("coalition_words.tsv", "ending")
    assert {"koalition", "kooperation"} <= nouns and {"beenden", "aufkündigen"} <= endings
    assert all(w == w.lower() and w.isalpha() for w in nouns | endings)
    assert not {"mehrheit", "fahne"} & nouns, "a majority or a flag in colours is no coalition"


def test_central_banks_are_their_states_government_bodies() -> None:
    # a state's central bank is a general fact, listed with its state and its short names („SNB“, „Bundesbank“)
    orgs = {f: o for o in resources.load_organizations() for f in (o.name, *o.aliases)}
    for form, state in (("Bundesbank", "DE"), ("OeNB", "AT"), ("SNB", "CH"), ("Bank of England", "GB"),
                        ("BoJ", "JP"), ("Federal Reserve", "US"), ("Riksbank", "SE")):
        assert orgs[form].kind == "government" and orgs[form].state == state, form


def test_plural_states_are_listed_states() -> None:
    """`plural_states.tsv` (kg.extract.subject_number): canonical names of states.tsv, each once."""
    names = [row[0] for row in resources.commented_rows("plural_states.tsv")]
    assert not dupes(names)
    assert set(names) <= {s.name for s in resources.load_states()}
    assert {"USA", "Niederlande"} <= set(names)


def test_nonstate_office_ends_end_no_state_office() -> None:
    """`nonstate_office_ends.tsv` (official-affiliation-nonstate-office): lower-case words, none ending a local
    office's title or one a state alone has."""
    ends = tuple(resources.listed_words("nonstate_office_ends.tsv"))
    assert all(w == w.lower() and w.isalpha() for w in ends)
    state_titles = german.LOCAL_OFFICE_HEADS | {t.lower() for t, _ in resources.commented_rows("state_offices.tsv")}
    assert not [t for t in state_titles if t.endswith(ends)]
    assert {"polizeisprecher", "landeshauptmann", "bundesrat"}.isdisjoint(w for w in ends)


def test_social_partner_federations_are_listed_associations() -> None:
    # a state's union confederation or employers' or business federation is a general fact, listed as an
    # association („other“) with its state and its usual short name („ÖGB“, „WKÖ“, „DGB“, „BDI“)
    orgs = {f: o for o in resources.load_organizations() for f in (o.name, *o.aliases)}
    for form, state in (("ÖGB", "AT"), ("WKÖ", "AT"), ("Industriellenvereinigung", "AT"), ("DGB", "DE"),
                        ("BDI", "DE"), ("DIHK", "DE"), ("Schweizerischer Gewerkschaftsbund", "CH"),
                        ("Economiesuisse", "CH"), ("EGB", None), ("BusinessEurope", None)):
        assert orgs[form].kind == "other" and orgs[form].state == state, form


def test_chamber_member_states_are_member_titles_of_listed_states() -> None:
    """`chamber_member_states.tsv` (official-affiliation-chamber-elsewhere): each chamber member's title once, its
    states listed ISO codes, every member title of `member_chambers.tsv` among them."""
    rows = resources.commented_rows("chamber_member_states.tsv")
    titles = [t for t, _ in rows]
    assert not dupes(titles)
    codes = {s.iso2 for s in resources.load_states()}
    assert all(set(states.split("|")) <= codes for _, states in rows)
    chambers = {w for w in resources.load_word_list("member_chambers.tsv") if not w.startswith("#")} - {"chamber"}
    assert chambers <= set(titles)


def test_envoy_titles_are_no_local_office() -> None:
    """`envoy_titles.tsv` (official-affiliation-envoy-dateline): lower-case words, each once, none a local office's
    title (those take the dateline's state)."""
    words = [w for (w, *_) in resources.commented_rows("envoy_titles.tsv")]
    assert not dupes(words) and all(w == w.lower() and w.isalpha() for w in words)
    assert not set(words) & german.LOCAL_OFFICE_HEADS
    assert "botschafter" in words


def test_talk_phase_words_have_known_kinds() -> None:
    rows = resources.commented_rows("talk_phase_words.tsv")
    assert {kind for kind, _ in rows} == {"end", "follow", "conclude"}
    assert all(word == word.lower() and word.isalpha() for _, word in rows)
    assert all(word.endswith("n") for kind, word in rows if kind != "follow"), "verbs as infinitives"

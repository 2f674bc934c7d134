"""Organisations, speakers and places no list holds, read from their form and context.

Every sentence here is invented; none of the names is in `kg/data`'s lists.
"""
from __future__ import annotations

from kg.extract.entities import read_entities
from kg.facts import Article
from kg.nlp import build_nlp


def typed(text: str) -> dict[str, str]:
    reading = read_entities(build_nlp()(text), Article(id="t", text=text))
    return {m.text: m.type for m in reading.mentions}


def test_a_head_noun_with_name_adjectives_and_a_complement_is_an_organisation() -> None:
    found = typed("Die Brasilianische Stiftung für Menschenrechte kritisierte das Urteil.")
    assert found == {"Brasilianische Stiftung für Menschenrechte": "Organization"}


def test_a_place_inside_an_organisations_name_is_neither() -> None:
    found = typed("Sie lehrt seit Jahren an der Universität Wien.")
    assert found == {"Universität Wien": "Organization"}


def test_a_club_prefix_and_a_legal_form_make_organisations() -> None:
    found = typed("Der FC Rotweil gewann gegen den SV Oberwölz, Sponsor ist die Brenntag AG.")
    assert found == {"FC Rotweil": "Organization", "SV Oberwölz": "Organization", "Brenntag AG": "Organization"}


def test_a_lower_case_state_adjective_before_a_head_noun_stays_a_state() -> None:
    found = typed("Die russische Armee rückte weiter vor.")
    assert found == {"russische": "State"}


def test_a_lone_name_next_to_a_verb_of_saying_is_a_person() -> None:
    assert typed("„Wir bleiben hier“, sagte Fischer am Abend.") == {"Fischer": "Person"}
    assert typed("Pintarelli betonte, die Lage sei ruhig.") == {"Pintarelli": "Person"}


def test_a_common_noun_or_a_place_next_to_a_verb_of_saying_is_no_person() -> None:
    assert typed("„Wir bleiben hier“, sagte Regierungssprecher am Abend.") == {}
    assert typed("Das sei falsch, sagte Moskau am Abend.")["Moskau"] == "State"


def test_a_place_that_is_also_a_word_is_a_place_after_a_preposition_without_article() -> None:
    assert typed("Die Messe findet in Halle statt.") == {"Halle": "Place"}
    assert typed("Die Messe findet in der Halle statt.") == {}


def test_an_organ_noun_before_a_capital_is_no_name_but_after_a_name_adjective_it_is() -> None:
    found = typed("Die Polizei Kiew ermittelt, die Bayerische Polizei hilft.")
    assert found["Bayerische Polizei"] == "Organization"
    assert "Polizei Kiew" not in found and found["Kiew"] in ("State", "Place")


def test_a_first_name_and_a_surname_by_their_word_class_make_a_person() -> None:
    # neither "Jarno" nor "Siglinde" is a listed first name; "Koch" is also a noun
    found = typed("Am Ende gewann Jarno Koch vor Siglinde Fischer das Rennen.")
    assert found == {"Jarno Koch": "Person", "Siglinde Fischer": "Person"}


def test_an_acronym_of_the_party_class_is_an_organisation_even_if_listed_as_a_word() -> None:
    assert typed("Gestern stellte die KPÖ ihr Programm vor.") == {"KPÖ": "Organization"}


def test_a_compass_part_of_a_state_is_a_region_but_its_people_are_not() -> None:
    assert typed("Die Lage in Nordostbrasilien bleibt ruhig.") == {"Nordostbrasilien": "Place"}
    assert "Ostdeutschen" not in {k for k, v in typed("Viele Ostdeutschen protestierten.").items() if v == "Place"}


def test_a_lone_word_of_the_surname_class_is_a_person_unless_an_article_makes_it_a_noun() -> None:
    assert typed("Im Finale traf Koch zweimal.") == {"Koch": "Person"}
    assert typed("Im Finale traf der Koch zweimal.") == {}


def test_a_state_prefix_of_a_currency_is_no_state() -> None:
    assert typed("Das kostet 300 US-Dollar.") == {}
    assert typed("Der US-Präsident reist ab.")["US"] == "State"


def test_a_name_after_a_noun_of_its_kind_is_an_organisation() -> None:
    found = typed("Der Elektronikhersteller Veltrix und die Rockband Glutkern traten gemeinsam auf.")
    assert found == {"Veltrix": "Organization", "Glutkern": "Organization"}
    # a brand the lexicon holds as a word, and a club named by a German word and its town
    assert typed("Der Technologiekonzern Siemens will sparen.") == {"Siemens": "Organization"}
    assert typed("Er wechselt zum Drittligisten Energie Cottbus.") == {"Energie Cottbus": "Organization"}


def test_after_a_noun_of_its_kind_a_quoted_name_a_list_and_a_head_that_is_part_of_the_name() -> None:
    assert typed("Das Magazin „Neue Horizonte“ berichtet darüber.") == {"Neue Horizonte": "Organization"}
    assert typed("Die Autobauer Veltrix, Norvana und Tesla klagen.") == {
        "Veltrix": "Organization", "Norvana": "Organization", "Tesla": "Organization"}
    assert typed("Die Bank Veltria meldet Verluste.") == {"Bank Veltria": "Organization"}


def test_a_german_noun_after_a_noun_of_an_organisations_kind_is_no_name() -> None:
    assert typed("Dass der Konzern Gewinne macht, freut die Aktionäre.") == {}
    assert typed("Dort will die Polizeigewerkschaft Recht bekommen.") == {}
    assert typed("Im Band Glücklich wie nie erzählt er davon.") == {}


def test_a_name_before_its_acronym_in_brackets_is_one_organisation() -> None:
    reading = read_entities(build_nlp()(t := "Der Sender Radio Veltria (RVT) meldete das."), Article(id="t", text=t))
    assert [e.name for e in reading.entities if e.type == "Organization"] == ["RVT"]


def test_name_adjectives_before_a_compound_of_an_organisations_noun_make_its_name() -> None:
    found = typed("Das meldeten der Deutsche Gewerkschaftsbund und die Nordische Volkspartei.")
    assert found == {"Deutsche Gewerkschaftsbund": "Organization", "Nordische Volkspartei": "Organization"}
    assert typed("Der Gewerkschaftsbund und die deutsche Volkspartei schwiegen.") == {"deutsche": "State"}


def test_a_name_joined_to_an_organisations_noun_by_hyphens_is_one_organisation() -> None:
    found = typed("Sie forscht am Veltrix-Institut für Meereskunde und berät die Norvana-Stiftung.")
    assert found == {"Veltrix-Institut für Meereskunde": "Organization", "Norvana-Stiftung": "Organization"}
    assert typed("Die Terror-Gruppe und der Online-Dienst schwiegen.") == {}
    # a capitalised state compound is an adjective, not a name's first word
    assert "US-amerikanischen Behörden" not in typed("Das bestätigten die US-amerikanischen Behörden.")


def test_a_word_of_the_lexicon_after_a_context_noun_and_a_name_adjective_first_in_a_sentence() -> None:
    assert typed("Der Konzern Siemens will sparen.") == {"Siemens": "Organization"}
    assert typed("Freie Universität meldet Rekord.") == {"Freie Universität": "Organization"}
    assert typed("Russische Truppen rückten vor.").get("Russische Truppen") is None


def test_a_club_named_by_one_german_word_or_its_town_alone_is_no_organisation() -> None:
    assert typed("Er trat dem Verein Mitte bei.") == {}


def test_an_english_noun_of_organisations_ends_the_name_before_it_or_starts_one_before_of() -> None:
    found = typed("Er unterschrieb bei Veltrix Records und lehrt an der University of Norvana.")
    assert found == {"Veltrix Records": "Organization", "University of Norvana": "Organization"}

"""The rule pipeline: tokenizer normalisation, sentence splitting and the gazetteer, on real spaCy docs."""
from __future__ import annotations

import logging

import pytest

from kg.nlp import build_nlp, memo
from kg.nlp.sentences import sentence_starts
from kg.nlp.tokenizer import PLAIN_CHUNK, keep_plain_chunks, normalise


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def sents(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def hits(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(h.label, h.key, h.text) for h in nlp(text)._.geokg_hits]


def test_the_pipeline_is_built_once() -> None:
    # how long building takes is measured by benchmarks, not asserted here
    from kg.nlp import _build
    _build.cache_clear()
    first = build_nlp()
    assert build_nlp() is first
    assert first.pipe_names == ["geokg_sentences", "geokg_gazetteer"]


def test_an_unknown_model_falls_back_to_the_rule_pipeline(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.nlp"):
        nlp = build_nlp("de_no_such_model_xyz")
    assert "geokg_gazetteer" in nlp.pipe_names
    assert "de_no_such_model_xyz" in caplog.text


def test_normalising_keeps_offsets_into_the_original(nlp) -> None:
    text = "Foto:\u00a0AFP/Sergei\u00a0Supinsky"
    assert len(normalise(text)) == len(text)
    doc = nlp(text)
    for h in doc._.geokg_hits:
        assert text[h.start:h.end].replace("\u00a0", " ") == h.text
    assert ("PER", "Sergei Supinsky") in [(h.label, h.key) for h in doc._.geokg_hits]


def test_plain_chunks_are_the_chunks_spacy_keeps_whole_anyway() -> None:
    import itertools
    import spacy
    letters = "ABCMTZabcdegkmstzÄÖÜäöüß"
    # every letter pair (units such as „km“, „kg“ among them), hyphenated ones, digits
    plain = ["".join(p) for p in itertools.product(letters, repeat=2)] + [
        "US-Präsident", "Nato-Russland-Rat", "km", "kmh", "mbar", "MB", "Pa", "a-b-c", "0", "2024", "123456"]
    assert all(PLAIN_CHUNK.match(w) for w in plain)
    blank = spacy.blank("de").tokenizer
    assert all([t.text for t in blank(w)] == [w] for w in plain)
    # and no chunk that spaCy splits is taken for one: with the shortcut the same tokens
    shortcut = spacy.blank("de").tokenizer
    keep_plain_chunks(shortcut)
    mixed = ["".join(p) for p in itertools.product("aZ9-.$%k,„", repeat=3)] + [
        "3km", "5kg", "a--b", "US$", "Wien,", "(Wien)", "„Die", "Welt“", "z.B.", "-ab", "ab-", "10-20"]
    assert all([t.text for t in shortcut(w)] == [t.text for t in blank(w)] for w in mixed + plain)


@pytest.mark.parametrize("text,expected", [
    ("Am 9. und 10. Januar sind Gespräche geplant. Danach tagt der Rat.",
     ["Am 9. und 10. Januar sind Gespräche geplant.", "Danach tagt der Rat."]),
    ("Das war z.B. Dr. Meier u.a. am 3. März in Wien. Er ging.",
     ["Das war z.B. Dr. Meier u.a. am 3. März in Wien.", "Er ging."]),
    ("Er sagte: „Wir kommen.“ Dann ging er.", ["Er sagte: „Wir kommen.“", "Dann ging er."]),
    ("Das geschah im Jahr 2014. Seitdem herrscht Krieg.", ["Das geschah im Jahr 2014.", "Seitdem herrscht Krieg."]),
    ("USA wollen helfen\n\nDie US-Regierung droht.", ["USA wollen helfen", "Die US-Regierung droht."]),
    ("Kiew/Moskau – Die Lage ist ernst. Wirklich.", ["Kiew/Moskau – Die Lage ist ernst.", "Wirklich."]),
    ("Bis 2015 gab es ca. 5 Mio. Opfer bzw. mehr.", ["Bis 2015 gab es ca. 5 Mio. Opfer bzw. mehr."]),
    ("Er fuhr nach Wr. Neustadt zu Abg. Meier.", ["Er fuhr nach Wr. Neustadt zu Abg. Meier."]),
])
def test_sentences(nlp, text: str, expected: list[str]) -> None:
    assert [s.strip() for s in sents(nlp, text)] == expected


def test_digits_that_are_no_numbers_do_not_break_the_splitter(nlp) -> None:
    text = "Siehe Fußnote ¹. Dann mehr."    # "¹" is a digit, but int() refuses it
    assert "".join(s.text_with_ws for s in nlp(text).sents) == text


def test_sentence_starts_is_pure() -> None:
    assert sentence_starts(["Er", "kam", ".", "Sie", "ging", "."], [" "] * 6) == [True, False, False, True, False, False]
    assert sentence_starts([], []) == []


def test_states_by_name_genitive_adjective_prefix_and_demonym(nlp) -> None:
    found = hits(nlp, "Russlands Präsident, der ukrainischen Armee, die US-Regierung und die Briten "
                      "im deutsch-französischen Format.")
    states = [(key, text) for label, key, text in found if label == "STATE"]
    assert ("RU", "Russlands") in states
    assert ("UA", "ukrainischen") in states
    assert ("US", "US-Regierung") in states
    assert ("GB", "Briten") in states
    assert ("DE", "deutsch") in states and ("FR", "französischen") in states


def test_organisations_places_and_titles(nlp) -> None:
    found = hits(nlp, "Nato-Generalsekretär Jens Stoltenberg sprach im Weißen Haus und in Genf mit der OSZE.")
    assert ("ORG", "NATO", "Nato") in found
    assert ("TITLE", "Generalsekretär", "Nato-Generalsekretär") in found
    assert ("PER", "Jens Stoltenberg", "Jens Stoltenberg") in found
    assert ("ORG", "Weißes Haus", "Weißen Haus") in found
    assert ("PLACE", "Genf", "Genf") in found
    assert ("ORG", "OSZE", "OSZE") in found


def test_capitals_are_left_for_the_extractor_to_decide(nlp) -> None:
    assert ("CAPITAL", "RU", "Moskau") in hits(nlp, "Moskau bestreitet das.")


def test_person_names_after_titles_first_names_and_in_credits(nlp) -> None:
    found = hits(nlp, "Foto: Reuters/Kevin Lamarque. Außenminister Lawrow traf Heinz Fischer. "
                      "Der Diplomat Emmanuel Bonne kam.")
    persons = {key for label, key, _ in found if label == "PER"}
    assert {"Kevin Lamarque", "Sergej Lawrow", "Heinz Fischer", "Emmanuel Bonne"} <= persons


def test_common_nouns_after_a_title_are_not_names(nlp) -> None:
    found = hits(nlp, "Der Präsident Unterstützung zugesichert.")
    assert not [h for h in found if h[0] == "PER"]


def test_blocked_phrases_are_not_entities(nlp) -> None:
    found = hits(nlp, "Die Panama Papers und die Deutsche Bank.")
    assert not [h for h in found if h[0] == "STATE"]


def test_offsets_of_every_hit_point_into_the_text(nlp) -> None:
    text = open_seed()
    for h in nlp(text)._.geokg_hits:
        assert text[h.start:h.end] == h.text


def open_seed() -> str:
    from pathlib import Path
    return (Path(__file__).resolve().parents[1] / "seeds" / "ukraine-talks-2022-01.txt").read_text(encoding="utf-8")


def test_context_types_unknown_places_and_organisations(nlp) -> None:
    found = hits(nlp, "Das Schiff werde in der Hafenstadt Dalian gebaut. Der Angriff geschah in Tekoa. "
                      "Die Nachrichtenagentur TASR zitierte ihn. Das Freiwilligenbataillon „Tornado“ kämpft.")
    assert ("PLACE", "Dalian", "Dalian") in found
    assert ("PLACE", "Tekoa", "Tekoa") in found
    assert ("ORG", "TASR", "TASR") in found
    assert ("ORG", "Tornado", "Tornado") in found
    # German nouns after "in" are no places
    assert not [h for h in hits(nlp, "Er sitzt in Haft und wurde in Abwesenheit verurteilt.") if h[0] == "PLACE"]


def test_two_unknown_capitalised_words_are_a_person(nlp) -> None:
    found = hits(nlp, "Beim Spiel schoss Zlatan Ibrahimovic zwei Tore.")
    assert ("PER", "Zlatan Ibrahimovic", "Zlatan Ibrahimovic") in found


def test_a_loadable_model_gets_the_geokg_components_on_top(tmp_path) -> None:
    import spacy
    model_dir = tmp_path / "de_model"
    spacy.blank("de").to_disk(model_dir)   # stands in for an installed German model
    nlp = build_nlp(str(model_dir))
    assert nlp.pipe_names[-1] == "geokg_gazetteer"
    doc = nlp("Moskau bestreitet das. US-Präsident Joe Biden schweigt.")
    assert [s.text for s in doc.sents] == ["Moskau bestreitet das.", "US-Präsident Joe Biden schweigt."]
    assert ("PER", "Joe Biden") in [(h.label, h.key) for h in doc._.geokg_hits]


def test_an_age_marks_a_person(nlp) -> None:
    found = hits(nlp, "Der 45-jährige Mehmet Kaya kam. Amadou Kourouma (29) aus Linz sagte. "
                      "Der 30-jährige Lehrer Müller kam.")
    persons = {key for label, key, _ in found if label == "PER"}
    assert {"Mehmet Kaya", "Amadou Kourouma"} <= persons
    assert "Lehrer Müller" not in persons


def test_name_rules_stop_at_complements_and_role_nouns(nlp) -> None:
    def persons(text: str) -> list[str]:
        return [h.text for h in nlp(text)._.geokg_hits if h.label == "PER"]
    assert persons("Das sagte Bernd Jäckel von der Bundespolizeiinspektion.") == ["Bernd Jäckel"]
    assert persons("Die Astronautin Samantha Cristoforetti fliegt.") == ["Samantha Cristoforetti"]
    assert persons("Der Journalist Hans van Dyke kam.") == ["Hans van Dyke"]
    # after a title a surname may look like a compound noun ("Kiese-wetter")
    assert persons("Der CDU-Abgeordnete Roderich Kiesewetter warnte.") == ["Roderich Kiesewetter"]
    # a double surname stays, two joined nouns end the name
    assert persons("Die Landtagspräsidentin Gerda Weichsler-Hauer kam.") == ["Gerda Weichsler-Hauer"]
    assert persons("Das ist Alejandro Iñárritus Western-Rachedrama.") == ["Alejandro Iñárritus"]


def test_place_prefixes_start_unknown_place_names(nlp) -> None:
    def places(text: str) -> list[str]:
        return [h.text for h in nlp(text)._.geokg_hits if h.label == "PLACE"]
    assert places("Er will in Santa Cruz de la Sierra eine Messe halten.") == ["Santa Cruz de la Sierra"]
    assert places("Er kam in San Pedro Sula an.") == ["San Pedro Sula"]
    assert places("Die Bad Bank übernimmt die Kredite.") == []
    # after a first name, a prefix is a surname: "Imran Khan Niazi"
    assert places("Premier Imran Khan Niazi sagte das.") == []


def test_creed_nouns_and_place_heads_are_not_names(nlp) -> None:
    hits = [(h.label, h.text) for h in nlp("Der Nationalist Jean-Guy Talamoni wohnt im Küstenort Guarujá.")._.geokg_hits]
    assert ("PER", "Jean-Guy Talamoni") in hits and ("PLACE", "Guarujá") in hits


def test_a_memo_computes_each_word_once_and_starts_over_when_full() -> None:
    computed: list[str] = []
    lengths = memo.Memo(lambda word: computed.append(word) or len(word))
    assert [lengths["Kiew"], lengths["Kiew"], lengths["Moskau"]] == [4, 4, 6]
    assert computed == ["Kiew", "Moskau"]
    assert lengths.get("Genf") is None and "Genf" not in computed   # get() only peeks
    lengths.clear()
    for n in range(memo.MAX_ENTRIES + 1):
        lengths[str(n)]
    assert len(lengths) == memo.MAX_ENTRIES + 1   # full: the next new word empties it first
    assert lengths["Minsk"] == 5 and len(lengths) == 1
    assert lengths["Minsk"] == 5 and computed.count("Minsk") == 1   # remembered again



def test_every_hit_names_the_registered_rule_that_made_it_and_its_span_gives_it(nlp) -> None:
    from kg.rules import RULES
    doc = nlp(open_seed() + "\nGestern sagte Kowalczyk in Oberwölz, die Brenntag AG (BAG) zahle.")
    found = doc._.geokg_hits
    assert {h.rule for h in found} >= {"listed-name", "title-word", "speaker", "org-legal-form"}
    assert all(h.rule in RULES for h in found), sorted({h.rule for h in found} - set(RULES))
    by_offsets = {(h.start, h.end, h.label, h.key): h.rule for h in found}
    spans = doc.spans["geokg"]
    assert len(spans) > 10
    for span in spans:
        assert span._.geokg_rule == by_offsets[(span.start_char, span.end_char, span.label_, span.kb_id_)]

"""Talks from German sentences: the lexicon file, known answers, coreference, the seed article."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract.lexicon import TALKS_KINDS, talks_cues
from kg.extract.talks import read_talks
from kg.facts import Article, Talks
from tests.handmade import lemma_nlp, reading

ROOT = Path(__file__).parents[1]

NAMES = [
    ("Biden", "Joe Biden", "Official", "Präsident"), ("Wladimir Putin", "Wladimir Putin", "Official", "Präsident"),
    ("Putin", "Wladimir Putin", "Official", "Präsident"),
    ("Angela Merkel", "Angela Merkel", "Official", "Kanzlerin"), ("Merkel", "Angela Merkel", "Official"),
    ("Macron", "Emmanuel Macron", "Official", "Präsident"),
    ("John Kerry", "John Kerry", "Official", "Außenminister"), ("Kerry", "John Kerry", "Official"),
    ("Shukri", "Sameh Shukri", "Official", "Außenminister"), ("Sisi", "Abdel Fattah al-Sisi", "Official", "Präsident"),
    ("Dmitri Kosak", "Dmitri Kosak", "Official", "Kremlbeamter"), ("Jens Plötner", "Jens Plötner", "Official", "Berater"),
    ("USA", "USA", "State"), ("Russland", "Russland", "State"), ("Deutschland", "Deutschland", "State"),
    ("Frankreich", "Frankreich", "State"), ("Iran", "Iran", "State"), ("Ägypten", "Ägypten", "State"),
    ("Nato-Russland-Rat", "Nato-Russland-Rat", "Organization"), ("Nato", "NATO", "Organization"),
    ("Heinz Fischer", "Heinz Fischer", "Official", "Bundespräsident"), ("Fischer", "Heinz Fischer", "Official"),
    ("Joachim Gauck", "Joachim Gauck", "Official", "Bundespräsident"), ("Schloss Bellevue", "Schloss Bellevue", "Place"),
    ("Papst Franziskus", "Papst Franziskus", "Official", "Papst"), ("Kuba", "Kuba", "State"),
    ("Faymann", "Werner Faymann", "Official", "Bundeskanzler"), ("EU", "EU", "Organization"),
    ("Malta", "Malta", "State"), ("Brüssel", "Brüssel", "Place"),
    ("Genf", "Genf", "Place"), ("Moskau", "Moskau", "Place"), ("Berlin", "Berlin", "Place"), ("Kairo", "Kairo", "Place"),
]


def talks(text: str, on: date | None = None) -> list[Talks]:
    article = Article(id="t", text=text, date=on)
    return read_talks(lemma_nlp()(text), article, reading(text, NAMES))


def test_lexicon_kinds_and_keys_are_valid() -> None:
    cues = talks_cues()
    assert {c.kind for c in cues} <= set(TALKS_KINDS) | {"none"}
    assert {"PhoneCall", "Meeting", "Negotiation", "Summit", "Session", "Conference"} <= {c.kind for c in cues}
    keys = [(c.cue, c.match) for c in cues]
    assert len(keys) == len(set(keys))
    assert all(c.match in ("suffix", "verb") for c in cues)


def test_phone_call_held() -> None:
    [call] = talks("Biden hat mit Putin telefoniert.")
    assert call.kind == "PhoneCall" and call.status == "held"
    assert call.participants == ("person:joe-biden", "person:wladimir-putin")


def test_planned_negotiation_with_place_and_date_range() -> None:
    [geneva] = talks("Am 9. und 10. Januar sind Gespräche der USA mit Russland in Genf geplant.")
    assert set(geneva.participants) == {"state:usa", "state:russland"}
    assert geneva.status == "planned" and geneva.place == "place:genf"
    assert (geneva.start.iso(), geneva.end.iso()) == ("--01-09", "--01-10")
    [dated] = talks("Am 9. und 10. Januar sind Gespräche der USA mit Russland in Genf geplant.", date(2021, 12, 30))
    assert (dated.start.iso(), dated.end.iso()) == ("2022-01-09", "2022-01-10")


def test_weekday_resolves_against_article_date() -> None:
    [meeting] = talks("Am Donnerstag trafen sich Merkel und Macron in Berlin.", date(2021, 12, 31))
    assert meeting.status == "held" and meeting.place == "place:berlin"
    assert meeting.start.iso() == "2021-12-30"
    assert set(meeting.participants) == {"person:angela-merkel", "person:emmanuel-macron"}


def test_participants_in_following_sentences_join_the_same_talks() -> None:
    text = ("Bereits am Donnerstag soll es in Moskau ein Krisentreffen mit Beteiligung Deutschlands und "
            "Frankreichs geben. Zu den Gesprächen lud der Kremlbeamte Dmitri Kosak ein. "
            "Für Deutschland ist der Berater Jens Plötner dabei.")
    [meeting] = talks(text)
    assert meeting.kind == "Meeting" and meeting.status == "planned" and meeting.place == "place:moskau"
    assert set(meeting.participants) == {"state:deutschland", "state:frankreich", "person:dmitri-kosak",
                                         "person:jens-plotner"}
    assert meeting.evidence.sentence.startswith("Bereits am Donnerstag")


def test_one_official_meeting_two_others_is_two_talks() -> None:
    text = "Kerry reiste nach Ägypten. In Kairo traf er mit Shukri und anschließend auch mit Sisi zusammen."
    found = talks(text)
    assert {t.participants for t in found} == {("person:john-kerry", "state:agypten"),          # the visit
                                               ("person:john-kerry", "person:sameh-shukri"),
                                               ("person:john-kerry", "person:abdel-fattah-al-sisi")}
    assert all(t.place == "place:kairo" for t in found if t.participants[1].startswith("person:"))


def test_date_of_the_occasion_from_a_recent_sentence_and_the_closing_dateline() -> None:
    text = ("Die Beziehungen seien gut, sagte Kerry am Sonntag bei einem Besuch in Kairo. "
            "Dort traf er mit Shukri zusammen. (APA/Reuters, 2.8.2015)")
    [meeting] = talks(text)
    assert meeting.participants == ("person:john-kerry", "person:sameh-shukri")
    assert meeting.start is not None and meeting.start.iso() == "2015-08-02"


def test_place_in_a_relative_clause_belongs_to_the_actor_it_describes() -> None:
    text = ("Nach seinen Gesprächen mit Angela Merkel und Joachim Gauck, der ihn in Schloss Bellevue "
            "empfing, zog Fischer Bilanz.")
    found = {t.participants: t for t in talks(text)}
    assert set(found) == {("person:heinz-fischer", "person:angela-merkel"),
                          ("person:heinz-fischer", "person:joachim-gauck")}
    assert found[("person:heinz-fischer", "person:joachim-gauck")].place == "place:schloss-bellevue"
    assert found[("person:heinz-fischer", "person:angela-merkel")].place is None
    assert all(t.status == "held" for t in found.values())


def test_a_state_visit_is_a_meeting_with_the_host_state() -> None:
    [visit] = talks("Papst Franziskus ist zu Besuch in Kuba.")
    assert visit.kind == "Meeting" and visit.participants == ("person:papst-franziskus", "state:kuba")


def test_summit_attendance_with_the_body_named_in_the_compound() -> None:
    [summit] = talks("Bundeskanzler Faymann reist zum EU-Afrika-Gipfel nach Malta.")
    assert summit.kind == "Summit" and summit.participants == ("person:werner-faymann", "org:eu")
    [summit] = talks("Beim EU-Gipfel in Brüssel forderte Merkel mehr Solidarität.")
    assert set(summit.participants) == {"person:angela-merkel", "org:eu"} and summit.place == "place:brussel"


def test_joint_body_session_has_its_members_as_participants() -> None:
    [session] = talks("Danach ist eine Sitzung des Nato-Russland-Rates angesetzt.")
    assert session.kind == "Session" and session.status == "planned"
    assert set(session.participants) == {"org:nato", "state:russland"}


@pytest.mark.parametrize("text", [
    "Merkel traf sich in Berlin mit Journalisten.",                          # one named participant
    "Bei seinen Gesprächen verteidigte Kerry das Abkommen mit dem Iran.",   # "mit Iran" belongs to Abkommen
    "Die USA und Russland liefern sich einen Handelsstreit.",               # no talks cue
])
def test_no_talks_without_two_participants_of_a_talks_cue(text: str) -> None:
    assert talks(text) == []


def test_seed_article_talks_through_the_real_pipeline() -> None:
    from kg.extract.entities import read_entities
    from kg.nlp import build_nlp
    text = (ROOT / "seeds" / "ukraine-talks-2022-01.txt").read_text(encoding="utf-8")
    article = Article(id="seed", text=text)
    doc = build_nlp()(text)
    found = read_talks(doc, article, read_entities(doc, article))
    by_parts = {frozenset(t.participants): t for t in found}
    geneva = by_parts[frozenset({"state:usa", "state:russland"})]
    assert geneva.place == "place:genf" and geneva.status == "planned"
    assert (geneva.start.iso(), geneva.end.iso()) == ("--01-09", "--01-10")
    call = by_parts[frozenset({"person:joe-biden", "person:wladimir-putin"})]
    assert call.kind == "PhoneCall" and call.status == "held"
    moscow = next(t for t in found if t.place == "place:moskau")
    assert moscow.status == "planned"
    assert {"state:deutschland", "state:frankreich", "person:dmitri-kosak", "person:jens-plotner",
            "person:emmanuel-bonne"} <= set(moscow.participants)
    assert "person:olaf-scholz" not in moscow.participants        # "Berater von Kanzler Scholz"
    for t in found:
        assert text[t.evidence.start:t.evidence.end] == t.evidence.sentence


# --- round 2: visits and receptions in unseen news ----------------------------------------------

MORE = NAMES + [("Rafael Correa", "Rafael Correa", "Official", "Präsident"), ("Correa", "Rafael Correa", "Official"),
                ("Fidel Castro", "Fidel Castro", "Official", "Staatschef"), ("Quito", "Quito", "Place"),
                ("Belgien", "Belgien", "State"), ("Marokko", "Marokko", "State")]


def more(text: str) -> list[set[str]]:
    article = Article(id="t", text=text)
    return [set(t.participants) for t in read_talks(lemma_nlp()(text), article, reading(text, MORE))]


def test_visit_names_the_visitor_after_von_and_the_host_state() -> None:
    assert {"person:papst-franziskus", "state:kuba"} in \
        more("Während des Besuchs von Papst Franziskus im kommunistischen Kuba wurden Dissidenten festgenommen.")


def test_a_passive_reception_meets_its_agent() -> None:
    got = more("Papst Franziskus traf am Sonntag in Quito ein und wurde von Präsident Rafael Correa empfangen.")
    assert {"person:papst-franziskus", "person:rafael-correa"} in got


def test_getroffen_is_treffen_with_a_pronoun_subject() -> None:
    got = more("Papst Franziskus kam nach Havanna. Dort hatte er zuvor auch Fidel Castro getroffen.")
    assert {"person:papst-franziskus", "person:fidel-castro"} in got


def test_destinations_of_a_journey_do_not_meet_each_other() -> None:
    assert more("Von dort aus sei er nach Ägypten, Belgien und Marokko gereist.") == []


def test_a_journey_to_a_state_visits_it_but_leaving_one_does_not() -> None:
    assert more("Merkel beginnt am Montag ihre Reise nach Ägypten.") == [{"person:angela-merkel", "state:agypten"}]
    assert more("Bei der Ausreise nach Ägypten wurde Kerry festgehalten.") == []

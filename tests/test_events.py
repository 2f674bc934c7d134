"""PLOVER interactions from German sentences: lexicon sanity, known answers, the seed, the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.clauses import PREPOSITIONS
from kg.extract.events import read_interactions
from kg.extract.lexicon import plover_cues
from kg.facts import PLOVER_CODES, Article, Interaction
from tests.handmade import lemma_nlp, reading

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"

NAMES = [
    ("Joe Biden", "Joe Biden", "Official", "Präsident"), ("Biden", "Joe Biden", "Official", "Präsident"),
    ("Wladimir Putin", "Wladimir Putin", "Official", "Präsident"), ("Putin", "Wladimir Putin", "Official"),
    ("Selenskyj", "Wolodymyr Selenskyj", "Official", "Präsident"),
    ("Angela Merkel", "Angela Merkel", "Official", "Kanzlerin"), ("Merkel", "Angela Merkel", "Official"),
    ("Ban", "Ban Ki Moon", "Official", "Generalsekretär"),
    ("USA", "USA", "State"), ("Russland", "Russland", "State"), ("russisch", "Russland", "State"),
    ("Moskau", "Russland", "State"), ("Ukraine", "Ukraine", "State"), ("Türkei", "Türkei", "State"),
    ("Deutschland", "Deutschland", "State"), ("Frankreich", "Frankreich", "State"),
    ("Nato", "NATO", "Organization"), ("Berlin", "Berlin", "Place"),
    ("Kiew", "Ukraine", "State"), ("Tschechien", "Tschechien", "State"), ("Österreich", "Österreich", "State"),
    ("Syrien", "Syrien", "State"),
]


def events(text: str) -> list[Interaction]:
    article = Article(id="t", text=text)
    return read_interactions(lemma_nlp()(text), article, reading(text, NAMES))


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.code, e.source, e.target) for e in events(text)}


# --- the lexicon file -------------------------------------------------------------------------

def test_lexicon_codes_keys_and_slots_are_valid() -> None:
    cues = plover_cues()
    assert len(cues) > 150
    assert {c.code for c in cues} == set(PLOVER_CODES), "every PLOVER category has cues"
    keys = [(c.cue, c.pos, c.context) for c in cues]
    assert len(keys) == len(set(keys)), "no duplicate (cue, pos, context)"
    for c in cues:
        assert c.pos in ("verb", "noun")
        assert 0 < c.confidence <= 1
        assert all(t in ("obj", "gen") or t in PREPOSITIONS for t in c.targets), c


# --- known answers ----------------------------------------------------------------------------

def test_separable_verb_with_context_word() -> None:
    assert triples("Biden sicherte Selenskyj erneut Unterstützung zu.") == {
        ("SUPPORT", "person:joe-biden", "person:wolodymyr-selenskyj")}


def test_accusation_and_denial_share_the_subject_across_und() -> None:
    got = triples("Russland bestreitet die Pläne und wirft der Ukraine vor, Soldaten verlegt zu haben.")
    assert got == {("REJECT", "state:russland", None), ("ACCUSE", "state:russland", "state:ukraine")}


def test_capital_as_government_and_threat_with_sanctions() -> None:
    assert triples("Moskau bestreitet die Vorwürfe.") == {("REJECT", "state:russland", None)}
    assert triples("Die USA drohten Russland mit harten Sanktionen.") == {
        ("THREATEN", "state:usa", "state:russland")}


def test_verb_second_inversion_puts_the_subject_after_the_verb() -> None:
    assert triples("Am Donnerstag kritisierte Merkel die Türkei.") == {
        ("ACCUSE", "person:angela-merkel", "state:turkei")}


def test_the_official_acts_not_his_state() -> None:
    got = triples("Russlands Präsident Wladimir Putin kritisierte die Nato scharf.")
    assert got == {("ACCUSE", "person:wladimir-putin", "org:nato")}


def test_pronoun_resolves_to_the_previous_subject() -> None:
    got = triples("Biden sprach lange mit Selenskyj. Danach kritisierte er Russland.")
    assert ("ACCUSE", "person:joe-biden", "state:russland") in got


def test_noun_phrase_event() -> None:
    assert triples("Ein russischer Angriff auf die Ukraine wäre ein Fehler.") == {
        ("ASSAULT", "state:russland", "state:ukraine")}


def test_coordinated_targets() -> None:
    got = triples("Ban forderte die USA und Russland auf, ihren Einfluss geltend zu machen.")
    assert got == {("REQUEST", "person:ban-ki-moon", "state:usa"), ("REQUEST", "person:ban-ki-moon", "state:russland")}


def test_phone_call_is_one_consult() -> None:
    found = events("Biden hat mit Wladimir Putin telefoniert.")
    assert [(e.code, e.source, e.target) for e in found] == [
        ("CONSULT", "person:joe-biden", "person:wladimir-putin")]


def test_attributive_von_is_not_an_agent_and_plain_mentions_are_not_events() -> None:
    assert triples("Mehr als 13.000 Menschen sind bei Kämpfen mit den von Russland unterstützten "
                   "Separatisten getötet worden.") == set()
    assert triples("Experten aus Deutschland und Frankreich diskutierten in Berlin über die Lage.") == set()


def test_negated_statements_are_no_events() -> None:
    assert triples("Russland werde mit der Ukraine keinen Vertrag schließen.") == set()
    assert triples("Die Nato lehnte die Aufnahme nicht ab.") == set()
    assert triples("Die Nato lehnte nicht nur die Aufnahme ab.") == {("REJECT", "org:nato", None)}


def test_actors_before_a_zu_infinitive_are_its_objects() -> None:
    got = triples("Merkel forderte die Nato auf, die Türkei zu unterstützen.")
    assert ("REQUEST", "person:angela-merkel", "org:nato") in got
    assert ("SUPPORT", "state:turkei", None) not in got and not any(s == "state:turkei" for _, s, _ in got)


def test_unnamed_subject_after_the_verb_blocks_attribution() -> None:
    assert triples("Warum kritisieren Sie die Regierung und vor allem Merkel so scharf?") == set()


def test_passive_agent_acts_on_the_subject() -> None:
    got = triples("Die Ukraine wurde von Russland angegriffen.")
    assert got == {("ASSAULT", "state:russland", "state:ukraine")}


def test_a_noun_phrase_before_the_verb_is_the_subject_not_the_actor_after_it() -> None:
    assert triples("Westliche Regierungen werfen Russland vor, Waffen zu liefern.") == set()
    assert triples("Seit einem Jahr kritisiert Russland die Ukraine.") == {
        ("ACCUSE", "state:russland", "state:ukraine")}


def test_pronoun_does_not_resolve_to_an_object() -> None:
    # the rebels, not Russia, are "sie"; the rebels are no named actor
    got = triples("Die Rebellen kritisierten Russland scharf. Sie lehnten die Waffenruhe ab.")
    assert not any(source == "state:russland" for _, source, _ in got)


def test_a_government_named_by_its_seat_acts_for_the_state() -> None:
    assert triples("Die Regierung in Kiew kritisierte Moskau scharf.") == {
        ("ACCUSE", "state:ukraine", "state:russland")}


def test_summoning_an_ambassador_accuses_his_state() -> None:
    assert triples("Tschechien bestellte den russischen Botschafter ein.") == {
        ("ACCUSE", "state:tschechien", "state:russland")}


def test_walking_out_of_talks_and_aid_top_ups() -> None:
    assert ("REJECT", "state:russland", "state:ukraine") in triples(
        "Russland hat die Gespräche mit der Ukraine abgebrochen.")
    assert triples("Österreich stockt die Hilfe für Syrien um zehn Millionen Euro auf.") == {
        ("AID", "state:osterreich", "state:syrien")}


def test_first_person_statements_belong_to_the_named_speaker() -> None:
    assert triples("Wir werden die Ukraine weiter unterstützen, sagte Angela Merkel am Montag.") == {
        ("SUPPORT", "person:angela-merkel", "state:ukraine")}
    assert triples("Wir werden die Ukraine weiter unterstützen, sagte ein Sprecher.") == set()


def test_coordinated_subjects_agree_with_each_other() -> None:
    assert triples("Russland und die Ukraine einigten sich auf eine Waffenruhe.") == {
        ("AGREE", "state:russland", "state:ukraine")}


def test_quantifiers_are_not_verbs() -> None:
    assert triples("Die Nato hat mit einigen Auflagen in Berlin ein Lager errichtet.") == set()


def test_evidence_points_into_the_article_text() -> None:
    text = "Vorspann.\n\nDie USA drohten Russland mit Sanktionen. Moskau bestreitet die Vorwürfe."
    found = events(text)
    assert len(found) == 2
    for e in found:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert 0 < e.confidence <= 1 and e.cue
    assert found[0].evidence.sentence == "Die USA drohten Russland mit Sanktionen."


# --- the seed article through the real pipeline -----------------------------------------------

@pytest.fixture(scope="module")
def seed_facts():
    from kg.extract import extract
    from kg.nlp import build_nlp
    text = (ROOT / "seeds" / "ukraine-talks-2022-01.txt").read_text(encoding="utf-8")
    article = Article(id="seed", text=text)
    return extract(build_nlp()(text), article)


def test_seed_events(seed_facts) -> None:
    got = {(e.code, e.source, e.target) for e in seed_facts.interactions}
    for want in [("SUPPORT", "person:joe-biden", "person:wolodymyr-selenskyj"),
                 ("CONSULT", "person:joe-biden", "person:wladimir-putin"),
                 ("THREATEN", "state:usa", "state:russland"),
                 ("REJECT", "state:russland", None),
                 ("ACCUSE", "state:russland", "state:ukraine"),
                 ("AID", "state:usa", "state:ukraine"),
                 ("CONSULT", "state:usa", "state:russland")]:
        assert want in got, want
    sources = {e.source for e in seed_facts.interactions}
    assert "state:ukraine" not in sources and "org:afp" not in sources


def test_seed_event_count_is_not_every_pair(seed_facts) -> None:
    # a dozen statements, not the cross product of the 20-odd actors
    assert 8 <= len(seed_facts.interactions) <= 25


# --- robustness over the shared corpus --------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus" / "gnad-test.jsonl").exists(), reason="shared corpus absent")
def test_every_corpus_article_extracts_with_valid_evidence() -> None:
    from kg.extract import extract
    from kg.nlp import build_nlp
    nlp = build_nlp()
    lines = (SHARED / "corpus" / "gnad-test.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article(id=d["id"], text=d["text"]) for d in map(json.loads, lines)]
    total = 0
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        facts = extract(doc, article)
        for item in facts.interactions + facts.talks:
            ev = item.evidence
            assert article.text[ev.start:ev.end] == ev.sentence
        for e in facts.interactions:
            assert e.code in PLOVER_CODES and e.source != e.target
        total += len(facts.interactions)
    assert total > 0


# --- round 2: general phenomena of unseen news --------------------------------------------------

MORE = NAMES + [
    ("Nordkorea", "Nordkorea", "State"), ("Italien", "Italien", "State"), ("Belgien", "Belgien", "State"),
    ("Argentinier", "Argentinien", "State"), ("Fidel Castro", "Fidel Castro", "Official", "Staatschef"),
    ("Iwanow", "Sergej Iwanow", "Official", "Botschafter"),
    ("Außenministerium", "Außenministerium", "Organization"), ("Ministerrat", "Ministerrat", "Organization"),
]


def more(text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text)
    return {(e.code, e.source, e.target) for e in read_interactions(lemma_nlp()(text), article, reading(text, MORE))}


def test_agentless_arrest_is_done_by_the_state_it_happens_in() -> None:
    got = more("In Nordkorea wurden zwei Touristen festgenommen, zu langen Haftstrafen verurteilt und später freigelassen.")
    assert ("COERCE", "state:nordkorea", None) in got
    assert ("SANCTION", "state:nordkorea", None) in got


def test_state_inside_the_subject_phrase_is_not_the_arresting_one() -> None:
    got = more("In Italien wurde ein in Belgien gesuchter Mann festgenommen.")
    assert ("COERCE", "state:italien", None) in got
    assert not any(s == "state:belgien" for _, s, _ in got)


def test_summoned_into_a_ministry() -> None:
    assert ("ACCUSE", "org:aussenministerium", "person:sergej-iwanow") in \
        more("Der Botschafter Iwanow wurde am Montag ins Außenministerium zitiert.")


def test_finite_verb_after_a_passive_clause_keeps_its_own_subject() -> None:
    got = more("Die USA werden entschlossen reagieren, falls Russland in die Ukraine einmarschiert.")
    assert ("ASSAULT", "state:russland", "state:ukraine") in got


def test_no_target_from_an_earlier_full_clause() -> None:
    got = more("Das verstieß gegen Abkommen mit der Nato, weshalb Deutschland harte Strafmaßnahmen verhängte.")
    assert not any(t == "org:nato" for _, _, t in got)


def test_exercise_of_coordinated_states_is_cooperation() -> None:
    assert ("COOPERATE", "state:usa", "state:turkei") in more("Derzeit läuft ein Großmanöver der USA und der Türkei.")
    assert not any(code == "COOPERATE" for code, _, _ in more("Russland hält ein Manöver ab."))


def test_one_citizen_is_not_his_state() -> None:
    got = more("Fidel Castro empfing den Argentinier in einem Trainingsanzug.")
    assert not any(t == "state:argentinien" for _, _, t in got)


def test_list_commas_keep_the_aid_clause_whole_and_a_time_span_fronts_the_subject() -> None:
    got = more("Einen Tag vor dem Gipfel hat der Ministerrat beschlossen, "
               "die Hilfsgelder für Syrien, die Türkei und die Ukraine aufzustocken.")
    assert ("AID", "org:ministerrat", "state:syrien") in got


def test_a_genitive_attribute_is_not_the_subject() -> None:
    got = more("Die katholische Kirche Kubas lobte der Papst für ihre Anstrengungen.")
    assert not any(s == "state:kuba" for _, s, _ in got)
    assert ("ACCUSE", "state:russland", "state:ukraine") in more("Die Regierung Russlands kritisierte die Ukraine.")


def test_verb_final_object_stands_before_the_participle() -> None:
    got = more("Die Türkei hatte die Stadt erobert und Präsident Biden zur Flucht gezwungen.")
    assert not any(code == "ASSAULT" and t == "person:joe-biden" for code, _, t in got)


def test_weak_verb_forms_the_lemma_table_misses() -> None:
    assert ("AGREE", "state:deutschland", "state:ukraine") in \
        more("Deutschland und die Ukraine vereinbarten eine engere Zusammenarbeit.")


def test_noun_phrase_events_warrant_and_standing_by_a_side() -> None:
    assert ("COERCE", "state:usa", "person:wladimir-putin") in more("Die USA erließen einen Haftbefehl gegen Putin.")
    assert ("SUPPORT", "state:deutschland", "state:ukraine") in \
        more("Merkel sagte, Deutschland stehe fest an der Seite der Ukraine.")
    assert ("SUPPORT", "person:wladimir-putin", "state:turkei") in more("Putin lobte die Zusammenarbeit mit der Türkei.")


def test_agreement_between_two_and_refused_negotiations() -> None:
    assert ("AGREE", "state:russland", "state:ukraine") in \
        more("Merkel begrüßte die Einigung zwischen Russland und der Ukraine.")
    got = more("Die Ukraine lehnte Verhandlungen mit Russland ab.")
    assert ("REJECT", "state:ukraine", "state:russland") in got
    assert not any(code == "CONSULT" for code, _, _ in got), "refused talks are no consultation"


def test_aid_put_at_the_disposal_of() -> None:
    assert ("AID", "state:usa", "state:ukraine") in more("Die USA stellen der Ukraine weitere Militärhilfe zur Verfügung.")

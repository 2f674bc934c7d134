"""kg.rdf.article_quads on tiny facts with known answers."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize

from kg import EXTRACTOR_VERSION
from kg.facts import (
    Article, ArticleFacts, Entity, Evidence, Interaction, PartialDate, Relation, Talks,
)
from kg.rdf import article_quads, clean_text
from kg.vocab import (
    DCTERMS, GKG, RDF, RDFS, SKOS, XSD, article_graph, article_iri, entity_iri, event_iri,
    plover, relation_iri, role_statement_iri, talks_iri,
)

TEXT = ("US-Präsident Joe Biden hat mit Wladimir Putin telefoniert. "
        "Biden drohte Russland mit Sanktionen.")
S1 = Evidence(TEXT[:58], 0, 58)
S2 = Evidence(TEXT[59:], 59, len(TEXT))

USA, RUS, BIDEN, PUTIN, NATO, GENF = (
    "state:usa", "state:russland", "person:joe-biden", "person:wladimir-putin", "org:nato", "place:genf")


def facts(**changes) -> ArticleFacts:
    article = Article(id="t-1", text=TEXT, title="Telefonat", date=date(2022, 1, 5),
                      url="https://example.org/a", source="dpa")
    base = dict(
        article=article,
        entities=(
            Entity(USA, "State", "USA", aliases=("Vereinigte Staaten",), code="US", rules=("hyphen-compound",)),
            Entity(RUS, "State", "Russland", rules=("listed-name",)),
            Entity(BIDEN, "Official", "Joe Biden", aliases=("Biden",), role="Präsident", affiliations=(USA,),
                   rules=("listed-name", "title-holder-next", "title-affiliation-prefix"),
                   role_rules=("title-holder-next", "title-affiliation-prefix")),
            Entity(PUTIN, "Official", "Wladimir Putin", rules=("listed-name",)),
            Entity(NATO, "Organization", "NATO", kind="international", rules=("listed-name",)),
            Entity(GENF, "Place", "Genf", rules=("listed-name",)),
        ),
        relations=(Relation(RUS, "memberOf", NATO, rules=("member-compound",)),),
        talks=(Talks("PhoneCall", (BIDEN, PUTIN), S1, "held", place=GENF,
                     start=PartialDate(1, 4, 2022), end=PartialDate(1, 9), confidence=0.9),),
        interactions=(
            Interaction("CONSULT", BIDEN, PUTIN, S1, confidence=0.75, cue="telefoniert"),
            Interaction("THREATEN", BIDEN, RUS, S2),
        ),
    )
    base.update(changes)
    return ArticleFacts(**base)


def triples(quads: list[Quad]) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in quads}


def e(key: str) -> NamedNode:
    return entity_iri(key)


def test_known_triples() -> None:
    quads = article_quads(facts())
    got = triples(quads)
    doc, call, threat, consult = (article_iri("t-1"), talks_iri("t-1", 1),
                                  event_iri("t-1", 2), event_iri("t-1", 1))
    expected = {
        (doc, RDF.type, GKG.Article),
        (doc, DCTERMS.identifier, Literal("t-1")),
        (doc, DCTERMS.title, Literal("Telefonat")),
        (doc, DCTERMS.date, Literal("2022-01-05", datatype=XSD.date)),
        (doc, GKG.textDigest, Literal(facts().article.digest)),
        *[(doc, GKG.mentions, e(k)) for k in (USA, RUS, BIDEN, PUTIN, NATO, GENF)],
        (e(USA), RDF.type, GKG.State),
        (e(USA), RDFS.label, Literal("USA", language="de")),
        (e(USA), SKOS.altLabel, Literal("Vereinigte Staaten", language="de")),
        (e(USA), GKG.isoCode, Literal("US")),
        (e(BIDEN), RDF.type, GKG.Official),
        (e(BIDEN), GKG.role, Literal("Präsident", language="de")),
        (e(BIDEN), GKG.affiliatedWith, e(USA)),
        (e(NATO), RDF.type, GKG.Organization),
        (e(NATO), GKG.organizationKind, Literal("international")),
        (e(GENF), RDF.type, GKG.Place),
        (e(RUS), GKG.memberOf, e(NATO)),
        (call, RDF.type, GKG.PhoneCall),
        (call, GKG.participant, e(BIDEN)),
        (call, GKG.participant, e(PUTIN)),
        (call, GKG.location, e(GENF)),
        (call, GKG.startDate, Literal("2022-01-04", datatype=XSD.date)),
        (call, GKG.endDate, Literal("--01-09", datatype=XSD.gMonthDay)),
        (call, GKG.status, Literal("held")),
        (call, GKG.reportedIn, doc),
        (call, GKG.evidenceText, Literal(S1.sentence)),
        (call, GKG.evidenceStart, Literal("0", datatype=XSD.integer)),
        (call, GKG.evidenceEnd, Literal("58", datatype=XSD.integer)),
        (call, GKG.extractorVersion, Literal(EXTRACTOR_VERSION)),
        (call, GKG.confidence, Literal("0.9", datatype=XSD.decimal)),
        (consult, RDF.type, GKG.Interaction),
        (consult, GKG.source, e(BIDEN)),
        (consult, GKG.target, e(PUTIN)),
        (consult, GKG.eventType, plover("CONSULT")),
        (consult, GKG.ploverScore, Literal("2.5", datatype=XSD.decimal)),
        (consult, GKG.cue, Literal("telefoniert", language="de")),
        (consult, GKG.confidence, Literal("0.75", datatype=XSD.decimal)),
        (threat, GKG.eventType, plover("THREATEN")),
        (threat, GKG.ploverScore, Literal("-3.5", datatype=XSD.decimal)),
        (threat, GKG.target, e(RUS)),
        (threat, GKG.evidenceStart, Literal("59", datatype=XSD.integer)),
        (threat, GKG.reportedIn, doc),
        # the relation's rules on its reification
        (relation_iri("t-1", 1), RDF.subject, e(RUS)),
        (relation_iri("t-1", 1), RDF.predicate, GKG.memberOf),
        (relation_iri("t-1", 1), RDF.object, e(NATO)),
        (relation_iri("t-1", 1), GKG.rule, Literal("member-compound")),
        (relation_iri("t-1", 1), GKG.reportedIn, doc),
    }
    assert expected <= got, expected - got
    assert S1.sentence == TEXT[S1.start:S1.end] and S2.sentence == TEXT[S2.start:S2.end]


def test_everything_is_in_the_article_graph_without_duplicates() -> None:
    quads = article_quads(facts())
    assert {q.graph_name for q in quads} == {article_graph("t-1")}
    assert len(quads) == len(set(quads))


def test_labels_one_per_entity_in_german() -> None:
    got = triples(article_quads(facts()))
    for entity in facts().entities:
        labels = [o for s, p, o in got if s == e(entity.key) and p == RDFS.label]
        assert labels == [Literal(entity.name, language="de")]


def test_a_state_no_words_name_is_described_not_mentioned() -> None:
    """„Landesrat X“ in an article naming two parties of one state: X acts for that state, which the text never
    names; the article describes it but does not mention it."""
    unnamed = Entity(USA, "State", "USA", code="US", rules=("official-affiliation-party-country",), named=False)
    got = triples(article_quads(facts(entities=(unnamed, *facts().entities[1:]))))
    doc = article_iri("t-1")
    assert (doc, GKG.mentions, e(USA)) not in got and (doc, GKG.mentions, e(RUS)) in got
    assert (e(USA), RDF.type, GKG.State) in got and (e(BIDEN), GKG.affiliatedWith, e(USA)) in got


def test_stable_across_calls() -> None:
    assert article_quads(facts()) == article_quads(facts())


def test_no_dangling_iris() -> None:
    f = facts(
        relations=(Relation(RUS, "memberOf", "org:eu"), Relation("person:x", "advisorTo", BIDEN)),
        talks=(Talks("Meeting", (BIDEN, "person:nobody"), S1, "planned", place="place:nowhere"),
               Talks("Summit", ("state:atlantis",), S1, "planned")),
        interactions=(Interaction("ACCUSE", "state:atlantis", RUS, S2),
                      Interaction("REJECT", RUS, "org:unknown", S2)),
    )
    quads = article_quads(f)
    described = {q.subject for q in quads if q.predicate == RDF.type}
    for q in quads:
        if isinstance(q.object, NamedNode) and "/geokg/id/" in q.object.value:
            assert q.object in described, q
    text = " ".join(str(q) for q in quads)
    for missing in ("nobody", "nowhere", "atlantis", "org/eu", "person/x", "unknown"):
        assert missing not in text
    # The talks with no known participant and the event with no known source are dropped whole;
    # the others keep their numbers.
    subjects = {q.subject for q in quads}
    assert talks_iri("t-1", 1) in subjects and talks_iri("t-1", 2) not in subjects
    assert event_iri("t-1", 1) not in subjects and event_iri("t-1", 2) in subjects
    rejected = triples(quads)
    assert (event_iri("t-1", 2), GKG.source, e(RUS)) in rejected
    assert not any(s == event_iri("t-1", 2) and p == GKG.target for s, p, _ in rejected)


def test_a_relation_without_rules_has_no_statement() -> None:
    quads = article_quads(facts(relations=(Relation(RUS, "memberOf", NATO),)))
    assert (e(RUS), GKG.memberOf, e(NATO)) in triples(quads)
    assert not any(q.predicate in (RDF.subject, GKG.rule) and "/id/relation/" in q.subject.value for q in quads)


def test_a_relation_read_by_two_rules_names_both() -> None:
    relation = Relation(RUS, "memberOf", NATO, rules=("member-compound", "member-copula"))
    got = triples(article_quads(facts(relations=(relation,))))
    assert {o for s, p, o in got if s == relation_iri("t-1", 1) and p == GKG.rule} == \
        {Literal("member-compound"), Literal("member-copula")}


def test_an_entity_s_rules_are_with_its_description_in_the_article_graph() -> None:
    quads = article_quads(facts())
    assert {q.graph_name for q in quads} == {article_graph("t-1")}
    got = triples(quads)
    assert {o for s, p, o in got if s == e(BIDEN) and p == GKG.rule} == {
        Literal("listed-name"), Literal("title-holder-next"), Literal("title-affiliation-prefix")}
    # once per entity of the article, no node per mention; the role's rules on its role statement
    assert {s for s, p, o in got if p == GKG.rule and "/id/talks/" not in s.value and "/id/event/" not in s.value
            and "/id/role/" not in s.value and "/id/relation/" not in s.value} == \
        {e(key) for key in (USA, RUS, BIDEN, PUTIN, NATO, GENF)}
    assert {o for s, p, o in got if s == role_statement_iri("t-1", 1) and p == GKG.rule} == \
        {Literal("title-holder-next"), Literal("title-affiliation-prefix")}


def test_a_key_described_twice_names_the_rules_of_both_descriptions_once() -> None:
    f = facts(entities=(Entity(RUS, "State", "Russland", rules=("listed-name",)),
                        Entity(RUS, "State", "Russland", rules=("state-adjective", "listed-name"))),
              relations=(), talks=(), interactions=())
    quads = article_quads(f)
    assert [q.object.value for q in quads if q.subject == e(RUS) and q.predicate == GKG.rule] == \
        ["listed-name", "state-adjective"]


def test_an_entity_without_rules_is_described_without() -> None:
    f = facts(entities=(Entity(RUS, "State", "Russland"),), relations=(), talks=(), interactions=())
    got = triples(article_quads(f))
    assert (article_iri("t-1"), GKG.mentions, e(RUS)) in got
    assert not any(p == GKG.rule for _, p, _ in got)


def test_an_event_without_target() -> None:
    f = facts(interactions=(Interaction("MOBILIZE", RUS, None, S2),))
    got = triples(article_quads(f))
    assert (event_iri("t-1", 1), GKG.eventType, plover("MOBILIZE")) in got
    assert not any(p == GKG.target for _, p, _ in got)


def test_unknown_plover_code_raises() -> None:
    with pytest.raises(ValueError, match="FIGHT"):
        article_quads(facts(interactions=(Interaction("FIGHT", RUS, BIDEN, S2),)))


def test_a_key_described_twice_keeps_one_label() -> None:
    f = facts(entities=(Entity(RUS, "State", "Russland", aliases=("Russische Föderation",)),
                        Entity(RUS, "State", "Rußland", aliases=("Russland",))),
              relations=(), talks=(), interactions=())
    got = triples(article_quads(f))
    assert [o for s, p, o in got if p == RDFS.label] == [Literal("Russland", language="de")]
    assert {o.value for s, p, o in got if p == SKOS.altLabel} == {"Russische Föderation", "Rußland"}


def test_minimal_article() -> None:
    got = triples(article_quads(ArticleFacts(Article(id="x", text=""))))
    assert {p for _, p, _ in got} == {RDF.type, DCTERMS.identifier, GKG.textDigest}


def test_unsafe_characters_are_replaced() -> None:
    assert clean_text("a\x00b\x1fc\ud800d\tok\n") == "a\ufffdb\ufffdc\ufffdd\tok\n"
    assert clean_text("Präsident 😀") == "Präsident 😀"


@given(st.text(), st.text(min_size=1), st.text())
def test_any_text_makes_quads_that_serialize_and_parse_back(article_id: str, name: str, sentence: str) -> None:
    f = ArticleFacts(
        Article(id=article_id, text=sentence, title=name),
        entities=(Entity(RUS, "State", name, aliases=(sentence,)),),
        interactions=(Interaction("AID", RUS, None, Evidence(sentence, 0, len(sentence)), cue=name),),
    )
    quads = article_quads(f)
    data = serialize(quads, format=RdfFormat.N_QUADS)
    assert set(parse(data, format=RdfFormat.N_QUADS)) == set(quads)

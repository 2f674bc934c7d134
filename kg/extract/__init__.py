"""spaCy Doc → facts. Knows nothing of RDF.

>>> from kg.nlp import build_nlp
>>> from kg.facts import Article
>>> article = Article(id="a", text="US-Präsident Joe Biden telefonierte mit Wladimir Putin.")
>>> facts = extract(build_nlp()(article.text), article)
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.entities import read_entities
from kg.extract.eventdates import date_interactions
from kg.extract.events import read_interactions
from kg.extract.talks import read_talks
from kg.facts import Article, ArticleFacts


def extract(doc: Doc, article: Article) -> ArticleFacts:
    """Read entities, relations, talks and PLOVER interactions (dated where the article is) from one parsed article."""
    reading = read_entities(doc, article)
    talks = read_talks(doc, article, reading)
    interactions = date_interactions(read_interactions(doc, article, reading), article)
    return ArticleFacts(
        article=article,
        entities=reading.entities,
        relations=reading.relations,
        talks=tuple(talks),
        interactions=tuple(interactions),
    )

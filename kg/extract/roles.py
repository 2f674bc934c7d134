"""Who acts and who is acted on in a clause, from word order and prepositions.

German main clauses put the finite verb second: the subject is the bare actor
phrase before it ("Biden sicherte Selenskyj … zu") or right after it when
something else comes first ("Am Donnerstag hatte er …"). Targets are the
other bare actors (dative/accusative objects) or actors after a given
preposition ("Kritik an X", "gegen X"). Coordinated verbs without a subject
("… und wirft der Ukraine vor") borrow the sentence's subject; relative
clauses ("…, das sich … widersetzt") the actor before the comma.

This module reads an article's sentences once (references resolved, each
sentence's subject noted for the next) and is the entry point of the parts
beside it, whose names it re-exports: `references` (actors named by
reference), `subjects` (the sentence's subject, coordinated actors, the
speaker), `subject_rules` (the subject of a cue), `targets` (its targets).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.clauses import Actor, Sentence
from kg.extract.datelines import Dateline, read_dateline
from kg.extract.mentions import EntityReading
from kg.extract.references import OWN_COUNTRY, with_references
from kg.extract.resolver import Resolver
from kg.extract.rules import declare, fired
from kg.extract.sentences import build_sentences
from kg.extract.subject_rules import Roles, find_subjects
from kg.extract.subjects import (REPORTING, coordinated_chain, coordinated_subjects, main_subject, reported_speaker,
                                 zu_infinitive)
from kg.extract.targets import find_targets
from kg.facts import Article
from kg.nlp.memo import once_per_doc

__all__ = ["OWN_COUNTRY", "REPORTING", "Roles", "coordinated_subjects", "find_subjects", "find_targets", "main_subject",
           "previous_subject", "read_sentences", "reported_speaker", "zu_infinitive"]

_CACHE_KEY = "kg.extract.sentences"


def read_sentences(doc: Doc, article: Article, reading: EntityReading) -> list[Sentence]:
    """The article's sentences with pronouns and titles resolved; computed once per Doc and reading."""
    return once_per_doc(doc, _CACHE_KEY, reading, lambda: _read_sentences(doc, article, reading))


def _read_sentences(doc: Doc, article: Article, reading: EntityReading) -> list[Sentence]:
    sentences = build_sentences(doc, article, reading)
    dateline = read_dateline(sentences)
    resolver = Resolver(reading, dateline)
    out: list[Sentence] = []
    for sentence in sentences:
        sentence, home = with_references(sentence, resolver), resolver.home_state(sentence)
        if home != sentence.home:       # a copy only where the home state is told (most sentences: none)
            sentence = replace(sentence, home=home)
        subject = main_subject(sentence)
        if subject is not None:
            resolver.subject(sentence.index, subject)
            chain = coordinated_chain(sentence, subject, [a for a in sentence.actors if a.prep is None])
            if len(chain) == 2 and not chain[0].resolved:
                resolver.pair(sentence.index, (chain[0], chain[1]))
        speaker = _closing_speaker(sentence, subject)
        if speaker is not None:
            resolver.subject(sentence.index, speaker)      # the latest subject: „er“ next is the speaker
        resolver.saw(sentence)
        out.append(sentence)
    return _with_head_home(out, dateline)


CLOSING_SPEAKER = declare("reference-closing-speaker", "reference", "the speaker who closes a reported statement "
                          "(„…, sagte X“) is the one the next sentence's „er“ or „sie“ stands for, before the "
                          "statement's own subject: „Die ÖVP blockiere jede Reform, sagte SPÖ-Chef Karl Brenner. Er "
                          "warf der ÖVP Sturheit vor“ → Brenner; not a speaker inside the statement („X sagte, …“)")


def _closing_speaker(sentence: Sentence, subject: Actor | None) -> Actor | None:
    """The named speaker of the sentence's closing report, where he is not its main subject."""
    speaker = reported_speaker(sentence) if subject is not None and len(sentence.clauses) > 1 else None
    if speaker is None or speaker.key == subject.key or speaker.first < subject.first:
        return None
    fired(CLOSING_SPEAKER)
    return speaker


HEAD_HOME = declare("home-state-head", "reference", "the sentences before the dateline (the headline and teaser) "
                    "are about the state the article's body is about from its dateline on, where they name no other "
                    "state: „Zwei Reporter festgenommen. Minsk – Die Polizei …“ → the home state of „Minsk –“ "
                    "(Belarus) for the headline's arrest")


def _with_head_home(sentences: list[Sentence], dateline: Dateline | None) -> list[Sentence]:
    """The sentences, those before the dateline given the home state of the dateline's sentence (`HEAD_HOME`)."""
    if dateline is None or dateline.sentence >= len(sentences) or sentences[dateline.sentence].home is None:
        return sentences
    home = sentences[dateline.sentence].home
    out = list(sentences)
    for k in range(dateline.sentence):
        states = {a.key for a in (*out[k].actors, *out[k].owners) if a.type == "State" and not a.resolved}
        if out[k].home is None and states <= {home}:
            fired(HEAD_HOME)
            out[k] = replace(out[k], home=home)
    return out


def previous_subject(sentences: list[Sentence], index: int) -> Actor | None:
    """The main subject of the nearest earlier sentence that has one (up to two back)."""
    for back in (1, 2):
        if index - back >= 0:
            subject = main_subject(sentences[index - back])
            if subject is not None:
                return subject
    return None

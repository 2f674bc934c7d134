"""An article's sentences (`build_sentences`): the pipeline's sentences, else a punctuation split, each with its
words, actor phrases, places, persons and clauses, as the talks and events stages read them.
"""
from __future__ import annotations

import bisect
import logging
import re

from spacy.tokens import Doc

from kg import german
from kg.extract.actor_phrases import group_actors, owner_adjectives, word_at
from kg.extract.clauses import Sentence, Word, clause_layout, dateline_end
from kg.extract.mentions import EntityReading
from kg.extract.nationals import national_person
from kg.extract.words import article_words, words_of
from kg.facts import Article

log = logging.getLogger(__name__)

# A sentence ends at . ! ? before a capital, except after ordinals ("10. Januar"), a single letter
# and common abbreviations (each its own look-behind: they differ in length).
_SENTENCE_END = re.compile(
    r"(?<![0-9])(?<!\b[A-ZÄÖÜa-zäöü])" + "".join(rf"(?<!\b{a})" for a in sorted(german.SENTENCE_INNER_ABBREVIATIONS))
    + r"[.!?][\"“”»]?\s+(?=[„\"«A-ZÄÖÜ])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Character ranges of sentences by punctuation, for Docs the pipeline did not split.

    >>> split_sentences("Am 9. Januar reist er. Dann kommt Kosak.\n\nNeuer Absatz")
    [(0, 22), (23, 40), (42, 54)]
    """
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        pos = block.start()
        for cut in _SENTENCE_END.finditer(block.group(0)):
            piece_end = block.start() + cut.start() + len(cut.group(0).rstrip())
            if text[pos:piece_end].strip():
                spans.append((pos, piece_end))
            pos = block.start() + cut.end()
        if text[pos:block.end()].strip():
            spans.append((pos, block.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in spans]


def build_sentences(doc: Doc, article: Article, reading: EntityReading) -> list[Sentence]:
    """The article's sentences with words, grouped actors, places and clauses."""
    text = article.text
    mentions = sorted(reading.mentions, key=lambda m: (m.start, -m.end))
    mention_starts = [m.start for m in mentions]
    out: list[Sentence] = []
    for index, (start, end, words) in enumerate(_sentence_words(doc, article)):
        lo = bisect.bisect_left(mention_starts, start)
        hi = bisect.bisect_left(mention_starts, end)
        inside = [m for m in mentions[lo:hi] if m.end <= end]
        clauses, renaming = clause_layout(words)
        if not inside:      # a third of the sentences name nothing: no actor, place, person or name in them
            out.append(Sentence(index, start, end, text[start:end], tuple(words), (), (), tuple(clauses),
                                renaming=renaming))
            continue
        actors = [a for a in group_actors(words, inside) if a.last >= dateline_end(words) and not national_person(words, a)]
        starts = [w.start for w in words]
        places = tuple((m, word_at(starts, words, m.start)) for m in inside if m.type == "Place" and words)
        persons = tuple(word_at(starts, words, m.start) for m in inside if m.type == "Person" and words)
        named = frozenset(i for m in inside for i in range(word_at(starts, words, m.start),
                                                             word_at(starts, words, max(m.start, m.end - 1)) + 1)
                          if words and words[i].start >= m.start and words[i].end <= m.end + 2)
        out.append(Sentence(index, start, end, text[start:end], tuple(words), tuple(actors), places,
                            tuple(clauses), persons, named, tuple(owner_adjectives(words, inside)), renaming))
    return out


def _sentence_words(doc: Doc, article: Article) -> list[tuple[int, int, list[Word]]]:
    """(start, end, words) of each sentence: the pipeline's sentences, else a punctuation split."""
    text = article.text
    doc_length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if doc_length != len(text):     # the tokenizer may only normalise with same-length substitutions
        log.warning("%s: parsed text does not align with the article text; using plain word splitting", article.id)
        return [(s, e, words_of(text[s:e], s)) for s, e in split_sentences(text)]
    words, starts = article_words(doc, text)
    if not words:
        return []
    if starts is None:
        spans = split_sentences(text)
        word_starts = [w.start for w in words]
        starts = sorted({bisect.bisect_left(word_starts, s) for s, _ in spans} | {0})
    bounds = sorted({i for i in starts if i < len(words)} | {0}) + [len(words)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if b > a:
            out.append((words[a].start, words[b - 1].end, words[a:b]))
    return out

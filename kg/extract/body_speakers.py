"""Speakers named with the public body they speak for: „…, sagte Anna Beispiel vom Innenministerium“.

News quotes an official of an authority, a chamber or an international body by name and body alone, with no
title: the body after „von der“/„vom“ is whom the speaker acts for (ANNOTATION: a named person acting for a state
or organisation). Only a speaker: a researcher „vom Institut für Physik“ or a suspect „von der Nationalgarde“ is
not speaking for a body, and an institute, a company or a club is no public body.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Das sei verfrüht, sagte Anna Beispiel von der OECD."
>>> [(e.name, e.type, e.affiliations) for e in read_entities(build_nlp()(text), Article(id="x", text=text)).entities
...  if e.type in ("Official", "Person")]
[('Anna Beispiel', 'Official', ('org:oecd',))]
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired

SPEAKER_OF_BODY = declare("official-speaker-of-body", "person", "a speaker named with a public body after „von "
                          "der“/„vom“ — an international body, a state's body or armed force, a statutory chamber "
                          "(`chamber_kinds.tsv`), or a noun of a state's authority (`state_body_nouns.tsv`: "
                          "„Polizei“, „Behörde“) — acts for it, an official: „Das reiche nicht, sagte Anna Beispiel "
                          "von der Arbeiterkammer“, „laut Max Muster vom Innenministerium“, „Max Muster von der "
                          "Stadtpolizei bestätigte das“; not a researcher of an institute („sagte Max Muster vom "
                          "Institut für Physik“), not without a verb of saying („Max Muster von der Nationalgarde "
                          "wurde verhaftet“)")

_BODY_KINDS = frozenset({"international", "government", "armed"})
_CHAMBERS = resources.load_word_list("chamber_kinds.tsv")
_AUTHORITY_NOUNS = resources.listed_words("state_body_nouns.tsv")
_SPEECH_VERBS = resources.load_word_list("speech_verbs.tsv")
_BEFORE_SPEAKER = _SPEECH_VERBS | german.with_capitalised(german.ATTRIBUTION_PREPOSITIONS)
_SINGULAR_DATIVE = german.FEMININE_GENITIVE_ARTICLES | german.DATIVE_NEUTER_ARTICLES      # „von der“, „von dem“
_FROM_CONTRACTIONS = german.FROM_PREPOSITIONS - german.PLAIN_FROM_PREPOSITIONS            # „vom“


def body_speakers(st: ReadingState) -> None:
    """„sagte X von der OECD“, „X vom Innenministerium betonte“: X an official of the body."""
    for tok, p in list(st.person_at.items()):
        if p.official or p.party:
            continue
        end = name_end(st, tok)
        body = _body_after(st, end)
        if body is None or not _speaking(st, tok, body[1]):
            continue
        fired(SPEAKER_OF_BODY)
        _speaks_for(p, body[0])


def _speaks_for(p: PersonDraft, key: str | None) -> None:
    """Mark p an official of the body with entity key `key` (None: a body no hit names)."""
    p.official = True
    p.rules.append(SPEAKER_OF_BODY)
    if key is not None and p.affiliation is None:
        p.affiliation = key
        p.role_rules.append(SPEAKER_OF_BODY)


def _body_after(st: ReadingState, end: int) -> tuple[str | None, int] | None:
    """(entity key or None, the token after it): the public body after „von der“/„vom“ right behind the name
    ending at `end`."""
    words = st.words
    if end + 1 >= len(words):
        return None
    if words[end] in _FROM_CONTRACTIONS:
        k = end + 1
    elif words[end] in german.PLAIN_FROM_PREPOSITIONS and words[end + 1] in _SINGULAR_DATIVE:
        k = end + 2
    else:
        return None
    if k >= len(words):
        return None
    hit = next((x for x in st.by_tok.get(k, ()) if x.tok == k), None)
    if hit is not None and hit.label == "BODY":        # „vom Innenministerium“: placed now or by the context later
        body = st.body_at.get(k)
        return (body.key if body is not None else None), hit.tok_end
    if hit is not None:
        if hit.label != "ORG":
            return None
        rec = st.orgs[hit.key]
        if rec.kind not in _BODY_KINDS and rec.name.split()[0] not in _CHAMBERS:
            return None
        return st.org(hit.key, hit.start).key, hit.tok_end
    word = words[k].casefold()
    if words[k][:1].isupper() and words[k].isalpha() and any(word.endswith(n) for n in _AUTHORITY_NOUNS):
        return None, k + 1
    return None


def _speaking(st: ReadingState, tok: int, after: int) -> bool:
    """Whether the name at `tok` is a speaker's: a verb of saying, „so“ or „laut“ right before it, or a verb of
    saying right after the body (ending before `after`)."""
    words = st.words
    return (tok > 0 and words[tok - 1] in _BEFORE_SPEAKER) or (after < len(words) and words[after] in _SPEECH_VERBS)

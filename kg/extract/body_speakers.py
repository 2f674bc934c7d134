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
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.nlp.hits import Hit

SPEAKER_OF_BODY = declare("official-speaker-of-body", "person", "a speaker named with a public body after „von "
                          "der“/„vom“ — an international body, a state's body or armed force, a statutory chamber "
                          "(`chamber_kinds.tsv`), or a noun of a state's authority (`state_body_nouns.tsv`: "
                          "„Polizei“, „Behörde“) — acts for it, an official: „Das reiche nicht, sagte Anna Beispiel "
                          "von der Arbeiterkammer“, „laut Max Muster vom Innenministerium“, „Max Muster von der "
                          "Stadtpolizei bestätigte das“; not a researcher of an institute („sagte Max Muster vom "
                          "Institut für Physik“), not without a verb of saying („Max Muster von der Nationalgarde "
                          "wurde verhaftet“)")
SPEAKER_OF_ASSOCIATION = declare("official-speaker-of-association", "person", "a speaker named with a union or "
                                 "an interest group after „von der“/„vom“ — an organisation or a noun whose name, "
                                 "or a listed full name („vom DGB“: Deutscher Gewerkschaftsbund), "
                                 "ends in a noun of `interest_group_heads.tsv` (-gewerkschaft, -verband, -kammer) "
                                 "or one the article names right after such a noun („die Gewerkschaft ABK … sagte Eva "
                                 "Musterfrau von der ABK“) — acts for it, an official with no role unless one is written: „Das genüge "
                                 "nicht, kritisierte Eva Musterfrau vom Gewerkschaftsbund“, „Max Beispiel von der "
                                 "Gewerkschaft Holzbau Nord verwies auf die Inflation“; not without a verb of saying "
                                 "(„Max Beispiel vom Zentralverband wurde befördert“)")

_BODY_KINDS = frozenset({"international", "government", "armed"})
_CHAMBERS = resources.load_word_list("chamber_kinds.tsv")
_AUTHORITY_NOUNS = resources.listed_words("state_body_nouns.tsv")
_INTEREST_GROUP_HEADS = tuple(resources.listed_words("interest_group_heads.tsv"))
_BEFORE_SPEAKER = SPEECH_VERBS | german.with_capitalised(german.ATTRIBUTION_PREPOSITIONS)
_SINGULAR_DATIVE = german.FEMININE_GENITIVE_ARTICLES | german.DATIVE_NEUTER_ARTICLES      # „von der“, „von dem“
_FROM_CONTRACTIONS = german.FROM_PREPOSITIONS - german.PLAIN_FROM_PREPOSITIONS            # „vom“


def body_speakers(st: ReadingState) -> None:
    """„sagte X von der OECD“, „X vom Innenministerium betonte“: X an official of the body."""
    for tok, p in list(st.person_at.items()):
        if p.official or p.party:
            continue
        end = name_end(st, tok)
        k = _after_from(st, end)
        if k is None:
            continue
        rule, body = SPEAKER_OF_BODY, _body_at(st, k)
        if body is None:
            rule, body = SPEAKER_OF_ASSOCIATION, _association_at(st, k)
        if body is None or not _speaking(st, tok, body[1]):
            continue
        fired(rule)
        _speaks_for(p, body[0], rule)


FRONTED_BODY = declare("official-speaker-fronted-body", "person", "a person named after the verb of a clause that "
                       "opens with „Für“ and an organisation speaks or acts for it, an official: „Für die Gewerkschaft "
                       "antwortete am Montag Vizechefin Eva Muster“, „Für den Fabrixverband reagierte Max Muster“; not "
                       "a lower-case „für“ inside a clause („Max Muster warb für die Gewerkschaft“), not a word no "
                       "organisation is („Für die Schüler sprach Direktor Max Muster“)")
_FRONTED_FOR = german.with_capitalised(german.FOR_PREPOSITIONS) - german.FOR_PREPOSITIONS     # „Für“
_FRONTED_REACH = 5      # tokens from the verb to the name: „reagierte am Sonntag Vizepräsidentin Eva Muster“


def fronted_bodies(st: ReadingState) -> None:
    """„Für den Gewerkschaftsbund reagierte Vizepräsidentin X“: X acts for the organisation."""
    for k in st.tokens_of(_FRONTED_FOR):
        j = k + 2 if k + 2 < len(st.words) and st.words[k + 1].lower() in german.ARTICLES else k + 1
        hit = _hit_at(st, j) if j < len(st.words) else None
        if hit is None or hit.label != "ORG" or hit.tok_end >= len(st.words) or not st.words[hit.tok_end].islower():
            continue
        p = next((st.person_at[t] for t in range(hit.tok_end + 1, hit.tok_end + 1 + _FRONTED_REACH)
                  if t in st.person_at and st.sent_of[t] == st.sent_of[k]), None)
        if p is not None and p.affiliation is None and not p.party:
            fired(FRONTED_BODY)
            _speaks_for(p, st.org(hit.key, hit.start).key, FRONTED_BODY)


def _speaks_for(p: PersonDraft, key: str | None, rule: str) -> None:
    """Mark p an official of the body with entity key `key` (None: a body no hit names)."""
    p.official = True
    p.rules.append(rule)
    if key is not None and p.affiliation is None:
        p.affiliation = key
        p.role_rules.append(rule)


def _after_from(st: ReadingState, end: int) -> int | None:
    """The token after „von der“/„vom“ right behind the name ending at `end`, None without one."""
    words = st.words
    if end + 1 >= len(words):
        return None
    if words[end] in _FROM_CONTRACTIONS:
        k = end + 1
    elif words[end] in german.PLAIN_FROM_PREPOSITIONS and words[end + 1] in _SINGULAR_DATIVE:
        k = end + 2
    else:
        return None
    return k if k < len(words) else None


def _hit_at(st: ReadingState, k: int) -> Hit | None:
    """The name hit that starts at token k, if any."""
    for hit in st.by_tok.get(k, ()):    # a loop, no generator: called for many tokens
        if hit.tok == k:
            return hit
    return None


def _association_at(st: ReadingState, k: int) -> tuple[str | None, int] | None:
    """(entity key or None, the token after it): the union or interest group at token k — such an organisation,
    or an interest group's noun alone, maybe before the organisation's name („der Gewerkschaft Holzbau Nord“)."""
    hit = _hit_at(st, k)
    if hit is not None:
        if hit.label != "ORG" or not _interest_group(st, hit.key):
            return None
        return st.org(hit.key, hit.start).key, hit.tok_end
    if not (st.words[k][:1].isupper() and st.words[k].isalpha() and _interest_group_noun(st.words[k])):
        return None
    named = _hit_at(st, k + 1)
    if named is not None and named.label == "ORG":                  # „der Gewerkschaft Holzbau Nord“
        return st.org(named.key, named.start).key, named.tok_end
    return None, k + 1


def _interest_group(st: ReadingState, key: str) -> bool:
    """Whether the organisation `key` is a union or an interest group: a word of its name or of a listed full name
    ends in such a noun („Zentralverband der Mustermacher“, the DGB's „Deutscher Gewerkschaftsbund“), or the article
    names it once right after one („die Gewerkschaft ABK“)."""
    rec = st.orgs[key]
    return (any(_interest_group_noun(w) for form in (rec.name, *rec.aliases) for w in form.split())
            or any(h.key == key and h.label == "ORG" and h.tok > 0 and _interest_group_noun(st.words[h.tok - 1])
                   for h in st.hits))


def _interest_group_noun(word: str) -> bool:
    """Whether `word` ends in a union's or an interest group's noun („Gewerkschaftsbund“, „Bauernverband“)."""
    return word.casefold().endswith(_INTEREST_GROUP_HEADS)


def _body_at(st: ReadingState, k: int) -> tuple[str | None, int] | None:
    """(entity key or None, the token after it): the public body at token k, after „von der“/„vom“."""
    words = st.words
    hit = _hit_at(st, k)
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
    return (tok > 0 and words[tok - 1] in _BEFORE_SPEAKER) or (after < len(words) and words[after] in SPEECH_VERBS)

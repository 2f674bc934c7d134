"""A party's members named as examples of a group of its members: „gemäßigte Republikaner wie Max Muster“,
„SPD-Politiker wie X und Y“, „die Abgeordneten der CDU, darunter X“.
"""
from __future__ import annotations

from kg.extract.party_appositions import member_nouns
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import rule
from kg.german import ADJECTIVE_ENDINGS, AMONG_ADVERBS, DETERMINERS, EXAMPLE_ADVERBS, GENITIVE_ARTICLES, LIST_GLUE, SUCH_AS
from kg.nlp.hits import Hit
from kg.nlp.names import ACRONYM

_PLURAL_ENDINGS = ("er", "en", "n")     # „Republikaner“, „Sozialisten“, „Grünen“: a party named by its members


@rule("relation-party-members-such-as", "the persons named after „wie“ or „, darunter“ behind a group of a "
      "party's members — the party's members' plural, a party-prefixed member's noun or title, or such a noun and "
      "the party in the genitive — are its members: „gemäßigte Republikaner wie Max Muster“, „SPD-Politiker wie "
      "Max Muster und Eva Beispiel“, „die Abgeordneten der CDU, darunter Max Muster“ → memberOf; not „Parteien "
      "wie die SPD“, „Kritiker der SPD wie Max Muster“", "relations")
def party_members_such_as(st: ReadingState) -> None:
    for h in (h for h in st.hits if h.label == "ORG" and st.orgs[h.key].kind == "party"):
        if _members_group(st, h):
            for p in _examples(st, h.tok_end):
                if not p.party:
                    p.join(h.key, "relation-party-members-such-as")


def _members_group(st: ReadingState, h: Hit) -> bool:
    """The party hit h names a group of its members: „Republikaner“ (one word, its members' plural), „SPD-Politiker“
    (a member's noun or title after the party's prefix), „(die) Abgeordneten der CDU“."""
    words, word = st.words, st.words[h.tok]
    if "-" in word:
        return h.tok_end == h.tok + 1 and _member_noun(st, h.tok, word.rpartition("-")[2])
    if h.tok >= 2 and words[h.tok - 1] in GENITIVE_ARTICLES:
        return _member_noun(st, h.tok - 2, words[h.tok - 2])
    # „gemäßigte Republikaner wie X“, not „Die Grünen wie X“ (the party itself, compared)
    return h.tok_end == h.tok + 1 and not ACRONYM.match(word) and word.endswith(_PLURAL_ENDINGS) and (
        h.tok == 0 or words[h.tok - 1].lower() not in DETERMINERS)


def _member_noun(st: ReadingState, tok: int, word: str) -> bool:
    """The word at tok (or its head `word`) names a party's member: a member's noun or title („Politiker“,
    „Abgeordnete“), not a title of no office („Kritiker“)."""
    return word in member_nouns() or any(x.label == "TITLE" and x.form != "no" for x in st.by_tok.get(tok, []))


def _examples(st: ReadingState, k: int) -> list[PersonDraft]:
    """The persons listed from token k on after „wie“ or „, darunter“ (maybe „etwa“, „auch“), each maybe with an
    article and a title: „wie Max Muster und Senatorin Eva Beispiel“."""
    words, n, found = st.words, len(st.words), []
    if k + 1 < n and words[k] == "," and words[k + 1] in AMONG_ADVERBS:
        k += 2
    elif k < n and words[k] in SUCH_AS:
        k += 1
    else:
        return []
    k += 1 if k < n and words[k] in EXAMPLE_ADVERBS else 0
    while k < n:
        k += 1 if words[k] in DETERMINERS else 0
        while k < n and words[k].islower() and words[k].endswith(ADJECTIVE_ENDINGS):
            k += 1      # „die frühere Ministerin X“
        title = next((x for x in st.by_tok.get(k, []) if x.label == "TITLE" and x.tok == k), None)
        k = title.tok_end if title is not None else k
        if k not in st.person_at:
            break
        found.append(st.person_at[k])
        k = name_end(st, k)
        if not (k + 1 < n and words[k] in LIST_GLUE):
            break
        k += 1
    return found

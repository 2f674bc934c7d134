"""A party's members named as examples of a group of its members („gemäßigte Republikaner wie Max Muster“,
„SPD-Politiker wie X und Y“, „die Abgeordneten der CDU, darunter X“), as a party peer of a member („ihr
Nachfolger und Parteikollege X“) or as the partner a titled member acts with („Klubobfrau X und Y stimmten zu“).
"""
from __future__ import annotations

from kg.extract.party_lookup import member_nouns
from kg.extract.person_spans import name_end, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, rule
from kg.german import (ADJECTIVE_ENDINGS, AMONG_ADVERBS, AND_CONJUNCTIONS, DETERMINERS, EXAMPLE_ADVERBS, GENITIVE_ARTICLES,
                       LIST_GLUE, MEMBERS_PLURAL_ENDINGS, NOUN_COMPLEMENT_OPENERS, PARTY_PEER_NOUNS, POSSESSIVES,
                       SUCH_AS)
from kg.nlp.hits import Hit
from kg.nlp.names import ACRONYM

_PLURAL_ENDINGS = MEMBERS_PLURAL_ENDINGS     # „Republikaner“, „Sozialisten“, „Grünen“: a party named by its members


@rule("relation-party-members-such-as", "the persons named after „wie“ or „, darunter“ behind a group of a "
      "party's members — the party's members' plural, a party-prefixed member's noun or title, or such a noun and "
      "the party in the genitive — are its members: „gemäßigte Republikaner wie Max Muster“, „SPD-Politiker wie "
      "Max Muster und Eva Beispiel“, „die Abgeordneten der CDU, darunter Max Muster“ → memberOf; not „Parteien "
      "wie die SPD“, „Kritiker der SPD wie Max Muster“", "relations")
def party_members_such_as(st: ReadingState) -> None:
    for h in (h for h in st.hits if h.label == "ORG" and st.orgs[h.key].kind == "party"):
        if _members_group(st, h):
            for p in named_examples(st, h.tok_end):
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


def named_examples(st: ReadingState, k: int) -> list[PersonDraft]:
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


_PEER_REACH = 40        # tokens back from the possessive to the person it stands for: this sentence or the one before


@rule("relation-party-peer", "a name after a party peer's noun („Parteifreund“, „Parteikollegin“), maybe after another "
      "noun and „und“, is a member of the party of the person the genitive or possessive before it names, where the "
      "text gives that person a party: „Max Muster (SPD) … unter seinem Nachfolger und Parteikollegen Hans Mayer“, "
      "„Musters Parteifreundin Eva Beispiel“ → memberOf SPD; not where the possessor has no party", "relations")
def party_peers(st: ReadingState) -> None:
    words = st.words
    if PARTY_PEER_NOUNS.isdisjoint(words):
        return
    for j in [j for j, w in enumerate(words) if w in PARTY_PEER_NOUNS]:
        found = _peer_apposition(st, j)
        if found is not None:
            peer, owner, name = *found, PEER_APPOSITION
        else:
            k = j + 3 if j + 3 < len(words) and words[j + 1] in AND_CONJUNCTIONS and words[j + 2][:1].isupper() else j + 1
            if k not in st.person_at:
                continue        # "seine Parteifreundin und Innenministerin Eva Beispiel": the peer noun first
            b, name = j - 1, "relation-party-peer"
            if b >= 2 and words[b] in AND_CONJUNCTIONS and words[b - 1][:1].isupper():
                b -= 2          # "ihrem Nachfolger und Parteikollegen"
            peer, owner = st.person_at[k], _peer_owner(st, b)
        if owner is not None and owner is not peer and owner.party and not peer.party:
            peer.join(owner.party, name)


PEER_APPOSITION = declare("relation-party-peer-apposition", "relations", "an apposition of a party peer's noun after a "
                          "name, with its owner after „von“ or a genitive article, makes the name a member of the "
                          "owner's party, where the text gives the owner one: „Max Muster, ein Parteifreund von Kanzlerin "
                          "Eva Beispiel (SPD), …“, „Max Muster, der Parteikollege des Ministers Hans Mayer (SPD), …“ → "
                          "memberOf SPD; not where the owner has no party")
_PEER_OWNER_REACH = 4       # tokens from „von“ to the owner's name: „von Kanzlerin Eva Beispiel“


def _peer_apposition(st: ReadingState, j: int) -> tuple[PersonDraft, PersonDraft] | None:
    """The peer and the owner of an apposition on the party peer's noun at token j: a name and a comma before it (past
    an article and adjectives), „von“ or a genitive article and the owner's name (past titles) after it."""
    words = st.words
    b = j - 1
    while b > 0 and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in DETERMINERS:
        b -= 1              # "ein enger Parteifreund"
    b -= 1 if b > 0 and words[b] in DETERMINERS else 0
    if b < 1 or words[b] != "," or j + 2 >= len(words) or words[j + 1] not in NOUN_COMPLEMENT_OPENERS:
        return None
    found = person_ending_at(st, b)
    owner = next((st.person_at[k] for k in range(j + 2, min(len(words), j + 2 + _PEER_OWNER_REACH))
                  if k in st.person_at and st.sent_of[k] == st.sent_of[j]), None)
    return (found[1], owner) if found is not None and owner is not None else None


def _peer_owner(st: ReadingState, b: int) -> PersonDraft | None:
    """Whose peer the noun after token b names: the person whose genitive ends at b („Musters“), or for a possessive
    at b the last person named before it in its sentence or the one before."""
    words = st.words
    if b < 1:
        return None
    if words[b].lower() not in POSSESSIVES:
        found = person_ending_at(st, b + 1) if words[b].endswith("s") else None
        return found[1] if found is not None else None
    s = st.sent_of[b]
    for k in range(b - 1, max(-1, b - _PEER_REACH), -1):
        if st.sent_of[k] < s - 1:
            break
        found = person_ending_at(st, k + 1)
        if found is not None:
            return found[1]
    return None


@rule("relation-party-title-partner", "a full name that no title, party or list places, joined by „und“ to a member of "
      "a party named with a singular title, sharing its verb, acts with that member: an official of the same party, "
      "without the title: „Die Liberalen stimmten zu. Fraktionschefin Eva Muster und Maria Beispiel hatten "
      "unterschrieben.“ → Maria Beispiel an official, memberOf the Liberalen; not „…, Eva Muster und Maria Beispiel, "
      "ihre Beraterin, …“ (an apposition), nor a lone surname", "relations")
def party_title_partners(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        if not p.party or not _titled_at(st, tok):
            continue
        k = name_end(st, tok)
        partner = st.person_at.get(k + 1) if k + 1 < len(words) and words[k] in AND_CONJUNCTIONS else None
        if partner is None or partner is p or not _bare_full_name(st, partner, k + 1):
            continue
        after = name_end(st, k + 1)
        if after < len(words) and words[after][:1].islower() and st.sent_of[after] == st.sent_of[tok]:
            partner.join(p.party, "relation-party-title-partner", official=True)


def _titled_at(st: ReadingState, tok: int) -> bool:
    """A title of an office stands right before the name at tok („Klubobfrau Eva Muster“)."""
    return any(x.label == "TITLE" and x.tok_end == tok and x.form != "no" for x in st.by_tok.get(tok - 1, ()))


def _bare_full_name(st: ReadingState, p: PersonDraft, tok: int) -> bool:
    """The person at tok is named in full (two words or more) and nothing places them: no title, party, office or
    list entry."""
    return (not p.party and not p.official and p.title_tok is None and p.known is None and p.office_of is None
            and name_end(st, tok) - tok >= 2)

"""A party an adjective or a member's noun names, the one of the person's state: „der
republikanische Gouverneur X“, „der Demokrat X“, „die US-Demokratin X“, „X, ein republikanischer
Senator,“ (`kg/data/party_adjectives.tsv`, `party_members.tsv`).
"""
from __future__ import annotations

from kg.extract.party_lookup import (adjective_parties, adjective_stem, fitting_party, member_noun_parties,
                                     partyless_appositions)
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, rule
from kg.german import ADJECTIVE_ENDINGS, AS_WORDS, DEFINITE_ARTICLES, DETERMINERS, INDEFINITE_ARTICLES, PREPOSITIONS


@rule("relation-party-adjective", "a party adjective before an office names the holder's party: „der "
      "republikanische Gouverneur Greg Abbott“ → memberOf Republikaner (the party of his state)", "relations")
def party_adjectives(st: ReadingState) -> None:
    for tok, p in list(st.person_at.items()):
        # the office is a title, or any noun right before the name ("Präsidentschaftsbewerber")
        office = p.title_tok if p.title_tok is not None else tok - 1
        if p.party or office < 1:
            continue
        name = "relation-party-adjective"
        if not st.words[office][:1].isupper():
            if p.title_tok is not None or not _article_adjective(st, tok):
                continue
            office, name = tok, ADJECTIVE_NAME       # "der konservative Mariano Rajoy": no office
        word = st.words[office - 1]
        if not word.islower() or not word.endswith(ADJECTIVE_ENDINGS):
            continue
        parties = adjective_parties().get(adjective_stem(word))
        if not parties and name != ADJECTIVE_NAME:
            parties = _distant_parties(st, office - 1)
            name = ADJECTIVE_DISTANT if parties else name
        party = fitting_party(st, p, parties) if parties else None
        if party is not None:
            p.join(party, name, official=True)


ADJECTIVE_DISTANT = declare("relation-party-adjective-distant", "relations", "a party adjective before other "
                            "adjectives before an office names the holder's party, also capitalised after an article: "
                            "„die grüne kanadische Senatorin Anna Muster“, „die Grüne kanadische Abgeordnete Eva "
                            "Beispiel“ → memberOf Grüne, where only adjectives of a state or a role stand between; not "
                            "„die junge kanadische Senatorin Anna Muster“, nor „Die Grünen lobten Senatorin Eva "
                            "Beispiel“ (a verb between)")
_DISTANT_ADJECTIVES = 2     # adjectives between the party adjective and the office: „grüne australische“


def _distant_parties(st: ReadingState, a: int) -> tuple[str, ...] | None:
    """The parties of a party adjective before the adjectives of a state or a role ending at token a (at most two):
    lower-case, or capitalised right after an article („die Grüne australische …“)."""
    words = st.words
    for j in range(a, max(-1, a - 1 - _DISTANT_ADJECTIVES), -1):
        word = words[j]
        if not word.endswith(ADJECTIVE_ENDINGS) or not word[:1].isalpha():
            return None
        parties = adjective_parties().get(adjective_stem(word)) if j < a else None
        if parties and (word.islower() or j >= 1 and words[j - 1].lower() in DETERMINERS):
            return parties
        if not word.islower() or st.state_at(j) is None and not _role_adjective(st, word):
            return None     # only a state's or a role's adjective between: not „Die Grünen machten Bürgermeister X …“
    return None


def _role_adjective(st: ReadingState, word: str) -> bool:
    """An inflected adjective of `role_adjectives.tsv`: „stellvertretende“, „außenpolitischen“."""
    return any(word.endswith(e) and word[:-len(e)] in st.t.role_adjectives for e in ADJECTIVE_ENDINGS)


ADJECTIVE_NAME = declare("relation-party-adjective-name", "relations", "a party adjective between an article and a "
                         "name names the person's party: „der konservative Mariano Rajoy“ (with „die konservative "
                         "Volkspartei (PP)“ in the article), „der republikanische Donald Trump“ → memberOf; not „der "
                         "junge Max Muster“")


def _article_adjective(st: ReadingState, tok: int) -> bool:
    """A definite article and a party adjective right before the name at `tok`: „der konservative Mariano Rajoy“."""
    return tok >= 2 and st.words[tok - 2].lower() in DEFINITE_ARTICLES \
        and adjective_stem(st.words[tok - 1]) in adjective_parties()


@rule("relation-party-member-noun", "a party member's noun right before a name: „der Demokrat Joe Manchin“, "
      "„die US-Demokratin Nancy Pelosi“ → memberOf Demokraten, and an official", "relations")
def party_member_nouns(st: ReadingState) -> None:
    for tok, p in list(st.person_at.items()):
        if p.party or tok == 0:
            continue
        prefix, _, noun = st.words[tok - 1].rpartition("-")
        parties = member_noun_parties().get(noun)
        if not parties:
            continue
        # "US-Demokratin": the prefix names her state
        state = st.state_at(tok - 1) if prefix else None
        party = fitting_party(st, p, parties, state)
        if party is not None:
            p.join(party, "relation-party-member-noun", official=True)


_PHRASE_PREPOSITIONS = PREPOSITIONS - AS_WORDS     # „gegen“ opens a phrase, no apposition; „als blauer Redner“ does
_PARTY_APPOSITION_GAP = 5   # words between the comma and the noun: „ebenfalls ein potenzieller republikanischer“


def _apposition_parties(st: ReadingState, k: int) -> tuple[str, ...] | None:
    """After the comma at k: the parties a party adjective or a member's noun in an apposition names: „, ein potenzieller republikanischer Präsidentschaftskandidat“, „, der Sozialdemokrat“."""
    words, parties = st.words, ()
    j = k + 1
    while j < len(words) and j - k <= _PARTY_APPOSITION_GAP and words[j].islower() and words[j].isalpha():
        word = words[j]
        if word not in DETERMINERS and not (len(word) > 3 and word.endswith(ADJECTIVE_ENDINGS)) and j > k + 1 \
                or word in _PHRASE_PREPOSITIONS:
            return None         # a verb or preposition: no noun phrase („, hieß es aus … Kreisen“, „, gegen den roten …“)
        parties = adjective_parties().get(adjective_stem(word), parties) if word.endswith(ADJECTIVE_ENDINGS) else parties
        j += 1
    if j < len(words) and words[k + 1] in INDEFINITE_ARTICLES:    # ", ein Republikaner,": a member named by the party
        party = next((x.key for x in st.by_tok.get(j, []) if x.label == "ORG" and x.tok == j and x.tok_end == j + 1
                      and st.orgs[x.key].kind == "party"), None)
        if party is not None and j + 1 < len(words) and words[j + 1] == ",":
            return (party,)
    if j >= len(words) or not words[j][:1].isupper() or st.by_tok.get(j) and not any(
            x.label == "TITLE" for x in st.by_tok[j]) or words[j] in st.t.party_nouns:
        return None
    return (member_noun_parties().get(words[j]) or parties or None) if j + 1 not in st.person_at else None


@rule("relation-party-adjective-apposition", "an apposition after a name whose party adjective or member's noun names "
      "the party: „Rand Paul, ein republikanischer Senator,“, „Max Muster, der Sozialdemokrat,“, „Donald Trump, ein "
      "Republikaner,“ → memberOf "
      "(the party of his state), and an official", "relations")
def party_adjective_appositions(st: ReadingState) -> None:
    for p, k in partyless_appositions(st):
        parties = _apposition_parties(st, k)
        party = fitting_party(st, p, parties) if parties else None
        if party is not None:
            p.join(party, "relation-party-adjective-apposition", official=True)

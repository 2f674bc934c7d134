"""A person's party written beside the name, noted on the `PersonDraft` (before `persons.finish`
makes the memberOf relation): „Olaf Scholz (SPD)“, „X, Mitglied der CDU“, „X von den
Konservativen“, „SPD-Chef X“ (`parties`), „die Nationale Front (NF) von X“ (`party_of`), „X
leitet die Partei“ (`party_leaders`), „die SPD von Kanzler X“ (`party_possessives`).

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> def read(text): return read_entities(build_nlp()(text), Article(id="x", text=text))
>>> [(r.subject, r.relation, r.object, r.rules) for r in read("Max Muster (SPD) sagte das.").relations]
[('person:max-muster', 'memberOf', 'org:spd', ('party-bracket',))]
"""
from __future__ import annotations

from collections.abc import Iterator

from kg import german
from kg.extract.party_lookup import fitting_party, member_noun_parties, party_after, party_hits, party_in_brackets
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, rule
from kg.german import (ADJECTIVE_ENDINGS, DETERMINERS, FEMININE_GENITIVE_ARTICLES, MEMBER_NOUNS,
                       PARTY_HEAD_PREPOSITIONS, PARTY_OPENERS)
from kg.nlp.hits import Hit


_FROM_CONTRACTIONS = german.FROM_PREPOSITIONS - german.PLAIN_FROM_PREPOSITIONS     # "vom"


PARTY_BRACKET = declare("party-bracket", "party", "a party in brackets after a name, also one of several words: „Olaf "
                        "Scholz (SPD)“, „Eva Muster (Die Grünen)“")


PARTY_MEMBER_OF = declare("party-member-of", "party", "a party after „von der (Partei)“, „vom“ or „Mitglied der“ "
                          "behind a name: „Max Muster von der Partei Winaq“, „Max Muster vom Likud“, „Max Muster, "
                          "Mitglied der CDU“, „Max Muster von der konservativen Volkspartei (PP)“")


PARTY_BEFORE_NAME = declare("party-before-name", "party", "a party right before a name, as a noun or a "
                            "prefix: „der US-Republikaner Max Muster“, „SPÖ-Chef Max Muster“")


PARTY_OF = declare("party-of", "party", "a person after „von“, „um“ or „unter“ behind a party is its member: "
                   "„die Nationale Front (NF) von Max Muster“, „der Front National unter Eva Beispiel“")


PARTY_LEADER = declare("party-leader", "party", "the person before a party and a verb of leading leads it: "
                       "„Max Muster wird die KP weiter führen“, „Max Muster leitet die SPD“")


def parties(st: ReadingState) -> None:
    """A person's party from the words after the name ('Olaf Scholz (SPD)', 'X, Mitglied der CDU')
    and before it ('SPD-Chef X', 'der US-Republikaner X'): the person is an official and a member."""
    for tok, p in list(st.person_at.items()):
        end = name_end(st, tok)
        for party, read_by in ((_party_member_of(st, end), PARTY_MEMBER_OF), (party_in_brackets(st, end), PARTY_BRACKET),
                               (_party_members_after(st, end, p), PARTY_MEMBERS_AFTER),
                               (_title_bracket(st, end), PARTY_TITLE_BRACKET)):
            if party is not None:
                p.join(party, read_by, official=True)
    for tok, p in list(st.person_at.items()):
        party = _party_before(st, tok) if tok > 0 else None
        if party is not None:
            p.join(party, PARTY_BEFORE_NAME, official=True)


PARTY_TITLE_BRACKET = declare("party-title-bracket", "party", "a party in brackets right after a one-word title in "
                              "an apposition behind a name: „Eva Muster, Landesrätin (ÖVP), lehnte ab“ → memberOf ÖVP; "
                              "not „Eva Muster, Landesrätin (Bildung),“ (no party)")


def _title_bracket(st: ReadingState, end: int) -> str | None:
    """ "Eva Muster, Landesrätin (ÖVP),": the party in brackets after the title opening the apposition behind the name
    ending at `end`."""
    words = st.words
    if not (end + 2 < len(words) and words[end] == "," and any(
            x.label == "TITLE" and x.tok_end == end + 2 for x in st.by_tok.get(end + 1, []))):
        return None
    return party_in_brackets(st, end + 2)


def _party_member_of(st: ReadingState, end: int) -> str | None:
    """ "Amilcar Pop von der Partei Winaq", "X, Mitglied der CDU": the party after the name ending at `end`."""
    words = st.words
    k = end + 1 if end < len(words) and words[end] == "," else end
    if k + 1 < len(words) and words[k] in _FROM_CONTRACTIONS:
        return party_after(st, k + 1)      # "Marine Le Pen vom Front National"
    if not (k + 2 < len(words) and ((words[k], words[k + 1]) in PARTY_OPENERS
                                    or (words[k] in MEMBER_NOUNS and words[k + 1] in FEMININE_GENITIVE_ARTICLES))):
        return None
    return party_after(st, k + 2)


PARTY_MEMBERS_AFTER = declare("party-members-after", "party", "the members' plural of a party no list spells so "
                              "after „von den“ behind a name: „David Cameron von den Konservativen“, „Max Muster "
                              "von den Republikanern“ (the party of his state)")


def _party_members_after(st: ReadingState, end: int, p: PersonDraft) -> str | None:
    """ "X von den Konservativen": the party a member's noun names after „von den“ behind the name ending at
    `end`, where no party hit stands there."""
    words, k = st.words, end + 1 if end < len(st.words) and st.words[end] == "," else end
    if not (k + 2 < len(words) and (words[k], words[k + 1]) in PARTY_OPENERS) or st.by_tok.get(k + 2):
        return None
    parties = member_noun_parties().get(words[k + 2])
    return fitting_party(st, p, parties) if parties else None


def _party_before(st: ReadingState, tok: int) -> str | None:
    """ "der US-Republikaner Marco Rubio", "SPÖ-Chef Faymann": the party right before the name at `tok`."""
    party = st.party_prefix(tok - 1)
    if party is None:
        party = next((x.key for x in st.by_tok.get(tok - 1, []) if x.label == "ORG"
                      and x.tok_end == tok and st.orgs[x.key].kind == "party"
                      and st.words[tok - 1] not in st.t.party_adjective_names), None)
    return party


PARTY_LEADER_DESCRIBED = declare("party-leader-described", "party", "the person before a verb of leading, an "
                                 "article, adjectives or a party's noun and a party leads it: „Max Muster führt die "
                                 "Partei Winaq“, „Max Muster leitet die sozialdemokratische SPD“")


def _described_lead(st: ReadingState, h: Hit) -> bool:
    """A verb of leading, an article and adjectives or a party's noun before the party hit h: „führt die (liberale)
    Partei Winaq“, „leitet die sozialdemokratische SPD“; not the article alone („leitet die SPD“: `party-leader`)."""
    words, b = st.words, h.tok - 1
    while b > 1 and (words[b] in st.t.party_nouns or words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS)
                     and words[b] not in DETERMINERS):
        b -= 1
    return b < h.tok - 1 and words[b] in DETERMINERS and words[b - 1] in st.t.lead_verbs


def party_leaders(st: ReadingState) -> None:
    """'X, …, wird die KP weiter führen', 'X leitet die Partei': a leader is a member and an official."""
    words = st.words
    for h in party_hits(st):
        after = words[h.tok_end:h.tok_end + 5]     # "wird die KP weitere fünf Jahre anführen"
        if "," in after:
            after = after[:after.index(",")]
        name = PARTY_LEADER if set(after) & st.t.lead_verbs or (h.tok >= 2 and words[h.tok - 2] in st.t.lead_verbs) \
            else PARTY_LEADER_DESCRIBED if h.tok >= 3 and _described_lead(st, h) else None
        if name is None:
            continue
        # the subject: the nearest person before, in the same sentence, none between
        s = st.sent_of[h.tok]
        for tok in range(h.tok - 1, max(-1, h.tok - 20), -1):
            if st.sent_of[tok] != s:
                break
            if tok in st.person_at:
                st.person_at[tok].join(h.key, name, official=True)
                break


def _parties_before_von(st: ReadingState, genitive: bool = False) -> Iterator[tuple[Hit, int]]:
    """Each party hit with the index of the „von“ or „um“ after it (and after its acronym in
    brackets): „die Nationale Front (NF) von …“; with `genitive`, also of a masculine genitive article („die
    AKP des Präsidenten …“: a feminine „der“ may be a dative, „schickte die SPD der Ministerin …“)."""
    words = st.words
    for h in party_hits(st):
        k = h.tok_end
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3
        elif k < len(words) and words[k] == ")" and h.tok > 0 and words[h.tok - 1] == "(":
            k += 1      # the hit is the acronym: "die Volkspartei (PP) von …"
        if k + 1 < len(words) and (words[k] in PARTY_HEAD_PREPOSITIONS or genitive and words[k] in
                                   german.MASCULINE_GENITIVE_ARTICLES):
            yield h, k


def party_of(st: ReadingState) -> None:
    """'die Nationale Front (NF) von Jazenjuk': the person is a member of the party."""
    for h, k in _parties_before_von(st):
        if (k + 1) in st.person_at:
            st.person_at[k + 1].join(h.key, PARTY_OF)


@rule("relation-party-possessive", "a party „von“ an office holder, or his office in the genitive: „die SPD von "
      "Kanzler Olaf Scholz“, „die AKP des Präsidenten Erdoğan“ → memberOf", "relations")
def party_possessives(st: ReadingState) -> None:
    for h, k in _parties_before_von(st, genitive=True):
        title = next((x for x in st.by_tok.get(k + 1, []) if x.label == "TITLE" and x.tok == k + 1), None)
        if title is None:
            continue
        p = st.person_at.get(title.tok_end)
        if p is None and st.words[k] in german.MASCULINE_GENITIVE_ARTICLES:
            p = _title_holder(st, title.key)        # „die Syriza des Regierungschefs“, no name after it
            name = TITLE_GENITIVE
        else:
            name = "relation-party-possessive"
        if p is not None and not p.party:
            p.join(h.key, name)


TITLE_GENITIVE = declare("relation-party-title-genitive", "relations", "a party before a masculine genitive article "
                         "and a title with no name after it is the party of the one person of the article holding that "
                         "title: „Regierungschef Max Muster sprach. Die Syriza des Regierungschefs verliert.“ → "
                         "memberOf Syriza; not where two persons hold the title")


@rule("relation-party-noun-title-genitive", "a party's noun before a masculine genitive article and a title with no "
      "name after it, in apposition to a party (before or after it), names the party of the one person of the "
      "article holding that title: „Regierungschef Max Muster sprach. Die Smer, die Partei des Regierungschefs, "
      "verlor.“, „Die Partei des Regierungschefs, die Smer, verlor.“ → memberOf Smer; not where two persons hold the "
      "title", "relations")
def party_noun_title_genitives(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for j in [j for j in st.tokens_of(st.t.party_nouns)
              if j + 2 < n and words[j + 1] in german.MASCULINE_GENITIVE_ARTICLES]:
        title = next((x for x in st.by_tok.get(j + 2, []) if x.label == "TITLE" and x.tok == j + 2), None)
        if title is None or st.person_at.get(title.tok_end):
            continue
        party = _apposed_party(st, j, title.tok_end)
        p = _title_holder(st, title.key) if party is not None else None
        if p is not None and not p.party:
            p.join(party, "relation-party-noun-title-genitive")


def _apposed_party(st: ReadingState, j: int, end: int) -> str | None:
    """The party in apposition to the noun phrase from its article before token j (the party's noun) to `end`: named
    before its comma („die Smer, die Partei …“) or after the comma that follows it („die Partei …, die Smer“)."""
    words, n = st.words, len(st.words)
    b = j - 1 if j > 0 and words[j - 1].lower() in german.DEFINITE_ARTICLES else j
    if b >= 2 and words[b - 1] == ",":
        found = next((x.key for x in st.by_tok.get(b - 2, []) if x.label == "ORG" and x.tok_end == b - 1
                      and st.orgs[x.key].kind == "party"), None)
        if found is not None:
            return found
    if end + 1 < n and words[end] == ",":
        k = end + 2 if words[end + 1].lower() in german.DEFINITE_ARTICLES else end + 1
        return next((x.key for x in st.by_tok.get(k, []) if x.label == "ORG" and x.tok == k
                     and st.orgs[x.key].kind == "party"), None) if k < n else None
    return None


def _title_holder(st: ReadingState, key: str) -> PersonDraft | None:
    """The one person of the article whose title hit has the key `key`."""
    holders = {id(p): p for p in st.person_at.values() if p.title_tok is not None
               and any(x.label == "TITLE" and x.key == key for x in st.by_tok.get(p.title_tok, []))}
    return next(iter(holders.values())) if len(holders) == 1 else None

"""A person's party told by „als“ and a member's noun with the party in the genitive: „Jana Feldmann stimmte als
Mitglied der SPD dagegen“, „Als neue Mitglieder der FDP wurden Jana Feldmann und Ole Brink begrüßt“.

>>> from kg.nlp import build_nlp
>>> from kg.extract import extract
>>> from kg.facts import Article
>>> text = "Als neues Mitglied der SPD wurde Jana Feldmann in Kassel begrüßt."
>>> [(r.subject, r.object) for r in extract(build_nlp()(text), Article(id="d", text=text)).relations]
[('person:jana-feldmann', 'org:spd')]
"""
from __future__ import annotations

from kg import german
from kg.extract.party_lookup import member_nouns, party_after
from kg.extract.person_spans import name_end
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, rule
from kg.extract.title_predicates import subject_ending_at
from kg.german import (ADJECTIVE_ENDINGS, DEFINITE_ARTICLES, DETERMINERS, GENITIVE_ARTICLES, INDEFINITE_ARTICLES,
                       LIST_GLUE, NEGATIONS)

_AS_FORMS = german.with_capitalised(german.AS_WORDS)     # „als“, „Als“
_AS_GAP = 3             # lower-case words between the name and „als“: „Jana Feldmann stimmte gestern als …“
_ADJECTIVE_GLUE = LIST_GLUE     # the commas and „und“ of a list of adjectives
_ARTICLES = DEFINITE_ARTICLES | INDEFINITE_ARTICLES
_PARTY_REACH = 4        # tokens of the party's name past its genitive article: „der oppositionellen Partei X“


@rule("relation-party-as-member", "a person beside „als“ and a party member's noun with the party in the genitive "
      "is its member: „Jana Feldmann stimmte als Mitglied der SPD dagegen“, „Als neue Mitglieder der FDP wurden Jana "
      "Feldmann und Ole Brink begrüßt“ → memberOf; not „Jana Feldmann will als Mitglied der SPD aufgenommen werden“ "
      "(not yet), nor „Jana Feldmann sprach nicht als Mitglied der SPD“, nor a body that is no party („als Mitglied "
      "der Akademie“)", "relations")
def party_as_members(st: ReadingState) -> None:
    for i in [i for i, w in enumerate(st.words) if w in _AS_FORMS]:
        found = _as_party(st, i)
        if found is None:
            continue
        party, end, read_by = found
        for p in _as_persons(st, i, end):
            if not p.party:
                p.join(party, read_by, official=True)


def _as_party(st: ReadingState, i: int) -> tuple[str, int, str] | None:
    """The party that „als“ at i, (an article, adjectives,) a member's noun and the genitive name, the token after its
    name and the rule that read it; None where „werden“ closes the clause („will als Mitglied der SPD aufgenommen werden“: not yet)."""
    words, n = st.words, len(st.words)
    j, described = _past_description(words, i + 1)
    if j + 2 >= n or not (words[j] in member_nouns() or words[j] in german.MEMBERSHIP_NOUNS) \
            or words[j + 1] not in GENITIVE_ARTICLES:
        return None
    party = party_after(st, j + 2)
    end = next((x.tok_end for t in range(j + 2, min(n, j + 2 + _PARTY_REACH)) for x in st.by_tok.get(t, [])
                if x.key == party), None)
    if party is None or end is None or _becoming(st, end):
        return None
    return party, end, AS_DESCRIBED if described else "relation-party-as-member"


AS_DESCRIBED = declare("relation-party-as-described", "relations", "an article and a list of adjectives (with commas "
                      "and „und“) may stand between „als“ and the member's noun: „Jana Feldmann galt als das junge, "
                      "freundliche und moderne Aushängeschild der FDP“, „Ole Brink gilt als ein Urgestein der SPD“ → "
                      "memberOf; not „Jana Feldmann gilt als das freundliche Gesicht der Stadtwerke“ (no party)")
_DESCRIPTION_REACH = 8  # tokens of „das junge, freundliche und moderne“ between „als“ and the noun


def _past_description(words: list[str], j: int) -> tuple[int, bool]:
    """From token j after „als“, past an article and adjectives joined by commas or „und“ („das junge, freundliche
    und moderne“), to where the member's noun may stand, and whether more than two bare adjectives stood there (what
    `relation-party-as-described` adds); j itself where nothing of that kind follows."""
    k = j + 1 if j < len(words) and words[j] in _ARTICLES else j
    end, m = k, k
    while m < len(words) and m - j <= _DESCRIPTION_REACH:
        w = words[m]
        if w.islower() and w.endswith(ADJECTIVE_ENDINGS) and w not in NEGATIONS and w not in DETERMINERS:
            end = m + 1     # „neues“, „das liberale, freundliche und weltoffene“
        elif not (w in _ADJECTIVE_GLUE and end > k):
            break
        m += 1
    return end, k > j or end - j > 2 or any(w in _ADJECTIVE_GLUE for w in words[j:end])


def _becoming(st: ReadingState, end: int) -> bool:
    """Whether „werden“ closes the clause that goes on at token `end`."""
    words, k = st.words, end
    while k < len(words) and words[k][:1].isalnum() and st.sent_of[k] == st.sent_of[end]:
        k += 1
    return k > end and words[k - 1] in german.BECOME_INFINITIVES


def _as_persons(st: ReadingState, i: int, end: int) -> list[PersonDraft]:
    """The persons „als“ at i speaks of: where „Als“ opens the sentence, those listed right after the finite verb
    that follows the phrase ending before `end`; else the one named right before „als“, past up to three lower-case
    words and no negation."""
    words = st.words
    if i == 0 or st.sent_of[i - 1] != st.sent_of[i]:
        return _listed_after(st, end + 1) if end < len(words) and words[end].islower() else []
    k = i
    while k > 0 and i - k < _AS_GAP and words[k - 1].islower() and words[k - 1].isalpha() \
            and words[k - 1] not in NEGATIONS:
        k -= 1
    if any(w in NEGATIONS for w in words[i + 1:end]):
        return []
    found = subject_ending_at(st, k)      # also a surname alone: „Brink stimmte als Mitglied der SPD …“
    return [found[1]] if found is not None else []


def _listed_after(st: ReadingState, k: int) -> list[PersonDraft]:
    """The persons named from token k on, joined by commas or „und“: „Jana Feldmann und Ole Brink“."""
    out: list[PersonDraft] = []
    while k in st.person_at:
        p = st.person_at[k]
        out.append(p)
        k = name_end(st, k)
        if k + 1 >= len(st.words) or st.words[k] not in german.LIST_GLUE:
            break
        k += 1
    return out

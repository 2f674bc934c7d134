"""A party named through a reference to its member rather than his name: a possessive opening the
sentence after him („Max Muster sprach. Seine Partei Syriza verliert.“). (His title in the genitive after
the party, „die Syriza des Regierungschefs“, is read with the party's possessives in `parties`.) A possessive
before the noun of membership names the party of the person its clause names before it, also by a head's title
(„Der Staatschef hat seine Mitgliedschaft bei der AKP ruhend gestellt“, `party_membership_possessives`).

German news names a politician once and then refers to him; his party often comes only in such a
reference. The reading needs one sure referent: the one person the sentence before names.
"""
from __future__ import annotations

from kg import german, resources
from kg.extract.party_links import copula_party
from kg.extract.party_lookup import distinct_people, party_after, party_hits
from kg.extract.person_spans import person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired, rule
from kg.german import VERB_COPULAS
from kg.nlp.hits import Hit


def _opens_sentence(st: ReadingState, tok: int) -> bool:
    """Token `tok` is the first word of its sentence (not of a quote: „„Ihre Partei …“, sagte X zu Y“)."""
    return tok == 0 or st.sent_of[tok - 1] != st.sent_of[tok]


@rule("relation-party-sentence-possessive", "a possessive opening a sentence before a party (past adjectives and a "
      "party noun) names the party of the one person the sentence before names: „Regierungschef Max Muster sprach. "
      "Seine Partei Syriza verliert.“ → memberOf Syriza; not where the sentence before names two persons",
      "relations")
def party_sentence_possessives(st: ReadingState) -> None:
    words = st.words
    for b in st.sent_heads:     # a word opening a sentence, not the text's first nor its last
        if not 0 < b < len(words) - 1 or words[b].lower() not in german.THIRD_PERSON_POSSESSIVES:
            continue
        party = party_after(st, b + 1)
        p = one_person_of(st, st.sent_of[b] - 1) if party is not None else None
        if p is not None and not p.party:
            p.join(party, "relation-party-sentence-possessive", official=True)


def one_person_of(st: ReadingState, s: int) -> PersonDraft | None:
    """The one person sentence s names (by any of its mentions), or None where it names none or several."""
    found = {id(p): p for tok, p in st.person_at.items() if st.sent_of[tok] == s}
    return next(iter(found.values())) if len(found) == 1 else None


def _possessive_before(st: ReadingState, h: Hit) -> int | None:
    """The token of the possessive before the party hit h, past adjectives and a party noun („seine Partei Smer“,
    „seine sozialdemokratische Smer“), where it stands inside its sentence (not opening it)."""
    words, b = st.words, h.tok - 1
    while b > 0 and words[b].lower() not in german.THIRD_PERSON_POSSESSIVES and not st.by_tok.get(b) \
            and (words[b] in st.t.party_nouns or words[b].islower() and words[b].endswith(german.ADJECTIVE_ENDINGS)):
        b -= 1
    if b < 1 or words[b] not in german.THIRD_PERSON_POSSESSIVES or _opens_sentence(st, b):
        return None
    return b


def _last_named(st: ReadingState, b: int) -> PersonDraft | None:
    """The person the possessive at token b refers to: the entity named last before it in its sentence, where that is
    a person; where its sentence names none before it, the one person the sentence before names."""
    s, k = st.sent_of[b], b - 1
    while k >= 0 and st.sent_of[k] == s:
        hits = [x for x in st.by_tok.get(k, []) if x.label in ("PER", "ORG", "STATE", "CAPITAL")]
        if hits:
            return next((st.person_at[x.tok] for x in hits if x.label == "PER" and x.tok in st.person_at), None)
        k -= 1
    return one_person_of(st, s - 1)


@rule("relation-party-possessive-referent", "a possessive inside a sentence before a party (past adjectives and a "
      "party noun) names the party of the entity named last before it, where that is a person (where the sentence "
      "names none before it, the one person the sentence before names): „Max Muster sprach von einem Erfolg. Bei der "
      "Wahl hatte seine Partei Smer 28 Prozent erreicht.“ → memberOf Smer; not „Max Muster lobte die SPD und ihre "
      "Partnerin, die Partei Die Linke“ (a party named last)", "relations")
def party_referent_possessives(st: ReadingState) -> None:
    for h in party_hits(st):
        b = _possessive_before(st, h)
        p = _last_named(st, b) if b is not None else None
        if p is not None and not p.party:
            p.join(h.key, "relation-party-possessive-referent", official=True)


_REFERENT_REACH = 40        # tokens back from a possessive to the entity it refers to


def _referent_party(st: ReadingState, b: int) -> str | None:
    """The party a possessive at token b refers to: the last entity named before it, in its sentence or the one
    before (within `_REFERENT_REACH` tokens), where it is a party and no other party is named there."""
    s, found, k = st.sent_of[b], None, b - 1
    while k >= 0 and b - k <= _REFERENT_REACH and st.sent_of[k] >= s - 1:
        for x in st.by_tok.get(k, []):
            if x.label in ("ORG", "STATE", "PER") and x.tok == k:
                party = x.key if x.label == "ORG" and st.orgs[x.key].kind == "party" else ""
                if found is None:
                    found = party           # the last entity named: a party, or "" for any other
                elif party and party != found:
                    return None             # two parties: no sure referent
        k -= 1
    return found or None


def _party_possessor(st: ReadingState, t: int) -> str | None:
    """The party whose possessive stands before the party title at token t: a party's name with an apostrophe
    („Podemos' Spitzenkandidat“), or a possessive pronoun referring to the party named last before it („Die Syriza
    gewann. Ihr Vorsitzender …“)."""
    words = st.words
    if t < 2:
        return None
    if words[t - 1] == "'":
        return next((x.key for x in st.by_tok.get(t - 2, []) if x.label == "ORG" and x.tok_end == t - 1
                     and st.orgs[x.key].kind == "party"), None)
    if words[t - 1].lower() in german.THIRD_PERSON_POSSESSIVES or words[t - 1].lower() in german.RELATIVE_POSSESSIVES:
        return _referent_party(st, t - 1)
    return None


@rule("relation-party-possessive-title", "a party title after a party's possessive is held in that party: „Podemos' "
      "Spitzenkandidat Pablo Iglesias“, „Die Syriza gewann. Ihr Vorsitzender Alexis Tsipras dankte.“ → memberOf; the "
      "pronoun's party is the entity the text named last before it, in its sentence or the one before; not „Die SPD "
      "kritisierte Max Muster. Sein Sprecher Hans Mayer …“ (a person named last), not where two parties are named there",
      "relations")
def party_possessive_titles(st: ReadingState) -> None:
    words = st.words
    for tok, p in list(st.person_at.items()):
        t = p.title_tok if p.title_tok is not None else tok - 1
        if p.party or t < 2:
            continue
        if words[t] in st.t.party_titles:
            how = "relation-party-possessive-title"
        elif any(x.label == "TITLE" and x.form == _OFFICIAL for x in st.by_tok.get(t, ())) and p.affiliation is None:
            how = POSSESSIVE_OFFICE
        else:
            continue
        party = _party_possessor(st, t)
        if party is not None:
            fired(how)
            p.join(party, how, official=True)


POSSESSIVE_OFFICE = declare("relation-party-possessive-office", "relations", "an office's title naming no body after "
                            "a possessive that refers to a party is held for it by a member: „Die Grünen lehnen die "
                            "Reform ab. Ihr Landesrat Max Muster nennt sie unsozial.“ → memberOf Grüne; as "
                            "relation-party-possessive-title, not where a person or two parties were named last "
                            "(„Die Grünen kritisierten die SPÖ. Ihr Landesrat Max Muster …“), nor „Ihr Anwalt X“ (no "
                            "office)")
_OFFICIAL = "yes"       # the title form of an office (`titles.tsv`, official)


_MEMBERSHIP = resources.kind_words("membership_words.tsv", "noun")
_ENDING = resources.kind_words("membership_words.tsv", "ending")
_HEAD_KINDS = tuple(resources.kind_words("ruling_words.tsv", kind) for kind in ("government-head", "state-head"))
_MEMBERSHIP_PREPOSITIONS = german.IN_PREPOSITIONS | german.OCCASION_PREPOSITIONS     # „in der“, „bei der“
_CLAUSE_BREAKS = frozenset(",;:()–")


def _head_holders(st: ReadingState) -> list[PersonDraft | None]:
    """For each kind of head's title (a head of government, of state), the one person of the article whose title (as the
    text or the person list gives it) is of that kind, or None."""
    roles = [(p, p.role_or_listed) for p in distinct_people(st)]
    out: list[PersonDraft | None] = []
    for titles in _HEAD_KINDS:
        holders = [p for p, role in roles if role in titles]
        out.append(holders[0] if len(holders) == 1 else None)
    return out


def _possessor(st: ReadingState, b: int, heads: list[PersonDraft | None]) -> PersonDraft | None:
    """The person the possessive at token b refers to: the nearest before it in its clause, named („Max Muster hat
    seine …“) or by the title of a head of government or state after a definite article, with no name after it, that
    one person of the article holds (`heads`: „der Staatschef hat seine …“ is „Präsident Max Muster“)."""
    words, s, k = st.words, st.sent_of[b], b - 1
    while k > 0 and st.sent_of[k] == s and words[k] not in _CLAUSE_BREAKS:
        found = person_ending_at(st, k + 1)
        if found is not None:
            return found[1]
        kind = next((i for i, titles in enumerate(_HEAD_KINDS) if words[k] in titles), None)
        if kind is not None and words[k - 1].lower() in german.DEFINITE_ARTICLES and not st.person_at.get(k + 1):
            return heads[kind]
        k -= 1
    return None


def _membership_party(st: ReadingState, b: int) -> str | None:
    """The party of the membership noun after the possessive at token b („seine Mitgliedschaft bei der konservativen
    AKP“), where its clause does not say it ends („… beendet“)."""
    words, n = st.words, len(st.words)
    if not (b + 3 < n and words[b + 1] in _MEMBERSHIP and words[b + 2] in _MEMBERSHIP_PREPOSITIONS):
        return None
    j = b + 3
    while j + 1 < n and words[j].islower() and words[j].replace("-", "").isalpha() and not st.by_tok.get(j):
        j += 1      # "der konservativ-islamischen", which `party_after` does not pass
    e = j
    while e < n and st.sent_of[e] == st.sent_of[b] and words[e] not in _CLAUSE_BREAKS:
        e += 1
    return None if any(w in _ENDING for w in words[b:e]) else party_after(st, j)


@rule("relation-party-membership-possessive", "a possessive before the noun of membership and „in“ or „bei“ a party "
      "names the party of the person it refers to, named before it in its clause or by the title of a head of state "
      "or government the article gives one person: „Präsident Max Muster sprach. Der Staatschef hat seine "
      "Mitgliedschaft bei der AKP ruhend gestellt.“ → memberOf AKP; not „… hat seine Mitgliedschaft in der SPD "
      "beendet“", "relations")
def party_membership_possessives(st: ReadingState) -> None:
    words = st.words
    found = [b for b, w in enumerate(words) if w in german.THIRD_PERSON_POSSESSIVES and b + 1 < len(words)
             and words[b + 1] in _MEMBERSHIP]
    heads = _head_holders(st) if found else []
    for b in found:
        party = _membership_party(st, b)
        p = _possessor(st, b, heads) if party is not None else None
        if p is not None and not p.party:
            p.join(party, "relation-party-membership-possessive", official=True)


_SUBJECT_PRONOUNS = frozenset(w.capitalize() for w in german.THIRD_PERSON_PRONOUNS)     # „Er“, „Sie“ opening a sentence


def _sentence_referent(st: ReadingState, b: int, heads: list[PersonDraft | None]) -> tuple[PersonDraft | None, int]:
    """The person the subject opening a sentence at token b refers to, and the token after the subject: „Er“ or „Sie“
    (the one person the sentence before names), „Der Regierungschef“ (the one head of that kind the article names)."""
    words = st.words
    if words[b] in _SUBJECT_PRONOUNS:
        if words[b + 1] in german.PLURAL_COPULAS:
            return None, b + 1      # „Sie sind Mitglieder der SPD“: they
        return one_person_of(st, st.sent_of[b] - 1), b + 1
    kind = next((i for i, titles in enumerate(_HEAD_KINDS) if b + 1 < len(words) and words[b + 1] in titles), None)
    if kind is None or words[b].lower() not in german.DEFINITE_ARTICLES or st.person_at.get(b + 2):
        return None, b + 1
    return heads[kind], b + 2


@rule("relation-party-copula-reference", "„Er“ or „Sie“ (the one person the sentence before names), or the title of "
      "a head of state or government the article gives one person, opening a sentence before a copula and „Mitglied "
      "der“ (or a party title and „der“) a party: „Regierungschef Max Muster sprach. Er ist Mitglied der SPD.“, „Der "
      "Regierungschef ist zugleich Vorsitzender der Smer.“ → memberOf; not where the sentence before names two "
      "persons", "relations")
def party_copula_references(st: ReadingState) -> None:
    words = st.words
    found = [b for b in st.sent_heads if (words[b] in _SUBJECT_PRONOUNS or words[b].lower() in german.DEFINITE_ARTICLES)
             and b + 2 < len(words) and (words[b + 1] in VERB_COPULAS or words[b + 2] in VERB_COPULAS)]
    heads = _head_holders(st) if found else []
    for b in found:
        p, k = _sentence_referent(st, b, heads)
        party = copula_party(st, k) if p is not None and not p.party and k < len(words) else None
        if party is not None:
            p.join(party, "relation-party-copula-reference", official=True)

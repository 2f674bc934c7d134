"""A party told by a definite description that refers back to a person named before it: a title prefixed by a
party or followed by a party's genitive, with no name of its own („Max Muster sprach. Der SPÖ-Politiker betonte
…“, „Verliert Max Muster die Klage, müsste der FPÖ-Chef zahlen“), or a party member's noun („Der Grüne beklagt
das.“).

German news names a politician once and then refers to him by what he is; the party's compound of the title is
often the only place his party is written. The reading needs one sure referent: the one person without another
party named before the description in its sentence, else in the sentence before.

>>> from kg.extract.entities import read_entities
>>> from kg.facts import Article
>>> from kg.nlp import build_nlp
>>> text = "Max Muster sprach am Montag in Wien. Der SPÖ-Politiker betonte, die Reform sei nötig."
>>> [(r.subject, r.object) for r in read_entities(build_nlp()(text), Article(id="x", text=text)).relations]
[('person:max-muster', 'org:spo')]
"""
from __future__ import annotations

from kg import german
from kg.extract.party_context import is_generic_party_title
from kg.extract.party_lookup import (article_named_parties, before_adjectives, distinct_people, fitting_party, member_noun_parties,
                                     party_after, party_hits, state_of)
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired, rule
from kg.nlp.hits import Hit

_NAME_REACH = 6         # tokens after a description where a comma and a name may still name its holder


def _singular(st: ReadingState, h: Hit, b: int) -> bool:
    """The definite article at token b and the title hit h make a singular: „dem“, „des“, „beim“ always; „der“, „den“
    unless the title ends in „-en“ („der FPÖ-Abgeordneten“ may be a plural); „die“ only before a feminine title („die
    HDP-Politikerin“)."""
    article, word = st.words[b].lower(), st.words[h.tok]
    feminine = word.endswith(german.FEMININE_ENDING) and not word.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
    if article in german.SINGULAR_DEFINITE_ARTICLES:
        return True
    if article in german.PLURAL_ARTICLES:
        return feminine
    return feminine or not word.endswith(german.WEAK_NOUN_ENDING)


def _description(st: ReadingState, h: Hit, held: set[int]) -> str | None:
    """The party of the title hit h where it is a definite singular description with no name of its own: „der
    (steirische) FPÖ-Chef“, „die Integrationssprecherin der SPÖ“ with no name after it, nor a comma and a name in the
    next words („der ÖVP-Delegationsleiter im Bundesrat, Max Muster,“)."""
    if h.tok in held or h.tok_end != h.tok + 1 or h.tok < 1:
        return None
    words = st.words
    party = st.party_prefix(h.tok)
    if party is None and h.tok_end + 1 < len(words) and words[h.tok_end] in german.GENITIVE_ARTICLES:
        party = party_after(st, h.tok_end + 1)      # "die Integrationssprecherin der SPÖ"
    if party is None:
        return None
    b = before_adjectives(words, h.tok - 1, 0, german.ARTICLES)
    if not (words[b].lower() in german.DEFINITE_ARTICLES or words[b].lower() in german.CONTRACTIONS) \
            or not _singular(st, h, b):
        return None
    s, k = st.sent_of[h.tok], h.tok_end
    while k < len(words) and k - h.tok_end < _NAME_REACH and st.sent_of[k] == s:
        if k == h.tok_end and k in st.person_at or words[k] == "," and k + 1 in st.person_at:
            return None
        k += 1
    return party


DESCRIPTION_OBJECT = declare("relation-party-description-object", "relations", "a party's description that is an "
                             "object in the clause of the one person named before it refers to someone else: „Max "
                             "Muster sprach am Montag mit dem SPD-Chef“, „Anna Roth widersprach dem FPÖ-Chef“ → no "
                             "memberOf; still „Max Muster hat als SPD-Chef …“ (a role), „Obwohl Max Muster …, bleibt es "
                             "für den FPÖ-Chef schwierig“ (another clause)")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"}) | german.DATELINE_DASHES
_PREDICATE_PREPOSITIONS = german.AS_WORDS | german.TO_CONTRACTIONS     # „als SPD-Chef“, „zum SPD-Chef gewählt“


def _object_in_clause(st: ReadingState, t: int, b: int) -> bool:
    """The description starting at token b (its determiner) is an object in the clause of the person named at token
    t before it: a preposition's („Max Muster sprach mit dem SPD-Chef“) or one of a dative, accusative or genitive
    determiner („Max Muster widersprach dem FPÖ-Chef“), with no punctuation or subordinator between them. A clause's
    subject is never also a plain description among its own objects; a role predicate („als SPD-Chef“, „zum SPD-Chef
    gewählt“) and a description past a clause's end („Verliert Max Muster, müsste der FPÖ-Chef zahlen“,
    „Obwohl Max Muster …, bleibt es für den FPÖ-Chef schwierig“) may still be his."""
    words = st.words
    article, before = words[b].lower(), words[b - 1].lower() if b > 0 else ""
    if before in _PREDICATE_PREPOSITIONS or article in _PREDICATE_PREPOSITIONS:
        return False
    if not (article in german.OBJECT_DETERMINERS or article in german.CONTRACTIONS or before in german.PREPOSITIONS):
        return False
    return not any(words[k] in _CLAUSE_BREAKS or words[k].lower() in german.SUBORDINATORS for k in range(t + 1, b))


def _referent(st: ReadingState, by_sentence: dict[int, list[tuple[int, PersonDraft]]], tok: int,
              parties: tuple[str, ...]) -> PersonDraft | None:
    """The one person without another party named before the description whose determiner is token `tok` in its
    sentence, or (where it names none before it) in the sentence before; None where two such are named there, one
    already has one of `parties`, or the description is an object in the clause of the one person named before it in its
    sentence (`_object_in_clause`)."""
    s = st.sent_of[tok]
    before = [(t, p) for t, p in by_sentence.get(s, []) if t < tok]
    scope = [p for _, p in before] or [p for _, p in by_sentence.get(s - 1, [])]
    found: dict[int, PersonDraft] = {}
    for p in scope:
        if p.party in parties:
            return None
        known = p.known.party if p.known is not None else None
        if p.party is None and (known is None or known in parties):
            found[id(p)] = p
    if len(found) != 1:
        return None
    p = next(iter(found.values()))
    last = max((t for t, q in before if q is p), default=None)
    if last is not None and _object_in_clause(st, last, tok):
        fired(DESCRIPTION_OBJECT)
        return None
    if last is None and _pronoun_subject_before(st, tok):
        fired(DESCRIPTION_PRONOUN_OBJECT)
        return None
    return p


DESCRIPTION_PRONOUN_OBJECT = declare("relation-party-description-pronoun-object", "relations", "a party's "
                                     "description that is an object in a clause whose subject is „er“ or „sie“ "
                                     "refers to someone else than the person the pronoun takes up from the sentence "
                                     "before: „Max Muster war verärgert. Das sei falsch, ließ er den SPÖ-Chef "
                                     "wissen.“ → no memberOf; still „Max Muster sprach. Der SPÖ-Chef betonte …“")


def _pronoun_subject_before(st: ReadingState, tok: int) -> bool:
    """Whether a third-person subject pronoun („er“, „sie“) stands before the description whose determiner is token
    `tok`, in its clause, and the description is an object there (`_object_in_clause`)."""
    s, words = st.sent_of[tok], st.words
    for t in range(tok - 1, -1, -1):
        if st.sent_of[t] != s or words[t] in _CLAUSE_BREAKS:
            return False
        if words[t] in german.THIRD_PERSON_PRONOUNS:
            return _object_in_clause(st, t, tok)
    return False


def _by_sentence(st: ReadingState) -> dict[int, list[tuple[int, PersonDraft]]]:
    """The persons named in each sentence, with the token of each mention, in text order."""
    out: dict[int, list[tuple[int, PersonDraft]]] = {}
    for t, p in sorted(st.person_at.items(), key=lambda x: x[0]):
        out.setdefault(st.sent_of[t], []).append((t, p))
    return out


def _title_holder(st: ReadingState, h: Hit, tok: int, party: str) -> PersonDraft | None:
    """The one person named before token `tok` who holds the title of the description h without its party („der
    ÖVP-Generalsekretär“: Generalsekretär) or as a party's title („der FPÖ-Chef“: Parteichef), with no other party
    and acting for no other body or state than the party's."""
    base = h.key.rpartition("-")[2].casefold()
    before = {id(p): p for t, p in st.person_at.items() if t < tok}
    found: dict[int, PersonDraft] = {}
    for p in before.values():
        role = p.role_or_listed or ""
        own = p.party or (p.known.party if p.known else None)
        if own not in (None, party) or not _acts_for_party(st, p, party):
            continue
        folded = role.casefold()
        if folded == base or folded.endswith(base) and is_generic_party_title(st, role):
            found[id(p)] = p
    return next(iter(found.values())) if len(found) == 1 else None


def _acts_for_party(st: ReadingState, p: PersonDraft, party: str) -> bool:
    """The person acts for no body or state the text names, or for the party or its state."""
    if p.affiliation is None or p.affiliation == party:
        return True
    rec = st.orgs.get(party)
    return rec is not None and rec.state is not None and state_of(st, p) == rec.state


DESCRIPTION_TITLE_HOLDER = declare(
    "relation-party-description-title-holder", "relations", "a definite description made of a party's compound of a "
    "title, with no name of its own and no one person named just before it, refers to the one person the article "
    "named before with that title or as that party's title: „Generalsekretär Max Muster eröffnete. … Das bleibt so, "
    "sagte der ÖVP-Generalsekretär.“, „Parteichef Max Muster … der FPÖ-Chef“ → memberOf; not where two persons hold "
    "that title, nor the holder of another body's („UN-Generalsekretär Max Muster … der ÖVP-Generalsekretär“)")


@rule("relation-party-description-reference", "a definite singular description made of a party's compound of a title "
      "(or a title and a party's genitive), with no name of its own, refers to the one person without another party "
      "named before it in its sentence, else in the sentence before: „Max Muster sprach in Wien. Der SPÖ-Politiker "
      "betonte …“, „Verliert Max Muster die Klage, müsste der FPÖ-Chef zahlen“, „Max Muster kritisierte das. Keiner "
      "will das, vermutet die Integrationssprecherin der SPÖ.“ → memberOf; not where two such persons are named there, "
      "not „die SPÖ-Abgeordneten“ (a plural), not „der ÖVP-Sprecher im Landtag, Hans Mayer,“ (its own name)",
      "relations")
def party_descriptions(st: ReadingState) -> None:
    held = {p.title_tok for p in distinct_people(st) if p.title_tok is not None}
    found = [(h, party) for h in st.hits if h.label == "TITLE"
             and (party := _description(st, h, held)) is not None]
    if not found:
        return
    by_sentence = _by_sentence(st)
    for h, party in found:
        tok = before_adjectives(st.words, h.tok - 1, 0, german.ARTICLES)
        p = _referent(st, by_sentence, tok, (party,))
        if p is not None:
            p.join(party, "relation-party-description-reference", official=True)
        elif (p := _title_holder(st, h, tok, party)) is not None:
            p.join(party, DESCRIPTION_TITLE_HOLDER, official=True)


def _member_noun_description(st: ReadingState, i: int) -> tuple[str, ...] | None:
    """The parties of the party member's noun at token i where it is a definite singular description of its own: „der
    Sozialdemokrat“, „dem Grünen“, „der norwegische Sozialdemokrat und Diplomat“; not another name, the party's
    („die Linke“: no masculine article), a plural („den Grünen“), nor before a name or noun („der Grüne Abgeordnete“,
    „der Konservative Max Muster“)."""
    words, parties = st.words, member_noun_parties()[st.words[i]]
    if i < 1 or any(x.label != "ORG" or x.key not in parties for x in st.by_tok.get(i, [])):
        return None     # a name; the party itself only where the article makes it a person („der Grüne“)
    if i + 1 < len(words) and words[i + 1][:1].isupper():
        return None
    b = before_adjectives(words, i - 1, 0, german.ARTICLES)
    article = words[b].lower()
    if not (article in german.DEFINITE_ARTICLES or article in german.CONTRACTIONS):
        return None
    if article in german.FEMININE_GENITIVE_ARTICLES and words[i] in article_named_parties():
        fired(MEMBER_NAME_CASE)
        return None
    feminine = words[i].endswith(german.FEMININE_ENDING)
    if article in german.PLURAL_ARTICLES and not feminine or article not in german.SINGULAR_DEFINITE_ARTICLES \
            and not feminine and words[i].endswith(german.WEAK_NOUN_ENDING):
        return None
    return parties


MEMBER_NAME_CASE = declare("relation-party-member-name-case", "relations", "a party member's noun that with the "
                           "feminine article is the party's own name („Linke“: „Die Linke“) names no member after "
                           "„der“, which may be the party's genitive or dative: „Max Muster kam nach Berlin. Der Linke "
                           "hält er die Treue.“ → no memberOf; not „Der Grüne beklagt das“ (the party is „die "
                           "Grünen“)")


@rule("relation-party-member-description", "a definite singular party member's noun with no name of its own („der "
      "Sozialdemokrat“, „dem Grünen“) refers to the one person without another party named before it in its sentence, "
      "else in the sentence before, and names the party of his state the noun may name, where the article names it: "
      "„Max Muster sprach in Berlin. Der Grüne beklagt das.“ → memberOf Grüne; not „Die Grünen beklagen das“ (the "
      "party), not „der Grüne Wähler“ (an adjective), not where two such persons are named there", "relations")
def party_member_descriptions(st: ReadingState) -> None:
    nouns = member_noun_parties()
    found = [(i, parties) for i in st.tokens_of(nouns) if (parties := _member_noun_description(st, i)) is not None]
    if not found:
        return
    by_sentence, named = _by_sentence(st), {h.key for h in party_hits(st)}
    for i, parties in found:
        p = _referent(st, by_sentence, before_adjectives(st.words, i - 1, 0, german.ARTICLES), parties)
        party = fitting_party(st, p, parties) if p is not None else None
        if party in named:
            p.join(party, "relation-party-member-description", official=True)

"""A person's party in an apposition or a bracket: „ein Funktionär der KP, X“, „X, der Kandidat der
Republikaner,“, „X, Anwalt und Senator der Demokratischen Partei“, „der ÖVP-Sprecher im Parlament,
X“, „X und Y (beide SPÖ)“, „X (Innenminister, ÖVP)“, „X, der SPÖ-Bürgermeister von Y“.
"""
from __future__ import annotations

from kg.extract.party_lookup import (before_adjectives, distinct_people, member_nouns, organ_nouns, party_after, party_hits,
                                    partyless_appositions, title_at)
from kg.extract.person_spans import person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired, rule
from kg.extract.title_predicates import object_title
from kg.german import (ADDITIVE_CONJUNCTIONS, ARTICLES, ADJECTIVE_ENDINGS, APPOSITION_ARTICLES, BOTH_NOMINATIVE,
                       CONTRACTIONS, COPULA_ADVERBS, DETERMINERS, GENITIVE_ARTICLES, GROUP_QUANTIFIERS, LIST_GLUE,
                       MEMBER_NOUNS)
from kg.nlp.hits import Hit


@rule("relation-party-apposition", "a party member's noun with the party, then the name: „ein Funktionär der "
      "Kommunistischen Partei (KP), Li Wei“ → memberOf, and an official", "relations")
def party_appositions(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        b = _genitive_before(st, h.tok)
        if b < 1 or words[b - 1] not in member_nouns():
            continue
        k = h.tok_end
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3          # the party's acronym
        if k < len(words) and words[k] == ",":
            k += 1
        p, name = st.person_at.get(k), "relation-party-apposition"
        if p is None and words[k - 1] != ",":
            continue        # the titled name only in an apposition: „Der Chef der SPD kritisierte Minister X“
        if p is None:
            p, name = _titled_person(st, k), TITLED_APPOSITION
        if p is not None and not p.party:
            p.join(h.key, name, official=True)
            if p.role is None:
                p.role = words[b - 1]
                p.role_rules.append(name)


TITLED_APPOSITION = declare("relation-party-apposition-titled", "relations", "a party title with the party (past "
                            "adjectives), a comma, then a title and a name: „Der Chef der SPD, Vizekanzler Max "
                            "Muster, …“, „der Chef der oppositionellen SPD, der frühere Minister Max Muster“ → "
                            "memberOf")


def _genitive_before(st: ReadingState, tok: int) -> int:
    """The token of the genitive article before the party at `tok`, past adjectives („der oppositionellen SPD“), or
    -1."""
    words = st.words
    b = before_adjectives(words, tok - 1, 0, GENITIVE_ARTICLES)
    return b if b > 0 and words[b] in GENITIVE_ARTICLES else -1


def _titled_person(st: ReadingState, k: int) -> PersonDraft | None:
    """The person named after a title from token k on, past an article and adjectives: „Vizekanzler Max Muster“, „der
    frühere Minister Max Muster“."""
    words = st.words
    while k < len(words) and (words[k] in DETERMINERS or words[k].islower() and words[k].endswith(ADJECTIVE_ENDINGS)):
        k += 1
    title = next((x for x in st.by_tok.get(k, []) if x.label == "TITLE" and x.tok == k), None)
    return st.person_at.get(title.tok_end) if title is not None else None


def _member_noun_before(st: ReadingState, h: Hit) -> int:
    """The token of the member's noun that would govern the party hit h in the genitive: „Kandidat der X“, past a
    party's governing organ: „Mitglied im Vorstand der X“, „Mitglied des Präsidiums der X“."""
    words, j = st.words, h.tok - 2
    if j >= 3 and words[j] in organ_nouns() and words[j + 1] in GENITIVE_ARTICLES \
            and (words[j - 1] in CONTRACTIONS or words[j - 1] in GENITIVE_ARTICLES):
        return j - 2
    return j


def _apposition_comma(st: ReadingState, h: Hit) -> int | None:
    """The comma opening an apposition whose member's noun governs the party hit h in the genitive: „, der Kandidat der
    Republikaner“, „, Spitzenkandidat der PSOE“ (no article), „, Mitglied im Vorstand der SPD“, „, inzwischen Kandidat
    der SPD“ (an adverb of the present, not „einst“)."""
    words, n = st.words, _member_noun_before(st, h) - 1     # "," ("der") NOUN ("im" ORGAN) "der" PARTY
    if n < 1 or words[n + 1] not in member_nouns() or words[h.tok - 1] not in GENITIVE_ARTICLES:
        return None
    if words[n] == ",":
        return n
    if n >= 2 and words[n] in COPULA_ADVERBS and words[n - 1] == ",":
        return n - 1        # „, inzwischen Kandidat der X“
    return n - 1 if n >= 2 and words[n] in APPOSITION_ARTICLES and words[n - 1] == "," else None


@rule("relation-party-apposition-after", "an apposition after a name that names a party's member: „Donald Trump, "
      "der Kandidat der Republikaner, …“, „Pedro Sánchez, Spitzenkandidat der PSOE, …“, also past a party's "
      "governing organ: „Max Muster, Mitglied im Vorstand der SPD, …“, or after an adverb of the present („Max "
      "Muster, inzwischen Kandidat der SPD, …“) → memberOf; not „Max Muster, Mitglied im Vorstand der Sparkasse X“ "
      "(no party), nor „Max Muster, einst Kandidat der SPD“ (a past role)", "relations")
def party_appositions_after(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        k = _apposition_comma(st, h)
        if k is None:
            continue
        starts = [s for s in st.per_ends.get(k, ()) if s in st.person_at]
        p = st.person_at[starts[0]] if starts else None
        if p is not None and not p.party:
            p.join(h.key, "relation-party-apposition-after", official=True)
            if p.role is None:
                p.role = words[_member_noun_before(st, h)]
                p.role_rules.append("relation-party-apposition-after")


_COORDINATED_REACH = 8      # tokens of the first conjunct: „Leiter des Bauhofs im Magistrat“


def _apposition_holder(st: ReadingState, k: int) -> PersonDraft | None:
    """The person whose apposition the coordination ending at token k (its „und“) continues: back past
    a short noun phrase with no comma or name to the comma after the name (or after its age, „X (51),“)."""
    words, b = st.words, k - 1
    while b > 0 and k - b <= _COORDINATED_REACH and words[b] != "," and b not in st.person_at \
            and st.sent_of[b] == st.sent_of[k]:
        b -= 1
    if b < 1 or words[b] != "," or b == k - 1:
        return None
    end = b - 3 if b >= 4 and words[b - 1] == ")" and words[b - 3] == "(" else b     # "X (51),"
    found = person_ending_at(st, end)
    return found[1] if found is not None else None


@rule("relation-party-apposition-coordinated", "the second of two coordinated nouns in an apposition after a "
      "name, a title or member's noun with a party's genitive: „Max Muster, Anwalt und Senator der "
      "Republikaner, …“, „Max Muster, Ex-Minister und Mitglied der Regierungspartei NCD“ → memberOf, and an official",
      "relations")
def party_appositions_coordinated(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        b = h.tok - 1
        while b > 2 and (words[b] in st.t.party_nouns or words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS)
                         and words[b] not in GENITIVE_ARTICLES):
            b -= 1              # "der rechtskonservativen Regierungspartei NCD"
        if b < 3 or words[b] not in GENITIVE_ARTICLES or words[b - 2] not in ADDITIVE_CONJUNCTIONS:
            continue
        noun = words[b - 1]
        if not (noun in MEMBER_NOUNS or noun in member_nouns()
                or any(x.label == "TITLE" and x.tok_end == b and x.form != "no" for x in st.by_tok.get(b - 1, []))):
            continue
        p = _apposition_holder(st, b - 2)
        if p is not None and not p.party:
            p.join(h.key, "relation-party-apposition-coordinated", official=True)


@rule("relation-party-title-holder", "a party prefixed to a title whose holder the apposition names: „der "
      "SPD-Sicherheitssprecher im Europäischen Parlament, Max Muster“ → memberOf SPD", "relations")
def party_title_holders(st: ReadingState) -> None:
    for p in distinct_people(st):
        party = st.party_prefix(p.title_tok) if p.title_tok is not None and not p.party else None
        if party is not None:
            p.join(party, "relation-party-title-holder", official=True)


def _group_members(st: ReadingState, end: int) -> list[PersonDraft]:
    """The people of a coordination of names (with their titles) ending right before token `end`:
    „Minister X und Ministerin Y“."""
    out: list[PersonDraft] = []
    k = end
    while k > 0:
        found = person_ending_at(st, k)
        if found is None:
            break
        start, person = found
        out.append(person)
        k = title_at(st, start) or start
        if k > 0 and st.words[k - 1] in LIST_GLUE:
            k -= 1
        else:
            break
    return out


@rule("relation-party-bracket-group", "a party in brackets after „beide“ or „alle“ behind coordinated names: "
      "„Minister Max Muster und Ministerin Eva Beispiel (beide SPÖ)“ → both memberOf SPÖ", "relations")
def party_bracket_groups(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        if h.tok < 2 or h.tok_end >= len(words):
            continue
        if words[h.tok - 1] not in GROUP_QUANTIFIERS or words[h.tok - 2] != "(" or not words[h.tok_end].startswith(")"):
            continue
        members = _group_members(st, h.tok - 2)
        rule_name = "relation-party-bracket-group"
        if len(members) == 1 and words[h.tok - 1] in BOTH_NOMINATIVE:
            other = _person_named_before(st, h.tok - 2, members[0])
            members, rule_name = ([other] + members, BRACKET_PAIR) if other is not None else (members, rule_name)
        for p in members:
            if not p.party:
                p.join(h.key, rule_name, official=True)


BRACKET_PAIR = declare("relation-party-bracket-pair", "relations", "„(beide X)“ after one name, not after a "
                       "coordination, names the party of that person and of the person named last before him in "
                       "his sentence: „Das Ministerium, einst unter Max Muster, nun unter Hans Mayr (beide SPÖ), …“ → "
                       "both memberOf SPÖ; not where no person stands before him in the sentence")


def _person_named_before(st: ReadingState, end: int, other: PersonDraft) -> PersonDraft | None:
    """The person other than `other` whose name ends last before token `end`, within end's sentence."""
    s = st.sent_of[end - 1] if end > 0 else -1
    k = end - 1
    while k > 0 and st.sent_of[k - 1] == s:
        found = person_ending_at(st, k)
        if found is not None and found[1] is not other:
            return found[1]
        k -= 1
    return None


_BRACKET_REACH = 6          # tokens from a party at a bracket's end back to its opening


def _bracket_holder(st: ReadingState, comma: int) -> tuple[PersonDraft, int | None] | None:
    """The person a bracket ending in „, PARTY)“ (its comma at `comma`) describes, with the token of the
    title in it: „X (Innenminister, ÖVP)“ (the name before the bracket), „(X, ÖVP)“ (the name in it)."""
    words = st.words
    b = comma - 1
    while b >= 0 and comma - b <= _BRACKET_REACH and words[b] not in ("(", ")", ","):
        b -= 1
    if b < 1 or words[b] != "(":
        return None
    inside = person_ending_at(st, comma)
    if inside is not None and inside[0] == b + 1:
        return inside[1], title_at(st, b)
    before = person_ending_at(st, b)
    if before is None:
        return None
    if comma == b + 2 and words[b + 1].isdigit():
        return before[1], None      # the age: "X (54, SPÖ)"
    title = title_at(st, comma)
    if title == b + 1:
        return before[1], title
    if comma == b + 2 and words[b + 1][:1].isupper() and words[b + 1].isalpha() and not st.by_tok.get(b + 1):
        fired(BRACKET_WORD)
        return before[1], None      # a role no list holds, a town: "X (Klubobmann, Neos)", "X (Linz, SPÖ)"
    return None


BRACKET_WORD = declare("relation-party-bracket-word", "relations", "a party closing a bracket after one capitalised "
                       "word no list reads (a role no list holds, misspelt) behind a name: „Max Muster (Klubomann, "
                       "Neos)“, „Max Muster (Quereinsteiger, SPÖ)“ → memberOf; not „Max Muster (Die Grünen, SPÖ)“ (no "
                       "one word)")


@rule("relation-party-bracket-role", "a party closing a bracket after a role or a name: „Max Muster (Innenminister, "
      "ÖVP)“, „der Finanzminister (Max Muster, ÖVP)“ → memberOf, and an official with that role", "relations")
def party_bracket_roles(st: ReadingState) -> None:
    words = st.words
    for h in party_hits(st):
        if h.tok < 3 or h.tok_end >= len(words):
            continue
        comma = h.tok - 2 if words[h.tok - 1].lower() in DETERMINERS else h.tok - 1     # "(…, Die Grünen)"
        if words[comma] != "," or not words[h.tok_end].startswith(")"):
            continue
        found = _bracket_holder(st, comma)
        if found is None or found[0].party:
            continue
        p, title = found
        p.join(h.key, "relation-party-bracket-role", official=True)
        if title is not None and p.role is None:
            p.role = next(x.key for x in st.by_tok[title] if x.label == "TITLE")
            p.role_rules.append("relation-party-bracket-role")


@rule("relation-party-title-apposition", "an apposition after a name (or „als“ and a role) whose title carries a "
      "party: „Hans Muster, der SPÖ-Bürgermeister von Neudorf“, „Hans Muster, stellvertretender "
      "FPÖ-Landesparteiobmann,“, „der Auftritt Hans Musters als designierter SPÖ-Vorsitzender“ → memberOf", "relations")
def party_title_appositions(st: ReadingState) -> None:
    words = st.words
    for p, k in partyless_appositions(st):
        j = k + 2 if words[k + 1] in DETERMINERS else k + 1     # "X, FPÖ-Kandidat, …": no article
        while j < len(words) and words[j].islower() and words[j].isalpha():
            j += 1     # adjectives: "der frühere SPÖ-Bürgermeister"
        party = st.party_prefix(j) if j < len(words) else None
        title = next((x for x in st.by_tok.get(j, []) if x.label == "TITLE"), None) if party else None
        # "X, SPÖ-Chef Y und Z": the title is Y's, a list of names, no apposition
        if title is not None and title.tok_end not in st.person_at and not object_title(words, k + 1, j):
            p.join(party, "relation-party-title-apposition", official=True)


@rule("relation-party-apposition-described", "an apposition after a name of an article, adjectives and a party "
      "member's noun or title with the party in the genitive: „Max Muster, langjähriges Mitglied der SPD, …“, „Max "
      "Muster, ein führender Abgeordneter der CDU“, „Max Muster, früherer Kandidat der Republikaner“ → memberOf; "
      "not „Max Muster, ein Kritiker der SPD“", "relations")
def party_appositions_described(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for p, k in partyless_appositions(st):
        j = k + 1
        j += 1 if words[j].lower() in ARTICLES else 0
        while j < n and words[j].islower() and words[j].endswith(ADJECTIVE_ENDINGS):
            j += 1          # "langjähriges", "führender"
        if j == k + 1 or j + 2 >= n or words[j] not in member_nouns() or words[j + 1] not in GENITIVE_ARTICLES:
            continue        # no article or adjective: the plain apposition is `party-member-of`'s and `title-party`'s
        party = party_after(st, j + 2)
        if party is not None:
            p.join(party, "relation-party-apposition-described", official=True)

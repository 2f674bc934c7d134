"""advisorTo: whom the holder of an adviser's title advises, the `ADVISER` rules in turn: a name in
the genitive („Putins Berater X“), the article's one holder of the office the title names
(„Präsidentenberater X“, „Kreml-Berater X“), a surname prefixed to it („Putin-Berater X“); and an
adviser tied to no state acts for his principal's (`adviser_affiliations`).
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.party_lookup import before_adjectives, distinct_people, state_of, title_at
from kg.extract.person_spans import name_end, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.reading_tables import serves_person
from kg.extract.rules import declare, fired, rule, Stage
from kg.extract.title_gender import feminine_role
from kg.german import ADJECTIVE_ENDINGS, GENITIVE_ARTICLES, IN_PREPOSITIONS
from kg.nlp.hits import Hit


_POSSESSOR_GAP = 2      # adjectives between „Putins“ and the title: „Putins außenpolitischer Berater“


OFFICE_LINKS = german.OFFICE_LINKS


# Whom the holder of an adviser's title advises, each rule a reader of one phrasing (`advisers`)
ADVISER = Stage("relations")


@ADVISER.rule("relation-adviser-possessive", "a name in the genitive before an adviser's title is whom he advises: "
              "„Putins außenpolitischer Berater Juri Uschakow“ → advisorTo Putin")
def _possessor(st: ReadingState, holder: PersonDraft, h: Hit) -> PersonDraft | None:
    """The person in the genitive before the adviser's title `h`: „Putins außenpolitischer Berater“."""
    return _genitive_before(st, holder, h) if h.key.casefold().endswith(st.t.adviser_endings) else None


@ADVISER.rule("relation-spokesperson-possessive", "a name in the genitive before a spokesperson's title is whom "
              "he speaks for (advises): „Putins Sprecher Max Muster“ → advisorTo Putin; not „Kremlsprecher Max "
              "Muster“ (a body's spokesperson)")
def _spoken_for(st: ReadingState, holder: PersonDraft, h: Hit) -> PersonDraft | None:
    """The person in the genitive before the spokesperson's title `h`: „Putins Sprecher“."""
    return _genitive_before(st, holder, h) if serves_person(st.t, h.key) else None


def _genitive_before(st: ReadingState, holder: PersonDraft, h: Hit) -> PersonDraft | None:
    """The person in the genitive before the title `h`, past up to two adjectives: „Putins außenpolitischer“."""
    words = st.words
    b = h.tok - 1
    while b >= 0 and h.tok - b <= _POSSESSOR_GAP and (words[b].islower() or (
            not st.by_tok.get(b) and words[b].endswith(ADJECTIVE_ENDINGS))):
        b -= 1          # "außenpolitischer", "Nationaler"
    if b < 0 or not words[b].endswith(("s", "'", "’")):
        return None
    end = b if words[b] in ("'", "’") else b + 1      # "Scholz ' Berater": the apostrophe a token
    found = person_ending_at(st, end)
    # the genitive of a surname the article gave before („Hubers“) is a mention of its own, no name's end
    person = found[1] if found is not None else st.person_at.get(end - 1)
    return person if person is not None and person is not holder else None


@rule("relation-adviser-affiliation", "an adviser with an office whom the text ties to no state or body acts for his "
      "principal's: „Putins Berater Juri Uschakow“ → affiliated with Russland; not a person with no office („Max "
      "Muster berät Präsident Hans Mayer“)", "relations")
def adviser_affiliations(st: ReadingState) -> None:
    for holder, advised, *_ in st.advisors:
        adviser = st.drafts.get(holder.key) if holder.key else None
        principal = st.drafts.get(advised.key) if advised.key else None
        if adviser is None or principal is None or adviser.type != "Official" or adviser.affiliations \
                or not principal.affiliations:
            continue
        adviser.affiliate(principal.affiliations[0], "relation-adviser-affiliation")
        fired("relation-adviser-affiliation")


@lru_cache(maxsize=1)
def _body_heads() -> dict[str, tuple[str, str]]:
    """`body_heads.tsv`: a seat of government („Kreml“) → the office that heads it and its state."""
    return {row["body"].casefold(): (row["role"].casefold(), row["state"]) for row in resources.rows("body_heads.tsv")}


def _adviser_office(st: ReadingState, title: Hit, endings: tuple[str, ...] = (),
                    seats: bool = True) -> tuple[str, str | None] | None:
    """The office an adviser's title (or one of `endings`) names instead of a person („Präsidentenberater“,
    „Berater des Kanzlers“, „Kreml-Berater“, „Berater im Kanzleramt“), with the state where a seat of government
    or a state's prefix names it („Sicherheitsberater des Weißen Hauses“, „Berater des US-Präsidenten“); without
    `seats`, None where a seat of government names it („Kremlsprecher“: the body's)."""
    word = title.text.casefold()
    stem = next((word[:-len(e)] for e in endings or st.t.adviser_endings if word.endswith(e)), None)
    if stem is None:
        return None
    named, state, words, k = stem.rstrip("-"), None, st.words, title.tok_end
    if k + 1 < len(words) and (words[k] in GENITIVE_ARTICLES or words[k] in IN_PREPOSITIONS):
        # "Berater des Präsidenten", "des Kremls", "im Kanzleramt"; the genitive names the office also after
        # a field of advice: "Wirtschaftsberater des Präsidenten"
        seat = " ".join(words[k + 1:k + 3]).casefold()
        if seat in _body_heads():
            return _body_heads()[seat] if seats else None      # "des Weißen Hauses"
        named = words[k + 1].casefold()
        state = st.state_at(k + 1, "prefix")
        named = named.rpartition("-")[2] if state else named         # "des US-Präsidenten"
    if named in _body_heads():
        return _body_heads()[named] if seats else None
    for ending in OFFICE_LINKS:             # "Präsidenten-", "Kanzlerin": the office's base form
        if named.endswith(ending) and len(named) > len(ending) + 3:
            named = named[:-len(ending)]
            break
    return (named, state) if len(named) > 3 else None


def _holder_of(st: ReadingState, office: str, state: str | None, adviser: PersonDraft) -> PersonDraft | None:
    """The one person of the article whose role is the office (of the state, where given)."""
    found = []
    for p in distinct_people(st):
        role = (p.role_or_listed or "").casefold()
        if p is adviser or not role.endswith((office, office + german.FEMININE_ENDING)):
            continue
        if state is None or state_of(st, p) == state:
            found.append(p)
    if len(found) > 1:      # "US-Präsident Biden traf Präsident Putin": the adviser's own state's holder
        home = state_of(st, adviser)
        found = [p for p in found if home is not None and state_of(st, p) == home]
    return found[0] if len(found) == 1 else None


@ADVISER.rule("relation-adviser-office", "an adviser's title that names an office, not a person, advises the "
              "article's one holder of that office: „Präsidentenberater Jake Sullivan“, „der Berater des Kanzlers“, "
              "„Kreml-Berater Juri Uschakow“ (the Kremlin's head: Russia's president)")
def _office_holder(st: ReadingState, adviser: PersonDraft, title: Hit) -> PersonDraft | None:
    """The one holder of the office the adviser's title names: „Präsidentenberater“ → the president."""
    office = _adviser_office(st, title)
    return _holder_of(st, office[0], office[1], adviser) if office else None


@ADVISER.rule("relation-spokesperson-office", "a spokesperson's title that names a person's office, not a body, "
              "speaks for (advises) the article's one holder of that office: „Präsident Max Muster schwieg. Ein "
              "Sprecher des Präsidenten, Hans Mayer, sagte …“, „Präsidentensprecher Hans Mayer“ → advisorTo Max Muster; "
              "not „Kremlsprecher Hans Mayer“ nor „der Sprecher des Außenministeriums, Hans Mayer“ (a body's)")
def _spoken_for_office(st: ReadingState, speaker: PersonDraft, title: Hit) -> PersonDraft | None:
    """The one holder of the office the spokesperson's title names: „Sprecher des Präsidenten“ → the president."""
    folded = title.key.casefold()      # a staff title whole: „Generalstabschef“ is no one's staff
    endings = (folded,) if folded in st.t.staff_titles else st.t.spokesperson_endings
    office = _adviser_office(st, title, endings, seats=False)
    return _holder_of(st, office[0], office[1], speaker) if office else None


def _surname_holder(st: ReadingState, prefix: str, adviser: PersonDraft) -> PersonDraft | None:
    """The one other person of the article whose surname is `prefix` (case-folded)."""
    found = {id(p): p for p in st.person_at.values()
             if p is not adviser and p.name.rsplit(" ", 1)[-1].casefold() == prefix}
    return next(iter(found.values())) if len(found) == 1 else None


@ADVISER.rule("relation-adviser-name-prefix", "an adviser's title prefixed by a person's surname advises that "
              "person of the article: „Wladimir Putin … Putin-Berater Juri Uschakow“ → advisorTo Putin")
def _prefixed_name(st: ReadingState, adviser: PersonDraft, title: Hit) -> PersonDraft | None:
    """The person whose surname prefixes the adviser's title: „Putin-Berater“ → Putin."""
    if "-" not in title.text:
        return None
    prefix, _, tail = title.text.casefold().rpartition("-")
    return _surname_holder(st, prefix, adviser) if tail.endswith(st.t.adviser_endings) else None


_PRONOUN_REACH = 40     # tokens back from a possessive pronoun to the person it refers to


@ADVISER.rule("relation-adviser-coordinated-possessor", "in a coordinated subject „X und sein Sprecher Y“ the "
              "possessive before an adviser's, spokesperson's or campaign manager's title refers to the person with an "
              "office named right before „und“: „Gegen den Plan zogen Landesrat Max Muster und sein Wahlkampfleiter "
              "Karl Beispiel zu Felde.“ → advisorTo Max Muster; not „lobte Max Muster und seinen Sprecher“ (an object)")
def _coordinated_possessor(st: ReadingState, adviser: PersonDraft, title: Hit) -> PersonDraft | None:
    """The person with an office whose name ends right before „und sein“ / „und ihre“ before the adviser's title."""
    words = st.words
    key = title.key.casefold()
    if not (key.endswith(st.t.adviser_endings) or serves_person(st.t, key)):
        return None
    b = before_adjectives(words, title.tok - 1, max(0, title.tok - _POSSESSOR_GAP - 1), german.DETERMINERS)
    if b < 2 or words[b].lower() not in german.NOMINATIVE_POSSESSIVES or words[b - 1] not in german.AND_CONJUNCTIONS:
        return None
    found = person_ending_at(st, b - 1)
    # a surname mention of a person named before is a mention of its own, no name's end („Huber und sein …“)
    principal = found[1] if found is not None else st.person_at.get(b - 2)
    if principal is None or principal is adviser:
        return None
    return principal if principal.role or principal.official else None


@ADVISER.rule("relation-adviser-pronoun", "a possessive pronoun before an adviser's or spokesperson's title refers to "
              "the one person with an office the text names in its sentence before it or in the sentence before: "
              "„Präsident Barack Obama schwieg. Seine Sicherheitsberaterin Susan Rice sagte …“ → advisorTo Obama; "
              "not where two persons are named there")
def _pronoun_referent(st: ReadingState, adviser: PersonDraft, title: Hit) -> PersonDraft | None:
    """The one person with an office named within `_PRONOUN_REACH` tokens before the possessive pronoun before the
    adviser's title (past up to two adjectives), in its sentence or the one before."""
    words, b = st.words, title.tok - 1
    key = title.key.casefold()
    if not (key.endswith(st.t.adviser_endings) or serves_person(st.t, key)):
        return None
    b = before_adjectives(words, b, max(0, title.tok - _POSSESSOR_GAP - 1), german.DETERMINERS)
    if b < 1 or words[b].lower() not in german.THIRD_PERSON_POSSESSIVES:
        return None
    s, found = st.sent_of[b], {}
    for k in range(b - 1, max(-1, b - _PRONOUN_REACH), -1):
        if st.sent_of[k] < s - 1:
            break
        p = st.person_at.get(k)
        if p is not None and p is not adviser:
            found[id(p)] = p
    principal = next(iter(found.values())) if len(found) == 1 else None
    return principal if principal is not None and (principal.role or principal.official) else None


@rule("relation-adviser-apposition", "an apposition after a name of another person's genitive and an adviser's or "
      "spokesperson's title: the named person advises the one in the genitive: „Juri Uschakow, Putins außenpolitischer "
      "Berater, sagte …“ → advisorTo Putin; not „Juri Uschakow, Putins Gegner,“", "relations")
def adviser_appositions(st: ReadingState) -> None:
    words, advising = st.words, {id(a[0]) for a in st.advisors}
    for tok, p in list(st.person_at.items()):
        k = name_end(st, tok)
        if id(p) in advising or k + 3 >= len(words) or words[k] != ",":
            continue
        t = _genitive_end(words, k + 1)
        # the genitive of a surname the article gave before („Beckers“) is a mention of its own, no name's end
        found = person_ending_at(st, t) or ((t - 1, st.person_at[t - 1]) if t - 1 > k and t - 1 in st.person_at else None)
        if found is None or found[1] is p:
            continue
        while t < len(words) and t - k <= _POSSESSOR_GAP + 1 and words[t].islower() and words[t].endswith(ADJECTIVE_ENDINGS):
            t += 1      # "außenpolitischer"
        title = next((x for x in st.by_tok.get(t, []) if x.label == "TITLE" and x.tok == t), None)
        key = title.key.casefold() if title is not None else ""
        if title is None or not (key.endswith(st.t.adviser_endings) or serves_person(st.t, key)) \
                or title.tok_end < len(words) and not (words[title.tok_end] in (",", ".")
                                                       or words[title.tok_end] in german.AND_CONJUNCTIONS):
            continue
        st.advise(p, found[1], t, "relation-adviser-apposition")
        advising.add(id(p))
        p.official = True       # an adviser's office: „Berater“, „Sprecher“
        if p.role is None:
            p.role = title.key
            p.role_rules.append("relation-adviser-apposition")


@rule("relation-staff-title", "a title of a principal's personal staff (`staff_titles.tsv`: „Stabschef“, „Büroleiter“, "
      "„Wahlkampfleiter“) serves the person a genitive, a possessive, „von“ or an apposition names, as a "
      "spokesperson's does: „Präsident Max Muster schwieg. Sein Stabschef Hans Mayer sagte …“, „Max Musters "
      "Wahlkampfleiter Hans Mayer“, „Hans Mayer, Büroleiter von Präsident Max Muster,“ → advisorTo Max Muster; not "
      "„Generalstabschef Hans Mayer“ (a military office), nor „der Stabschef der Armee, Hans Mayer“ (a body's)",
      "relations")
def staff_relations(st: ReadingState) -> None:
    for holder, advised, tok, _ in list(st.advisors):
        if any(x.label == "TITLE" and x.key.casefold() in st.t.staff_titles for x in st.by_tok.get(tok, [])):
            st.advise(holder, advised, tok, "relation-staff-title")


_ADVISING = resources.listed_words("advising_verbs.tsv")     # „berät“, „beriet“
_CLAUSE_REACH = 16      # tokens from the comma after a name to the verb closing its relative clause


@rule("relation-adviser-verb", "a person who „berät“ or „beriet“ a named person advises him: in a relative clause on "
      "the adviser closed by the verb („Max Muster, der Präsident Hans Mayer in Wirtschaftsfragen berät, …“, „…, der "
      "Hans Mayer und Eva Beispiel beriet“) or with the adviser opening the sentence before it („Max Muster berät "
      "Präsident Hans Mayer“) → advisorTo; not „…, der mit Hans Mayer berät“, nor „Max Muster berät sich mit Hans "
      "Mayer“ (deliberating)", "relations")
def adviser_verbs(st: ReadingState) -> None:
    words, n = st.words, len(st.words)
    for tok, p in list(st.person_at.items()):
        k = name_end(st, tok)
        if k + 2 >= n:
            continue
        if words[k] == "," and words[k + 1] in german.NOMINATIVE_RELATIVES:       # „X, der Y berät,“
            end = next((e for e in range(k + 2, min(n, k + _CLAUSE_REACH)) if not words[e][:1].isalnum()), None)
            span = (k + 2, end - 1) if end is not None and words[end - 1] in _ADVISING else None
        elif words[k] in _ADVISING and _opens_sentence(st, tok):                      # „X berät Y“
            end = next((e for e in range(k + 1, min(n, k + _CLAUSE_REACH)) if not words[e][:1].isalnum()), n)
            span = (k + 1, end)
        else:
            span = None
        if span is None or any(w == german.REFLEXIVE_PRONOUN or w in german.NEGATIONS for w in words[span[0]:span[1]]):
            continue
        for advised in _objects(st, p, *span):
            st.advise(p, advised, k, "relation-adviser-verb")


@rule("relation-adviser-verb-pronoun", "a person who „berät“ or „beriet“ „ihn“ advises the nearest man with an "
      "office named before the pronoun, in its sentence or the sentence before: „Innenminister Max Muster stellte den "
      "Plan vor. Die Ökonomin Eva Lind berät ihn seit Jahren.“, „… Seit Jahren berät ihn die Ökonomin Eva Lind.“, "
      "„…, Eva Lind, die ihn seit Jahren berät,“ → advisorTo Muster; not „Eva Lind berät sich mit ihm“, not where the "
      "nearest holder of an office is a woman („Innenministerin Anna Roth …“)", "relations")
def adviser_verb_pronouns(st: ReadingState) -> None:
    words = st.words
    if _ADVISING.isdisjoint(words):
        return
    for v, w in enumerate(words):
        found = _pronoun_adviser(st, v) if w in _ADVISING else None
        principal = _nearest_man_in_office(st, found[1], found[0]) if found is not None else None
        if principal is not None:
            st.advise(found[0], principal, v, "relation-adviser-verb-pronoun")


def _pronoun_adviser(st: ReadingState, v: int) -> tuple[PersonDraft, int] | None:
    """The adviser of the advising verb at token v whose object is a masculine pronoun, with the pronoun's token: the
    name opening the sentence right before „berät ihn“, the first name after „berät ihn“ in its clause („Seit Jahren
    berät ihn die Ökonomin Eva Lind“), or the name before „, die ihn … berät“."""
    words, n = st.words, len(st.words)
    if v + 1 < n and words[v + 1] in german.OBJECT_PRONOUNS:
        before = person_ending_at(st, v)
        if before is not None:
            return (before[1], v + 1) if _opens_sentence(st, before[0]) else None
        for j in range(v + 2, min(n, v + _CLAUSE_REACH)):
            if not words[j][:1].isalnum():
                return None
            p = st.person_at.get(j)
            if p is not None:
                return (p, v + 1) if words[j - 1] not in german.PREPOSITIONS else None
        return None
    if v + 1 < n and words[v + 1][:1].isalnum():
        return None         # the verb closes a relative clause: „…, die ihn seit Jahren berät,“
    for c in range(v - 1, max(0, v - _CLAUSE_REACH), -1):
        if not words[c][:1].isalnum():
            found = person_ending_at(st, c) if words[c] == "," and c + 3 < v else None
            ok = found is not None and words[c + 1] in german.NOMINATIVE_RELATIVES \
                and words[c + 2] in german.OBJECT_PRONOUNS
            return (found[1], c + 2) if ok else None
    return None


def _nearest_man_in_office(st: ReadingState, pronoun: int, adviser: PersonDraft) -> PersonDraft | None:
    """The person named nearest before token `pronoun` (within `_PRONOUN_REACH` tokens, in its sentence or the one
    before), other than the adviser, where he holds an office and no feminine title („Innenministerin“) makes him a
    woman."""
    s = st.sent_of[pronoun]
    for k in range(pronoun - 1, max(-1, pronoun - _PRONOUN_REACH), -1):
        if st.sent_of[k] < s - 1:
            return None
        p = st.person_at.get(k)
        if p is None or p is adviser:
            continue
        return p if (p.role or p.official) and not feminine_role(p.role or "") else None
    return None


def _opens_sentence(st: ReadingState, tok: int) -> bool:
    """The name at `tok` opens its sentence, maybe after its title and an article: „Präsident Max Muster …“."""
    b = title_at(st, tok)
    b = tok if b is None else b
    if b > 0 and st.words[b - 1].lower() in german.DEFINITE_ARTICLES:
        b -= 1
    return b == 0 or st.sent_of[b - 1] != st.sent_of[b]


def _objects(st: ReadingState, adviser: PersonDraft, a: int, e: int) -> list[PersonDraft]:
    """The persons named between tokens a and e with no preposition before them (past their title and an article):
    the accusative objects of „beraten“."""
    out, words = [], st.words
    for j in range(a, e):
        p = st.person_at.get(j)
        if p is None or p is adviser or any(p is o for o in out):
            continue
        b = title_at(st, j)
        b = (j if b is None else b) - 1
        if b >= a and words[b] in german.DETERMINERS:
            b -= 1
        if b < a or words[b] not in german.PREPOSITIONS:
            out.append(p)
    return out


def _genitive_end(words: list[str], j: int) -> int:
    """The token after a genitive name starting at j: its first word ending in „s“ or an apostrophe („Putins“,
    „Tsipras '“), at most three words on; j where there is none."""
    for k in range(j, min(len(words), j + 3)):
        if words[k] in ("'", "’"):
            return k
        if words[k].endswith("s") and words[k][:1].isupper():
            return k + 1
    return j


def advisers(st: ReadingState) -> None:
    """Whom each person with a title, who advises no one yet, advises: the `ADVISER` rules in turn, each
    over the people the rules before it left („Putins Berater X“, „Präsidentenberater X“, „Putin-Berater
    X“); the genitives in the order of the titles, the others in the order of `person_at`."""
    titles = {h.tok: h for h in st.hits if h.label == "TITLE"}
    people = [p for p in distinct_people(st) if p.title_tok in titles]
    by_title = sorted(people, key=lambda p: p.title_tok)
    held = {id(p): _held_titles(st, titles, p.title_tok) for p in people}
    for r, order in zip(ADVISER.rules, (by_title, by_title, people, people, people, by_title, by_title)):
        advising = {id(a[0]) for a in st.advisors}
        for p in order:
            found = next(((t, q) for t in held[id(p)] if (q := r.fn(st, p, t)) is not None), None) \
                if id(p) not in advising else None
            if found is not None:
                st.advise(p, found[1], found[0].tok, r.name)
                if found[0].tok != p.title_tok:
                    st.advise(p, found[1], found[0].tok, ADVISER_COORDINATED)


ADVISER_COORDINATED = declare("relation-adviser-coordinated", "relations", "an adviser's title joined by „und“ to the "
                              "title a person holds is his too, and the adviser rules read it: „Kanzlerin Eva Holm "
                              "sprach. Dem Holm-Berater und Chef des Instituts, Karl Beispiel, wurde gekündigt.“ → "
                              "advisorTo Holm; not „Der Holm-Kritiker und Chef des Instituts, Karl Beispiel,“ (no "
                              "adviser's title)")


def _held_titles(st: ReadingState, titles: dict[int, Hit], tok: int) -> list[Hit]:
    """The title hit at token `tok` and the one joined to it by „und“ right before it: „Holm-Berater und Chef“."""
    out, words = [titles[tok]], st.words
    if tok >= 2 and words[tok - 1] in german.AND_CONJUNCTIONS:
        before = next((x for x in st.by_tok.get(tok - 2, []) if x.label == "TITLE" and x.tok_end == tok - 1), None)
        out += [before] if before is not None else []
    return out

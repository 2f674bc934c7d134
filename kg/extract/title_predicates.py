"""A title's holder named by a copula: „Max Muster ist seit 2010 Außenminister“, „Jetzt ist Max Muster
parteifreier Mandatar.“, „Er ist seit 2010 Landesrat.“ (the one person the sentence before names).

`title_holders.holder_of` asks `predicate_holder` for the holder where no name stands right beside the title.
"""
from __future__ import annotations

from kg import german
from kg.extract.person_spans import person_before_bracket, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.german import ADJECTIVE_ENDINGS, GENITIVE_ARTICLES, NEGATIONS, DETERMINERS, OBJECT_DETERMINERS
from kg.nlp.hits import Hit


HOLDER_PREDICATE = declare("title-holder-predicate", "title holder", "the subject of a copula whose predicate "
                           "is the title holds it: „Max Muster ist seit 2010 Außenminister“, „Zwar bleibt Max "
                           "Muster Außenminister“, „Max Muster wird neuer Präsident“; not „Er war im "
                           "Landesparteivorstand“ (a board after „im“, no title)")
PREDICATE_ADJECTIVE = declare("title-holder-predicate-adjective", "title holder", "the verb first, a name between "
                              "the copula and lower-case adjectives before the title holds it: „Jetzt ist Max Muster "
                              "parteifreier Mandatar.“; not „Jetzt ist Max Muster parteifreier Kandidat.“ (no "
                              "official's title)")
PREDICATE_PRONOUN = declare("title-holder-pronoun-predicate", "title holder", "„Er“ or „Sie“ as the subject of a "
                            "singular copula whose predicate is the title („Er ist seit 2010 Landesrat.“, „Seit 2013 "
                            "ist sie Vizebürgermeisterin.“) is the one person the sentence before names, who holds it; "
                            "where that sentence names two, the one named after no preposition („X ist die Nachfolgerin "
                            "von Y. Sie ist seit März Vizebürgermeisterin.“ → X; a phrase of time may stand "
                            "between copula and title); not „X traf Y. Er ist Landesrat.“, nor „Er“ before a feminine "
                            "title, nor for a person whose role is known (a second office: „Regierungschef X sprach. Er "
                            "ist Vorsitzender der Y.“)")
PREDICATE_COMPLEMENT = declare("title-holder-predicate-complement", "title holder", "the subject of a copula whose "
                               "predicate is a title with a person as its complement („von“ and the name, or the name "
                               "in the genitive) closing the clause holds it, and serves that person where it is an "
                               "adviser's, spokesperson's or staff title: „Max Muster ist seit 2010 Berater von "
                               "Präsident Hans Mayer.“, „Max Muster war ein enger Berater Mayers.“ → advisorTo Hans "
                               "Mayer; not „Max Muster will Berater von Hans Mayer werden“ (no copula)")
PAST_PREDICATE = declare("title-holder-past-predicate", "title holder", "the subject of the past copula „war“ whose "
                         "predicate is an office's title held it, and is an official (of the office's state or body "
                         "where the article names no present one): „Max Muster war seit 2003 Zentralbankgouverneur.“, "
                         "„Max Muster kam 1950 zur Welt. Er war bis 2010 Landesrat.“; not „Max Muster war 2006 als "
                         "Staatschef zurückgetreten“ (no predicate), nor „Max Muster war kein Minister“")
TIME_PHRASE = declare("title-holder-time-phrase", "title holder", "a phrase of time before a title, between it and "
                      "the copula or the comma after the holder's name, may name a month or a span: „Max Muster ist seit "
                      "Juni 2013 Bürgermeister.“, „Max Muster, seit zwei Jahren Parteichef, sagte“; not „Max Muster, "
                      "seit Jahren Kritiker des Landesrats Hans Mayer, sagte“ (the title is another's)")
PAST_BRACKET = declare("title-holder-past-bracket", "title holder", "a short bracket after the holder's name (age, "
                       "party) may stand before the copula or the comma ahead of the title: „Max Muster (41) ist "
                       "Landesrat.“, „Max Muster (SPÖ), Landesrat für Soziales, sagte“; not „Max Muster (41) traf den "
                       "Landesrat“")
PLACE_COMPLEMENT = declare("title-predicate-place-complement", "title holder", "a title after a copula may keep "
                           "„von“ or „in“ and a named place, state or body before its clause ends: „Max Muster ist "
                           "Bürgermeister von Linz.“, „Max Muster (41) ist Landesrat in Salzburg.“ → Max Muster "
                           "holds it; not „Max Muster ist Bürgermeister von Linz gewesen, bevor …“ (the clause goes "
                           "on)")
_PREDICATE_REACH = 3        # words between the copula and the title: „seit 2010“, „der neue“
_SUBJECT_PRONOUNS = german.MASCULINE_PRONOUNS | {german.PLURAL_PRONOUN}      # „er“, „sie“ (singular before „ist“)
# the copulas of a present role (all, those of one subject), of a past one
_PRESENT = (german.ROLE_COPULAS, german.SINGULAR_ROLE_COPULAS)
_PAST = (german.PAST_ROLE_COPULAS, german.SINGULAR_PAST_ROLE_COPULAS)


def past_predicate_holder(st: ReadingState, h: Hit, end: int | None = None) -> PersonDraft | None:
    """The person the past copula makes the title at h his former role: „X war (seit 2003) Gouverneur“, „Er war
    Landesrat“ (the one person the sentence before names); `end` as for `predicate_holder`."""
    return predicate_holder(st, h, _PAST, end)[0]


FUTURE_PREDICATE = declare("title-holder-designated", "title holder", "the subject of „soll“ before an office's "
                           "title and „werden“ at its clause's end is to hold it, an official: „Max Muster soll neuer "
                           "Landesrat werden.“, „Eva Beispiel soll ab 2027 die neue Bürgermeisterin werden“; not „Max Muster "
                           "will Landesrat werden“ (a wish, a candidacy), nor „… soll den Landesrat werden lassen“")


def designated_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „soll“ (maybe after a few lower-case words or numbers), where the title at h,
    maybe after adjectives and an article, is followed by „werden“ that ends the clause: „X soll neuer Landesrat
    werden“, „X soll ab 2027 die neue Bürgermeisterin werden“."""
    words, s, e = st.words, st.sent_of[h.tok], h.tok_end
    if e >= len(words) or words[e] not in german.BECOME_INFINITIVES or not _ends(words, e + 1):
        return None
    b = h.tok - 1
    while b > 0 and h.tok - b <= _DESIGNATION_REACH and st.sent_of[b] == s \
            and words[b] not in german.DESIGNATION_MODALS and (words[b].islower() or words[b].isdigit()):
        b -= 1      # „neuer“, „ab 2027 die neue“ (lower-case words and numbers only)
    if b < 1 or words[b] not in german.DESIGNATION_MODALS:
        return None
    found = subject_ending_at(st, b)
    return found[1] if found is not None else None


_DESIGNATION_REACH = 4      # words between „soll“ and the title: „ab 2027 die neue“


def predicate_holder(st: ReadingState, h: Hit, copulas: tuple[frozenset[str], frozenset[str]] = _PRESENT,
                     end: int | None = None) -> tuple[PersonDraft | None, str]:
    """The person a copula makes the title at h his role, where the clause ends after the title (and its
    state; or at `end`, after the person its complement names): the name before the copula („X ist (seit 2010)
    Außenminister“) or, the verb first, between it and the title („bleibt X (parteifreier) Außenminister“), or the
    person a pronoun next to the copula refers to, with the name of the rule that read it; not „X wird den
    Präsidenten treffen“. `copulas`: all copulas and those of one subject (a present role's, or `_PAST`)."""
    words, s = st.words, st.sent_of[h.tok]
    role_copulas, singular = copulas
    if not clause_ends(st, h.tok_end if end is None else end):
        return None, HOLDER_PREDICATE
    a = h.tok
    while a > 1 and words[a - 1].islower() and words[a - 1].endswith(ADJECTIVE_ENDINGS) \
            and words[a - 1] not in DETERMINERS and words[a - 1] not in role_copulas:
        a -= 1      # „parteifreier“
    found = subject_ending_at(st, a)
    if found is not None and found[0] > 0 and words[found[0] - 1] in role_copulas:
        return found[1], PREDICATE_ADJECTIVE if a != h.tok else HOLDER_PREDICATE
    if found is not None and a == h.tok:
        return None, HOLDER_PREDICATE
    b, timed = _copula_before(st, h, role_copulas)
    if any(words[k] in german.CONTRACTIONS for k in range(max(b, 0), h.tok)):
        return None, HOLDER_PREDICATE   # „war er im Landesparteivorstand“: a board he sat on, no title he held
    if b < 1 or words[b] not in role_copulas:
        b = _pronoun_copula_before(st, h, singular)
        if b is None:
            return None, HOLDER_PREDICATE
    found = subject_ending_at(st, b) or person_before_bracket(st, b)
    if found is not None:
        return found[1], _named_rule(st, h, b, timed)
    return _pronoun_referent(st, h, b, singular), PREDICATE_PRONOUN


DURATION = declare("title-holder-duration", "title holder", "a span closed by „lang“ may stand between the copula and "
                   "the title: „Max Muster war vier Jahre lang Landesrat.“, „Max Muster war zwei Jahre lang der "
                   "Sprecher von Kanzler Hans Mayer.“ → Max Muster held it (and advisorTo Hans Mayer); not „Max Muster "
                   "war vier Jahre lang kein Landesrat“")
_DURATION_REACH = 2         # the words of „vier Jahre lang“ past the reach of a plain predicate


def _copula_before(st: ReadingState, h: Hit, role_copulas: frozenset[str]) -> tuple[int, str | None]:
    """Back from the title at h past lower-case words, numbers and a phrase of time („seit 2010“, „der neue“, „seit
    Juni 2013“, „vier Jahre lang der“) to where its copula may stand, and the rule a phrase of time calls for
    (`title-holder-time-phrase`, `title-holder-duration`; None where none stood there)."""
    words, s = st.words, st.sent_of[h.tok]
    b, timed = h.tok - 1, None
    while b > 0 and h.tok - b <= _PREDICATE_REACH + (_DURATION_REACH if timed == DURATION else 0) \
            and st.sent_of[b] == s and words[b] not in role_copulas \
            and (words[b].islower() or words[b].isdigit() or time_noun(words, b)) and words[b] not in NEGATIONS:
        if time_noun(words, b):
            timed = DURATION if words[b + 1] in german.DURATION_POSTPOSITIONS else timed or TIME_PHRASE
        b -= 1
    return b, timed


def _named_rule(st: ReadingState, h: Hit, b: int, timed: str | None) -> str:
    """The rule that read the name before the copula at b as the holder of the title at h: past a bracket, with a
    place after the title, past a phrase of time, or plain."""
    words = st.words
    if timed == DURATION:
        fired(DURATION)     # also where the caller names the reading by the copula's tense or complement
    if words[b - 1] == ")":
        return PAST_BRACKET
    if h.tok_end < len(words) and words[h.tok_end] in _VON:
        return PLACE_COMPLEMENT
    return timed or HOLDER_PREDICATE


def time_noun(words: list[str], k: int) -> bool:
    """The word at k is a month or a span („Mai“, „Jahren“) in a phrase of time a period's preposition opens at most
    two words before it, or a span „lang“ closes: „seit Mai“, „seit zwei Jahren“, „ab Juni 2013“, „vier Jahre lang“
    (not „im Juni“)."""
    return words[k] in german.TIME_PHRASE_NOUNS and (any(
        words[j] in german.PERIOD_PREPOSITIONS for j in range(max(0, k - 2), k))
        or k + 1 < len(words) and words[k + 1] in german.DURATION_POSTPOSITIONS)


def subject_ending_at(st: ReadingState, end: int) -> tuple[int, PersonDraft] | None:
    """The person whose name ends right before token `end`, with its first token: a name the gazetteer read, or a
    surname alone that only `persons` found („Jetzt ist Muster Landesrat“)."""
    found = person_ending_at(st, end)
    if found is None and end >= 1 and end - 1 in st.person_at:
        return end - 1, st.person_at[end - 1]
    return found


_TIME_PHRASE_REACH = 6      # words of „seit den Wahlen im Jahr 2014“ between the copula and the title


def _pronoun_copula_before(st: ReadingState, h: Hit, singular: frozenset[str]) -> int | None:
    """The token of the copula after „Er“/„Sie“ opening the sentence of the title at h, where only a phrase of time
    („seit März“, „seit den Wahlen“: a period's preposition, then words of no name) stands between them."""
    words, s, k = st.words, st.sent_of[h.tok], h.tok - 1
    while k > 1 and h.tok - k <= _TIME_PHRASE_REACH and st.sent_of[k] == s and words[k].isalnum() \
            and not st.by_tok.get(k) and k not in st.person_at and words[k] not in singular:
        k -= 1
    if words[k] not in singular or words[k + 1] not in german.PERIOD_PREPOSITIONS:
        return None
    if words[k - 1].lower() not in _SUBJECT_PRONOUNS or (k >= 2 and st.sent_of[k - 2] == s):
        return None
    return k


def _pronoun_referent(st: ReadingState, h: Hit, b: int, singular: frozenset[str]) -> PersonDraft | None:
    """The one person the sentence before names, where „Er“/„Sie“ opens the sentence before the singular copula at b
    or „er“/„sie“ follows it, and no person is named before the pronoun in its sentence; not „Er“ before a feminine
    title at h, nor a person whose role is known."""
    words, s = st.words, st.sent_of[b]
    if words[b] not in singular:
        return None
    if words[b - 1].lower() in _SUBJECT_PRONOUNS and (b == 1 or st.sent_of[b - 2] != s):
        pronoun = b - 1     # „Er ist …“ opening the sentence
    elif b + 1 < h.tok and words[b + 1] in _SUBJECT_PRONOUNS:
        pronoun = b + 1
    else:
        return None
    feminine = h.text.endswith(german.FEMININE_ENDING) and not h.text.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
    if feminine and words[pronoun].lower() in german.MASCULINE_PRONOUNS:
        return None
    found: dict[int, PersonDraft] = {}
    free: dict[int, PersonDraft] = {}       # those named after no preposition: „… ist X die Nachfolgerin von Y“
    k, named = pronoun - 1, None            # the sentence that names the persons read
    while k >= 0 and st.sent_of[k] >= s - _PRONOUN_SENTENCES and named in (None, st.sent_of[k]):
        p = st.person_at.get(k)
        if p is not None:
            if st.sent_of[k] == s:
                return None     # „Als Max Muster ging, wurde er Landesrat“: the clause's own person
            named = st.sent_of[k]
            found[id(p)] = p
            if k == 0 or words[k - 1].lower() not in german.PREPOSITIONS:
                free[id(p)] = p
        k -= 1
    one = found if len(found) == 1 else free
    p = next(iter(one.values())) if len(one) == 1 else None
    if p is None or p.role is not None or (p.known is not None and p.known.role):
        return None
    if named is not None and named < s - 1:
        fired(PRONOUN_DISTANT)
    return p


PRONOUN_DISTANT = declare("title-holder-pronoun-distant", "title holder", "the sentences between the pronoun's and "
                          "the last one that names a person (at most three) name none: that person is the one „er“ or "
                          "„sie“ before the copula and title refers to: „Max Muster wuchs in Graz auf. Später studierte "
                          "er Medizin. Heute ist er Landesrat.“ → Max Muster holds it; not past four sentences "
                          "that name none („Max Muster wuchs in Graz auf. Er zog nach Linz. Er studierte. Er "
                          "heiratete. Er reiste viel. Heute ist er Landesrat.“)")
_PRONOUN_SENTENCES = 4      # the pronoun's sentence and three before it that name no person


def clause_ends(st: ReadingState, j: int) -> bool:
    """After a title ending at token j, past a state in the genitive or a complement's name („der Türkei“),
    a punctuation mark or „und“ ends the clause: no verb follows whose object the title was."""
    words, n = st.words, len(st.words)
    if j < n and words[j] in GENITIVE_ARTICLES and j + 1 < n and st.by_tok.get(j + 1):
        j = max(x.tok_end for x in st.by_tok[j + 1])
    elif j < n and words[j] in GENITIVE_ARTICLES and (k := genitive_noun(words, j + 1)) is not None \
            and not st.by_tok.get(k):
        ends = _ends(words, k + 1)      # „ist nun Präsident des Inselparlaments.“
        if ends:
            fired(COMPLEMENT_NOUN)
        return ends
    elif j < n and st.state_at(j) is not None:
        j = max(x.tok_end for x in st.by_tok[j])
    elif j + 1 < n and words[j] in _VON and (ends := _named_end(st, j + 1)) is not None and _ends(words, ends):
        return True     # „ist Bürgermeister von Linz.“ (PLACE_COMPLEMENT)
    elif j + 1 < n and words[j] in german.FOR_PREPOSITIONS and _ends(words, k := _domain_end(words, j + 1)):
        fired(DOMAIN_COMPLEMENT)
        return k > j + 1
    return _ends(words, j)


DOMAIN_COMPLEMENT = declare("title-predicate-domain", "title holder", "a title after a copula may keep „für“ and "
                            "its domain, capitalised nouns joined by „und“ or commas, before its clause ends: „Heute ist "
                            "Max Muster Landesrat für Soziales und Gesundheit.“ → Max Muster holds it; not „Max Muster "
                            "ist Landesrat für zwei Jahre gewesen“ (no domain), nor „… Landesrat für Soziales geworden, "
                            "weil …“ (the clause goes on)")


def _domain_end(words: list[str], k: int) -> int:
    """Past the capitalised nouns of a title's domain from token k, joined by „und“ or commas: „Soziales und
    Gesundheit“."""
    while k < len(words) and words[k][:1].isupper():
        k += 1
        if k + 1 < len(words) and (words[k] in german.AND_GLUE or words[k] == ",") and words[k + 1][:1].isupper():
            k += 1
    return k


def _named_end(st: ReadingState, k: int) -> int | None:
    """The end of the place, state or body whose name starts at token k: „Linz“, „Oberösterreich“."""
    ends = [x.tok_end for x in st.by_tok.get(k, ()) if x.tok == k and x.label in _NAMED_WORKPLACES]
    return max(ends) if ends else None


_NAMED_WORKPLACES = ("PLACE", "STATE", "CAPITAL", "ORG", "BODY")
# „Bürgermeister von Linz“, „Landesrat in Salzburg“
_VON = german.NOUN_COMPLEMENT_OPENERS - GENITIVE_ARTICLES | german.IN_PREPOSITIONS


def _ends(words: list[str], j: int) -> bool:
    """A clause ends at token j: the text's end, a punctuation mark or „und“."""
    return j >= len(words) or not words[j][:1].isalnum() or words[j] in german.AND_GLUE


COMPLEMENT_NOUN = declare("title-predicate-complement-noun", "title holder", "a title after a copula may keep a "
                          "genitive complement of a common noun (no name), maybe after adjectives, before its clause ends: „Max "
                          "Muster ist nun Präsident des Inselparlaments.“ → Max Muster holds it; not „Max Muster wird "
                          "den Präsidenten des Landes treffen“")
_COMPLEMENT_ADJECTIVES = 2      # „des korsischen regionalen Parlaments“


def genitive_noun(words: list[str], k: int) -> int | None:
    """The token of the capitalised noun at k, past a few lower-case adjectives, if one is there."""
    start = k
    while k < len(words) and k - start < _COMPLEMENT_ADJECTIVES and words[k].islower() \
            and words[k].endswith(ADJECTIVE_ENDINGS):
        k += 1
    return k if k < len(words) and words[k][:1].isupper() and words[k].isalpha() else None


HOLDER_BEFORE_OBJECT = declare("title-holder-before-object", "title holder", "guard: the name before a comma holds "
                               "no title (nor its party) that is an object of the words after the comma: a "
                               "preposition's („Eva Beispiel, die mit dem SPD-Chef verheiratet ist“, „Max Muster, beim "
                               "SPD-Chef zu Gast“) or, in the relative clause the comma opens, one in the dative, "
                               "accusative or genitive („Max Muster, der jedem SPD-Chef widersprach“); not „Max Muster, "
                               "der Chef der SPD“, „Max Muster, seit 2005 Chef der SPD“, „Max Muster, zum SPD-Chef "
                               "gewählt“, „Max Muster, im SPD-Vorstand“")
# „als SPD-Chef“, „zum SPD-Chef gewählt“, „(heute im Vorstand)“: his role, the body he sits in
_NOT_GOVERNING = german.AS_WORDS | german.TO_PREPOSITIONS | german.IN_PREPOSITIONS


def object_title(words: list[str], start: int, title: int) -> bool:
    """The title at token `title` is an object in the words from `start` (right after a comma) up to it: a
    preposition's, right before the title or its determiner („mit dem“), or in a relative clause opened at `start`
    one whose determiner is no subject's („der schon jedem SPD-Chef“)."""
    span = words[start:title]
    if not span:
        return False
    det = len(span) - 1
    while det > 0 and span[det].islower() and span[det].endswith(ADJECTIVE_ENDINGS) \
            and span[det] not in DETERMINERS and span[det] not in OBJECT_DETERMINERS:
        det -= 1        # past the title's adjectives: „mit dem neuen SPD-Chef“
    # with no determiner, only a preposition right before the title: not „unter anderem Chef der SPD“
    before = det - 1 if span[det] in DETERMINERS or span[det] in OBJECT_DETERMINERS else len(span) - 1
    governed = before >= 0 and span[before] in german.PREPOSITIONS and span[before] not in _NOT_GOVERNING
    oblique = det > 0 and span[0] in german.RELATIVES and span[det] in OBJECT_DETERMINERS
    if governed or oblique:
        fired(HOLDER_BEFORE_OBJECT)
    return governed or oblique

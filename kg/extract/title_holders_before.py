"""A title's holder named before it: before a comma („X, Berater von Präsident Y“), an aside („X – mittlerweile
Landesrat –“), „als“ („X will als Sozialminister …“), a relative clause's „als“, „in seiner Funktion als“, or a noun
and „und“ („X, Anwalt und Präsident des Vereins“).

`title_holders.holder_of` asks these where no name follows the title's phrase.
"""
from __future__ import annotations

from kg import german
from kg.extract.person_spans import person_before_bracket, person_ending_at
from kg.extract.reading import PersonDraft, ReadingState
from kg.extract.rules import declare, fired
from kg.extract.title_predicates import PAST_BRACKET, TIME_PHRASE, clause_ends, object_title, subject_ending_at, \
    time_noun
from kg.german import ADJECTIVE_ENDINGS, DETERMINERS
from kg.nlp.hits import Hit


HOLDER_BEFORE = declare("title-holder-before", "title holder", "the name before a comma ahead of the title "
                        "holds it: „Emmanuel Bonne, Berater von Präsident Macron, sagte“")

TITLE_ADJECTIVE = declare("title-holder-capitalised-adjective", "title holder", "a capitalised adjective "
                          "between the comma after a name and the title is part of the title: „Max Muster, "
                          "Nationaler Sicherheitsberater von Präsident X“ → Max Muster holds it")

HOLDER_ASIDE = declare("title-holder-aside", "title holder", "the name right before a dash or bracket that opens an "
                       "aside holding the title (maybe after adverbs or a phrase of time), closed after the title's "
                       "phrase, holds it: „Max Muster – mittlerweile Landesrat – sagte“, „Max Muster (Innenminister, "
                       "ÖVP) sagte“; not „Max Muster – Landesrat Hans Mayer fehlte – sagte“ (the title's own holder)")

_ASIDE_REACH = 10       # tokens from the title's end to the aside's close: „der Stadt Linz für Soziales“


def holder_before(st: ReadingState, h: Hit) -> tuple[PersonDraft | None, str] | None:
    """The holder named before the title at h, past a comma, maybe a short bracket („Max Muster (41), Landesrat“), an
    aside's dash or bracket, or a noun and „und“, with the rule that read it; None where no such mark stands there;
    (None, rule) where the mark stands but no person's name ends before it."""
    words = st.words
    # "Emmanuel Bonne, Berater von Präsident Emmanuel Macron"
    b, timed = h.tok - 1, False
    if b >= 1 and words[b - 1] == "," and _title_adjective(st, b):
        b -= 1          # "Jake Sullivan, Nationaler Sicherheitsberater von …"
    while b >= 0 and (words[b] in DETERMINERS or (words[b].islower() or words[b].isdigit() or time_noun(words, b))
                      and b > h.tok - 4):
        timed = timed or time_noun(words, b)
        b -= 1          # "X, seit 2005 Chef der Y", "X, seit Mai Landesrat"
    if b >= 1 and (words[b] == "," or words[b] in german.ASIDE_MARKS) and object_title(words, b + 1, h.tok):
        return None     # „Eva Beispiel, die mit dem SPD-Chef verheiratet ist“: the title is no apposition
    if b >= 1 and words[b] == ",":
        found = subject_ending_at(st, b)        # also a surname alone: „Muster, seit Mai Landesrat, sagte“
        named = found[1] if found is not None else None
        bracketed = person_before_bracket(st, b) if named is None else None
        if bracketed is not None:
            return bracketed[1], PAST_BRACKET
        if named is None and (moved := _extraposed_holder(st, b)) is not None:
            return moved, EXTRAPOSED
        if named is None and (subject := _particle_subject(st, h, b)) is not None:
            return subject, PARTICLE_APPOSITION
        return named, TIME_PHRASE if timed and named is not None else HOLDER_BEFORE
    if b >= 1 and words[b] in german.ASIDE_MARKS and _aside_closes(st, h, german.ASIDE_MARKS[words[b]]):
        named = _person_ending_at(st, b)
        if named is not None:
            return named, HOLDER_ASIDE
    if _coordinated_noun(st, b):
        return _person_ending_at(st, b - 1), HOLDER_BEFORE_COORDINATED
    return None


EXTRAPOSED = declare("title-holder-extraposed", "title holder", "a dative apposition moved past the verb that "
                     "closes its clause renames the name after a dative preposition right before that verb: „Wir "
                     "haben den Plan mit Max Muster entwickelt, dem früheren Büroleiter von Präsident Karl Brenner“ → "
                     "Muster holds „Büroleiter“; not „Max Muster hat kritisiert, der Berater von Präsident Karl "
                     "Brenner habe gelogen“ (a clause of its own), nor after a noun („mit Max Muster über Steuern, "
                     "dem …“)")


def _extraposed_holder(st: ReadingState, b: int) -> PersonDraft | None:
    """The person named after a dative preposition right before the one lower-case verb that stands before the comma
    at b, where the apposition after the comma opens with the dative „dem“: „mit Max Muster entwickelt, dem …“."""
    words = st.words
    if not (2 < b < len(words) - 1 and words[b + 1] in german.DATIVE_NEUTER_ARTICLES
            and words[b - 1].isalpha() and words[b - 1].islower() and words[b - 1] not in DETERMINERS):
        return None
    found = person_ending_at(st, b - 1)
    if found is None or found[0] < 1 or words[found[0] - 1] not in german.DATIVE_PREPOSITIONS:
        return None
    return found[1]


PARTICLE_APPOSITION = declare("title-holder-after-particle", "title holder", "a nominative apposition after the "
                             "particle that closes a separable verb renames the subject named right before that "
                             "particle: „Morgen reist Max Muster ab, der neue Außenminister Ruritaniens, um …“ → Max "
                             "Muster holds it; not „Morgen reist Max Muster ab, der Außenminister bleibt.“ (a "
                             "clause of its own), nor „Max Muster rief an, der Ministerin“ (no nominative)")


_OBLIQUE_ENDING = "en"      # „der Präsidenten“ (genitive plural), no nominative singular


def _particle_subject(st: ReadingState, h: Hit, b: int) -> PersonDraft | None:
    """The person named right before the verb particle that stands before the comma at b, where the apposition
    after the comma opens with a nominative article of the title's gender at h and ends with the title's phrase:
    „reist Max Muster ab, der neue Außenminister, …“."""
    words = st.words
    if not (2 < b < len(words) - 1 and words[b - 1] in german.SEPARABLE_PARTICLES):
        return None
    feminine = h.text.endswith(german.FEMININE_ENDING) and not h.text.endswith(german.FEMININE_LOOKALIKE_ENDINGS)
    if words[b + 1] != (german.FEMININE_NOMINATIVE_ARTICLE if feminine else german.MASCULINE_NOMINATIVE_ARTICLE) \
            or h.text.endswith(_OBLIQUE_ENDING) or not clause_ends(st, h.tok_end):
        return None
    found = person_ending_at(st, b - 1)
    return found[1] if found is not None and found[0] >= 1 and words[found[0] - 1].islower() else None


def _aside_closes(st: ReadingState, h: Hit, close: str) -> bool:
    """The aside's closing mark follows the title at h in its sentence, before any name or other aside: „– Landesrat
    der SPÖ –“, „(Innenminister, ÖVP)“."""
    words, s = st.words, st.sent_of[h.tok]
    for k in range(h.tok_end, min(len(words), h.tok_end + _ASIDE_REACH)):
        if words[k] == close:
            return True
        if st.sent_of[k] != s or k in st.person_at or words[k] in german.ASIDE_MARKS:
            return False
    return False


HOLDER_AS = declare("title-holder-as", "title holder", "the name right before „als“ and a title holds it, maybe "
                    "with a verb between: „Bisher saß Eva Beispiel als Landesrätin im Kabinett“, „Max Muster will "
                    "als Sozialminister Reformen durchsetzen“")


def as_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „als“ (or before a lower-case verb and „als“) that precedes the title at h,
    past its adjectives: „Eva Beispiel als (neue) Landesrätin“, „Max Muster will als Sozialminister“."""
    words = st.words
    b = h.tok - 1
    while b > 0 and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in DETERMINERS:
        b -= 1
    if b < 2 or words[b] not in german.AS_WORDS:
        return None
    named = _person_ending_at(st, b)
    if named is None and words[b - 1].islower() and words[b - 1].isalpha() and words[b - 1] not in DETERMINERS:
        named = _person_ending_at(st, b - 1)        # „Max Muster will als …“
    return named


RELATIVE_AS = declare("title-holder-relative-as", "title holder", "the name before a comma and a relative pronoun "
                      "whose clause has „als“ and a title holds it: „Max Muster, der im Juni als Stadtrat angelobt "
                      "wird, …“, „Eva Beispiel, die seit 2010 als Landesrätin amtiert, …“; not „Max Muster, der ihn "
                      "als Landesrat kritisierte, …“ (an object before „als“), nor „…, die als Kind …“ (no title)")

_RELATIVE_REACH = 6         # words between the relative pronoun and „als“: „im Juni auch“, „seit dem Jahr 2010“


def relative_as_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „, der“ (or „, die“) that opens the relative clause whose „als“ stands before
    the title at h (past its adjectives), with only lower-case words, numbers and nouns of no name between them and
    no object pronoun: „Max Muster, der im Juni als Stadtrat angelobt wird“."""
    words, b = st.words, h.tok - 1
    while b > 0 and words[b].islower() and words[b].endswith(ADJECTIVE_ENDINGS) and words[b] not in DETERMINERS:
        b -= 1
    if b < 3 or words[b] not in german.AS_WORDS:
        return None
    r = b - 1
    while r > 1 and b - r <= _RELATIVE_REACH and words[r] not in german.NOMINATIVE_RELATIVES:
        w = words[r]
        if not w.isalnum() or w in german.OBJECT_PRONOUNS or st.by_tok.get(r) or r in st.person_at:
            return None     # a clause's end, „ihn“, a name: „…, der ihn als Landesrat kritisierte“
        r -= 1
    if words[r] not in german.NOMINATIVE_RELATIVES or words[r - 1] != ",":
        return None
    return subject_ending_at(st, r - 1)[1] if subject_ending_at(st, r - 1) is not None else None


HOLDER_CAPACITY = declare("title-holder-capacity", "title holder", "the subject before „in seiner Funktion (Eigenschaft, "
                          "Rolle) als“ and a title holds it, maybe with a verb between: „Präsident Max Muster hatte in "
                          "seiner Rolle als KP-Chef mehr Einsatz verlangt“ → holds „KP-Chef“; not „in seiner Funktion "
                          "als Gastgeber“ (no title)")


def capacity_holder(st: ReadingState, h: Hit) -> PersonDraft | None:
    """The person named right before „in seiner Funktion als“ (or before a lower-case verb and it) that precedes the
    title at h: „Max Muster sagte in seiner Funktion als SP-Chef …“."""
    words, b = st.words, h.tok - 4
    if b < 1 or words[h.tok - 1] not in german.AS_WORDS or words[h.tok - 2] not in german.CAPACITY_NOUNS \
            or words[h.tok - 3].lower() not in german.POSSESSIVES or words[b] not in german.IN_PREPOSITIONS:
        return None
    named = _person_ending_at(st, b)
    if named is None and words[b - 1].islower() and words[b - 1].isalpha() and words[b - 1] not in DETERMINERS:
        named = _person_ending_at(st, b - 1)        # „Max Muster hatte in seiner Funktion als …“
    return named


HOLDER_BEFORE_COORDINATED = declare("title-holder-before-coordinated", "title holder", "the name before a comma "
                                    "ahead of a noun and „und“ before the title holds it: „Max Muster, Anwalt und "
                                    "Präsident des Vereins, sagte“")


def _coordinated_noun(st: ReadingState, b: int) -> bool:
    """The word at b is a noun coordinated by „und“ with the title after it, and a comma comes before it:
    „…, Kontrollinspektor und Pressesprecher des LKA“ (no name, state or organisation)."""
    words = st.words
    return b >= 2 and b + 1 < len(words) and words[b + 1] in german.AND_CONJUNCTIONS and words[b - 1] == "," \
        and words[b][:1].isupper() and all(x.label == "TITLE" for x in st.by_tok.get(b, []))


def _title_adjective(st: ReadingState, b: int) -> bool:
    """The word at b is an adjective capitalised as part of the title after it: „Nationaler Sicherheitsberater“,
    „Ständiger Vertreter“ (no name the gazetteer knows)."""
    w = st.words[b]
    ok = w[:1].isupper() and w.isalpha() and w.endswith(ADJECTIVE_ENDINGS) and not st.by_tok.get(b)
    if ok:
        fired(TITLE_ADJECTIVE)
    return ok


def _person_ending_at(st: ReadingState, end: int) -> PersonDraft | None:
    """The person whose name ends right before token `end`."""
    found = person_ending_at(st, end)
    return found[1] if found is not None else None

"""Relative clauses for the subject rules (`subject_rules`): a relative pronoun that is an object of its clause, not its
subject („Kanzler Karl Brunner, den die SPÖ kritisiert hatte“, `object_relative`, which the event targets read too),
an actor after „der“ in a plural relative clause that is an object („Gruppen, die der Hamas Verrat vorwerfen“), and
whether a clause is a relative one („, mit dem …“).
"""
from __future__ import annotations

from typing import Sequence

from kg import german
from kg.extract.clauses import PREPOSITIONS, RELATIVES, Actor, Word
from kg.extract.rules import declare, fired
from kg.extract.subject_slot import Slot


RELATIVE_OBJECT = declare("subject-relative-object", "subject", "a relative pronoun that is an object (den, dem, "
                          "denen) or stands before a pronoun that is only a subject („der er …“) is not its clause's "
                          "subject, nor is the actor it refers to: „Kanzler Karl Brunner, den die SPÖ kritisiert "
                          "hatte“ → the SPÖ criticised, „die Kammer, der er eine Blockade vorwirft“ → he accuses")


def object_relative(words: Sequence[Word], lead: int) -> bool:
    """The relative pronoun at `lead` is an object of its clause (`subject-relative-object`)."""
    if words[lead].lower in german.OBJECT_RELATIVES or (
            lead + 1 < len(words) and words[lead + 1].lower in german.NOMINATIVE_ONLY_PRONOUNS):
        fired(RELATIVE_OBJECT)
        return True
    if words[lead].lower == german.MASCULINE_NOMINATIVE_ARTICLE and lead >= 3 and words[lead - 1].text == "," \
            and words[lead - 3].lower in german.FEMININE_NOMINATIVE_ARTICLES and words[lead - 2].capitalized:
        fired(RELATIVE_FEMININE_DATIVE)
        return True
    return False


RELATIVE_FEMININE_DATIVE = declare("subject-relative-feminine-dative", "subject", "a relative „der“ right after a "
                                   "noun phrase of „die“ or „eine“ and one noun is a feminine dative, an object of its "
                                   "clause, not its subject: „Er kritisiert die Kammer, der die Grünen eine Blockade "
                                   "vorwerfen“ → the Grünen accuse the Kammer; not „der“ after „der Verband“ (the "
                                   "subject: „Sie lobt den Verband, der die Reform kritisiert“)")


RELATIVE_PLURAL_OBJECT = declare("subject-relative-plural-object", "subject", "in a relative clause opened by „die“ "
                                 "and closed by a plural verb, an actor after „der“ is a dative or genitive object, "
                                 "not the subject: „Gruppen, die der Hamas Verrat vorwerfen“ (the unnamed groups "
                                 "accuse; „die der Präsident kritisierte“ has its subject after „der“)")


def plural_relative_object(slot: Slot) -> bool:
    """ „…, die der (herrschenden) Hamas … vorwerfen“: the clause's first actor after „der“, its last word a plural
    finite verb."""
    words, lead = slot.sentence.words, slot.lead
    if words[lead].lower not in german.PLURAL_ARTICLES:
        return False
    actor = slot.before[0]
    if not (lead + 2 <= actor.first <= lead + 4 and words[lead + 1].lower in german.FEMININE_GENITIVE_ARTICLES
            and all(w.text.islower() and not w.verbish for w in words[lead + 2:actor.first])):
        return False
    final = next((w for w in reversed(words[slot.first:slot.last]) if w.text.isalpha()), None)
    return final is not None and final.verbish and final.lower.endswith(german.PLURAL_FINITE_ENDING)


def relative_clause(words: Sequence[Word], clause: tuple[int, int]) -> bool:
    """The clause opens with a comma and a relative pronoun, or a preposition and one („, mit dem …“)."""
    first, last = clause
    lead = first + 1 if words[first].text == "," else first
    if lead < last and words[lead].lower in PREPOSITIONS:
        lead += 1
    return first < lead < last and words[lead].lower in RELATIVES



RELATIVE_OVER_BRACKET = declare("subject-relative-over-bracket", "subject", "a relative clause right after a bracket "
                                "that follows a name („Name (Partei), der …“) refers to the name, not to the aside in "
                                "the bracket: „Bürgermeister Karl Brunner (SPÖ), der mit der Brantel AG verhandelt“ → "
                                "Brunner negotiates, not the SPÖ")
ASIDE_WORDS = 6         # words at most in a bracket between a name and its relative clause („(SPÖ)“, „(Russland)“)


def relative_head(words: Sequence[Word], actors: Sequence[Actor], first: int) -> Actor | None:
    """The actor a relative clause starting at `first` (its comma) refers to: the actor ending right before it (or one
    word earlier), or the actor right before a bracket that closes there („Brunner (SPÖ), der …“), unless the bracket
    only names that actor again („die Europäische Zentralbank (EZB), die …“)."""
    previous = [a for a in actors if a.last < first]
    close = first - 2 if first >= 2 and words[first - 1].text == "," else first - 1
    if close >= 1 and words[close].text == ")":
        opener = next((k for k in range(close - 1, max(-1, close - ASIDE_WORDS - 2), -1) if words[k].text == "("), None)
        head = next((a for a in previous if a.last == opener - 1), None) if opener is not None else None
        inside = [a for a in previous if a.first > (opener or close)]
        if head is not None and all(a.key != head.key for a in inside):
            fired(RELATIVE_OVER_BRACKET)
            return head
    return previous[-1] if previous and previous[-1].last >= first - 2 else None

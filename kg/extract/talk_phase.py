"""Talks already under way whose later phase a modal or a future governs: „Die Gespräche sollen im Herbst
abgeschlossen werden“ tells talks held, only their end is still to come (`talk_phase_words.tsv`); so does a verb
of negotiating a known agreement to its end under a condition: „…, wenn Chile und Peru ihr Abkommen ausverhandeln“."""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import Sentence, clause_particle, verb_keys
from kg.extract.eventdates import tense_weights
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare, fired
from kg.extract.talk_anaphora import continuing_verbs
from kg.extract.talk_cues import AGREEMENTS

PHASE_UNDER_WAY = declare("talks-phase-under-way", "talks status", "talks whose continuation, end or next phase a "
                          "modal or future governs are under way, held: a passive of going on or ending "
                          "(`talks_anaphora.tsv` continue, `talk_phase_words.tsv` end) whose subject is the talks' "
                          "noun, in its own clause or in a relative clause right after it, or the talks entering a "
                          "phase or round (follow, "
                          "after „in die“): „Die Beratungen der Fischereiminister sollen bis Oktober abgeschlossen "
                          "werden“, „Angesichts der Konferenz, die morgen fortgesetzt wird“, „Die Gespräche sollen im "
                          "Mai in die nächste Runde gehen“; not talks the noun's own attribute plans („Das geplante "
                          "Treffen soll mit einer Erklärung abgeschlossen werden“), not with a preposition before the noun („Bei dem Treffen "
                          "soll ein Vertrag abgeschlossen werden“), not in the active („Ortiz will die Gespräche "
                          "fortsetzen“)")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of going on or ending talks, and the nouns of a later phase."""
    name = "talk_phase_words.tsv"
    verbs = continuing_verbs() | resources.kind_words(name, "end")
    return verbs, resources.kind_words(name, "follow")


def phase_under_way(sentence: Sentence, i: int) -> bool:
    """The talks noun at `i` is the subject of a passive of going on or ending, or enters a later phase, in its own
    clause up to the next comma (no preposition before it; a hyphen of „Handels- und …“ may split the clause) or in a
    relative clause that opens right after that comma."""
    words = sentence.words
    first = sentence.clause_of(i)[0]
    if _planned_attribute(sentence, i, first):
        return False        # "Das für Mai geplante Treffen soll … abgeschlossen werden": the talks are to come
    comma = next((k for k in range(i, len(words)) if words[k].text == ","), len(words))
    if governing_prep(words, i) is None and _later_phase(sentence, first, comma):
        return True
    nxt = comma + 1
    if nxt >= len(words) or words[nxt].lower not in german.NOMINATIVE_RELATIVES:
        return False
    return _later_phase(sentence, *sentence.clause_of(nxt))


NOUN_PHRASE_OPENERS = german.DETERMINERS | german.PREPOSITIONS


def _planned_attribute(sentence: Sentence, i: int, first: int) -> bool:
    """A word of a planned event (`dates_de.tsv` planned) between the talks noun at `i` and its determiner or
    preposition: „das geplante Treffen“, „die kommende Konferenz“."""
    k = i - 1
    while k > max(first, i - 6) and sentence.words[k].lower not in NOUN_PHRASE_OPENERS:
        k -= 1
    return tense_weights([w.lower for w in sentence.words[k + 1:i]])[0] > 0


def _later_phase(sentence: Sentence, first: int, last: int) -> bool:
    """Words `first`..`last` hold a passive participle of going on or ending, or „in die … Runde“ („in“ with an
    accusative article: the talks go into it)."""
    verbs, phases = _words()
    words = sentence.words[first:last]
    lower = [w.lower for w in words]
    if not german.PASSIVE_AUXILIARIES.isdisjoint(lower) and any(
            not w.capitalized and w.lower != w.lemma and w.lower.endswith(german.PAST_PARTICIPLE_ENDINGS)
            and any(k in verbs for k in verb_keys(w, None)) for w in words):
        return True
    return any(w in german.INSIDE_PREPOSITIONS and k + 1 < len(lower) and lower[k + 1] in german.ACCUSATIVE_ARTICLES
               and any(p in phases for p in lower[k + 2:k + 5]) for k, w in enumerate(lower))


CONCLUSION_TO_COME = declare("talks-conclusion-to-come", "talks status", "a verb of negotiating an agreement to its "
                             "end („aushandeln“, „ausverhandeln“: `talk_phase_words.tsv` conclude) in a clause of a "
                             "condition or a time to come („wenn“, „falls“, „sobald“, „bis“), whose object the sides "
                             "already own or the text already knows („ihr Abkommen“, „das Abkommen“), tells talks under "
                             "way whose end alone is to come: held: „Die Zölle fallen erst, wenn Chile und Peru ihr "
                             "Handelsabkommen ausverhandeln“; not a new agreement („…, wenn Chile und Peru ein Abkommen "
                             "aushandeln“: the talks may be still to come), not a demand, plan or modal („Die EU "
                             "forderte Chile und Peru auf, das Abkommen auszuhandeln“)")


# what opens the clause of a condition or of a time to come: „wenn“, „falls“, „sobald“, „bis“
CONDITION_OPENERS = german.CONDITIONALS | german.TIME_TO_COME_SUBORDINATORS


def conclusion_to_come(sentence: Sentence, i: int) -> bool:
    """The verb at `i` negotiates an agreement to its end in a clause of a condition or a time to come, which holds
    a definite or possessive determiner before an agreement's noun, its object."""
    words = sentence.words
    first, last = sentence.clause_of(i)
    opener = words[first + 1] if words[first].text == "," and first + 1 < last else words[first]
    if opener.lower not in CONDITION_OPENERS:
        return False        # "Die EU forderte sie auf, das Abkommen auszuhandeln": a demand, the talks to come
    particle = clause_particle(sentence, first, last)
    if not any(k in _concluding() for k in verb_keys(words[i], particle[0] if particle else None)):
        return False
    known = german.DEFINITE_ARTICLES | german.POSSESSIVES
    if not any(words[j].lower in known and _agreement_noun(words[j + 1].lower) for j in range(first, min(last, i) - 1)):
        return False
    fired(CONCLUSION_TO_COME)
    return True


@lru_cache(maxsize=1)
def _concluding() -> frozenset[str]:
    return resources.kind_words("talk_phase_words.tsv", "conclude")


def _agreement_noun(word: str) -> bool:
    """An agreement's noun, also closing a compound („Freihandelsabkommen“)."""
    return word.endswith(AGREEMENTS)

"""Talks whose participants a sentence names only by reference to the talks before it.

„Kerry traf Lawrow in Genf. Die beiden Minister wollen sich am Freitag erneut treffen.“ and
„Die Gespräche wurden telefonisch fortgesetzt.“ name no participant: they are the partners
of the talks just read. The words are in `kg/data/talks_anaphora.tsv`.

>>> from kg.extract.clauses import Sentence, make_word
>>> words = tuple(make_word(t, l, 0, 0) for t, l in
...               [("Die", "die"), ("beiden", "beide"), ("Minister", "minister"), ("telefonierten", "telefonieren")])
>>> s = Sentence(0, 0, 0, "", words, (), (), ((0, 4),))
>>> pair_anaphor(s, 3), by_phone(s, 3), continues(s, 3)
(True, False, False)
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.clauses import Actor, Sentence, Word, clause_has_verb
from kg.extract.lexicon import calendar_words
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired

PAIR_ANAPHOR = declare("talks-pair-anaphor", "talks participants", "„die beiden Minister“, „beide Seiten“ as "
                       "the talks' subject are the partners of the talks just read: „Kerry traf Lawrow. Die beiden "
                       "Minister wollen sich erneut treffen.“")
CONTINUED = declare("talks-continued", "talks participants", "talks continued without partners of their own are "
                    "held by the partners of the talks just read: „Die Gespräche wurden telefonisch fortgesetzt.“")
OBLIQUE = german.OBJECT_ARTICLES | german.GENITIVE_ARTICLES     # articles before "beiden" that are no subject

BY_PHONE = declare("talks-by-phone", "talks kind", "talks held „telefonisch“ or „am Telefon“ are a phone call: "
                   "„Merkel und Macron berieten telefonisch über die Lage.“")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in resources.rows("talks_anaphora.tsv"):
        table.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in table.items()}


def pair_anaphor(sentence: Sentence, cue: int) -> bool:
    """The cue's clause names two parties as its subject, "die beiden"/"beide" and a plural noun.

    Not a span of time ("in den beiden Tagen"), not a genitive or dative ("das Telefonat der
    beiden Politiker" may be an earlier one).
    """
    first, last = sentence.clause_of(cue)
    words = sentence.words
    pair, spans = _words()["pair"], calendar_words()["span"]
    return any(w.lower in pair and i + 1 < last and (words[i + 1].capitalized or _pronoun_pair(words, i, first))
               and words[i + 1].lower not in spans and (i == first or words[i - 1].lower not in OBLIQUE)
               for i, w in enumerate(words[first:last], first))


PAIR_PRONOUN = declare("talks-pair-pronoun", "talks participants", "„die beiden“ without a noun, opening the "
                       "clause before its verb, are the partners of the talks just read: „Kerry traf Lawrow in Genf. "
                       "Die beiden trafen sich am Dienstag erneut.“")


def _pronoun_pair(words: tuple[Word, ...], i: int, first: int) -> bool:
    """ "Die beiden trafen sich": "beiden" after the clause's first article, right before a verb."""
    if i != first + 1 or words[first].lower not in german.DEFINITE_ARTICLES or not words[i + 1].verbish:
        return False
    fired(PAIR_PRONOUN)
    return True


def by_phone(sentence: Sentence, cue: int) -> bool:
    """ "telefonisch" in the cue's clause."""
    first, last = sentence.clause_of(cue)
    phone = _words()["phone"]
    return any(w.lower in phone for w in sentence.words[first:last])


ANOTHER_ROUND = declare("talks-another-round", "talks participants", "a talks noun after an adjective of another "
                        "round („ein weiteres Treffen“, „ein neues Gespräch“, `talks_anaphora.tsv` another) naming no "
                        "other partner is new talks of the partners of the talks just read: „Max Muster und Hans Mayer "
                        "setzten sich für eine Stunde zusammen. Für kommenden Montag wurde ein weiteres Gespräch "
                        "vereinbart.“")


def another_round(sentence: Sentence, cue: int) -> bool:
    """The word right before the talks noun at `cue` is an adjective of another round ("ein weiteres Treffen")."""
    return cue > 0 and sentence.words[cue - 1].lower in _words()["another"]


def continues(sentence: Sentence, cue: int) -> bool:
    """A verb of continuing in the cue's clause ("fortgesetzt", "setzten … fort")."""
    return clause_has_verb(sentence, *sentence.clause_of(cue), continuing_verbs())


def continuing_verbs() -> frozenset[str]:
    """The verbs of going on with talks, as infinitives ("fortsetzen", "wiederaufnehmen")."""
    return _words()["continue"]


ROLE_OF_STATE = declare("talks-role-of-state", "talks participants", "a state in the genitive after a role noun "
                        "stands for the article's official of that state in that role: „die Außenminister "
                        "Frankreichs und Japans“ are the two foreign ministers where the article names them, also "
                        "after a preposition: „telefonierte mit dem Präsidenten Perus, Luis Andrade“")
LINKS = german.LIST_GLUE | german.GENITIVE_ARTICLES      # between a role noun and its coordinated genitives


def _role_before(sentence: Sentence, actor: Actor) -> str | None:
    """The role noun a genitive state follows ("die Außenminister Frankreichs und Japans" → "außenminister")."""
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    words = sentence.words
    for i in range(actor.first - 1, max(-1, actor.first - 9), -1):
        if i in covered or words[i].lower in LINKS:
            continue
        return words[i].lower if words[i].capitalized and words[i].text.isalpha() else None
    return None


def _holder(state: str, role: str, reading: EntityReading) -> str | None:
    """The one official of the article acting for `state` whose role is `role` (in any inflection)."""
    found = {e.key for e in reading.entities if e.type == "Official" and e.role and state in e.affiliations
             and (role.startswith(e.role.lower()) or e.role.lower().startswith(role))}
    return found.pop() if len(found) == 1 else None


def role_holders(sentence: Sentence, actors: list[Actor], reading: EntityReading) -> dict[str, tuple[str, str]]:
    """State key → the official it stands for and the rule that says so, for the genitive states after a role noun
    and the states of an adjective before one among `actors`."""
    out: dict[str, tuple[str, str]] = {}
    present = {a.key for a in actors}
    for actor in actors:
        if actor.type != "State":
            continue
        role, rule = _role_before(sentence, actor), ROLE_OF_STATE     # also after "mit": "mit dem Präsidenten Perus"
        if role is None:
            role, rule = _role_after(sentence, actor, actors, reading), ADJECTIVE_ROLE
        holder = _holder(actor.key, role, reading) if role else None
        if holder in present:
            fired(HOLDER_PRESENT)     # "Muster telefonierte mit ihrem polnischen Amtskollegen": not Muster herself
        elif holder is not None:
            out[actor.key] = (holder, rule)
    return out


HOLDER_PRESENT = declare("talks-holder-present", "talks guard", "a state that would stand for an official already "
                         "among the talks' participants stays the state (nobody meets himself): in „Kanzlerin Eva Muster "
                         "telefonierte mit ihrem polnischen Amtskollegen“ Poland stays the partner, also where the "
                         "article read Muster's own state wrongly as Poland")


ADJECTIVE_ROLE = declare("talks-adjective-role-holder", "talks participants", "a state read from an adjective before "
                         "a role noun („dem französischen Präsidenten“, „seinem russischen Amtskollegen“: the role of the "
                         "official he meets) stands for the article's one official of that state in that role, also "
                         "where he is named only later: „Kerry telefonierte mit seinem russischen Amtskollegen. Lawrow "
                         "sagte danach …“")
COLLEAGUES = frozenset(form.lower() for t in resources.load_titles() if t.official == "colleague"
                       for form in (t.title, t.feminine) if form)


def _role_after(sentence: Sentence, actor: Actor, actors: list[Actor], reading: EntityReading) -> str | None:
    """The role noun right after the adjective the state was read from („russischen Amtskollegen“), where no name
    follows it; a colleague's noun stands for the role of the other participants' official."""
    words = sentence.words
    at = actor.last + 1
    if actor.first != actor.last or not words[actor.first].text.islower() or at >= len(words) \
            or not words[at].capitalized or any(a.first == at + 1 for a in sentence.actors):
        return None
    noun = words[at].lower
    if not any(noun.startswith(c) for c in COLLEAGUES):
        return noun
    roles = {getattr(reading.entity(a.key), "role", None) for a in actors if a.type == "Official"} - {None}
    return roles.pop().lower() if len(roles) == 1 else None


def tells_again(sentence: Sentence) -> bool:
    """The sentence marks its talks as another round ("erneut", "die nächste Runde")."""
    again = _words()["again"]
    return any(w.lower in again for w in sentence.words)

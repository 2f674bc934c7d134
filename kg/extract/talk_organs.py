"""States and bodies that take part in talks through a role noun: „die Minister von X und Y“,
„mit seinen Kollegen aus Z“, „Delegationen aus Russland und der Ukraine“ (`kg/data/state_organs.tsv`).

>>> from kg.extract.clauses import clause_ranges, words_of
>>> ws = tuple(words_of("Kerry telefonierte mit seinen Kollegen aus Saudi-Arabien."))
>>> saudi = Actor("state:saudi-arabien", "State", 6, 6, "aus")
>>> from_state(Sentence(0, 0, 0, "", ws, (saudi,), (), tuple(clause_ranges(ws))), saudi).prep, organ_rule(saudi)
('mit', 'talks-colleague-from')
"""
from __future__ import annotations

from dataclasses import replace

from kg import german
from kg.extract.clauses import Actor, Sentence, Word
from kg.extract.lexicon import state_organs
from kg.extract.prepositions import governing_prep
from kg.extract.rules import declare
from kg.extract.talk_places import capital_hosts


FROM_STATE = declare("talks-colleague-from", "talks participants", "a state after a role noun and „aus“ fills "
                     "the noun's slot: „Kerry telefonierte mit seinen Kollegen aus Saudi-Arabien und der Türkei“")
LISTING = german.LIST_GLUE | german.PERSON_ARTICLES


ORGAN_VON = declare("talks-organ-von", "talks participants", "a state or organisation after a role noun and „von“ "
                    "fills the noun's slot: „Die Verteidigungsminister von Deutschland und Frankreich trafen sich“, "
                    "„traf sich mit Vertretern von Hamas und Fatah“")


def organ_rule(written: Actor) -> str:
    """The rule that gave an actor written after „aus“ or „von“ the slot of its role noun."""
    return FROM_STATE if written.prep in german.OUT_OF_PREPOSITIONS else ORGAN_VON


def from_state(sentence: Sentence, actor: Actor) -> Actor:
    """The actor with the slot of the role noun it comes from ("mit seinem Kollegen aus X" → "mit",
    "die Minister von X und Y" → the subject)."""
    if not (actor.type == "State" and actor.prep in german.SOURCE_PREPOSITIONS
            or actor.type == "Organization" and actor.prep in german.FROM_PREPOSITIONS):
        return actor
    words = sentence.words
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    at = next((i for i in range(actor.first - 1, max(-1, actor.first - 8), -1)
               if words[i].lower not in LISTING and i not in covered), None)
    if at is None or words[at].lower != actor.prep or at == 0:
        return actor
    noun = words[at - 1]
    if at - 1 in covered or not (noun.capitalized and is_organ(noun)):
        return actor        # "mit Flüchtlingen aus Syrien": people from a state are not it
    return replace(actor, prep=governing_prep(words, at - 1))


def organ_subjects(sentence: Sentence, first: int, cue: int) -> tuple[list[Actor], list[str]]:
    """The states a subject organ before the verb comes from, and the rules that read them: „Delegationen aus
    Russland und der Ukraine verhandelten“ (the organ is the subject, its states act through it)."""
    out, rules = [], []
    for written in sentence.actors_in(first, cue):
        actor = from_state(sentence, written)
        if actor is not written and actor.prep is None:
            out.append(actor)
            rules += [] if organ_rule(written) in rules else [organ_rule(written)]
    return out, rules


def is_organ(word: Word) -> bool:
    """A noun through which a state acts (`state_organs.tsv`: "Amtskollegen", "Vertreter", "Minister")."""
    feminine = word.lower[:-2] + "e" if word.lower.endswith(german.FEMININE_GE_ENDING) else word.lower     # "Amtskollegin"
    plural = word.lower.endswith((german.S_PLURAL_ENDING, german.ER_DATIVE_PLURAL_ENDING))    # "Regierungschefs", "Vertretern"
    singular = word.lower[:-1] if plural else word.lower
    return any(form.endswith(state_organs()) for form in (word.lower, word.lemma, feminine, singular))


CAPITAL_ORGAN = declare("talks-organ-of-capital", "talks participants", "a role noun with no state of its own after "
                        "„mit“ („mit der Regierung“, „mit Vertretern der Regierung“) in a clause that places the talks "
                        "in a state's capital is that state: „Kerry führte in Havanna Gespräche mit der Regierung“")


def capital_organ(sentence: Sentence, first: int, last: int) -> Actor | None:
    """The state of the capital words `first`..`last` name after „in“, as the partner a role noun after „mit“ in
    them stands for, where no actor covers the noun or the word after it."""
    words = sentence.words
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    for j in range(first + 1, last):
        if not words[j].capitalized or j in covered or j + 1 in covered or not is_organ(words[j]):
            continue
        prep = governing_prep(words, j)
        if prep not in german.WITH_PREPOSITIONS:
            continue
        hosts = capital_hosts(sentence, first, last, german.IN_PREPOSITIONS)
        return replace(hosts[0], first=j, last=j, prep=prep) if hosts else None
    return None


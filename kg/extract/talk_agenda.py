"""The state a body's own session is about takes part in it: a body met alone (`talk_summits.body_session`: „Die
Eurogruppe berät am Montag“) with „über“ or „zu“ and a State after the cue in its clause sits with that state:
„Der Währungsrat tagt am Freitag über Moldawien“ is a session of the council and Moldova; so does the State a loan
on its agenda is for („berät über einen Kredit für Moldawien“). A cue closing its clause has its topic before it
(„will über Moldawien beraten“).

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Der Währungsrat tagt über Moldawien."))
>>> people = (Actor("org:wr", "Organization", 1, 1, None), Actor("state:moldau", "State", 4, 4, "über"))
>>> [a.key for a in agenda_states(Sentence(0, 0, 0, "", ws, people, (), tuple(clause_ranges(ws))), 2)]
['state:moldau']
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.rules import declare, fired
from kg.extract.talk_aid import aid_recipients
from kg.extract.talk_cues import Cue, travel_cue
from kg.extract.talk_summits import BODY_ALONE

AGENDA_STATE = declare("talks-agenda-state", "talks participants", "a body's own session with „über“ or „zu“ and a "
                       "State after the cue in its clause sits with that state, a Session: „Der Währungsrat berät am Montag über "
                       "Moldawien“; a session about a matter names no state: „Der Währungsrat berät über die Zinsen“, nor does a journey „über“ a state: „Die Delegation reist über Moldawien weiter“")
AGENDA_AID = declare("talks-agenda-aid", "talks participants", "a body's own session „über“ a loan or rescue package "
                     "for a State (`aid_nouns.tsv`) sits with that state, a Session: „Der Währungsrat berät am Montag "
                     "über einen Kredit für Moldawien“; not aid for no state: „Der Währungsrat berät über Kredite für "
                     "Bauern“")
AGENDA_IDIOM = declare("talks-agenda-idiom-state", "talks participants", "a body's sitting named by a session noun "
                      "(„Sitzung“, the talks lexicon's Session) with the body its one participant, whose clause says "
                      "„es geht um“ a State, sits with that state: „Bei der Sitzung des Währungsrats am Montag geht es um "
                      "Moldawien“; not a matter the state only qualifies („geht es um die Flüchtlinge aus Moldawien“), "
                      "nor a meeting noun, whose topic need not attend („Beim Nato-Treffen ging es um Moldawien“)")
AGENDA_LIST = declare("talks-agenda-list-state", "talks participants", "a body's sitting named by a session noun in "
                     "the genitive after „Tagesordnung“ (`grammar_nouns.tsv`, agenda), the body its one participant, "
                     "sits with the State its clause names bare: „Moldawien steht auf der Tagesordnung der Sitzung der "
                     "Eurogruppe“; not a state after a preposition („Auf der Tagesordnung der Sitzung der Eurogruppe "
                     "steht die Hilfe für Moldawien“)")
AGENDA_RULES = frozenset({AGENDA_STATE, AGENDA_AID, AGENDA_IDIOM, AGENDA_LIST})     # the rules that make a body's sitting a Session
SESSION = "Session"      # the kind of a body's sitting with a state (`talks_lexicon.tsv`)
SITTING_KINDS = frozenset({"Meeting", SESSION})       # not a call („sprach über …“) nor a negotiation
AGENDA_PREPOSITIONS = german.ABOUT_PREPOSITIONS | german.PLAIN_TO_PREPOSITIONS


def with_agenda_state(sentence: Sentence, cue: Cue, people: list[Actor],
                      rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The body's session with the state its clause says it is about, and the rule."""
    if len(people) == 1 and BODY_ALONE.isdisjoint(rules):
        return _with_idiom_state(sentence, cue, people, rules)
    if len(people) != 1 or BODY_ALONE.isdisjoint(rules) or cue.entry.kind not in SITTING_KINDS or travel_cue(cue):
        return people, rules
    states, rule = agenda_states(sentence, cue.index), AGENDA_STATE
    if not states:
        states, rule = _aid_topic(sentence, cue.index), AGENDA_AID
    if not states:
        return people, rules
    fired(rule)
    rules = (*rules, rule)
    if states[0].first < cue.index:
        fired(FINAL_VERB)
        rules = (*rules, FINAL_VERB)
    return people + states, rules


def _with_idiom_state(sentence: Sentence, cue: Cue, people: list[Actor],
                      rules: tuple[str, ...]) -> tuple[list[Actor], tuple[str, ...]]:
    """The body of a session noun with the State „es geht um“ in the noun's clause names or that stands on its
    agenda, and the rule."""
    if cue.entry.match != "suffix" or cue.entry.kind != SESSION or people[0].type != "Organization":
        return people, rules
    state, rule = idiom_state(sentence, cue.index), AGENDA_IDIOM
    if state is None:
        state, rule = agenda_list_state(sentence, cue.index, people[0]), AGENDA_LIST
    if state is None:
        return people, rules
    fired(rule)
    return people + [state], (*rules, rule)


def agenda_list_state(sentence: Sentence, at: int, body: Actor) -> Actor | None:
    """The one bare State of the clause where the session noun at `at` follows „Tagesordnung“ and a genitive
    article („auf der Tagesordnung der Sitzung“)."""
    words = sentence.words
    if at < 2 or words[at - 1].lower not in german.GENITIVE_ARTICLES or words[at - 2].lower not in german.AGENDA_NOUNS:
        return None
    bare = [a for a in sentence.clause_actors(at) if a.prep is None and a.key != body.key]
    return bare[0] if len(bare) == 1 and bare[0].type == "State" else None


def idiom_state(sentence: Sentence, at: int) -> Actor | None:
    """The State right after „um“ (over an article) where „es“ and a form of „gehen“ stand together before it in the
    clause of the word at `at`: „geht es um Moldawien“, „es geht um die Ukraine“."""
    first, last = sentence.clause_of(at)
    words = sentence.words
    for k in range(first + 2, last - 1):
        pair = {words[k - 2].lower, words[k - 1].lower}
        if words[k].lower not in german.TOPIC_IDIOM_PREPOSITIONS or pair.isdisjoint(german.TOPIC_IDIOM_SUBJECTS) \
                or pair.isdisjoint(german.TOPIC_IDIOM_VERBS):
            continue
        start = k + 2 if words[k + 1].lower in german.ARTICLES else k + 1
        return next((a for a in sentence.actors_in(start, start + 1) if a.type == "State"), None)
    return None


def _aid_topic(sentence: Sentence, at: int) -> list[Actor]:
    """The State a loan or package is for, where „über“ opens the cue's topic (`_topic_start`)."""
    start, last = _topic_start(sentence, at), sentence.clause_of(at)[1]
    if not any(w.lower in german.ABOUT_PREPOSITIONS for w in sentence.words[start:last]):
        return []
    return aid_recipients(sentence, at, start)


def agenda_states(sentence: Sentence, at: int) -> list[Actor]:
    """The first State of the cue's topic (`_topic_start`) that follows „über“ or „zu“."""
    return [a for a in sentence.actors_in(_topic_start(sentence, at), sentence.clause_of(at)[1])
            if a.type == "State" and a.prep in AGENDA_PREPOSITIONS][:1]


FINAL_VERB = declare("talks-agenda-final-verb", "talks participants", "a body's session verb closing its clause has "
                     "its topic before it: „Die Eurogruppe will am Montag über Moldawien beraten“ sits with Moldova; a "
                     "verb with words after it has its topic after it: „Nach dem Bericht über Moldawien berät der "
                     "Währungsrat über die Zinsen“ names no state of the session")


def _topic_start(sentence: Sentence, at: int) -> int:
    """Where the topic of the cue at `at` may start: its clause's start where the cue closes the clause (a final
    verb: „will … über Moldawien beraten“), else right after the cue."""
    first, last = sentence.clause_of(at)
    return at + 1 if any(w.text.isalpha() for w in sentence.words[at + 1:last]) else first

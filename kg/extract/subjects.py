"""The sentence's subject and the actors coordinated with it, the named speaker of a report, and a
zu-infinitive: what the subject rules (`subject_rules`), the references (`references`) and the talks read.

>>> from kg.extract.clauses import Actor, Sentence, clause_ranges, words_of
>>> ws = tuple(words_of("Am Montag lehnte Moskau den Plan ab."))
>>> s = Sentence(0, 0, 0, "", ws, (Actor("state:russland", "State", 3, 3, None),), (), tuple(clause_ranges(ws)))
>>> main_subject(s).key
'state:russland'
"""
from __future__ import annotations

from typing import Sequence

from kg import german, resources
from kg.extract.clauses import (ACTOR_TYPES, COORDINATORS, DETERMINERS, PREPOSITIONS, Actor, Sentence, Word, answers,
                                dateline_end)
from kg.extract.lexicon import calendar_words
from kg.extract.prepositions import both_joined
from kg.extract.rules import declare, fired
from kg.german import CLAUSE_ADVERBS, OBJECT_PRONOUNS


REPORTING = resources.load_word_list("reporting_verbs.tsv")     # lemmas, `kg/data/reporting_verbs.tsv`


def reported_speaker(sentence: Sentence) -> Actor | None:
    """The named speaker of a sentence-final report ("…, sagte Merkel"), if any."""
    words = sentence.words
    for first, last in sentence.clauses[1:]:
        lead = first + 1 if words[first].text == "," else first
        if lead < last and words[lead].verbish and words[lead].lemma in REPORTING:
            actor = next((a for a in sentence.actors if lead < a.first <= lead + 6 and a.prep is None), None)
            if actor is not None and actor.type in ACTOR_TYPES:
                return actor
    return None


def coordinated_chain(sentence: Sentence, head: Actor, pool: list[Actor]) -> list[Actor]:
    """`head` and the actors coordinated with it ("die USA und die EU", "Frankreich, Deutschland und Russland")."""
    out = [head]
    last = organ = _organ_end(sentence.words, head)
    for actor in pool:
        end = _past_bracket(sentence.words, last)
        if actor.first <= end or actor.key == head.key:
            continue
        gap = sentence.words[end + 1:actor.first]
        if end != last and not _bracket_list(sentence.words, gap, actor):
            break
        if not gap and actor.resolved and head.resolved and actor.first == last + 1:
            out.append(actor)       # the two of „beide Seiten“
        elif gap and (_list_gap(gap) or _both_gap(sentence, end + 1, gap, actor)):
            # "Die Minister der USA und Russlands, Kerry und Lawrow, …": the names rename those before them
            out = [actor] if end + 1 in sentence.renaming else out + [actor]
        elif _titled(gap, actor):
            fired(CHAIN_TITLE)      # "die SPD und ihr Kandidat Martin Schulz"
            out.append(actor)
        elif _titled_listed(sentence.words, gap, actor):
            fired(CHAIN_TITLE_LIST)     # "Kanzler X, Ministerin Y und Minister Z"
            out.append(actor)
        else:
            break
        if end != last:
            fired(CHAIN_BRACKET)
        last = actor.last
    if organ != head.last and len(out) > 1:
        fired(CHAIN_ORGAN)
    return out


CHAIN_BRACKET = declare("chain-bracket", "subject", "a list goes on past a short bracket after a member (its "
                        "party, state or age, no verb): „Ralf Ostbeck (PVU) und Lena Marwitz (BLP) kritisierten die "
                        "Regierung“ → both; „Eva Kornfeld (54) und Tom Bauer (61)“")
_BRACKET_WORDS = 6


def _past_bracket(words: Sequence[Word], last: int) -> int:
    """The closing bracket of a short bracket right after word `last` (no verb, no nested bracket inside), else
    `last`."""
    opener = german.BRACKET_OPEN
    if last + 1 >= len(words) or words[last + 1].text != opener:
        return last
    closer = german.ASIDE_MARKS[opener]
    for k in range(last + 2, min(len(words), last + 3 + _BRACKET_WORDS)):
        if words[k].text == closer:
            return k if k > last + 2 else last
        if words[k].text == opener or words[k].verb_or_auxiliary:
            return last
    return last


def _bracket_list(words: Sequence[Word], gap: Sequence[Word], actor: Actor) -> bool:
    """After a bracket, a gap of only a comma (and articles) lists where the next member has its bracket too
    („X (PVU), Y (BLP) und Z“); else the name after the comma renames the phrase („Der Chef der Nordbank (NB),
    Max Muster, sagte …“)."""
    if any(w.text != "," and w.lower not in DETERMINERS for w in gap):
        return True
    return _past_bracket(words, actor.last) != actor.last


CHAIN_ADJECTIVE = declare("chain-adjective", "subject", "a list goes on over attributive adjectives after the "
                         "article of its next member: „Die rechte MHP und die säkulare CHP lehnten ab“ → both")
_LIST_WORDS = COORDINATORS | DETERMINERS | {","}


def _list_gap(gap: Sequence[Word]) -> bool:
    """The words between two listed actors: „und“ or a comma, determiners, and lower-case adjectives after a
    determiner („und die säkulare“), nothing else."""
    k = len(gap)
    while k > 1 and gap[k - 1].text.isalpha() and gap[k - 1].text.islower() and not gap[k - 1].verbish \
            and gap[k - 1].lower not in _LIST_WORDS and gap[k - 1].lower.endswith(german.ADJECTIVE_ENDINGS):
        k -= 1
    if k < len(gap) and gap[k - 1].lower not in DETERMINERS:
        return False
    if not (all(w.lower in _LIST_WORDS for w in gap[:k]) and any(w.lower in german.LIST_GLUE for w in gap[:k])):
        return False
    if k < len(gap):
        fired(CHAIN_ADJECTIVE)
    return True


def _both_gap(sentence: Sentence, start: int, gap: Sequence[Word], actor: Actor) -> bool:
    """The gap is „als auch“ of „sowohl … als auch“ (`clause-both-and`), determiners after it, and an official's
    title before his name („als auch Innenminister X“)."""
    if len(gap) < 2 or not both_joined(sentence.words, start + 1):
        return False
    rest = gap[2:]
    if rest and actor.type == "Official" and rest[-1].capitalized and rest[-1].text.isalpha():
        rest = rest[:-1]
    return all(w.lower in DETERMINERS for w in rest)


def coordinated_subjects(sentence: Sentence, head: Actor) -> list[Actor]:
    """`head` and the bare actors coordinated with it ("Merkel und Hollande")."""
    return coordinated_chain(sentence, head, [a for a in sentence.actors if a.prep is None])


CHAIN_ORGAN = declare("chain-state-organ", "subject", "a state adjective's phrase ends with the organ noun it "
                      "qualifies, and the list goes on after it: „Die kolumbianische Regierung und die FARC "
                      "verhandeln“")


def _organ_end(words: Sequence[Word], actor: Actor) -> int:
    """The last word of a state adjective's phrase: the organ noun after it and its adjectives („kolumbianische
    Regierung“; the actor reading keeps a state adjective only before a noun the state acts through)."""
    if actor.type != "State" or actor.resolved or actor.first != actor.last or not words[actor.last].text.islower():
        return actor.last
    k = actor.last + 1
    while k < len(words) and k - actor.last <= 3 and words[k].text.islower() and words[k].text.isalpha() \
            and words[k].lower.endswith(german.ADJECTIVE_ENDINGS):
        k += 1
    if k >= len(words) or not words[k].capitalized or not words[k].text.isalpha():
        return actor.last
    return k


CHAIN_TITLE = declare("chain-title", "subject", "an official coordinated with a title before his name is one of "
                      "the list: „Die SPD und ihr Kandidat Martin Schulz kritisierten Merkel“, „Trump und sein "
                      "Außenminister Tillerson“")


def _titled(gap: Sequence[Word], actor: Actor) -> bool:
    """The gap is „und“ (with determiners) and one capitalised word, the title of the official after it."""
    return _title_gap(gap, actor) and gap[0].lower in german.ADDITIVE_CONJUNCTIONS


def _title_gap(gap: Sequence[Word], actor: Actor) -> bool:
    """After its first word (the joiner), the gap is determiners and one capitalised word, the title of the
    official after it: „und ihr Kandidat“, „, Ministerin“."""
    return actor.type == "Official" and len(gap) >= 2 and gap[-1].capitalized and gap[-1].text.isalpha() \
        and all(w.lower in DETERMINERS for w in gap[1:-1])


CHAIN_TITLE_LIST = declare("chain-title-list", "subject", "officials each with a title before the name, listed by "
                           "commas up to an „und“, are one coordinated subject: „Kanzler Arno Pelzig, Ministerin Wiebke "
                           "Tarrow und Minister Jens Olbrich kritisierten die Türkei“ → all three, none the others' "
                           "target; not „Kanzler Arno Pelzig, Ministerin Wiebke Tarrow kritisierte …“ (no „und“)")
_LIST_REACH = 8     # words from a listed official to the „und“ that closes the list


def _titled_listed(words: Sequence[Word], gap: Sequence[Word], actor: Actor) -> bool:
    """The gap is a comma and the title of the official after it (determiners between), and an „und“ follows
    that official before any verb: the comma lists him."""
    if not (_title_gap(gap, actor) and gap[0].text == ","):
        return False
    for w in words[actor.last + 1:actor.last + 1 + _LIST_REACH]:
        if w.lower in german.ADDITIVE_CONJUNCTIONS:
            return True
        if w.verb_or_auxiliary:
            return False
    return False


def oblique_pronoun(sentence: Sentence, actor: Actor) -> bool:
    """An object pronoun read as an actor („ihn“, „ihm“): never a subject."""
    return actor.resolved and sentence.words[actor.first].lower in OBJECT_PRONOUNS


def main_subject(sentence: Sentence) -> Actor | None:
    """The subject of the sentence's first verb, when it is a named actor.

    The bare actor before that verb ("Russland bestreitet …"), or right after
    it when an adverbial opens the sentence ("Am Montag lehnte Moskau … ab");
    a sentence without a verb (a headline) gives its first bare actor.
    Borrowed by elliptic clauses and pronouns; asked about each sentence about three times (the sentence and the
    next two), read once.
    """
    known = answers(sentence, "main_subject")
    if None not in known:
        known[None] = _main_subject(sentence)
    return known[None]


def _main_subject(sentence: Sentence) -> Actor | None:
    words = sentence.words
    bare = [a for a in sentence.actors if a.prep is None and not oblique_pronoun(sentence, a)]
    if not bare:
        return None
    covered = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    verb = next((i for i, w in enumerate(words) if w.verbish and i not in covered), None)
    if verb is None:
        return bare[0]
    lead = dateline_end(words)
    heading = fused_heading(words, lead, verb)
    if heading is not None:     # „An uns nie gescheitert Für den Verband reagierte X“: X's sentence follows
        lead, bare = heading, [a for a in bare if a.first >= heading]
        verb = next((i for i, w in enumerate(words) if i > lead and w.verbish and i not in covered), len(words))
    before = [a for a in bare if a.last < verb]
    if before:
        return before[0]
    opener = words[lead] if lead < len(words) else words[0]
    spans = calendar_words().get("span", {})
    # "Einen Tag vor dem Gipfel hat der Ministerrat …": a fronted time span is adverbial too
    timed = any(w.lower in spans for w in words[lead:min(verb, lead + 3)])
    if opener.lower in CLAUSE_ADVERBS or opener.lower in PREPOSITIONS or opener.text[:1].isdigit() or timed \
            or genitive_phrase(words, lead, verb):
        return next((a for a in bare if verb < a.first <= verb + 4), None)
    return None


FUSED_HEADING = declare("subject-fused-heading", "subject", "a capitalised preposition after a word of the same "
                        "sentence, no later than right after its first verb, opens the sentence a crosshead without "
                        "a full stop runs into: its subject is that sentence's: „Nie gescheitert Für den Verband "
                        "sprach Vizepräsidentin Lea Kranz. Sie …“ (sie is Kranz)")


def fused_heading(words: Sequence[Word], lead: int, verb: int) -> int | None:
    """The index of the capitalised preposition that opens a sentence run into a crosshead before it, at most
    right after the first verb, else None."""
    for j in range(min(verb + 1, len(words) - 1), lead, -1):
        w = words[j]
        if w.text[:1].isupper() and w.lower in PREPOSITIONS and words[j - 1].text.isalpha() \
                and words[j + 1].text.islower():
            fired(FUSED_HEADING)
            return j
    return None


GENITIVE_OPENER = declare("subject-genitive-opener", "subject", "„während“ before a genitive opens a phrase, no "
                          "clause: the subject may follow the verb: „Während seines Besuchs in Berlin traf Erdogan "
                          "Merkel“, „Während seines Besuchs in Israel warb Ban für Frieden“ (Ban visits Israel)")


def genitive_phrase(words: Sequence[Word], lead: int, last: int) -> bool:
    """ "Während des/seines …": a preposition of the genitive, not the conjunction."""
    if not (lead + 1 < last and words[lead].lower in german.GENITIVE_SUBORDINATORS
            and words[lead + 1].lower in german.GENITIVE_DETERMINERS):
        return False
    fired(GENITIVE_OPENER)
    return True


def zu_infinitive(sentence: Sentence, cue: int) -> bool:
    """A zu-infinitive ("… zu kooperieren", "auszuüben", "verletzt zu haben", "treffen zu wollen"): its subject is
    the main clause's."""
    words = sentence.words
    if cue + 2 < len(words) and words[cue + 1].lower == german.INFINITIVE_PARTICLE \
            and words[cue + 2].lower in german.MODAL_INFINITIVES and words[cue].lower == words[cue].lemma:
        fired(MODAL_ZU)
        return True
    return (cue > 0 and words[cue - 1].lower == german.INFINITIVE_PARTICLE) or \
        (cue + 2 < len(words) and words[cue + 1].lower == german.INFINITIVE_PARTICLE
         and words[cue + 2].lower in german.PERFECT_INFINITIVES) or \
        _particle_zu(words[cue].lower)


def _particle_zu(low: str) -> bool:
    """ "auszuüben", and after two particles "wiederaufzunehmen", "wiederherzustellen": „zu“ after the particles.

    >>> _particle_zu("auszuüben"), _particle_zu("wiederaufzunehmen"), _particle_zu("aufzug")
    (True, True, False)
    """
    for p in german.SEPARABLE_PARTICLES:
        if low.startswith(p):
            rest = low[len(p):]
            if rest.startswith(german.INFINITIVE_PARTICLE) and len(rest) > 4:
                return True
            if any(rest.startswith(q + german.INFINITIVE_PARTICLE) and len(rest) > len(q) + 4
                   for q in german.SEPARABLE_PARTICLES):
                return True
    return False


MODAL_ZU = declare("zu-infinitive-modal", "subject", "an infinitive before „zu“ and a modal („telefonieren zu "
                   "wollen“, „treffen zu können“) is a zu-infinitive: its subject is the main clause's: „Merkel "
                   "kündigte an, am Freitag mit Putin telefonieren zu wollen“")

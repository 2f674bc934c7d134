"""A sentence's actor phrases, read from its actor mentions (`group_actors`): a state or body before an official
joins his phrase („Russlands Präsident X“, „US-Präsident X“), a national or a state adjective on a noun it does not
act through is no actor („der Argentinier“, „syrische Menschenrechtsgruppen“: `owner_adjectives`), and each phrase
takes the preposition that governs it (through an organ, a led group, a bracket, an apposition, a list).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import attrgetter
from typing import Iterable, Sequence

from kg import german, resources
from kg.extract.clauses import ACTOR_TYPES, BOUNDARY_PUNCT, Actor, Word, apposition_prep, renames_opening_phrase
from kg.extract.lexicon import seat_title, state_organs
from kg.extract.mentions import Mention
from kg.extract.prepositions import governing_prep
from kg.extract.reading import tables
from kg.extract.rules import declare, fired
from kg.nlp.orgheads import org_heads
from kg.german import (ADJECTIVE_ENDINGS, ATTRIBUTION_POSTPOSITION, COORDINATORS, DETERMINERS, LIST_SEPARATORS,
                       PREPOSITIONS, SINGULAR_OBJECT_ARTICLES)


def word_at(starts: Sequence[int], words: Sequence[Word], char: int) -> int:
    i = bisect.bisect_right(starts, char) - 1
    return max(0, min(i, len(words) - 1))


def _compound_title(words: Sequence[Word], actor: Actor) -> bool:
    """An official's phrase merged with the state or body of a hyphen compound at its first word („US-Präsident“)."""
    return actor.type == "Official" and actor.of is not None and "-" in words[actor.first].text


def _is_title_gap(words: Sequence[Word]) -> bool:
    """Words between a state and an official that make them one phrase ("Russlands Präsident")."""
    if len(words) > 3:
        return False
    for w in words:
        if w.text in BOUNDARY_PUNCT - {"-"} or w.lower in COORDINATORS or w.lower in PREPOSITIONS or w.verbish:
            return False
    return not words or words[-1].capitalized or words[-1].text.startswith("-")


def _two_titles(words: Sequence[Word], state: Actor, gap: Sequence[Word]) -> bool:
    """ „der russische Präsident Bundeskanzlerin Angela Merkel“, „der Kremlchef Kanzlerin Merkel“: a state
    adjective's title or a seat compound and, after it, the name's own title are two people's; the first is a
    title phrase with no name (`reference-title-phrase`)."""
    if state.first != state.last or not gap or not gap[-1].capitalized:
        return False
    word = words[state.first]
    return seat_title(word.lower) is not None or len(gap) >= 2 and word.text.islower() \
        and all(w.capitalized and w.text.isalpha() for w in gap[-2:])


COMPOUND_APART = declare("actor-compound-noun-apart", "actor", "guard: a compound that holds a state or body before "
                         "its own noun („EU-Gipfels“), followed by an official's own title and name, is no part of his "
                         "phrase: „traf am Rande des EU-Gipfels Kanzlerin Merkel“ (Merkel, not of the EU); not "
                         "„EU-Kommissarin Malmström“, whose compound is the title, nor „sein US-amerikanischer Amtskollege X“")


def _compound_apart(words: Sequence[Word], prev: Actor, gap: Sequence[Word]) -> bool:
    """The state or body is the prefix of a one-word compound and a title of the official's own stands between."""
    word = words[prev.first].text
    if prev.first != prev.last or not gap or "-" not in word or not word.rsplit("-", 1)[1][:1].isupper():
        return False        # „sein US-amerikanischer Amtskollege X“: an adjective, his own state
    fired(COMPOUND_APART)
    return True


PREPOSITION_OBJECT = declare("actor-state-after-preposition", "actor", "guard: a state written by its bare name "
                             "(no genitive -s, no adjective, no compound) right after a preposition is that "
                             "preposition's object, not the owner of the official named after it: „Gauck traf in "
                             "Indien Premierminister Modi“ (Modi; not „Indiens Premierminister“)")


def _preposition_object(words: Sequence[Word], prev: Actor, actor: Actor) -> bool:
    """The state is one capitalised word without a hyphen or a final „s“, after a preposition, apart from the
    official's phrase."""
    at = prev.first
    word = words[at]
    if prev.type != "State" or at != prev.last or at == 0 or prev.last >= actor.first or not word.capitalized \
            or "-" in word.text or word.lower.endswith("s") or words[at - 1].lower not in PREPOSITIONS:
        return False
    fired(PREPOSITION_OBJECT)
    return True


_ADJECTIVE = re.compile(r"sch(?:e|en|er|es|em)?$")


def _one_national(words: Sequence[Word], actor: Actor) -> bool:
    """One citizen, not his state: "empfing den Argentinier", "ein Belgier wurde festgenommen".

    The plural takes an -n in the dative ("den Amerikanern"), so "den/dem/ein … -er" is one person.
    """
    if actor.type != "State" or actor.first != actor.last or actor.first == 0:
        return False
    word = words[actor.first]
    before = actor.first - 1
    while before > 0 and before >= actor.first - 2 and words[before].text.islower() \
            and words[before].lower.endswith(ADJECTIVE_ENDINGS) and words[before].lower not in SINGULAR_OBJECT_ARTICLES:
        before -= 1         # "einen 23-jährigen Palästinenser", "einen jungen Israeli"
    return word.capitalized and "-" not in word.text and word.lower.endswith(german.ER_SUFFIX) \
        and words[before].lower in SINGULAR_OBJECT_ARTICLES


def _generic_adjective(words: Sequence[Word], actor: Actor) -> bool:
    """A state adjective on a noun it does not act through ("syrische Menschenrechtsgruppen")."""
    if actor.type != "State" or actor.first != actor.last:
        return False
    word = words[actor.first]
    if "-" in word.text or not _ADJECTIVE.search(word.lower):
        return False
    nxt = actor.last + 1
    shared = nxt + 1 < len(words) and words[nxt].lower in german.LIST_CONJUNCTIONS \
        and words[nxt + 1].text.islower() and _ADJECTIVE.search(words[nxt + 1].lower) is not None
    if shared:
        nxt += 2        # „österreichische und deutsche Firmen“: the adjectives share the noun
    while nxt < len(words) and words[nxt].text.islower() and _ADJECTIVE.search(words[nxt].lower) is None \
            and words[nxt].lower.endswith(german.ADJECTIVE_ENDINGS) and nxt - actor.last < 3 + 2 * shared:
        nxt += 1        # more adjectives: "ukrainischen neuen Regierung"
    if nxt >= len(words) or not words[nxt].capitalized or not words[nxt].text.replace("-", "").isalpha():
        return False
    generic = _generic_noun(words[nxt])
    if generic and shared:
        fired(COORDINATED_ADJECTIVES)
    return generic


COORDINATED_ADJECTIVES = declare("actor-coordinated-state-adjectives", "actor", "a state adjective joined by „und“ "
                                 "or „oder“ to another shares its noun, and acts through it only where that noun is an "
                                 "organ: „Österreichische und deutsche Speditionen verlangen Schadenersatz“ is no act "
                                 "of Österreich; „die serbischen und kroatischen Behörden“ still are the two states")


DATIVE_N = german.DATIVE_PLURAL_ENDINGS[0]     # „den Vertretern“, „den Angriffen“: a plural's dative adds -n


def _generic_noun(noun: Word) -> bool:
    """A state adjective's noun the state does not act through: no organ („Menschenrechtsgruppen“), also as a
    hyphen compound's head („Medizin-Nobelpreisträger“)."""
    organs = state_organs()
    if "-" in noun.text:        # a hyphen compound by its head: „britische Medizin-Nobelpreisträger“, „Militär-Offensive“
        generic = not noun.lower.rsplit("-", 1)[1].rstrip("s").endswith(organs)
        if generic:
            fired(ADJECTIVE_COMPOUND)
        return generic
    # "mit syrischen Regierungsvertretern", "bei türkischen Luftangriffen": a plural in -er or -e, its dative in -n
    dative = noun.lower.endswith(DATIVE_N) and noun.lower[:-1].endswith(organs)
    return not (noun.lower.endswith(organs) or noun.lemma.endswith(organs) or noun.lower.rstrip("s").endswith(organs)
                or dative)


ADJECTIVE_COMPOUND = declare("actor-adjective-compound-head", "actor", "a state adjective before a hyphen compound "
                             "acts through it only where its head is an organ or an act: „der britische "
                             "Medizin-Nobelpreisträger X“ is no act of Großbritannien, „die russische "
                             "Militär-Offensive“ is Russland's")


def _organ_before(words: Sequence[Word], first: int) -> int:
    """Index where a state-organ phrase before "in" + state starts ("die Regierung in Kiew"), else -1."""
    i = first - 1
    if i < 1 or words[i].lower not in german.INSIDE_PREPOSITIONS:
        return -1
    noun = words[i - 1]
    organs = state_organs()
    if noun.capitalized and noun.text.isalpha() and (noun.lower.endswith(organs) or noun.lemma.endswith(organs)):
        j = i - 1
        while j > 0 and (words[j - 1].lower in DETERMINERS or (words[j - 1].text.islower() and
                                                               words[j - 1].text.isalpha() and not words[j - 1].verbish
                                                               and words[j - 1].lower not in PREPOSITIONS)):
            j -= 1
        return j
    return -1


def group_actors(words: Sequence[Word], mentions: Iterable[Mention]) -> list[Actor]:
    """Actor phrases from the actor mentions of one sentence.

    A State or Organization directly before an Official ("Russlands Präsident
    Wladimir Putin", "US-Präsident Joe Biden") or in parentheses after one
    ("Olaf Scholz (SPD)") is part of the Official's phrase: the official acts.
    """
    return _with_prepositions(words, _merge_phrases(words, _raw_actors(words, mentions)))


def _raw_actors(words: Sequence[Word], mentions: Iterable[Mention]) -> list[Actor]:
    """One actor per actor mention (by word index), generic adjectives and single nationals left out."""
    starts = [w.start for w in words]
    raw: list[Actor] = []
    for m in mentions:
        if m.type not in ACTOR_TYPES or not words:
            continue
        first = word_at(starts, words, m.start)
        last = word_at(starts, words, max(m.start, m.end - 1))
        if raw and raw[-1].first == first and raw[-1].key == m.key:
            continue
        raw.append(Actor(m.key, m.type, first, last, None))
    # a state adjective inside a name („der Palästinensischen Regierung“) is no mention
    # (`kg.nlp.state_guards`), so no actor either
    return [a for a in raw if not _generic_adjective(words, a) and not _one_national(words, a)]


def owner_adjectives(words: Sequence[Word], mentions: Iterable[Mention]) -> list[Actor]:
    """State adjectives on a noun the state does not act through, with their preposition:
    „lehnte die peruanischen Vorschläge ab“ (the proposals are Peru's)."""
    starts = [w.start for w in words]
    out = []
    for m in mentions:
        if m.type != "State" or not words:
            continue
        first = word_at(starts, words, m.start)
        actor = Actor(m.key, m.type, first, first, None)
        if word_at(starts, words, max(m.start, m.end - 1)) == first and _generic_adjective(words, actor):
            out.append(replace(actor, prep=governing_prep(words, first)))
    return out


def _merge_phrases(words: Sequence[Word], raw: list[Actor]) -> list[Actor]:
    """A state or body before an official joins his phrase; a party in brackets after one is dropped."""
    merged: list[Actor] = []
    for actor in raw:
        if merged:
            prev = merged[-1]
            if _person_owner(words, prev, actor):
                merged[-1] = replace(actor, first=prev.first)
                continue
            if (actor.type == "Official" and prev.type in ("State", "Organization")) or \
                    (actor.type == "Organization" and prev.type == "State" and words[prev.first].text.islower()):
                gap = words[prev.last + 1:actor.first] if actor.first > prev.last else []
                if actor.first >= prev.first and _is_title_gap(gap) and not _two_titles(words, prev, gap) \
                        and not _compound_apart(words, prev, gap) and not _preposition_object(words, prev, actor):
                    merged[-1] = replace(actor, first=prev.first, of=prev.key)
                    continue
            if _member_compound(words, prev, actor):
                merged[-1] = replace(actor, first=prev.first)
                continue
            if _state_kind_compound(words, prev, actor):
                merged[-1] = replace(actor, first=prev.first, of=prev.key)
                continue
            if prev.type == "Official" and actor.type == "Organization":
                gap = [w.text for w in words[prev.last + 1:actor.first]]
                if gap == ["("] and actor.last + 1 < len(words) and words[actor.last + 1].text == ")":
                    continue
            if actor.key == prev.key and actor.first <= prev.last + 1:
                merged[-1] = replace(prev, last=max(prev.last, actor.last))
                continue
        merged.append(actor)
    return merged


PERSON_OWNER = declare("actor-person-genitive-owner", "actor", "a person named in the genitive right before one noun "
                       "and another person's name is an attribute of that name, no actor of his own: „Putins Sprecher "
                       "Igor Petrow kritisierte die Ukraine“ → Petrow; „Die Partei lobte Kanzler Merks Vorgänger Tim Rau“ "
                       "→ Rau; not „Tim Raus Regierung kritisierte …“ (no name after the noun)")
_PERSON_TYPES = frozenset({"Official", "Person"})


def _person_owner(words: Sequence[Word], prev: Actor, actor: Actor) -> bool:
    """`prev` a person whose last word ends in the genitive's „-s“, then one capitalised noun, then the person
    `actor`: „Putins Sprecher X“, „Hammerschmids Vorgängerin X“."""
    if prev.type not in _PERSON_TYPES or actor.type not in _PERSON_TYPES or actor.first != prev.last + 2:
        return False
    noun = words[prev.last + 1]
    if not (noun.capitalized and noun.text.isalpha() and words[prev.last].text.endswith(german.SHORT_GENITIVE_ENDING)):
        return False
    fired(PERSON_OWNER)
    return True


MEMBER_COMPOUND_ACTOR = declare("actor-member-compound", "actor", "an organisation's member compound before a "
                                "state names the state, not the body, as the actor: „Das Nato-Land Türkei protestierte“")


def _member_compound(words: Sequence[Word], prev: Actor, actor: Actor) -> bool:
    """ „Nato-Land Türkei“, „EU-Mitglied Ungarn“: the organisation only classifies the state after it."""
    if prev.type != "Organization" or actor.type != "State" or prev.first != prev.last or \
            actor.first != prev.last + 1:
        return False
    word = words[prev.last].text
    if "-" not in word or word.rsplit("-", 1)[1] not in tables().member_words:
        return False
    fired(MEMBER_COMPOUND_ACTOR)
    return True


STATE_KIND_COMPOUND = declare("actor-state-kind-compound", "actor", "a state before the hyphen of an organisation's "
                              "kind noun right before the organisation's name only says where it is from: „Die "
                              "Gewerkschaft rief zu Streiks beim US-Versandhändler Brantel auf“ (Brantel, not the "
                              "USA); not a noun of no organisation's kind („die US-Sanktionen Brantel betreffend“)")


def _state_kind_compound(words: Sequence[Word], prev: Actor, actor: Actor) -> bool:
    """ „US-Versandhändler Brantel“, „des US-Konzerns Brantel“: the state is the prefix of a one-word compound whose
    head is a noun of an organisation's kind, and the organisation's name follows it."""
    if prev.type != "State" or actor.type != "Organization" or prev.first != prev.last or actor.first != prev.last + 1:
        return False
    word = words[prev.last].text
    if "-" not in word or org_heads().kind(word.rsplit("-", 1)[1]) is None:
        return False
    fired(STATE_KIND_COMPOUND)
    return True


def _with_prepositions(words: Sequence[Word], merged: list[Actor]) -> list[Actor]:
    """Each actor with the preposition governing it ("()" inside brackets, through an organ before it)."""
    if not merged:
        return []       # most sentences name no actor: no bracket scan for them
    inside = _bracket_openers(words)
    listed = frozenset(i for a in merged for i in range(a.first, a.last + 1))
    starts = frozenset(a.first for a in merged)
    out: list[Actor] = []
    for actor in merged:
        if actor.first in inside:
            # a parenthesis ("22 sind Nato-Mitglieder") is an aside, unless it lists the group before it
            prep = _listed_members_prep(words, inside[actor.first], merged)
            out.append(replace(actor, prep=_group_apposition_prep(words, actor, listed, starts) or prep))
            continue
        prep = None if _relative_subject(words, actor) else governing_prep(words, actor.first,
                                                                           _compound_title(words, actor))
        organ = _organ_before(words, actor.first) if prep in german.INSIDE_PREPOSITIONS and actor.type == "State" else -1
        if organ >= 0:
            # "die Regierung in Kiew", "ein Gericht in Pjöngjang": the state acts through the organ
            out.append(replace(actor, first=organ, prep=governing_prep(words, organ)))
            continue
        group = _led_group(words, actor, merged) if prep in german.PLAIN_FROM_PREPOSITIONS else -1
        if group >= 0:
            # "eine von Riad geführte Militärallianz": Riad leads it and acts through it, the phrase is his
            start = actor.first - 1 - (words[actor.first - 1].lower in DETERMINERS)     # at „von“
            actor = replace(actor, first=start, last=group)
            prep = governing_prep(words, start)
        if prep is None and out and out[-1].prep is not None and _carries_over(words[out[-1].last + 1:actor.first]) \
                and not renames_opening_phrase(words, actor.first - 1):
            prep = out[-1].prep     # "mit Merkel und seinem Amtskollegen Gauck": the preposition carries over
        if prep is None:
            prep = apposition_prep(words, actor.first) or _group_apposition_prep(words, actor, listed, starts)
        if prep is None and actor.last + 1 < len(words) and words[actor.last + 1].lower == ATTRIBUTION_POSTPOSITION:
            prep = words[actor.last + 1].lower      # "Der Nato zufolge": a source, not a subject
        out.append(actor if prep == actor.prep else replace(actor, prep=prep))     # a copy only where it changes
    return out


GROUP_APPOSITION = declare("clause-group-apposition", "clause", "two or more actors listed in brackets or between "
                           "commas right after a noun that names no actor rename that noun and take its preposition: "
                           "„Peru verhandelt mit den Gläubigern (Weltbank und IWF)“, „mit seinen Geldgebern, der "
                           "Weltbank und dem IWF, über Kredite“; not a list that opens a clause of its own („mit den "
                           "Gläubigern, die Weltbank und der IWF verlangen …“), not one bracketed name („mit dem "
                           "Parteichef (SPD)“, „der Minister (Max Muster, SPD)“: two listed need „und“)")
APPOSITION_CLOSERS = {"(": frozenset({")"}), ",": frozenset({",", "."})}
GROUP_REACH = 12        # words at most in the listed apposition


def _group_apposition_prep(words: Sequence[Word], actor: Actor, listed: frozenset[int],
                           starts: frozenset[int]) -> str | None:
    """The preposition of the noun (no actor, after a lower-case word) before the bracket or comma that opens the list
    of two or more actors `actor` stands in, where the list is closed by its closing mark (a comma: one after which
    the clause goes on, or the sentence's end); `listed`: the words of the sentence's actors, `starts`: their first
    words."""
    glue = german.LIST_SEPARATORS | DETERMINERS

    def in_list(i: int) -> bool:
        return i in listed or words[i].lower in glue
    opener = actor.first - 1
    while opener >= max(0, actor.first - GROUP_REACH) and in_list(opener) \
            and not (words[opener].text == "," and opener > 0 and opener - 1 not in listed):
        opener -= 1
    if opener < 2 or words[opener].text not in APPOSITION_CLOSERS or opener - 1 in listed \
            or not words[opener - 1].capitalized or not words[opener - 1].text.isalpha() \
            or not (words[opener - 2].text.islower() and words[opener - 2].text.isalpha()):
        return None         # the noun heads its phrase (after an article, adjective or preposition), no name
    closer = actor.last + 1
    while closer < min(len(words), actor.last + GROUP_REACH) and in_list(closer) \
            and not (words[closer].text == "," and (closer + 1 >= len(words) or closer + 1 not in listed
                                                   and words[closer + 1].lower not in glue)):
        closer += 1
    if closer >= len(words) or words[closer].text not in APPOSITION_CLOSERS[words[opener].text]:
        return None
    if words[closer].text == "," and (closer + 1 >= len(words) or words[closer + 1].verbish
                                      or words[closer + 1].lower in german.SUBORDINATORS):
        return None         # "mit den Gläubigern, die Weltbank und der IWF verlangen …": a new clause
    count = sum(1 for i in range(opener + 1, closer) if i in starts)
    joined = any(w.lower in german.LIST_CONJUNCTIONS for w in words[opener + 1:closer])
    if count < 2 or (count == 2 and not joined):
        return None         # "der Finanzminister (Max Muster, SPD)": a name and its party, no list
    prep = governing_prep(words, opener - 1)
    if prep is not None:
        fired(GROUP_APPOSITION)
    return prep


LED_GROUP = declare("clause-led-group", "clause", "an actor after „von“ before a participle of leading and a "
                    "noun that names no actor stands for the group it leads, governed as that group is: „Im März "
                    "startete eine von Riad geführte Militärallianz Angriffe“ (Riad acts, no agent after „von“); not "
                    "„die von Juncker geführte EU-Kommission“ (the Commission acts)")


LEADING_PARTICIPLES = resources.load_word_list("leading_participles.tsv")


def _led_group(words: Sequence[Word], actor: Actor, actors: Sequence[Actor]) -> int:
    """The index of the group noun after a participle of leading right after the actor (over adjectives): a
    capitalised noun no actor covers; else -1."""
    k = actor.last + 1
    if k >= len(words) or not any(words[k].lower == p + e for p in LEADING_PARTICIPLES for e in ("", *ADJECTIVE_ENDINGS)):
        return -1
    k += 1
    while k < len(words) and words[k].text.islower() and words[k].lower.endswith(ADJECTIVE_ENDINGS):
        k += 1
    if k < len(words) and words[k].capitalized and words[k].text.replace("-", "").isalpha() \
            and not any(a.first <= k <= a.last for a in actors):
        fired(LED_GROUP)
        return k
    return -1


RELATIVE_NAME_SUBJECT = declare("clause-relative-name-subject", "clause", "a person's name right after a "
                                "preposition and a relative pronoun opening a clause is its subject, not governed by "
                                "the preposition (a name takes no article): „Putin, mit dem Merkel telefonierte, …“")
PERSON_TYPES = frozenset({"Official", "Person"})


def _relative_subject(words: Sequence[Word], actor: Actor) -> bool:
    """A person's name after ", mit dem": the pronoun belongs to the preposition, the name is the clause's subject."""
    at = actor.first
    if actor.type not in PERSON_TYPES or at < 3 or words[at - 1].lower not in german.RELATIVES \
            or words[at - 2].lower not in german.PREPOSITIONS or words[at - 3].text != ",":
        return False
    fired(RELATIVE_NAME_SUBJECT)
    return True


_TEXT = attrgetter("text")


def _bracket_openers(words: Sequence[Word]) -> dict[int, int]:
    """Each word inside brackets → the index of its outermost opening bracket."""
    if "(" not in map(_TEXT, words):       # most sentences: one scan in C, none in Python
        return {}
    depth, opener, inside = 0, -1, {}
    for i, w in enumerate(words):
        if w.text == "(" and depth == 0:
            opener = i
        depth += (w.text == "(") - (w.text == ")")
        if depth > 0:
            inside[i] = opener
    return inside


BRACKET_MEMBERS = declare("actor-bracket-members", "actor", "actors listed in brackets opened by „mit“ "
                          "after an unnamed group are its members and take its role: „eine Gruppe der Staaten (mit "
                          "Merkel, Davutoglu und Hollande) wollte zusammenkommen“")


def _listed_members_prep(words: Sequence[Word], opener: int, actors: Sequence[Actor]) -> str | None:
    """The preposition of the unnamed noun phrase before a "(mit …" bracket for its members, else "()"."""
    if opener + 1 >= len(words) or words[opener + 1].lower not in german.WITH_PREPOSITIONS or opener == 0 \
            or not _in_actor(actors, opener + 2):
        return "()"         # "(mit Ausnahme Ungarns)": no list of names
    noun = words[opener - 1]
    if _in_actor(actors, opener - 1) or not (noun.capitalized and noun.text.isalpha()):
        return "()"         # "Toronto Maple Leafs (mit Grabner)": a player of the named team
    fired(BRACKET_MEMBERS)
    return governing_prep(words, opener - 1)


def _in_actor(actors: Sequence[Actor], i: int) -> bool:
    """Word i is part of one of the actors."""
    return any(a.first <= i <= a.last for a in actors)


_CLAUSE_OPENERS = german.SUBORDINATORS | german.RELATIVE_ADVERBS


def _carries_over(gap: Sequence[Word]) -> bool:
    """A short list gap ("und seinem Amtskollegen") across which a preposition governs the next actor; not one
    opening a clause („gegen die Resolutionen, weshalb der Rat …“)."""
    return bool(gap) and all(w.lower in LIST_SEPARATORS or w.lower in DETERMINERS
                             or (w.text.isalpha() and not w.verbish and w.lower not in PREPOSITIONS
                                 and w.lower not in _CLAUSE_OPENERS) for w in gap) \
        and any(w.lower in LIST_SEPARATORS for w in gap) and len(gap) <= 4

"""How a talk's participants group into meetings: coordinated actors, two groups joined by „sowie“,
one official meeting several officials (one talk with each), a listed genitive side meeting partners „mit“.

>>> from kg.extract.talk_groups import bilateral
>>> from kg.extract.clauses import Actor
>>> a, b, c = (Actor(k, "Official", i, i, None) for i, k in enumerate("abc"))
>>> [[x.key for x in g] for g in bilateral([a, b, c])]
[['a', 'b'], ['a', 'c']]
"""
from __future__ import annotations

from kg import german
from kg.extract.clauses import Actor, Sentence
from kg.extract.prepositions import word_before_modifiers
from kg.extract.rules import declare, fired
from kg.extract.talk_links import LINKED_LIST, LINKED_PARTNER


BILATERAL = declare("talks-bilateral", "talks participants", "one official meeting several officials "
                    "„mit A und B“ holds separate talks with each")


def coordinated(sentence: Sentence, people: list[Actor]) -> bool:
    """The first two actors are joined by „und“ ("Putin und Erdogan")."""
    return any(w.lower in german.ADDITIVE_CONJUNCTIONS for w in sentence.words[people[0].last + 1:people[1].first])


TWO_GROUPS = declare("talks-two-groups", "talks participants", "two groups of negotiators joined by „sowie“, "
                     "each named by its own noun, hold two meetings: „Die Außenminister Russlands und der USA sowie "
                     "die Verteidigungsminister Chinas und Indiens trafen sich“")


def second_group(sentence: Sentence, people: list[Actor], cue: int) -> list[Actor]:
    """The subjects and a second group after „sowie“ and a noun before the verb ("X und Y sowie Vertreter Z und W")."""
    if len(people) < 2:
        return people
    taken = {a.key for a in people}
    more = [a for a in sentence.actors_in(people[-1].last + 1, cue) if a.prep is None and a.key not in taken]
    return people + more if len(two_groups(sentence, people + more)) > 1 else people


def two_groups(sentence: Sentence, people: list[Actor]) -> list[list[Actor]]:
    """The groups of `people` split at a „sowie“ followed by a noun of their own, each of two or more."""
    words = sentence.words
    cuts = [i for i in range(1, len(people))
            if any(w.lower in german.AS_WELL_AS and any(x.capitalized and x.text.isalpha() for x in words[j + 1:people[i].first])
                   for j, w in enumerate(words[people[i - 1].last + 1:people[i].first], people[i - 1].last + 1))]
    bounds = [0, *cuts, len(people)]
    groups = [people[a:b] for a, b in zip(bounds, bounds[1:])]
    return groups if cuts and all(len(g) >= 2 for g in groups) else [people]


GAPPED_PAIR = declare("talks-gapped-pair", "talks participants", "coordinated subjects of a talks verb and a "
                     "verbless clause after it that opens with a place and names a new coordinated pair: two talks, "
                     "each pair in its place: „In Lima verhandelten Chile und Peru, in Asunción Bolivien und "
                     "Paraguay“; not a pair after a partner of one subject („Chile verhandelte mit Peru, in Asunción "
                     "Bolivien und Paraguay“)")


def clause_groups(sentence: Sentence, people: list[Actor]) -> list[list[Actor]]:
    """`people` grouped by the clause each stands in (the subjects, then each gapped pair)."""
    groups: dict[tuple[int, int], list[Actor]] = {}
    for actor in people:
        groups.setdefault(sentence.clause_of(actor.first), []).append(actor)
    return list(groups.values())


JOINT_LINKED = declare("talks-joint-linked", "talks participants", "a talks noun whose genitive (or „von“) lists "
                       "two or more actors and that names partners „mit“ is one meeting of all, not one per partner: "
                       "„Der Gipfel von Merkel und Hollande mit Putin“")


JOINT_LIST = declare("talks-joint-list", "talks participants", "a talks noun whose genitive (or „von“) lists "
                     "several officials is one meeting of all, not one of the first with each other: „Für Donnerstag "
                     "ist ein Gipfeltreffen von Merkel, Hollande, Putin und Poroschenko in Minsk geplant“")


def joint_linked(rules: tuple[str, ...]) -> tuple[str, ...]:
    """The rules, with `JOINT_LINKED` where a listed genitive side meets partners "mit" (one meeting of all), and
    `JOINT_LIST` where the listed side is all (one meeting of all too).

    Example: „Der Gipfel von Merkel und Hollande mit Putin“ read by talks-linked-list and talks-linked-partner.
    """
    if LINKED_LIST not in rules:
        return rules
    joint = JOINT_LINKED if LINKED_PARTNER in rules else JOINT_LIST
    fired(joint)
    return (*rules, joint)


def bilateral(people: list[Actor]) -> list[list[Actor]]:
    """One official meeting several officials "mit A und B" held separate talks with each."""
    if len(people) > 2 and all(a.type == "Official" for a in people):
        return [[people[0], other] for other in people[1:]]
    return [people]


PARTY_ROUNDS = declare("talks-party-rounds", "talks participants", "one side's talks named by a noun „mit“ several "
                       "parties are held with each party apart, as coalition soundings go party by party: „Nach den "
                       "Sondierungsgesprächen mit der Volkspartei und den Liberalen zog Bürgermeisterin Huber Bilanz“ "
                       "are her talks with each; a verb („verhandelte mit A und B“) may be one round of three")


def party_rounds(people: list[Actor], kinds: list[str | None], noun: bool) -> list[list[Actor]]:
    """The first of `people` (not „mit“) with each of the others, where the cue is a noun and every other is a party
    („mit“) whose organisation kind `kinds` gives."""
    if noun and len(people) > 2 and people[0].prep not in german.WITH_PREPOSITIONS \
            and all(a.prep in german.WITH_PREPOSITIONS and kind == "party" for a, kind in zip(people[1:], kinds[1:])):
        return [[people[0], other] for other in people[1:]]
    return [people]


ONE_MEETING = declare("talks-one-meeting-noun", "talks participants", "a talks noun in the singular (its determiner, "
                      "over adjectives, says so: „das“, „ein“, „einem“, „beim“, „seinem“) that names several partners "
                      "is one meeting of all, not one per partner: „Das Treffen von Kanzlerin Merkel mit Präsident "
                      "Hollande und Premier Renzi dauerte zwei Stunden“; the plural „Nach seinen Gesprächen mit Hollande "
                      "und Renzi“ and the verb „Merkel traf Hollande und Renzi“ stay one talk with each")


def one_meeting(sentence: Sentence, at: int, noun: bool) -> bool:
    """The talks cue at `at` is a noun whose determiner, over its adjectives, marks the singular („dem ersten
    Treffen“)."""
    if not noun or at == 0:
        return False
    k = word_before_modifiers(sentence.words, at, False)
    if k < 0 or sentence.words[k].lower not in german.SINGULAR_DETERMINERS:
        return False
    fired(ONE_MEETING)
    return True


PARTNERS_ONLY = declare("talks-partners-only", "talks participants", "a talks noun whose participants are all its "
                        "partners „mit“ (no owner, no subject among them) names no one who meets each: one meeting of "
                        "all: „Der Gipfel mit Kanzlerin Merkel, Präsident Hollande und Präsident Putin findet am Freitag "
                        "statt“; „Merkel traf sich mit Hollande und Renzi“ stays one talk with each")


def partners_only(people: list[Actor], noun: bool) -> bool:
    """The talks cue is a noun and every participant stands after „mit“."""
    if not noun or not all(a.prep in german.WITH_PREPOSITIONS for a in people):
        return False
    fired(PARTNERS_ONLY)
    return True

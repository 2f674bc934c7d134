"""Participants as entity keys: joint bodies named by their members („Nato-Russland-Rat“) split into them,
news media left out, a whole government („Bundesregierung“) that meets another state taken as its state, and the
article's actors named as the parts of a hyphenated talks noun („Obama-Putin-Treffen“).

>>> from kg.facts import Entity
>>> council, nato, russia = (Entity("org:nato-russland-rat", "Organization", "Nato-Russland-Rat"),
...                          Entity("org:nato", "Organization", "Nato"), Entity("state:russland", "State", "Russland"))
>>> reading = EntityReading((council, nato, russia), (), ())
>>> _members(council.key, reading, actor_names(reading))
['org:nato', 'state:russland']
"""
from __future__ import annotations

from dataclasses import replace

from kg import resources
from kg.extract.clauses import ACTOR_TYPES, Actor, Sentence
from kg.extract.mentions import EntityReading
from kg.extract.rules import declare, fired
from kg.facts import Entity, Talks
from kg.nlp.orgheads import org_heads


def actor_names(reading: EntityReading) -> dict[str, str]:
    """Lower-cased names and aliases → entity key, for splitting compounds."""
    table: dict[str, str] = {}
    for entity in reading.entities:
        if entity.type in ACTOR_TYPES:
            for name in (entity.name, *entity.aliases):
                table.setdefault(name.lower(), entity.key)
    return table


def _members(key: str, reading: EntityReading, names: dict[str, str]) -> list[str]:
    """A joint body named by its members ("Nato-Russland-Rat") stands for them in talks."""
    entity = reading.entity(key)
    if entity is None or entity.type != "Organization" or "-" not in entity.name:
        return [key]
    parts = entity.name.split("-")[:-1]
    keys = [names.get(p.lower()) or names.get(p.lower().rstrip("s")) for p in parts]
    if len(keys) >= 2 and all(keys):
        return [k for k in keys if k]
    return [key]


MEDIA_NAME = declare("talks-media-name", "talks participants", "an organisation whose name ends in a noun of the "
                     "press („…zeitung“, „…magazin“) is a medium, no party to talks: „meinte Eva Beispiel "
                     "im Gespräch mit der Stuttgarter Tageszeitung“")


def medium(entity: Entity | None) -> bool:
    """A news medium: by its kind, or by the press noun its name ends in."""
    if entity is None or entity.type != "Organization":
        return False
    if entity.kind == "media":
        return True
    if org_heads().kind(entity.name.rsplit(" ", 1)[-1]) != "media":
        return False
    fired(MEDIA_NAME)
    return True


RELATED_PARTY = declare("talks-related-party", "talks participants", "an organisation or state named only as the first "
                        "part of a hyphen compound whose last part names another party tied to it (`related_party_nouns.tsv`: "
                        "„-Aktionär“, „-Eigentümer“, „-Tochter“, „-Gläubiger“) takes no part in the talks of that party: "
                        "„Brantel-Aktionär Nordfonds verhandelt mit Italien“ is no negotiation of Brantel; "
                        "„Brantel-Chef Max Muster verhandelt mit Italien“ still speaks for Brantel")
RELATED_NOUNS = resources.listed_words("related_party_nouns.tsv")


def related_party(sentence: Sentence, actor: Actor) -> bool:
    """The actor is written only as the first part of one hyphen compound ending in a noun of a related party:
    „Brantel-Aktionär“, „Österreich-Tochter“."""
    text = sentence.words[actor.first].text
    return actor.first == actor.last and "-" in text and text.rsplit("-", 1)[1] in RELATED_NOUNS


def without_related_parties(sentence: Sentence, people: list[Actor]) -> list[Actor]:
    """The participants without an actor written as one hyphen compound ending in a noun of a related party."""
    kept = [a for a in people if not related_party(sentence, a)]
    if len(kept) < len(people):
        fired(RELATED_PARTY)
    return kept


def participant_keys(actors: list[Actor], reading: EntityReading) -> list[str]:
    """Participant keys: joint bodies split into members, news media left out."""
    names = actor_names(reading) if any("-" in a.key for a in actors) else {}
    out: list[str] = []
    for actor in actors:
        if medium(reading.entity(actor.key)):
            continue
        out += _members(actor.key, reading, names)
    return out


COMPOUND_NAMES = declare("talks-compound-names", "talks participants", "the article's actors named as parts of a "
                         "hyphenated talks noun take part: „Obama-Putin-Treffen in Peking“, „das Merkel-Macron-Telefonat“")


def compound_parties(sentence: Sentence, cue: int, reading: EntityReading) -> list[Actor]:
    """The actors whose names or aliases are the parts before the last of the hyphenated cue word (two or more)."""
    names = {**_surnames(reading), **actor_names(reading)}
    keys = [names.get(part.lower()) for part in sentence.words[cue].text.split("-")[:-1]]
    if len(keys) < 2 or not all(keys):
        return []
    return [Actor(k, reading.entity(k).type, cue, cue, None) for k in dict.fromkeys(keys) if k]


def _surnames(reading: EntityReading) -> dict[str, str]:
    """Lower-cased surnames (last name words) of the article's persons → key, where one person has it."""
    found: dict[str, set[str]] = {}
    for e in reading.entities:
        if e.type in ("Official", "Person") and " " in e.name:
            found.setdefault(e.name.rsplit(" ", 1)[1].lower(), set()).add(e.key)
    return {name: keys.pop() for name, keys in found.items() if len(keys) == 1}


GOVERNMENT_STATE = declare("talks-government-state", "talks participants", "a state's government named as a body "
                           "of its own, by a name ending in a word of the government as a whole („Bundesregierung“, "
                           "`government_words.tsv`: seat and leader), takes part in talks with another state as its "
                           "state, as „die deutsche Regierung“ does: „Wien – Die Bundesregierung verhandelt mit "
                           "Ungarn über Gaslieferungen“ → Österreich and Ungarn; not in talks without a foreign state "
                           "(„… verhandelt mit der Ärztekammer“), not a Land's („die steirische Landesregierung“)")
# the words naming a government as a whole: its seat and its leadership at once („Regierung“, „Administration“)
_WHOLE_GOVERNMENT = tuple(sorted(r["word"].casefold() for r in resources.rows("government_words.tsv")
                                 if r["seat"] == r["leader"] == "yes"))


def _government_state(entity: Entity | None, reading: EntityReading) -> str | None:
    """The state a government body acts for as a whole: its one State affiliation, where its name ends in a word of
    the whole government."""
    if entity is None or entity.type != "Organization" or entity.kind != "government" \
            or not entity.name.casefold().endswith(_WHOLE_GOVERNMENT) or len(entity.affiliations) != 1 \
            or _type(entity.affiliations[0], reading) != "State":
        return None
    return entity.affiliations[0]


def governments_as_states(talks: Talks, reading: EntityReading) -> Talks:
    """The talks with each whole government that meets another state replaced by its own state."""
    homes = {k: _government_state(reading.entity(k), reading) for k in talks.participants}
    states = {k for k in talks.participants if _type(k, reading) == "State"}
    swapped = {k: home for k, home in homes.items() if home is not None and states - {home}}
    if not swapped:
        return talks
    fired(GOVERNMENT_STATE)
    keys = tuple(dict.fromkeys(swapped.get(k, k) for k in talks.participants))
    return replace(talks, participants=keys, rules=(*talks.rules, GOVERNMENT_STATE))


def _type(key: str, reading: EntityReading) -> str | None:
    entity = reading.entity(key)
    return None if entity is None else entity.type

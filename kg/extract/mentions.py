"""What the entity stage hands to the talks and events stages."""
from __future__ import annotations

from dataclasses import dataclass

from kg.facts import Entity, EntityType, Relation, entity_key

_STATE_PREFIX = entity_key("State", "x")[:-1]        # "state:"


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the text (character offsets into Article.text, end exclusive)."""

    start: int
    end: int
    key: str
    type: EntityType
    text: str


@dataclass(frozen=True)
class EntityReading:
    """The entities of one article, their relations, and every mention in text order."""

    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    mentions: tuple[Mention, ...]

    def entity(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)

    def states_of(self, key: str) -> list[str]:
        """The keys of the states the entity acts for (its affiliations that are states), in their order:
        none for an entity tied to no state or not of the article.

        >>> official = Entity("person:x", "Official", "X", affiliations=("org:nato", "state:turkei"))
        >>> EntityReading((official,), (), ()).states_of("person:x")
        ['state:turkei']
        """
        entity = self.entity(key)
        return [a for a in entity.affiliations if a.startswith(_STATE_PREFIX)] if entity is not None else []

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside the character range [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

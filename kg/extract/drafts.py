"""Entities and persons while the entity reading reads them (`kg.extract.reading`): an entity's `Draft`, frozen
into an `Entity` on the way out, and a `PersonDraft`, a person found in the text before it is known whether they
are an Official.

>>> d = Draft("state:x", "State", "X", 0)
>>> d.alias("Xs"); d.read_by("listed-name", ""); d.freeze().aliases, d.freeze().rules
(('Xs',), ('listed-name',))
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg import resources
from kg.facts import Entity, EntityType
from kg.rules import fired


@dataclass
class Draft:
    """An entity while it is being read (mutable here, frozen on the way out)."""

    key: str
    type: EntityType
    name: str
    first: int
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliations: list[str] = field(default_factory=list)
    kind: str | None = None
    code: str | None = None
    rules: list[str] = field(default_factory=list)        # the rules that read the entity
    role_rules: list[str] = field(default_factory=list)   # … and those that read its role and affiliations
    named: bool = False                                   # a mention in the text names it

    def alias(self, text: str) -> None:
        if text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def read_by(self, *names: str) -> None:
        """Note the rules that read the entity ("" : none)."""
        self.rules.extend(n for n in names if n)

    def affiliate(self, key: str, rule: str) -> None:
        """Note an affiliation and the rule that read it."""
        self.affiliations.append(key)
        if rule:
            self.role_rules.append(rule)

    def freeze(self) -> Entity:
        # a state no words name is the country an official or body was placed in, not one the article mentions
        # („Landesrat X“ in an article on two Austrian parties); others no mention reads keep their mention
        return Entity(self.key, self.type, self.name, tuple(self.aliases), self.role,
                      tuple(dict.fromkeys(self.affiliations)), self.kind, self.code,
                      tuple(dict.fromkeys(self.rules + self.role_rules)), tuple(dict.fromkeys(self.role_rules)),
                      self.named or self.type != "State")


@dataclass
class PersonDraft:
    """A person found in the text, before we know whether they are an Official."""

    name: str
    known: resources.PersonRecord | None
    first: int
    role: str | None = None
    official: bool = False
    affiliation: str | None = None        # key of a State or Organization, from the text
    body: str | None = None               # key of the state's government body the title names, beside its state
    party: str | None = None              # key of a party organisation
    title_tok: int | None = None
    key: str | None = None                # set once the person's entity exists
    party_rule: str | None = None         # the rule that read the party
    party_step: str | None = None         # a step inside it that chose the party (`party_lookup.family_party`)
    office_of: PersonDraft | None = None  # the person whose office this one held before or after („Bans Vorgänger X“)
    rules: list[str] = field(default_factory=list)        # the rules that read the person an official
    role_rules: list[str] = field(default_factory=list)   # the rules that read role and affiliation

    @property
    def role_or_listed(self) -> str | None:
        """The person's role as the text gives it, else as the person list gives it."""
        return self.role or (self.known.role if self.known else None)

    def join(self, party: str, rule: str, official: bool = False) -> None:
        """Note the person's party, unless a rule before named one, and that `rule` fired; `official`: the
        reading also makes the person an official („Max Muster (SPD)“), which a bare party link may not."""
        if self.party is None:
            self.party, self.party_rule = party, rule
        self.rules.append(rule)
        if official:
            self.official = True
        fired(rule)

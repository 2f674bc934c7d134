"""Named rules, tried in a declared order: the registry of the NLP name rules (`kg.nlp`) and
the extractor (`kg.extract`, which re-exports it as `kg.extract.rules`).

A rule is a small function with one job and a name. The names go into the
facts a rule produced (`Talks.rules`, `Interaction.rules`, written to the graph
as `gkg:rule`) and into the name spans of the NLP pipeline (`Hit.rule`), so
"which rule read this sentence as ASSAULT?" is one SPARQL query, and every
registered rule has a positive and a negative example in `tests/corpus/*.jsonl`
(a test fails for a rule without both). This module imports nothing of geokg,
so both layers can use it.

A `Stage` is an ordered list of alternative rules: `first` tries them in the
order they were declared and returns the first answer that is not None, with
the rule's name. A rule returns None when it does not apply, so the next is
tried.

>>> size = Stage("example size")
>>> @size.rule("example-small", "a number under ten is small")
... def _small(n): return "small" if n < 10 else None
>>> @size.rule("example-large", "every other number is large")
... def _large(n): return "large"
>>> size.first(3), size.first(12)
(('example-small', 'small'), ('example-large', 'large'))
>>> [r.name for r in size.rules]
['example-small', 'example-large']
>>> del RULES["example-small"], RULES["example-large"]
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rule:
    """One named rule: what it reads (`doc`), where it runs (`stage`), the function."""

    name: str
    stage: str
    doc: str
    fn: Callable[..., Any] | None       # None: a step written inside another rule


# every rule by name, in the order the modules declared them
RULES: dict[str, Rule] = {}


def register(name: str, stage: str, doc: str, fn: Callable[..., Any] | None) -> Rule:
    """Add a rule to `RULES`; a name is given once."""
    if name in RULES:
        raise ValueError(f"rule {name!r} is declared twice")
    rule = RULES[name] = Rule(name, stage, doc, fn)
    return rule


def rule(name: str, doc: str, stage: str = "") -> Callable[[F], F]:
    """Decorator naming a rule that is called directly (not tried in a `Stage`)."""
    def mark(fn: F) -> F:
        register(name, stage or fn.__module__.rsplit(".", 1)[-1], doc, fn)
        return fn
    return mark


def declare(name: str, stage: str, doc: str) -> str:
    """Name a step that is written inside another rule (a target it picks, a guard); returns the name."""
    register(name, stage, doc, None)
    return name


# the names of the rules that fired, while a `trace()` is open (the example corpora read it)
_TRACE: list[list[str]] = []


def fired(name: str) -> None:
    """Note that a rule applied, for a `trace()`; costs one list check otherwise."""
    if _TRACE:
        _TRACE[-1].append(name)


def with_rule(rules: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The rule names of a fact with one more at the end, each name once.

    >>> with_rule(("a", "b"), "c"), with_rule(("a", "b"), "a")
    (('a', 'b', 'c'), ('a', 'b'))
    """
    return rules if name in rules else (*rules, name)


@contextmanager
def trace() -> Iterator[list[str]]:
    """Collect the names of the rules that fire inside the block.

    >>> with trace() as names:
    ...     fired("x")
    >>> names
    ['x']
    """
    names: list[str] = []
    _TRACE.append(names)
    try:
        yield names
    finally:
        _TRACE.pop()


class Stage:
    """Alternative rules for one decision, tried in the order they are declared."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rules: list[Rule] = []

    def rule(self, name: str, doc: str) -> Callable[[F], F]:
        def mark(fn: F) -> F:
            self.rules.append(register(name, self.name, doc, fn))
            return fn
        return mark

    def first(self, *args: Any) -> tuple[str, Any] | None:
        """(name, answer) of the first rule that applies, or None."""
        for r in self.rules:
            answer = r.fn(*args)  # type: ignore[misc]
            if answer is not None:
                fired(r.name)
                return r.name, answer
        return None

"""A bounded memo for per-word rules: most words recur, and news text brings new ones without end."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MAX_ENTRIES = 500_000   # past that a memo starts over, so its memory stays bounded


class Memo(dict, Generic[K, V]):
    """`memo[key]` is `compute(key)`, computed once per key.

    A dict, so a hit costs one C-level lookup and `get` peeks without computing.
    """

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[K], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> V:
        if len(self) > MAX_ENTRIES:
            self.clear()
        value = self[key] = self.compute(key)
        return value

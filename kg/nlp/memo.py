"""Bounded memos for per-word rules: most words recur, and news text brings new ones without end."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from spacy.tokens import Doc

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MAX_ENTRIES = 500_000   # past that a memo starts over, so its memory stays bounded


class Cache(dict, Generic[K, V]):
    """A bounded dict its callers fill with `put`: they compute a value from more than the key
    holds (the word at hand), so there is nothing to compute from the key alone.

    Hot callers `get` first and `put` on a miss: no Python-level call on a hit.

    >>> keys = Cache()
    >>> keys.get("sagte") or keys.put("sagte", ["sagen"]), sorted(keys)
    (['sagen'], ['sagte'])
    """

    __slots__ = ()

    def put(self, key: K, value: V) -> V:
        """Store `value` under `key` and return it; past `MAX_ENTRIES` keys start over."""
        if len(self) > MAX_ENTRIES:
            self.clear()
        self[key] = value
        return value


class Memo(Cache[K, V]):
    """`memo[key]` is `compute(key)`, computed once per key.

    A dict, so a hit costs one C-level lookup and `get` peeks without computing.

    >>> squares = Memo(lambda n: n * n)
    >>> squares[4], squares.get(3), sorted(squares)
    (16, None, [4])
    """

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[K], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> V:
        if len(self) > MAX_ENTRIES:     # as `put`, inline: the NLP memos miss a million times per corpus
            self.clear()
        value = self[key] = self.compute(key)
        return value


def once_per_doc(doc: Doc, key: str, owner: object, compute: Callable[[], V]) -> V:
    """`compute()` once per Doc and `owner` (compared by identity): later stages ask for what an
    earlier one read from the same Doc (the sentences, the talks) without reading it again. The
    value lives in `doc.user_data[key]`, so it goes when the Doc goes.

    >>> from spacy.vocab import Vocab
    >>> doc, owner, calls = Doc(Vocab(), words=["Ja"]), object(), []
    >>> once_per_doc(doc, "example", owner, lambda: calls.append(1) or len(calls))
    1
    >>> once_per_doc(doc, "example", owner, lambda: calls.append(1) or len(calls))
    1
    >>> once_per_doc(doc, "example", object(), lambda: calls.append(1) or len(calls))
    2
    """
    cached = doc.user_data.get(key)
    if cached is not None and cached[0] is owner:
        return cached[1]
    value = compute()
    doc.user_data[key] = (owner, value)   # holding the owner keeps its id from being reused
    return value

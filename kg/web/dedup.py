"""The same story twice: exact duplicates by a hash of the normalised text, near
duplicates by MinHash over word shingles with locality-sensitive hashing (datasketch).

A syndicated agency text published by two sites, a page crawled twice or a
story in two feeds differ in a byline, a sentence or whitespace: their word
5-shingles still overlap by far more than two different stories ever do.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE = 5             # words per shingle
PERMUTATIONS = 128
THRESHOLD = 0.8         # estimated Jaccard similarity from which two texts are one story
_WORD = re.compile(r"\w+")


class Duplicates:
    """Finds, for each new text, an earlier text that tells the same story.

    >>> seen = Duplicates()
    >>> text = " ".join(f"Satz {n} der Meldung über den Besuch des Kanzlers in Paris." for n in range(30))
    >>> seen.add("a", text) is None
    True
    >>> seen.add("b", text.replace("Paris", "Lyon", 1))
    'a'
    >>> seen.add("c", "Ganz andere Geschichte über Wahlen in Italien und ihre Folgen für die Regierung.") is None
    True
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.exact: dict[str, str] = {}
        self.lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self.signatures: dict[str, np.ndarray] = {}     # the hash values only: 1 kB an article
        self.threshold = threshold

    def add(self, key: str, text: str) -> str | None:
        """The key of an earlier text this one duplicates (then it is not kept), else None."""
        words = _WORD.findall(text.casefold())
        digest = hashlib.sha256(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()
        if (first := self.exact.get(digest)) is not None:
            return first
        signature = _minhash(words)
        for other in self.lsh.query(signature):
            # the share of equal hash values estimates the Jaccard similarity of the shingle sets
            if float(np.mean(signature.hashvalues == self.signatures[other])) >= self.threshold:
                return str(other)
        self.exact[digest] = key
        self.lsh.insert(key, signature)
        self.signatures[key] = signature.hashvalues
        return None


def _minhash(words: list[str]) -> object:
    from datasketch import MinHash

    signature = MinHash(num_perm=PERMUTATIONS)
    count = max(1, len(words) - SHINGLE + 1)
    signature.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8", "surrogatepass")
                            for i in range(count)])
    return signature

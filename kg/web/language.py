"""Which language an article is in, offline: py3langid (langid.py's model, shipped in the package).

Only the first thousand characters are read: enough to tell the language of a
news text (all 1,016 of the real corpus's come out German from their first 300),
and a long text costs no more than a short one. A short text (a headline, a
teaser) is often put in a neighbouring language ("Selenskyj fordert Waffen":
Danish at 17 %), so an article is skipped as not German only when another
language is likely (normalised probability ≥ 0.5); a doubtful one is kept.
"""
from __future__ import annotations

from functools import lru_cache

GERMAN = "de"
CONFIDENT = 0.5
_SAMPLE = 1000


def language(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the language `text` is most likely in, and its probability.

    >>> language("Die Bundesregierung hat am Montag neue Gespräche mit Frankreich angekündigt.")[0]
    'de'
    >>> language("The government announced new talks with France on Monday.")[0]
    'en'
    """
    code, probability = _identifier().classify(text[:_SAMPLE])
    return str(code), float(probability)


def is_german(text: str) -> bool:
    """Whether `text` may be German: False only when another language is likely.

    >>> is_german("Le gouvernement a annoncé lundi de nouvelles négociations avec l'Allemagne.")
    False
    >>> is_german("Selenskyj fordert Waffen")
    True
    """
    code, probability = language(text)
    return code == GERMAN or probability < CONFIDENT


@lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

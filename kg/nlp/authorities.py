"""A state's authority or commission named by its compound alone: „die Medienbehörde“, „der Pensionskommission“.

German news names a public authority by a compound of its field and the noun of its kind
(`kg/data/authority_heads.tsv`), with a definite article, where the article's state makes clear which one is
meant. Such a compound is a state's generic body (a BODY hit, as „das Außenministerium“ is), which
`kg.extract.body_states` places in its state: one entity per body and state. A name after the compound („die
Medienbehörde Quorvia“, „die Umweltbehörde (QEA)“) is the body's own name, another rule's; a genitive after it
(„die Ethikkommission der Ärztekammer“) makes it another body's organ; a plural („die Steuerbehörden“) or an
indefinite article („eine Wahlbehörde“) names none in particular.

>>> authority_spans(["Die", "Medienbehörde", "prüft", "den", "Fall", "."], [False] * 6, ("behörde",), set())
[(1, 'Medienbehörde')]
>>> authority_spans(["Die", "Medienbehörde", "Quorvia", "prüft", "."], [False] * 5, ("behörde",), set())
[]
"""
from __future__ import annotations

from typing import Collection, Sequence

from kg import german, resources
from kg.nlp.gazetteer_orgs import after_definite_article
from kg.nlp.gazetteer_tables import STAGE
from kg.nlp.hits import Hit, cover, token_hit
from kg.rules import declare, fired

AUTHORITY_COMPOUND = declare("org-authority-compound", STAGE, "a compound of a field and the noun of a state's "
                             "authority or commission (`authority_heads.tsv`), singular and after a definite "
                             "article, is a state's body, placed in its state like a ministry: „Die Medienbehörde "
                             "verhängte eine Strafe“, „laut der Pensionskommission“; not plural („die "
                             "Steuerbehörden“), not after an indefinite article („eine Wahlbehörde“), not before a "
                             "name („die Medienbehörde Quorvia“) nor a genitive („die Ethikkommission der "
                             "Ärztekammer“), not the bare noun („die Behörde“)")

_NAME_OPENERS = frozenset({"("})     # „die Umweltbehörde (QEA)“: an acronym after it names the body
_HEADS = tuple(sorted(resources.listed_words("authority_heads.tsv")))


NAMED_AGAIN = declare("org-authority-named-again", STAGE, "an authority's compound that ends the name of an "
                      "organisation the article names is that organisation again: „die Bundesmedienbehörde … bei "
                      "der Medienbehörde“; not where no such name stands („die Medienbehörde“ alone: a state's body)")
NAMED_KIND = declare("org-authority-named-kind", STAGE, "guard: where the article names an authority of a kind by "
                     "its own name after the kind's compound („die Umweltbehörde QEA“), a compound of that kind "
                     "alone („die Umweltbehörde“, „die Regulierungsbehörde“) refers to it and is no body of its own; "
                     "not where no name follows such a compound")


def authority_hits(text: str, words: list[str], idx: list[int], hits: list[Hit], covered: list[bool],
                   common: Collection[str]) -> list[Hit]:
    """The BODY hits of the authorities named by their compound alone (`authority_spans`; `common`: the German
    words of the lexicon), their tokens marked in `covered`; an ORG hit where the compound ends an organisation's
    name the article names."""
    found = authority_spans(words, cover(hits, list(covered)), _HEADS, common)
    if not found:
        return []
    orgs = [h.key for h in hits if h.label == "ORG"]
    named_kinds = _named_kinds(words, hits)
    out = []
    for k, key in found:
        low = key.lower()
        whole = next((o for o in orgs if o.lower().endswith(low) and len(o) > len(low)), None)
        if whole is not None:
            fired(NAMED_AGAIN)
            out.append(token_hit(text, words, idx, k, k + 1, "ORG", whole, "name", NAMED_AGAIN))
        elif low.endswith(named_kinds):
            fired(NAMED_KIND)
            continue
        else:
            fired(AUTHORITY_COMPOUND)
            out.append(token_hit(text, words, idx, k, k + 1, "BODY", key, "name", AUTHORITY_COMPOUND))
        covered[k] = True
    return out


def _named_kinds(words: list[str], hits: list[Hit]) -> tuple[str, ...]:
    """The authority nouns (`authority_heads.tsv`) that end a word right before an organisation's name: „die
    Umweltbehörde QEA“ → „behörde“."""
    before = (words[h.tok - 1].lower() for h in hits if h.label == "ORG" and h.tok > 0)
    return tuple({head for w in before for head in _HEADS if w.endswith(head)})


def authority_spans(words: Sequence[str], covered: Sequence[bool], heads: tuple[str, ...],
                    common: Collection[str]) -> list[tuple[int, str]]:
    """(token, nominative) of each authority's compound no hit covers, after a definite article, with neither a
    name (a hit, or a capitalised word no German word of `common` is), a bracket nor a genitive article right
    after it."""
    out = []
    n = len(words)
    for k, w in enumerate(words):
        # a compound's head is in lower case: „Medienbehörde“ ends in „behörde“, the bare „Behörde“ does not
        if not w.endswith(heads) or covered[k] or not w[:1].isupper() or "-" in w \
                or not after_definite_article(words, k):
            continue
        after = words[k + 1] if k + 1 < n else ""
        if after[:1].isupper() and (covered[k + 1] or after not in common) or after in _NAME_OPENERS \
                or after in german.GENITIVE_ARTICLES:
            continue
        out.append((k, w))
    return out

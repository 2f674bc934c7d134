"""One entity named twice in two forms, which the reading state joins when it creates an entity
(`ReadingState.entity`): an organisation or place no list holds, written with and without a genitive ending („das
Max-Planck-Institut … des Max-Planck-Instituts“), an organisation with and without its legal or corporate form („die
Brantel Holding“ … „Brantel“).
"""
from __future__ import annotations

from functools import lru_cache

from kg import german, resources
from kg.extract.drafts import Draft
from kg.facts import EntityType, entity_key
from kg.rules import declare, fired


GENITIVE_TWIN = declare("entity-genitive-twin", "entities", "an organisation or place no list holds, named once "
                        "in the genitive and once not, is one entity: „das Max-Planck-Institut … des "
                        "Max-Planck-Instituts“, „Puerto Rico … Puerto Ricos Schulden“")
LEGAL_TWIN = declare("org-legal-form-twin", "entities", "an organisation named once with its legal or corporate "
                     "form and once without is one organisation: „die Mediengruppe Mavra Ilgaz … die Mavra Ilgaz "
                     "Holding“, „Energie Steiermark … die Energie Steiermark AG“")
TWINNED = frozenset({"Organization", "Place"})


@lru_cache(maxsize=1)
def _corporate_forms() -> tuple[str, ...]:
    """Legal forms („AG“, „GmbH“) and the corporate nouns that end a company's name („Holding“, „Group“)."""
    legal = {r["word"] for r in resources.rows("org_name_words.tsv") if r["role"] == "legal"}
    return tuple(sorted(legal | resources.load_word_list("corporate_nouns.tsv")))
_MIN_STEM = 4       # „Mars“ is no genitive of „Mar“


@lru_cache(maxsize=1 << 14)     # an organisation's name recurs across articles; its forms are many
def _legal_twin_keys(name: str) -> tuple[str, ...]:
    """The keys of an organisation's name without its last word, where that is a legal or corporate form, and
    with each such form after it, in that order: „Mavra Ilgaz Holding“ → „Mavra Ilgaz“, „Mavra Ilgaz AG“, …."""
    head, _, last = name.rpartition(" ")
    forms = [head] if head and last in _corporate_forms() else []
    forms += [f"{name} {form}" for form in _corporate_forms()]
    return tuple(entity_key("Organization", form) for form in forms)


def genitive_twin(drafts: dict[str, Draft], type_: EntityType, name: str) -> Draft | None:
    """The draft of the same name with or without a genitive ending, where the text wrote both: „das
    Max-Planck-Institut … des Max-Planck-Instituts“ is one institute."""
    forms = [name + german.SHORT_GENITIVE_ENDING]
    for ending in (german.LONG_GENITIVE_ENDING, german.SHORT_GENITIVE_ENDING):
        if name.endswith(ending) and len(name) - len(ending) >= _MIN_STEM:
            forms.append(name[: -len(ending)])
    for form in forms:
        d = drafts.get(entity_key(type_, form))
        if d is not None:
            fired(GENITIVE_TWIN)
            return d
    return None


def legal_twin(drafts: dict[str, Draft], name: str) -> Draft | None:
    """The organisation named with or without its legal or corporate form, where the text wrote both: „die
    Mediengruppe Mavra Ilgaz … die Mavra Ilgaz Holding“, „Energie Steiermark … die Energie Steiermark AG“."""
    for key in _legal_twin_keys(name):
        d = drafts.get(key)
        if d is not None:
            fired(LEGAL_TWIN)
            return d
    return None

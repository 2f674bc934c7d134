"""Person names that are a company's or a brand's, not a person's.

- „die Konzernmutter Fabrix“, „die spanische Tochter Quarvo“: after a kinship noun that also names a company's
  parent or subsidiary (`company_heads.tsv` ∩ the kinship nouns of `kg.german`), compounded with an organisation's
  noun or after a state's adjective, a lone word that is no first name is that company.
- „die Marken Brantel, Quovo und Fabrix“: the names listed right after a noun of products (`product_nouns.tsv`) are
  products, no persons or places.
- „die Alteigentümer BrantelLB“, „ein Fehler in ChatBox“: a word with a capital letter inside it after a small one
  is a brand's or a product's, no person's or unlisted place's; a surname's particle glued to it is not
  („McAllister“, „DiNardo“, „LeBlanc“).

>>> words = "Die Konzernmutter Fabrix zahlt".split()
>>> [(h.label, h.rule) for h in kin_companies(words, [Hit(18, 24, "PER", "Fabrix", "Fabrix", 2, 3)],
...                                              lambda w: False, lambda w: w == "Konzern")]
[('ORG', 'company-after-kin-noun')]
>>> camel_case("BrantelLB"), camel_case("McAllister"), camel_case("DiNardo"), camel_case("Brantel")
(True, False, False, False)
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from kg import resources
from kg.german import CELTIC_NAME_PREFIXES, KINSHIP_NOUNS, LIST_SEPARATORS, NAME_PARTICLES
from kg.nlp.gazetteer_words import LISTED_NAME
from kg.nlp.hits import Hit
from kg.nlp.tokens import positions
from kg.rules import declare, fired

STAGE = "person guards"
KIN_COMPANY = declare("company-after-kin-noun", STAGE, "after a kinship noun that also names a company's parent or "
                      "subsidiary („Mutter“, „Tochter“) with a state's adjective before it, or compounded with an "
                      "organisation's noun („Konzernmutter“), a lone word that is no first name is that company, no "
                      "person: „die Konzernmutter Fabrix“, „die spanische Tochter Quarvo“; not a first name („die "
                      "spanische Tochter Anna“), a relative („die Mutter Serbin“, „die Stieftochter Quarvo“) or a "
                      "name before another („die Banktochter Jo Quarvo“)")
PRODUCT_LIST = declare("product-list-name", STAGE, "guard: the capitalised words listed right after a noun of "
                       "products (`product_nouns.tsv`: „Marke“, „Modell“, „Tarif“, also in the plural) are products' "
                       "names, no person's or place's: „die Marken Brantel, Quovo Lumen und Fabrix Tura“, „die Tarife "
                       "Basic, Plus und Max“; not after a verb („die Marke gehört Hanna Beispiel“)")
CAMEL_CASE = declare("name-camel-case", STAGE, "guard: a word with a capital letter inside it after a small one "
                     "names a brand, a product or a company, no person and no place no list holds: „die Alteigentümer "
                     "BrantelLB“, „Eigentümer TeraDrive“, „ein Fehler in ChatBox“; "
                     "not a surname's particle glued to it („Ewan McAllister“, „Tina DiNardo“) nor a first name "
                     "glued to a surname by a slip („AnnaBeispiel“)")

FIRM_PLACE = declare("place-word-firm-compound", STAGE, "guard: a one-word place no list holds whose word the article "
                     "also writes before a noun only an organisation has (`company_heads.tsv`, owner ORG: „-Chef“, "
                     "„-Konzern“, „-Aktie“) is that organisation: „Die Serie wurde bei Velden produziert. "
                     "Velden-Chef Max Muster ist zufrieden.“; not a listed town („die Innsbruck-Chefin der Partei“)")

# the kinship nouns a company's parent or subsidiary is named by: „Mutter“, „Tochter“
_KIN_HEADS = tuple(sorted(h.lower() for h, _ in resources.commented_rows("company_heads.tsv") if h in KINSHIP_NOUNS))
_PRODUCT_NOUNS = resources.load_word_list("product_nouns.tsv")
# the compound heads no person has: „Velden-Chef“, „Velden-Aktie“
_ORG_ONLY_HEADS = frozenset(h for h, owner in resources.commented_rows("company_heads.tsv") if owner == "ORG")
_GLUED_PREFIXES = tuple(p.capitalize() for p in NAME_PARTICLES | CELTIC_NAME_PREFIXES)


def camel_case(word: str) -> bool:
    """A capital letter after a small one inside the word, past a glued surname particle („McAllister“)."""
    for k in range(1, len(word)):
        if word[k].isupper() and word[k - 1].islower():
            return word[:k] not in _GLUED_PREFIXES
    return False


def drop_camel_case_names(hits: list[Hit], first_name: Callable[[str], bool]) -> list[Hit]:
    """The hits without the person names and unlisted places that hold a brand's word („BrantelLB“, „in
    ChatBox“); a first name glued to a surname is a typing slip („AnnaBeispiel“)."""
    out = []
    for h in hits:
        if (h.label == "PER" or h.label == "PLACE" and h.rule != LISTED_NAME) \
                and any(camel_case(w) and not first_name(_glued_head(w)) for w in h.text.split()):
            fired(CAMEL_CASE)
            continue
        out.append(h)
    return out


def _glued_head(word: str) -> str:
    """The part of the word before its first capital letter after a small one: „Anna“ of „AnnaBeispiel“."""
    return next((word[:k] for k in range(1, len(word)) if word[k].isupper() and word[k - 1].islower()), word)


def kin_companies(words: Sequence[str], hits: list[Hit], first_name: Callable[[str], bool],
                  org_noun: Callable[[str], bool]) -> list[Hit]:
    """The hits with each lone person's word after a company's kinship noun made that company, where a state's
    adjective („die italienische Mutter“) or an organisation's noun in the compound („Konzernmutter“) says so."""
    adjectives = {h.tok_end for h in hits if h.label == "STATE" and h.form == "adjective"}
    out = []
    for h in hits:
        k = h.tok - 1
        if h.label == "PER" and h.tok_end == h.tok + 1 and k > 0 and not first_name(words[h.tok]) \
                and (k in adjectives and _kin_noun(words[k]) or _company_kin(words[k], org_noun)) \
                and not (h.tok_end < len(words) and words[h.tok_end][:1].isupper()):
            fired(KIN_COMPANY)
            h = replace(h, label="ORG", form="context:kin", rule=KIN_COMPANY)
        out.append(h)
    return out


def _kin_noun(word: str) -> bool:
    return word.lower() in _KIN_HEADS


def _company_kin(word: str, org_noun: Callable[[str], bool]) -> bool:
    """„Konzernmutter“, „Banktochter“: a company's noun and a kinship noun of companies in one compound."""
    low = word.lower()
    head = next((h for h in _KIN_HEADS if low.endswith(h) and len(low) > len(h)), None)
    return head is not None and org_noun(word[: len(word) - len(head)].capitalize())


def firm_places(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits, each one-word place no list holds made the organisation whose name opens a compound with a noun
    only an organisation has („Velden-Chef“)."""
    firms = {first for first, _, head in (w.partition("-") for w in words if "-" in w) if head in _ORG_ONLY_HEADS}
    if not firms:
        return hits
    out = []
    for h in hits:
        if h.label == "PLACE" and h.rule != LISTED_NAME and h.tok_end == h.tok + 1 and h.text in firms:
            fired(FIRM_PLACE)
            h = replace(h, label="ORG", key=h.text, form="context:company", rule=FIRM_PLACE)
        out.append(h)
    return out


def drop_product_names(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the person and place names listed right after a noun of products („die Marken A, B und C“)."""
    listed = set()
    for k in positions(words, _PRODUCT_NOUNS):
        listed.update(_product_list(words, k + 1))
    if not listed:
        return hits
    out = []
    for h in hits:
        if h.label in ("PER", "PLACE", "CAPITAL") and h.tok in listed:
            fired(PRODUCT_LIST)
            continue
        out.append(h)
    return out


def _product_list(words: Sequence[str], k: int) -> range:
    """The tokens of the names listed from k on: capitalised words, joined by commas, „und“, „oder“."""
    j = k
    while j < len(words) and (words[j][:1].isupper() or words[j] in LIST_SEPARATORS and j > k):
        j += 1
    while j > k and words[j - 1] in LIST_SEPARATORS:
        j -= 1
    return range(k, j)

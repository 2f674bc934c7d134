"""A firm's national head: a state's name written out before the hyphen of a company officer's title
(„Österreich-Chef X“) names the country of the branch he leads, not a state he acts for."""
from __future__ import annotations

from kg import german, resources
from kg.extract.reading import ReadingState
from kg.extract.rules import declare, fired

BRANCH_HEAD = declare("title-affiliation-branch-head", "title affiliation", "guard: a state's name written out before "
                      "the hyphen of a company officer's title (`branch_head_titles.tsv`, `private_title_heads.tsv`) "
                      "names the country of the branch he heads: he acts for the firm or body his title's genitive "
                      "or his sentence names, never for the state: „Die Fabrix AG eröffnet ein Lager, sagte ihr "
                      "Österreich-Chef Max Muster“ for the Fabrix AG, not Österreich; not a state's short form in "
                      "capitals („US-Präsident“, „UK-Chef“ stay the state's), nor a state's own title "
                      "(„Österreich-Beauftragter“)")
_BRANCH_HEADS = resources.listed_words("branch_head_titles.tsv") | german.PRIVATE_TITLE_HEADS


def branch_head(st: ReadingState, tok: int | None) -> bool:
    """Whether the title word at tok joins a state's name, written out, to a company officer's head
    („Deutschland-Chefin“, „Ex-Österreich-Geschäftsführer“); fires the guard."""
    if tok is None or not st.words[tok][:1].isupper():
        return False
    prefix, _, head = st.words[tok].rpartition("-")
    prefix = prefix.rpartition("-")[2]
    if not prefix or prefix.isupper() or head.lower() not in _BRANCH_HEADS:
        return False
    if not any(x.label == "STATE" and x.form == "prefix" and st.text[x.start:x.end] == prefix
               for x in st.by_tok.get(tok, ())):      # „Ruritanien-Bank-Chef“ heads a body, not a branch
        return False
    fired(BRANCH_HEAD)
    return True

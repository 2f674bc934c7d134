"""benchmarks/false_kinds.py: where a false entity's names stand, and the scorer's reason to count it false."""
from __future__ import annotations

from benchmarks.false_kinds import shares_a_word, where, why_false


class _Gold:
    def __init__(self, entities):
        self.entities = entities


def test_a_place_named_only_in_the_dateline() -> None:
    text = "Die Firma baut ab. Hollerbach/Zwerndorf – Die Firma Quastl baut in Zwerndorf Stellen ab."
    assert where(text, {"Hollerbach"}) == "dateline only"
    assert where(text, {"Zwerndorf"}) == "after a preposition"


def test_a_place_named_only_inside_a_longer_name_or_after_a_noun() -> None:
    text = "Die Quastl Unterwölz meldete einen Verlust. Die Sparkasse Oberwölz meldete einen Gewinn."
    assert where(text, {"Unterwölz"}) == "inside a name only"
    assert where(text, {"Oberwölz"}) == "after a noun only"
    assert where(text, {"Mitterwölz"}) == "nowhere"


def test_the_reasons_follow_the_scorer() -> None:
    gold = _Gold([{"name": "Grusien", "type": "State"}, {"name": "Tiflos", "type": "Place"},
                  {"name": "Morf", "type": "Place", "optional": True}])
    matched: set[int] = set()
    assert why_false(gold, [], "Place", matched) == "unlisted"
    assert why_false(gold, [0], "Place", matched) == "other type: State"
    assert why_false(gold, [2], "Place", matched) is None
    assert why_false(gold, [1], "Place", matched) is None
    assert why_false(gold, [1], "Place", matched) == "duplicate"


def test_a_label_in_another_form_shares_a_word() -> None:
    gold = _Gold([{"name": "Nahen Osten", "type": "Place", "optional": True}])
    assert shares_a_word(gold, {"Naher Osten"})
    assert not shares_a_word(gold, {"Zwerndorf"})

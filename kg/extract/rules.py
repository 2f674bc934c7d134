"""The rule registry (`kg.rules`), under the name the extractor's modules import it by.

>>> from kg.rules import RULES as registry
>>> RULES is registry
True
"""
from __future__ import annotations

from kg.rules import RULES, Rule, Stage, declare, fired, register, rule, trace, with_rule

__all__ = ["RULES", "Rule", "Stage", "declare", "fired", "register", "rule", "trace", "with_rule"]

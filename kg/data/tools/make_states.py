"""Generate `kg/data/states.tsv` from babel's German territory names and the
hand-kept `state_overrides.tsv` (canonical short names, adjective stems,
capitals, demonyms).

    python kg/data/tools/make_states.py > kg/data/states.tsv

The overrides file lists every UN member and observer plus Kosovo and Taiwan;
babel contributes the official German name as an alias where it differs.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from babel import Locale

HERE = Path(__file__).parent
COLUMNS = ("iso2", "name", "aliases", "adjectives", "capitals", "demonyms")


def rows() -> list[list[str]]:
    territories = Locale("de").territories
    out = []
    with (HERE / "state_overrides.tsv").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            iso2, name, aliases, adjectives, capitals, demonyms = (line.rstrip("\n").split("\t") + [""] * 6)[:6]
            alias_list = [a for a in aliases.split("|") if a]
            babel_name = territories.get(iso2)
            if babel_name and babel_name != name and babel_name not in alias_list:
                alias_list.append(babel_name.replace("’", "'") if "’" in babel_name else babel_name)
            out.append([iso2, name, "|".join(alias_list), adjectives, capitals, demonyms])
    return sorted(out, key=lambda r: r[1])


def main() -> None:
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows())


if __name__ == "__main__":
    main()

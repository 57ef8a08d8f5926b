"""A small pack of another event, in German only: the program's words and numbers must be German too.

Its figures are written as pack authors write them ("1,610", "96.5"); the screen shows "1.610" and "96,5".
"""

from __future__ import annotations

from pathlib import Path

from tests.packfactory import PALETTE_YAML

PACK_YAML = """\
format: 1
id: freiburg-2024
title: Ein Jahr in Freiburg
default_language: de
languages: [de]
palette:
""" + PALETTE_YAML + """\
scenes:
  - scenes/auftakt.yaml
  - scenes/fruehling.yaml
  - scenes/galerie.yaml
tasks:
  - id: wald
    area: Stadtwald
    task: Bäume pflanzen
people: people.yaml
"""

AUFTAKT_YAML = """\
id: auftakt
kind: title
label: Auftakt
title: Ein Jahr in Freiburg
subtitle: "2024"
notes: Willkommen.
blocks:
  - kind: statement
    text: Grün ist Gold
"""

FRUEHLING_YAML = """\
id: fruehling
kind: season
season: spring
label: Frühling
title: Frühling
notes: Erst die Zahlen.
blocks:
  - kind: figures
    title: In Zahlen
    items:
      - value: "1,610"
        caption: neue Bäume
        qualifier: over
        source: Forstamt
      - value: "96.5"
        unit: "%"
        caption: der Setzlinge angewachsen
        derived: true
  - kind: chart
    chart: bars
    title: Bäume je Stadtteil
    unit: Bäume
    items:
      - {label: Wiehre, value: 1610}
      - {label: Herdern, value: 1205.5}
      - {label: Stühlinger, value: 640}
    source: Forstamt
"""

GALERIE_YAML = """\
id: galerie
kind: gallery
title: Geehrte
notes: Die Geehrten.
"""

PEOPLE_YAML = """\
categories:
  - id: wald
    name: Wald
people:
  - id: anna-berg
    name: Anna Berg
    role: Försterin
    citation: Hat 400 Bäume gepflanzt
    category: wald
    season: fruehling
"""

FILES = {
    "pack.yaml": PACK_YAML,
    "scenes/auftakt.yaml": AUFTAKT_YAML,
    "scenes/fruehling.yaml": FRUEHLING_YAML,
    "scenes/galerie.yaml": GALERIE_YAML,
    "people.yaml": PEOPLE_YAML,
}


def write_german_pack(folder: Path, pack_extra: str = "", languages: str = "[de]",
                      files: dict[str, str] | None = None) -> Path:
    """Write the pack into `folder`; `pack_extra` is YAML appended to pack.yaml (such as a words: mapping)."""
    contents = {**FILES, **(files or {})}
    contents["pack.yaml"] = contents["pack.yaml"].replace("languages: [de]", f"languages: {languages}") + pack_extra
    for relative, text in contents.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder

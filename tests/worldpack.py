"""A pack with a gallery of people named in many scripts, some with real photos (solid colours, so a test
can tell a photo's pixels from a generated portrait's), in as many languages as asked."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

# id, names by language, photo colour (None: the generated portrait)
PEOPLE: list[tuple[str, dict[str, str], tuple[int, int, int] | None]] = [
    ("fan-li", {"en": "Fan Li", "zh-Hans": "范莉"}, (230, 40, 40)),
    ("lopez", {"en": "Ana María López"}, (40, 200, 60)),
    ("muller", {"en": "Jörg Müller", "de": "Jörg Müller"}, (40, 80, 230)),
    ("ivanov", {"en": "Иван Иванов"}, (240, 200, 30)),
    ("ali", {"en": "محمد علي", "ar": "محمد علي"}, None),
    ("ben-gurion", {"en": "דוד בן גוריון"}, None),
    ("papadopoulos", {"en": "Νίκος Παπαδόπουλος"}, None),
    ("yamada", {"en": "やまだ はなこ"}, None),
    ("kim", {"en": "김민수"}, (200, 60, 220)),
]


def photo_bytes(colour: tuple[int, int, int], kind: str, size: tuple[int, int] = (120, 150)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind, **({"quality": 95} if kind == "JPEG" else {}))
    return out.getvalue()


def write_world_pack(folder: Path, languages: tuple[str, ...] = ("en", "zh-Hans"),
                     photo_size: tuple[int, int] = (120, 150)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scenes").mkdir(exist_ok=True)
    (folder / "photos").mkdir(exist_ok=True)
    every = ", ".join(f"{tag}: Gallery {tag}" for tag in languages)
    (folder / "pack.yaml").write_text(f"""\
format: 1
id: world-pack
title: {{{", ".join(f"{tag}: World {tag}" for tag in languages)}}}
default_language: {languages[0]}
languages: [{", ".join(languages)}]
palette:
  background: "#101418"
  surface: "#1C2228"
  text: "#F2F2F2"
  muted: "#9AA4AE"
  accent: "#F2D16B"
  gold: "#D4AF37"
  seasons:
    spring: "#7BB661"
scenes:
  - scenes/opening.yaml
  - scenes/gallery.yaml
people: people.yaml
""", encoding="utf-8")
    (folder / "scenes/opening.yaml").write_text(f"""\
id: opening
kind: title
label: {{{", ".join(f"{tag}: Hi" for tag in languages)}}}
title: {{{every}}}
notes: {{{languages[0]}: Welcome}}
""", encoding="utf-8")
    (folder / "scenes/gallery.yaml").write_text(f"""\
id: gallery
kind: gallery
label: {{{", ".join(f"{tag}: All" for tag in languages)}}}
title: {{{every}}}
notes: {{{languages[0]}: Everyone}}
""", encoding="utf-8")
    lines = ["people:"]
    for n, (person_id, names, colour) in enumerate(PEOPLE):
        name = ", ".join(f'{tag}: "{text}"' for tag, text in names.items() if tag in languages)
        lines += [f"  - id: {person_id}", f"    name: {{{name}}}", "    role: {en: Volunteer}",
                  "    citation: {en: Helped}"]
        if colour is not None:
            kind, suffix = ("JPEG", "jpg") if n % 2 else ("PNG", "png")
            (folder / "photos" / f"{person_id}.{suffix}").write_bytes(photo_bytes(colour, kind, photo_size))
            lines.append(f"    photo: photos/{person_id}.{suffix}")
    (folder / "people.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder

"""The body of `huzhou-viewer preflight PACK`: validate, render, report; the exit status says whether the pack
is ready for the show (0), is not (1), or could not be checked as asked (2)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TextIO

from huzhou_viewer.content.checks import PACK_FILE
from huzhou_viewer.content.detailed import read_detailed
from huzhou_viewer.content.sources import pack_sources
from huzhou_viewer.qt.stage.preflight import PreflightResult, run_preflight, word_findings

KINDS = {"words": "program words shown in English", "text": "text that does not fit",
         "break": "lines that break badly", "font": "characters no font draws", "picture": "pictures"}


def preflight(pack: Path, sizes: tuple[tuple[int, int], ...], languages: list[str] | None, font_family: str,
              json_path: Path | None = None, sheet_path: Path | None = None,
              sheet_size: tuple[int, int] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    started = time.monotonic()
    if not pack.is_dir():
        print(f"huzhou-viewer: no content pack at {pack} (expected a folder with a pack.yaml)", file=err)
        return 2
    detailed = read_detailed(pack)
    for problem in detailed.problems:  # as `validate` prints them; warnings do not stop the preflight
        print(_printable(str(problem), out), file=out)
    name = detailed.parts.meta.id if detailed.parts is not None and detailed.parts.meta is not None else pack.name
    if not detailed.ok or detailed.parts is None:
        errors = sum(p.is_error for p in detailed.problems)
        print(f"{name}: FAILED, the pack has {errors} error{'s' if errors != 1 else ''}; fix them first "
              f"(huzhou-viewer validate {pack})", file=out)
        return 1
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.show.present import build_deck

    # zh-Hant made from zh-Hans is checked when asked for; every language "of the pack" means its own.
    deck = build_deck(load_pack(pack), traditional="zh-Hant" in (languages or []))
    unknown = [language for language in languages or [] if language not in deck.languages]
    if unknown:
        print(f"huzhou-viewer: the pack has no language {', '.join(unknown)} (it has {', '.join(deck.languages)})",
              file=err)
        return 2
    if sheet_size is None:
        sheet_size = (1920, 1080) if (1920, 1080) in sizes else sizes[0]
    elif sheet_path is not None and sheet_size not in sizes:
        sizes = (*sizes, sheet_size)
    from huzhou_viewer.qt.stage.preflight_sheet import thumb_width

    result = run_preflight(deck, pack_sources(detailed.parts, detailed.where), font_family, sizes, languages,
                           sheet_size=sheet_size if sheet_path else None, thumb_width=thumb_width(sheet_size),
                           progress=lambda line: print(line, file=err, flush=True))
    listed = list(detailed.parts.meta.languages) if detailed.parts.meta is not None else []
    result.findings[:0] = word_findings(
        deck, languages or deck.languages,
        lambda language: f"{PACK_FILE}:{detailed.where.line_of(PACK_FILE, ('languages', listed.index(language)))}"
        if language in listed else None)
    _print_findings(result, out)
    if json_path is not None:
        _write_json(result, json_path)
        print(f"preflight: wrote {len(result.records)} text records to {json_path}", file=err)
    if sheet_path is not None:
        from huzhou_viewer.qt.stage.preflight_sheet import write_sheet

        write_sheet(result.frames, result.findings, sheet_size, sheet_path, font_family)
        print(f"preflight: wrote the contact sheet of {sheet_size[0]}x{sheet_size[1]} to {sheet_path}", file=err)
    steps = len(result.frames)
    size_list = ", ".join(f"{w}x{h}" for w, h in sizes)
    verdict = "ready for the show" if result.ok else f"NOT READY, {len(result.findings)} problems"
    print(f"{name}: {verdict} ({steps} frames: {len(deck.scene_ids)} scenes at {size_list} in "
          f"{', '.join(languages or deck.languages)}, on the audience and touch screens; "
          f"{time.monotonic() - started:.1f} s, "
          f"{result.seconds:.1f} s rendering)", file=out)
    return 0 if result.ok else 1


def _print_findings(result: PreflightResult, out: TextIO) -> None:
    order = {kind: n for n, kind in enumerate(KINDS)}
    findings = sorted(result.findings, key=lambda f: (order.get(f.kind, 9), f.source is None, f.source or "",
                                                      f.message))
    for kind, title in KINDS.items():
        mine = [f for f in findings if f.kind == kind]
        if mine:
            print(f"{title}: {len(mine)}", file=out)
            for finding in mine:
                print(_printable("  " + finding.line(), out), file=out)


def _write_json(result: PreflightResult, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(json.dumps(result.records, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(target)


def _printable(line: str, out: TextIO) -> str:
    encoding = getattr(out, "encoding", None) or "utf-8"
    return line.encode(encoding, "backslashreplace").decode(encoding, "replace")

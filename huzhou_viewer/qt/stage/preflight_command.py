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
from huzhou_viewer.content.messages import in_language, said, said_n
from huzhou_viewer.content.sources import pack_sources
from huzhou_viewer.qt.stage.preflight import PreflightResult, frames_said, run_preflight, word_findings

KINDS = {"words": said("program words shown in English"), "text": said("text that does not fit"),
         "break": said("lines that break badly"), "font": said("characters no font draws"),
         "picture": said("pictures")}


def preflight(pack: Path, sizes: tuple[tuple[int, int], ...], languages: list[str] | None, font_family: str,
              json_path: Path | None = None, sheet_path: Path | None = None,
              sheet_size: tuple[int, int] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
              report_language: str | None = None) -> int:
    """`report_language`: the language the report is written in (None: the user's, from the environment)."""
    started = time.monotonic()

    def say(line: object, to: TextIO = out) -> None:
        print(_printable(in_language(line, report_language), to), file=to, flush=to is err)

    if not pack.is_dir():
        say(said("huzhou-viewer: no content pack at {folder} (expected a folder with a pack.yaml)", folder=pack), err)
        return 2
    detailed = read_detailed(pack)
    for problem in detailed.problems:  # as `validate` prints them; warnings do not stop the preflight
        say(problem.said_in(report_language))
    name = detailed.parts.meta.id if detailed.parts is not None and detailed.parts.meta is not None else pack.name
    if not detailed.ok or detailed.parts is None:
        errors = sum(p.is_error for p in detailed.problems)
        say(said_n("{pack}: FAILED, the pack has {count} error; fix it first (huzhou-viewer validate {folder})",
                   "{pack}: FAILED, the pack has {count} errors; fix them first (huzhou-viewer validate {folder})",
                   errors, pack=name, folder=pack))
        return 1
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.show.present import build_deck

    # zh-Hant made from zh-Hans is checked when asked for; every language "of the pack" means its own.
    deck = build_deck(load_pack(pack), traditional="zh-Hant" in (languages or []))
    unknown = [language for language in languages or [] if language not in deck.languages]
    if unknown:
        say(said("huzhou-viewer: the pack has no language {asked} (it has {languages})", asked=", ".join(unknown),
                 languages=", ".join(deck.languages)), err)
        return 2
    if sheet_size is None:
        sheet_size = (1920, 1080) if (1920, 1080) in sizes else sizes[0]
    elif sheet_path is not None and sheet_size not in sizes:
        sizes = (*sizes, sheet_size)
    from huzhou_viewer.qt.stage.preflight_sheet import thumb_width

    result = run_preflight(deck, pack_sources(detailed.parts, detailed.where), font_family, sizes, languages,
                           sheet_size=sheet_size if sheet_path else None, thumb_width=thumb_width(sheet_size),
                           progress=lambda line: say(line, err))
    listed = list(detailed.parts.meta.languages) if detailed.parts.meta is not None else []
    result.findings[:0] = word_findings(
        deck, languages or deck.languages,
        lambda language: f"{PACK_FILE}:{detailed.where.line_of(PACK_FILE, ('languages', listed.index(language)))}"
        if language in listed else None)
    _print_findings(result, report_language, out)
    if json_path is not None:
        _write_json(result, json_path)
        say(said_n("preflight: wrote {count} text record to {file}", "preflight: wrote {count} text records to {file}",
                   len(result.records), file=json_path), err)
    if sheet_path is not None:
        from huzhou_viewer.qt.stage.preflight_sheet import write_sheet

        write_sheet(result.frames, result.findings, sheet_size, sheet_path, font_family)
        say(said("preflight: wrote the contact sheet of {size} to {file}", size=f"{sheet_size[0]}x{sheet_size[1]}",
                 file=sheet_path), err)
    verdict = said("ready for the show") if result.ok else said_n("NOT READY, {count} problem", "NOT READY, {count} "
                                                                  "problems", len(result.findings))
    say(said_n("{pack}: {verdict} ({frames}: {count} scene at {sizes} in {languages}, on the audience and touch "
               "screens; {seconds:.1f} s, {rendering:.1f} s rendering)",
               "{pack}: {verdict} ({frames}: {count} scenes at {sizes} in {languages}, on the audience and touch "
               "screens; {seconds:.1f} s, {rendering:.1f} s rendering)", len(deck.scene_ids), pack=name,
               verdict=verdict, frames=frames_said(len(result.frames)), sizes=", ".join(f"{w}x{h}" for w, h in sizes),
               languages=", ".join(languages or deck.languages), seconds=time.monotonic() - started,
               rendering=result.seconds))
    return 0 if result.ok else 1


def _print_findings(result: PreflightResult, language: str | None, out: TextIO) -> None:
    order = {kind: n for n, kind in enumerate(KINDS)}
    findings = sorted(result.findings, key=lambda f: (order.get(f.kind, 9), f.source is None, f.source or "",
                                                      f.message))
    for kind, title in KINDS.items():
        mine = [f for f in findings if f.kind == kind]
        if mine:
            print(f"{in_language(title, language)}: {len(mine)}", file=out)
            for finding in mine:
                print(_printable("  " + finding.line(language), out), file=out)


def _write_json(result: PreflightResult, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(json.dumps(result.records, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(target)


def _printable(line: str, out: TextIO) -> str:
    encoding = getattr(out, "encoding", None) or "utf-8"
    return line.encode(encoding, "backslashreplace").decode(encoding, "replace")

"""`huzhou-viewer report`: what visitors looked for, and what each screen showed for how long, from the kiosk's
hourly counts (show/visits.py), as a table on the terminal and as CSV."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

from huzhou_viewer.show.visits import BLACKOUT, CLOSED, Hour

CSV_FIELDS = ("date", "hour", "screen", "what", "item", "count", "seconds")
TOP = 10


def clock(seconds: float) -> str:
    """Seconds as h:mm:ss."""
    whole = round(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def rows(hours: Iterable[Hour]) -> list[dict[str, str]]:
    """One row per hour, screen and thing counted: the CSV's rows (CSV_FIELDS)."""
    out = []
    for hour in hours:
        base = {"date": hour.start.date().isoformat(), "hour": f"{hour.start:%H}", "screen": hour.screen}

        def row(what: str, item: str, count: float | str = "", seconds: float | str = "", base=base) -> None:
            out.append({**base, "what": what, "item": item, "count": str(count),
                        "seconds": f"{seconds:.0f}" if isinstance(seconds, float) else str(seconds)})

        for scene, taps in sorted(hour.taps.items()):
            row("taps", scene, count=int(taps))
        for person, opened in sorted(hour.people.items()):
            row("person", person, count=int(opened))
        for scene, seconds in sorted(hour.seconds.items()):
            row("time-with-visitors", scene, seconds=float(seconds))
        if hour.searches:
            row("searches", "", count=hour.searches)
        for typed, times in sorted(hour.not_found.items()):
            row("found-nobody", typed, count=int(times))
        for shown, seconds in sorted(hour.shown.items()):
            row("shown", shown, seconds=float(seconds))
    return out


def write_csv(hours: Iterable[Hour], path: Path) -> int:
    """Write the CSV (UTF-8 with a byte-order mark, which spreadsheet programs read as UTF-8); the row count."""
    found = rows(hours)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(found)
    return len(found)


def proof_of_show(hours: Iterable[Hour]) -> list[str]:
    """A line per day and screen: how long each scene was shown, in the attract loop and with visitors, how
    long the screen was black and how long closed (outside opening hours)."""
    days: dict[tuple[date, str], Counter] = defaultdict(Counter)
    for hour in hours:
        days[(hour.start.date(), hour.screen)].update(hour.shown)
    lines = []
    for (day, screen), shown in sorted(days.items()):
        scenes: Counter = Counter()
        attract = visitors = 0.0
        for what, seconds in shown.items():
            kind, _, scene = what.partition(":")
            if scene:
                scenes[scene] += seconds
                attract += seconds if kind == "attract" else 0.0
                visitors += seconds if kind == "visitors" else 0.0
        parts = [f"{scene} {clock(s)}" for scene, s in scenes.most_common()]
        lines.append(f"{day} {screen or '-'}: on screen {clock(attract + visitors)} (attract loop {clock(attract)}, "
                     f"with visitors {clock(visitors)}): {', '.join(parts) or 'nothing'}; "
                     f"black-out {clock(shown[BLACKOUT])}; closed (outside opening hours) {clock(shown[CLOSED])}")
    return lines


def print_report(hours: list[Hour], since: date, out: TextIO) -> None:
    taps: Counter = Counter()
    seconds: Counter = Counter()
    people: Counter = Counter()
    not_found: Counter = Counter()
    searches = 0
    for hour in hours:
        taps.update(hour.taps)
        seconds.update(hour.seconds)
        people.update(hour.people)
        not_found.update(hour.not_found)
        searches += hour.searches
    screens = sorted({h.screen for h in hours})
    print(f"Visitors since {since}: {len(screens)} screen(s), {len(hours)} hour(s) counted", file=out)
    if not hours:
        return
    print("\nScenes              taps   time with visitors", file=out)
    for scene in sorted(set(taps) | set(seconds), key=lambda s: (-taps[s], -seconds[s], s)):
        print(f"  {scene:<16} {int(taps[scene]):>6}   {clock(seconds[scene]):>10}", file=out)
    print(f"\nHonourees opened (top {TOP})", file=out)
    for person, opened in people.most_common(TOP) or [("(none)", 0)]:
        print(f"  {person:<16} {int(opened):>6}", file=out)
    print(f"\nSearches: {searches}, of which {sum(not_found.values()):.0f} found nobody", file=out)
    for typed, times in not_found.most_common():
        print(f"  {typed!r:<24} {int(times):>4}", file=out)
    print("\nShown (proof of show), per day and screen", file=out)
    for line in proof_of_show(hours):
        print(f"  {line}", file=out)


def today_lines(visits, deck, language: str, top: int = 5) -> list[str]:
    """Today's most looked-for on this screen, for the admin panel: scenes by taps, honourees by pages opened,
    and the searches that found nobody, named in `language` (visits: show.visits.Visits; deck: show.deck.Deck)."""
    words = deck.words(language)
    today = visits.today
    scenes = {view["id"]: view.get("label") or view.get("title") or view["id"] for view in deck.scenes(language)}
    people = {p["id"]: p["name"] for view in deck.scenes(language) if view["kind"] == "gallery"
              for p in view.get("people", [])}
    lines = []
    if today.taps:
        lines.append(" · ".join(f"{scenes.get(s, s)} {int(n)}" for s, n in today.taps.most_common(top)))
    if today.people:
        lines.append(" · ".join(f"{people.get(p, p)} {int(n)}" for p, n in today.people.most_common(top)))
    if today.not_found:
        said = " · ".join(f"\u201c{typed}\u201d {int(n)}" for typed, n in today.not_found.most_common(top))
        lines.append(f"{words['admin-today-not-found']}{_colon(words['admin-today-not-found'])}{said}")
    today_word = words["admin-today"] + _colon(words["admin-today"])
    return [today_word + line for line in lines[:1]] + lines[1:] if lines else [today_word + words["admin-today-none"]]


def _colon(word: str) -> str:
    """The colon after `word`: a full-width one after Chinese or Japanese."""
    from huzhou_viewer.content.script import is_wide

    return "\uff1a" if word and is_wide(word[-1]) else ": "

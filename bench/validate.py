"""`validate` of a pack whose one file is 1 MiB of a hostile shape, each shape within a time limit.

A pack file may be up to 1 MiB (content/files.py). Whatever it holds, the validator must answer within 10 s:
a kiosk's start that falls back to the detailed path waits for it too. Each shape fills the example pack's
people.yaml (or a scene file) to just under the limit and is validated in a child process of its own, so one
shape's memory or a hang cannot touch the next; a child is killed at twice the limit. The baseline is the
example pack itself, validated the same way in the same run, printed so the figures of two machines compare.

`.venv/bin/python bench/validate.py` (`--limit` seconds, default 10; `--only SHAPE` to run one).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import ROOT, verdict

EXAMPLE = ROOT / "docs" / "example-pack"
BUDGET = (1 << 20) - 4096  # just under the 1 MiB a pack file may hold
PEOPLE_HEAD = "categories:\n  - id: makers\n    name: {zh-Hans: 手艺人, en: Makers}\npeople:\n"
PERSON = "role: {en: Maker}, citation: {en: Made things}, category: makers"


def _fill(head: str, item: Callable[[int], str], tail: str = "") -> str:
    parts, size, index = [head], len(head.encode()) + len(tail.encode()), 0
    while True:
        piece = item(index)
        size += len(piece.encode())
        if size > BUDGET:
            return "".join(parts) + tail
        parts.append(piece)
        index += 1


def unknown_keys() -> tuple[str, str]:
    """A few people, each with hundreds of keys the format does not know (16,000 errors or so)."""
    def person(i: int) -> str:
        extra = "" if i % 400 else f"  - id: p{i}\n    name: {{en: P{i}}}\n    category: makers\n"
        return extra + f"    xk{i}: v\n"
    return "people.yaml", _fill(PEOPLE_HEAD + "  - id: p\n    name: {en: P}\n    category: makers\n", person)


def many_people() -> tuple[str, str]:
    """Valid people, as many as fit: the ordinary big file."""
    def person(i: int) -> str:
        return f"  - {{id: p{i}, name: {{zh-Hans: 人{i}, en: Person {i}}}, {PERSON}}}\n"
    return "people.yaml", _fill(PEOPLE_HEAD, person)


def many_wrong_types() -> tuple[str, str]:
    """Every person's name a list: one error per person, each with its own place."""
    return "people.yaml", _fill(PEOPLE_HEAD, lambda i: f"  - {{id: p{i}, name: [x], {PERSON}}}\n")


def deep_nesting() -> tuple[str, str]:
    """Lists in lists as deep as the YAML reader allows, repeated (and one beyond, which it must refuse)."""
    def nest(i: int) -> str:
        depth = 900 if i % 50 else 5000
        return f"  - {{id: d{i}, name: " + "[" * depth + "x" + "]" * depth + ", category: makers}\n"
    return "people.yaml", _fill(PEOPLE_HEAD, nest)


def deep_mappings() -> tuple[str, str]:
    """Block mappings nested as deep as the indentation budget allows (about 1,400 levels in 1 MiB)."""
    def level(i: int) -> str:
        return " " * (4 + i) + f"k{i}:\n"
    return "people.yaml", _fill(PEOPLE_HEAD + "  - id: deep\n    category: makers\n    name:\n", level, "")


def many_merges() -> tuple[str, str]:
    """`- {<<: *p, id: pN}` as often as fits: over the merge limit, refused with a place."""
    head = PEOPLE_HEAD.replace("people:\n", f"base: &p {{name: {{en: P}}, {PERSON}}}\npeople:\n")
    return "people.yaml", _fill(head, lambda i: f"  - {{<<: *p, id: p{i}}}\n")


def merges_within_limit() -> tuple[str, str]:
    """500 merge keys (the limit), each person padded with unknown keys to fill the file."""
    head = PEOPLE_HEAD.replace("people:\n", f"base: &p {{name: {{en: P}}, {PERSON}}}\npeople:\n")

    def person(i: int) -> str:
        return f"  - <<: *p\n    id: p{i}\n" if i < 500 else f"    q{i}: 1\n"
    return "people.yaml", _fill(head, person)


def many_aliases() -> tuple[str, str]:
    """One anchored role, citation and category for every person: about 20,000 aliases, within the node limit."""
    head = (PEOPLE_HEAD + "  - {id: p, name: P, role: &r {zh-Hans: 职, en: Role}, citation: &c Made things, "
            "category: &k makers}\n")
    pad = "-" + "x" * 40  # long ids keep the count of values under the limit
    return "people.yaml", _fill(head, lambda i: f"  - {{id: p{i}{pad}, name: *c, role: *r, citation: *c, "
                                                "category: *k}}\n")


def alias_bomb() -> tuple[str, str]:
    """Lists of aliases of lists of aliases: far over the node limit once expanded, refused with a place."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9)]
    return "people.yaml", PEOPLE_HEAD.replace("people:\n", "".join(lines) + "people:\n") + "  - *a8\n"


def long_string() -> tuple[str, str]:
    """One citation of almost 1 MiB (CJK and Latin, no line breaks)."""
    head = PEOPLE_HEAD + "  - id: long\n    category: makers\n    name: {en: Long}\n    role: r\n    citation: \""
    return "people.yaml", _fill(head, lambda i: "长文本 long text " if i % 2 else "湖州", "\"\n")


def many_long_lines() -> tuple[str, str]:
    """Block scalars (`|`) of many long lines, as a pasted report would be."""
    head = (PEOPLE_HEAD + "  - id: long\n    category: makers\n    name: {en: Long}\n    role: r\n"
            "    citation:\n      en: |\n")
    return "people.yaml", _fill(head, lambda i: "        " + "word " * 30 + "\n")


def scene_blocks() -> tuple[str, str]:
    """A scene of thousands of statement blocks, one in ten with an unknown key."""
    head = (EXAMPLE / "scenes" / "autumn.yaml").read_text(encoding="utf-8").split("blocks:")[0] + "blocks:\n"

    def block(i: int) -> str:
        wrong = ", tone: x" if i % 10 == 0 else ""
        return f"  - {{kind: statement, text: {{en: Block {i}, zh-Hans: 第{i}块}}{wrong}}}\n"
    return "scenes/autumn.yaml", _fill(head, block)


SHAPES: dict[str, Callable[[], tuple[str, str]]] = {
    f.__name__: f for f in (unknown_keys, many_people, many_wrong_types, deep_nesting, deep_mappings, many_merges,
                            merges_within_limit, many_aliases, alias_bomb, long_string, many_long_lines,
                            scene_blocks)
}


def _validate_seconds(pack: Path, timeout: float) -> tuple[float, str]:
    """Wall time of `validate` in a child process (the import of the program included), and its last line."""
    code = ("import sys, time; t = time.perf_counter(); from huzhou_viewer.content.validate import run; "
            "import io; out = io.StringIO(); run(sys.argv[1], out=out); "
            "print(round(time.perf_counter() - t, 3)); print(out.getvalue().splitlines()[-1][:160])")
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code, str(pack)], capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, "killed: ran past the time limit"
    lines = done.stdout.splitlines()
    if done.returncode != 0 or len(lines) < 2:
        return time.perf_counter() - start, f"failed (exit {done.returncode}): {done.stderr.strip()[-300:]}"
    return float(lines[0]), lines[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=10.0, help="seconds a shape may take (default 10)")
    parser.add_argument("--only", choices=sorted(SHAPES), action="append", help="run only these shapes")
    args = parser.parse_args()
    worst, missed = 0.0, []
    with tempfile.TemporaryDirectory(prefix="validate-bench-") as tmp:
        base = Path(tmp) / "example"
        shutil.copytree(EXAMPLE, base)
        baseline, summary = _validate_seconds(base, 4 * args.limit)
        print(f"baseline (example pack): {baseline:.2f} s  {summary}")
        for name in args.only or SHAPES:
            file, text = SHAPES[name]()
            pack = Path(tmp) / name
            shutil.copytree(EXAMPLE, pack)
            (pack / file).write_text(text, encoding="utf-8")
            seconds, summary = _validate_seconds(pack, 2 * args.limit)
            size = len(text.encode()) / (1 << 20)
            ok = seconds <= args.limit and not summary.startswith(("killed", "failed"))
            print(f"{name:22s} {size:.2f} MiB {file:20s} {seconds:6.2f} s  {verdict(ok):6s} {summary}")
            worst = max(worst, seconds)
            if not ok:
                missed.append(name)
    print(f"slowest shape: {worst:.2f} s (baseline {baseline:.2f} s); target: every shape <= {args.limit:.0f} s")
    print(f"validate of 1 MiB files: {verdict(not missed)}" + (f" (missed: {', '.join(missed)})" if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())

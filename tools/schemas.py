"""Writes resources/schema/*.schema.json from the pack model (content/json_schema.py); --check only compares."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from huzhou_viewer.content.json_schema import KINDS, schema_file_name, schema_text  # noqa: E402
from huzhou_viewer.resources import schema_dir  # noqa: E402


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for kind in KINDS:
        path = schema_dir() / schema_file_name(kind)
        text = schema_text(kind)
        if path.is_file() and path.read_text("utf-8") == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
    for path in stale:
        print(f"{'stale' if check else 'wrote'}: {path}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())

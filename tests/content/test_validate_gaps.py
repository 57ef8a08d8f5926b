"""What validate used to pass in silence, or fail on itself: empty names, half characters, charts that cannot
be drawn, files that cannot be read. Each is now a message with its place."""

from __future__ import annotations

import io

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.problems import PackError
from huzhou_viewer.content.validate import run, validate_pack
from tests.packfactory import CLOSING_YAML, edit, line_of, write_pack

CHART = """\
  - kind: chart
    chart: bars
    title: Visitors
    unit: people
    items:
      - {label: "2022", value: VALUE}
      - {label: "2023", value: 2}
"""


def _errors(pack) -> list[str]:
    return [str(p) for p in validate_pack(pack) if p.is_error]


def test_a_person_with_an_empty_name_is_an_error_at_the_name(tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "people.yaml", "name: {en: Li Ming, zh-Hans: 李明}", 'name: ""')
    line = line_of(pack, "people.yaml", 'name: ""')
    assert _errors(pack) == [f"people.yaml:{line}:11: error: a person needs a name"]


def test_a_lone_surrogate_is_reported_and_printing_it_never_fails(tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "pack.yaml", "  en: Test pack\n", '  en: "Four\\ud800Seasons"\n')
    line = line_of(pack, "pack.yaml", "Four")
    out = io.StringIO()
    assert run(pack, out=out) == 1
    said = out.getvalue()
    assert f"pack.yaml:{line}:7: error: U+D800 is half of a character (a lone surrogate)" in said
    assert "internal error" not in said and "FAILED" in said
    with pytest.raises(PackError):
        load_pack(pack)


@pytest.mark.parametrize("value", ["1.7e308", "1e16"])
def test_a_chart_value_too_large_to_draw_is_an_error(tmp_path, value):
    pack = write_pack(tmp_path / "pack", {"scenes/closing.yaml": CLOSING_YAML + CHART.replace("VALUE", value)})
    line = line_of(pack, "scenes/closing.yaml", "value: " + value)
    errors = _errors(pack)
    assert len(errors) == 1 and errors[0].startswith(f"scenes/closing.yaml:{line}:")
    assert "too large to draw" in errors[0]


def test_a_scale_that_blows_a_value_up_is_an_error_at_the_scale(tmp_path):
    chart = CHART.replace("VALUE", "5") + "    scale: {en: 1e-300}\n"
    pack = write_pack(tmp_path / "pack", {"scenes/closing.yaml": CLOSING_YAML + chart})
    line = line_of(pack, "scenes/closing.yaml", "scale:")
    errors = _errors(pack)
    assert len(errors) == 1 and errors[0].startswith(f"scenes/closing.yaml:{line}:")
    assert "scale 1e-300 makes a value too large to draw" in errors[0]


def test_a_file_that_cannot_be_read_is_named_not_an_internal_error(tmp_path, monkeypatch):
    pack = write_pack(tmp_path / "pack")
    import huzhou_viewer.content.detailed as detailed

    def refuse(root):
        raise PermissionError(13, "Permission denied", str(root / "scenes"))

    monkeypatch.setattr(detailed, "read_detailed", refuse)
    monkeypatch.setattr("huzhou_viewer.content.validate.read_detailed", refuse)
    out = io.StringIO()
    assert run(pack, out=out) == 1
    assert out.getvalue().strip() == f"{pack / 'scenes'}: error: cannot read: Permission denied"
    with pytest.raises(PackError) as refused:
        (pack / "people.yaml").write_text("people: [", encoding="utf-8")  # sends the start to the detailed reader
        load_pack(pack)
    assert "cannot read: Permission denied" in str(refused.value) and "internal error" not in str(refused.value)

"""Charts in a pack that cannot be drawn as written: each is a validate error at the line of the mistake."""

import pytest

from huzhou_viewer.content.validate import validate_pack
from tests.packfactory import CLOSING_YAML, line_of, write_pack

BARS = """\
  - kind: chart
    chart: bars
    title: {en: Visitors, zh-Hans: 游客}
    unit: {en: million, zh-Hans: 万人次}
    scale: {en: 1000000, zh-Hans: 10000}
    items:
      - label: "2022"
        value: 680000
        derived: true
      - label: "2023"
        value: 12000000
"""


def pack_with(tmp_path, chart_yaml):
    closing = CLOSING_YAML + chart_yaml
    return write_pack(tmp_path / "pack", {"scenes/closing.yaml": closing})


def errors(pack):
    return [p for p in validate_pack(pack) if p.is_error]


def test_a_good_chart_passes(tmp_path):
    assert errors(pack_with(tmp_path, BARS)) == []


@pytest.mark.parametrize("old, new, needle, message", [
    ("value: 680000", "value: lots", "value: lots", "expected a number"),
    ("chart: bars", "chart: pie", "chart: pie", "'bars', 'milestones', 'share'"),
    ("    unit: {en: million, zh-Hans: 万人次}\n", "", "chart: bars", "needs a 'unit'"),
    ("        value: 680000\n", "", "derived: true", "has no 'value'"),
    ("value: 12000000", "value: -5", "value: -5", "0 or more"),
    ("scale: {en: 1000000, zh-Hans: 10000}", "scale: {fr: 10}", "scale: {fr", "not a language of this pack"),
    ("chart: bars", "chart: share", "label: \"2023\"", "one share"),
    ("chart: bars", "chart: milestones", "chart: milestones", "needs a 'start'"),
])
def test_chart_mistakes_are_located(tmp_path, old, new, needle, message):
    pack = pack_with(tmp_path, BARS.replace(old, new))
    found = [p for p in errors(pack) if message in p.message]
    assert found, f"no error saying {message!r} in {[str(p) for p in errors(pack)]}"
    assert found[0].file == "scenes/closing.yaml"
    assert found[0].line == line_of(pack, "scenes/closing.yaml", needle)


def test_milestones_out_of_order_are_an_error(tmp_path):
    chart = BARS.replace("chart: bars", "chart: milestones").replace(
        "    unit:", "    start: {en: Signing, zh-Hans: 签约}\n    unit:").replace("value: 680000", "value: 90000000")
    pack = pack_with(tmp_path, chart)
    assert any("in order of their day" in p.message for p in errors(pack))

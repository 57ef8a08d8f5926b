"""Icon names in a pack, checked by validate against qtawesome's without starting Qt."""

import io
import subprocess
import sys

from huzhou_viewer.content import validate
from huzhou_viewer.content.icons import icon_names, icon_problem
from tests.conftest import ROOT
from tests.packfactory import column_in, edit, line_of, write_pack


def test_a_misspelt_icon_is_an_error_at_its_place_with_a_did_you_mean(tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "scenes/spring.yaml", "season: spring\n", "season: spring\nicon: mdi6.leaf-mapel\n")
    edit(pack, "pack.yaml", "    task: {en: Clear water, zh-Hans: 绿水青山}\n",
         "    task: {en: Clear water, zh-Hans: 绿水青山}\n    icon: mdl6.leaf\n")
    out = io.StringIO()
    assert validate.run(pack, out=out) == 1
    lines = out.getvalue().splitlines()
    line = line_of(pack, "scenes/spring.yaml", "icon: mdi6.leaf-mapel")
    column = column_in(pack, "scenes/spring.yaml", line, "mdi6.leaf-mapel")
    assert f"scenes/spring.yaml:{line}:{column}: error: unknown icon 'mdi6.leaf-mapel'" in out.getvalue()
    assert any("did you mean 'mdi6.leaf-maple'?" in text for text in lines)
    task_line = line_of(pack, "pack.yaml", "icon: mdl6.leaf")
    assert any(text.startswith(f"pack.yaml:{task_line}:") and "unknown icon prefix 'mdl6'" in text
               and "did you mean 'mdi6.leaf'?" in text for text in lines)


def test_known_icons_pass_and_names_without_a_prefix_say_how_to_write_them():
    names = icon_names()
    assert names is not None and "leaf-maple" in names["mdi6"]
    assert icon_problem("mdi6.leaf-maple", names) is None
    assert icon_problem("fa5s.star", names) is None
    assert "did you mean 'mdi6.leaf-maple'?" in (icon_problem("leaf-maple", names) or "")


def test_the_bundled_packs_icons_are_all_known(bundled_pack_dir):
    out = io.StringIO()
    assert validate.run(bundled_pack_dir, out=out) == 0, out.getvalue()
    assert "icon" not in out.getvalue()


def test_reading_the_names_starts_no_qt():
    code = ("import sys; from huzhou_viewer.content.icons import icon_names; n = icon_names(); "
            "print(len(n['mdi6']) > 1000, sorted(m for m in ('qtawesome', 'PySide6', 'qtpy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True []", result.stderr[-500:]

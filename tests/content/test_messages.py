"""What the checks tell the user, in the user's language: `validate --lang`, LANG, and complete catalogues."""

from __future__ import annotations

import gettext
import io
import pickle
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from huzhou_viewer.content import validate
from huzhou_viewer.content.messages import DOMAIN, Said, catalogue, in_language, said, said_n, tell, user_language
from huzhou_viewer.content.words import LOCALE_DIR
from tests.content.test_pack_errors import BROKEN, Broken
from tests.packfactory import write_pack

# The languages the checks speak besides English, the source (which needs no catalogue).
SPOKEN = ["ar", "de", "es", "fr", "ja", "ko", "zh_Hans", "zh_Hant"]


def _po(name: str):
    with (LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as file:
        return read_po(file)


def _template():
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as file:
        return read_po(file)


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def test_a_message_is_its_english_text_and_can_be_said_again_in_german():
    message = said("unknown task '{value}'{hint}", value="reform", hint=said("; did you mean '{close}'?",
                                                                               close="reforms"))
    assert message == "unknown task 'reform'; did you mean 'reforms'?"
    assert isinstance(message, str) and isinstance(message, Said)
    german = in_language(message, "de")
    assert "reform" in german and "reforms" in german
    assert german != message and "did you mean" not in german  # the fragment in a field is said in German too


def test_a_message_pickles_with_what_it_takes_to_translate_it():
    message = said_n("{count} error", "{count} errors", 3)
    again = pickle.loads(pickle.dumps(message))
    assert again == "3 errors" and in_language(again, "de") == in_language(message, "de") != "3 errors"


def test_plural_forms_follow_the_count():
    assert said_n("{count} error", "{count} errors", 1) == "1 error"
    assert said_n("{count} error", "{count} errors", 2) == "2 errors"
    assert in_language(said_n("{count} error", "{count} errors", 1), "de") == "1 Fehler"
    assert in_language(said_n("{count} warning", "{count} warnings", 2), "de") == "2 Warnungen"


def test_a_translation_that_names_a_field_the_english_lacks_is_not_used():
    class Broken(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return "{nothing} here"

    message = said("value {value:g} is not a number of 0 or more", value=-1.5)
    assert tell(message, Broken()) == "value -1.5 is not a number of 0 or more"


def test_plain_text_is_left_as_it_is():
    assert in_language("scenes/a.yaml:3:1: error: x", "de") == "scenes/a.yaml:3:1: error: x"


@pytest.mark.parametrize(("environment", "language"), [
    ({"LANG": "de_DE.UTF-8"}, "de-DE"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"}, "ja-JP"),
    ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, "ko-KR"),
    ({"LANGUAGE": "es:en", "LANG": "de_DE.UTF-8"}, "es"),
    ({"LANG": "zh_TW.UTF-8"}, "zh-TW"),
    ({"LANG": "sr_RS@latin"}, "sr-RS"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_ALL": "POSIX"}, "en"),
    ({}, "en"),
])
def test_the_users_language_is_read_the_way_gettext_reads_it(environment, language):
    assert user_language(environment) == language


def test_taiwan_gets_traditional_and_an_unknown_language_english():
    message = said_n("{count} error", "{count} errors", 2)
    assert in_language(message, "zh-TW") == in_language(message, "zh-Hant") != in_language(message, "zh-Hans")
    assert in_language(message, "sw") == "2 errors"
    assert in_language(message, "de-AT") == in_language(message, "de")


def test_every_message_of_the_program_is_in_the_template():
    """A said() added without `make locale` would stay English everywhere: caught here."""
    import subprocess
    import sys
    import tempfile

    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "checks.pot"
        subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(root / "babel.cfg"),
                        "-k", "said", "-k", "said_n:1,2", "-k", "template", "--no-default-keywords", "--no-location",
                        "-o", str(fresh), str(root)], check=True, cwd=root, capture_output=True)
        with fresh.open("rb") as file:
            extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(file) if m.id}
    committed = {m.id if isinstance(m.id, str) else m.id[0] for m in _template() if m.id}
    assert extracted == committed, "run `make locale`"
    assert len(committed) > 150


@pytest.mark.parametrize("name", SPOKEN)
def test_every_catalogue_says_every_message_with_the_same_fields(name):
    english = {m.id: m for m in _template() if m.id}
    entries = {m.id: m for m in _po(name) if m.id}
    assert set(entries) == set(english)
    for msgid, message in entries.items():
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(form.strip() for form in forms), (name, msgid)
        source = msgid if isinstance(msgid, str) else msgid[0]
        for form in forms:
            assert _fields(form) == _fields(source), (name, source, form)


@pytest.mark.parametrize("name", SPOKEN)
def test_the_committed_mo_files_are_compiled_from_the_current_po_files(name):
    mo = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with mo.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    for message in _po(name):
        if message.id and isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string, "run `make locale`"


@pytest.mark.parametrize("case", BROKEN, ids=lambda case: case.name)
def test_what_a_broken_pack_is_told_is_said_in_every_language(case: Broken, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    case.breaks(pack)
    problems = validate.validate_pack(pack)
    assert problems
    for problem in problems:
        assert isinstance(problem.message, Said), f"not translatable: {problem}"
        for name in SPOKEN:
            told = problem.said_in(name)
            assert told.startswith(f"{problem.file}:{problem.line}:{problem.column}: {problem.severity}: ")
            assert told != str(problem), (name, str(problem))


def test_validate_speaks_the_language_asked_for_and_else_the_users(tmp_path: Path, monkeypatch) -> None:
    pack = write_pack(tmp_path / "pack")
    BROKEN[0].breaks(pack)
    out = io.StringIO()
    assert validate.run(pack, out=out, language="de") == 1
    german = out.getvalue().splitlines()
    assert german[-1].endswith("1 Fehler, 0 Warnungen") and "FEHLGESCHLAGEN" in german[-1]
    assert "format 2" in german[0] and "not supported" not in german[0]
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    out = io.StringIO()
    validate.run(pack, out=out)
    assert out.getvalue() != "\n".join(german) + "\n" and "エラー" in out.getvalue()
    assert catalogue(None) is catalogue("ja-JP")


def test_a_number_written_with_thousands_is_grouped_as_the_language_groups_them():
    from babel.numbers import format_decimal

    message = said("at most {limit:,} values", limit=200_000)  # in no catalogue: the English, grouped anew
    assert message == "at most 200,000 values" == in_language(message, "en")
    assert in_language(message, "de") == "at most 200.000 values"
    assert in_language(message, "fr") == f"at most {format_decimal(200_000, locale='fr')} values" != message
    translated = said("this holds {size:,} values, counting each value an alias repeats; a pack file may hold at "
                      "most {limit:,}", size=1_234_567, limit=200_000)  # the translators keep {size:,}
    assert "1.234.567" in in_language(translated, "de") and "200.000" in in_language(translated, "es")
    assert "200,000" in in_language(translated, "ja") and "200,000" in str(translated)
    assert in_language(said("{value:g} and {code:04X}", value=1e6, code=255), "de") == "1e+06 and 00FF"  # others


def test_how_many_more_takes_the_form_its_number_asks_for():
    def more(count: int):
        return said_n("{characters} and {count} more", "{characters} and {count} more", count, characters="'a'")

    assert more(1) == "'a' and 1 more" and more(3) == "'a' and 3 more"
    assert in_language(more(1), "fr") == "'a' et 1 autre" and in_language(more(3), "fr") == "'a' et 3 autres"

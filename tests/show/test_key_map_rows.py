"""The on-screen key map ('?') promises only what works: each key once, digits as far as there are scenes,
no key the platform cannot deliver."""

from huzhou_viewer.show.labels import key_map_rows


def _keys(rows) -> list[str]:
    return [key for row in rows for key in row["keys"].split("  ")]


def test_each_key_is_listed_once():
    keys = _keys(key_map_rows("en", 7))
    assert keys.count("Enter") == 1
    assert len(keys) == len(set(keys))


def test_digits_reach_as_far_as_there_are_scenes():
    assert any(row["keys"] == "1 … 7" for row in key_map_rows("en", 7))
    assert any(row["keys"] == "1 … 9" for row in key_map_rows("de", 14))
    assert any(row["keys"] == "1" for row in key_map_rows("en", 1))


def test_a_key_that_cannot_arrive_is_not_promised():
    assert "Presentation" in _keys(key_map_rows("en", 7))
    rows = key_map_rows("en", 7, unreachable=frozenset({"Presentation"}))
    assert "Presentation" not in _keys(rows)
    start = next(row for row in rows if row["action"] == key_map_rows("en", 7)[7]["action"])
    assert start["keys"] == "F5"  # the row stays, with the keys that do arrive


def test_the_language_switch_tells_simplified_from_traditional_only_when_both_are_there():
    from huzhou_viewer.show.labels import language_mark

    assert [language_mark(t, ["zh-Hans", "en"]) for t in ("zh-Hans", "en")] == ["中", "EN"]
    assert [language_mark(t, ["zh-Hans", "zh-Hant", "en"]) for t in ("zh-Hans", "zh-Hant", "en")] == ["简", "繁", "EN"]
    assert language_mark("zh-TW", ["zh-TW", "zh-CN"]) == "繁" and language_mark("zh-CN", ["zh-TW", "zh-CN"]) == "简"
    assert language_mark("zh-Hant", ["zh-Hant"]) == "中"  # one Chinese: nothing to tell apart
    assert language_mark("de", ["de", "en"]) == "DE"

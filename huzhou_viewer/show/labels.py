"""The program's own words (not the pack's): key-map labels and small captions, per language.

A pack may use languages the program has no words for; those fall back to English.
"""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "next": "Next step or scene",
        "previous": "Previous step or scene",
        "first": "First scene",
        "last": "Last scene",
        "jump": "Jump to scene 1-9",
        "blackout": "Black screen (toggle)",
        "whiteout": "White screen (toggle)",
        "start-from-first": "Full screen from the first scene",
        "start-from-current": "Full screen from this scene",
        "toggle-fullscreen": "Full screen on / off",
        "leave-fullscreen": "Leave full screen",
        "next-language": "Switch language",
        "toggle-help": "Show / hide this key map",
        "keymap-title": "Keys",
        "over": "over",
        "about": "about",
        "derived": "derived",
        "derived-values": "derived (computed from the stated figures)",
        "chart-unavailable": "Chart unavailable",
        "source": "Source",
        "pack-fallback": "The chosen content pack has errors; showing the bundled one. See the log.",
        "pack-reload-failed": "The pack was changed but has errors; still showing the last good version. See the log.",
        "gallery-empty": "No honourees in this pack yet.",
        "all-categories": "All",
        "search": "Search",
        "search-hint": "Type a name or its pinyin: fanli, fl",
        "search-none": "No one by that name.",
        "close": "Close",
        "back-to-grid": "All honourees",
        "step": "step",
        "admin-title": "Kiosk administration",
        "admin-quit": "Quit the show",
        "admin-reload": "Reload the pack",
        "admin-screen": "Screen",
        "admin-log": "Last lines of the log",
        "admin-close": "Back to the show",
        "admin-pin": "Enter the PIN",
        "admin-pin-wrong": "Wrong PIN",
        "admin-pin-locked": "Too many wrong PINs: try again in {seconds} s",
        "admin-reloaded": "Pack reloaded",
        # Presenter console
        "presenter-toggle-console": "Show / hide the console",
        "presenter-overview": "Overview of every scene",
        "presenter-auto-advance": "Auto-advance: start, pause, resume",
        "presenter-swap-screens": "Swap the two screens",
        "presenter-timer": "Timer: start / pause",
        "presenter-timer-reset": "Timer: reset",
        "presenter-notes-larger": "Notes larger",
        "presenter-notes-smaller": "Notes smaller",
        "console-now": "Now",
        "console-next": "Next",
        "console-notes": "Notes",
        "console-clock": "Clock",
        "console-elapsed": "Elapsed",
        "console-paused": "paused",
        "console-scene-time": "This scene",
        "console-planned": "plan",
        "console-rehearsal": "last rehearsal",
        "console-scenes": "Scenes",
        "console-blackout": "AUDIENCE: BLACK",
        "console-whiteout": "AUDIENCE: WHITE",
        "console-auto-on": "Auto-advance on",
        "console-auto-paused": "Auto-advance paused",
        "console-end": "End of the show",
        "console-no-picture": "not shown yet",
        "console-overview-hint": "Arrows or a number, then Enter; Esc closes",
        "screen-missing-audience": "audience screen {wanted} does not exist (screens: {screens}); using {used}",
        "screen-missing-console": "console screen {wanted} does not exist (screens: {screens}); using {used}",
    },
    "zh-Hans": {
        "next": "下一步或下一幕",
        "previous": "上一步或上一幕",
        "first": "第一幕",
        "last": "最后一幕",
        "jump": "跳到第 1–9 幕",
        "blackout": "黑屏（再按恢复）",
        "whiteout": "白屏（再按恢复）",
        "start-from-first": "从第一幕全屏放映",
        "start-from-current": "从当前幕全屏放映",
        "toggle-fullscreen": "全屏开关",
        "leave-fullscreen": "退出全屏",
        "next-language": "切换语言",
        "toggle-help": "显示或隐藏按键说明",
        "keymap-title": "按键",
        "over": "超",
        "about": "约",
        "derived": "推算",
        "derived-values": "推算值（由报道数字计算）",
        "chart-unavailable": "图表暂不可用",
        "source": "来源",
        "pack-fallback": "所选内容包有错误，现显示内置内容。详见日志。",
        "pack-reload-failed": "内容包已修改但有错误，仍显示上一个正确版本。详见日志。",
        "gallery-empty": "本内容包尚无人物。",
        "all-categories": "全部",
        "search": "搜索",
        "search-hint": "输入姓名或拼音：fanli、fl",
        "search-none": "没有找到这个名字。",
        "close": "关闭",
        "back-to-grid": "全部人物",
        "step": "步",
        "admin-title": "展台管理",
        "admin-quit": "退出放映",
        "admin-reload": "重新载入内容包",
        "admin-screen": "屏幕",
        "admin-log": "日志最后几行",
        "admin-close": "返回放映",
        "admin-pin": "请输入密码",
        "admin-pin-wrong": "密码错误",
        "admin-pin-locked": "密码错误次数过多，请 {seconds} 秒后再试",
        "admin-reloaded": "内容包已重新载入",
        "presenter-toggle-console": "显示或隐藏演讲者视图",
        "presenter-overview": "全部场景一览",
        "presenter-auto-advance": "自动播放：开始、暂停、继续",
        "presenter-swap-screens": "交换观众屏与演讲者屏",
        "presenter-timer": "计时：开始或暂停",
        "presenter-timer-reset": "计时：清零",
        "presenter-notes-larger": "备注字号放大",
        "presenter-notes-smaller": "备注字号缩小",
        "console-now": "当前",
        "console-next": "下一步",
        "console-notes": "备注",
        "console-clock": "时间",
        "console-elapsed": "已用时",
        "console-paused": "已暂停",
        "console-scene-time": "本幕",
        "console-planned": "计划",
        "console-rehearsal": "上次排练",
        "console-scenes": "场景",
        "console-blackout": "观众屏：黑屏",
        "console-whiteout": "观众屏：白屏",
        "console-auto-on": "自动播放中",
        "console-auto-paused": "自动播放已暂停",
        "console-end": "放映结束",
        "console-no-picture": "尚未放映",
        "console-overview-hint": "方向键或输入编号，再按回车；Esc 关闭",
        "screen-missing-audience": "观众屏 {wanted} 不存在（现有屏幕：{screens}），改用 {used}",
        "screen-missing-console": "演讲者屏 {wanted} 不存在（现有屏幕：{screens}），改用 {used}",
    },
}

# Shown on the language toggle.
_LANGUAGE_MARKS = {"zh": "中", "en": "EN"}


def words(language: str) -> dict[str, str]:
    base = _WORDS["en"]
    own = _WORDS.get(language) or _WORDS.get(language.split("-")[0]) or {}
    if not own and language.startswith("zh"):
        own = _WORDS["zh-Hans"]
    return {**base, **own}


def language_mark(language: str) -> str:
    return _LANGUAGE_MARKS.get(language.split("-")[0], language.upper())


# Key names as people read them on the key map.
KEY_DISPLAY = {
    "Right": "→", "Left": "←", "Up": "↑", "Down": "↓", "PageDown": "PgDn", "PageUp": "PgUp",
    "Space": "Space", "Return": "Enter", "Enter": "Enter", "Backspace": "Backspace", "Period": ".",
    "Comma": ",", "Question": "?", "Escape": "Esc", "Presentation": "Presentation", "DisplayToggle": "Display",
    "Plus": "+", "Equal": "=", "Minus": "-",
}


def presenter_key_rows(language: str) -> list[dict[str, str]]:
    """The presenter's own keys, listed on the console."""
    from huzhou_viewer.show.presenter_keys import BINDINGS

    w = words(language)
    return [{"keys": " ".join(KEY_DISPLAY.get(k, k) for k in names), "action": w[label]}
            for names, _, label in BINDINGS]


def key_map_rows(language: str, scene_count: int = 9, unreachable: frozenset[str] = frozenset()
                 ) -> list[dict[str, str]]:
    """The on-screen key map: one row per action, keys as people read them, each once (Return and Enter
    are one key to a reader), leaving out keys that cannot reach the program on this platform; digits as
    far as there are scenes."""
    from huzhou_viewer.show.keymap import BINDINGS

    w = words(language)
    rows = []
    for names, _, label in BINDINGS:
        shown = dict.fromkeys(KEY_DISPLAY.get(k, k) for k in names if k not in unreachable)
        if shown:
            rows.append({"keys": "  ".join(shown), "action": w[label]})
    last = min(9, scene_count)
    if last >= 1:
        rows.insert(4, {"keys": "1" if last == 1 else f"1 … {last}", "action": w["jump"]})
    return rows

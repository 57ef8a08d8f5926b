"""What the kiosk's audio button says for a step, in the language shown: the headline, the figures with their
units, a chart's description, an honouree's name, role and citation; and numbers written as a speech engine
reads them well (espeak-ng, checked by rendering: tests/kiosk/test_speech.py).

espeak-ng reads digits itself, per language, but stumbles on some marks: its Mandarin voice pauses at a
thousands comma ("1,200万" as "一 千二百万"), drops the decimal point ("70.6" as "七十 六") and says "%" in
English; so Chinese numbers lose their group marks, decimals say 点 and their digits one by one, and a
percentage is 百分之…. In English, a big grouped number is said the way people say it ("12,000,000" as
"12 million", CLDR's long compact form through Babel).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.show.chart_words import fill_in

_CHINESE_DIGITS = "零一二三四五六七八九"
_GROUP = re.compile(r"(?<=\d)[,\uff0c](?=\d{3}(?!\d))")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%\uff05]")
_DECIMAL = re.compile(r"(\d+)\.(\d+)")
_BIG_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")


# espeak-ng's voices by language: its plain "cmn" voice reads Chinese as pinyin with the tone numbers said in
# English ("ni three"); "cmn-latn-pinyin" says the tones. Other languages: the voice of the base language.
_VOICES = {"zh": "cmn-latn-pinyin", "en": "en", "pt": "pt", "nb": "nb", "no": "nb"}


def voice_for(language: str) -> str:
    """The espeak-ng voice for a language tag: zh-Hans, zh-Hant -> Mandarin; en-GB -> en; de-AT -> de."""
    base = language.replace("_", "-").split("-")[0].lower()
    return _VOICES.get(base, base or "en")


def spoken_numbers(text: str, language: str) -> str:
    """`text` with its numbers written as the speech engine reads them right in `language`."""
    base = language.split("-")[0].lower()
    if base == "zh":
        text = _GROUP.sub("", text)
        text = _PERCENT.sub(r"百分之\1", text)
        return _DECIMAL.sub(lambda m: m[1] + "点" + "".join(_CHINESE_DIGITS[int(d)] for d in m[2]), text)
    if base == "en":
        return _BIG_GROUPED.sub(lambda m: _long(float(m[0].replace(",", ""))), text)
    return text


def _long(value: float) -> str:
    from babel.numbers import format_compact_decimal

    return format_compact_decimal(value, format_type="long", locale="en", fraction_digits=2)


def step_text(view: Mapping[str, Any], step: int, words: Mapping[str, str], language: str) -> str:
    """What the audio button says for `step` of the scene `view` (its view data, show/views.py), as sentences."""
    return spoken_numbers(step_words(view, step, words, language), language)


def step_words(view: Mapping[str, Any], step: int, words: Mapping[str, str], language: str) -> str:
    """What `step` of the scene `view` shows, as sentences, numbers as written: what a screen reader is given (it
    reads numbers its own way) and the audio button speaks."""
    parts: list[str] = []
    if view.get("kind") == "gallery" and step > 0:
        people = view.get("people", [])
        if step - 1 < len(people):
            person = people[step - 1]
            parts.append(fill_in(words["speak-person"], {"name": person.get("name", ""),
                                                       "role": person.get("role", ""),
                                                       "citation": person.get("citation", "")}))
    elif step == 0 or step > len(view.get("blocks", [])):
        parts += [view.get("eyebrow", ""), view.get("title", ""), view.get("subtitle", "")]
    else:
        parts += _block(view["blocks"][step - 1], words)
    # Read from the view data, whose wrapped texts carry the stage's break characters: said as written.
    return unbroken(_sentences(parts, language))


def _block(block: Mapping[str, Any], words: Mapping[str, str]) -> list[str]:
    kind = block.get("kind")
    if kind == "chart":
        return [block.get("description") or block.get("title", "")]
    if kind == "tasks":
        return [block.get("title", ""), *(f"{c.get('area', '')}{'：' if _wide(c.get('area', '')) else ': '}"
                                          f"{c.get('task', '')}" for c in block.get("cards", []))]
    if kind == "story":
        return [block.get("title", ""), block.get("body", ""), *map(figure_text, block.get("figures", []))]
    if kind == "figures":
        return [block.get("title", ""), *map(figure_text, block.get("items", [])), block.get("note", "")]
    if kind == "couplet":
        return [block.get("banner", ""), block.get("first", ""), block.get("second", "")]
    if kind == "statement":
        return [block.get("text", ""), block.get("attribution", "")]
    return [block.get("title", "")]


def figure_text(figure: Mapping[str, Any]) -> str:
    """A big number in words: "over 100 billion yuan, committed in Wuxing", "超100亿元，…"."""
    from huzhou_viewer.content.numbers import with_unit

    before, after = str(figure.get("qualifier", "")), str(figure.get("qualifierAfter", ""))
    value = with_unit(str(figure.get("value", "")), str(figure.get("unit", ""))) + after
    if before:
        value = before + value if _wide(before) else f"{before} {value}"
    caption = str(figure.get("caption", ""))
    return f"{value}{'，' if _wide(caption + before + after) else ', '}{caption}" if caption else value


def _wide(text: str) -> bool:
    from huzhou_viewer.content.script import is_wide

    return any(is_wide(c) for c in text)


def _sentences(parts: list[str], language: str) -> str:
    """The parts as sentences: each ends with a full stop (。 in Chinese and Japanese) unless it has one."""
    wide = language.split("-")[0].lower() in ("zh", "ja")
    out = []
    for part in (" ".join(p.split()) for p in parts if p and p.strip()):
        part = part.replace(" · ", "，" if _wide(part) else ", ")  # a separator on screen, a pause in speech
        part = part[0].upper() + part[1:]
        if part[-1] not in ".!?。！？…":
            part += "。" if wide or _wide(part[-1]) else "."
        out.append(part)
    return ("" if wide else " ").join(out)

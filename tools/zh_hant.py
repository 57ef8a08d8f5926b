"""Writes the Traditional Chinese catalogues (the program's words and the checks' messages) from the Simplified
ones with OpenCC (s2twp: Taiwan's characters and phrases), keeping every entry's key. Run after editing zh_Hans,
then `make locale`:

    .venv/bin/python tools/zh_hant.py   (OpenCC is one of the program's dependencies)
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "huzhou_viewer" / "locale"
DOMAINS = ("huzhou_viewer", "checks")
# A sheet's rows and columns: the mainland's 行 and 列 are Taiwan's 列 and 欄 (OpenCC leaves them as they are).
SHEET_WORDS = re.compile(r"\b(rows?|columns?)\b")
# What s2twp leaves in the mainland's wording, or turns into a word Taiwan's software does not use, as a Taiwanese user
# reads it: applied last, after the rows-and-columns rule (so a sheet's row is keyed by its 列, not 行), the longest
# first where two begin at one place.
TAIWAN_TERMS = {
    "文本框": "文字方塊",  # a text box
    "文本": "文字",  # text: 文本 is the mainland's (文字檔, 純文字)
    "條文本記錄": "筆文字記錄",  # a data record is counted with 筆
    "條文本": "段文字",  # texts counted: 段 (條文字 reads as 條文, articles of a law)
    "條採用": "段採用",  # "{count} 段採用內容包中的原文", beside "{count} 段文字由 zh-Hans 轉換而來"
    "此處是第一條": "此處是第一段",
    "列表": "清單",  # a list (YAML's, a 'tasks' list)
    "人物列表": "人物列表",  # but the gallery keeps the name the program's own words give it (返回人物列表)
    "觀眾屏": "觀眾螢幕",  # a screen is 螢幕; s2twp turns 触摸屏 but not 观众屏
    "演講者屏": "簡報者螢幕",  # the presenter's screen: a slide show's presenter is 簡報者
    "全屏": "全螢幕",  # full screen
    "黑屏": "黑畫面",  # a black-out, as a projector's menu says it
    "白屏": "白畫面",
    "觸控式螢幕": "觸控螢幕",  # a touch screen, as Taiwan's devices say it
    "橫屏": "橫向",  # a landscape screen
    "畫素": "像素",  # pixel: 畫素 is a camera's (千萬畫素); software says 像素
    "字首": "前綴",  # an icon name's prefix (mdi6.): 字首 is a word's prefix in grammar
    "字號": "字級",  # a font size
    "單詞": "單字",  # a word
    "連字元": "連字號",  # a hyphen (s2twp makes 连字符 連字元, from 字符 字元)
    "電子表格": "試算表",  # a spreadsheet
    "條目": "項目",  # a chart's item
    "柱條": "長條",  # a bar of a bar chart (長條圖)
    "當前對映": "目前的對映",  # the current mapping: 當前 is the mainland's 目前
    "當前幕": "目前這一幕",  # the current scene
    "當前": "目前",
    "普通檔案": "一般檔案",  # a regular file
    "用時": "耗時",  # time taken
    "時間軸欄": "時間軸列",  # a bar (工具列, 狀態列): 欄 is a sheet's column
    "表頭列": "標題列",  # a sheet's header row (表頭行 once the rows rule has run)
    "欄名": "欄位名稱",  # a column's name
    "項資料": "項數據",  # a story's figures (1,610 人): s2twp makes every 数据 資料, which is data, not a statistic
}
TAIWAN = re.compile("|".join(re.escape(term) for term in sorted(TAIWAN_TERMS, key=len, reverse=True)))
# A message said in Taiwan's words outright, by its English (the singular's for plural forms; each form gets it).
OVERRIDES = {
    "{count} frame": "{count} 個影格",  # a rendered frame is 影格; 幀 is the mainland's, and wants no measure word
}


def main() -> None:
    convert = opencc.OpenCC("s2twp.json").convert
    for domain in DOMAINS:
        if (LOCALE / "zh_Hans" / "LC_MESSAGES" / f"{domain}.po").is_file():
            write(domain, convert)


def write(domain: str, convert) -> None:
    with (LOCALE / "zh_Hans" / "LC_MESSAGES" / f"{domain}.po").open("rb") as file:
        catalogue = read_po(file)
    catalogue.locale = "zh_Hant"
    catalogue.language_team = "zh_Hant <LL@li.org>"
    catalogue.header_comment = catalogue.header_comment.replace("(Simplified)", "(Traditional)")
    for message in catalogue:
        if message.id and isinstance(message.string, str) and message.string:
            message.string = taiwan(message.string, message.id, convert)
        elif message.id and message.string:  # a message with plural forms: each form converted
            message.string = tuple(taiwan(form, message.id, convert) for form in message.string)
    (LOCALE / "zh_Hant" / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    with (LOCALE / "zh_Hant" / "LC_MESSAGES" / f"{domain}.po").open("wb") as file:
        write_po(file, catalogue, width=120)


def taiwan(text: str, english: str | tuple, convert) -> str:
    """One translation in Taiwan's words: OpenCC's, then a sheet's rows and columns, then TAIWAN_TERMS."""
    singular = english if isinstance(english, str) else english[0]
    if singular in OVERRIDES:
        return OVERRIDES[singular]
    words = english if isinstance(english, str) else " ".join(english)
    text = convert(text)
    if SHEET_WORDS.search(words) and "line" not in words and "back row" not in words:
        text = text.replace("列", "欄").replace("行", "列")
    return TAIWAN.sub(lambda found: TAIWAN_TERMS[found.group()], text)


if __name__ == "__main__":
    main()

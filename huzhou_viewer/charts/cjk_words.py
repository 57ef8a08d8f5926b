"""Chinese words kept whole on a chart's lines: "产业链" breaks before or after, never inside.

Chinese is written without spaces, so where a word ends is a dictionary's call: jieba's (MIT, pure Python), with
its guessing of unknown words off (an unknown run may then break between any two characters, as before). Words
of two to four characters are joined with word joiners, which the line breaker of text.py already keeps
together; a longer "word" would be a phrase, which may still break. Traditional characters are looked up in
their Simplified forms (OpenCC, character by character), so a zh-Hant chart keeps its words too.

Imported only when a chart holds Chinese: the dictionary costs about half a second the first time in a process
(the chart worker's, or export's), never on the way to the show's first frame."""

from __future__ import annotations

import functools
import logging
import re

from huzhou_viewer.content.marks import WJ

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
LONGEST_WORD = 4  # characters: what is kept together; jieba's longer entries are phrases a line may split


def join_words(text: str) -> str:
    """`text` with a word joiner between the characters of each Chinese word of 2 to 4 characters."""
    if not _HAN_RUN.search(text):
        return text
    return _HAN_RUN.sub(lambda run: _joined(run.group()), text)


@functools.lru_cache(maxsize=2048)
def _joined(run: str) -> str:
    looked_up = _simplified(run)
    if len(looked_up) != len(run):  # a conversion that changed the length: its positions would not match
        looked_up = run
    out, at = [], 0
    for word in _segmenter().cut(looked_up, HMM=False):
        original = run[at:at + len(word)]
        at += len(word)
        out.append(WJ.join(original) if 2 <= len(word) <= LONGEST_WORD else original)
    return "".join(out)


@functools.cache
def _segmenter():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # it says "Building prefix dict..." on stderr otherwise
    return jieba.Tokenizer()


def _simplified(run: str) -> str:
    try:
        return _t2s().convert(run)
    except Exception:  # noqa: BLE001 - no conversion: the run is looked up as written
        return run


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")

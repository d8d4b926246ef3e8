"""Text read off a scan by an OCR engine that sets stray spaces between characters
(Tesseract's `chi_sim`: `首 批12 个小区 38台电 梯 完成`): no writer parts Chinese words
with a single space inside a sentence, so where most sentences show such spaces, a
single space beside a Chinese character or mark is the engine's, not the text's.
Other spacing (a full-width space, two spaces or more, a tab) stays: it parts a
headline's phrases, a row's cells, a roll's names."""

from __future__ import annotations

import re

from .text import HAN

# A single space between a Chinese character (or a full-width mark) and any word.
_CJK = f"{HAN}，。、；：？！“”‘’（）《》【】"
_STRAY = re.compile(f"(?<=[{_CJK}]) (?! )|(?<![ \\t\\u3000]) (?=[{_CJK}])")
# A sentence's mark: the lines that hold one are the text's sentences.
_SENTENCE = re.compile("[，。；！？]")
HAN_SPACE_HAN = re.compile(f"[{HAN}] [{HAN}]")
# Fewest sentence lines, and their least share with a stray space, that show the engine.
_MIN_LINES = 8
_MIN_SHARE = 0.4


def ocr_spaced(text: str) -> bool:
    """Whether most lines of sentences hold a single space between two characters."""
    sentences = [line for line in text.split("\n") if _SENTENCE.search(line)]
    if len(sentences) < _MIN_LINES:
        return False
    spaced = sum(1 for line in sentences if HAN_SPACE_HAN.search(line))
    return spaced >= _MIN_SHARE * len(sentences)


def unspace_ocr(text: str) -> str:
    """The text without an OCR engine's stray spaces, where it shows them; else as is."""
    return stray_spaces_out(text) if ocr_spaced(text) else text


def stray_spaces_out(text: str) -> str:
    """The text without an OCR engine's stray spaces (ocr_spaced has said it shows them)."""
    return _STRAY.sub("", text)

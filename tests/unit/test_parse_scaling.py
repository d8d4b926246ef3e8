"""The parser's work grows linearly with a file (issue #20): doubling a file of tiny
articles at most doubles the calls it makes, counted (not timed) so the test is exact."""

from __future__ import annotations

import sys

import pytest

from lcreader.parse import parse_issue


def _signed(n: int) -> str:
    return "\n\n".join(
        f"社区第{k}次活动举行\n\n{k}日，社区举行活动，居民参加。\n\n（党建办 张三）"
        for k in range(n)
    )


def _unsigned(n: int) -> str:
    # No byline closes an article: each headline is weighed against the text around it.
    return "\n\n".join(f"社区第{k}次活动举行\n\n{k}日，社区举行活动，居民参加。" for k in range(n))


def _packed(n: int) -> str:
    # No blank lines, a caption after every article: one long run of lines.
    return "\n".join(
        f"社区第{k}次活动举行\n{k}日，社区举行活动，居民参加。\n图为活动现场" for k in range(n)
    )


def _repeated(n: int) -> str:
    # One unfinished line printed again and again: each copy names the ones after it,
    # as a contents entry names a headline further on.
    return "\n\n".join("一句话，没有结尾" for _ in range(n))


def _apart(n: int) -> str:
    # Short lines set apart by blank lines: a poem's run is looked for in them.
    return "".join(f"社区活动{k}\n\n" for k in range(n))


def _calls(text: str) -> int:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        parse_issue("t", "t.txt", text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    "make", [_signed, _unsigned, _packed, _repeated, _apart], ids=lambda f: f.__name__
)
def test_doubling_a_file_at_most_doubles_the_parsers_work(make):
    small, large = _calls(make(200)), _calls(make(400))
    assert large <= 2.2 * small, f"{large / small:.2f}× the calls for 2× the articles"


def _captioned(n: int):
    """An article of n paragraphs with a caption before each, as the parser leaves it
    for doctor (asked of the suspicions directly: no layout rule decides here)."""
    from lcreader.parse.draft import Draft

    return Draft(
        title="社区举办运动会",
        paragraphs=[f"居民参加第{k}次运动会。" for k in range(n)],
        captions=[f"社区运动会第{k}次比赛的现场" for k in range(n)],
        body_captions={k: k for k in range(n)},
    )


def _window_items(monkeypatch, draft) -> int:
    """The paragraphs handed to the windows around captions: those copied for them (a
    slice's length) and those read."""
    from operator import length_hint

    from lcreader.parse import suspicions

    items = 0
    real = suspicions.nearby

    def nearby(texts, limit, sep=""):
        nonlocal items
        items += length_hint(texts)  # a list or a slice made for the call: all of it

        def counted():
            nonlocal items
            for text in texts:
                items += 1
                yield text

        return real(counted(), limit, sep)

    monkeypatch.setattr(suspicions, "nearby", nearby)
    suspicions.article_suspicions(draft)
    return items


def test_the_text_around_each_caption_is_read_in_place(monkeypatch):
    small = _window_items(monkeypatch, _captioned(1000))
    large = _window_items(monkeypatch, _captioned(2000))
    assert small > 0 and large <= 2.2 * small, f"{large / small:.2f}× for 2× the captions"


def test_blank_lines_and_a_run_of_invisibles_are_looked_at_in_place():
    """The second attack pass: `^\\s*` under re.M ran from each line's start through
    every blank line after it (240,000 blank lines, 218 s), and a run of U+200B was
    taken from each of its characters to its end (80,000 in a line, 54 s): both are
    taken from one place now (benchmarks/parse_scaling.py times them)."""
    from lcreader.parse import _EDGE_INVISIBLES
    from lcreader.parse.export_fields import _TITLE_LINE

    assert _TITLE_LINE.match("\n\n标题：社区消息") is None  # a line's own start only
    assert _TITLE_LINE.findall("\n\n标题：社区消息\n  标题：又一条") == ["标题：", "  标题："]
    text = "正文\u200b\u200b\u200b\n\u200b\u200b开头\n中\u200b间\u200b \n"
    assert _EDGE_INVISIBLES.sub("", text) == "正文\n开头\n中\u200b间 \n"
    runs = [m.span() for m in _EDGE_INVISIBLES.finditer("正文" + "\u200b" * 1000 + "\n")]
    assert runs == [(2, 1002)]  # the run whole, from its first character

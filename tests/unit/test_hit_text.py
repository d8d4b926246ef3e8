"""How a hit's title is shown: whole when short, cut when it is megabytes long."""

from __future__ import annotations

from lcreader.formats.text import HIT_TITLE_CHARS, shown_title


def test_a_short_title_is_shown_whole_with_its_matches():
    assert shown_title("社区统战工作会议", [(2, 4)]) == ("社区统战工作会议", [(2, 4)])


def test_a_title_of_megabytes_is_cut_and_keeps_the_matches_it_shows():
    title = "统战" + "社区工作" * 1_000_000
    shown, spans = shown_title(title, [(0, 2), (HIT_TITLE_CHARS + 10, HIT_TITLE_CHARS + 12)])
    assert len(shown) == HIT_TITLE_CHARS + 1 and shown.endswith("…")
    assert spans == [(0, 2)]


def test_a_note_names_a_title_cut_never_inside_an_open_quote():
    from lcreader.parse import short_title

    # Found by the newcomer's pass: `第 4 篇（凉城新村街道为求职者增加就业“砝）`.
    assert short_title("凉城新村街道为求职者增加就业“砝码”活动") == "凉城新村街道为求职者增加就业…"
    assert short_title("社区举办读书节") == "社区举办读书节"
    assert (
        short_title("一二三四五六七八九十一二三四五六七八") == "一二三四五六七八九十一二三四五六…"
    )

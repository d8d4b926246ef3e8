"""Doctor points at lines kept as a poem's that are as long as a column's and cut in the
middle of a phrase (issue #17, round yn: a memoir's wrapped lines under its headline and
writer read as verse). Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from types import SimpleNamespace

from lcreader.parse.suspicions import article_suspicions


def _draft(lines: list[str]) -> SimpleNamespace:
    return SimpleNamespace(
        paragraphs=lines,
        own_lines=set(range(len(lines))),
        intertitles=[],
        title="外婆的竹篮",
        bylines=[],
        captions=[],
        body_captions={},
    )


def _codes(lines: list[str]) -> set[str]:
    return {code for code, _ in article_suspicions(_draft(lines))}


def test_wrapped_prose_kept_as_lines_is_pointed_at():
    wrapped = [
        "外婆有一只竹篮，是外公年轻时亲手",
        "编的，篮沿被磨得发亮，像涂了一层",
        "油。小时候每逢赶集，外婆总挎着它",
        "出门，回来时篮子里有青菜和糖果。",
    ]
    assert "long_lines_kept" in _codes(wrapped)


def test_a_poems_short_lines_and_a_tables_rows_are_not():
    assert "long_lines_kept" not in _codes(["晚风吹过晾衣竿", "巷口飘来米饭香", "路灯一盏一盏亮"])
    rows = [
        "村集体经营收入 268,000.00 厂房租金",
        "上级转移支付 120,000.00 运转经费",
        "其他收入 24,560.00 存款利息等",
    ]
    assert "long_lines_kept" not in _codes(rows)

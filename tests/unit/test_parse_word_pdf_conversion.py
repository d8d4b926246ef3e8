"""A 镇报 PDF opened (converted) by Word and saved as text (issue #17, round zi): one
paragraph a line, a column's name over an essay's title over its writer's mark and
name. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

ESSAY = (
    "镇区雨污分流改造全线完工\n"
    "本报讯（记者 龚一帆）镇里的雨污管网改造全部完工，沿河六个村的群众都说好。\n"
    "下一步，镇里将建立管网长效管护机制。\n\n"
    "枫桥夜话\n"
    "老井\n"
    "□ 邵青禾\n"
    "小时候，村口有一口老井，全村人都在那里挑水。\n"
    "后来通了自来水，老井就慢慢被人忘了。\n"
)


def test_a_columns_name_over_a_title_right_over_its_writer_is_the_kicker():
    essay = parse_all(ESSAY).articles[-1]
    assert (essay.kicker, essay.title) == ("枫桥夜话", "老井")
    assert [b.author for b in essay.bylines] == ["邵青禾"]
    assert essay.intertitles == []

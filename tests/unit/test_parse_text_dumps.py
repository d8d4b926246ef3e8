"""A web page dumped by a text browser (`lynx -dump`, `w3m -dump`), issue #17: links
numbered in brackets and listed under `References`, the text three spaces in and wrapped
at one width, headings at the line's start. Texts of our own, none of a corpus file."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

DUMP = """\
[1]首页 [2]往期回顾 [3]登录

                     晨光社区报　数字报

   2024年3月15日　星期五　第5期（总第120期）

第03版：民生

楼道里的电动车何时能清走

   本报讯（记者 何小佳）针对居民反映的问题，记者近日采访了街道应急管理办公室
   和晨光社区，街道已在全辖区开展[7]《楼道电动车专项清理》，对拒不整改的将依法处
   理。

   [IMG]

   晨光社区党委书记柏小静说，小区的集中充电车棚已经开工，位于小区东门内侧，设
   有充电端口80个，预计3月底投入使用。

   [4]返回目录

春到晨光

   □ 林远山

   一夜东风过小巷
   墙头的迎春先醒了
   黄灿灿的花朵

七律·贺书画社成立十周年

   十载挥毫聚一堂，
   晨光翰墨韵流长。

   [5]上一版  [6]下一版

References

   1. http://szb.example.gov.cn/
   2. http://szb.example.gov.cn/list.htm
"""


def test_a_dump_s_links_and_their_list_are_furniture():
    issue = parse_all(DUMP)
    furniture = set(issue.furniture)
    assert {"[1]首页 [2]往期回顾 [3]登录", "[4]返回目录", "[5]上一版  [6]下一版"} <= furniture
    assert {"References", "1. http://szb.example.gov.cn/", "[IMG]"} <= furniture
    assert_nothing_lost(DUMP, issue)


def test_a_paragraph_wrapped_at_the_dump_s_margin_is_one_paragraph():
    first = parse_all(DUMP).articles[0]
    assert first.title == "楼道里的电动车何时能清走"
    assert first.paragraphs[0].endswith("对拒不整改的将依法处理。")
    assert "开展《楼道电动车专项清理》" in first.paragraphs[0]  # the link's marker only points
    assert first.paragraphs[0].startswith("针对居民反映的问题")
    assert len(first.paragraphs) == 2


def test_a_heading_left_of_the_margin_after_verse_starts_the_next_piece():
    titles = [a.title for a in parse_all(DUMP).articles]
    assert titles == ["楼道里的电动车何时能清走", "春到晨光", "七律·贺书画社成立十周年"]

"""A story exported from InDesign as tagged text (issue #17, round ye's file): the
header of style definitions, a paragraph a line under its style's tag, character styles
and special characters as tags inside. The style names the field where it is one the
parser knows; the tags are no text. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from lcreader.parse.export_fields import author_entries
from lcreader.parse.tagged_text import tagged_story, untagged
from tests.helpers import assert_nothing_lost, parse_all

HEADER = (
    "<UNICODE-WIN>\n"
    "<Version:18><FeatureSet:InDesign-Roman><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>\n"
    "<DefineParaStyle:正文=<Nextstyle:正文><pFirstLineIndent:21.000000>>\n"
)
STORY = HEADER + (
    "<ParaStyle:栏目>邻里之间\n"
    "<ParaStyle:标题>一条弄堂<0x000A>十户人家的年夜饭\n"
    "<ParaStyle:副题>——记梧桐里居民区的“百家宴”\n"
    "<ParaStyle:作者>文／图　柏晓宁\n"
    "<ParaStyle:正文>除夕前一天，梧桐里的弄堂里摆开了十张方桌，每家端出一道拿手菜。\n"
    "<ParaStyle:小标题>一桌菜里的家常\n"
    "<ParaStyle:正文>住在5号的<CharStyle:加粗>许阿婆<CharStyle:>做了四喜烤麸，她说这是母亲教的手艺。\n"
    "<ParaStyle:图片说明>居民在弄堂里摆开百家宴\n"
    "<ParaStyle:正文>大家边吃边聊，说好明年还要再办一次。\n"
    "<ParaStyle:标题>我学会了用手机挂号\n"
    "<ParaStyle:正文>以前去医院总要天不亮就排队，现在在家动动手指就能约好专家号。\n"
    "<ParaStyle:署名>退休教师　伍振华"
)


def test_a_tagged_story_is_read_by_its_styles():
    assert tagged_story(STORY)
    issue = parse_all(STORY)
    first, second = issue.articles
    assert first.kicker == "邻里之间"
    assert first.title == "一条弄堂十户人家的年夜饭"
    assert first.subtitle == "记梧桐里居民区的“百家宴”"
    assert [(b.role, b.author) for b in first.bylines] == [("文", "柏晓宁"), ("图", "柏晓宁")]
    assert first.captions == ["居民在弄堂里摆开百家宴"]
    assert [first.paragraphs[k] for k in first.intertitles] == ["一桌菜里的家常"]
    assert "住在5号的许阿婆做了四喜烤麸，她说这是母亲教的手艺。" in first.paragraphs
    assert second.title == "我学会了用手机挂号"
    assert [b.author for b in second.bylines] == ["伍振华"]
    for line in HEADER.strip().split("\n"):
        assert line in issue.furniture
    assert_nothing_lost(STORY, issue)


def test_text_that_only_opens_with_a_tag_is_no_tagged_story():
    text = "<b>社区简讯</b>\n<ParaStyle:标题> 是一个词\n"
    assert not tagged_story(text)
    assert untagged(HEADER + "<ParaStyle:正文>甲<0x0009>乙").endswith("甲\t乙")


def test_a_writer_described_before_the_name_is_the_author():
    assert [(b.author, b.department) for b in author_entries("居民　宋佳怡")] == [("宋佳怡", None)]

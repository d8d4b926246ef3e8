"""A newsroom system's XML dump of one issue (round zb): elements per field, each
article's text as HTML inside CDATA, the issue's paper, date and number as attributes.
Read as an export's labelled fields. Every sample is invented."""

from __future__ import annotations

from lcreader.parse.markup import unmarked
from tests.helpers import assert_nothing_lost, parse_all

DUMP = """\
\ufeff<?xml version="1.0" encoding="utf-8"?>
<Issue paper="银杏街道报" date="2023-09-15" period="第9期" total="总第57期">
  <Page no="01" name="要闻">
    <PageEditor>本版编辑：孟言</PageEditor>
    <Article id="A0101">
      <IntroTitle><![CDATA[践行新时代“枫桥经验”]]></IntroTitle>
      <Title><![CDATA[银杏街道“三所联动”化解矛盾纠纷]]></Title>
      <SubTitle><![CDATA[]]></SubTitle>
      <Author><![CDATA[记者 童源]]></Author>
      <Content><![CDATA[<p>　　本报讯（记者 童源）今年以来，银杏街道推动派出所、司法所、律师事务所“三所联动”，设立联合调解室。</p><p>　　截至8月底，联合调解室共受理各类纠纷126起，调处成功121起。</p>]]></Content>
    </Article>
    <Article id="A0102">
      <IntroTitle><![CDATA[]]></IntroTitle>
      <Title><![CDATA[银杏路沿街立面整治完工]]></Title>
      <Author><![CDATA[骆鸣]]></Author>
      <Content><![CDATA[　　历时五个月，银杏路沿街立面整治工程近日完工。<br/>　　整治中，街道坚持“一店一方案”，听取意见建议92条。<br/>（城建办　骆鸣）]]></Content>
    </Article>
  </Page>
</Issue>
"""


def test_an_xml_dump_is_read_as_its_fields_say():
    issue = parse_all(DUMP)
    assert (issue.date, issue.number) == ("2023-09-15", "第9期")
    first, second = issue.articles
    assert (first.kicker, first.title, first.subtitle) == (
        "践行新时代“枫桥经验”",
        "银杏街道“三所联动”化解矛盾纠纷",
        None,
    )
    assert first.paragraphs[1] == "截至8月底，联合调解室共受理各类纠纷126起，调处成功121起。"
    assert [(b.role, b.author) for b in first.bylines] == [("记者", "童源")]  # once, not twice
    assert second.paragraphs == [
        "历时五个月，银杏路沿街立面整治工程近日完工。",
        "整治中，街道坚持“一店一方案”，听取意见建议92条。",
    ]
    assert [(b.department, b.author) for b in second.bylines] == [("城建办", "骆鸣")]
    assert not any("<" in p or "CDATA" in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(DUMP, issue)


def test_text_with_a_tag_or_two_is_left_as_written():
    text = "社区开展<垃圾分类>宣传\n居民踊跃参加活动。\n<p>一段</p>\n"
    assert unmarked(text) == text

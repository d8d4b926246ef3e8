"""A site's CMS export (issue #17): each record headed by labelled lines (`标题：…`,
`作者：…`, `发布时间：…`), then its text indented, pictures as `[图片]`, the page's
links to the records before and after it. Texts of our own, none of a corpus file."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

EXPORT = """\
栏目导出：《晨光街道报》电子版　2024年第4期（总第58期）
================================================================

[1/2]
引题：聚焦民生实事
标题：老楼加装电梯　今年再添九部
副标题：
发布时间：2024-04-18 09:31
来源：晨光街道城市管理办公室
作者：本报记者 王小岚
浏览次数：1208
【字体：大 中 小】　　【打印本页】　【关闭窗口】

　　本报讯（记者 王小岚）4月15日上午，晨光街道枣树巷8号楼的电梯正式投入使用，这是今年以来街道完成的第3部加装电梯。
　　一户一户谈　一栋一栋推
　　枣树巷8号楼建于1989年，全楼6层共36户，60岁以上老人占到四成，装电梯是大家多年的心愿。
[图片]
工作人员对新装电梯进行载重测试。（街道城管办供图）
　　街道已与3家维保单位签订服务协议，每部电梯均张贴维保电话。

【责任编辑：李小敏】
上一篇：无
下一篇：楼下那棵老槐树
----------------------------------------------------------------

[2/2]
引题：居民说
标题：楼下那棵老槐树
作者：东关社区 刘桂芬
发布时间：2024-04-18 10:12
浏览次数：1,046

　　我家楼下有一棵老槐树，比这栋楼的年纪还大，夏天全楼的老人都在树下乘凉。

【责任编辑：冯书文】
上一篇：老楼加装电梯　今年再添九部
下一篇：无
"""


def test_each_record_s_labelled_head_gives_its_article_s_parts():
    issue = parse_all(EXPORT)
    first, second = issue.articles
    assert (first.kicker, first.title, first.subtitle) == (
        "聚焦民生实事",
        "老楼加装电梯　今年再添九部",
        None,
    )
    assert (second.kicker, second.title) == ("居民说", "楼下那棵老槐树")
    assert first.meta["发布时间"] == "2024-04-18 09:31"
    assert first.meta["浏览次数"] == "1208"
    assert first.meta["责任编辑"] == "李小敏"
    # the head's credit and the lead's name the same reporter
    assert {(b.role, b.author) for b in first.bylines if b.author} == {("记者", "王小岚")}
    assert_nothing_lost(EXPORT, issue)


def test_the_export_s_record_numbers_and_page_links_are_furniture():
    issue = parse_all(EXPORT)
    assert {"[1/2]", "[2/2]", "上一篇：无", "下一篇：楼下那棵老槐树"} <= set(issue.furniture)
    assert "副标题：" in issue.furniture  # an empty field


def test_a_line_flush_left_under_a_picture_s_place_is_its_caption_and_the_text_goes_on():
    first = parse_all(EXPORT).articles[0]
    assert first.captions == ["工作人员对新装电梯进行载重测试。（街道城管办供图）"]
    assert Byline(department="街道城管办", role="图") in first.bylines
    assert first.paragraphs[-1] == "街道已与3家维保单位签订服务协议，每部电梯均张贴维保电话。"


def test_a_short_phrase_indented_as_the_paragraphs_between_two_of_them_heads_a_part():
    first = parse_all(EXPORT).articles[0]
    assert (
        first.intertitle_texts() == ["一户一户谈　一栋一栋推"]
        if hasattr(first, "intertitle_texts")
        else "一户一户谈　一栋一栋推" in [first.paragraphs[k] for k in first.intertitles]
    )


CLIPPINGS = """\
============================================================
【序号】1
【标题】晨光街道“夜间议事”让上班族不再缺席
【作者】记者 林小晓
【字数】1126
【正文】
　　今年6月起，晨光街道在辖区7个社区推行“夜间议事”，把社区协商会安排在工作日晚上举行，（下转第4版）
（上接第1版）并同步开通线上参会通道，两个多月来共召开夜间议事会41场。

============================================================
【序号】2
【栏目】读者来信
【标题】感谢社区帮我们找回走失的父亲
【正文】
　　晨光社区的工作人员：8月3日傍晚，我的父亲独自出门后走失，社区网格员帮我们找回了他。
"""


def test_a_clipping_export_s_bookkeeping_is_furniture_and_its_column_a_kicker():
    issue = parse_all(CLIPPINGS)
    first, second = issue.articles
    assert {"【序号】1", "【字数】1126"} <= set(issue.furniture)
    assert (second.kicker, second.title) == ("读者来信", "感谢社区帮我们找回走失的父亲")
    assert_nothing_lost(CLIPPINGS, issue)


def test_a_jump_s_two_ends_straight_one_after_the_other_are_one_paragraph():
    first = parse_all(CLIPPINGS).articles[0]
    assert len(first.paragraphs) == 1
    assert "工作日晚上举行，并同步开通线上参会通道" in first.paragraphs[0]

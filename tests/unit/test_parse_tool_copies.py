"""Bulletins as other tools hand them over (issue #17): an AI chat's Markdown of a PDF,
a mail's PDF preview, a PDF editor's text export, an office suite's text with a floated
contents box. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities import annotate_issue
from tests.helpers import parse_all, roles

CHAT_MARKDOWN = (
    "好的，以下是《枫溪》社区报第9期的全文，已按版面整理：\n\n"
    "# 枫溪\n\n"
    "**枫溪社区报　第9期　2024年5月30日**\n\n"
    "---\n\n"
    "## 第1版　要闻\n\n"
    "### 枫溪社区“共享菜园”开园\n\n"
    "5月25日，枫溪社区在小区北侧空地开辟的“共享菜园”正式开园，二十户居民认领了菜地。\n\n"
    "**图片新闻**\n\n"
    "### 端午香囊送邻里\n\n"
    "*▲5月28日，社区志愿者为独居老人送去亲手缝制的香囊。　龚晓 摄*\n\n"
    "---\n\n"
    "## 第2版　社区\n\n"
    "**邻里访谈**\n\n"
    "### 楼道里的“修理工”\n\n"
    "退休电工郝建平常年为邻居义务修电器。近日，记者请他聊了聊。\n\n"
    "**问：**您修了多少年了？\n\n"
    "**答：**差不多十年了，谁家灯不亮了就来叫我。\n\n"
    "**简讯**\n\n"
    "- **社区食堂推出夏令菜单**　6月1日起，社区食堂新增绿豆汤、凉拌菜等夏令菜品。\n"
    "- **反诈讲座走进楼组**　5月29日，社区民警为三号楼居民讲解防范电信诈骗知识。\n\n"
    "---\n\n"
    "本期责任编辑：邵一帆　校对：单琳\n\n"
    "---\n\n"
    "以上为PDF全部2个版面的文字。图片内容无法识别，已按图注保留。\n"
    "如需整理成Word文档，请告诉我。\n"
)


def test_an_ai_chats_markdown_of_an_issue_reads_as_the_issue():
    issue = parse_all(CHAT_MARKDOWN)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        (None, "枫溪社区“共享菜园”开园"),
        ("图片新闻", "端午香囊送邻里"),
        ("邻里访谈", "楼道里的“修理工”"),
        (None, "社区食堂推出夏令菜单"),
        (None, "反诈讲座走进楼组"),
    ]
    assert issue.articles[2].paragraphs[1:] == [
        "问：您修了多少年了？",
        "答：差不多十年了，谁家灯不亮了就来叫我。",
    ]
    found = roles(CHAT_MARKDOWN)
    assert found["第2版　社区"] == "furniture"
    assert found["本期责任编辑：邵一帆　校对：单琳"] == "furniture"
    assert found["如需整理成Word文档，请告诉我。"] == "furniture"
    assert issue.articles[-1].paragraphs == ["5月29日，社区民警为三号楼居民讲解防范电信诈骗知识。"]


def test_a_closing_line_to_the_reader_alone_stays_the_articles():
    # (one sentence that asks the reader, with no tool's note beside it, is the story's)
    text = (
        "社区开设周末书法课\n"
        "5月起，社区每周六上午开设书法课，欢迎居民报名。\n"
        "如需报名，请告诉我们的楼组长。\n"
    )
    assert roles(text)["如需报名，请告诉我们的楼组长。"] != "furniture"


MAIL_PREVIEW = (
    "《桐湾》2023年第2期.pdf\n"
    "(1.20M)\n"
    "下载　　收藏　　打印\n\n"
    "第1页 共1页\n"
    "桐湾社区报\n"
    "2023年6月30日　第2期\n"
    "图为志愿者在桐湾北村清理楼道堆物。\n"
    "　蓝小舟 摄\n"
    "桐湾北村楼道堆物清零\n"
    "　　本报讯（记者 荀言）6月下旬，桐湾北村\n"
    "32个楼道的堆物全部清理完毕，共清出杂物\n"
    "6车。\n"
    "光荣榜\n"
    "2023年“热心居民”名单\n"
    "　　经楼组推荐，以下4位居民获评“热心居民”：\n"
    "祁美华（北村3号）　郝德顺（北村8号）\n"
    "蓝秀英（南村2号）　荀国栋（南村9号）\n"
    "- 1 -\n\n"
    "文件预览由某某邮箱提供，部分格式可能与原文件有差异。\n"
)


def test_a_credit_under_a_caption_read_out_over_the_first_headline_is_its_pictures():
    issue = parse_all(MAIL_PREVIEW)
    lead = issue.articles[0]
    assert lead.title == "桐湾北村楼道堆物清零"
    assert lead.captions == ["图为志愿者在桐湾北村清理楼道堆物。\u3000蓝小舟 摄"]
    assert (
        roles(MAIL_PREVIEW)["文件预览由某某邮箱提供，部分格式可能与原文件有差异。"] == "furniture"
    )


def test_a_rolls_rows_of_names_with_their_units_are_rows_and_people():
    issue = parse_all(MAIL_PREVIEW)
    annotate_issue(issue)
    roll = issue.articles[-1]
    # (each entry of a row a paragraph of its own, as a roll of names one to a line)
    assert roll.paragraphs[1:] == [
        "祁美华（北村3号）",
        "郝德顺（北村8号）",
        "蓝秀英（南村2号）",
        "荀国栋（南村9号）",
    ]
    assert {"祁美华", "郝德顺", "蓝秀英", "荀国栋"} <= {m.name for m in roll.mentions}


PDF_EXPORT = (
    "桐湾\n"
    "中共桐湾街道工作委员会主办\n"
    "2024年4月19日　第4期\n"
    "聚焦“口袋公园”建设\n"
    "桐湾街道新建3处口袋公园绿地\n"
    "　　本报讯（记者 荀言）4月\n"
    "16日，桐湾街道3处口袋公园\n"
    "同时开工，年内全部建成。\n"
    "图片新闻\n"
    "春日义剪\n"
    "责任编辑：郝一鸣　版式：蓝天\n"
    "4月13日，理发志愿者在社\n"
    "区广场为老人免费理发。　祁晓 摄\n"
)


def test_a_kicker_opening_the_page_over_a_headline_as_wide_as_the_column_is_a_kicker():
    lead = parse_all(PDF_EXPORT).articles[0]
    assert (lead.kicker, lead.title) == ("聚焦“口袋公园”建设", "桐湾街道新建3处口袋公园绿地")


def test_a_wrapped_caption_under_its_headline_past_an_editors_line_is_the_caption():
    item = parse_all(PDF_EXPORT).articles[-1]
    assert (item.kicker, item.title) == ("图片新闻", "春日义剪")
    assert item.paragraphs == []
    assert item.captions == ["4月13日，理发志愿者在社区广场为老人免费理发。　祁晓 摄"]


def test_a_contents_box_floated_to_the_foot_names_the_headlines_above_it():
    text = (
        "桐湾网格简报\n"
        "2023年第4期\n\n"
        "【工作动态】\n"
        "街道召开网格员业务培训会\n"
        "　　7月5日，街道召开网格员业务培训会，各社区网格员60余人参加。\n\n"
        "【网格故事】\n"
        "一次“噪音纠纷”的化解\n"
        "　　6月下旬，北村网格员接到居民反映楼上夜间噪音扰民，当天就上门协调。\n\n"
        "报：街道党工委\n"
        "送：各社区\n\n"
        "本期要目\n"
        "街道召开网格员业务培训会\n"
        "一次“噪音纠纷”的化解\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["街道召开网格员业务培训会", "一次“噪音纠纷”的化解"]
    assert roles(text)["本期要目"] == "furniture"


def test_a_notice_after_an_editors_reply_to_a_letter_starts_its_own_article():
    text = (
        "居民来信\n"
        "楼下的路灯修好了\n"
        "编辑同志：\n"
        "我家楼下的路灯坏了两个月，社区接到反映后一周就修好了，谢谢！\n"
        "居民　祁德顺\n"
        "2024年4月8日\n"
        "编者：居民的小事就是社区的大事，欢迎大家继续反映。\n"
        "桐湾社区关于游泳池开放时间调整的公告\n"
        "各位居民：\n"
        "社区游泳池自5月1日起每天开放至晚上九点。\n"
        "桐湾社区居民委员会\n"
        "2024年4月20日\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == [
        "楼下的路灯修好了",
        "桐湾社区关于游泳池开放时间调整的公告",
    ]
    assert issue.articles[0].paragraphs[-1].startswith("编者：")

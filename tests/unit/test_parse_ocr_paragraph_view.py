"""A phone OCR's paragraph view: each paragraph one line, a writer's credit and a
picture's caption run onto the end of a paragraph a space apart, half-width marks, a
column's question over a labelled Q&A. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PARAGRAPHS = """\
枫溪邻声
2024年第3期(总第12期) 2024年8月
枫溪社区居委会 主办
卷首语
把“凉亭”还给老人们
入夏以来,小区凉亭里常常堆着杂物,老人们想坐下来歇歇脚都找不到地方。
这个夏天,社区想和大家一起,把凉亭收拾出来,摆上桌椅和茶水,让老人们有个说话的地方。 文/严小禾
邻里榜样
“磨刀匠”老吴
每周三上午,社区服务点门口总有人排队磨刀。72岁的吴德发义务为居民磨刀、修伞已经八年。“闲着也是闲着。”老吴笑着说。 ▲吴德发(左)在服务点为居民磨刀。 通讯员 林青 摄
法律小课堂
楼上漏水淹了我家天花板怎么办?
问:楼上卫生间漏水,把我家天花板泡坏了,找楼上邻居几次都不理,该怎么办?
答:可以先请物业或居委会调解;调解不成的,可以向人民法院起诉,要求赔偿损失。
(供稿:枫溪社区法律服务工作室)
"""


def test_a_paragraph_views_glued_credit_and_caption_are_set_apart():
    issue = parse_all(PARAGRAPHS)
    first, second, third = issue.articles
    assert [(b.role, b.author) for b in first.bylines] == [("文", "严小禾")]
    assert first.paragraphs[-1].endswith("让老人们有个说话的地方。")
    assert second.captions == ["吴德发(左)在服务点为居民磨刀。 通讯员 林青 摄"]
    assert second.paragraphs[-1].endswith("老吴笑着说。")
    assert_nothing_lost(PARAGRAPHS, issue)


def test_a_columns_question_over_a_labelled_qa_is_its_headline():
    third = parse_all(PARAGRAPHS).articles[2]
    assert (third.kicker, third.title) == ("法律小课堂", "楼上漏水淹了我家天花板怎么办?")
    assert third.paragraphs[0].startswith("问:")

"""Articles of an e-paper copied from a browser's reader view: before each one the
site's name, the page title (headline - paper), the credits, the reading time and the
page's line, then kicker, headline, deck and text. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

READER = """\
bz.qhzb.com.cn

“口袋公园”开到家门口 - 青禾周报

记者 吴小舟　通讯员 鲁青
~2 分钟

2024年05月10日　第688期　第01版：要闻

城市更新

“口袋公园”开到家门口

——青禾街道把三处闲置地改成小游园

　　本报讯　五月初，青禾街道三处“口袋公园”同时开园，附近居民出门五分钟就能散步、健身。

　　街道城建办负责人介绍，三处游园原先都是堆放杂物的空地，改造方案请居民一起定。


bz.qhzb.com.cn

小区的路灯坏了，能不能早点修？ - 青禾周报

1-2 分钟

2024年05月10日　第688期　第03版：读者之声

读者来信

小区的路灯坏了，能不能早点修？

　　编辑同志：我家住枫林小区，小区北门外的三盏路灯坏了快一个月，晚上出门很不方便。

邹明德

5月2日

　　编辑回复：邹先生您好！记者联系了街道城建办，路灯已于5月6日修复。

bz.qhzb.com.cn

银发合唱团排练新歌 - 青禾周报

~1 分钟

2024年05月10日　第688期　第04版：综合

图片新闻

银发合唱团排练新歌

5月8日，枫林睦邻点“银发合唱团”排练新歌，为“七一”演出做准备。　通讯员　鲁青　摄
"""


def test_each_articles_page_header_is_furniture_and_its_credits_are_its_own():
    issue = parse_all(READER)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("城市更新", "“口袋公园”开到家门口"),
        ("读者来信", "小区的路灯坏了，能不能早点修？"),
        ("图片新闻", "银发合唱团排练新歌"),
    ]
    assert "“口袋公园”开到家门口 - 青禾周报" in issue.furniture
    assert "~2 分钟" in issue.furniture and "~1 分钟" in issue.furniture
    first = issue.articles[0]
    assert [b.author for b in first.bylines] == ["吴小舟", "鲁青"]
    assert_nothing_lost(READER, issue)


def test_a_readers_name_alone_over_the_day_signs_the_letter():
    letter = parse_all(READER).articles[1]
    assert [b.author for b in letter.bylines] == ["邹明德"]
    assert letter.meta.get("日期") == "5月2日"
    assert letter.paragraphs[-1].startswith("编辑回复：")

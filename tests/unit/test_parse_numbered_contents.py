"""A 居民区 monthly laid out in an online editor and copied with its copy button, saved
in a legacy code page (issue #17, round yl): the pictographs became `?`, a contents box
numbers its entries (`01 …`, `02 …`), some named shorter or asking, and a notice is
signed by two bodies on one line over its date. Every word is my own; none of a corpus
file's."""

from __future__ import annotations

from tests.helpers import parse_all

MONTHLY = (
    "柳汀邻里\n"
    "2024年6月刊 · 总第31期\n"
    "柳汀居民区党总支　柳汀居民委员会 主办\n\n"
    "? 本期导读\n"
    "01 车棚改造，难在哪儿？\n"
    "02 六月“柳汀好人”名单\n"
    "03 楼下那片小菜园\n"
    "04 乘凉晚会报名啦\n\n"
    "01\n"
    "社区动态\n"
    "车棚改造，难在哪儿？\n\n"
    "小区东门的非机动车棚建于二十年前，顶棚漏雨，充电插座也不够用，居民意见很大。\n\n"
    "居民区召开了三次议事会，最终商定分两期改造，先换顶棚，再加装智能充电桩。\n\n"
    "02\n"
    "邻里榜样\n"
    "六月“柳汀好人”名单\n\n"
    "经楼组推荐、居民代表评议，以下居民获评六月“柳汀好人”：沈桂英、柏永年、钟小芳。\n\n"
    "03\n"
    "邻里故事\n"
    "楼下那片小菜园\n\n"
    "我家楼下原来是一块荒地，几位退休的老邻居把它开成了菜园，种的青菜常常分给大家。\n\n"
    "04\n"
    "通知公告\n"
    "“纳凉夜话　邻里同乐”乘凉晚会报名啦\n\n"
    "亲爱的居民朋友们：\n\n"
    "七月的第一个周六晚上，居民区将在中心广场举办乘凉晚会，欢迎大家报名表演节目。\n\n"
    "柳汀居民区党总支　柳汀居民委员会\n"
    "2024年6月25日\n"
)


def test_a_numbered_contents_box_is_the_issues_and_names_each_headline():
    issue = parse_all(MONTHLY)
    assert "? 本期导读" in issue.furniture
    assert "01 车棚改造，难在哪儿？" in issue.furniture
    first = issue.articles[0]
    assert (first.kicker, first.title) == ("社区动态", "车棚改造，难在哪儿？")
    assert first.paragraphs[0].startswith("小区东门的非机动车棚")


def test_two_bodies_signing_on_one_line_sign_the_notice_and_date_it():
    notice = parse_all(MONTHLY).articles[-1]
    assert notice.title == "“纳凉夜话　邻里同乐”乘凉晚会报名啦"
    assert notice.meta.get("日期") == "2024年6月25日"


DISCLOSURE = (
    "7月村级财务收支公开\n\n"
    "根据村务公开有关规定，现将本村2024年7月财务收支情况公布如下：\n\n"
    "本月收入：\n"
    "1.土地流转租金 152,300元\n"
    "2.上级转移支付 48,000元\n"
    "本月支出：\n"
    "1.村道维修 36,520元\n"
    "2.保洁人员工资 25,800元\n\n"
    "对公开内容有疑问的，可在公开之日起十日内向村务监督委员会反映。\n"
)


def test_a_lists_items_with_figures_in_thousands_end_where_the_next_list_or_text_begins():
    paragraphs = parse_all(DISCLOSURE).articles[0].paragraphs
    assert paragraphs[1:7] == [
        "本月收入：",
        "1.土地流转租金 152,300元",
        "2.上级转移支付 48,000元",
        "本月支出：",
        "1.村道维修 36,520元",
        "2.保洁人员工资 25,800元",
    ]
    assert paragraphs[-1].startswith("对公开内容有疑问的")

"""A 公文-style 简报's 版记 at its foot (GB/T 9704): `抄送：…。`, the issuing office and
date with `印发`, the print run. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

GONGWEN = """\
北湖街道人大工委工作简报
2024年第2期
北湖街道人大工委办公室编　　　　2024年3月8日
代表联络站开展“三月接待日”活动
3月5日，北湖街道代表联络站开展“三月接待日”活动，5名区人大代表现场接待居民12人次，收集意见建议9条。
代表们对居民反映的加装电梯、停车管理等问题逐一登记，明确办理时限。
北湖街道人大工委
2024年3月8日
— 3 —
抄送：区人大常委会代表工作委员会。
北湖街道人大工委办公室　　　　　　2024年3月8日印发
（共印30份）
— 4 —
"""


def test_the_distribution_line_of_a_foot_is_furniture_not_an_article():
    issue = parse_all(GONGWEN)
    assert [a.title for a in issue.articles] == ["代表联络站开展“三月接待日”活动"]
    assert "抄送：区人大常委会代表工作委员会。" in issue.furniture
    assert not any("抄送" in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(GONGWEN, issue)


def test_the_makers_address_and_phone_on_the_last_line_are_the_issues_colophon():
    text = (
        "椿庭简报\n2024年第3期\n\n"
        "■ 旧衣回收箱搬家\n"
        "原设在6号楼旁的旧衣回收箱，已移至小区北门垃圾厢房东侧。\n\n"
        "执行编辑：蓝晓　　地址：椿庭路218号　　电话：6577 0319\n"
    )
    issue = parse_all(text)
    assert "执行编辑：蓝晓　　地址：椿庭路218号　　电话：6577 0319" in issue.furniture
    assert issue.articles[-1].paragraphs == [
        "原设在6号楼旁的旧衣回收箱，已移至小区北门垃圾厢房东侧。"
    ]


def test_a_notice_whose_last_item_ends_on_a_phone_number_is_signed_under_it():
    text = (
        "冬季防火安全提醒\n\n"
        "进入冬季，山林干燥，村民用火用电增多，请大家注意以下几点：\n"
        "◆上山祭扫、烧田埂，一律不准野外用火；\n"
        "◆火桶、电热毯用完要断电，不要盖着被子烘烤；\n"
        "◆发现火情请拨打：119，村应急队电话：5877 2310\n"
        "溪岭村村民委员会\n"
        "2024年11月18日\n"
    )
    issue = parse_all(text)
    (article,) = issue.articles
    assert [b.department for b in article.bylines] == ["溪岭村村民委员会"]
    assert article.meta.get("日期") == "2024年11月18日"

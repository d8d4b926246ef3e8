"""A folded leaflet converted to text (issue #17, round yp): its back panel comes first,
so the colophon (主办, 编辑, 地址, the account to scan) stands mid-file right over the
back panel's page number, under the last notice's signer. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

LEAFLET = (
    "温馨提示\n"
    "春季防火“三个不要”\n"
    "春季风干物燥，是火灾多发季节，请居民朋友注意以下几点。\n"
    "1.不要在楼道内堆放杂物；\n"
    "2.不要私拉电线充电；\n"
    "3.不要随意丢弃烟头。\n"
    "东湖居民委员会\n"
    "\n"
    "主办：中共东湖居民区总支部委员会　东湖居民委员会\n"
    "编辑：《东湖邻里》编辑组\n"
    "地址：桂香路18弄2号（居委会）　电话：5555 0000\n"
    "扫码关注“东湖邻里”公众号\n"
    "\n"
    "— 4 —\n"
    "\n"
    "东湖邻里\n"
    "2025年春季刊（总第9期）　2025年3月28日\n"
    "\n"
    "老楼加装电梯　三号楼先行一步\n"
    "3月20日上午，东湖小区三号楼前响起了鞭炮声，加装电梯工程正式开工。\n"
    "（居委会　黄小愚）\n"
)


def test_a_colophon_over_a_panels_page_number_mid_file_is_furniture():
    issue = parse_all(LEAFLET)
    notice, lift = issue.articles
    assert [b.department for b in notice.bylines] == ["东湖居民委员会"]
    assert "主办：中共东湖居民区总支部委员会　东湖居民委员会" in issue.furniture
    assert "编辑：《东湖邻里》编辑组" in issue.furniture
    assert not any("主办" in p for p in notice.paragraphs)
    assert lift.title == "老楼加装电梯　三号楼先行一步"

"""E-paper pages run together by a tool that heads each with its properties (issue #17,
round yl: `trafilatura --with-metadata` in a loop): `---` / `title: …` / `url: …` /
`---` over each page's text. Each block is the page's, never an article's; a page whose
properties name its headline is one article, its parts' headings no articles of their
own. Every word is my own; none of a corpus file's."""

from __future__ import annotations

from tests.helpers import parse_all


def _properties(title: str, page: str) -> str:
    return (
        "---\n"
        f"title: {title}\n"
        f"url: http://epaper.example.cn/html/2024-06/07/{page}.htm\n"
        "hostname: epaper.example.cn\n"
        "sitename: 青溪数字报\n"
        "date: 2024-06-07\n"
        "---\n"
    )


PAGES = (
    _properties("第01版：要闻", "node_2") + "2024年06月07日 星期五 第88期\n"
    "- 青溪街道开出首家社区食堂\n"
    "- 老街的樟树又发新芽\n" + _properties("青溪街道开出首家社区食堂", "content_101") + "民生实事\n"
    "青溪街道开出首家社区食堂\n"
    "2024年06月07日 第01版\n"
    "本报讯 6月3日，青溪街道首家社区食堂在柳岸居民区开张，每天供应早餐和午餐。\n"
    "菜价实惠\n"
    "食堂的荤素套餐十二元一份，八十岁以上老人用餐可享受补贴，开张首日接待居民三百多人次。\n"
    "口味清淡\n"
    "食堂请来营养师配餐，少油少盐，还专门为有慢性病的老人准备了软烂菜。\n"
    "（街道民生办 吕青禾）\n" + _properties("老街的樟树（外一首）", "content_105") + "青溪笔会\n"
    "老街的樟树（外一首）\n"
    "2024年06月07日 第04版\n"
    "老街的樟树又发了新芽，\n"
    "绿得像刚洗过的绸子，\n"
    "树下摆摊的老汉，\n"
    "把收音机开得很响。\n"
    "黄昏\n"
    "晚霞落在屋檐上，\n"
    "炊烟从巷子里升起，\n"
    "孩子们的笑声，\n"
    "一直追到河边。\n"
    "柳岸居民区 居民 单秋禾\n"
)


def test_each_pages_properties_are_the_pages_and_its_named_headline_one_article():
    issue = parse_all(PAGES)
    assert [a.title for a in issue.articles] == ["青溪街道开出首家社区食堂", "老街的樟树（外一首）"]
    assert "title: 青溪街道开出首家社区食堂" in issue.furniture
    assert "hostname: epaper.example.cn" in issue.furniture
    canteen, poems = issue.articles
    assert canteen.kicker == "民生实事"
    # (its parts' headings are its own, no articles of their own)
    assert [canteen.paragraphs[k] for k in canteen.intertitles] == ["菜价实惠", "口味清淡"]
    assert [(b.department, b.author) for b in canteen.bylines] == [("街道民生办", "吕青禾")]
    assert poems.kicker == "青溪笔会"


def test_two_poems_under_one_signature_keep_their_lines():
    poems = parse_all(PAGES).articles[-1]
    assert poems.paragraphs[:4] == [
        "老街的樟树又发了新芽，",
        "绿得像刚洗过的绸子，",
        "树下摆摊的老汉，",
        "把收音机开得很响。",
    ]
    assert [b.author for b in poems.bylines] == ["单秋禾"]

"""E-paper article pages fetched by a volunteer's script and written out with
BeautifulSoup's `get_text("\\n", strip=True)` (issue #17, round yj's file): a rule of
`=` and the page's address over each page, then its kicker, headline and deck, the day
and the page's name, `作者：` over the credit, and the text. Each text is my own; none of
a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all


def page(number: int, head: list[str], credit: str, text: list[str]) -> list[str]:
    return [
        f"==================== http://epaper.example.gov.cn/html/2024-06/07/content_{number}.htm",
        *head,
        "2024年6月7日",
        "第01版：要闻",
        "作者：",
        credit,
        *text,
        "",
    ]


PAGES = "\n".join(
    [
        *page(
            1,
            ["聚焦乡村振兴", "青禾镇12个村通了公交", "——村民出行不再绕远路"],
            "本报记者 费立言",
            [
                "6月1日起，青禾镇新开通两条镇村公交线路，全镇12个行政村全部通上了公交车。",
                "家住西湾村的村民说，过去进城要先走二十分钟到大路上等车，现在家门口就能上车。",
            ],
        ),
        *page(
            2,
            ["镇卫生院开设夜间门诊"],
            "通讯员 柏云",
            ["本周起，青禾镇卫生院开设夜间门诊，每天开诊到晚上九点。"],
        ),
        *page(
            3,
            ["镇图书馆延长开放时间"],
            "通讯员 柏云",
            ["暑假期间，青禾镇图书馆每天开放到晚上八点，方便学生读书。"],
        ),
    ]
)


def test_a_scripts_rule_and_address_over_each_page_part_the_stories():
    issue = parse_all(PAGES)
    assert [a.title for a in issue.articles] == [
        "青禾镇12个村通了公交",
        "镇卫生院开设夜间门诊",
        "镇图书馆延长开放时间",
    ]
    assert not any("epaper.example" in p for a in issue.articles for p in a.paragraphs)


def test_the_first_pages_headline_over_the_day_every_page_prints_is_its_storys():
    first = parse_all(PAGES).articles[0]
    assert (first.kicker, first.subtitle) == ("聚焦乡村振兴", "村民出行不再绕远路")
    assert first.paragraphs[0].startswith("6月1日起")


def test_a_quotation_alone_on_its_line_goes_on_with_its_speaker_named_at_length():
    text = "\n".join(
        [
            "镇图书馆开设老年阅读角",
            "本周起，青禾镇图书馆在一楼开设老年阅读角，摆放大字版图书三百余册。",
            "“字大了，看着不费劲，一坐就是一上午。”",
            "家住西湾村的退休教师柏永年说，他每周都要来两三次。",
            "下个月，图书馆还将开设读书分享会。",
        ]
    )
    [story] = parse_all(text).articles
    assert story.paragraphs[1] == (
        "“字大了，看着不费劲，一坐就是一上午。”家住西湾村的退休教师柏永年说，他每周都要来两三次。"
    )
    assert story.paragraphs[-1] == "下个月，图书馆还将开设读书分享会。"

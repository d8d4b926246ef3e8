"""A browser's PDF viewer copy (pdf.js), a line per printed line and no blank line
(issue #17): each page's head in four lines, its name last; a run-in headline set in
bold on a line of its own, the rest of its printed line under it; a field cut at the
column's width; a notice's head after an essay. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

PAGE_HEAD = "枫林社区报\n2024年5月8日\n第{page}版\n{section}\n"
ESSAY = [
    "傍晚的枫林小区格外热闹，广场舞的音乐一响，老邻居们就从各个楼道里走出来。",
    "王阿姨说，跳了十年舞，认识的朋友比过去三十年都多。",
]
NOTICE = ["因小区二次供水设施清洗，枫林小区将临时停水，请居民提前储水。"]


def issue(essay_head: str = "广场上的老朋友") -> str:
    return (
        "枫林社区报\n2024年5月8日\n第5期\n"
        "枫林快讯\n"
        "端午包粽子活动报名开始\n"
        "5月10日起，社区端\n"
        "午包粽子活动开始报名，每户限报2人，报名请到社区服务站。\n"
        "“邻里食堂”推出端午套餐\n"
        "6月8日至\n"
        "10日，社区“邻里食堂”推出端午套餐，70周岁以上老人每份减免3元。\n"
        + PAGE_HEAD.format(page=2, section="健康·生活")
        + "健康小贴士\n"
        + "夏季饮食安全 这几点要记牢\n"
        + cut_at(19, "夏季气温高，食物容易变质，老人和儿童尤其要注意饮食卫生。")
        + cut_at(19, "①生熟分开。切生肉和熟食的刀具、砧板要分开使用。")
        + "兑换地点：社区服务站二楼“时间银行”\n"
        + "窗口\n"
        + PAGE_HEAD.format(page=3, section="枫林副刊")
        + f"{essay_head}\n文/柯晓岚\n"
        + cut_at(19, *ESSAY)
        + "停水通知\n"
        + cut_at(19, *NOTICE)
        + "停水时间：5月12日8:00—18:00\n"
        + "枫林社区居委会\n"
    )


def test_each_pages_name_under_its_number_is_the_pages_furniture():
    parsed = parse_all(issue())
    assert {"健康·生活", "枫林副刊"} <= set(parsed.furniture)
    kickers = [a.kicker for a in parsed.articles]
    assert "健康·生活" not in kickers and "枫林副刊" not in kickers


def test_the_rest_of_a_run_in_headlines_line_goes_on_under_it():
    parsed = parse_all(issue())
    briefs = {a.title: a.paragraphs for a in parsed.articles}
    assert briefs["端午包粽子活动报名开始"] == [
        "5月10日起，社区端午包粽子活动开始报名，每户限报2人，报名请到社区服务站。"
    ]
    # `6月8日至` under its headline is the text's opening, not the headline's end
    assert briefs["“邻里食堂”推出端午套餐"] == [
        "6月8日至10日，社区“邻里食堂”推出端午套餐，70周岁以上老人每份减免3元。"
    ]


def test_a_columns_name_over_a_headline_of_two_phrases_is_its_kicker():
    parsed = parse_all(issue())
    tips = next(a for a in parsed.articles if a.title == "夏季饮食安全 这几点要记牢")
    assert tips.kicker == "健康小贴士"
    assert tips.subtitle is None


def test_a_field_cut_at_the_columns_width_keeps_its_last_words():
    parsed = parse_all(issue())
    essay = next(a for a in parsed.articles if a.title == "广场上的老朋友")
    assert essay.kicker is None
    assert [(b.role, b.author) for b in essay.bylines] == [("文", "柯晓岚")]
    tips = next(a for a in parsed.articles if a.kicker == "健康小贴士")
    assert "兑换地点：社区服务站二楼“时间银行”窗口" in tips.paragraphs


def test_a_notices_head_after_a_credited_essay_starts_the_notice():
    parsed = parse_all(issue())
    notice = parsed.articles[-1]
    assert notice.title == "停水通知"
    assert notice.paragraphs[0] == NOTICE[0]
    essay = parsed.articles[-2]
    assert essay.paragraphs == ESSAY

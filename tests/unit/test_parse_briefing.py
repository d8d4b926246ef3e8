"""A Word 简报 and its kin: a contents list that names the headlines, an issuing office's
line, a speech's speaker and date under its headline, the distribution at the foot
(issue #17). Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import parse_all, roles

# Indented paragraphs, no blank lines, headlines told only by the contents list: one of
# them carries a comma, one follows a paragraph with no byline between.
BRIEFING = (
    "本期要目\n"
    "●垃圾分类，我们这样做\n"
    "●老年食堂开张\n"
    "垃圾分类，我们这样做\n"
    "　　社区今年推行定时定点投放，居民参与率明显提高。\n"
    "　　志愿者每天早晚在投放点值守。\n"
    "老年食堂开张\n"
    "　　社区老年食堂本周开张，每天供应午餐。\n"
)


def test_a_headline_the_contents_list_names_starts_its_article():
    issue = parse_all(BRIEFING)
    assert [a.title for a in issue.articles] == ["垃圾分类，我们这样做", "老年食堂开张"]
    assert issue.articles[1].paragraphs == ["社区老年食堂本周开张，每天供应午餐。"]
    assert "●老年食堂开张" in issue.furniture


def test_a_short_head_right_over_a_listed_headline_is_its_kicker():
    text = BRIEFING.replace("老年食堂开张\n　　社区", "为老服务\n老年食堂开张\n　　社区")
    issue = parse_all(text)
    last = issue.articles[-1]
    assert (last.kicker, last.title) == ("为老服务", "老年食堂开张")


def test_an_issuing_offices_line_with_its_date_is_furniture():
    text = (
        "某某街道工作简报\n第3期\n中共某某街道工作委员会办公室　某某街道办事处党政办公室编　　　2024年5月6日\n"
        "社区举办读书会\n\n　　近日，社区举办读书会。\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["社区举办读书会"]
    assert (
        "中共某某街道工作委员会办公室　某某街道办事处党政办公室编　　　2024年5月6日"
        in issue.furniture
    )


def test_a_speech_names_its_speaker_and_day_under_the_headline():
    text = (
        "在社区工作会议上的讲话\n街道党工委副书记、办事处主任　韩立新\n（2024年5月6日）\n"
        "同志们：\n　　今天召开这个会，我讲三点意见。\n"
    )
    [article] = parse_all(text).articles
    assert article.title == "在社区工作会议上的讲话"
    assert article.bylines == [Byline(author="韩立新")]
    assert article.meta == {"日期": "2024年5月6日"}
    assert article.paragraphs[0] == "同志们："


def test_the_distribution_at_a_briefings_foot_is_furniture():
    text = (
        "社区举办读书会\n\n　　近日，社区举办读书会。\n\n"
        "━━━━━━━━━━━━━━━━\n报：区委办、区政府办\n送：街道领导班子成员\n发：各社区\n"
        "编辑：郑某某　审核：贺某某　（共印60份）\n"
    )
    issue = parse_all(text)
    [article] = issue.articles
    assert article.paragraphs == ["近日，社区举办读书会。"] and article.meta == {}
    assert {"报：区委办、区政府办", "发：各社区"} <= set(issue.furniture)
    assert "编辑：郑某某　审核：贺某某　（共印60份）" in issue.furniture


def test_one_distribution_like_line_stays_text():
    text = "社区举办读书会\n\n　　近日，社区举办读书会。\n发：各社区\n"
    assert roles(text)["发：各社区"] != "furniture"


def test_compiled_by_an_office_is_a_department_credit_by_a_person_not():
    text = "操作指南\n\n　　第一步：下载APP；\n　　第二步：登录。\n　　（街道社会事务办公室整理）\n"
    [article] = parse_all(text).articles
    assert article.bylines == [Byline(department="街道社会事务办公室")]


def test_a_numbered_question_over_its_answer_is_an_intertitle():
    text = (
        "医保缴费问答\n\n　　1.哪些人可以参保？\n　　本市户籍居民均可参保。\n"
        "　　2.缴费标准是多少？\n　　每人每年400元。\n"
    )
    [article] = parse_all(text).articles
    heads = [article.paragraphs[k] for k in article.intertitles]
    assert heads == ["1.哪些人可以参保？", "2.缴费标准是多少？"]


def test_a_contents_entry_naming_kicker_and_title_makes_the_second_the_title():
    text = (
        "本版标题导航\n"
        "● 聚焦“15分钟社区生活圈” 这家社区食堂“上新”了\n"
        "● 睦邻点开到菜场边\n\n"
        "聚焦“15分钟社区生活圈”\n这家社区食堂“上新”了\n"
        "社区食堂从只供午餐调整为三餐，还推出了适老菜单。\n\n"
        "睦邻点开到菜场边\n"
        "居委会在菜场旁设立睦邻点，买菜的居民可以歇歇脚。\n"
    )
    issue = parse_all(text)
    first = issue.articles[0]
    assert (first.kicker, first.title) == ("聚焦“15分钟社区生活圈”", "这家社区食堂“上新”了")
    assert [a.title for a in issue.articles[1:]] == ["睦邻点开到菜场边"]


LETTER = (
    "感谢信\n"
    "尊敬的某某居委会：\n"
    "我是某某小区的居民。今年3月，老伴突发急病，多亏居委会及时帮忙。\n"
    "此致\n"
    "敬礼！\n"
    "李桂芳\n"
    "2024年4月28日\n"
)


def test_a_letter_is_signed_under_its_sign_off_and_dated():
    text = "社区举办读书会\n\n近日，社区举办读书会。\n\n" + LETTER
    issue = parse_all(text)
    letter = issue.articles[-1]
    assert letter.title == "感谢信"
    assert letter.bylines == [Byline(author="李桂芳")]
    assert letter.meta == {"日期": "2024年4月28日"}
    assert "2024年4月28日" not in issue.furniture
    assert letter.paragraphs[-1] == "敬礼！"


def test_a_header_with_its_page_number_between_date_and_section_is_furniture():
    header = "某某社区报　2024.5.10　02　社区新闻"
    text = f"社区举办读书会\n\n近日，社区举办读书会。\n\n{header}\n\n义诊进社区\n\n近日，社区开展义诊。"
    issue = parse_all(text)
    assert header in issue.furniture
    assert [a.title for a in issue.articles] == ["社区举办读书会", "义诊进社区"]


def test_a_letters_sign_off_is_no_poem_with_the_headline_after_it():
    text = LETTER + (
        "“我爱我的社区”征文选登\n奶奶的“小菜园”\n某某中学初二（3）班　周子涵\n"
        "奶奶家的阳台上有一个小菜园，种满了番茄和黄瓜，邻居们常来看。\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["感谢信", "奶奶的“小菜园”"]


def test_a_notice_is_signed_by_the_body_that_issued_it_and_dated():
    text = (
        "选民登记公告\n\n一、选民登记以居民区为单位进行。\n二、咨询电话：62570000。\n"
        "某某街道选举委员会\n2024年11月20日\n\n社区“微更新”让老小区焕发新活力\n\n"
        "走进某某三村，新修的步道平整宽敞，墙面绘上了新的图画。\n"
    )
    issue = parse_all(text)
    notice = issue.articles[0]
    assert notice.bylines == [Byline(department="某某街道选举委员会")]
    assert notice.meta == {"日期": "2024年11月20日"}
    assert [a.title for a in issue.articles] == ["选民登记公告", "社区“微更新”让老小区焕发新活力"]


ESSAY = (
    "社区的事\n\n"
    "　　社区里新开了读书角。\n\n"
    "（文明办）\n\n"
    "“我的社区”征文选登\n"
    "爷爷的自行车\n"
    "某某市第二中学初一（2）班　魏小雨\n\n"
    "　　爷爷有一辆骑了三十年的自行车。\n\n"
    "感谢信\n\n"
    "尊敬的社区居委会：\n\n"
    "　　我代表全家感谢社区医生韩杰的照顾。\n\n"
    "此致\n"
    "敬礼！\n"
)


def test_an_essays_school_and_writer_under_its_headline_are_its_byline():
    essay = parse_all(ESSAY).articles[1]
    assert (essay.kicker, essay.title, essay.subtitle) == (
        "“我的社区”征文选登",
        "爷爷的自行车",
        None,
    )
    assert essay.bylines == [Byline(department="某某市第二中学初一（2）班", author="魏小雨")]
    assert essay.paragraphs == ["爷爷有一辆骑了三十年的自行车。"]


def test_a_letters_closing_words_are_its_lines_not_an_intertitle():
    letter = parse_all(ESSAY).articles[-1]
    assert letter.paragraphs[-2:] == ["此致", "敬礼！"]
    assert not letter.intertitles


def test_one_who_speaks_for_others_is_no_title_before_a_name():
    from lcreader.entities.people import find_mentions

    letter = parse_all(ESSAY).articles[-1]
    names = {m.name: m.titles for m in find_mentions(letter)}
    assert "全家" not in names
    assert names["韩杰"] == ("社区医生",)


def test_a_department_and_writer_under_a_headline_are_its_byline():
    text = ESSAY.replace("某某市第二中学初一（2）班　魏小雨", "街道党建办　魏小雨")
    essay = parse_all(text).articles[1]
    assert essay.bylines == [Byline(department="街道党建办", author="魏小雨")]

"""A village paper photographed and read column by column by a dictionary app's
screenshot OCR (issue #17, round yh's file): an account's lines with their sums, a
notice signed and dated on one line (under a roll's names too), a picture's caption run
on after the paragraph beside it, a sentence broken after a figure. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "石桥村2024年1—6月财务收支公开",
        "根据村务公开有关规定，现将本村上半年财务收支情况公布如下：",
        "一、收入合计 864200",
        "其中:集体资产租赁收入 603000",
        "二、支出合计 712450",
        "其中:道路维修 376450",
        "如有疑问，请在公布之日起十日内向村务监督委员会反映。",
        "石桥村村务监督委员会 2024年7月2日",
        "",
        "村里新修了文化礼堂",
        "7月1日，石桥村文化礼堂修缮完工，村民们在礼堂里看了一场越剧。",
    ]
)


def test_an_accounts_numbered_lines_with_their_sums_are_no_headings():
    issue = parse_all(PAGE)
    assert len(issue.articles) == 2  # (each numbered line read as a headline before)
    account = issue.articles[0]
    assert account.intertitles == []
    assert any(p.startswith("一、收入合计 864200") for p in account.paragraphs)


def test_a_notice_signed_and_dated_on_one_line():
    account, hall = parse_all(PAGE).articles
    assert [b.department for b in account.bylines] == ["石桥村村务监督委员会"]
    assert account.meta.get("日期") == "2024年7月2日"
    assert hall.title == "村里新修了文化礼堂" and hall.kicker is None


ROLL = "\n".join(
    [
        "村里新修了文化礼堂",
        "7月1日，石桥村文化礼堂修缮完工，村民们在礼堂里看了一场越剧。",
        "石桥村2024年“文明家庭”名单",
        "经各村民小组推荐、村妇联走访，评出2024年“文明家庭”六户，名单如下：",
        "第二村民小组吴金花 沈阿四 钱小英第四村民小组陆阿根 顾桂芳 张友林",
        "石桥村妇联 2024年7月5日",
        "暑期防溺水提醒",
        "暑假到了，请家长看管好孩子，不到河塘边玩水。",
    ]
)


def test_a_body_signs_with_its_date_under_a_rolls_names():
    _, roll, reminder = parse_all(ROLL).articles
    assert [b.department for b in roll.bylines] == ["石桥村妇联"]
    assert roll.meta.get("日期") == "2024年7月5日"
    assert reminder.title == "暑期防溺水提醒"
    assert reminder.paragraphs == ["暑假到了，请家长看管好孩子，不到河塘边玩水。"]


GARDEN = "\n".join(
    [
        "党员认领了二十块小菜园",
        "村里的边角地过去堆满了杂物。今年春天，村党支部发出倡议，由党员带头认领，"
        "把边角地改成小菜园。党员在菜园里搭丝瓜架 村委会 供图",
        "截至7月初，全村 20",
        "",
        "名党员共认领小菜园二十块，种上了茄子和豇豆。",
        "（村党支部 王萍）",
    ]
)


def test_a_caption_run_on_after_its_paragraph_is_parted_from_the_text():
    [garden] = parse_all(GARDEN).articles
    assert garden.captions == ["党员在菜园里搭丝瓜架 村委会 供图"]
    assert garden.paragraphs[0] == (
        "村里的边角地过去堆满了杂物。今年春天，村党支部发出倡议，由党员带头认领，把边角地改成小菜园。"
    )


def test_a_sentence_broken_after_a_figure_goes_on_across_the_blank_line():
    [garden] = parse_all(GARDEN).articles
    assert garden.intertitles == []
    assert garden.paragraphs[1].replace(" ", "") == (
        "截至7月初，全村20名党员共认领小菜园二十块，种上了茄子和豇豆。"
    )


def test_one_sentence_and_its_credit_stay_one_caption():
    text = "\n".join(
        [
            "孩子们上街宣传垃圾分类",
            "7月3日，石桥村的孩子们在村口向村民发放垃圾分类倡议书。（石桥村 供图）",
            "暑假里，村里组织孩子们开展了一系列志愿服务活动，大家都很积极。",
        ]
    )
    [story] = parse_all(text).articles
    assert story.captions == [
        "7月3日，石桥村的孩子们在村口向村民发放垃圾分类倡议书。（石桥村 供图）"
    ]


def test_a_person_who_supplied_the_story_is_its_author():
    from lcreader.parse.credits import supplied_credit

    [person] = supplied_credit("供稿：黎岚")
    assert (person.author, person.department) == ("黎岚", None)
    [unit] = supplied_credit("供稿：街道团工委")
    assert (unit.author, unit.department) == (None, "街道团工委")


def test_a_roll_of_praise_after_a_story_with_no_byline_starts_its_own_article():
    text = "\n".join(
        [
            "开展春季消防安全检查",
            "3月20日，居民区联合物业对小区楼道开展消防安全检查，共清理楼道堆物",
            "27处，更换老化灭火器14具。",
            "居民区表扬2023年度“最美楼组长”",
            "经楼组推荐、居民代表评议，居民区决定对以下5名楼组长",
            "予以表扬：",
            "石溪新村（3名）",
            "汤月娥 罗振华 葛宝林",
            "石溪花苑（2名）",
            "卜玉珍 岑立群",
        ]
    )
    fire, roll = parse_all(text).articles
    assert roll.title == "居民区表扬2023年度“最美楼组长”"
    assert "汤月娥 罗振华 葛宝林" in roll.paragraphs and "卜玉珍 岑立群" in roll.paragraphs
    assert fire.paragraphs[-1].endswith("更换老化灭火器14具。")

"""A district paper's community page sent as an HTML newsletter and saved from the mail
program as text (issue #17, round zh): the mail's header and its own words (see it
online, why it came, how to stop it), the paper's makers on one line, a contents box of
column names and tabs (a headline that asks among them), a story cut at `阅读全文<…>`,
a deck with a comma under a kicker and title, every block set apart by a blank line.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

MAIL = (
    "发件人:\t西岭区报社区版 <sqb@xlqb.cn>\n"
    "发送时间:\t2025年3月6日 9:30\n"
    "收件人:\t南坪街道办 <npjd@xiling.gov.cn>\n"
    "主题:\t《西岭区报·社区版》第12期电子版\n\n"
    "邮件无法正常显示？请点击查看网页版 <https://epaper.example.cn/sqb/12/>\n\n"
    "西岭区报·社区版\n\n"
    "2025年3月6日　星期四　第12期\n\n"
    "西岭区报社主办　社区版编辑部编辑\n\n"
    "本期导读\n\n"
    "要闻\t南坪街道新建三处口袋公园\n"
    "民生\t社区食堂推出早餐\n"
    "问答\t电动车进楼道，谁来管？\n"
    "简讯\t两则社区消息\n\n"
    "社区要闻\n\n"
    "南坪街道新建三处口袋公园\n\n"
    "本报讯（记者 杭明远）3月以来，南坪街道利用边角地新建了三处口袋公园，居民下楼就能散步。\n\n"
    "记者在桂香路口看到，不少老人在新装的健身器材旁锻炼。街道还计划再建两处……\n\n"
    "阅读全文<https://epaper.example.cn/sqb/12/content_1.html>\n\n"
    "民生实事\n\n"
    "社区食堂推出早餐\n\n"
    "南坪、北岭两个街道六家食堂开早餐，老人可享补贴\n\n"
    "早上6点半，北岭社区食堂里已经坐了不少老人。豆浆、包子、小馄饨，一份早餐只要5元。\n\n"
    "社区食堂负责人说，早餐供应到上午9点，行动不便的老人可以电话预订。\n\n"
    "有问必答\n\n"
    "电动车进楼道，谁来管？\n\n"
    "近来有读者来信反映，楼道里停放电动车的现象又多了起来。本期请区消防救援大队作答。\n\n"
    "问：发现有人在楼道充电，可以向哪里反映？\n\n"
    "答：可以告诉物业或居委会，也可以拨打12345热线。\n\n"
    "（记者 杭明远）\n\n"
    "责任编辑：邵雨桐　美编：甘露\n\n"
    "您收到此邮件是因为您的单位订阅了《西岭区报·社区版》电子版。退订<mailto:sqb@xlqb.cn>\n"
)


def test_the_mails_own_words_and_the_link_to_the_rest_are_furniture():
    issue = parse_all(MAIL)
    furniture = set(issue.furniture)
    assert "邮件无法正常显示？请点击查看网页版 <https://epaper.example.cn/sqb/12/>" in furniture
    assert "阅读全文<https://epaper.example.cn/sqb/12/content_1.html>" in furniture
    assert any(line.startswith("您收到此邮件是因为") for line in furniture)
    assert "西岭区报社主办\u3000社区版编辑部编辑" in furniture


def test_a_contents_box_of_column_names_and_tabs_lists_a_headline_that_asks():
    issue = parse_all(MAIL)
    assert {"问答\t电动车进楼道，谁来管？", "简讯\t两则社区消息"} <= set(issue.furniture)
    heads = [(a.kicker, a.title) for a in issue.articles]
    assert heads == [
        ("社区要闻", "南坪街道新建三处口袋公园"),
        ("民生实事", "社区食堂推出早餐"),
        ("有问必答", "电动车进楼道，谁来管？"),
    ]


def test_a_deck_with_a_comma_set_apart_under_a_kicker_and_title_is_the_subtitle():
    issue = parse_all(MAIL)
    canteen = issue.articles[1]
    assert canteen.subtitle == "南坪、北岭两个街道六家食堂开早餐，老人可享补贴"
    assert canteen.paragraphs[0].startswith("早上6点半")

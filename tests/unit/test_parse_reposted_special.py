"""A 老年报 special issue re-posted on a news app and copied from the browser (issue
#17, round zh): a blank line after every paragraph, columns' names over headlines that
stand over their writers' credits (`文/X`), a headline with a comma in it, verse, the
post's header and its buttons. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

SPECIAL = (
    "银杏老年报\n\n"
    "2025年10月29日　第7期\n\n"
    "开卷语\n\n"
    "桂花香里话重阳\n\n"
    "文/柏文涛\n\n"
    "又到一年重阳时。镇里新开了两家老年食堂，老年大学的课也多了。\n\n"
    "愿老人们都有事做、有人陪。\n\n"
    "山居秋夜\n\n"
    "□严守仁\n\n"
    "月上东山照竹篱\n\n"
    "虫声满院夜凉时\n\n"
    "老妻犹把寒衣补\n\n"
    "灯下频频问几时\n\n"
    "夕阳心声\n\n"
    "六十八岁，我学会了游泳\n\n"
    "文/丁慧珍\n\n"
    "去年夏天，孙子拉我去游泳馆，我站在池边直发抖。\n\n"
    "教练一点也不急，一个动作一个动作地教我，如今我能游两百米了。\n"
)


def _heads(issue):
    return [(a.kicker, a.title, [b.author for b in a.bylines]) for a in issue.articles]


def test_a_columns_name_over_a_headline_over_its_credit_starts_the_article():
    heads = _heads(parse_all(SPECIAL))
    assert heads[0] == ("开卷语", "桂花香里话重阳", ["柏文涛"])
    assert ("夕阳心声", "六十八岁，我学会了游泳", ["丁慧珍"]) in heads


def test_a_headline_with_a_comma_over_its_credit_ends_the_poem_above():
    issue = parse_all(SPECIAL)
    poem = next(a for a in issue.articles if a.title == "山居秋夜")
    assert poem.paragraphs[-1] == "灯下频频问几时" and len(poem.paragraphs) == 4
    story = issue.articles[-1]
    assert story.paragraphs[0].startswith("去年夏天") and len(story.paragraphs) == 2


POST = (
    "银杏老年报｜重阳专版：桂花香里话重阳\n\n"
    "银杏镇融媒\n"
    "2025-10-29 18:20·江苏\n"
    "关注\n\n"
    "编者按：重阳到了，我们从《银杏老年报》中选出几篇作品，与大家分享。\n\n"
    "银杏老年报\n\n"
    "重阳专版\n\n"
    "2025年10月29日　第7期\n\n"
    "银杏镇老年大学　主办\n\n"
    "开卷语\n\n"
    "桂花香里话重阳\n\n"
    "文/柏文涛\n\n"
    "又到一年重阳时。镇里新开了两家老年食堂，老年大学的课也多了。\n\n"
    "征稿启事\n\n"
    "《银杏老年报》每两月一期，现长期征稿，欢迎赐稿。\n\n"
    "征稿内容：诗词、散文、书画作品\n\n"
    "投稿方式：寄银杏镇老龄办，或发邮件\n\n"
    "银杏老年报编辑部\n\n"
    "本期编辑：宁可欣　审核：祁振东\n\n"
    "举报/反馈\n"
)


def test_a_news_apps_post_header_and_its_buttons_are_furniture():
    issue = parse_all(POST)
    furniture = set(issue.furniture)
    assert {"银杏镇融媒", "2025-10-29 18:20·江苏", "关注", "举报/反馈"} <= furniture
    assert not any(b.author == "关注" for a in issue.articles for b in a.bylines)


def test_the_papers_name_over_its_masthead_under_the_posts_note_is_furniture():
    issue = parse_all(POST)
    assert {"银杏老年报", "重阳专版"} <= set(issue.furniture)
    assert not any(p == "银杏老年报" for a in issue.articles for p in a.paragraphs)


def test_the_issues_editor_and_the_office_signing_the_last_notice():
    issue = parse_all(POST)
    notice = issue.articles[-1]
    assert notice.title == "征稿启事"
    assert [(b.department, b.author) for b in notice.bylines] == [("银杏老年报编辑部", None)]
    assert notice.paragraphs[-1] == "投稿方式：寄银杏镇老龄办，或发邮件"
    assert "本期编辑：宁可欣\u3000审核：祁振东" in issue.furniture
    assert {"宁可欣", "祁振东"} <= {m.name for m in issue.mentions}


def test_an_arrow_pointing_at_the_picture_is_no_part_of_its_caption():
    text = (
        "端午包粽子　邻里一家亲\n\n"
        "6月8日上午，社区在小区广场举办包粽子活动，60多位居民参加。\n\n"
        "↑居民们在广场上比赛包粽子 林可 摄\n\n"
        "活动结束后，志愿者把粽子送到了独居老人家中。\n"
    )
    article = parse_all(text).articles[0]
    assert article.captions == ["居民们在广场上比赛包粽子 林可 摄"]


def test_doctor_says_a_poems_lines_once_and_suggests_no_split_at_each():
    # (the newcomer's find: doctor suggested a split at every line of a poem)
    issue = parse_all(SPECIAL)
    poem = next(n for n, a in enumerate(issue.articles, start=1) if a.title == "山居秋夜")
    notes = [(n.code, n.detail) for n in issue.notes if n.article == poem]
    assert ("short_lines_kept", "4") in notes
    assert not [code for code, _ in notes if code == "title_in_body"]

"""A two-column 镇报 copied in macOS Preview (issue #17): a jump marker glued to the end
of a story's last line on its page, the next story's headline right under it; briefs
whose run-in headline keeps one space of its gap before the day. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

LEAD = (
    "走进南坞村的“共享菜园”，十几位老人正在地里拔草、浇水。"
    "“自己种的菜吃着放心，还能和老姐妹们说说话。”村民卢阿婆笑着说。"
)
NEXT = "4月22日，南坞镇组织人大代表视察民生实事项目推进情况，实地察看项目进度和质量。"


def test_a_headline_under_a_jump_glued_to_the_text_starts_its_story():
    text = (
        "“共享菜园”种出邻里情\n"
        + cut_at(17, LEAD)
        + "目前全镇已建成共享菜园6处，（下转第3版）\n"
        + "镇人大代表集中视察民生实事项目\n"
        + cut_at(17, NEXT)
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == [
        "“共享菜园”种出邻里情",
        "镇人大代表集中视察民生实事项目",
    ]
    assert issue.articles[1].paragraphs == [NEXT]


def test_a_run_in_headline_with_one_space_before_its_day_heads_a_brief():
    text = (
        "“共享菜园”种出邻里情\n" + cut_at(17, LEAD) + "镇村简讯\n"
        "●南坞村老年食堂开张 4月18日，\n"
        "南坞村老年食堂正式开张，可为全村\n"
        "80多位老人提供午餐。\n"
        "●南坞小学开展防溺水教育 4月21\n"
        "日，南坞小学邀请消防员为全校师生\n"
        "上了一堂防溺水安全教育课。\n"
    )
    issue = parse_all(text)
    briefs = issue.articles[1:]
    assert [a.title for a in briefs] == ["南坞村老年食堂开张", "南坞小学开展防溺水教育"]
    assert briefs[0].paragraphs == ["4月18日，南坞村老年食堂正式开张，可为全村80多位老人提供午餐。"]
    assert briefs[1].paragraphs == [
        "4月21日，南坞小学邀请消防员为全校师生上了一堂防溺水安全教育课。"
    ]

"""An HTML newsletter forwarded and saved as plain text by a mail program: its lines
quoted `> `, a kicker, a title with a comma and its deck set as three lines, the
mailing list's way out after its end mark. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

LETTER = """\
发件人: 严小青 <yanxq@songlin-jw.cn>
主题: 转发：《松林邻里》第8期
日期: 2024年9月20日 上午9:12:40

开始转发的邮件：
> 发件人: 松林居民区居委会 <office@songlin-jw.cn>
> 主题: 《松林邻里》第8期
>
> 松林邻里
> 2024年9月　第8期　松林居民区居委会编
>
> 中秋特稿
> 一张月饼桌，五十户邻居
> 松林居民区第三届中秋邻里宴侧记
>
> 9月15日晚，松林路的香樟树下摆开了二十米长的月饼桌。五十户邻居带来自家做的月饼和小菜，围坐一起赏月。
>
> 今年最年长的客人是93岁的顾阿婆。“好多年没有这么热闹过了。”
>
> （居委会　邵敏）
>
> — 完 —
>
> 如不想再收到本邮件，请回复“退订”。
"""


def test_a_kicker_a_title_with_a_comma_and_its_deck_a_blank_line_closes_are_one_headline():
    issue = parse_all(LETTER)
    (article,) = issue.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "中秋特稿",
        "一张月饼桌，五十户邻居",
        "松林居民区第三届中秋邻里宴侧记",
    )
    assert article.paragraphs[0].startswith("9月15日晚，")
    assert_nothing_lost(LETTER, issue)


def test_the_mailing_lists_way_out_after_the_end_mark_is_furniture():
    issue = parse_all(LETTER)
    assert len(issue.articles) == 1
    assert any("退订" in line for line in issue.furniture)


# A newsletter mail copied from a desktop mail app's reading pane: its menu of sections a
# row under the masthead, a tab between each.
MENU_MAIL = "\n".join(
    [
        "楝溪邻里·为老服务月报",
        "2024年11月　第11期",
        "楝溪居民区居民委员会　编",
        "本月关注\t食堂菜单\t活动日历\t服务热线",
        "",
        "本月关注",
        "重阳敬老月：九旬老人家门口过生日",
        "",
        "10月11日，居委会干部和志愿者带着蛋糕来到九十岁的钱阿婆家，为她庆祝生日。",
        "",
        "（楝溪居民区居委会）",
    ]
)


def test_a_row_of_section_names_under_the_masthead_is_the_mails_menu():
    issue = parse_all(MENU_MAIL)
    assert "本月关注\t食堂菜单\t活动日历\t服务热线" in issue.furniture
    (story,) = issue.articles
    assert (story.kicker, story.title) == ("本月关注", "重阳敬老月：九旬老人家门口过生日")

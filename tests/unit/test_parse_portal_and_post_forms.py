"""Forms of round zs's paths, each invented: an OA portal's 简报 with its post bar and
bulleted briefs, a 村务简报's foot, a post's sections one block each (a poem in stanzas,
a picture's news, a residents' letter under its column's name)."""

from __future__ import annotations

from lcreader.library import build_issue
from tests.helpers import assert_nothing_lost, parse_all

PORTAL = """\
当前位置：信息门户 > 通知公告 > 工作简报
松岗街道工作简报（第3期）
发布部门：党政办\t发布人：林岚\t发布时间：2024-03-19 10:05\t浏览次数：41

工作简报
第3期
松岗街道党政办公室编\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a02024年3月18日
\u00a0
老旧小区“微更新”试点启动
\u00a0\u00a0\u00a0\u00a0今年以来，松岗街道在6个老旧小区试点“微更新”，由居民投票决定改造项目，首批17个项目已开工。
\u00a0
工作简讯
\u00a0\u00a0\u00a0\u00a0◎街道召开春季消防安全部署会。3月12日，街道召开春季消防安全工作部署会，部署开展高层住宅消防通道专项整治。
\u00a0\u00a0\u00a0\u00a0◎松北社区“睦邻书屋”开放。3月15日，松北社区睦邻书屋正式开放，首批图书两千余册。（松北社区 叶青）
\u00a0
报：区委办、区政府办
发：各社区、各科室
"""


def test_a_portals_post_time_is_not_the_issues_date():
    issue = parse_all(PORTAL)
    assert issue.date == "2024-03-18"


def test_bulleted_briefs_whose_headlines_name_something_in_quotes_are_articles():
    issue = parse_all(PORTAL)
    assert [a.title for a in issue.articles] == [
        "老旧小区“微更新”试点启动",
        "街道召开春季消防安全部署会",
        "松北社区“睦邻书屋”开放",
    ]
    assert issue.articles[2].paragraphs[0].startswith("3月15日，")
    assert_nothing_lost(PORTAL, issue)


VILLAGE = """\
溪口村村务简报
2024年第2期（总第9期）
溪口村村民委员会　　　　　　　　　　2024年3月25日

【村务公开】
溪口村一季度村级财务收支公开
　　根据村务公开有关规定，现将溪口村2024年一季度村级财务收支情况公开如下，请村民监督。
【安全提示】
春耕用火 这些要记牢
　　春耕时节，请各位村民注意做到：
　　1.不在田间地头焚烧秸秆；
　　2.不在山林周边烧荒、烧纸；
　　3.发现火情立即拨打119。
【光荣榜】
溪口村2024年“文明家庭”名单
组别\t户主\t组别\t户主
一组\t钟桂英\t三组\t黄德明
二组\t廖水生\t四组\t邱玉兰

编辑：温小燕　审核：曾国华
（本简报发至各村民小组、村“两委”成员）
"""


def test_a_banner_over_a_title_over_a_tables_rows_starts_a_roll():
    issue = parse_all(VILLAGE)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("村务公开", "溪口村一季度村级财务收支公开"),
        ("安全提示", "春耕用火 这些要记牢"),
        ("光荣榜", "溪口村2024年“文明家庭”名单"),
    ]
    assert_nothing_lost(VILLAGE, issue)


def test_whom_the_issue_went_to_in_brackets_is_its_foot_with_the_editors_over_it():
    issue = parse_all(VILLAGE)
    assert "（本简报发至各村民小组、村“两委”成员）" in issue.furniture
    assert not any(a.meta for a in issue.articles)


POST = """\
邻里诗苑

春雨

文/江小禾

檐下的雨
一滴一滴
敲着奶奶的竹篮
也敲着我的窗

田埂上的秧苗
喝饱了水
站成一排
等风来

图片新闻

小小讲解员上岗啦

3月9日，溪口社区“红领巾”讲解员在村史馆为游客讲解村里的老故事。（溪口社区 供图）

居民信箱

村口的垃圾桶能不能多放两个？

社区工作人员：村口只有一个垃圾桶，周末游客多，经常满出来，希望能多放两个。

居民 邹小红

社区回复：接到反映后，社区已于3月12日在村口增设两个分类垃圾桶。感谢您的建议！
"""


def test_lines_standing_alone_after_a_poem_in_stanzas_head_the_next_sections():
    issue = parse_all(POST)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("邻里诗苑", "春雨"),
        ("图片新闻", "小小讲解员上岗啦"),
        ("居民信箱", "村口的垃圾桶能不能多放两个？"),
    ]
    poem = issue.articles[0]
    assert "图片新闻" not in " ".join(poem.paragraphs)
    assert_nothing_lost(POST, issue)


def test_a_rolls_entry_opens_with_a_person():
    text = (
        "三月“溪口好人”榜\n\n"
        "◆钟立军（见义勇为）：3月2日晚，在溪口河边救起一名落水老人。\n\n"
        "◆欧阳秀（孝老爱亲）：照顾患病的公公八年如一日。\n"
    )
    issue = build_issue("t", "t.txt", text)
    assert {"钟立军", "欧阳秀"} <= {m.name for a in issue.articles for m in a.mentions}

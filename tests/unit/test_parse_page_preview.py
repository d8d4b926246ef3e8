"""A paper's PDF as a document site's text preview shows it (issue #17, round yw's
豆丁 file): the site's header and info bar, each printed page one line whose printed
line ends became single spaces, the paper's name over its letters, the site's notice
and list of other documents under it. Each text is my own; none of a corpus file's
words."""

from __future__ import annotations

from lcreader.parse.flattened import unflattened
from tests.helpers import parse_all, roles


def _page(lines: list[str]) -> str:
    """A printed page's lines joined as the preview joins them: one space each."""
    return " ".join(lines)


PAGE_ONE = [
    "桐乡镇报",
    "TONGXIANG ZHENBAO",
    "中共桐乡镇委员会　主办",
    "2019年5月10日　星期五　第5期（总第48期）",
    "桐乡镇召开春季防汛工作会议",
    "　　5月8日，桐乡镇召开春季防汛",
    "工作会议，部署汛期各项准备工作。各",
    "村要在5月底前完成河道清淤和堤防",
    "巡查。",
    "　　会议要求，镇防汛办要落实二",
    "十四小时值班制度。",
    "（镇水利站　濮阳）",
    "村级图书室添新书",
    "　　近日，镇文化站为各村图书室",
    "配送新书三千余册。",
    "（镇文化站）",
]
PREVIEW = "\n".join(
    [
        "文档网",
        "首页  |  政务  |  教育  |  更多",
        "桐乡镇报2019年第5期.pdf",
        "上传者：zhou_2019  |  上传时间：2019-05-20  |  浏览：86次  |  页数：2页",
        "下载  收藏  分享到：",
        "第1页",
        _page(PAGE_ONE),
        "",
        "本文档由 zhou_2019 上传，版权归原作者所有。如有侵权，请联系删除。",
        "相关文档",
        "桐乡镇报2019年第4期.pdf",
        "镇防汛工作方案.doc",
    ]
)


def test_a_flattened_page_is_set_back_on_its_printed_lines():
    assert unflattened(_page(PAGE_ONE)).split("\n") == PAGE_ONE
    # a space between Latin words is a space; a paragraph a line is no flattened page
    prose = "居民 可以 报名" + "。" * 300
    assert unflattened(prose) == prose
    # a line set letter-spaced, or megabytes of one line, is no page a site flattened
    spaced = "凉 城 新 村 街 道 " * 40
    assert unflattened(spaced) == spaced
    huge = _page(PAGE_ONE) * 200
    assert unflattened(huge) == huge


def test_a_preview_reads_as_its_pages_and_the_site_as_furniture():
    issue = parse_all(PREVIEW)
    first, second = issue.articles
    assert first.title == "桐乡镇召开春季防汛工作会议"
    assert first.paragraphs == [
        "5月8日，桐乡镇召开春季防汛工作会议，部署汛期各项准备工作。各村要在5月底前完成河道清淤和堤防巡查。",
        "会议要求，镇防汛办要落实二十四小时值班制度。",
    ]
    assert second.title == "村级图书室添新书"
    found = roles(PREVIEW)
    for line in (
        "上传者：zhou_2019  |  上传时间：2019-05-20  |  浏览：86次  |  页数：2页",
        "下载  收藏  分享到：",
        "本文档由 zhou_2019 上传，版权归原作者所有。如有侵权，请联系删除。",
        "相关文档",
        "镇防汛工作方案.doc",
        "桐乡镇报",
    ):
        assert found[line] == "furniture", line


# A village's posts on a platform's page, each with its readers' comments under it:
# `全部评论`, a writer's name, the words, the time, its button, the box to write one.
def _post(title: str, text: str, comments: list[tuple[str, str, str]]) -> list[str]:
    lines = ["为村｜桐溪村", "", title, "", text, "（桐溪村委会）", "", "全部评论", ""]
    for name, words, when in comments:
        lines += [name, words, when, "回复", ""]
    return [*lines, "写评论...", "", "为村——连接情感　连接信息　连接财富", ""]


POSTS = "\n".join(
    [
        *_post(
            "村里组织夏收突击队",
            "6月5日起，村里组织二十名青壮年组成夏收突击队，帮缺劳力的农户抢收小麦。",
            [
                ("桐溪老顾", "点赞，突击队辛苦了", "06-08 11:02"),
                ("六组小沈", "谢谢帮我爷爷收麦子", "06-08 12:40"),
            ],
        ),
        *_post(
            "村卫生室延长服务时间",
            "从6月起，村卫生室每天晚上开放到八点，方便白天上班的村民看病拿药。",
            [("东村许大姐", "金医生半夜还来看过我家老头子", "06-09 15:20")],
        ),
        *_post(
            "村道路灯全部修好",
            "6月10日，村里对主干道上的三十二盏路灯逐一检修，坏了的全部换上了新灯。",
            [("七组老钱", "晚上走路亮堂多了", "06-11 20:05")],
        ),
    ]
)


def test_readers_comments_under_each_post_are_the_pages():
    issue = parse_all(POSTS)
    assert [a.title for a in issue.articles] == [
        "村里组织夏收突击队",
        "村卫生室延长服务时间",
        "村道路灯全部修好",
    ]
    found = roles(POSTS)
    for line in ("桐溪老顾", "点赞，突击队辛苦了", "06-08 11:02", "东村许大姐", "写评论..."):
        assert found[line] == "furniture", line


# A paper posted as a forum thread over its starter's floors, copied from the page: the
# forum's bars, the thread's title naming the issue, a head over each floor, the floor's
# number, the starter's signature under a rule, a reply by another, a story cut at a
# floor's end and taken up on the next.
THREAD = "\n".join(
    [
        "桐乡论坛 - 桐乡人的网上家园",
        "首页 | 论坛 | 博客 | 更多",
        "欢迎您，游客 登录 | 注册",
        "桐乡论坛 > 城市 > 桐乡 > 浏览帖子",
        "",
        "[社区动态]《桐乡社区报》2012年第5期全文",
        "楼主：桐乡社区小王  时间：2012-05-21 09:42:00  点击：865  回复：3",
        "",
        "桐乡社区报",
        "2012年5月20日　第5期",
        "",
        "◆老邮递员的三十年◆",
        "　　今年62岁的俞立根，在桐乡邮电支局当了三十年邮递员，骑坏了七辆自行车，"
        "送出的信件报刊少说也有几十万份。他说，最难的是雨天（未完，接楼下）",
        "——————————",
        "桐乡是我家，和谐靠大家",
        "回复 | 举报",
        "",
        "作者：桐乡社区小王  回复日期：2012-05-21 09:50:12",
        "1楼",
        "　　（接上楼）送信，信封湿了，字就看不清了。",
        "（文/罗明）",
        "回复 | 举报",
        "",
        "作者：桐乡老茶客  回复日期：2012-05-21 10:03:27",
        "2楼",
        "顶一个！社区报上网是好事。",
        "回复 | 举报",
    ]
)


def test_a_forum_threads_floors_carry_the_paper_and_the_rest_is_the_pages():
    issue = parse_all(THREAD)
    assert len(issue.articles) == 1
    story = issue.articles[0]
    assert story.title == "老邮递员的三十年"
    assert story.paragraphs[0].endswith("他说，最难的是雨天送信，信封湿了，字就看不清了。")
    found = roles(THREAD)
    for line in (
        "欢迎您，游客 登录 | 注册",
        "桐乡论坛 > 城市 > 桐乡 > 浏览帖子",
        "[社区动态]《桐乡社区报》2012年第5期全文",
        "楼主：桐乡社区小王  时间：2012-05-21 09:42:00  点击：865  回复：3",
        "桐乡是我家，和谐靠大家",
        "1楼",
        "顶一个！社区报上网是好事。",
    ):
        assert found[line] == "furniture", line


def test_a_forums_bars_and_a_posted_issues_title_are_known_by_their_form():
    from lcreader.parse.explain import explain

    rules = {row.text: row.rule for row in explain(THREAD)}
    assert rules["欢迎您，游客 登录 | 注册"] == "furniture.navigation"
    assert rules["桐乡论坛 > 城市 > 桐乡 > 浏览帖子"] == "furniture.navigation"
    assert rules["[社区动态]《桐乡社区报》2012年第5期全文"] == "furniture.masthead_number"


def test_a_blog_posts_bar_of_time_category_and_tags_is_the_pages():
    from lcreader.parse.explain import explain

    bar = "2010-05-20 16:42:08|  分类： 社区报 |  标签：社区报  荇桥  |  字号 订阅"
    text = "\n".join(
        [
            "荇桥社区报（2010年第5期）",
            bar,
            "",
            "社区服务站周五延长服务时间",
            "从5月起，社区服务站每周五晚上开放到八点，方便上班族办事。",
            "（社区居委会）",
        ]
    )
    rules = {row.text: row.rule for row in explain(text)}
    assert rules[bar] == "furniture.post_header"
    assert [a.title for a in parse_all(text).articles] == ["社区服务站周五延长服务时间"]

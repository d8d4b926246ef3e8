"""An audio platform's track pages copied one after another (issue #17, round yi's
喜马拉雅 file): each page's site menu, the track's title over its album, account, day,
plays and length, the 简介 with the paper's edition line over the story, then readers'
comments under their count, the related links and the footer. Each page's title is its
story's headline; the comments, the album and the account are the page's. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

MENU = ["听书网", "首页", "分类", "排行榜", "直播", "下载客户端", "登录"]
FOOT = ["相关推荐", "关于我们", "用户协议", "隐私政策"]


def page(title: str, day: str, plays: str, story: list[str], comments: list[str]) -> list[str]:
    head = ["专辑：桂溪社区报·有声版", "桂溪街道融媒", day, plays, "04:12", "播放", "分享", "简介"]
    edition = "《桂溪社区报》第8期（2024年5月）"
    count = f"评论({sum(1 for c in comments if '：' in c)})"
    return [*MENU, title, *head, edition, *story, "收起", count, *comments, *FOOT, ""]


PAGES = "\n".join(
    [
        *page(
            "社区食堂迎来第一个生日",
            "2024-05-06",
            "318",
            [
                "5月5日，桂溪社区长者食堂开业满一年。一年来，食堂共为老人送餐两万余份，"
                "每天中午都有不少老人结伴来吃饭。",
                "食堂负责人说，下一步将根据老人的口味调整菜单，增加软烂易嚼的菜品。",
                "（桂溪街道融媒体中心　柯雨）",
            ],
            ["桂溪老王：饭菜不错，价格也实惠", "2024-05-07"],
        ),
        *page(
            "小区停车棚装上了充电桩",
            "2024-05-06",
            "205",
            [
                "近日，桂溪二村的非机动车棚新装了二十个智能充电口，"
                "居民扫码即可充电，再也不用从楼上拉电线了。",
                "（桂溪街道融媒体中心　柯雨）",
            ],
            ["暂无评论，快来抢沙发吧~"],
        ),
        *page(
            "垃圾分类志愿者上岗",
            "2024-05-07",
            "176",
            [
                "5月起，桂溪社区的四十名志愿者轮流在垃圾投放点值守，帮助居民把垃圾分对、投准。",
                "（通讯员　严敏）",
            ],
            [
                "小区阿姨：志愿者辛苦了！",
                "2024-05-08",
                "桂溪街道融媒 回复 小区阿姨：谢谢您的支持",
                "2024-05-08",
            ],
        ),
    ]
)


def test_each_pages_title_is_its_storys_headline():
    titles = [a.title for a in parse_all(PAGES).articles]
    assert titles == ["社区食堂迎来第一个生日", "小区停车棚装上了充电桩", "垃圾分类志愿者上岗"]


def test_readers_comments_and_the_pages_head_are_the_pages():
    issue = parse_all(PAGES)
    for said in ("桂溪老王：饭菜不错，价格也实惠", "暂无评论，快来抢沙发吧~",
                 "桂溪街道融媒 回复 小区阿姨：谢谢您的支持", "专辑：桂溪社区报·有声版",
                 "桂溪街道融媒"):  # fmt: skip
        assert said in issue.furniture, said
    text = [p for a in issue.articles for p in a.paragraphs]
    assert not [p for p in text if "评论" in p or "专辑" in p or p == "桂溪街道融媒"]
    assert [len(a.paragraphs) for a in issue.articles] == [2, 1, 1]


def test_a_comment_block_that_runs_into_text_stays_text():
    """Under a count of comments, a line no comment reads as (a long sentence of the
    story going on): nothing under the count is taken."""
    text = "\n".join(
        [
            "社区读书会开讲",
            "5月9日，社区读书会请来退休教师讲《红岩》，二十多位居民参加。",
            "评论(2)",
            "居民们说，这样的读书会以后要多办，最好每个月都有一次，还能把孩子们也带来一起听，"
            "让更多的人爱上读书，社区也表示会认真考虑大家的建议，争取下个月再办一场。",
        ]
    )
    issue = parse_all(text)
    assert any(p.startswith("居民们说") for a in issue.articles for p in a.paragraphs)

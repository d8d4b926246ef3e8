"""A community's post on a web page of a posting app, copied whole from a browser and
saved in a code page with no emoji (issue #17, round ya's 美篇 page): the site's menu
over the post, the account and its follow button over the post's date, columns named
before a bar (`文苑｜…`), pictographs saved as `??`, a numbered list with circled
figures, the post's counters at its foot and readers' comments under them. Each text
is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

POST = (
    "乐帖\n"
    "首页\n"
    "广场\n"
    "发布\n"
    "下载App\n"
    "登录 / 注册\n"
    "\n"
    "竹园邻里｜第6期：秋日里的好邻居\n"
    "竹园社区居委会\n"
    "关注\n"
    "2022-09-28\n"
    "阅读 1342\n"
    "\n"
    "??楼组长上门送月饼 空巢老人笑开颜\n"
    "\n"
    "9月9日，竹园社区12名楼组长分头走访辖区空巢老人，送上月饼和节日问候。\n"
    "\n"
    "??文苑｜秋夜\n"
    "\n"
    "月照竹园静，\n"
    "风过桂花香。\n"
    "\n"
    "竹园社区居民 梁秀英\n"
    "\n"
    "??10月活动预告\n"
    "\n"
    "①10月8日（周六）上午9:00 义诊 地点：社区卫生站\n"
    "②10月15日（周六）下午2:00 手机课堂 地点：党群服务中心\n"
    "③10月22日（周六）上午8:30 健步走 地点：竹园公园\n"
    "\n"
    "编辑：邹梅\n"
    "\n"
    "阅读 1342\n"
    "举报\n"
    "赞 88\n"
    "评论 6\n"
    "分享\n"
    "评论\n"
    "竹园老张\n"
    "楼组长们辛苦了！\n"
    "2022-09-29\n"
    "查看全部评论\n"
    "推荐阅读\n"
    "竹园邻里｜第5期：暑期课堂\n"
)


def test_a_posting_apps_page_reads_as_its_post():
    issue = parse_all(POST)
    titles = [(a.kicker, a.title) for a in issue.articles]
    assert (None, "楼组长上门送月饼 空巢老人笑开颜") in titles
    assert ("文苑", "秋夜") in titles  # a page's column before the bar
    notice = next(a for a in issue.articles if a.title == "10月活动预告")
    assert notice.paragraphs[:3] == [
        "①10月8日（周六）上午9:00 义诊 地点：社区卫生站",
        "②10月15日（周六）下午2:00 手机课堂 地点：党群服务中心",
        "③10月22日（周六）上午8:30 健步走 地点：竹园公园",
    ]
    furniture = set(issue.furniture)
    # the site's menu, its links among it; the account and its follow button
    assert {"乐帖", "首页", "广场", "发布", "竹园社区居委会", "关注"} <= furniture
    # under the post's counters, readers' comments and the site's links are the page's
    assert {"竹园老张", "楼组长们辛苦了！", "查看全部评论", "推荐阅读"} <= furniture
    assert not any("竹园老张" in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(POST, issue)


PORTAL_REPOST = (
    "网易首页\n"
    "新闻\n"
    "体育\n"
    "财经\n"
    "科技\n"
    "登录\n"
    "\n"
    "竹园社区报第3期丨夏日里的竹园\n"
    "2023-07-12 09:30:45　来源: 竹园发布\n"
    "\n"
    "社区夜校开课了\n"
    "\n"
    "7月10日晚，竹园社区夜校开课，首期开设书法、摄影等6门课程，120多名居民报名。\n"
    "\n"
    "（竹园居委会）\n"
)


def test_a_portals_post_time_and_its_source_are_the_posts_header():
    issue = parse_all(PORTAL_REPOST)
    assert "2023-07-12 09:30:45　来源: 竹园发布" in issue.furniture
    assert [a.title for a in issue.articles] == ["社区夜校开课了"]
    assert_nothing_lost(PORTAL_REPOST, issue)


SHARE_BAR = (
    "社区夜校开课了\n"
    "\n"
    "7月10日晚，竹园社区夜校开课，首期开设书法、摄影等6门课程，120多名居民报名。\n"
    "\n"
    "（竹园居委会）\n"
    "\n"
    "分享到：\n"
    "微信\n"
    "微博\n"
    "QQ空间\n"
)


def test_a_share_bars_head_is_the_pages():
    issue = parse_all(SHARE_BAR)
    assert [a.title for a in issue.articles] == ["社区夜校开课了"]
    assert "分享到：" in issue.furniture
    assert_nothing_lost(SHARE_BAR, issue)


QUESTION_AT_PAGE_TOP = (
    "修了二十年自行车的老师傅\n"
    "\n"
    "每个周六上午，桂园新村17号楼旁总会摆出一张小桌，72岁的周师傅给居民补胎、换刹车线，分文不取。\n"
    "\n"
    "“只要我还拧得动扳手，这张桌子就一直摆着。”\n"
    "\n"
    "第3版·议事厅\n"
    "\n"
    "高龄津贴怎么申请？\n"
    "\n"
    "近期，不少居民来电询问高龄津贴的申请办法，我们请受理中心的工作人员作了解答。\n"
    "\n"
    "问：哪些老人可以申请？\n"
    "\n"
    "答：本市户籍、年满80周岁的老人。\n"
)


def test_a_question_at_a_pages_top_after_finished_text_is_its_headline():
    issue = parse_all(QUESTION_AT_PAGE_TOP)
    assert [a.title for a in issue.articles] == ["修了二十年自行车的老师傅", "高龄津贴怎么申请？"]
    assert_nothing_lost(QUESTION_AT_PAGE_TOP, issue)


GROUP_NOTICE_KEYCAPS = (
    "📢竹园邻里周讯 第8期（5月6日—5月12日）\n"
    "\n"
    "1️⃣【居委通知】楼道消防检查\n"
    "本周三起，居委会将逐楼检查楼道堆物，请大家配合。\n"
    "\n"
    "2️⃣【便民服务】周六便民集市\n"
    "时间：5月11日（周六）8:30—11:00\n"
    "地点：小区中心广场\n"
    "\n"
    "3️⃣【温馨提示】谨防电信诈骗\n"
    "近期有居民接到冒充客服的电话，请大家提高警惕。\n"
)


def test_keycaps_numbering_a_posts_tagged_headings_start_its_stories():
    """`1️⃣【居委通知】…`: a keycap numbering a tagged heading points as a pictograph
    does; each heading starts a story (over text or a notice's fields); the first line,
    the paper's name and number only, is the issue's."""
    issue = parse_all(GROUP_NOTICE_KEYCAPS)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("居委通知", "楼道消防检查"),
        ("便民服务", "周六便民集市"),
        ("温馨提示", "谨防电信诈骗"),
    ]
    assert issue.number == "第8期"
    assert "📢竹园邻里周讯 第8期（5月6日—5月12日）" in issue.furniture
    assert_nothing_lost(GROUP_NOTICE_KEYCAPS, issue)

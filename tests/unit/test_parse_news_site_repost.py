"""A community paper's issue reposted on a news site's government channel and copied
from the browser (issue #17, round zi): the site's header (its logo's name, sign-in,
the app), the post's account, follow button, time and source, the paper's own text,
`END`, then the post's editors, the platform's note and related links. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

REPOST = (
    "新闻网Logo\n\n下载客户端\n\n登录\n\n"
    "桂园社区报｜第12期：小区门口的便民驿站开张了\n\n"
    "桂园街道\n关注\n2025-03-14 18:20\n来源：新闻网·政务号\n字号\n\n"
    "民生实事\n\n"
    "小区门口的便民驿站开张了\n\n"
    "3月10日，桂园路上的便民驿站正式开张，居民在这里可以修鞋、配钥匙、磨剪刀。\n\n"
    "驿站由街道提供场地，社区志愿者轮流值守，每天上午九点到下午五点开放。\n\n"
    "温馨提示\n\n"
    "清明假期社区服务时间调整\n\n"
    "清明节假期期间，社区服务窗口上午开放，下午暂停服务。\n\n"
    "桂园社区居委会\n\n"
    "2025年3月12日\n\n"
    "END\n\n"
    "编辑｜庞可馨\n审核｜卢振东\n\n"
    "本文为政务号作者或机构在新闻网上传并发布，仅代表该作者或机构观点，不代表新闻网的观点或立场，"
    "新闻网仅提供信息发布平台。申请政务号请用电脑访问本网站的认证页面，按提示提交材料。\n\n"
    "相关推荐\n桂园街道开展春季义诊活动\n桂园街道2025年第11期社区报\n评论(0)\n"
)


def test_the_sites_header_and_the_posts_header_are_furniture():
    furniture = set(parse_all(REPOST).furniture)
    assert {"新闻网Logo", "下载客户端", "登录", "字号"} <= furniture
    assert {"桂园街道", "关注", "2025-03-14 18:20"} <= furniture


def test_after_end_the_posts_editors_note_and_links_are_furniture():
    issue = parse_all(REPOST)
    assert [a.title for a in issue.articles] == [
        "小区门口的便民驿站开张了",
        "清明假期社区服务时间调整",
    ]
    assert any(line.startswith("本文为政务号作者") for line in issue.furniture)


def test_the_last_notices_signer_and_date_over_end_stay_the_notices():
    notice = parse_all(REPOST).articles[-1]
    assert [b.department for b in notice.bylines] == ["桂园社区居委会"]
    assert notice.meta.get("日期") == "2025年3月12日"

"""A 社区报 reposted as one article on a news platform's creator account, copied whole
from the browser (issue #17, round yk's 腾讯号 file): under the last story the account's
call to follow it, the platform's disclaimer, its comment box, the account's card, its
picks and its footer. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "社区食堂推出夏季新菜单",
        "",
        "6月起，青枫社区长者食堂推出夏季新菜单，每天供应绿豆汤和两款凉菜。",
        "",
        "（青枫社区党群服务站　华宁）",
        "",
        "点击关注，了解更多青枫资讯",
        "",
        "免责声明：本内容来自平台创作者，不代表本平台的观点和立场。",
        "举报",
        "",
        "评论",
        "文明上网理性发言，请遵守《跟帖服务协议》",
        "0条评论",
        "登录后参与评论",
        "",
        "青枫街道发布",
        "236文章数",
        "1.2万粉丝",
        "+关注",
        "",
        "热点精选",
        "夏季用电高峰，这些安全常识要知道",
        "Copyright © 1998 - 2024 Example. All Rights Reserved",
    ]
)


def test_the_platforms_call_to_follow_and_what_comes_after_it_are_the_pages():
    issue = parse_all(PAGE)
    assert [a.title for a in issue.articles] == ["社区食堂推出夏季新菜单"]
    [story] = issue.articles
    assert story.paragraphs == ["6月起，青枫社区长者食堂推出夏季新菜单，每天供应绿豆汤和两款凉菜。"]
    assert "点击关注，了解更多青枫资讯" in issue.furniture

"""E-paper article pages fetched one by one and turned into Markdown by html2text (issue
#17, round yg's file): each page's logo a linked picture, its links to the page before
and after, a 简讯 page's briefs each run in after a bold headline, and html2text's
backslash before a mark it would read (`1\\. …`). Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all


def _page(body: str, n: int) -> str:
    return (
        "[![青禾](../../images/logo.png)](../../index.htm)\n\n"
        "  * [首页](../../index.htm)\n"
        "  * [往期](../../past.htm)\n\n"
        "2024年05月10日 星期五　第12期\n\n"
        f"{body}\n\n"
        f"[上一篇](content_{100 + n}.htm) [下一篇](content_{102 + n}.htm)\n\n"
        "Copyright © 青禾街道 All Rights Reserved\n"
    )


NOTICE = (
    "# 关于开展楼道清理的通知\n\n"
    "各居民区：\n\n"
    "　　为改善居住环境，街道决定开展楼道清理行动。现将有关事项通知如下：\n\n"
    "　　1\\. 时间：5月13日至5月24日。\n\n"
    "　　2\\. 范围：各小区楼道和非机动车棚。\n\n"
    "青禾街道办事处\n\n"
    "2024年5月9日"
)
BRIEFS = (
    "# 简讯\n\n"
    "　　**社区书场重新开张**　本报讯　青禾社区书场经过修缮后重新开张，每周三下午演出评弹。\n\n"
    "　　**助老食堂推出夜餐**　5月起，青禾助老食堂晚上也供应套餐，老人凭卡可享优惠。\n\n"
    "　　**亲子读书会举行**　5月4日，青禾图书室举办亲子读书会，二十组家庭参加。"
)
PAGES = "\n\n".join(
    [
        _page(NOTICE, 1),
        _page(BRIEFS, 2),
        _page(
            "# 青禾街道举办邻里节\n\n　　5月6日，青禾街道在中心广场举办邻里节，居民们一起包馄饨、写春联。",
            3,
        ),
    ]
)


def test_a_pages_linked_logo_and_its_links_to_other_pages_are_furniture():
    issue = parse_all(PAGES)
    assert "[![青禾](../../images/logo.png)](../../index.htm)" in issue.furniture
    assert "[上一篇](content_101.htm) [下一篇](content_103.htm)" in issue.furniture
    assert not any("](" in p for a in issue.articles for p in [*a.paragraphs, *a.captions])


def test_markdowns_escapes_are_no_text():
    notice = parse_all(PAGES).articles[0]
    assert "1. 时间：5月13日至5月24日。" in notice.paragraphs
    assert not any("\\" in p for p in notice.paragraphs)


def test_briefs_run_in_after_bold_headlines_under_their_runs_head():
    issue = parse_all(PAGES)
    titles = [a.title for a in issue.articles]
    assert titles[1:4] == ["社区书场重新开张", "助老食堂推出夜餐", "亲子读书会举行"]
    for brief in issue.articles[1:4]:
        assert not brief.title_inferred
        assert brief.intertitles == []
        assert brief.title not in brief.paragraphs[0]

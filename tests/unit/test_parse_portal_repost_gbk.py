"""A town paper reposted as one article on a news portal, copied from a desktop browser and
saved in a legacy code page (issue #17, round yo): the site's share bar and related links
under the paper, the icons and `©` the code page could not hold saved as `?`; a story
whose headline stands over its picture's credited caption; a notice whose contact line
names its desk first. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n\n".join(
    [
        "【要闻】",
        "东湖镇召开乡村振兴推进会",
        "文/黎小琪",
        "6月12日，东湖镇召开乡村振兴推进会，通报上半年典型村培育和人居环境整治进展。",
        "镇党委书记要求，各村要对照年度任务清单，倒排工期，确保年底前全部完成。",
        "北岸村古村活化项目动工",
        "北岸村古村活化项目施工现场。通讯员 陈永乐 摄",
        "6月9日，北岸村古村活化项目正式动工，计划修缮古民居12座，建设村史馆一处。",
        "【公告】",
        "关于做好汛期防御工作的温馨提示",
        "广大村（居）民朋友：",
        "当前已进入台风多发期，请大家密切关注天气预报，暴雨、台风期间尽量减少外出。",
        "应急值班电话：020-84730000（24小时）",
        "东湖镇应急管理办公室",
        "2025年6月16日",
        "分享到：\n微信\n微博\nQQ空间\n?? 点赞\n举报\n相关阅读\n"
        "东湖镇开展龙舟季系列活动\n东湖镇：党建引领人居环境整治\n东湖古镇入选省级文化和旅游特色村\n"
        "扫码下载客户端\nCopyright ? 2015-2025 某某网 All Rights Reserved",
    ]
)


def test_a_headline_over_its_pictures_credited_caption_starts_its_story():
    meeting, works, notice = parse_all(PAGE).articles
    assert meeting.title == "东湖镇召开乡村振兴推进会"
    assert works.title == "北岸村古村活化项目动工"
    assert works.captions == ["北岸村古村活化项目施工现场。通讯员 陈永乐 摄"]


def test_a_contact_line_naming_its_desk_first_ends_the_notice_over_its_signer():
    notice = parse_all(PAGE).articles[-1]
    assert [b.department for b in notice.bylines] == ["东湖镇应急管理办公室"]
    assert notice.meta.get("日期") == "2025年6月16日"


def test_the_share_bar_and_related_links_with_lost_icons_are_the_pages():
    issue = parse_all(PAGE)
    assert {"QQ空间", "?? 点赞", "相关阅读", "东湖古镇入选省级文化和旅游特色村"} <= set(
        issue.furniture
    )
    assert "Copyright ? 2015-2025 某某网 All Rights Reserved" in issue.furniture

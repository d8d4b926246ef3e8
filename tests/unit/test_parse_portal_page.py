"""A town government's 信息公开 page carrying its 工作简报, saved as text from the
browser (issue #17, round zj): the site's bar of links, where the page stands, the
document's catalog (索引号, 发布机构, 发文日期 …), the 简报's own head and contents, and
columns' names in brackets over the stories. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = (
    "桂溪镇人民政府\n"
    "首页\t政务公开\t办事服务\t互动交流\n"
    "无障碍\t长者模式\t English\n"
    "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 工作简报\n"
    "\n"
    "索引号：\tGX-2024-00031\t主题分类：\t综合政务\\其他\n"
    "发布机构：\t桂溪镇人民政府\t发文日期：\t2024-05-08\n"
    "名\u3000\u3000称：\t桂溪镇工作简报（2024年第9期）\n"
    "文\u3000\u3000号：\t\t有 效 性：\t有效\n"
    "\n"
    "桂溪镇工作简报（2024年第9期）\n"
    "发布时间：2024-05-08 10:20\u3000\u3000来源：镇党政办\u3000\u3000浏览次数：\t\u3000\u3000【字体：大 中 小】\n"
    "\n"
    "桂溪镇工作简报\n"
    "第9期\n"
    "桂溪镇党政办公室编\u3000\u3000\u3000\u3000\u3000\u30002024年5月6日\n"
    "\n"
    "本期导读\n"
    "● 镇召开防汛工作部署会\n"
    "● 东岸村建成村史馆\n"
    "\n"
    "【重点工作】\n"
    "镇召开防汛工作部署会\n"
    "\n"
    "\u3000\u30005月5日，桂溪镇召开防汛工作部署会，各村（社区）和镇相关部门负责人参加。\n"
    "\u3000\u3000会议要求，各村要在5月底前完成河道和排涝泵站的汛前检查。\n"
    "\n"
    "【村务动态】\n"
    "东岸村建成村史馆\n"
    "\n"
    "\u3000\u3000近日，东岸村村史馆建成开放，馆内展出老农具、老照片两百余件。\n"
)

# A second page saved under the first story: the site's bar, where it stands and the
# catalog between the two stories, no masthead under them.
PAGES = (
    "镇召开防汛工作部署会\n"
    "\n"
    "\u3000\u30005月5日，桂溪镇召开防汛工作部署会，各村（社区）和镇相关部门负责人参加。\n"
    "\u3000\u3000会议要求，各村要在5月底前完成河道和排涝泵站的汛前检查。\n"
    "\n"
    "首页\t政务公开\t办事服务\t互动交流\n"
    "无障碍\t长者模式\n"
    "当前位置：首页 > 政府信息公开 > 工作简报\n"
    "\n"
    "索引号：\tGX-2024-00032\t主题分类：\t综合政务\n"
    "发布机构：\t桂溪镇人民政府\t发文日期：\t2024-05-20\n"
    "文\u3000\u3000号：\t\t有 效 性：\t有效\n"
    "\n"
    "东岸村建成村史馆\n"
    "\n"
    "\u3000\u3000近日，东岸村村史馆建成开放，馆内展出老农具、老照片两百余件。\n"
)


def test_a_portals_bar_place_and_catalog_are_the_pages_between_two_stories():
    issue = parse_all(PAGES)
    assert [a.title for a in issue.articles] == ["镇召开防汛工作部署会", "东岸村建成村史馆"]
    assert any(f.startswith("首页") for f in issue.furniture)
    assert any(f.startswith("当前位置") for f in issue.furniture)
    assert sum(1 for f in issue.furniture if f.startswith(("索引号", "发布机构", "文"))) == 3
    assert issue.articles[0].paragraphs[-1].startswith("会议要求")


def test_a_columns_name_in_brackets_under_the_contents_is_a_kicker_as_the_others_are():
    issue = parse_all(PAGE)
    assert [a.kicker for a in issue.articles] == ["重点工作", "村务动态"]


TRAILER = (
    "东岸村建成村史馆\n"
    "\n"
    "　　近日，东岸村村史馆建成开放，馆内展出老农具、老照片两百余件。\n"
    "\n"
    "（供稿：东岸村村委会）\n"
    "\n"
    "附件：\n"
    "\n"
    "  * 东岸村村史馆开放时间.pdf\n"
    "\n"
    "【打印本页】　　【关闭窗口】\n"
    "\n"
    "相关链接\n"
    "\n"
    "  * 市人民政府\n"
    "  * 区人民政府\n"
)


def test_a_portal_pages_attachments_and_related_links_are_the_pages():
    issue = parse_all(TRAILER)
    [story] = issue.articles
    assert story.title == "东岸村建成村史馆"
    assert "附件：" in issue.furniture and "相关链接" in issue.furniture
    assert any(line.endswith("开放时间.pdf") for line in issue.furniture)

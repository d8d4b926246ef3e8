"""A 社区报 posted on a district media site, printed to PDF by the browser with its
headers and footers on and copied from a PDF viewer (issue #17, round yj's file): the
print's time and the page's title over each sheet, the page's address and the sheet's
number under it, the site's menu on one line; paragraphs indented, a reader's piece
signed with place, role and name over the next story's headline. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

URL = "https://www.example.gov.cn/rmt/sqzc/202406/t20240611_1234.html"
HEAD = "2024/6/12 09:15 《青枫社区报》2024年第6期_社区之窗_青川区融媒体中心"
PRINT = "\n".join(
    [
        HEAD,
        "青川区融媒体中心",
        "首页 要闻 区内动态 街镇风采 社区之窗 专题专栏",
        "当前位置：首页 > 社区之窗",
        "青枫社区报",
        "2024年第6期（总第30期）　2024年6月10日",
        "【社区要闻】",
        "社区食堂推出夏季新菜单",
        "　　6月起，青枫社区长者食堂推出夏季新菜单，每天供应绿豆汤和两款凉菜，老人们说",
        f"{URL} 1/2",
        HEAD,
        "吃着清爽又开胃。",
        "（青枫社区党群服务站　华宁）",
        "【邻里之间】",
        "楼下的丝瓜架",
        "　　楼下的老周在院墙边搭了个丝瓜架，每到夏天，丝瓜一串串挂下来，他总是摘了分给邻居。",
        "青枫苑　居民　许晴川",
        "社区学校暑期班开始报名",
        "　　青枫社区学校暑期班将于7月开课，现面向辖区居民报名，名额有限，报满为止。",
        f"{URL} 2/2",
    ]
)


def test_a_browsers_print_footer_and_a_sites_one_line_menu_are_the_pages():
    issue = parse_all(PRINT)
    assert f"{URL} 1/2" in issue.furniture
    assert "首页 要闻 区内动态 街镇风采 社区之窗 专题专栏" in issue.furniture
    canteen = issue.articles[0]
    assert canteen.title == "社区食堂推出夏季新菜单"
    assert canteen.paragraphs == [
        "6月起，青枫社区长者食堂推出夏季新菜单，每天供应绿豆汤和两款凉菜，老人们说吃着清爽又开胃。"
    ]


def test_a_piece_signed_with_place_role_and_name_over_the_next_headline():
    issue = parse_all(PRINT)
    assert [a.title for a in issue.articles] == [
        "社区食堂推出夏季新菜单",
        "楼下的丝瓜架",
        "社区学校暑期班开始报名",
    ]
    assert [b.author for b in issue.articles[1].bylines] == ["许晴川"]

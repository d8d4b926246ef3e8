"""A paper reposted as one article of a Q&A site's column and copied whole from the
browser (issue #17, round yh's 知乎专栏 file): the author's card with its badge and
follow button, a contents list naming its pages first, the post's stamp of when it was
edited and from where, and the site's own lines under it to the end. Each text is my
own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

POST = "\n".join(
    [
        "《桐溪》街道报｜2024年第6期",
        "桐溪街道",
        "桐溪街道",
        "已认证账号",
        "关注他",
        "12 人赞同了该文章",
        "《桐溪》街道报　2024年6月20日　第6期",
        "",
        "本期导读",
        "",
        "第1版　桐溪街道新开两处助餐点",
        "",
        "第2版　关于开展夏季消防检查的通知",
        "",
        "桐溪街道新开两处助餐点",
        "",
        "6月10日，桐溪街道在两个居民区新开助餐点，老人凭卡就餐可享补贴。",
        "",
        "关于开展夏季消防检查的通知",
        "",
        "各居民区：街道定于6月下旬开展夏季消防检查，请做好准备。",
        "",
        "桐溪文苑",
        "",
        "夏日的弄堂",
        "",
        "居民　邬秀兰",
        "",
        "梧桐叶遮住了太阳，",
        "弄堂里吹着凉风；",
        "阿婆摇着蒲扇，",
        "讲着从前的事情。",
        "",
        "防暑降温，这些问题您问我答",
        "",
        "问：高温天气老人要注意什么？",
        "",
        "答：少出门，多喝水，空调温度不要调得太低。",
        "",
        "责任编辑：鲁一帆　审核：吴澄",
        "",
        "编辑于 2024-06-21 10:02・IP 属地上海",
        "社区治理",
        "赞同 12​添加评论",
        "分享",
        "作者：桐溪街道",
        "链接：https://zhuanlan.example.com/p/1234",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    ]
)


def test_the_authors_card_and_the_sites_lines_are_the_sites():
    issue = parse_all(POST)
    for line in (
        "已认证账号",
        "关注他",
        "12 人赞同了该文章",
        "编辑于 2024-06-21 10:02・IP 属地上海",
    ):
        assert line in issue.furniture, line
    assert issue.furniture[-1].startswith("著作权归作者所有")
    assert "责任编辑：鲁一帆　审核：吴澄" in issue.furniture


def test_a_contents_list_that_names_its_pages_first_is_the_issues():
    issue = parse_all(POST)
    assert "第1版　桐溪街道新开两处助餐点" in issue.furniture
    assert issue.articles[0].title == "桐溪街道新开两处助餐点"


def test_a_headline_set_apart_over_its_first_question_starts_a_qa():
    issue = parse_all(POST)
    qa = issue.articles[-1]
    assert qa.title == "防暑降温，这些问题您问我答"
    assert qa.paragraphs[0] == "问：高温天气老人要注意什么？"
    assert issue.articles[-2].paragraphs[-1].endswith("讲着从前的事情。")

"""An app's share pages copied one by one (round zb): the app's banner and call to open
it, its news player, and a list of other stories under 相关推荐, one of them a headline
of this very file. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGES = """\
澄江融媒
打开APP，阅读体验更佳
打开
专题｜枫湾街坊·2023年8月第23期
枫湾街道：老旧小区加装电梯按下“快进键”
来源：枫湾街道
2023-08-06 10:21
听新闻
00:00/01:48
通讯员 邵鸣
8月3日，望海苑小区3号楼加装的电梯正式投入使用，这是今年枫湾街道第9台完工的加装电梯。
加装电梯难，难在楼上楼下意见统一。街道在每个小区组建协调小组，逐户上门听取意见。
原标题：加装电梯“加”出邻里和气
责任编辑：吕航
阅读 2356
相关推荐
澄江区启动夏季“送清凉”行动
2023-08-05
枫湾街道：老旧小区加装电梯按下“快进键”
2023-08-06
打开APP，查看更多精彩内容

澄江融媒
打开APP，阅读体验更佳
打开
专题｜枫湾街坊·2023年8月第23期
“小巷管家”巡街记
来源：枫湾街道
2023-08-06 10:25
听新闻
00:00/02:05
早上7点半，62岁的小巷管家卢金娣已经沿着枫湾路走了一圈，乱停的单车、翻倒的垃圾桶她都一一记下。
像卢金娣这样的“小巷管家”，街道目前共有58名，今年以来共上报各类问题600余个。
责任编辑：吕航
阅读 1873
相关推荐
枫湾街道：老旧小区加装电梯按下“快进键”
2023-08-06
打开APP，查看更多精彩内容
"""


def test_an_apps_player_and_calls_are_furniture_and_its_stories_are_read():
    issue = parse_all(PAGES)
    assert [a.title for a in issue.articles] == [
        "枫湾街道：老旧小区加装电梯按下“快进键”",
        "“小巷管家”巡街记",
    ]
    furniture = set(issue.furniture)
    assert {
        "听新闻",
        "00:00/01:48",
        "打开APP，阅读体验更佳",
        "打开APP，查看更多精彩内容",
    } <= furniture
    assert issue.articles[0].meta["原标题"] == "加装电梯“加”出邻里和气"
    assert_nothing_lost(PAGES, issue)


def test_the_other_stories_listed_are_furniture_but_name_no_headline_furniture():
    issue = parse_all(PAGES)
    assert {"相关推荐", "澄江区启动夏季“送清凉”行动"} <= set(issue.furniture)
    # (listed under the second page, the first page's headline is still its headline)
    assert issue.articles[0].paragraphs[0].startswith("8月3日，望海苑小区")


def test_a_label_printed_twice_in_one_article_keeps_both_fields():
    text = (
        "枫湾街道开展暑期防溺水宣传\n来源：枫湾街道\n"
        "7月1日，枫湾街道联合辖区派出所开展暑期防溺水宣传，设置警示牌42块\n"
        "来源：枫湾街道\n社区还邀请消防员走进暑托班讲解自救常识。\n"
    )
    issue = parse_all(text)
    article = issue.articles[0]
    assert article.meta["来源"] == "枫湾街道 来源：枫湾街道"  # nothing printed is lost
    assert_nothing_lost(text, issue)


def test_a_pdf_viewers_doubled_radicals_are_read_as_han_characters():
    """macOS Preview copies some characters as a Kangxi radical and the character
    (`⾥里`): the text keeps them as written, and the credit still reads as one."""
    text = (
        "梧桐⾥里“睦邻议事会”完成换届\n\n"
        "9⽉月5⽇日晚，梧桐⾥里居委会召开睦邻议事会换届⼤大会，选出新⼀一届议事会成员15名。\n\n"
        "（梧桐⾥里居委会　柏芸）\n\n"
        "中秋“邻⾥里百家宴”报名开始\n\n"
        "为迎接中秋佳节，居委会将举办第三届“邻⾥里百家宴”。\n"
    )
    issue = parse_all(text)
    first = issue.articles[0]
    assert [(b.department, b.author) for b in first.bylines] == [("梧桐⾥里居委会", "柏芸")]
    assert issue.articles[1].title == "中秋“邻⾥里百家宴”报名开始"
    assert_nothing_lost(text, issue)

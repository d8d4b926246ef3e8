"""What the corpus's weakest files still showed: a bilingual notice signed in both
languages, a caption that names its picture as a file photo, a part's heading right
under its article's credit and the headings of one set after it, a page's head at the
top of the file that the next page prints again, a section's name over a headline that
heads another article further on, a `——subtitle` set a blank line under its headline,
and an export's body that opens with its headline again. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

BILINGUAL_NOTICE = """\
关于更换小区门禁卡的通知
Notice on New Access Cards

各位居民：
Dear residents,

自7月1日起，旧门禁卡停止使用，请到物业服务中心领取新卡。
From 1 July, the old access cards will stop working. Please collect a new card at the property office.

感谢您的支持！
Thank you for your support!
枫林居民委员会
Fenglin Residents' Committee
2024年6月12日
June 12, 2024

七月活动预告
Events in July

7月6日，社区图书角举办亲子读书会，欢迎报名。
"""


def test_a_signature_and_its_date_in_two_languages_close_the_notice():
    issue = parse_all(BILINGUAL_NOTICE)
    notice, events = issue.articles
    assert [(b.department, b.author) for b in notice.bylines] == [("枫林居民委员会", None)]
    assert notice.meta.get("日期") == "2024年6月12日"
    # the English name and date are the signature's again: no headline, no paragraph
    assert not any("Fenglin" in p or "June 12" in p for p in notice.paragraphs)
    assert (events.title, events.subtitle) == ("七月活动预告", "Events in July")
    assert_nothing_lost(BILINGUAL_NOTICE, issue)


def test_an_english_line_that_names_no_signature_stays_text():
    text = BILINGUAL_NOTICE.replace("枫林居民委员会\n", "")
    issue = parse_all(text)
    assert all(
        not b.department or "委员会" not in b.department for a in issue.articles for b in a.bylines
    )
    assert_nothing_lost(text, issue)


ORAL_HISTORY = """\
口述历史
一台缝纫机的故事

口述：钱阿婆　整理：丁晓

二十岁学会了裁衣

我是1962年到街道缝纫组的，那年刚满二十岁，
组长手把手教我踩缝纫机，一个月下来，
我就能自己裁一条裤子了。

那时候街坊邻居的衣服破了都拿来补，我们
收的钱很少，大家都说缝纫组是街道的“百宝箱”。

1965年，钱阿婆（左二）与缝纫组的姐妹们
合影。（资料照片）

后来缝纫组办成了服装厂，我在厂里一直干到退休。
"""


def test_a_phrase_under_the_credit_heads_a_part_and_a_file_photo_caption_is_whole():
    issue = parse_all(ORAL_HISTORY)
    (article,) = issue.articles
    assert article.title == "一台缝纫机的故事"
    assert [article.paragraphs[k] for k in article.intertitles] == ["二十岁学会了裁衣"]
    assert article.captions == ["1965年，钱阿婆（左二）与缝纫组的姐妹们合影。（资料照片）"]
    assert not any(b.author == "资料照片" for b in article.bylines)
    assert_nothing_lost(ORAL_HISTORY, issue)


def test_a_short_phrase_between_two_paragraphs_is_still_read_as_a_caption():
    text = """\
社区为老人测血压

本报讯　3月5日，社区卫生服务站的医生来到居委会，为老人测量血压。

志愿者为独居老人测量血压

活动持续了一个上午，共服务老人六十余人次。
"""
    issue = parse_all(text)
    (article,) = issue.articles
    assert article.captions == ["志愿者为独居老人测量血压"]


DASHED_SUBTITLE = """\
                                                  2024年3月2日

   [11]返回目录

回音

街道：楼道自行车专项清理已开始

——槐花里自行车棚本月底建成

   本报讯（记者 林立）针对王秀芳反映的问题，记者近日采访了街道管理办公室
   和槐花社区。

   街道管理办公室主任周建新介绍，根据本市有关规定，禁止在楼梯间等区域停放车辆，
   物业和社区都有劝阻和清理的责任。3月起，街道已在全辖区开展楼道专项清理行动。
"""


def test_a_dashed_subtitle_a_blank_line_under_its_headline_is_its_subtitle():
    issue = parse_all(DASHED_SUBTITLE)
    answer = issue.articles[-1]
    assert (answer.kicker, answer.title) == ("回音", "街道：楼道自行车专项清理已开始")
    assert answer.subtitle == "槐花里自行车棚本月底建成"
    assert answer.captions == []
    assert answer.intertitles == []


def test_a_body_that_opens_with_its_headline_again_gives_it_once():
    text = """\
【标题】东湖社区为老人安装烟感
【正文】
东湖社区为老人安装烟感

5月10日，东湖社区为32户独居老人免费安装了智能烟感报警器。

【标题】槐树路商户签订门前三包
【正文】
截至5月7日，槐树路沿线商户签约率达到100%。
"""
    issue = parse_all(text)
    first = issue.articles[0]
    assert first.title == "东湖社区为老人安装烟感"
    assert first.paragraphs == ["5月10日，东湖社区为32户独居老人免费安装了智能烟感报警器。"]
    assert first.intertitles == []


# pdftotext of two pages of an oral history column, a form feed between them: the
# page's head at the top and again after the break, 18-character lines, no blank line
# between paragraphs, the parts' headings set apart by blank lines.
ORAL_HISTORY_PAGES = (
    """\
6
红色记忆
江湾社区报
2024年6月28日　星期五
责任编辑：王蕾　美术编辑：成雨

口述历史
“老师傅教我的第一课，
是先做人”

口述：陈德明　整理：林晓

十七岁进了纺织厂

我是1958年进的江湾纺织厂，那年
刚满十七岁。家里姐妹四个，我是老大，
母亲在弄堂口摆摊卖菜，一家人的吃穿
全靠她一个人。厂里招学徒，管饭，还
发津贴，我第二天就去报到了。
带我的师傅姓郑，是厂里有名的挡车工，
一个人能看八台织机。头三个月她不让
我碰机器，天天叫我扫地、接线头。

一份写了四遍的申请书

1961年前后，厂里接了一批急活，
要给外贸公司赶制出口的棉布。车间
党支部书记周长林带着我们连续干了好
几个通宵，他自己腰不好，就垫个棉垫
子站在织机边上。那时候我就想，共产
党员就是这样的，有难处自己先顶上去。
我的第一份入党申请书写得很短，交上
去以后，周书记找我谈话，问我为什么
"""
    "\f"
    """江湾社区报
2024年6月28日　星期五
红色记忆
7
责任编辑：王蕾　美术编辑：成雨

要入党。我说不出个所以然，脸涨得通
红。他让我回去再想想。

把手艺传给年轻人

后来我当了班组长、车间主任，一直干
到退休。这些年我带过的徒弟有三十多
个，有的当了厂长。

口述历史
一台老织机，
织了三十年好布

口述：沈桂芳　整理：何佳

1959年，我从纺织学校毕业，分到
厂里当保全工。报到那天，车间主任
交给我一把扳手，说这是前任保全工
留下来的，“机器要修得勤，心思要
放得细”。
那时候厂里的织机都是老机器，一分
一厘的零件都要省着用。我在车间一
干就是三十年，经手的织机没有出过
一次大事故。
"""
)


def test_the_headings_of_one_set_stay_in_their_story():
    issue = parse_all(ORAL_HISTORY_PAGES)
    first, second = issue.articles
    assert (first.kicker, first.title) == ("口述历史", "“老师傅教我的第一课，是先做人”")
    assert [first.paragraphs[k] for k in first.intertitles] == [
        "十七岁进了纺织厂",
        "一份写了四遍的申请书",
        "把手艺传给年轻人",
    ]
    assert first.captions == []
    assert (second.kicker, second.title) == ("口述历史", "一台老织机，织了三十年好布")
    assert_nothing_lost(ORAL_HISTORY_PAGES, issue)


def test_the_first_pages_head_printed_again_on_the_next_is_furniture():
    issue = parse_all(ORAL_HISTORY_PAGES)
    assert {"红色记忆", "江湾社区报"} <= set(issue.furniture)
    assert not any("江湾社区报" in (a.kicker or "") for a in issue.articles)


def test_a_byline_label_names_each_person_once_the_photographer_last():
    from lcreader.model import Article, Byline

    def label(*bylines: Byline) -> str:
        return Article("t/1", "t", "标题", bylines=list(bylines)).byline_label()

    # (the newcomer's pass: `社区教育学校 牛家骏、牛家骏`, `卜星宇、文化站`)
    assert (
        label(Byline("社区教育学校", "牛家骏"), Byline(None, "牛家骏", "摄影"))
        == "社区教育学校 牛家骏"
    )
    assert label(Byline(None, "卜星宇", "摄影"), Byline("文化站", None)) == "文化站、卜星宇"
    assert label(Byline(None, "林立", "记者"), Byline(None, "何佳", "摄影")) == "林立、何佳"


POSTS = """\
关于3月9日小区计划停电的通知

各位居民：因线路检修，3月9日8:00—12:00小区停电，请提前做好准备。

柳林居委会

👍 点赞 9　　💬 评论 2

招募｜周六上午一起给小区花园浇水

春天到了，小区中心花园需要10位志愿者一起动手。

活动时间：3月30日（周六）9:00—11:00

集合地点：小区中心花园凉亭

工具由居委会统一准备，请穿便于活动的衣服。

柳林居委会
柳林社区志愿者服务站

👍 点赞 35　　💬 评论 17

失物招领：东门快递柜旁拾到钥匙一串

请失主到居委会一楼认领。

柳林居委会

👍 点赞 3　　💬 评论 0
"""


def test_bodies_signing_a_posts_end_with_no_date_are_its_bylines():
    issue = parse_all(POSTS)
    assert [[b.department for b in a.bylines] for a in issue.articles] == [
        ["柳林居委会"],
        ["柳林居委会", "柳林社区志愿者服务站"],
        ["柳林居委会"],
    ]
    assert "柳林居委会" not in issue.furniture  # signed under each post, not a running head
    assert_nothing_lost(POSTS, issue)


def test_a_labelled_field_is_not_suspected_of_being_a_headline():
    from lcreader.parse.suspicions import article_suspicions

    second = parse_all(POSTS).articles[1]
    assert "活动时间：3月30日（周六）9:00—11:00" in second.paragraphs
    assert not [note for note in article_suspicions(second) if note[0] == "title_in_body"]

"""A town paper's PDF text pasted into a mail, forwarded on by a village (issue #17,
round yv's 网易邮箱大师 file): two mail headers over the paper, the attachment's card,
the forwarders' notes; a column hard-wrapped at the printed width with indents opening
paragraphs, a jump's rest glued to an indented line, a notice's title cut by the wrap.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all, roles

MAIL = "\n".join(
    [
        "转发：《桐乡镇报》2022年第5期（电子版）",
        "发件人：东浜村委会<dongbang@163.com>",
        "时　间：2022年3月9日 09:10 (星期三)",
        "收件人：东浜村民小组长<dbzz@163.com>",
        "附　件：1 个 ( 桐乡镇报第5期.pdf )",
        "桐乡镇报第5期.pdf",
        "2.6M",
        "预览　下载　存网盘",
        "",
        "各位组长：",
        "镇报第5期出来了，请转给各组的村民看看。",
        "东浜村委会　柏青",
        "",
        "-------- 转发邮件信息 --------",
        '发件人："桐乡镇宣传办" <txxcb@163.com>',
        "发送日期：2022-03-08 15:02:11",
        "收件人：各村宣传员 <txxcy@163.com>",
        "主题：《桐乡镇报》2022年第5期（电子版）",
        "",
        "桐乡镇报",
        "中共桐乡镇委员会主办　　内部资料　免费交流",
        "2022年3月4日　星期五　　第5期（总第60期）",
        "",
        "全镇安全生产工作会议强调",
        "守牢底线　不松不懈",
        "　　3月2日，全镇安全生产工作会议在镇",
        "政府召开。镇长卞立新要求，各村各单位要",
        "把隐患排查做细做实，（下转第4版）",
        "■桐乡小学获评市级绿色学校",
        "　　本报讯　日前，桐乡小学获评市级绿色",
        "学校，这是该校第三次获得这一称号。",
        "",
        "2022年3月4日　星期五　　桐乡镇报　　第4版",
        "　　（上接第1版）对排查出的问题逐条建",
        "立台账，限期整改到位。",
        "",
        "关于做好2022年度农村房屋安全排查",
        "工作的通知",
        "各村民委员会：",
        "　　根据县里统一部署，现将有关事项通知如下。",
        "桐乡镇人民政府",
        "2022年3月1日",
    ]
)


def test_a_forwarded_mails_headers_cards_and_notes_are_furniture():
    found = roles(MAIL)
    for line in ("发送日期：2022-03-08 15:02:11", "2.6M", "预览　下载　存网盘", "各位组长："):
        assert found[line] == "furniture", line
    assert found["-------- 转发邮件信息 --------"] == "furniture"


def test_the_forwarded_papers_stories_read_whole():
    issue = parse_all(MAIL)
    first, second, notice = issue.articles
    # a kicker that brings what the meeting stressed, the headline under it
    assert (first.kicker, first.title) == ("全镇安全生产工作会议强调", "守牢底线　不松不懈")
    # the rest after the page's head, glued to its indented line, is the story's
    assert first.paragraphs[-1].endswith("做细做实，对排查出的问题逐条建立台账，限期整改到位。")
    assert not first.captions
    # a brief's marked headline over an indented `本报讯` line: the lead stays the text's
    assert second.title == "桐乡小学获评市级绿色学校"
    assert second.paragraphs[0].startswith("本报讯")
    # a notice's title the wrap cut is one title, however the block's lines fall
    assert notice.title == "关于做好2022年度农村房屋安全排查工作的通知"
    assert notice.subtitle is None


# A closed site's page from a web archive, copied from a browser: every block four
# spaces in, a blank line after each; a table's rows (tabs) come without the spaces.
ARCHIVED = "\n\n".join(
    "    " + line if "\t" not in line else line
    for line in [
        "【社区课堂】",
        "老年学校冬季班开始报名",
        "本学期开设四门课程，欢迎六十岁以上居民报名。",
        "课程\t上课时间\t地点",
        "书法\t周二 9:00\t社区学校201室",
        "太极拳\t周三 8:00\t公园东门",
        "（社区学校）",
        "【读者来信】",
        "小区路灯坏了谁来修？",
        "编辑同志：",
        "我家门口的路灯坏了一个多月，晚上出门很不方便，希望有关部门尽快修好。",
        "东浜二村　居民　孔立",
    ]
)


def test_a_copy_that_sets_every_block_in_alike_indents_no_paragraph():
    issue = parse_all(ARCHIVED)
    letter = issue.articles[-1]
    assert (letter.kicker, letter.title) == ("读者来信", "小区路灯坏了谁来修？")
    assert letter.paragraphs[0] == "编辑同志："


# A 简讯 sent story by story over MSN, the conversation saved as text: a header over each
# message, the messenger's notices, the others' replies, a story cut at the message's
# length, its credit sent alone.
MSN = "\n".join(
    [
        "宣传科-韦敏~迎世博说(9:30):",
        "小林，这期简讯我一条条发给你。",
        "西桥居委-林芳说(9:31):",
        "好的，收到",
        "宣传科-韦敏~迎世博说(9:32):",
        "《西桥社区简讯》",
        "2010年第8期（总第30期）",
        "宣传科-韦敏~迎世博说(9:33):",
        "西桥街道开展夏季消防检查",
        "6月上旬，西桥街道组织消防、安监人员对辖区沿街商铺开展夏季消防检查，"
        "共检查商铺一百二十家，发现隐患",
        "宣传科-韦敏~迎世博说(9:34):",
        "三十处，已全部督促整改。",
        "宣传科-韦敏~迎世博说(9:35):",
        "（综治办　苏江）",
        "西桥居委-林芳说(9:36):",
        "第一条断开了，我接好了。",
        "宣传科-韦敏~迎世博说(9:37):",
        "对，一条发不了那么多字。",
        "宣传科-韦敏~迎世博向您发送了文件“IMG_0601.JPG”。",
        "已完成“IMG_0601.JPG”的传输。",
        "宣传科-韦敏~迎世博说(9:38):",
        "西桥居委举办纳凉晚会",
        "6月12日晚，西桥居委会在小区广场举办纳凉晚会，二百多名居民观看了演出。",
        "宣传科-韦敏~迎世博说(9:39):",
        "（西桥居委　林芳）",
        "西桥居委-林芳说(9:40):",
        "这条是我写的，呵呵",
    ]
)


def test_a_messenger_conversation_gives_its_stories_and_keeps_its_chat():
    issue = parse_all(MSN)
    first, second = issue.articles
    assert first.title == "西桥街道开展夏季消防检查"
    assert first.paragraphs[-1].endswith("发现隐患三十处，已全部督促整改。")
    assert (first.bylines[0].department, first.bylines[0].author) == ("综治办", "苏江")
    assert second.title == "西桥居委举办纳凉晚会"
    assert second.bylines and second.bylines[0].author == "林芳"
    found = roles(MSN)
    for line in ("对，一条发不了那么多字。", "已完成“IMG_0601.JPG”的传输。", "这条是我写的，呵呵"):
        assert found[line] == "furniture", line


# A forwarded mail read in a web mail's page: its menu a word a line over the message,
# the two headers, the paper, then the mail's attachment and its links to other mail.
WEBMAIL = "\n".join(
    [
        "139邮箱", "写信", "收信", "通讯录", "", "柏青，下午好", "退出", "", "返回收件箱", "",
        "回复", "回复全部", "转发", "删除", "标记为", "移动到", "更多", "", "",
        "转发：桐乡社区简讯（2016年第9期）",
        "发件人：东浜居委会<db@139.com>",
        "收件人：柏青<bq@139.com>",
        "时　间：2016年9月3日 16:41 (星期六)",
        "",
        "------------------ 原始邮件 ------------------",
        "发件人：桐乡街道宣传办<txb@139.com>",
        "发送时间：2016年9月3日 15:25",
        "收件人：东浜居委会<db@139.com>",
        "主题：桐乡社区简讯（2016年第9期）",
        "",
        "各居民区：",
        "现将《桐乡社区简讯》第9期发给你们，请打印张贴。",
        "宣传办",
        "",
        "桐乡社区简讯",
        "2016年第9期",
        "",
        "街道举办重阳敬老文艺演出",
        "9月2日，街道在社区文化中心举办敬老文艺演出，三百多位老人观看。",
        "（街道文化站　洪波）",
        "",
        "附件(1个)",
        "桐乡社区简讯第9期.doc (86.5K)",
        "预览　下载　存网盘",
        "上一封：关于报送9月份信息的通知",
        "下一封：【通知】国庆值班安排",
    ]
)  # fmt: skip


def test_a_web_mails_menu_and_its_links_to_other_mail_are_the_pages():
    issue = parse_all(WEBMAIL)
    assert [a.title for a in issue.articles] == ["街道举办重阳敬老文艺演出"]
    found = roles(WEBMAIL)
    for line in ("139邮箱", "柏青，下午好", "回复全部", "附件(1个)", "预览　下载　存网盘"):
        assert found[line] == "furniture", line
    assert found["上一封：关于报送9月份信息的通知"] == "furniture"


# An assistant's Markdown reading of two pages: a rule between the pieces, a story's
# rest on page two glued to its marker, a credit naming the reporter's newsroom.
ASSISTANT = "\n".join(
    [
        "## 社区学堂春季班开课",
        "",
        "街道融媒体中心记者 叶岚 通讯员 钟晴",
        "",
        "3月11日，社区学堂春季班开课，首批开设智能手机、书法等六门课程。"
        "手机班最受欢迎，二十个名额当天就报满了，",
        "",
        "---",
        "",
        "## 楼道里的“微课堂”",
        "",
        "每周二晚上，五号楼的楼道里都会亮起一盏灯，退休教师在这里给孩子们辅导作业。",
        "",
        "（社区党总支）",
        "",
        "---",
        "",
        "（上接第1版）学堂还将开设第二期，报名请到居委会。",
        "",
        "开课当天，不少老人早早来到教室，有人还带来了自己的笔记本。",
        "",
        "---",
        "",
        "## 关于开展春季灭鼠活动的通知",
        "",
        "各位居民：",
        "",
        "4月1日至7日，小区将统一投放灭鼠药，请看管好儿童和宠物。",
        "",
        "社区居委会",
    ]
)


def test_a_newsrooms_reporter_and_a_jumps_rest_under_a_rule():
    issue = parse_all(ASSISTANT)
    school, corridor, notice = issue.articles
    first = school.bylines[0]
    assert (first.department, first.author, first.role) == ("街道融媒体中心", "叶岚", "记者")
    assert school.bylines[1].author == "钟晴"
    assert school.paragraphs[-2].endswith("当天就报满了，学堂还将开设第二期，报名请到居委会。")
    assert corridor.title == "楼道里的“微课堂”"


def test_a_reply_signed_by_its_body_ends_before_the_next_columns_banner():
    text = "\n\n".join(
        [
            "【读者来信】",
            "楼下饭店油烟扰民谁来管？",
            "编辑同志：",
            "我家楼下的饭店排油烟管道直接通到窗下，每天油烟呛人，希望有关部门管一管。",
            "东浜五村　居民　沈溪",
            "居委会回复：",
            "接到来信后，居委会会同城管中队上门，饭店已加装油烟净化器。",
            "东浜五村居委会",
            "【百姓笔会】",
            "梧桐叶落时",
            "东浜路两旁的梧桐是上世纪种下的，每到深秋，落叶铺满人行道。",
            "东浜一村　退休职工　宁华",
        ]
    )
    letter, essay = parse_all(text).articles
    assert letter.bylines[-1].department == "东浜五村居委会"
    assert (essay.kicker, essay.title) == ("百姓笔会", "梧桐叶落时")

"""A tabloid's PDF copied whole (issue #17, round yb's Acrobat on macOS file): the lead
story breaks off (`（下转第4版）`) and its picture's caption is read out under the jump,
then the next story's picture's caption over that story's headline; a brief's headline
cut by the narrow column inside a quote. Each caption goes to the story it speaks of.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGE_ONE = (
    "社区书房开门迎客\n"
    "■记者　钟岚\n"
    "6月3日，位于桂园路18号的社区\n"
    "书房正式开放。书房面积约两百\n"
    "平方米，藏书一万余册，每天9时\n"
    "至21时开放，居民凭社保卡即可\n"
    "借阅。开放头一周，书房日均接\n"
    "待读者三百余人次，周末常常一\n"
    "座难求。社区书房还将推出\n"
    "（下转第4版）\n"
    "6月3日下午，居民在社区书房阅读。　钟岚　摄\n"
    "合唱队员在广场演唱《茉莉花》。　邹平　摄\n"
    "桂园广场合唱节开幕\n"
    "6月5日，桂园广场合唱节开幕，\n"
    "十二支居民合唱队在广场轮番演\n"
    "唱，《茉莉花》等曲目引来居民\n"
    "阵阵掌声。\n"
    "（自治办供稿）\n"
    "\n"
    "第4版\n"
    "（上接第1版）\n"
    "亲子共读活动，每周六上午举行。\n"
    "简 讯\n"
    "■社区卫生服务中心开设“夏\n"
    "季护眼”门诊　7月起，社区卫\n"
    "生服务中心开设护眼门诊。\n"
    "■图书馆推出暑期少儿阅读周\n"
    "　暑期少儿阅读周共安排讲座\n"
    "十场。\n"
)


def test_captions_go_to_the_stories_they_speak_of_around_a_jump():
    issue = parse_all(PAGE_ONE)
    by_title = {a.title: a for a in issue.articles}
    lead = by_title["社区书房开门迎客"]
    choir = by_title["桂园广场合唱节开幕"]
    assert lead.captions == ["6月3日下午，居民在社区书房阅读。　钟岚　摄"]
    assert choir.captions == ["合唱队员在广场演唱《茉莉花》。　邹平　摄"]
    assert lead.paragraphs[-1].endswith("社区书房还将推出亲子共读活动，每周六上午举行。")
    assert "社区卫生服务中心开设“夏季护眼”门诊" in by_title
    assert_nothing_lost(PAGE_ONE, issue)


LEAD_THEN_SHORT_STORY = (
    "桂园街道启动“文明楼组”评比\n"
    "\n"
    "本报讯(记者 钟岚 通讯员\n"
    "邹平) 5月6日,桂园街道在\n"
    "社区文化中心启动“文明楼组”\n"
    "评比，18个居委会的楼组长代\n"
    "表参加。据介绍，评比将持续\n"
    "到年底，社区学校和居委会的志\n"
    "愿者每季度到楼组检查一次。\n"
    "\n"
    "社区学校夜校开到居委会了\n"
    "\n"
    "今年春季，桂园社区学校把夜\n"
    "校开到了居委会活动室，开设\n"
    "书法、英语口语等课程，共有\n"
    "一百多名居民报名参加。\n"
    "(桂园社区学校 沈梅)\n"
)


def test_a_story_credited_at_its_head_is_not_credited_again_at_its_foot():
    """A headline set apart in a story whose text opens on its credit (`本报讯（记者 X
    通讯员 Y）…`), over text that closes on a credit of its own: the next story."""
    issue = parse_all(LEAD_THEN_SHORT_STORY)
    assert [a.title for a in issue.articles] == [
        "桂园街道启动“文明楼组”评比",
        "社区学校夜校开到居委会了",
    ]
    assert [(b.department, b.author) for b in issue.articles[1].bylines] == [
        ("桂园社区学校", "沈梅")
    ]
    assert_nothing_lost(LEAD_THEN_SHORT_STORY, issue)


BOXES_OUT_OF_ORDER = (
    "桂园社区报\n"
    "2024年4月18日　第4期\n"
    "\n"
    "记者　钟岚　通讯员　邹平\n"
    "\n"
    "4月15日上午，桂园新村9号楼前\n"
    "响起一阵掌声，这栋老公房的加装电\n"
    "梯正式开工。今年以来，街道已有12\n"
    "台加装电梯项目开工，比去年多了一\n"
    "\n"
    "民生实事\n"
    "\n"
    "老 公 房 加 梯 驶 入 快 车 道\n"
    "\n"
    "——今年全街道已有12台电梯开工\n"
    "\n"
    "倍。\n"
    "\n"
    "社区书场重新开张\n"
    "\n"
    "4月12日，桂园社区书场重新开张，评弹演员为居民带来了三个\n"
    "经典选段，一百多位老人坐满了书场。\n"
    "（桂园居委会供稿）\n"
)


def test_a_headline_read_out_inside_the_sentence_a_column_cut():
    """A layout analysis reads a story's credit and first column before its headline
    and the column's last words after it (`…多了一` / headline / `倍。`): one story, its
    credit over its text, its sentence joined, its headline its own."""
    issue = parse_all(BOXES_OUT_OF_ORDER)
    lead = issue.articles[0]
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "民生实事",
        "老公房加梯驶入快车道",
        "今年全街道已有12台电梯开工",
    )
    assert [(b.role, b.author) for b in lead.bylines] == [("记者", "钟岚"), ("通讯员", "邹平")]
    assert lead.paragraphs[-1].endswith("比去年多了一倍。")
    assert [a.title for a in issue.articles[1:]] == ["社区书场重新开张"]
    assert_nothing_lost(BOXES_OUT_OF_ORDER, issue)


NARROW_PAGE_FOUR = (
    "社区书房开门迎客\n"
    "（记者　钟岚）6月3日，桂园路的社区\n"
    "书房正式开放，藏书一万余册。书\n"
    "房还将推出\n"
    "（下转第4版）\n"
    "▲开幕式上，桂园社区腰鼓队进\n"
    "行表演。　邹平 摄\n"
    "桂园邻里节开幕\n"
    "6月5日，首届桂园邻里节在中心\n"
    "广场开幕，将举办百家宴等活动。\n"
    "（党群办）\n"
    "4\n"
    "综合\n"
    "2024年6月10日\n"
    "（上接第1版）\n"
    "亲子共读活动，每周六上午举行。\n"
    "关于征集2024年居民议事会议题\n"
    "的公告\n"
    "各位居民：\n"
    "现面向辖区居民征集下半年居民\n"
    "议事会议题，欢迎踊跃提出。\n"
    "桂园街道社区自治办公室\n"
    "2024年6月9日\n"
)


def test_a_cut_caption_is_joined_and_a_broken_notice_title_heads_its_notice():
    """A `▲` caption the column cut goes on in the line under it that ends on its
    credit; a document's title the column broke (`关于…议题` / `的公告`) over its
    salutation, after the jumped story's last sentence, heads a notice of its own."""
    issue = parse_all(NARROW_PAGE_FOUR)
    by_title = {a.title: a for a in issue.articles}
    assert by_title["桂园邻里节开幕"].captions == ["开幕式上，桂园社区腰鼓队进行表演。　邹平 摄"]
    notice = by_title["关于征集2024年居民议事会议题的公告"]
    assert notice.paragraphs[0] == "各位居民："
    assert by_title["社区书房开门迎客"].paragraphs[-1].endswith("亲子共读活动，每周六上午举行。")
    assert_nothing_lost(NARROW_PAGE_FOUR, issue)


WIDE_HEADLINE_IN_A_COLUMN = (
    "问：今年社区还有哪些打算？\n"
    "答：一是继续推进加装电梯，争\n"
    "取再完成5台；二是把社区议事\n"
    "厅的议事规则修订好，让更多\n"
    "年轻居民参与进来；三是和辖区\n"
    "学校合作，办好寒暑假的托管班。\n"
    "桂园街道2024年“民生微实事”项目公布\n"
    "经居民提议、社区议事会讨论和\n"
    "街道审核，桂园街道今年首批民\n"
    "生微实事项目近日确定，共8个\n"
    "项目，总投资约96万元。\n"
)


def test_a_headline_wider_than_the_column_after_finished_text_heads_a_piece():
    """In a column wrapped at fourteen characters, a line of nineteen with no stop in it,
    after a finished sentence: display type set across the columns, a headline."""
    issue = parse_all(WIDE_HEADLINE_IN_A_COLUMN)
    assert issue.articles[-1].title == "桂园街道2024年“民生微实事”项目公布"
    assert issue.articles[-1].paragraphs[0].startswith("经居民提议")
    assert_nothing_lost(WIDE_HEADLINE_IN_A_COLUMN, issue)

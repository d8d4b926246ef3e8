"""A scanned paper read by Tesseract (`chi_sim`) (issue #17, round zj): stray single
spaces between characters in most sentences, and a picture's texture read as a few
letters round a bar. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.parse.ocr_spaces import ocr_spaced, unspace_ocr
from tests.helpers import parse_all

SCAN = (
    "社 区 动 态\n"
    "\n"
    "柳 岸 社 区 新 建 三 处 休 闲 座 椅\n"
    "\n"
    "本报讯 近日，柳岸社区在小区 中心花园、东门\n"
    "和北门 各新 建了一处 休闲座椅，方便老 人\n"
    "散步时歇 脚。座 椅由社区 居民 议事会 商定\n"
    "位置， 物业负责日 常维护。\n"
    "\n"
    "ae ’ | 一 .\n"
    "| Bi ii —\n"
    "\n"
    "居 民 们 说 ， 以前走累了 只能坐在花坛边\n"
    "上，现在有 了座椅，出门 散步 更愿意走 远\n"
    "一点 了。社区 还将在座椅旁 种上 桂花。\n"
    "（ 柳岸社区 ）\n"
    "\n"
    "家 门 口 的 理 发 摊\n"
    "\n"
    "每周三上午，退休 理发师 钟 师傅都会 在\n"
    "社区活动室 为 老人免费 理发，已坚持 五年。\n"
    "他 说，能为 邻居 们做 点事，心里 高兴。\n"
)


def test_an_engines_stray_spaces_are_read_away_and_a_writers_spacing_is_kept():
    assert ocr_spaced(SCAN)
    assert unspace_ocr("散步时歇 脚。座 椅由社区") == "散步时歇 脚。座 椅由社区"  # (too few lines)
    assert "散步时歇脚。座椅由社区居民议事会商定" in unspace_ocr(SCAN)
    plain = "暑期防溺水　这份提醒请收好\n本报记者　石磊\n王振华  刘小英\n"
    assert unspace_ocr(plain * 10) == plain * 10


def test_a_scans_sentences_are_read_whole_and_a_pictures_texture_is_no_text():
    issue = parse_all(SCAN)
    first = issue.articles[0]
    assert first.title == "柳岸社区新建三处休闲座椅"
    assert first.paragraphs[0].startswith("本报讯近日，柳岸社区在小区中心花园")
    assert all("|" not in p for a in issue.articles for p in a.paragraphs)
    assert "| Bi ii —" in issue.furniture
    assert issue.articles[-1].title == "家门口的理发摊"


PAGES = (
    "柳岸诗苑\n"
    "\n"
    "春 到 柳 岸\n"
    "\n"
    "柳岸社区　叶秋萍\n"
    "\n"
    "河边的柳枝抽了芽，\n"
    "小区的玉兰开了花，\n"
    "晨练的老人笑声亮，\n"
    "放学的孩子步子快，\n"
    "一条小街的春天，\n"
    "就这样热热闹闹地来了。\n"
    "\n"
    "本版编辑：甘露\n"
    "\f4　法治园地　2024年4月10日　星期三\n"
    "\n"
    "对话\n"
    "\n"
    "老房子出租要注意什么？\n"
    "\n"
    "——访社区法律顾问邹明\n"
    "\n"
    "问：老人把房子租出去，合同要写清哪些内容？\n"
    "\n"
    "答：租金、租期、押金和维修责任都要写清楚，最好\n"
    "再附上家具家电的清单。签约前核对租客身份，\n"
    "\n"
    "邹明（右）在社区为居民解答租房问题。\n"
    "甘露　摄\n"
    "\n"
    "并留好联系方式，有了纠纷就有据可查。\n"
)


def test_a_poem_ends_on_its_stop_at_the_pages_foot_and_the_next_page_opens_a_story():
    issue = parse_all(PAGES)
    poem, talk = issue.articles
    assert poem.title == "春到柳岸" and poem.paragraphs[-1] == "就这样热热闹闹地来了。"
    assert (talk.kicker, talk.title, talk.subtitle) == (
        "对话",
        "老房子出租要注意什么？",
        "访社区法律顾问邹明",
    )


def test_a_caption_saying_who_stands_where_over_its_credit_leaves_the_answer_going():
    talk = parse_all(PAGES).articles[-1]
    assert [c.split()[0] for c in talk.captions] == ["邹明（右）在社区为居民解答租房问题。"]
    assert ("摄影", "甘露") in [(b.role, b.author) for b in talk.bylines]
    assert talk.paragraphs[-1].endswith("签约前核对租客身份，并留好联系方式，有了纠纷就有据可查。")


BRIEFS = (
    "柳岸社区新建三处休闲座椅\n"
    "\n"
    "近日，柳岸社区在小区中心花园、东门和北门\n"
    "各新建了一处休闲座椅，方便老人散步时歇脚。\n"
    "\n"
    "座椅的位置由居民议事会商定，物业负责日常\n"
    "维护，每周擦洗一次。\n"
    "\n"
    "居民们说，以前走累了只能坐在花坛边上，现\n"
    "在出门散步更愿意走远一点了。\n"
    "\n"
    "本版编辑：甘露\n"
    "\f柳岸社区报　2024年11月20日　星期三　文化·生活　3\n"
    "\n"
    "简　讯\n"
    "\n"
    "■社区书场重新开张　近日，柳岸社\n"
    "区书场修缮完毕，每周二、周四下午\n"
    "免费演出评弹。(柳岸社区)\n"
    "\n"
    "■老年助餐点上新菜　4月起，社区\n"
    "两处助餐点新增清蒸鱼和炒时蔬，\n"
    "八十岁以上老人每餐再减两元。\n"
)


def test_a_pages_head_of_the_papers_name_the_day_and_its_section_is_furniture():
    issue = parse_all(BRIEFS)
    assert "柳岸社区报　2024年11月20日　星期三　文化·生活　3" in issue.furniture


def test_a_marked_briefs_headline_runs_in_over_a_narrow_columns_first_words():
    issue = parse_all(BRIEFS)
    assert [a.title for a in issue.articles[1:]] == ["社区书场重新开张", "老年助餐点上新菜"]
    assert issue.articles[1].paragraphs[0].startswith("近日，柳岸社区书场修缮完毕")


def test_where_blank_lines_part_the_paragraphs_a_full_line_ending_a_clause_goes_on():
    text = (
        "柳岸社区开展法律咨询\n"
        "\n"
        "记者　严晓峰\n"
        "\n"
        "今年起，柳岸社区每月请律师到社区坐\n"
        "班，解答居民咨询。\n"
        "\n"
        "律师主要做三件事：解答居民咨询；参\n"
        "与调解邻里纠纷；审核居民公约等文件；\n"
        "帮助居委会起草各类合同和协议文本。\n"
        "\n"
        "居民有需要可以到居委会预约。遇到纠\n"
        "纷先把证据保存好，再来找律师咨询。\n"
        "早咨询，少走弯路。\n"
        "\n"
        "社区还将开设法律讲座。\n"
        "\n"
        "讲座的题目由居民投票决定，上一次讲\n"
        "的是老人如何立遗嘱。\n"
        "\n"
        "下一次讲座定在十月。\n"
    )
    story = parse_all(text).articles[0]
    assert len(story.paragraphs) == 6
    assert story.paragraphs[1].endswith("审核居民公约等文件；帮助居委会起草各类合同和协议文本。")
    assert story.paragraphs[2].endswith("再来找律师咨询。早咨询，少走弯路。")

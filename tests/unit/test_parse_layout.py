"""Layout features of bulletins printed by other hands: each rule on a small text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lcreader.entities import annotate_issue
from lcreader.model import Byline
from lcreader.parse import parse_issue
from tests.bulletin_strategies import issues
from tests.helpers import assert_nothing_lost


def parse_all(text: str):
    issue = parse_issue("t", "t.txt", text)
    assert_nothing_lost(text, issue)
    return issue


def parse(text: str):
    return parse_all(text).articles


def people(text: str) -> dict[str, tuple[str, ...]]:
    issue = parse_all(text)
    annotate_issue(issue)
    return {m.name: m.titles for a in issue.articles for m in a.mentions}


HEADER = "社区报 第2版 2023年5月18日"


def test_a_page_header_inside_a_sentence_leaves_the_body_and_the_sentence_joins():
    issue = parse_all(
        f"{HEADER.replace('2版', '1版')}\n\n社区举办读书会\n\n近日，社区举办读书会，"
        f"居民们\n\n{HEADER}\n\n踊跃参加。\n\n(文化中心 王小明)"
    )
    [a] = issue.articles
    assert a.paragraphs == ["近日，社区举办读书会，居民们踊跃参加。"]
    assert issue.furniture == [HEADER.replace("2版", "1版"), HEADER]
    assert (issue.date, issue.pages, issue.year) == ("2023-05-18", [1, 2], 2023)


def test_page_numbers_and_issue_numbers_alone():
    issue = parse_all(
        "社区通讯 2022年第3期 2022年8月\n\n标题一\n\n正文一。\n\n- 1 -\n\n正文二。\n\n(党建办)\n\n- 2 -"
    )
    assert issue.number == "第3期" and issue.date == "2022-08" and issue.pages == [1, 2]
    assert issue.articles[0].paragraphs == ["正文一。", "正文二。"]


def test_a_headline_with_an_issue_number_is_no_page_header():
    [a] = parse("# 2019年第3期读书会举行\n\n活动举行。\n\n(自治办)")
    assert a.title == "2019年第3期读书会举行"


def test_credit_leading_the_first_paragraph():
    [a] = parse("社区开展义诊\n\n本报讯（记者 王小明 通讯员 李红）近日，社区开展义诊。")
    assert a.paragraphs == ["近日，社区开展义诊。"]
    assert a.bylines == [Byline(None, "王小明", "记者"), Byline(None, "李红", "通讯员")]


def test_credit_lines_under_the_title_and_at_the_end():
    [a, b] = parse(
        "社区开展义诊\n\n■通讯员 李红 实习生 张明\n\n近日，社区开展义诊。\n\n记者 王小明\n\n"
        "垃圾分类回头看\n\n检查组走访小区。\n\n(文/党建办 赵强 图/钱多)"
    )
    assert [(x.role, x.author) for x in a.bylines] == [
        ("通讯员", "李红"),
        ("实习生", "张明"),
        ("记者", "王小明"),
    ]
    assert b.title == "垃圾分类回头看"
    assert b.bylines == [Byline("党建办", "赵强", "文"), Byline(None, "钱多", "图")]


def test_unbracketed_text_and_picture_credit():
    [a] = parse("标题一行\n\n正文。\n\n文/妇联 米晓雯　图/盛嘉")
    assert a.bylines == [Byline("妇联", "米晓雯", "文"), Byline(None, "盛嘉", "图")]


def test_supplied_by_credits_name_a_department_and_no_author():
    [a, b, c] = parse(
        "社区举办读书会\n\n正文一。\n\n(党建办供稿)\n\n社区开展义诊活动\n\n正文二。\n\n(供稿:自治办)\n\n"
        "平安志愿者上岗\n\n正文三。(供稿：平安办)"
    )
    assert a.bylines == [Byline("党建办")]
    assert b.bylines == [Byline("自治办")]
    assert c.bylines == [Byline("平安办")] and c.paragraphs == ["正文三。"]


def test_two_names_without_a_department_and_a_shared_department():
    [a, b] = parse(
        "标题一\n\n正文一。\n\n(王晓燕 陈立群)\n\n社区开展义诊活动\n\n正文二。\n\n(党建办 张三、李四)"
    )
    assert a.bylines == [Byline(None, "王晓燕"), Byline(None, "陈立群")]
    assert b.bylines == [Byline("党建办", "张三"), Byline("党建办", "李四")]


def test_a_byline_ending_a_paragraph_and_a_byline_line_are_both_kept():
    [a] = parse("标题一行\n\n正文。（党建办）\n\n(自治办 李四)")
    assert a.bylines == [Byline("党建办"), Byline("自治办", "李四")]
    assert "党建办" in a.byline_text and "自治办 李四" in a.byline_text


def test_metadata_lines_close_the_article_and_never_title_the_next():
    [a, b] = parse(
        "标题一\n\n正文一。\n\n(原标题:社区召开座谈会)\n\n责任编辑:袁静\n\n社区开展义诊活动\n\n正文二。"
    )
    assert a.meta == {"原标题": "社区召开座谈会", "责任编辑": "袁静"}
    assert b.title == "社区开展义诊活动" and b.paragraphs == ["正文二。"]
    assert "袁静" in {m for m in people("标题一\n\n正文一。\n\n编辑:袁静 审核:姚建平")}


def test_photo_captions_with_a_credit_are_captions_even_with_a_full_stop():
    [a] = parse(
        "标题一行\n\n活动当天，志愿者们为社区里的老人\n\n图为志愿者为老人理发。 张三 摄\n\n理发。\n\n"
        "老人们合影留念（李四 摄）\n\n(党建办)"
    )
    assert a.paragraphs == ["活动当天，志愿者们为社区里的老人理发。"]
    assert a.captions == ["图为志愿者为老人理发。 张三 摄", "老人们合影留念（李四 摄）"]
    assert Byline(None, "张三", "摄影") in a.bylines and Byline(None, "李四", "摄影") in a.bylines


def test_a_caption_set_apart_inside_a_cut_sentence():
    [a] = parse("标题一行\n\n义诊当天，居民们在活动室里排起了\n\n医务人员为居民测量血压\n\n长队。")
    assert a.paragraphs == ["义诊当天，居民们在活动室里排起了长队。"]
    assert a.captions == ["医务人员为居民测量血压"]


def test_intertitles_are_paragraphs_of_their_own():
    [a] = parse(
        "标题一行\n\n导语。\n\n一、强化组织领导\n\n正文一。\n\n（二）完善工作机制\n\n正文二。\n\n"
        "3.加强宣传引导\n\n正文三。\n\n【早上六点的灶台】\n\n正文四。"
    )
    assert a.paragraphs[1::2] == [
        "一、强化组织领导",
        "（二）完善工作机制",
        "3.加强宣传引导",
        "【早上六点的灶台】",
    ]
    assert [a.paragraphs[i] for i in a.intertitles] == a.paragraphs[1::2]


def test_kicker_title_and_dashed_subtitle_without_marks():
    [a] = parse("喜迎二十大 奋进新征程\n\n社区举办文艺汇演\n\n——百余名居民登台献艺\n\n正文。")
    assert (a.kicker, a.title, a.subtitle) == (
        "喜迎二十大 奋进新征程",
        "社区举办文艺汇演",
        "百余名居民登台献艺",
    )


def test_a_slogan_over_a_headline_is_its_kicker():
    [a] = parse("党建引领“微治理” 老小区焕发新活力\n\n古美路街道老旧小区改造完工\n\n正文。")
    assert (a.kicker, a.title) == (
        "党建引领“微治理” 老小区焕发新活力",
        "古美路街道老旧小区改造完工",
    )


def test_half_width_punctuation_ends_sentences_and_lists_titles():
    [a] = parse(
        '标题一行\n\n会议召开.区委副书记,区长王大明出席.\n\n他说:"要做好工作."\n\n(党建办 张三)'
    )
    assert a.paragraphs == ["会议召开.区委副书记,区长王大明出席.", '他说:"要做好工作."']
    found = people("标题一行\n\n会议召开.区委副书记,区长王大明出席.")
    assert found["王大明"] == ("区委副书记", "区长")


def test_traditional_titles_and_names_are_found_as_written():
    found = people("標題一行\n\n區委副書記、區長鄭海東，黨工委書記孫衛東出席。")
    assert found == {"鄭海東": ("區委副書記", "區長"), "孫衛東": ("黨工委書記",)}


def test_informal_roles_are_titles():
    found = people(
        "标题一行\n\n志愿者邱桂芳分享了故事。党员陈国强回忆往事。退休教师孔令仪带头。"
        "锦苑居民区党总支书记蒋美华介绍。居民许文杰说。"
    )
    assert found["邱桂芳"] == ("志愿者",)
    assert found["陈国强"] == ("党员",)
    assert found["孔令仪"] == ("退休教师",)
    assert found["蒋美华"] == ("锦苑居民区党总支书记",)
    assert found["许文杰"] == ("居民",)


def test_common_words_after_a_role_are_no_names():
    found = people("标题一行\n\n改造成果写入居民公约，居民满意度高。30余名居民和志愿者齐聚一堂。")
    assert found == {}


def test_articles_without_bylines_split_at_a_credited_or_new_headline():
    [a, b, c] = parse(
        "凉城举办读书节\n\n读书节吸引了众多居民参加。\n\n"
        "社区宝宝屋让家长带娃更轻松\n\n□记者 卓雅\n\n宝宝屋位于党群服务中心二楼。\n\n"
        "海伦路居民区结对关爱独居老人\n\n在海伦路居民区，结对关爱独居老人的志愿者有二十名。"
    )
    assert [x.title for x in (a, b, c)] == [
        "凉城举办读书节",
        "社区宝宝屋让家长带娃更轻松",
        "海伦路居民区结对关爱独居老人",
    ]
    assert b.bylines == [Byline(None, "卓雅", "记者")]


def test_a_caption_sharing_its_articles_words_stays_a_caption():
    [a] = parse(
        "社区表彰最美志愿者\n\n近日，社区表彰了最美志愿者。\n\n最美志愿者代表合影\n\n据统计，志愿者服务上千次。"
    )
    assert a.captions == ["最美志愿者代表合影"]


def test_a_quote_attribution_stays_in_its_paragraph():
    [a] = parse("标题一行\n\n“发现问题就上门劝导。”\n\n武志刚说。\n\n(党建办)")
    assert a.paragraphs == ["“发现问题就上门劝导。”武志刚说。"]


def test_doctor_names_each_suspicion():
    from lcreader.model import Article
    from lcreader.parse.suspicions import article_suspicions, repeated_lines

    article = Article(
        "t/1",
        "t",
        "社区举办读书节",
        paragraphs=[
            "读书节吸引了众多居民参加。",
            "另一篇报道的标题",
            "近日，街道又举办了义诊活动。",
            "活动现场气氛热烈 张三 摄。",
            "很长的一段话。" * 500,
        ],
        captions=["医务人员在采样亭为居民进行核酸采样"],
        bylines=[Byline("党建办", "一二三")],
    )
    article.body_captions = {0: 1}  # stood before the second paragraph
    notes = article_suspicions(article)
    assert ("title_in_body", "另一篇报道的标题") in notes
    assert ("lead_in_body", "近日，街道又举办了义诊活动。") in notes
    assert ("credit_in_paragraph", "活动现场气氛热烈 张三 摄。") in notes
    assert ("long_article", str(sum(map(len, article.paragraphs)))) in notes
    assert ("caption_or_headline", "医务人员在采样亭为居民进行核酸采样") in notes
    assert ("unknown_author", "一二三") in notes
    assert not article_suspicions(Article("t/2", "t", "标题", paragraphs=["正文。"]))
    [repeat] = repeated_lines(["凉城社区报", "正文。", "凉城社区报", "(党建办)", "(党建办)"], set())
    assert (repeat.code, repeat.detail) == ("repeated_line", "凉城社区报")


def test_every_note_reads_in_both_languages():
    from lcreader.messages import MESSAGES, note_text, set_language
    from lcreader.model import Note

    codes = [k.removeprefix("note.") for k in MESSAGES if k.startswith("note.")]
    for lang in ("zh", "en"):
        set_language(lang)
        try:
            for code in codes:
                if code != "article":
                    assert note_text(Note(code, "某某", 2, "标题"))
        finally:
            set_language(None)


@st.composite
def furnished(draw):
    """A generated bulletin with page headers and labels put between its lines."""
    text, _ = draw(issues())
    lines = text.split("\n")
    for page in range(2, draw(st.integers(2, 4)) + 1):
        at = draw(st.integers(0, len(lines)))
        lines[at:at] = ["", f"社区报 第{page}版 2021年6月30日", ""]
    if draw(st.booleans()):
        lines += ["", "责任编辑:袁静"]
    return "\n".join(lines)


@given(furnished())
def test_page_furniture_and_labels_are_kept_not_lost(text):
    issue = parse_all(text)
    assert all("版" in line for line in issue.furniture)
    assert issue.date == "2021-06-30"
    assert not any("第" in p and "版 2021" in p for a in issue.articles for p in a.paragraphs)


def test_a_caption_over_a_story_opening_as_a_report_is_suspected():
    from lcreader.model import Article
    from lcreader.parse.suspicions import article_suspicions

    article = Article(
        "t/1",
        "t",
        "社区举办读书节",
        paragraphs=[
            "读书节吸引了众多居民参加，社区读书节气氛热烈。",
            "“孩子在这里玩得很开心。”家长说。",
        ],
        captions=["社区读书节居民气氛热烈"],  # its words are the article's: no word test fires
    )
    article.body_captions = {0: 1}
    assert ("caption_or_headline", "社区读书节居民气氛热烈") in article_suspicions(article)
    article.paragraphs[0] = "读书节吸引了众多居民参加，社区读书节气氛"  # a sentence the caption cut
    assert ("caption_or_headline", "社区读书节居民气氛热烈") not in article_suspicions(article)


def test_doctor_points_at_a_subtitle_that_the_first_sentence_goes_on_from():
    from lcreader.model import Article
    from lcreader.parse.suspicions import article_suspicions

    def codes(subtitle: str, first: str) -> list[str]:
        article = Article("t/1", "t", "这些垃圾该扔哪个桶?", subtitle=subtitle, paragraphs=[first])
        return [code for code, _ in article_suspicions(article)]

    assert "subtitle_runs_on" in codes("《垃圾管理条例》实施已经三", "个多月,不少居民仍有疑问。")
    assert "subtitle_runs_on" not in codes("新增四个睦邻点", "近日，街道新增四个睦邻点。")
    assert "subtitle_runs_on" not in codes("条例实施三个月。", "的确，不少居民仍有疑问。")


def test_a_sentence_and_its_credit_printed_after_a_page_line_is_no_contents_entry():
    # found by the property test: the credit in brackets read as a contents entry's note
    text = (
        "一一一一一一\n\n\n社区报 第2版 2021年6月30日\n\n一一一！（一一办）\n\n"
        "一一一一一一一\n\n一一一一一一一一\n\n一一一！（一一办）"
    )
    assert all("版" in line for line in parse_all(text).furniture)


def test_a_title_or_subtitle_that_reads_as_running_text_is_suspected():
    from lcreader.model import Article
    from lcreader.parse.suspicions import article_suspicions

    def notes(title: str, subtitle: str | None = None, first: str = "正文。") -> list:
        article = Article("t/1", "t", title, subtitle=subtitle, paragraphs=[first])
        return [code for code, _ in article_suspicions(article)]

    assert "title_reads_as_text" in notes(
        "场整改的要登记造册、限期销号。节日期间，街道和社区实行领"
    )
    assert "title_reads_as_text" in notes("大学生志愿者轮流值守，为辖区双职工家庭的")
    assert "title_reads_as_text" in notes("了社区服务站的新址")
    assert "title_reads_as_text" not in notes("暑期将至，这份防溺水提示请收好")
    assert "title_reads_as_text" not in notes("好消息！东门人行道修好啦！")
    assert "subtitle_runs_on" in notes(
        "家门口的“微型消防站”", "在青禾街道，每个社区都有一个“微", "型消防站”。站里配着灭火器。"
    )
    assert "subtitle_runs_on" not in notes(
        "社区食堂开进老小区", "首批三家长者食堂试运营", "5月11日起，食堂试运营。"
    )


def test_a_bodys_name_between_two_pages_heads_is_the_first_pages_not_the_masthead():
    # (found by the property test above: `一一一一一处` read as the masthead's maker)
    text = "\n社区报 第3版 2021年6月30日\n\n一一一一一处\n\n社区报 第2版 2021年6月30日\n\n\n一一一。\n\n(一一办)"
    issue = parse_all(text)
    assert all("版" in line for line in issue.furniture)


def test_doctor_names_a_title_that_reads_as_no_headline_and_answers_run_together():
    # (issue #17: the forms round zo, zp and zq's first contact left unflagged)
    from lcreader.model import Article
    from lcreader.parse.suspicions import article_suspicions

    def notes(title, *paragraphs):
        return {
            code
            for code, _ in article_suspicions(
                Article("t/1", "t", title, paragraphs=list(paragraphs))
            )
        }

    assert "title_names_a_page" in notes("第2版　社区", "正文。")
    assert "title_cut_at_a_figure" in notes("社区学校秋季班开课 9", "月11日，开学了。")
    assert "title_speaks_to_readers" in notes("大家好～这里是本周小结👇", "正文。")
    assert "answers_joined" in notes("督导员的一天", "我们请她聊了聊。问：几点开始？答：早上6点。")
    assert not notes("第二季度居民议事会召开", "问：几点开始？", "答：早上6点。")


def test_a_heading_over_a_page_line_and_a_sentence_is_the_sentences_headline():
    """`# 标题` / `社区报 第2版 …` / `一句话。`: under a paper's name and its page line the
    page's first headline follows, not a sentence; so the heading is the text's own
    (found by the property test above at parser 206)."""
    text = "# 楼道焕新颜\n\n社区报 第2版 2021年6月30日\n\n\n楼道里的灯全换新了。\n\n(自治办)\n"
    issue = parse_all(text)
    assert issue.furniture == ["社区报 第2版 2021年6月30日"]
    assert [a.title for a in issue.articles] == ["楼道焕新颜"]


def test_a_masthead_word_that_a_clause_of_text_follows_is_the_texts():
    """`内部资料，一…`: the word opens a sentence; `内部资料，免费赠阅` parts a masthead's two
    words with a comma (both found by the property test above at parser 206)."""
    from lcreader.parse.furniture import _masthead_line

    assert not _masthead_line("内部资料，一份给居民的说明")
    assert _masthead_line("本报为社区内部资料，免费赠阅")

"""A town paper's PDF read by Apache Tika (issue #17, round yf's file): narrow columns a
printed line a line, a second story's box read out in the middle of the lead story
before its jump, the jump's marker printed under that second story, a poem's stanzas
with no stops, a letter-spaced heading over a notice. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "1　要闻　2024年5月10日　星期五",
        "",
        "枫泾村稻田养虾试点开局",
        "",
        "本报讯（记者　谈一舟）",
        "5月上旬，枫泾村二十亩稻田",
        "放下了第一批虾苗，稻田养虾试",
        "点正式开局。村里请来水产站的",
        "技术员，手把手教农户调水、投",
        "喂和防病。虾苗下田后，稻田里",
        "不再打农药，稻子和虾互相帮衬",
        "着长。村党支部书记说，试点成",
        "功了明年就推广到全村。农户们",
        "算了一笔账，",
        "",
        "镇文化站开出周末书法课",
        "",
        "本报讯（记者　谈一舟）",
        "5月4日，镇文化站周末书法课",
        "开课，二十名中小学生报名参加。",
        "",
        "（下转第2版）",
        "",
        "",
        "2　综合　2024年5月10日　星期五",
        "",
        "（上接第1版）",
        "",
        "一亩田能多收一千多元。",
        "",
        "枫 泾 诗 苑",
        "",
        "五 月 的 田",
        "",
        "五月的风吹过田埂",
        "秧苗排成整齐的行",
        "白鹭停在水中央",
        "看农人弯腰插秧",
        "",
        "等到稻花开的时候",
        "田里会有虾的欢唱",
        "老人坐在村口数着",
        "一年又一年的好收成",
        "",
        "枫泾村退休教师　骆文清",
        "",
        "征 稿 启 事",
        "",
        "《枫泾》镇报“枫泾诗苑”副刊常",
        "年征集诗歌、散文和摄影作品，欢",
        "迎居民踊跃投稿。来稿请寄镇宣传",
        "统战办公室，或发送到编辑部的邮",
        "箱，稿件一经刊用即付稿酬。",
        "",
        "枫泾镇报编辑部",
    ]
)


def test_a_headline_over_the_papers_credit_starts_a_story_mid_sentence():
    issue = parse_all(PAGE)
    titles = [a.title for a in issue.articles]
    assert titles[:2] == ["枫泾村稻田养虾试点开局", "镇文化站开出周末书法课"]
    assert issue.articles[1].captions == []


def test_the_jump_goes_on_the_story_its_sentence_left_open():
    lead, second = parse_all(PAGE).articles[:2]
    assert lead.paragraphs[-1].endswith("农户们算了一笔账，一亩田能多收一千多元。")
    assert second.paragraphs == ["5月4日，镇文化站周末书法课开课，二十名中小学生报名参加。"]
    # its `（下转…）` printed under the second story is the lead's, as its `（上接…）` is
    assert set(lead.meta) == {"下转", "上接"} and not second.meta


def test_a_poems_writer_under_its_stanza_signs_it_and_a_spaced_heading_starts_the_next():
    issue = parse_all(PAGE)
    poem = issue.articles[2]
    assert poem.paragraphs[-1] == "一年又一年的好收成"
    assert [b.author for b in poem.bylines] == ["骆文清"]
    call = issue.articles[-1]
    assert call.title.replace(" ", "") == "征稿启事"
    assert call.paragraphs[0].startswith("《枫泾》镇报“枫泾诗苑”副刊常年征集")

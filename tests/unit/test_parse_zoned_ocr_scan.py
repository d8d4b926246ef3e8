"""An old paper scanned and read by an OCR program zone by zone (issue #17, round yg's
尚书七号 file): narrow columns cut at one width, paragraphs opened by an indent,
full-width figures, a brief's headline run in before text the column's edge cut short.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

SCAN = "\n".join(
    [
        "枫 林 社 区 报",
        "中共枫林街道工委　枫林街道办事处　主办",
        "２００７年４月２０日　星期五",
        "第２期（总第１５期）",
        "",
        "社区学校开设书法班",
        "",
        "　　为丰富老年居民的“精神",
        "生活”，枫林社区学校从５月",
        "起开设书法班，每周三上午上",
        "课，由退休美术老师任教。",
        "　　书法班共设１６课时，从",
        "执笔、运笔教起，学员可免费",
        "领取笔墨纸砚。",
        "（社区学校　钟敏）",
        "",
        "简 讯",
        "",
        "■社区卫生站延长门诊时间　近日，",
        "枫林社区卫生服务站将门诊时",
        "间延长到晚上八点。",
        "■枫林书场四月开锣　由街道文",
        "化站主办的枫林书场将于４月",
        "起每周六下午演出评弹。",
        "",
        "防 火 须 知",
        "",
        "　　各位居民：",
        "　　春季风大物燥，请大家注意",
        "以下几点：",
        "　　一、不在楼道里堆放纸箱的",
        "习惯要坚持，发现堆物及时清",
        "理。",
        "　　二、出门前检查燃气阀门。",
        "枫林街道办事处",
        "",
        "本报征稿启事",
        "",
        "　　《枫林社区报》欢迎居民投",
        "稿，反映身边的新人新事。",
        "　　来稿请注明姓名、地址和电",
        "话，交所在居委会。",
        "本报编辑部",
    ]
)


def test_a_full_width_date_is_the_issues():
    assert parse_all(SCAN).date == "2007-04-20"


def test_an_indented_first_line_the_next_runs_on_from_is_text_not_a_headline():
    issue = parse_all(SCAN)
    school = issue.articles[0]
    assert school.title == "社区学校开设书法班" and school.subtitle is None
    assert school.paragraphs[0].startswith("为丰富老年居民的“精神生活”")
    call = issue.articles[-1]
    assert call.title == "本报征稿启事" and call.intertitles == []
    assert call.paragraphs[0].startswith("《枫林社区报》欢迎居民投稿")


def test_a_sentence_about_contributions_is_no_credit():
    call = parse_all(SCAN).articles[-1]
    assert call.paragraphs[-1] == "来稿请注明姓名、地址和电话，交所在居委会。"
    assert [b.department for b in call.bylines] == ["本报编辑部"]


def test_a_briefs_headline_run_in_before_words_the_column_cut():
    briefs = {a.title: a for a in parse_all(SCAN).articles}
    assert "枫林书场四月开锣" in briefs
    assert briefs["枫林书场四月开锣"].paragraphs == [
        "由街道文化站主办的枫林书场将于４月起每周六下午演出评弹。"
    ]


def test_a_numbered_line_cut_after_de_is_an_item_not_a_heading():
    notice = next(a for a in parse_all(SCAN).articles if "防" in a.title and "火" in a.title)
    assert notice.intertitles == []
    assert "一、不在楼道里堆放纸箱的习惯要坚持，发现堆物及时清理。" in notice.paragraphs

"""A printed paper photographed and read by a phone gallery's OCR, the text sent to a
laptop (issue #17, round yg's file): a line per printed line, no blank lines, a
headline the column cut inside its quotation, the OCR's space before a colon. Each
text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "桂园邻里",
        "2024年第4期(总第20期)",
        "内部资料 免费赠阅",
        "桂园居民区党支部开展“敬老月·",
        "送温暖”主题活动",
        "10月9日上午，桂园居民区党支部组织",
        "20余名党员走访辖区高龄老人，送上",
        "慰问品和节日祝福。",
        "居民来信",
        "谢谢你们帮我修好了门锁",
        "居委会的同志们：",
        "上个月我家的门锁坏了，我一个人急得",
        "不知道怎么办，志愿者第二天就上门帮",
        "我换好了新锁。我心里真是暖洋洋的。",
        "7号楼居民 邵桂兰",
        "编者按 ：志愿服务贵在日常，居民区的",
        "维修服务队欢迎更多居民加入。",
    ]
)


def test_a_headline_cut_inside_its_quotation_is_one_title():
    first = parse_all(PAGE).articles[0]
    assert first.title == "桂园居民区党支部开展“敬老月·送温暖”主题活动"
    assert first.kicker is None


def test_a_letters_signature_over_the_editors_note_signs_the_letter():
    letter = parse_all(PAGE).articles[-1]
    assert [b.author for b in letter.bylines] == ["邵桂兰"]
    assert letter.paragraphs[-1].startswith("编者按 ：志愿服务贵在日常")

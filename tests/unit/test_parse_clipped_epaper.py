"""A district paper's e-paper pages clipped one by one into a note-taking app (issue
#17, round zi): the clip's source under each, the page's name over each, a page of
pictures with a headline and a credited caption each, then a story with its kicker,
title and deck; a resident's letter and the office's reply under its long name.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

CLIPS = (
    "第04版：社区·影像\n"
    "老年趣味运动会举行\n"
    "11月2日，桂湖区第二届社区老年人趣味运动会举行，200余名老人参加了8个项目的比拼。　本报记者 柏青 摄\n"
    "来自 <https://epaper.example.cn/html/2024-11/07/content_0.htm>\n\n"
    "第04版：社区·影像\n"
    "秋日银杏满街黄\n"
    "连日来，桂湖路两侧的银杏叶逐渐转黄，不少市民前来散步拍照。　通讯员 甘露 摄\n"
    "来自 <https://epaper.example.cn/html/2024-11/07/content_1.htm>\n\n"
    "第05版：社区·民生\n"
    "从“一幢”到“一片”\n"
    "老小区加装电梯提速\n"
    "——桂湖区今年已有86台电梯开工建设\n"
    "本报记者 柏青　通讯员 甘露\n"
    "图为桂湖新村加装的电梯投入使用。　柏青 摄\n"
    "11月5日，桂湖新村8幢的电梯通过验收，住在5楼的居民第一次坐电梯回了家。\n"
    "加装电梯，难在协调。今年，桂湖区以小区为单位成片推进，统一设计、统一施工。\n"
    "来自 <https://epaper.example.cn/html/2024-11/07/content_2.htm>\n\n"
    "第05版：社区·民生\n"
    "民生信箱\n"
    "小区门口能否装个斑马线？\n"
    "编辑同志：\n"
    "我家住在桂湖新村，小区北门正对桂湖路，车多，又没有斑马线。希望有关部门能尽快解决。\n"
    "桂湖新村居民　宁先生\n"
    "区交警大队回复\n"
    "宁先生您好！经现场勘查，北门路口具备施划斑马线的条件，我大队将于本月内完成施划。\n"
    "来自 <https://epaper.example.cn/html/2024-11/07/content_3.htm>\n"
)


def test_a_headline_block_after_a_pictures_credited_caption_starts_the_next_story():
    titles = [(a.kicker, a.title, a.subtitle) for a in parse_all(CLIPS).articles]
    assert titles[:3] == [
        (None, "老年趣味运动会举行", None),
        (None, "秋日银杏满街黄", None),
        ("从“一幢”到“一片”", "老小区加装电梯提速", "桂湖区今年已有86台电梯开工建设"),
    ]


def test_the_offices_reply_under_its_long_name_stays_with_the_letter():
    issue = parse_all(CLIPS)
    letter = issue.articles[-1]
    assert letter.title == "小区门口能否装个斑马线？" and len(issue.articles) == 4
    assert letter.paragraphs[-1].startswith("宁先生您好！")

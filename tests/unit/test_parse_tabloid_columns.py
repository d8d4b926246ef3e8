"""A tabloid's narrow columns copied a line per printed line (issue #17): a big headline
broken in two that the issue prints whole elsewhere, a story's opening credit cut by the
wrap, a brief's marked headline cut before the space that ends it, a story opening
`X月X日起，` under a marked headline. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

LEAD = (
    "本报讯（记者 石望舒 通讯员 蒲晓岚）4月2日，柳岸街道召开背街小巷整治推进会。"
    "今年街道将对辖区12条背街小巷实施路面翻新和架空线入地，惠及居民3100余户。"
)
LEAD_REST = "街道城管科负责人表示，施工期间将分段封闭，每段工期不超过10天。"
JUMPED = "整治完成后，街道还将在每条小巷设立巷长，定期收集居民意见。"
NEXT = "4月1日，柳岸街道举办春季消防演练，辖区15家沿街商铺参加。消防员现场教授灭火器使用方法。"


MASTHEAD = "柳岸街坊\n2024年4月5日　星期五\n第4期（总第52期）\n"


def tabloid(kicker: str = "城市更新", jump_headline: str = "12条背街小巷年内完成翻新") -> str:
    return (
        f"{kicker}\n12条背街小巷\n年内完成翻新\n——首批4条小巷5月开工\n"
        + cut_at(13, LEAD, LEAD_REST)
        + "（下转第2版）\n"
        + "街道举办春季消防演练\n"
        + cut_at(13, NEXT)
        + "（综合办）\n"
        + f"{jump_headline}\n（上接第1版）\n"
        + cut_at(13, JUMPED)
    )


def test_two_headline_lines_the_jump_prints_whole_are_one_title():
    issue = parse_all(tabloid())
    lead = issue.articles[0]
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "城市更新",
        "12条背街小巷年内完成翻新",
        "首批4条小巷5月开工",
    )
    assert JUMPED in lead.paragraphs


def test_two_headline_lines_a_contents_entry_prints_whole_are_one_title():
    contents = "本期导读\n12条背街小巷年内完成翻新　1版\n街道举办春季消防演练　1版\n"
    text = MASTHEAD + contents + tabloid(jump_headline="背街小巷整治")
    lead = parse_all(text).articles[0]
    assert (lead.kicker, lead.title) == ("城市更新", "12条背街小巷年内完成翻新")


def test_a_kicker_and_title_listed_apart_stay_kicker_and_title():
    # the entry sets a space between them: the list names a kicker and its title
    contents = "本期导读\n12条背街小巷 年内完成翻新　1版\n街道举办春季消防演练　1版\n\n"
    text = MASTHEAD + contents + tabloid(kicker="", jump_headline="背街小巷整治").lstrip("\n")
    lead = parse_all(text).articles[0]
    assert (lead.kicker, lead.title) == ("12条背街小巷", "年内完成翻新")


def test_a_story_credit_cut_by_the_wrap_credits_the_story():
    text = tabloid()
    opening = text.splitlines()[4]
    assert opening.startswith("本报讯（记者") and "）" not in opening  # the wrap cut the credit
    lead = parse_all(text).articles[0]
    assert [(b.role, b.author) for b in lead.bylines] == [("记者", "石望舒"), ("通讯员", "蒲晓岚")]
    assert lead.paragraphs[0].startswith("4月2日，柳岸街道")


BRIEF_ONE = "4月3日，枫桥社区联合辖区药店在小区广场开展义诊，服务居民180余人次。"
BRIEF_TWO = "4月8日起，枫桥社区每周二下午开设手机课堂，志愿者手把手教老人使用健康码。"


def test_a_briefs_marked_headline_cut_before_its_space_is_whole():
    # `●枫桥社区开展春季义诊活` / `动　4月3日，…`: the wrap fell inside the headline
    head = "●枫桥社区开展春季义诊活"
    text = (
        MASTHEAD
        + "街道举办春季消防演练\n"
        + cut_at(13, NEXT)
        + "社区简讯\n"
        + head
        + "\n"
        + cut_at(13, "动\u3000" + BRIEF_ONE)
        + "●枫桥社区手机课堂开课了\n"
        + cut_at(13, BRIEF_TWO)
        + "（枫桥社区 鲍一鸣）\n"
    )
    issue = parse_all(text)
    briefs = issue.articles[1:]
    assert [a.title for a in briefs] == ["枫桥社区开展春季义诊活动", "枫桥社区手机课堂开课了"]
    assert [a.paragraphs for a in briefs] == [[BRIEF_ONE], [BRIEF_TWO]]

"""A community account's weekly post copied on a phone (issue #17): numbered items, a
headline with its column's tag before a `｜` that runs to two clauses and an exclamation,
parts of one story named between dashes. Each test is a small text of its own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

POST = (
    "松风周报｜第8期：健身角换新、反诈提醒\n"
    "原创 松风社区 2024年05月10日 17:30\n\n"
    "01\n"
    "健身角换新　老人孩子都爱来\n\n"
    "5月6日，松风社区中心花园的健身角完成更新，新装的十二件器材全部投入使用。\n\n"
    "社区居委会主任柯海燕介绍，器材由居民投票选定，每件器材旁都贴了使用说明。\n\n"
    "02\n"
    "反诈提醒｜接到“退款”电话，千万别转账！\n\n"
    "—— 案例回放 ——\n\n"
    "上周，辖区一位居民接到自称网店客服的电话，说要给他退还多收的运费，随后让他扫码转账。\n\n"
    "居民觉得不对劲，挂断电话后向社区民警求助，才没有上当。\n\n"
    "—— 民警支招 ——\n\n"
    "社区民警田东升提醒：正规退款原路返回，不会要求扫码转账，更不会索要验证码。\n\n"
    "遇到类似电话，请先挂断，再通过官方渠道核实。\n\n"
    "03\n"
    "楼道里的“共享雨伞”\n\n"
    "入夏以来，松风社区在六幢楼的楼道口放置了共享雨伞，居民借用后放回原处即可。\n\n"
    "END\n"
)


def test_a_tagged_headline_of_two_clauses_heads_its_story_and_dashed_parts_stay_in_it():
    issue = parse_all(POST)
    titles = [(article.kicker, article.title) for article in issue.articles]
    assert len(titles) == 3
    warning = issue.articles[1]
    # (the tag before `｜` is the headline's; where it goes is a convention, not asked here)
    assert (warning.kicker or "") + warning.title in (
        "反诈提醒｜接到“退款”电话，千万别转账！",
        "反诈提醒接到“退款”电话，千万别转账！",
    )
    texts = warning.paragraphs
    assert texts[0] == "案例回放"
    assert "民警支招" in texts
    assert texts[-1] == "遇到类似电话，请先挂断，再通过官方渠道核实。"
    assert_nothing_lost(POST, issue)

"""An e-paper issue scraped by a browser extension and exported as CSV (issue #17, round
yf's Web Scraper file): a row per article, the program's own columns (an order id, the
page's and the article's addresses, a link's text that repeats the title), `null` for an
empty cell. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

CSV = (
    '"web-scraper-order","web-scraper-start-url","版面","版面-href","文章","日期","引题","标题","作者","正文"\n'
    '"1700000001-2","http://example.cn/node_1.htm","第01版：要闻","http://example.cn/node_1.htm",'
    '"梧桐街道开通社区巴士","第9期　2023年11月10日","民生实事","梧桐街道开通社区巴士","本报记者　邵清源",'
    '"　　11月6日，梧桐街道社区巴士正式开通，线路串起五个居民区和社区卫生服务中心。\n\n'
    "　　八百份问卷定站点\n\n"
    "　　开通前，街道在五个居民区征集线路意见，收回问卷八百多份，最终定下十二个站点。\n\n"
    '　　首班车上，居民蒋阿姨说：“以后去看病、买菜都方便了。”"\n'
    '"1700000002-3","http://example.cn/node_1.htm","第02版：社区","http://example.cn/node_2.htm",'
    '"老年大学冬季班招生","第9期　2023年11月10日","null","老年大学冬季班招生","null",'
    '"　　街道老年大学冬季班即日起招生，开设书法、合唱、智能手机等八门课程。\n\n'
    '　　报名时间：11月13日至11月24日"\n'
)


def test_a_scrapers_rows_are_the_articles_and_its_own_columns_the_pages():
    issue = parse_all(CSV)
    assert [a.title for a in issue.articles] == ["梧桐街道开通社区巴士", "老年大学冬季班招生"]
    bus, school = issue.articles
    assert bus.kicker == "民生实事"
    # (a short line between two paragraphs of a row's body heads a part of it: a row is
    # one article; a field's line, `报名时间：…`, stays text)
    assert [bus.paragraphs[k] for k in bus.intertitles] == ["八百份问卷定站点"]
    assert not school.intertitles
    assert [(b.role, b.author) for b in bus.bylines] == [("记者", "邵清源")]
    assert school.kicker is None and not school.bylines  # (`null`: no cell)
    assert not any("null" in p or "http" in p for a in issue.articles for p in a.paragraphs)
    assert not any(a.meta for a in issue.articles)
    assert_nothing_lost(CSV, issue)

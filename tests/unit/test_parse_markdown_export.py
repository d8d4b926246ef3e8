"""A bulletin exported as Markdown (语雀, 石墨, a wiki): its marks are layout, not text."""

from __future__ import annotations

from lcreader.parse import parse_issue

MONTHLY = """\
# 东园居民区月报 · 2025年4月

> 东园居民区党总支　编印　｜　内部资料

---

## 志愿者风采

### 七十岁的“花匠”李阿姨

在东园小区5号楼，提起李阿姨，没有人不知道的。她照看楼前的花坛已经十年了。

**一把修枝剪用了十年**

李阿姨的修枝剪是儿子送的，刀口磨了又磨，她舍不得换。

![李阿姨在修剪月季](https://example.invalid/img/1.jpeg)

*李阿姨在修剪月季　摄影：赵晨*

说起这些，李阿姨总是笑着说：“花开了，大家看着高兴。”
"""


def test_markdown_marks_are_layout_not_text():
    issue = parse_issue("m", "m.txt", MONTHLY)
    article = next(a for a in issue.articles if "花匠" in a.title)
    # `## section` over `### story`: the section is the kicker, the story the title.
    assert article.title == "七十岁的“花匠”李阿姨"
    assert article.kicker == "志愿者风采"
    assert [article.paragraphs[k] for k in article.intertitles] == ["一把修枝剪用了十年"]
    assert article.captions == ["李阿姨在修剪月季　摄影：赵晨"]
    assert any(b.author == "赵晨" for b in article.bylines)
    text = "".join([*article.paragraphs, *article.captions])
    assert "*" not in text and "](" not in text
    assert "![李阿姨在修剪月季](https://example.invalid/img/1.jpeg)" in issue.furniture

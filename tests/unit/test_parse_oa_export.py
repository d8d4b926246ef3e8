"""A 党建简报 exported as text by an office system through a converter's trial copy
(issue #17, round yk's Aspose.Words file): the converter's banner under the first line
and its note at the end are the tool's words, no headline's deck or story. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

EXPORT = "\n".join(
    [
        "石溪街道党建工作简报",
        "Evaluation Only. Created with Aspose.Words. Copyright 2003-2024 Aspose Pty Ltd.",
        "第3期",
        "中共石溪街道工作委员会组织办公室　　　　　　　2024年3月9日",
        "",
        "【工作动态】",
        "街道召开党建工作推进会",
        "3月3日，石溪街道召开党建工作推进会，各居民区党组织书记参加。",
        "（组织办）",
        "",
        "Created with an evaluation copy of Aspose.Words. To remove all limitations, you can "
        "use Free Temporary License https://products.aspose.com/words/temporary-license/",
    ]
)


def test_a_converters_trial_banners_are_the_tools_words():
    issue = parse_all(EXPORT)
    [story] = issue.articles
    assert (story.kicker, story.title, story.subtitle) == (
        "工作动态",
        "街道召开党建工作推进会",
        None,
    )
    assert sum("Aspose" in line for line in issue.furniture) == 2

"""A work report typed in a DOS word processor in the 1990s (issue #17, round yr's CCED
file): tables drawn in box characters, a letter under its column's bracketed name with
a centred headline that asks, briefs each marked with an open triangle. Each text is my
own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

REPORT = "\n".join(
    [
        "　　　　　　　　　　　枫林街道",
        "　　　　　　　　　　工　作　简　报",
        "　　　　　　　　　　第３期（总第４１期）",
        "枫林街道办事处编　　　　　　　　　　　　　　１９９６年４月２日",
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
        "",
        "　　　　　　　　　街道召开春季安全工作会议",
        "　　３月２８日，街道召开春季安全工作会议，部署清明期间防火和老旧房屋检查工作。",
        "　　　　　　　　　　　　　　　　　　　　　　　（平安办）",
        "",
        "　　　　　　　　　上半年帮困工作情况",
        "　　一、基本情况",
        "　　上半年，街道共走访困难家庭８６户，发放帮困金３．２万元。各居委会情况",
        "如下：",
        "┌────┬────┬────┐",
        "│居委会　│走访户数│帮困金　│",
        "├────┼────┼────┤",
        "│枫林一村│　３１　│１．２万│",
        "├────┼────┼────┤",
        "│枫林二村│　２８　│１．１万│",
        "├────┼────┼────┤",
        "│河滨居委│　２７　│０．９万│",
        "└────┴────┴────┘",
        "　　二、下步打算",
        "　　下半年，街道将为每户困难家庭建立帮扶台账，做到一户一策。",
        "　　　　　　　　　　　　　　　　　　　　　　　（民政科）",
        "",
        "【居民来信】",
        "　　　　　　　　　　　楼道里的灯什么时候能修好？",
        "　　编辑同志：",
        "　　我家住在枫林二村１２号，楼道里的灯坏了一个多月，晚上上下楼很不方便。",
        "　　　　　　　　　　　　　　　　　　　　　枫林二村居民　蒋立成",
        "　　答复：居委会已请房管所更换灯具，本周内修好。",
        "　　　　　　　　　　　　　　　　　　　　　　　（枫林二村居委会）",
        "",
        "　　　　　　　　　　　　　简　　讯",
        "　　△老年食堂开张　３月１日起，枫林一村老年食堂开始供应午餐，每份２元。",
        "　　△义诊进社区　３月５日，区中心医院医生在河滨居委为居民义诊，测量血压",
        "１２０余人次。",
    ]
)


def test_a_box_drawn_tables_rows_are_its_cells_and_its_borders_part_nothing():
    issue = parse_all(REPORT)
    report = issue.articles[1]
    assert report.title == "上半年帮困工作情况"
    rows = [p.replace("\u3000", "") for p in report.paragraphs if "│" in p]
    assert rows == ["居委会│走访户数│帮困金", "枫林一村│３１│１．２万", "枫林二村│２８│１．１万",
                    "河滨居委│２７│０．９万"]  # fmt: skip
    # (the section after the table is the report's, under its heading)
    assert [report.paragraphs[k] for k in report.intertitles] == ["一、基本情况", "二、下步打算"]
    assert "┌────┬────┬────┐" in issue.furniture


def test_a_letter_under_its_columns_name_with_a_centred_headline_that_asks():
    letter = parse_all(REPORT).articles[2]
    assert (letter.kicker, letter.title) == ("居民来信", "楼道里的灯什么时候能修好？")
    assert letter.paragraphs[0] == "编辑同志："


def test_briefs_each_marked_with_an_open_triangle_are_articles():
    titles = [article.title for article in parse_all(REPORT).articles]
    assert titles[3:] == ["老年食堂开张", "义诊进社区"]

"""Forms of page and issue furniture: a page's section between its head lines, labels set
wide in a colophon, a paper's name before its makers, a post's header, marked mastheads."""

from __future__ import annotations

from lcreader.parse import parse_issue

PAGES = """\
云溪时报
5
2024年9月12日 星期四
责任编辑：蒋一帆 美术编辑：陈露

银发顾问团上岗

近日，云溪路街道银发顾问团正式成立，首批12名成员均为退休的专业人士。

6
2024年9月12日 星期四
社区·服务
责任编辑：蒋一帆 美术编辑：陈露

政策解读
居家养老服务补贴申请有新变化
本报记者 唐苑 整理

日前，区民政局对居家养老服务补贴的申请条件作了调整，新办法自10月1日起施行。
"""


def test_a_page_s_section_between_its_head_lines_is_the_page_s():
    issue = parse_issue("p", "p.txt", PAGES)
    assert "社区·服务" in issue.furniture
    assert [a.title for a in issue.articles] == ["银发顾问团上岗", "居家养老服务补贴申请有新变化"]
    assert issue.articles[1].kicker == "政策解读"
    assert not any("社区·服务" in p for a in issue.articles for p in a.paragraphs)


COLOPHON = """\
先锋湖畔
2024年第2期（总第18期）

在“小事”里读懂初心

　　又是一年“七一”。翻开各居民区报上来的台账，记得最多的是一件件小事。

（镇党建办供稿）

————————————————
主　　办：中共湖畔镇委员会组织办公室
编　　辑：湖畔镇党建服务中心
责任编辑：林晓　　　校　　对：丁雨
地　　址：湖畔镇振兴路188号　　　电话：5788××××
（内部资料　免费交流）
"""


def test_a_colophon_under_the_last_rule_with_labels_set_wide_is_furniture():
    issue = parse_issue("c", "c.txt", COLOPHON)
    assert len(issue.articles) == 1
    assert "主　　办：中共湖畔镇委员会组织办公室" in issue.furniture
    assert "（内部资料　免费交流）" in issue.furniture
    assert not any("湖畔镇振兴路" in p for p in issue.articles[0].paragraphs)


FOOT = """\
健康义诊进社区

10月26日上午，镇社区卫生服务中心将在新城社区开展健康义诊活动，欢迎居民前往。

（镇社区卫生服务中心）

青溪镇报　　主办：中共青溪镇委员会　青溪镇人民政府
地址：青溪镇青溪大道88号　　电话：5791××××
"""


def test_a_paper_s_name_before_its_makers_field_is_the_colophon_s():
    issue = parse_issue("f", "f.txt", FOOT)
    assert "青溪镇报　　主办：中共青溪镇委员会　青溪镇人民政府" in issue.furniture
    assert all("青溪镇报" not in p for a in issue.articles for p in a.paragraphs)


POST = """\
湖滨街道社区周报（第23期）｜长者助餐点开张，加梯签约破九成
原创 湖滨街道 湖滨e家 2024-06-14 17:30 上海
点击蓝字
关注我们

桂园长者助餐点开张

6月10日上午，位于桂园居民区睦邻中心一楼的长者助餐点正式开张，一餐最低12元。

文字｜王佳琪

——·——

入夏用电，这几件事要记牢

气温一天天升高，家里的用电负荷也跟着上去了，夏季用电要注意安全。

来源｜区消防救援支队
"""


def test_a_post_s_header_and_the_title_above_it_are_furniture():
    issue = parse_issue("w", "w.txt", POST)
    assert [a.title for a in issue.articles] == ["桂园长者助餐点开张", "入夏用电，这几件事要记牢"]
    assert "原创 湖滨街道 湖滨e家 2024-06-14 17:30 上海" in issue.furniture
    assert "点击蓝字" in issue.furniture and "关注我们" in issue.furniture
    assert issue.date == "2024-06-14"


def test_a_label_set_off_by_a_bar_is_a_label_and_a_credit_over_a_rule_stays_above_it():
    first, second = parse_issue("w", "w.txt", POST).articles
    assert [(b.role, b.author) for b in first.bylines] == [("文", "王佳琪")]
    assert second.bylines == []
    assert second.meta == {"来源": "区消防救援支队"}


MARKDOWN = """\
# 丰泽居民区月报 · 2024年3月（总第41期）

> 丰泽居民区党总支　丰泽居委会　编印　｜　内部交流资料

---

## 本月要闻

### 第二轮“美丽楼道”评比结果揭晓

3月22日，丰泽居民区第二轮“美丽楼道”评比结果出炉。

### “学雷锋”志愿服务日，百余人次参与

3月5日上午，丰泽居民区在中心花园举办“学雷锋”志愿服务日活动。

## 志愿者风采

### 八十岁的“楼道管家”

今年八十岁的周阿姨，十年如一日打扫楼道。
"""


def test_a_marked_masthead_is_the_issue_s_and_a_section_over_several_stories_too():
    issue = parse_issue("m", "m.txt", MARKDOWN)
    assert "丰泽居民区月报 · 2024年3月（总第41期）" in issue.furniture
    assert "丰泽居民区党总支　丰泽居委会　编印　｜　内部交流资料" in issue.furniture
    assert issue.date == "2024-03"
    # `## 本月要闻` heads two stories: the issue's; `## 志愿者风采` one: its kicker.
    assert "本月要闻" in issue.furniture
    assert [(a.kicker, a.title) for a in issue.articles] == [
        (None, "第二轮“美丽楼道”评比结果揭晓"),
        (None, "“学雷锋”志愿服务日，百余人次参与"),
        ("志愿者风采", "八十岁的“楼道管家”"),
    ]


def test_a_masthead_s_word_inside_a_sentence_s_clauses_stays_text():
    """Found by the furniture property test: `内部资料` between two commas is the text's."""
    text = (
        "\n社区报 第2版 2021年6月30日\n\n居民议事会召开\n\n"
        "会上发放了学习材料，内部资料，请大家\n\n妥善保管。\n\n(自治办)"
    )
    issue = parse_issue("m", "m.txt", text)
    assert issue.furniture == ["社区报 第2版 2021年6月30日"]
    assert issue.articles[0].title == "居民议事会召开"
    assert issue.articles[0].paragraphs == ["会上发放了学习材料，内部资料，请大家妥善保管。"]


BOARD = """\
晨光社区报
2024年第5期（总第60期）　2024年5月20日

楼道里的微花园

五月，晨光小区12号楼的居民在楼道窗台上种起了花草，居民们轮流浇水。

（自治办）

编委会
主　任：程立　　副主任：冯晓
主　编：严帆　　编　辑：杜若　马骁
本期编辑｜包燕　　校对/孟东
印数：2000份
"""


def test_a_colophon_s_people_are_found_whatever_sets_off_their_labels():
    issue = parse_issue("b", "b.txt", BOARD)
    names = sorted(m.name for m in issue.mentions)
    assert names == sorted(["程立", "冯晓", "严帆", "杜若", "马骁", "包燕", "孟东"])


VOTES = """\
居民议事会会议纪要

4月12日，晨光居民区召开居民议事会，表决结果如下：

议题一 8 0 1

议题二 9 0 0

（晨光居民区）
"""


def test_a_table_row_of_numbers_is_text_and_names_no_page():
    issue = parse_issue("v", "v.txt", VOTES)
    paragraphs = issue.articles[0].paragraphs
    assert "议题一 8 0 1" in paragraphs and "议题二 9 0 0" in paragraphs
    assert issue.pages == []


HEADERS = """\
发件人: 王静 <wangjing@example.com>
日期:  Fri, 27 Sep 2024 17:05:12 +0800
主题:  楼宇党建简讯 第 9 期

楼宇党建简讯　第 9 期

园区党员志愿服务队成立

9月20日，园区党员志愿服务队正式成立，首批32名党员报名。

（园区党委）
"""


def test_a_mail_s_date_and_a_number_set_wide_name_no_page():
    issue = parse_issue("m", "m.txt", HEADERS)
    assert issue.pages == []
    assert [a.title for a in issue.articles] == ["园区党员志愿服务队成立"]


DATED_POST = """\
原创 晨光社区 晨光社区 2024年10月15日 17:30 上海

秋季邻里节下周开幕

10月20日，晨光社区秋季邻里节将在中心广场开幕，活动持续两天。

（晨光社区居委会）
"""


def test_a_post_s_header_with_a_written_date_is_furniture():
    issue = parse_issue("p", "p.txt", DATED_POST)
    assert issue.date == "2024-10-15"
    assert [a.title for a in issue.articles] == ["秋季邻里节下周开幕"]


def test_a_print_run_with_whom_it_went_to_is_the_issue_s_foot():
    text = (
        "楼道里的微花园\n\n"
        "　　五月，晨光小区12号楼的居民在楼道窗台上种起了花草，居民们轮流浇水。\n"
        "（通讯员　邵佳）\n"
        "━━━━━━━━━━━━━━━━━━━━\n"
        "本期编辑：包燕　　校对：孟东\n"
        "（本期共印300份，发至各楼组）\n"
    )
    issue = parse_issue("b", "b.txt", text)
    assert "（本期共印300份，发至各楼组）" in issue.furniture
    assert not any("共印" in p for a in issue.articles for p in a.paragraphs)


def test_a_site_s_registration_line_and_the_colophon_over_it_are_furniture():
    text = (
        "街道召开居民代表会议\n\n"
        "1月5日，晨光街道召开居民代表会议，审议通过今年的民生实事项目。\n\n"
        "（党政办供稿）\n\n"
        "主办：临江区人民政府办公室　承办：临江区大数据中心\n"
        "沪ICP备05012345号-1　沪公网安备31011002000123号\n"
    )
    issue = parse_issue("w", "w.txt", text)
    assert "沪ICP备05012345号-1　沪公网安备31011002000123号" in issue.furniture
    assert "主办：临江区人民政府办公室　承办：临江区大数据中心" in issue.furniture
    assert issue.articles[0].paragraphs == [
        "1月5日，晨光街道召开居民代表会议，审议通过今年的民生实事项目。"
    ]


def test_a_page_head_under_a_bodys_name_is_no_notices_date():
    # `一一一一一会` (a body's name) over the page's head reads as a signer over a date;
    # a line naming its page is the page's all the same (the property test's find)
    text = "一一一一一一\n\n一一一一一一一一\n\n\n一一一，\n\n\n\n一一一一一三\n\n\n\n一一一一一一一一一\n\n一一一。\n\n\n(一一办)\n\n\n一一一。（一一办）\n\n\n一一一一一一一一一一\n\n一一一一一一一一一一一\n\n\n一一一。\n\n\n(一一办 王丽、一一办 王丽)\n\n\n一一一一一会\n\n社区报 第2版 2021年6月30日\n\n\n\n一一一。\n\n\n(一一办)"
    issue = parse_issue("p", "p.txt", text)
    assert "社区报 第2版 2021年6月30日" in issue.furniture
    assert issue.date == "2021-06-30"


def test_a_bracketed_circulation_note_and_the_makers_over_it_close_the_issue():
    text = (
        "关于调整门诊时间的通知\n"
        "各位居民：\n"
        "自6月1日起，社区卫生服务站门诊时间调整为上午7:30至11:30。\n"
        "咨询电话：0510-8266 3412\n"
        "枫桥社区卫生服务站\n"
        "2025年5月28日\n\n"
        "本期编辑：阎青　审核：褚立新\n"
        "（内部资料　注意保存）\n"
    )
    issue = parse_issue("c", "c.txt", text)
    assert "（内部资料　注意保存）" in issue.furniture
    assert "本期编辑：阎青　审核：褚立新" in issue.furniture
    assert {"阎青", "褚立新"} <= {m.name for m in issue.mentions}
    notice = issue.articles[-1]
    assert notice.meta == {"日期": "2025年5月28日"}


def test_a_page_editor_beside_the_pages_controls_is_the_pages():
    text = (
        "第04版：桐乡副刊　上一版　下一版\n\n"
        "本版编辑：殷若水　【字号：大　中　小】　打印本页　关闭窗口\n\n"
        "外婆的蒲扇\n□ 叶小舟\n\n"
        "\u3000\u3000小时候的夏天，总是和外婆的蒲扇连在一起。\n"
    )
    issue = parse_issue("e", "e.txt", text)
    assert "本版编辑：殷若水　【字号：大　中　小】　打印本页　关闭窗口" in issue.furniture
    assert issue.articles[0].title == "外婆的蒲扇"


def test_a_governments_name_signs_its_notice():
    text = (
        "关于调整公交线路的公告\n"
        "各位居民朋友：\n"
        "\u3000\u3000因道路施工，镇区公交7路自7月10日起临时绕行。\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000桐乡镇人民政府\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002025年7月7日\n"
    )
    notice = parse_issue("g", "g.txt", text).articles[0]
    assert [(b.department, b.author) for b in notice.bylines] == [("桐乡镇人民政府", None)]
    assert notice.meta == {"日期": "2025年7月7日"}


def test_the_papers_office_with_where_to_find_it_is_the_colophon():
    text = (
        "桃源社区报\n"
        "\n"
        "桃源社区举办读书节\n"
        "\n"
        "4月23日，桃源社区举办第三届读书节，两百多位居民参加了图书漂流和朗读会。\n"
        "\n"
        "桃源社区报编辑部　地址:桃源路18号　电话:56601234\n"
    )
    issue = parse_issue("t", "t.txt", text)
    assert "桃源社区报编辑部　地址:桃源路18号　电话:56601234" in issue.furniture
    assert issue.articles[-1].paragraphs[-1].endswith("朗读会。")

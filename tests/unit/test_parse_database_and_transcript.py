"""A full-text database's export of a paper's records (`【篇名】`, `【副篇名】`,
`【报纸名称】`, `第2条记录` between them) and a speech-to-text transcript of the paper
read aloud (`说话人1 00:00:02` over each segment) (issue #17, round zj). Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

RECORDS = (
    "全文数据库　检索结果导出\n"
    "记录数：2\n"
    "==============================\n"
    "\n"
    "第1条记录\n"
    "【篇名】桂溪镇夏粮收购顺利完成\n"
    "【副篇名】入库小麦一万二千吨\n"
    "【引题】三夏时节\n"
    "【作者】记者 钱小川\n"
    "【报纸名称】桂溪镇报\n"
    "【出版日期】2024-06-20\n"
    "【版号】01\n"
    "【正文】\n"
    "　　6月18日，桂溪镇最后一批夏粮入库，今年全镇收购小麦一万二千吨。\n"
    "　　镇农业服务中心提前检修烘干设备，保证了粮食及时烘干入库。\n"
    "------------------------------\n"
    "第2条记录\n"
    "【篇名】镇图书馆暑期开放时间调整\n"
    "【作者】\n"
    "【报纸名称】桂溪镇报\n"
    "【出版日期】2024-06-20\n"
    "【版号】02\n"
    "【正文】\n"
    "　　7月1日起，镇图书馆暑期开放时间调整为每天8:30至20:00，周一照常开放。\n"
)


def test_a_databases_record_fields_say_what_each_line_is():
    issue = parse_all(RECORDS)
    first, second = issue.articles
    assert (first.kicker, first.title, first.subtitle) == (
        "三夏时节",
        "桂溪镇夏粮收购顺利完成",
        "入库小麦一万二千吨",
    )
    assert [(b.role, b.author) for b in first.bylines] == [("记者", "钱小川")]
    assert second.title == "镇图书馆暑期开放时间调整"
    assert issue.date == "2024-06-20"
    assert "【报纸名称】桂溪镇报" in issue.furniture


def test_a_databases_count_of_its_records_is_the_exports():
    issue = parse_all(RECORDS)
    assert "第2条记录" in issue.furniture
    assert [len(a.paragraphs) for a in issue.articles] == [2, 1]


TRANSCRIPT = (
    "文件名称：读报会.m4a\n"
    "转写时间：2024-03-08 09:30:00\n"
    "\n"
    "说话人1 00:00:03\n"
    "今天读第一版。\n"
    "\n"
    "说话人1 00:00:08\n"
    "桃园社区开展春季义诊\n"
    "\n"
    "说话人1 00:00:13\n"
    "3月5日上午，桃园社区联合社区卫生服务中心在小区广场开展春季义诊，为居民量血压、测血糖。\n"
    "\n"
    "说话人2 00:00:25\n"
    "那天我也去量了血压。\n"
    "\n"
    "说话人1 00:00:29\n"
    "活动共为一百二十多位居民提供了健康咨询。\n"
)


def test_a_transcripts_speaker_and_time_lines_are_the_recordings():
    issue = parse_all(TRANSCRIPT)
    assert "说话人1 00:00:08" in issue.furniture and "说话人2 00:00:25" in issue.furniture
    story = next(a for a in issue.articles if a.title == "桃园社区开展春季义诊")
    assert story.paragraphs[0].startswith("3月5日上午")
    # (what another speaker said stays text: in a broadcast the second presenter and
    # the one interviewed speak the bulletin's words)
    assert "那天我也去量了血压。" in story.paragraphs
    assert all("说话人" not in p for a in issue.articles for p in a.paragraphs)


def test_a_greeting_set_apart_after_finished_text_with_no_headline_begins_a_notice():
    text = TRANSCRIPT + (
        "\n说话人1 00:00:40\n"
        "最后是一则通知，关于春季献血的。\n"
        "\n说话人1 00:00:46\n"
        "各位居民：\n"
        "\n说话人1 00:00:50\n"
        "3月15日上午，区献血车将停靠在桃园社区东门，欢迎符合条件的居民参加献血。\n"
        "\n说话人1 00:00:58\n"
        "桃园社区居委会\n"
    )
    issue = parse_all(text)
    notice = issue.articles[-1]
    assert notice.paragraphs[0] == "各位居民："
    assert "3月15日上午" in notice.paragraphs[1]
    story = next(a for a in issue.articles if a.title == "桃园社区开展春季义诊")
    assert all("各位居民" not in p for p in story.paragraphs)


def test_a_letter_under_an_editors_note_stays_in_the_notes_article():
    text = (
        "居民来信\n"
        "楼下的路灯何时能修好？\n"
        "\n"
        "编者按：近日，编辑部收到居民来信，反映小区路灯损坏的问题。现将来信刊发。\n"
        "\n"
        "编辑同志：\n"
        "\n"
        "我住在桃园小区8号楼，楼下的两盏路灯坏了快一个月，晚上出门很不方便。\n"
        "\n"
        "桃园小区居民　莫阿姨\n"
    )
    issue = parse_all(text)
    assert len(issue.articles) == 1


JOINED_RECORD = (
    "第1条记录\n"
    "【篇名】桂溪小学学生获市科技创新奖\n"
    "【作者】记者 钱小川;通讯员 乔雨\n"
    "【报纸名称】桂溪镇报\n"
    "【正文】\n"
    "　　日前，桂溪小学三名学生的作品在市青少年科技创新大赛中获奖。　　"
    "获奖作品是一台能自动给花浇水的小装置。　　（桂溪小学）\n"
    "------------------------------\n"
    "第2条记录\n"
    "【篇名】镇图书馆暑期开放时间调整\n"
    "【作者】\n"
    "【正文】\n"
    "　　7月1日起，镇图书馆暑期开放时间调整为每天8:30至20:00。\n"
)


def test_a_records_credits_listed_apart_and_its_paragraphs_run_together_come_apart():
    story = parse_all(JOINED_RECORD).articles[0]
    assert [(b.role, b.department, b.author) for b in story.bylines] == [
        ("记者", None, "钱小川"),
        ("通讯员", None, "乔雨"),
        (None, "桂溪小学", None),
    ]
    assert story.paragraphs == [
        "日前，桂溪小学三名学生的作品在市青少年科技创新大赛中获奖。",
        "获奖作品是一台能自动给花浇水的小装置。",
    ]


def test_a_villager_signs_a_letter_with_what_he_is_and_his_name():
    text = (
        "村口的路灯何时能修？\n"
        "\n"
        "编辑同志：\n"
        "　　村口通往镇上的那段路有几盏路灯一直不亮，晚上骑车很危险，希望尽快修好。\n"
        "　　　　　　　　　　桑园村村民　柴阿毛\n"
        "　　　　　　　　　　2024年3月2日\n"
        "编者：接到来信后，本报联系了镇建管中心，路灯已于3月10日修好。\n"
    )
    letter = parse_all(text).articles[0]
    assert [(b.role, b.author) for b in letter.bylines] == [(None, "柴阿毛")]
    assert letter.paragraphs[-1].startswith("编者：")


def test_a_letter_brought_in_by_a_sentence_ending_on_a_colon_stays_in_its_article():
    text = (
        "居民来信\n"
        "东门能否加装充电桩？\n"
        "\n"
        "8月下旬，居委会收到12幢居民的来信，摘登如下：\n"
        "\n"
        "居委会的同志：\n"
        "\n"
        "小区东门附近住着不少老人，充电桩都在西门，推过去要走很久，希望东门也装一组。\n"
        "\n"
        "12幢居民　乔永年\n"
    )
    issue = parse_all(text)
    assert len(issue.articles) == 1
    assert "居委会的同志：" in issue.articles[0].paragraphs


def test_doctor_names_a_transcripts_head_and_speakers_as_a_transcripts():
    from lcreader.parse.explain import explain

    rules = {row.text: row.rule for row in explain(TRANSCRIPT)}
    assert rules["文件名称：读报会.m4a"] == "furniture.transcript_head"
    assert rules["说话人2 00:00:25"] == "furniture.transcript_speaker"

"""A 简报 mailed as the body of a government mail and read from the webmail's print
view (issue #17, round zy): the mail's header, its attachment line and the sender's
note over the masthead are the mail's; its `-- ` signature at the end is too; the
简报's numbered sections over `◆` headlines are kickers (one story under them) or the
run's head (two or more); a `◆` question over its `问：` is a story's headline like the
other marked ones. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

MAILED = (
    "打印 关闭\n"
    "主　题：【邻里简讯】第7期\n"
    "发件人：社区办<sqb@example.gov.cn>\n"
    "收件人：桂园居民区<gy@example.gov.cn>\n"
    "时　间：2024年3月4日(星期一) 上午10:02\n"
    "附　件：1 个 (邻里简讯第7期.pdf 402.1K)\n"
    "\n"
    "各居民区书记、主任：\n"
    "　　本期《邻里简讯》已编好，请在宣传栏张贴。谢谢！\n"
    "\n"
    "\n"
    "邻里简讯\n"
    "2024年第7期\n"
    "桂园街道社区办公室编　　　　2024年3月4日\n"
    "\n"
    "一、党建引领\n"
    "\n"
    "◆楼道党小组认领“微心愿”\n"
    "　　3月1日，桂园居民区楼道党小组认领了十二个居民“微心愿”，修好了三盏楼道灯。\n"
    "（桂园居民区　吕青）\n"
    "\n"
    "二、民生服务\n"
    "\n"
    "◆社区食堂增加早餐供应\n"
    "　　即日起，桂园社区食堂每天供应早餐，品种有粥、包子和豆浆。\n"
    "（为老服务中心供稿）\n"
    "\n"
    "◆修伞摊每周三进小区\n"
    "　　每周三上午，修伞师傅在小区东门为居民免费修伞。\n"
    "\n"
    "◆社区问答｜阳台能装防盗窗吗？\n"
    "问：我家住二楼，想装防盗窗，需要办什么手续？\n"
    "答：请先到物业登记，防盗窗不得超出外墙，也不得封堵消防通道。\n"
    "（物业服务中心）\n"
    "\n"
    "\n"
    "--\n"
    "桂园街道社区办　柏宁\n"
    "电话：66120001\n"
)


def test_a_mailed_jianbaos_sections_and_marked_headlines_are_read_as_such():
    issue = parse_all(MAILED)
    heads = [(a.kicker, a.title) for a in issue.articles]
    assert heads == [
        ("党建引领", "楼道党小组认领“微心愿”"),
        (None, "社区食堂增加早餐供应"),
        (None, "修伞摊每周三进小区"),
        ("社区问答", "阳台能装防盗窗吗？"),
    ]
    for mails_own in ("各居民区书记、主任：", "二、民生服务", "--", "桂园街道社区办　柏宁"):
        assert mails_own in issue.furniture
    assert issue.articles[-1].paragraphs[0].startswith("问：我家住二楼")
    assert_nothing_lost(MAILED, issue)


# A word processor's plain text: a paragraph a line, no mark before a brief's headline,
# only a wide space between it and its text.
UNMARKED_BRIEFS = (
    "居委会的告示\n"
    "各位居民：小区东门自6月10日起夜间关闭，请从西门出入。\n"
    "桂园居民委员会\n"
    "\n"
    "社区简讯\n"
    "“邻里书架”开张了　6月2日，三号楼门厅的“邻里书架”开张，居民可自由借阅。\n"
    "修车摊每周六出摊　每周六上午，志愿者在小区南门为居民免费修自行车。\n"
)


def test_briefs_under_a_runs_head_each_open_with_their_headline_and_a_wide_space():
    issue = parse_all(UNMARKED_BRIEFS)
    titles = [a.title for a in issue.articles]
    assert titles[-2:] == ["“邻里书架”开张了", "修车摊每周六出摊"]
    assert issue.articles[-1].paragraphs == ["每周六上午，志愿者在小区南门为居民免费修自行车。"]
    assert "社区简讯" in issue.furniture
    assert_nothing_lost(UNMARKED_BRIEFS, issue)


COLUMN_AFTER_BYLINE = (
    "湿垃圾“破袋”有新要求\n"
    "从6月1日起，小区湿垃圾投放点全面实行“破袋投放”，请大家配合。\n"
    "（居委会 孔燕）\n"
    "\n"
    "平安桂园\n"
    "防范电信诈骗，牢记“三不一多”\n"
    "近期，辖区内发生多起冒充“客服”以退款为名的诈骗案件，请居民提高警惕。\n"
    "（桂园派出所）\n"
)


def test_a_columns_name_after_a_byline_over_a_headline_of_clauses_starts_a_piece():
    issue = parse_all(COLUMN_AFTER_BYLINE)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        (None, "湿垃圾“破袋”有新要求"),
        ("平安桂园", "防范电信诈骗，牢记“三不一多”"),
    ]


BRIEFS_WITHOUT_DAYS = (
    "社区简讯\n"
    "助餐点试运营两周 日均供餐180份\n"
    "位于凌霄路的社区长者助餐点于4月15日起试运营，提供午餐和晚餐两档，试运营两周内日均供餐约180份。\n"
    "运营方已根据居民意见调整了配餐口味。\n"
    "楼组长培训班开课\n"
    "本周三下午，三十名新任楼道负责人在活动室上了第一堂，\n"
    "听社工讲怎样上门走访和记录居民诉求。\n"
)


def test_each_brief_under_a_runs_head_starts_though_its_text_opens_on_no_day():
    issue = parse_all(BRIEFS_WITHOUT_DAYS)
    assert [a.title for a in issue.articles] == [
        "助餐点试运营两周 日均供餐180份",
        "楼组长培训班开课",
    ]

"""Pages saved from a browser or copied from a PDF reader: a portal's page around an
issue, credits with labels, a deck over a credit, tables set with single spaces, a
roster in a narrow column, captions of two lines."""

from __future__ import annotations

from lcreader.parse import parse_issue
from lcreader.parse.credits import field_line

PORTAL = """\
滨江区人民政府

您当前的位置：首页 > 政务公开 > 街镇信息 > 湖滨街道

湖滨街道工作简报（2024年第1期）

发布时间：2024-01-12 09:30　　来源：湖滨街道办事处

湖滨街道工作简报

2024年第1期（总第141期）

湖滨街道党政办公室编　　　　　　　　　　2024年1月11日

------------------------------------------------------------------------

*本期要目*

  1. 居民“微心愿”认领率达98%
  2. 把“家门口”的事一件件办好

*居民“微心愿”认领率达98%*

　　2023年，湖滨街道继续开展“微心愿”征集认领活动，全年共征集“微心愿”1260个。

（党群办　甘露）

*把“家门口”的事一件件办好*

　　记者：您提出的建议，最初是怎么想到的？

　　王雅芳：我在居民区工作了十几年，老人们最盼的就是出门方便。

（撰稿：人大工委　黎明　审核：阮伟）
"""


def test_a_portal_s_bar_and_the_paper_s_name_over_its_number_are_the_masthead_s():
    issue = parse_issue("p", "p.txt", PORTAL)
    assert "发布时间：2024-01-12 09:30　　来源：湖滨街道办事处" in issue.furniture
    assert "湖滨街道工作简报" in issue.furniture
    assert "本期要目" in issue.furniture  # its emphasis marks only set it off
    titles = [a.title for a in issue.articles]
    assert titles == ["居民“微心愿”认领率达98%", "把“家门口”的事一件件办好"]


def test_labelled_credits_in_brackets_with_a_unit_and_a_name():
    last = parse_issue("p", "p.txt", PORTAL).articles[-1]
    assert [(b.department, b.author) for b in last.bylines] == [("人大工委", "黎明")]
    assert last.meta == {"审核": "阮伟"}
    bylines, labels, _ = field_line("（撰稿：人大工委　黎明　审核：阮伟）")
    assert [(b.department, b.author) for b in bylines] == [("人大工委", "黎明")]
    assert labels == {"审核": "阮伟"}


COURSES = """\
湖滨街道社区学校 2023年秋季招生专刊
2023年8月
社区学校秋季学期9月11日开学
开设32个班级，新增智能手机摄影等课程
（社区学校办公室）
湖滨街道社区学校2023年秋季学期将于9月11日开学。本学期共开设32个班级，
较上学期增加4个班级，新增智能手机摄影、短视频制作等课程。
咨询电话：52160011转8021（工作日）
第 1 页 共 2 页
湖滨街道社区学校 2023年秋季招生专刊
2023年秋季学期课程一览（部分）
序号 课程名称 授课教师 上课时间 教室 名额
1 书法基础班 陶文涛 周一9:00-10:30 三楼书画室 20
2 国画花鸟班 史映雪 周二13:30-15:00 三楼书画室 18
3 合唱班 严美琴 周二9:00-10:30 二楼排练厅 40
第 2 页 共 2 页
湖滨街道社区学校 2023年秋季招生专刊
"""


def test_a_deck_over_the_credit_under_a_headline_and_a_table_set_with_single_spaces():
    issue = parse_issue("c", "c.txt", COURSES)
    first, table = issue.articles
    assert (first.title, first.subtitle) == (
        "社区学校秋季学期9月11日开学",
        "开设32个班级，新增智能手机摄影等课程",
    )
    assert [b.department for b in first.bylines] == ["社区学校办公室"]
    assert first.paragraphs[0].startswith("湖滨街道社区学校2023年秋季学期将于9月11日开学")
    assert table.title == "2023年秋季学期课程一览（部分）"
    assert table.paragraphs[:2] == [
        "序号 课程名称 授课教师 上课时间 教室 名额",
        "1 书法基础班 陶文涛 周一9:00-10:30 三楼书画室 20",
    ]


ROSTER = """\
2024年3月5日　星期二
槐荫社区报
4
志愿服务
编辑/沙琳　版式/谷雨

学雷锋纪念日
槐荫街道志愿服务队集中亮相
本报记者　覃思
3月2日上午，槐荫街道“学雷锋·志愿
同行”主题活动在槐荫广场举行，十余
支社区志愿服务队摆开服务摊位，为居
民提供义务理发、磨剪刀、修小家电、
测血压、法律咨询等服务，前来接受服
务的居民络绎不绝，活动持续了整整一
个上午，各个摊位前都排起了长队。
活动现场，街道为2023年度十名优秀
志愿者颁发了证书。街道党工委副书记
洪启明表示，雷锋精神不只在三月，街
道将继续培育志愿服务品牌，让更多居
民参与到社区志愿服务中来。

3月2日，志愿者在槐荫广场为居民义务磨剪刀、修
小家电。本报记者 覃思 摄

社区志愿服务队伍一览
“槐荫红”党员先锋队
服务内容：政策宣传、矛盾调解、困
难群众走访
队长：符建国　电话：139****2817
“银发互助”睦邻队
服务内容：高龄独居老人结对探访、
代配药、陪同就医
队长：温秀兰　电话：136****0452

志愿者风采
“修车老鲁”的第十个春天
每周六上午，槐荫广场东侧的那张折
叠桌前总会围着一圈人，等着老鲁修
车、修伞、配钥匙。
"""


def test_a_page_head_with_slashed_labels_a_two_line_caption_and_a_roster_s_fields():
    issue = parse_issue("r", "r.txt", ROSTER)
    assert "志愿服务" in issue.furniture and "编辑/沙琳　版式/谷雨" in issue.furniture
    first = issue.articles[0]
    assert (first.kicker, first.title) == ("学雷锋纪念日", "槐荫街道志愿服务队集中亮相")
    assert first.captions == [
        "3月2日，志愿者在槐荫广场为居民义务磨剪刀、修小家电。本报记者 覃思 摄"
    ]
    everything = [c for a in issue.articles for c in a.captions]
    assert not any("睦邻队" in c or "陪同就医" in c for c in everything)


def test_a_section_s_head_of_a_few_words_over_a_headline_after_text_starts_an_article():
    last = parse_issue("r", "r.txt", ROSTER).articles[-1]
    assert (last.kicker, last.title) == ("志愿者风采", "“修车老鲁”的第十个春天")


GONGWEN = """\
代表工作简报
第1期
湖滨街道2023年人大代表工作总结（摘要）

2023年，街道人大工委在区人大常委会和街道党工委的领导下，组织代表履职。
（四）做好代表履职服务保障。为代表履职提供必要的场地、
资料和经费保障，年底组织代表向选民述职，接受群众评议。
代表风采
“老娘舅”代表汪明远
在湖滨街道，提起区人大代表汪明远，居民们都亲切地叫他
“老娘舅”。从街道司法所退休后，他一直在居民区的人民调解
工作室“坐堂”，一干就是八年。
"""


def test_a_section_s_head_over_a_headline_over_text_cut_at_a_comma():
    issue = parse_issue("g", "g.txt", GONGWEN)
    last = issue.articles[-1]
    assert (last.kicker, last.title) == ("代表风采", "“老娘舅”代表汪明远")
    assert last.paragraphs[0].startswith("在湖滨街道，提起区人大代表汪明远")


def _paste(headline: str, text: str) -> str:
    """One article page of an e-paper site, copied whole from the browser."""
    return f"""\
湖滨社区报
首页　往期回顾　版面导航
第03版：民生服务
上一版　下一版

{headline}
通讯员 潘雨婷

　　{text}

上一篇　下一篇

本版新闻
· 老旧小区加装电梯跑出“加速度”
· 长者食堂推出“点单制”
· 物业费怎么调？先请居民来“算账”
本版编辑：陆敏

"""


PASTED = (
    _paste("老旧小区加装电梯跑出“加速度”", "今年以来，街道已有9幢楼完成加梯签约。")
    + _paste("长者食堂推出“点单制”", "老人可以提前一天在长者食堂点菜，第二天按单做饭。")
    + _paste("物业费怎么调？先请居民来“算账”", "小区物业费八年没涨，居委会先请居民来“算账”。")
    + """\
湖滨社区报
第04版：文化休闲

家门口的法律服务
“法律诊所”开进居委会
通讯员 汤雯婷

　　街道在8个居委会设立“法律诊所”，律师每周坐班半天，为居民解答法律问题。
"""
)


def test_a_page_s_news_list_pasted_again_is_furniture_and_a_theme_heads_the_news():
    issue = parse_issue("e", "e.txt", PASTED)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        (None, "老旧小区加装电梯跑出“加速度”"),
        (None, "长者食堂推出“点单制”"),
        (None, "物业费怎么调？先请居民来“算账”"),
        ("家门口的法律服务", "“法律诊所”开进居委会"),
    ]

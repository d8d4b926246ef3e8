"""What round zw showed, in texts of my own (issue #17): a group chat copied message by
message (钉钉: the sender and the day without its year over each message), its picture
placeholders and its members' replies the chat's, a column's name in a message heading
that message's piece only; a headline block printed after its text with its picture's
credited caption and its jump out; a schedule's rows (`3月9日（周六）上午9:00　…`) and a
table's head row; a table's `责任人` column."""

from __future__ import annotations

from lcreader.cache_entries import build_issue
from lcreader.parse.chat import chat_lines
from tests.helpers import parse_all

CHAT = (
    "林晓雯 6月3日 08:55\n"
    "《桃溪简讯》2024年第5期\n"
    "桃溪社区党群服务中心编　2024年6月3日\n\n"
    "林晓雯 6月3日 08:56\n"
    "【社区动态】\n"
    "3号楼外墙修缮完工\n"
    "5月底，桃溪新村3号楼外墙修缮通过验收，楼组长说，雨天墙面渗水的老问题终于解决了。\n\n"
    "唐国华 6月3日 08:58\n"
    "收到，已转发。\n\n"
    "林晓雯 6月3日 08:59\n"
    "关于开展电动车充电安全检查的通知\n"
    "各位居民：\n"
    "社区将于6月10日至6月14日开展电动车充电安全检查，请居民配合。\n"
    "桃溪社区居民委员会\n"
    "2024年6月3日\n\n"
    "林晓雯 6月3日 09:00\n"
    "[图片]\n\n"
    "林晓雯 6月3日 09:01\n"
    "【图片新闻】\n"
    "端午包粽传邻里情\n"
    "▲6月1日，社区志愿者和居民一起包粽子，送给独居老人。祁峰 摄\n"
)


def test_a_chat_copied_message_by_message_gives_its_bulletin_and_keeps_its_chatter_apart():
    issue = parse_all(CHAT)
    assert "收到，已转发。" in issue.furniture and "[图片]" in issue.furniture
    assert "林晓雯 6月3日 08:56" in issue.furniture
    wall, notice, photo = issue.articles
    # (the column's name heads its own message's piece, not the notice after it)
    assert (wall.kicker, wall.title) == ("社区动态", "3号楼外墙修缮完工")
    assert notice.title == "关于开展电动车充电安全检查的通知"
    # (a banner under a message's header is the piece's, not a page's)
    assert (photo.kicker, photo.title) == ("图片新闻", "端午包粽传邻里情")


def test_a_posts_day_and_source_is_no_chat_message_header():
    feed = "\n".join(
        f"桃溪发布\nV\n{m}月{d}日 10:05 来自 微博 weibo.com\n社区活动第{m}期开始报名。\n"
        for m, d in ((1, 16), (3, 2), (5, 18), (6, 1))
    )
    assert chat_lines(feed.split("\n")) == {}


AFTER_BODY = (
    "桃 溪 社 区 报\n"
    "桃溪街道办事处主办\n"
    "2024年6月　第6期\n\n"
    "第1版　要闻\n\n"
    "本报讯（通讯员　邹宁）6月1日，改造后的桃溪农贸市场重新开业，摊位按品类分区，统一标价。\n"
    "开业当天，不少老顾客一早就来逛了一圈，居民说现在买菜干净又方便。\n\n"
    "民生实事\n"
    "桃溪农贸市场改造后开业\n"
    "——摊位统一标价　新增便民服务点\n\n"
    "上图：改造后的市场干净整洁。　祁峰　摄\n\n"
    "（下转第2版）\n\n"
    "本版责任编辑：方晴\n\n"
    "第2版　民生\n\n"
    "六月“居民课堂”安排\n"
    "社区党群服务中心六月开设四期居民课堂，欢迎居民报名参加：\n"
    "6月8日（周六）上午9:00　手机支付怎么用\n"
    "6月15日（周六）上午9:00　夏季防中暑\n"
    "6月22日（周六）上午9:00　家庭用电安全\n"
    "报名电话：5316 2290\n\n"
    "本版责任编辑：方晴\n\n"
    "第3版　邻里\n\n"
    "（上接第1版）\n"
    "市场还在入口处设了公平秤，顾客对分量有疑问可以当场复秤。\n"
)


def test_a_headline_after_its_text_with_its_caption_and_jump_and_a_schedules_rows():
    issue = parse_all(AFTER_BODY)
    market, lessons = issue.articles
    assert (market.kicker, market.title) == ("民生实事", "桃溪农贸市场改造后开业")
    assert market.subtitle == "摊位统一标价　新增便民服务点"
    assert market.captions == ["上图：改造后的市场干净整洁。　祁峰　摄"]
    assert market.paragraphs[-1].startswith("市场还在入口处设了公平秤")
    assert "本版责任编辑：方晴" in issue.furniture
    assert lessons.title == "六月“居民课堂”安排"
    assert "6月15日（周六）上午9:00　夏季防中暑" in lessons.paragraphs


TABLE = (
    "学雷锋志愿服务一览\n\n"
    "3月以来，居民区组织志愿者开展系列服务活动，具体如下：\n"
    "日期 活动内容 参与人数\n"
    "3月5日 义诊及健康咨询 32人\n"
    "3月8日 手工编织课 25人\n"
    "3月12日 小区绿化补种 40人\n"
    "活动累计服务居民三百余人次。\n\n"
    "为民实事进展\n\n"
    "项目\t进展\t责任人\n"
    "楼道灯更换\t已完成\t邢立新\n"
    "车棚改造\t施工中\t柏明\n"
)


def test_a_tables_head_row_is_its_row_and_its_responsible_column_names_people():
    issue = build_issue("t", "t.txt", TABLE)
    volunteers, projects = issue.articles
    assert volunteers.paragraphs[1] == "日期 活动内容 参与人数"
    assert volunteers.paragraphs[-1] == "活动累计服务居民三百余人次。"
    assert {"邢立新", "柏明"} <= {m.name for m in projects.mentions}


SMS = (
    "【桃溪社区居委会】楼组通讯2024年第6期(1/3)\n"
    "2024年6月12日\n"
    "停水通知\n"
    "各位居民：\n"
    "桃溪苑二次供水水箱将进行年度清洗，届时暂停供水。\n"
    "桃溪社区居委会\n"
    "2024年6月11日\n"
    "拒收请回复R\n\n"
    "【桃溪社区居委会】楼组通讯2024年第6期(2/3)\n"
    "【简讯】\n"
    "◆长者食堂推出夏季套餐\n"
    "6月起，社区长者食堂推出三款夏季套餐，每份12元。\n"
    "◆周六上午免费磨刀修伞\n"
    "6月15日上午，志愿服务队在居委会门口提供磨刀、修伞服务。\n"
    "拒收请回复R\n\n"
    "【桃溪社区居委会】楼组通讯2024年第6期(3/3)\n"
    "【居民来信】\n"
    "楼道堆物能不能管一管？\n"
    "楼道里有人长期堆放旧家具和纸箱，晚上进出很不方便，希望居委会管一管。\n"
    "村民　赖秀芬\n"
    "居委回复：感谢您的反映，居委会将于6月14日前清理楼道堆物。\n"
    "拒收请回复R\n"
)


def test_a_newsletter_sent_as_text_messages_keeps_its_banners_and_signatures():
    issue = build_issue("t", "t.txt", SMS)
    titles = [(a.kicker, a.title) for a in issue.articles]
    assert titles == [
        (None, "停水通知"),
        (None, "长者食堂推出夏季套餐"),
        (None, "周六上午免费磨刀修伞"),
        ("居民来信", "楼道堆物能不能管一管？"),
    ]
    letter = issue.articles[-1]
    # (赖 is a surname: the letter is signed, its writer a villager)
    assert [b.author for b in letter.bylines] == ["赖秀芬"]
    assert {m.name: m.titles for m in letter.mentions}["赖秀芬"] == ("村民",)

"""A senior paper's page photographed on a phone and copied by its text recognition
(issue #17): a printed line a line, indents lost, `□` read as `口`; a story's headings
alike in form over lines that fill the column; a photo item, then a headline as wide as
the column; a letter signed by a reader. Each test is a small text of its own; none of a
corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

# An essay the page opens with: a story ends before each piece the tests read.
_ESSAY = (
    "灶台边的母亲\n文/龚秀兰\n"
    "母亲的灶台砌在老屋\n的东墙边，烟囱高高\n地伸出屋顶。每到傍\n晚，炊烟升起，就是\n我们回家的信号。\n"
    "如今老屋翻新了，灶\n台也换成了燃气灶，\n可我总记得那缕炊烟。\n"
)

PAGE = (
    "晚霞周报\n3\n文 苑\n2024年11月7日 星期四\n责任编辑:童欣 美术编辑:韦一\n"
    + _ESSAY
    + "编读往来\n"
    "小区路灯能否早点修好?\n"
    "编辑同志:\n"
    "我家楼下的两盏路灯坏了半个\n多月，晚上出门很不方便。\n"
    "读者 戚阿福\n"
    "编者:记者就此联系了社区,路灯已于本周修复。\n"
    "健康讲堂\n冬季护心 记住“三个暖”\n通讯员 庞秀英\n"
    "天气转凉，心脑血管\n疾病进入高发期。社区卫\n生服务中心医生提醒老人\n记住“三个暖”。\n"
    "头颈要暖\n出门戴好帽子围巾，\n避免冷风直吹头颈，\n以防血管骤然收缩。\n"
    "手脚要暖\n睡前用温水泡脚十\n分钟，手套袜子要选\n透气保暖的棉织品。\n"
    "饮食要暖\n少吃生冷食物，早餐\n可以喝一碗热粥，饭\n后慢走半小时为宜。\n"
    "图片新闻\n"
    "银发舞蹈队喜获金奖\n"
    "11月2日,东坡街道银发舞蹈队\n在区老年文艺汇演中获得金奖\n一曲《茉莉花》赢得掌声。 邬明 摄\n"
    "社区食堂推出冬季新菜品\n"
    "东坡社区长者食堂本\n周起推出萝卜炖牛腩、\n山药排骨汤等冬季菜品，\n老人凭卡用餐可享八折。\n"
)

POEM = (
    "秋日登东山\n口柯德明\n秋风送爽上东山，\n红叶层层映碧潭。\n远眺江村烟似缕，\n归来笑语满溪湾。\n"
)


def test_a_box_read_as_kou_before_a_poets_name_is_the_mark_of_a_credit():
    poem = parse_all(POEM).articles[0]
    assert poem.title == "秋日登东山"
    assert poem.bylines == [Byline(author="柯德明")]
    assert_nothing_lost(POEM, parse_all(POEM))


def test_headings_alike_in_form_stay_in_their_story():
    issue = parse_all(PAGE)
    story = issue.articles[2]
    assert (story.kicker, story.title) == ("健康讲堂", "冬季护心 记住“三个暖”")
    assert {"头颈要暖", "手脚要暖", "饮食要暖"} <= set(story.paragraphs)
    assert story.bylines == [Byline(author="庞秀英", role="通讯员")]
    assert not any(a.title in ("头颈要暖", "手脚要暖", "饮食要暖") for a in issue.articles)


def test_a_letter_signed_by_a_reader():
    letter = parse_all(PAGE).articles[1]
    assert letter.title == "小区路灯能否早点修好?"
    assert letter.bylines == [Byline(author="戚阿福")]


def test_a_headline_as_wide_as_the_column_after_a_photo_items_credit():
    issue = parse_all(PAGE)
    photo, story = issue.articles[3], issue.articles[4]
    assert (photo.kicker, photo.title, photo.paragraphs) == ("图片新闻", "银发舞蹈队喜获金奖", [])
    assert story.title == "社区食堂推出冬季新菜品"
    assert story.paragraphs[0].startswith("东坡社区长者食堂本周起")
    assert_nothing_lost(PAGE, issue)

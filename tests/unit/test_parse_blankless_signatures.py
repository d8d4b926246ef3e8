"""A children's paper photographed and read by a phone gallery's OCR (issue #17, round yo):
no blank line anywhere, about fifteen characters a line; a foreword signed by a social
worker, a pupil's diary signed with the school year, each signature right over the next
piece's headline. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

PAGE = (
    "刊首语\n"
    "小记者站一周岁啦\n"
    + cut_at(
        15,
        "去年七月，东湖社区青少年小记者站成立了。一年来，小记者们走进消防站、菜市场和养老院，写出了九十多篇稿件。",
    )
    + cut_at(15, "欢迎大家读一读、评一评，也欢迎把你的作品交给小记者站。")
    + "社工 蒋一凡\n"
    + "我家的节水日记\n"
    + "7月1日 晴\n"
    + cut_at(15, "今天我当家里的节水监督员，洗菜的水留下来浇花，奶奶夸我是个小管家。")
    + "东湖小学三年级 林可欣\n"
    + "走进社区消防站\n"
    + "文/王子涵\n"
    + cut_at(15, "7月5日上午，我们十二名小记者来到东湖消防站参观，消防员叔叔教我们使用灭火器。")
)


def test_a_signature_with_a_post_or_a_school_year_signs_over_the_next_headline():
    foreword, diary, visit = parse_all(PAGE).articles
    assert [(b.author, b.role) for b in foreword.bylines] == [("蒋一凡", None)]
    assert diary.title == "我家的节水日记"
    assert diary.paragraphs[0] == "7月1日 晴"  # (a diary's day: a line of its text)
    assert diary.paragraphs[1].startswith("今天我当家里的节水监督员")
    assert [b.author for b in diary.bylines] == ["林可欣"]
    assert visit.title == "走进社区消防站"
    assert [b.author for b in visit.bylines] == ["王子涵"]


# A health note signed by a doctor's post and name, then a riddle box whose items are
# numbered one line each (round yo, a 副刊 page read by an OCR engine).
TIPS_THEN_RIDDLES = (
    "冬春之交养生四要\n"
    + cut_at(16, "冬春之交气温多变，老年朋友要注意以下几点。")
    + "1.及时添减衣物，出门戴好帽子和围巾。\n"
    "2.饮食宜清淡温热，少吃腌腊食品。\n"
    "社区卫生服务中心全科医生 王小慧\n"
    "猜灯谜\n"
    "1.千里相逢（打一字）\n"
    "2.一口咬掉牛尾巴（打一字）\n"
    "3.十五天（打一字）\n"
    "（答案见下期）\n"
)


def test_a_doctor_signs_over_the_next_boxes_title_and_its_numbered_lines_are_items():
    tips, riddles = parse_all(TIPS_THEN_RIDDLES).articles
    assert [b.author for b in tips.bylines] == ["王小慧"]
    assert riddles.title == "猜灯谜"
    assert riddles.intertitles == []
    assert riddles.paragraphs[:2] == ["1.千里相逢（打一字）", "2.一口咬掉牛尾巴（打一字）"]
    assert riddles.paragraphs[2].startswith("3.十五天（打一字）")


ROLL_THEN_STORY = (
    "小小志愿者光荣榜\n"
    + cut_at(15, "今年上半年，小记者站的小志愿者们参加社区服务累计一千多小时，现予以表扬。")
    + "金牌小志愿者\n"
    "王子涵 李子轩 林可欣\n"
    "银牌小志愿者\n"
    "张可心 周子默 许嘉和\n"
    "蒋乐天 韩一宁\n"
    "菜市场里的“公平秤”\n"
    "文/许嘉和\n" + cut_at(15, "星期六，我跟着妈妈去菜市场买菜，看见市场门口摆着一台“公平秤”。")
)


def test_a_rolls_short_last_row_is_its_names_not_the_next_storys_kicker():
    roll, story = parse_all(ROLL_THEN_STORY).articles
    assert "蒋乐天 韩一宁" in roll.paragraphs
    assert (story.kicker, story.title) == (None, "菜市场里的“公平秤”")


ESSAY_THEN_COLUMN = (
    "老街的声音\n"
    + cut_at(14, "小时候住在东湖老街，一天是从声音开始的。天刚亮，豆腐店的石磨就吱呀吱呀地转起来。")
    + cut_at(14, "如今老街变成了宽马路和高楼，那些声音都听不到了。")
    + "退休工人　邵根明\n"
    "夕 阳 红\n"
    "九旬学员的“笔墨缘”\n"
    + cut_at(14, "社区老年大学书法班开课第三年，班里最年长的学员是九十一岁的鲁奶奶。")
)


def test_a_signature_over_a_columns_name_its_title_and_text_signs_the_piece_above():
    essay, calligraphy = parse_all(ESSAY_THEN_COLUMN).articles
    assert [b.author for b in essay.bylines] == ["邵根明"]
    assert (calligraphy.kicker, calligraphy.title) == ("夕阳红", "九旬学员的“笔墨缘”")

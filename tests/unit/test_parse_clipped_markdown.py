"""A post clipped to Markdown by a note app's web clipper (issue #17, round zx): its
properties block between `---` lines at the top, a column's name in brackets under a
heading's marks over the headlines of its stories, each set in bold (a pointed brief's,
a photo's, a question's), a `**——subtitle**`, and the post's trailer after `END` with
a link's long address. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

CLIPPED = (
    "---\n"
    'title: "柳岸邻里周报｜第7期"\n'
    'source: "https://example.org/s/abc"\n'
    "author:\n"
    '  - "[[柳岸社区]]"\n'
    "published: 2024-03-08\n"
    "tags:\n"
    '  - "clippings"\n'
    "---\n"
    "柳岸邻里周报　2024年第7期　3月8日\n\n"
    "## 【一周要闻】\n\n"
    "**▶ 柳岸菜场新开便民修补摊**\n\n"
    "3月5日，柳岸菜场东门新开了便民修补摊，修鞋、配钥匙、缝补衣物都能办。\n\n"
    "**▶ 社区图书角延长开放时间**\n\n"
    "自3月9日起，社区图书角周末开放到晚上八点，居民可凭卡借阅。\n\n"
    "## 【图片新闻】\n\n"
    "![](https://example.org/a.jpg)\n\n"
    "**柳枝新绿迎春来**\n\n"
    "▲3月6日，志愿者在河岸补种柳树二十株。唐越 摄\n\n"
    "## 【邻里问答】\n\n"
    "**阳台晾衣，怎样才不滴水？**\n\n"
    "问：楼上晾衣服总往下滴水，怎么办？\n\n"
    "答：可以先和邻居沟通，也可以请楼组长出面协调。\n\n"
    "（柳岸居委会　程薇）\n\n"
    "END\n\n"
    "**往期推荐**\n\n"
    "[柳岸邻里周报｜第6期：楼道微更新方案征集](https://example.org/s/def456ghi789jkl)\n"
)


def test_a_clipped_posts_properties_columns_and_bold_headlines_are_read_as_such():
    issue = parse_all(CLIPPED)
    assert 'title: "柳岸邻里周报｜第7期"' in issue.furniture
    assert "END" in issue.furniture
    titles = [(a.kicker, a.title) for a in issue.articles]
    assert titles == [
        (None, "柳岸菜场新开便民修补摊"),
        (None, "社区图书角延长开放时间"),
        ("图片新闻", "柳枝新绿迎春来"),
        ("邻里问答", "阳台晾衣，怎样才不滴水？"),
    ]
    photo = issue.articles[2]
    assert photo.captions == ["3月6日，志愿者在河岸补种柳树二十株。唐越 摄"]
    assert issue.articles[-1].paragraphs[0].startswith("问：楼上晾衣服")


PHONE_COPY = (
    "桐湾\n"
    "中共桐湾街道工作委员会　主办\n"
    "2024年6月14日　星期五　第11期\n"
    "民生实事\n"
    "槐荫里两幢老楼装上电梯\n"
    "本报讯（记者 冯屿）6月10日\n"
    "上午，槐荫里3号、9号楼新装\n"
    "的两台电梯通过验收，两幢楼\n"
    "五十多户居民告别了“爬楼时\n"
    "代”。楼组长说，他一次次（下转第2版）\n"
    "百名志愿者包粽送独居老人\n"
    "端午节前，桐湾街道组织百余\n"
    "名志愿者在社区食堂包粽子，\n"
    "送到辖区独居老人家中。（文\n"
    "明办 葛霏）\n"
    "本期导读\n"
    "居民议事会完成换届　2版\n"
    "楼组长谈“议事”　2版\n"
)


def test_a_headline_under_a_jump_out_and_a_contents_box_that_names_pages():
    issue = parse_all(PHONE_COPY)
    lift, dumplings = issue.articles[:2]
    assert lift.title == "槐荫里两幢老楼装上电梯"
    assert dumplings.title == "百名志愿者包粽送独居老人"
    assert dumplings.paragraphs[0].startswith("端午节前")
    assert "居民议事会完成换届　2版" in issue.furniture


TESSERACT = (
    "第 3 版 银龄 2024 年 10 月 11 日\n\n"
    "■银龄风采\n"
    "老 党 员 的 “流 动 饭 桌 ”\n"
    "一一记退休党员裘桂英\n\n"
    "每天上午十点,东岭社区 5 号楼裘\n"
    "桂英家的厨房就热闹起来。这位\n"
    "78 岁的退休党员,已经给楼里两\n"
    "位独居老人送了三年午饭。\n\n"
    "图为裘桂英 (左) 给邻居送饭。 卢 岷 摄\n\n"
    "重 阳 登 高\n"
    "居民 左铁山\n\n"
    "秋高雁字写晴空,\n"
    "拄杖同登西岭峰。\n"
    "莫道桑榆风景晚,\n"
    "满山枫叶胜春红。\n\n"
    "巷口的修表摊\n\n"
    "巷口的修表摊摆了二十年。摊主\n"
    "是个寡言的老人,一块旧表到他\n"
    "手里,换根表带、擦擦表盘,收五\n"
    "块钱。 文/费苇\n"
)


def test_an_ocr_scans_letter_spaced_headline_poem_essay_and_banner():
    issue = parse_all(TESSERACT)
    lunch, poem, essay = issue.articles
    assert (lunch.kicker, lunch.title) == ("银龄风采", "老党员的“流动饭桌”")
    assert ("摄影", "卢岷") in [(b.role, b.author) for b in lunch.bylines]
    assert poem.title == "重阳登高" and len(poem.paragraphs) == 4
    assert essay.title == "巷口的修表摊"

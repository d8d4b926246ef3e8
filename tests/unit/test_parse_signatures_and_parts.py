"""What the corpus's weakest files still showed: a bilingual notice signed in both
languages, a caption that names its picture as a file photo, a part's heading right
under its article's credit, a `——subtitle` set a blank line under its headline, and an
export's body that opens with its headline again. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

BILINGUAL_NOTICE = """\
关于更换小区门禁卡的通知
Notice on New Access Cards

各位居民：
Dear residents,

自7月1日起，旧门禁卡停止使用，请到物业服务中心领取新卡。
From 1 July, the old access cards will stop working. Please collect a new card at the property office.

感谢您的支持！
Thank you for your support!
枫林居民委员会
Fenglin Residents' Committee
2024年6月12日
June 12, 2024

七月活动预告
Events in July

7月6日，社区图书角举办亲子读书会，欢迎报名。
"""


def test_a_signature_and_its_date_in_two_languages_close_the_notice():
    issue = parse_all(BILINGUAL_NOTICE)
    notice, events = issue.articles
    assert [(b.department, b.author) for b in notice.bylines] == [("枫林居民委员会", None)]
    assert notice.meta.get("日期") == "2024年6月12日"
    # the English name and date are the signature's again: no headline, no paragraph
    assert not any("Fenglin" in p or "June 12" in p for p in notice.paragraphs)
    assert (events.title, events.subtitle) == ("七月活动预告", "Events in July")
    assert_nothing_lost(BILINGUAL_NOTICE, issue)


def test_an_english_line_that_names_no_signature_stays_text():
    text = BILINGUAL_NOTICE.replace("枫林居民委员会\n", "")
    issue = parse_all(text)
    assert all(
        not b.department or "委员会" not in b.department for a in issue.articles for b in a.bylines
    )
    assert_nothing_lost(text, issue)


ORAL_HISTORY = """\
口述历史
一台缝纫机的故事

口述：钱阿婆　整理：丁晓

二十岁学会了裁衣

我是1962年到街道缝纫组的，那年刚满二十岁，
组长手把手教我踩缝纫机，一个月下来，
我就能自己裁一条裤子了。

那时候街坊邻居的衣服破了都拿来补，我们
收的钱很少，大家都说缝纫组是街道的“百宝箱”。

1965年，钱阿婆（左二）与缝纫组的姐妹们
合影。（资料照片）

后来缝纫组办成了服装厂，我在厂里一直干到退休。
"""


def test_a_phrase_under_the_credit_heads_a_part_and_a_file_photo_caption_is_whole():
    issue = parse_all(ORAL_HISTORY)
    (article,) = issue.articles
    assert article.title == "一台缝纫机的故事"
    assert [article.paragraphs[k] for k in article.intertitles] == ["二十岁学会了裁衣"]
    assert article.captions == ["1965年，钱阿婆（左二）与缝纫组的姐妹们合影。（资料照片）"]
    assert not any(b.author == "资料照片" for b in article.bylines)
    assert_nothing_lost(ORAL_HISTORY, issue)


def test_a_short_phrase_between_two_paragraphs_is_still_read_as_a_caption():
    text = """\
社区为老人测血压

本报讯　3月5日，社区卫生服务站的医生来到居委会，为老人测量血压。

志愿者为独居老人测量血压

活动持续了一个上午，共服务老人六十余人次。
"""
    issue = parse_all(text)
    (article,) = issue.articles
    assert article.captions == ["志愿者为独居老人测量血压"]


DASHED_SUBTITLE = """\
                                                  2024年3月2日

   [11]返回目录

回音

街道：楼道自行车专项清理已开始

——槐花里自行车棚本月底建成

   本报讯（记者 林立）针对王秀芳反映的问题，记者近日采访了街道管理办公室
   和槐花社区。

   街道管理办公室主任周建新介绍，根据本市有关规定，禁止在楼梯间等区域停放车辆，
   物业和社区都有劝阻和清理的责任。3月起，街道已在全辖区开展楼道专项清理行动。
"""


def test_a_dashed_subtitle_a_blank_line_under_its_headline_is_its_subtitle():
    issue = parse_all(DASHED_SUBTITLE)
    answer = issue.articles[-1]
    assert (answer.kicker, answer.title) == ("回音", "街道：楼道自行车专项清理已开始")
    assert answer.subtitle == "槐花里自行车棚本月底建成"
    assert answer.captions == []
    assert answer.intertitles == []


def test_a_body_that_opens_with_its_headline_again_gives_it_once():
    text = """\
【标题】东湖社区为老人安装烟感
【正文】
东湖社区为老人安装烟感

5月10日，东湖社区为32户独居老人免费安装了智能烟感报警器。

【标题】槐树路商户签订门前三包
【正文】
截至5月7日，槐树路沿线商户签约率达到100%。
"""
    issue = parse_all(text)
    first = issue.articles[0]
    assert first.title == "东湖社区为老人安装烟感"
    assert first.paragraphs == ["5月10日，东湖社区为32户独居老人免费安装了智能烟感报警器。"]
    assert first.intertitles == []
